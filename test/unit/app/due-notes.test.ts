/**
 * `due` never answers "0 leads due" in silence when the data could not have produced a lead
 * (app/due.ts): no lead with a date, an --as-of before the contract or before the data,
 * leads that start after as-of. Each is said under the head, in the list's language, on
 * standard error for CSV and in `notes` for JSON.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../../src/cli/main.js';
import { REPO_ROOT } from '../../helpers/paths.js';

const dir = mkdtempSync(join(tmpdir(), 'revpact-due-notes-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const CONTRACT = join(REPO_ROOT, 'contracts/b2b-saas.yaml');

function file(name: string, rows: string[]): string {
  const path = join(dir, name);
  writeFileSync(path, rows.join('\n') + '\n');
  return path;
}

async function due(leads: string, asOf: string, extra: string[] = []): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const args = ['due', CONTRACT, '--leads', leads, '--mapping', 'canonical', '--within', '2bh', '--as-of', asOf, '--quiet', ...extra];
  const code = await run(args, { stdout: (t) => void (out += t), stderr: (t) => void (err += t), cwd: dir, env: {}, stderrIsTTY: false, stdoutIsTTY: false });
  return { code, out, err };
}

const undated = file('undated.csv', ['id,createdAt,mqlAt,firstTouchAt', 'A,,,', 'B,,,']);
// employees: the column enterprise-first-touch's condition reads (without it, a note says so).
const october = file('october.csv', [
  'id,createdAt,mqlAt,employees',
  'A,2026-10-01T09:00:00Z,2026-10-01T10:00:00Z,40',
  'B,2026-10-02T09:00:00Z,2026-10-02T10:00:00Z,40',
]);

describe('due with nothing it could list', () => {
  it('says that no lead read has a date', async () => {
    const r = await due(undated, '2026-10-05T10:00:00+02:00');
    expect(r.code).toBe(0);
    expect(r.out).toBe(
      '0 leads due within 2bh as of 2026-10-05T10:00:00+02:00\n' +
        "Not in this list: none of the 2 leads read has a date, so nothing can fall due; check that the mapping reads the export's date columns (--mapping)\n",
    );
    const csv = await due(undated, '2026-10-05T10:00:00+02:00', ['--format', 'csv']);
    expect(csv.out).toBe('lead_id,rule_id,owner,due_at,minutes_left,overdue\r\n');
    expect(csv.err).toContain('revpact: Not in this list: none of the 2 leads read has a date');
  });

  it('says that the leads fall outside the window it looks at, with their dates', async () => {
    const r = await due(october, '2026-05-01T00:00:00Z', ['--locale', 'es']);
    expect(r.out).toContain(
      'No están en esta lista: ninguno de los 2 leads leídos tiene fecha entre el 2026-01-31 y la fecha de referencia (sus fechas van del 2026-10-01 al 2026-10-02)',
    );
  });

  it('says that the window ends before the contract took effect', async () => {
    const r = await due(october, '2020-01-01T00:00:00Z', ['--format', 'json']);
    const json = JSON.parse(r.out) as { total: number; notes: string[] };
    expect(json.total).toBe(0);
    expect(json.notes).toEqual([
      'Not in this list: the period 2019-10-03..2020-01-01 ends before the contract took effect on 2026-04-01 (0 leads with a date in it): nothing is measured against the contract, so every SLA and commitment is "no data"; report a period from 2026-04-01 on.',
    ]);
  });

  it('says once that leads start after as-of, though each SLA counted them', async () => {
    const r = await due(october, '2026-10-01T09:30:00Z', ['--format', 'json']);
    const json = JSON.parse(r.out) as { notes: string[] };
    expect(json.notes).toEqual([
      'Not in this list: first-touch, accept-or-reject: 1 lead starts after the as-of instant (mqlAt): excluded; run the report with a later --as-of.',
    ]);
  });

  it('names the SLAs each line is about when their counts differ, and leaves out an SLA not measured at all', async () => {
    // Two MQLs later on as-of's day; one lead rejected later that day too, which the rejection SLAs count.
    const later = file('later.csv', [
      'id,createdAt,mqlAt,rejectedAt,firstTouchAt,employees',
      'A,2026-10-01T09:00:00Z,2026-10-02T10:00:00Z,,,40',
      'B,2026-10-01T09:00:00Z,2026-10-02T10:00:00Z,2026-10-02T12:00:00Z,,40',
    ]);
    const r = await due(later, '2026-10-02T09:30:00Z', ['--format', 'json']);
    const { notes } = JSON.parse(r.out) as { notes: string[] };
    expect(notes).toContain(
      'Not in this list: first-touch, accept-or-reject: 2 leads start after the as-of instant (mqlAt): excluded; run the report with a later --as-of.',
    );
    expect(notes).toContain(
      'Not in this list: rejection-feedback: 1 lead starts after the as-of instant (rejectedAt): excluded; run the report with a later --as-of.',
    );
    // recycle-to-nurture's condition reads rejectionReason, which this export lacks: said by that line alone, not as a later start.
    expect(notes.filter((n) => n.includes('recycle-to-nurture'))).toEqual([
      'Not in this list: the condition of SLA recycle-to-nurture reads rejectionReason, which no column of the export gives: for all 1 lead it is missing, so the condition cannot hold as meant; check the name in the contract, or map the column that holds it (--mapping).',
    ]);
  });

  it('adds nothing when the data is in the window', async () => {
    const r = await due(october, '2026-10-01T10:30:00Z', ['--format', 'json']);
    expect((JSON.parse(r.out) as { notes: string[] }).notes).toEqual([]);
  });
});

describe('notify with nothing it could send', () => {
  async function notify(leads: string, asOf: string): Promise<{ code: number; out: string; err: string }> {
    let out = '';
    let err = '';
    const args = ['notify', CONTRACT, '--leads', leads, '--mapping', 'canonical', '--within', '2bh', '--as-of', asOf, '--to', 'slack', '--dry-run', '--quiet'];
    const code = await run(args, { stdout: (t) => void (out += t), stderr: (t) => void (err += t), cwd: dir, env: {}, stderrIsTTY: false, stdoutIsTTY: false });
    return { code, out, err };
  }

  it('says why, as due does, instead of "0 messages" alone (an export out of date, or a wrong --as-of, sent nothing in silence every hour)', async () => {
    const outside = await notify(october, '2026-05-01T00:00:00Z');
    expect(outside.code).toBe(0);
    expect(outside.out).toContain('0 messages to 0 recipients would be sent');
    expect(outside.err).toContain(
      'warning: none of the 2 leads read has a date from 2026-01-31 to as-of (their dates run from 2026-10-01 to 2026-10-02), so none can be due; give an --as-of within the data, or --since for an earlier start; no notice goes for those leads\n',
    );
    const none = await notify(undated, '2026-10-05T10:00:00+02:00');
    expect(none.err).toContain('warning: none of the 2 leads read has a date, so nothing can fall due');
    const early = await notify(october, '2020-01-01T00:00:00Z');
    expect(early.err).toContain('warning: the period 2019-10-03..2020-01-01 ends before the contract took effect on 2026-04-01');
  });

  it('adds nothing when the data is in the window', async () => {
    const r = await notify(october, '2026-10-01T10:30:00Z');
    expect(r.err).not.toContain('warning: none of');
    expect(r.err).not.toContain('starts after');
  });
});
