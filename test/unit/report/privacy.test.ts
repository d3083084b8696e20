import { describe, expect, it } from 'vitest';
import { REPORT_FORMATS, renderReport } from '../../../src/report/render/index.js';
import { applyPrivacy, hasPii, maskEmails, maskOwner } from '../../../src/report/render/privacy.js';
import type { ComplianceReport } from '../../../src/engine/types.js';
import { FIXTURES, HOSTILE, failingReport, piiReport } from './fixtures.js';

const EMAIL = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/u;
const all = (r: ComplianceReport, showPii?: boolean) =>
  Promise.all(REPORT_FORMATS.map(async (f) => [f, await renderReport[f](r, { color: false, contractFile: 'c.yaml', showPii })] as const));

describe('privacy: leads by id only, emails and names only with --show-pii', () => {
  it.each(Object.keys(FIXTURES))('shows no email address in any format of the %s report', async (name) => {
    for (const [format, out] of await all(FIXTURES[name as keyof typeof FIXTURES]())) {
      // ZWJ after '@' (markdown) does not make an address safe to show: take it out first.
      expect(out.replace(/\u200D/g, ''), format).not.toMatch(EMAIL);
    }
  });

  it('masks addresses found in lead data, not the ids around them', () => {
    const out = renderReport.text(FIXTURES.hostile(), { color: false });
    expect(out).not.toContain(HOSTILE.email);
    expect(out).toContain('[email hidden]');
    expect(maskEmails('duplicate id "jane.doe@example.com" and ana+crm@sub.example.es, not L-1@x or b2b@1.4.0')).toBe(
      'duplicate id "[email hidden]" and [email hidden], not L-1@x or b2b@1.4.0',
    );
    // An address inside a longer run of local-part characters is masked whole, as before.
    expect(maskEmails('ids:a.b+c@example.com;x')).toBe('ids:[email hidden];x');
    expect(maskOwner('Ana <ana.puig@acme.example>')).toMatch(/^Ana <\[email hidden #[0-9a-f]{6}\]>$/);
  });

  it('masks a cell of millions of characters in one pass (it took time in the square of its length: minutes, a stuck check)', () => {
    const long = 'x'.repeat(2_000_000);
    expect(maskEmails(long)).toBe(long);
    expect(maskEmails(`${long}@example.com and ${'y-'.repeat(500_000)}`)).toBe(`[email hidden] and ${'y-'.repeat(500_000)}`);
    expect(maskOwner(`${'ab-'.repeat(600_000)}@`)).toBe(`${'ab-'.repeat(600_000)}@`);
  });

  it('shows emails and names of the worst offenders when the engine was asked for them', async () => {
    const report = piiReport();
    expect(hasPii(report)).toBe(true);
    for (const format of ['text', 'markdown', 'html', 'json'] as const) {
      const out = (await renderReport[format](report, { color: false })).replace(/\u200D/g, '');
      expect(out, format).toContain('anna.ferrer@client.example');
      expect(out, format).toContain('Anna Ferrer');
    }
    expect(renderReport.text(report, { color: false })).toMatch(/ Email +Name\n/);
  });

  it('drops them again when the caller says --show-pii was not given', async () => {
    for (const [format, out] of await all(piiReport(), false)) {
      expect(out, format).not.toContain('client.example');
      expect(out, format).not.toContain('Anna Ferrer');
    }
    expect(applyPrivacy(piiReport(), false).slas[0]!.worst[0]).toEqual({
      leadId: '51234987001',
      elapsedMinutes: 2710,
      overdueMinutes: 2650,
      dueAt: '2026-10-02T10:15:00+02:00',
      owner: 'Marta Puig',
    });
  });

  it('changes nothing in a report without PII', () => {
    const report = failingReport();
    expect(applyPrivacy(report, true)).toBe(report);
    expect(applyPrivacy(report)).toEqual(report);
  });
});

describe('every human format prints the as-of instant', () => {
  it.each(Object.keys(FIXTURES))('in the %s report', async (name) => {
    const report = FIXTURES[name as keyof typeof FIXTURES]();
    for (const format of ['text', 'markdown', 'html', 'junit'] as const) {
      expect(await renderReport[format](report, { color: false }), format).toContain(report.period.asOf);
    }
  });
});
