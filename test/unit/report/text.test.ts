import { describe, expect, it } from 'vitest';
import { createFormatter, displayWidth } from '../../../src/render/format.js';
import { renderReport } from '../../../src/report/render/index.js';
import { EN } from '../../../src/report/render/messages.js';
import type { ComplianceReport } from '../../../src/engine/types.js';
import { FIXTURES, failingReport, hostileReport, passingReport } from './fixtures.js';

// eslint-disable-next-line no-control-regex -- looking for escape sequences is the point
const ANSI = /\u001b\[[0-9;]*m/g;
const text = (r: ComplianceReport, color = false) => renderReport.text(r, { color });

describe('text', () => {
  it.each(Object.keys(FIXTURES))('renders the %s report', async (name) => {
    await expect(text(FIXTURES[name as keyof typeof FIXTURES]())).toMatchFileSnapshot(`__snapshots__/text/${name}.txt`);
  });

  it('prints the contract, the period, the as-of instant and the input counts first', () => {
    const lines = text(failingReport()).split('\n');
    expect(lines[0]).toBe('Compliance report: b2b-saas@1.4.0 — B2B SaaS marketing–sales agreement');
    expect(lines[1]).toContain('2026-10 (2026-10-01T00:00:00+02:00 to 2026-11-01T00:00:00+01:00');
    expect(lines[2]).toBe('  As of          2026-11-03T09:00:00+01:00');
    expect(lines[3]).toBe('  Input          12,480 rows: 12,471 evaluated, 9 rejected');
    // Issue 13, item 16: where the evaluated leads that are not in the report went.
    expect(lines[5]).toBe('  Leads by date  2,100 in the period, 10,234 before it, 137 after it');
  });

  // Issue 13, item 27: a measured step without a target is not "no data"; fields the export lacks are named, not 0%.
  it('says "no target" for a measured funnel step the contract sets no rate for', () => {
    const line = text(failingReport())
      .split('\n')
      .find((l) => l.includes('sql → customer'));
    expect(line).toMatch(/11\.6%\s+–\s+no target$/);
    const unmeasured = failingReport();
    unmeasured.funnel = [{ from: 'sql', to: 'customer', entered: 0, converted: 0, exited: 0, open: 0, rate: null, target: null, status: 'no-data' }];
    expect(text(unmeasured)).toMatch(/sql → customer .*no data$/m);
  });

  it('names the handoff fields missing from the export instead of printing 0%', () => {
    const r = failingReport();
    r.handoff = {
      stage: 'mql',
      leads: 1763,
      complete: 0,
      rate: null,
      missing: [
        { field: 'phone', count: 188 },
        { field: 'assessment', count: 1763 },
      ],
      notInExport: ['assessment'],
    };
    const out = text(r);
    expect(out).toMatch(/mql\s+1,763\s+0\s+not measured: assessment missing from the export/);
    expect(out).toMatch(/assessment\s+missing from the export/);
    expect(out).not.toMatch(/0\.0%/);
  });

  it('shows the leads whose clock started outside the period, per SLA, only when there are some', () => {
    const failing = text(failingReport());
    expect(failing).toMatch(/Started before \/ after/);
    expect(failing).toMatch(/first-touch .* 9,800 \/ 120 /);
    expect(text(passingReport())).not.toMatch(/Started before|Leads by date/);
  });

  it('ends with the verdict line', () => {
    expect(text(failingReport()).trimEnd().split('\n').at(-1)).toBe('FAIL: 1 of 3 SLAs and 1 of 3 commitments missed the target (1 without data)');
    expect(text(passingReport()).trimEnd().split('\n').at(-1)).toBe('PASS: the SLA and the commitment met the target');
  });

  it('has no ANSI escapes without colour, and some with it', () => {
    for (const make of Object.values(FIXTURES)) expect(text(make())).not.toMatch(ANSI);
    const colored = text(failingReport(), true);
    expect(colored).toMatch(ANSI);
    expect(colored).toContain('\u001b[31mFAIL\u001b[39m');
    expect(colored).toContain('\u001b[32mpass\u001b[39m');
  });

  it('aligns columns the same with and without colour', () => {
    expect(text(failingReport(), true).replace(ANSI, '')).toBe(text(failingReport()));
  });

  it('aligns every column of a table', () => {
    const lines = text(failingReport()).split('\n');
    const header = lines.findIndex((l) => l.startsWith('  SLA  '));
    const table = lines.slice(header, header + 4);
    // Left-aligned columns start at the same offset; right-aligned (numbers) end at the same one.
    const starts = (l: string, words: string[]) => words.map((w) => l.indexOf(w));
    expect(starts(table[1]!, ['first-touch', 'sales', '1 business hour'])).toEqual(starts(table[0]!, ['SLA', 'Owner', 'Goal']));
    const end = (l: string, w: string) => l.indexOf(w) + w.length;
    expect(end(table[1]!, '1,412')).toBe(end(table[0]!, 'Met'));
    expect(end(table[2]!, '1,290')).toBe(end(table[0]!, 'Met'));
    expect(end(table[1]!, '81.9%')).toBe(end(table[0]!, 'Attainment'));
    expect(table[3]!.indexOf('no data')).toBe(table[0]!.indexOf('Status'));
  });

  it('keeps hostile data on one line and away from the terminal', () => {
    const out = text(hostileReport());
    // Only newlines between lines; no escape, bell, carriage return or bidi override survives.
    // eslint-disable-next-line no-control-regex -- control characters are what must not appear
    expect(out).not.toMatch(/[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/);
    expect(out).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
    expect(out).toContain('firsta|bline one line two | --- | --- |');
  });

  it('measures display width for alignment', () => {
    expect(displayWidth('abc')).toBe(3);
    expect(displayWidth('日本')).toBe(4);
    expect(displayWidth('e\u0301')).toBe(1);
  });
});

describe('formatting', () => {
  const f = createFormatter(EN);

  it('writes durations in hours and minutes, with days only on the calendar clock', () => {
    expect(f.duration(0)).toBe('0m');
    expect(f.duration(0.2)).toBe('<1m');
    expect(f.duration(45)).toBe('45m');
    expect(f.duration(85)).toBe('1h 25m');
    expect(f.duration(120)).toBe('2h');
    expect(f.duration(59.999)).toBe('1h');
    expect(f.duration(1630)).toBe('27h 10m');
    expect(f.duration(1630, 'calendar')).toBe('1d 3h 10m');
    expect(f.duration(4320, 'calendar')).toBe('3d');
    expect(f.duration(null)).toBe('–');
  });

  it('never rounds a measured share up to its target', () => {
    expect(f.measured(0.9496)).toBe('94.9%');
    expect(f.measured(0.57)).toBe('57.0%');
    expect(f.measured(1)).toBe('100.0%');
    expect(f.measured(null)).toBe('–');
    expect(f.stated(0.95)).toBe('95%');
    expect(f.stated(0.925)).toBe('92.5%');
    expect(f.stated(0.8333)).toBe('83.33%');
  });

  it('groups thousands', () => {
    expect(f.count(1240500)).toBe('1,240,500');
    expect(f.amount(27.6923)).toBe('27.69');
  });
});
