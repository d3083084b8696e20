/**
 * `revpact due` against `check --per-lead` on the same generated export and as-of:
 * every lead listed is open, not yet late, and due within the window; none is missing.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, runCli } from '../helpers/cli.js';
import { generateExport } from '../helpers/gen.js';

const dir = mkdtempSync(join(tmpdir(), 'revpact-due-'));
const leads = join(dir, 'hubspot.csv');
const contract = 'contracts/b2b-saas.yaml';
const asOf = '2026-10-14T16:30:00+02:00';
// What due looks at by default: SLA clocks started in the 90 days up to as-of's day.
const window = ['--from', '2026-07-16', '--to', '2026-10-14'];

interface DueJson {
  total: number;
  leads: { leadId: string; ruleId: string; owner: string | null; dueAt: string; minutesLeft: number }[];
}

beforeAll(() => {
  ensureBuilt();
  generateExport(leads, { rows: 6000, format: 'hubspot', seed: 5 });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('revpact due', () => {
  it('keeps the privacy rule in what it says of a rejected row: an id that is an e-mail address is masked without --show-pii', () => {
    const file = join(dir, 'pii.csv');
    const row = 'ana@acme.example,2026-10-02T09:00:00+02:00,2026-11-03T09:30:00+01:00,,ana,webinar';
    writeFileSync(file, ['id,createdAt,mqlAt,firstTouchAt,owner,source', row, row, ''].join('\n'));
    const base = ['due', contract, '--leads', file, '--mapping', 'canonical', '--within', '2bh', '--as-of', '2026-11-03T10:00:00+01:00', '--quiet'];
    const masked = runCli([...base, '--format', 'json']);
    expect(masked.stdout).not.toContain('ana@acme.example');
    expect(JSON.parse(masked.stdout)).toMatchObject({ rejected: 1, rejection: { row: 3, reason: 'duplicate id "[email hidden]" (first seen at row 2)' } });
    expect(runCli(base).stdout).not.toContain('ana@acme.example');
    expect(runCli([...base, '--format', 'csv']).stderr).toContain('duplicate id "[email hidden]"');
    expect(JSON.parse(runCli([...base, '--format', 'json', '--show-pii']).stdout)).toMatchObject({
      rejection: { reason: 'duplicate id "ana@acme.example" (first seen at row 2)' },
    });
  });

  it('says how many rows it could not read, and the first one’s reason, in every format: the rows check rejects', () => {
    const check = runCli(['check', contract, '--leads', leads, '--mapping', 'hubspot', '--as-of', asOf, ...window, '--format', 'json', '--quiet']);
    expect(check.status, check.stderr).toBe(0);
    const input = (JSON.parse(check.stdout) as { input: { rejected: number; rejections: { file: string; row: number; reason: string }[] } }).input;
    expect(input.rejected).toBeGreaterThan(0);
    const first = input.rejections[0];
    const base = ['due', contract, '--leads', leads, '--mapping', 'hubspot', '--as-of', asOf, '--within', '2bh', '--quiet'];

    const json = runCli([...base, '--format', 'json']);
    expect(JSON.parse(json.stdout)).toMatchObject({ rejected: input.rejected, rejection: first });
    const line = `Not in this list: ${input.rejected} rows rejected, such as: ${first?.reason} (${first?.file}:${first?.row}); revpact check lists them all.`;
    expect(runCli(base).stdout.split('\n')[1]).toBe(line);
    // CSV stays rows only; standard error says it.
    const csv = runCli([...base, '--format', 'csv']);
    expect(csv.stdout.startsWith('lead_id,rule_id,owner,due_at,minutes_left,overdue\r\n')).toBe(true);
    expect(csv.stdout).not.toContain('rejected');
    // And the SLA HubSpot's export cannot measure (no recycling date), after it.
    const [rows, unmeasured, ...rest] = csv.stderr.split('\n');
    expect(rows).toBe(`revpact: ${line}`);
    expect(unmeasured).toMatch(
      /^revpact: Not in this list: SLA recycle-to-nurture is not measured: no lead of the export has recycledAt, .*add it to the export\.$/,
    );
    // The export has a lead that starts after this as-of: said too, once.
    expect(rest).toEqual([
      'revpact: Not in this list: first-touch, accept-or-reject: 1 lead starts after the as-of instant (mqlAt): excluded; run the report with a later --as-of.',
      '',
    ]);
  });

  // A mapping without the column an SLA's condition reads (or a typo in it) left every lead of that SLA out: the list came up short, or empty, without a word.
  it('says when an SLA condition reads a field no column gives, in the list’s language and in JSON', () => {
    const text = readFileSync(contract, 'utf8');
    const stop = '    stop: first-touch\n    calendar: barcelona\n';
    expect(text).toContain(stop);
    const typo = join(dir, 'regoin.yaml');
    writeFileSync(typo, text.replace(stop, `${stop}    when: { field: regoin, op: eq, value: emea }\n`));
    const base = ['due', typo, '--leads', leads, '--mapping', 'hubspot', '--as-of', asOf, '--within', '1bd', '--quiet'];
    const json = runCli([...base, '--format', 'json']);
    expect(json.status, json.stderr).toBe(0);
    const notes = (JSON.parse(json.stdout) as { notes: string[] }).notes;
    expect(notes).toContainEqual(
      expect.stringMatching(
        /^Not in this list: the condition of SLA first-touch reads regoin, which no column of the export gives: for all \d+ leads it is missing/,
      ),
    );
    expect(runCli([...base, '--locale', 'es']).stdout).toMatch(/^No están en esta lista: la condición del SLA first-touch lee regoin, que ninguna columna/m);
  });

  it('lists exactly the open, not yet late leads with at most the window left, most urgent first', () => {
    const perLead = join(dir, 'verdicts.csv');
    const check = runCli(['check', contract, '--leads', leads, '--mapping', 'hubspot', '--as-of', asOf, ...window, '--per-lead', perLead, '--quiet']);
    expect(check.status, check.stderr).toBe(0);
    const due = runCli(['due', contract, '--leads', leads, '--mapping', 'hubspot', '--as-of', asOf, '--within', '2bh', '--format', 'json']);
    expect(due.status, due.stderr).toBe(0);
    const listed = JSON.parse(due.stdout) as DueJson;

    // Goals of the contract's SLAs in minutes on their clock (from the compiled rules).
    const rulesOut = join(dir, 'rules');
    expect(runCli(['compile', contract, '--format', 'rules', '--out', rulesOut]).status).toBe(0);
    const rules = JSON.parse(readFileSync(join(rulesOut, 'b2b-saas.rules.json'), 'utf8')) as { slas: { id: string; goal: { minutes: number } }[] };
    const goal = new Map(rules.slas.map((s) => [s.id, s.goal.minutes]));

    const rows = readFileSync(perLead, 'utf8')
      .trim()
      .split(/\r?\n/)
      .slice(1)
      .map((l) => l.split(','));
    const expected = rows.filter(([, rule, verdict, elapsed]) => verdict === 'pending' && (goal.get(rule ?? '') ?? 0) - Number(elapsed) <= 120);
    expect(expected.length).toBeGreaterThan(0);
    expect(listed.total).toBe(expected.length);
    expect(listed.leads.map((l) => `${l.leadId}/${l.ruleId}`).sort()).toEqual(expected.map(([id, rule]) => `${id}/${rule}`).sort());

    for (const l of listed.leads) {
      const row = rows.find(([id, rule]) => id === l.leadId && rule === l.ruleId);
      expect(row?.[2]).toBe('pending');
      expect(l.minutesLeft).toBeGreaterThanOrEqual(0);
      expect(l.minutesLeft).toBeLessThanOrEqual(120);
      expect(Date.parse(l.dueAt)).toBe(Date.parse(row?.[4] ?? ''));
      expect(Date.parse(l.dueAt)).toBeGreaterThanOrEqual(Date.parse(asOf));
    }
    const lefts = listed.leads.map((l) => l.minutesLeft);
    expect(lefts).toEqual([...lefts].sort((a, b) => a - b));
  });

  it('prints text and CSV, and refuses a window without a unit it can use', () => {
    const text = runCli(['due', contract, '--leads', leads, '--mapping', 'hubspot', '--as-of', asOf, '--within', '2bh']);
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(/^\d+ leads? due within 2bh as of 2026-10-14T16:30:00\+02:00/);
    const csv = runCli(['due', contract, '--leads', leads, '--mapping', 'hubspot', '--as-of', asOf, '--within', '2bh', '--format', 'csv']);
    expect(csv.stdout.split('\r\n')[0]).toBe('lead_id,rule_id,owner,due_at,minutes_left,overdue');
    expect(runCli(['due', contract, '--leads', leads, '--within', '3d']).status).toBe(2);
  });

  it('on a Sunday, a lead due Friday 18:00 is listed as overdue, not with 0m left (issue 13, item 23)', () => {
    // MQL on Friday 2026-10-09 at 17:00 in Madrid with a 1-business-hour first touch: due Friday 18:00.
    // Run on Sunday the 11th, the weekend adds no business time, but the deadline is behind.
    const leadsFile = join(dir, 'friday.csv');
    // The export has the first-touch column, empty: nobody has called F1 yet (without the
    // column, the SLA could not be measured at all and nothing would be listed).
    writeFileSync(leadsFile, 'id,createdAt,mqlAt,firstTouchAt,owner\nF1,2026-10-09T10:00:00+02:00,2026-10-09T17:00:00+02:00,,ana\n');
    const r = runCli(['due', 'test/golden/first-touch-madrid/contract.yaml', '--leads', leadsFile, '--within', '2bh', '--as-of', '2026-10-11T12:00:00+02:00']);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('(1 already overdue)');
    expect(r.stdout).toMatch(/F1 +first-touch +ana +2026-10-09T18:00:00\+02:00 +overdue since 2026-10-09T18:00:00\+02:00/);
    expect(r.stdout).not.toContain('0m');
    const csv = runCli([
      'due',
      'test/golden/first-touch-madrid/contract.yaml',
      '--leads',
      leadsFile,
      '--within',
      '2bh',
      '--as-of',
      '2026-10-11T12:00:00+02:00',
      '--format',
      'csv',
    ]);
    expect(csv.stdout.split('\r\n')[1]).toMatch(/^F1,first-touch,ana,[^,]+,0,true$/);
  });

  // English printed "1h 0m business" (the report and the other locales write "1h") and
  // "1200 leads" (the report writes "1,200").
  it('writes time left and counts in English as the report does: "1h business", "1,200 leads"', () => {
    const file = join(dir, 'many-due.csv');
    const rows = ['id,createdAt,mqlAt,firstTouchAt,owner,source'];
    // MQL Monday 2026-10-05 at 10:00 on the golden Madrid calendar: due at 11:00; as of 10:00, 60 business minutes left.
    for (let i = 0; i < 1200; i++) rows.push(`H${i},2026-10-05T09:00:00+02:00,2026-10-05T10:00:00+02:00,,ana,web`);
    writeFileSync(file, rows.join('\n') + '\n');
    const r = runCli([
      'due',
      'test/golden/first-touch-madrid/contract.yaml',
      '--leads',
      file,
      '--within',
      '2bh',
      '--as-of',
      '2026-10-05T10:00:00+02:00',
      '--quiet',
    ]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('1,200 leads due within 2bh as of 2026-10-05T10:00:00+02:00');
    expect(r.stdout).toMatch(/\nH0 +first-touch +ana +2026-10-05T11:00:00\+02:00 +1h business\n/);
    expect(r.stdout).not.toContain('0m business');
  });
});
