/**
 * Whether an SLA whose stop event no lead has can be measured (app/measure.ts): when the
 * export has no column for the event, no (`no-data`, a warning, no worst offenders, left
 * out of `due`); when it has the column and every cell of it is empty, yes: nobody has done
 * it yet, and a lead past its due time is late. Both engines decide alike.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../../src/cli/main.js';
import type { ComplianceReport } from '../../../src/engine/types.js';
import { REPO_ROOT } from '../../helpers/paths.js';

const dir = mkdtempSync(join(tmpdir(), 'revpact-unmeasured-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const contract = join(REPO_ROOT, 'test/golden/first-touch-madrid/contract.yaml');

/** Two leads made MQL on Monday 5 October, one of them first touched in time; as of Wednesday. */
function exportFile(name: string, withColumn: boolean, touched: boolean): string {
  const file = join(dir, name);
  const head = withColumn ? 'id,createdAt,mqlAt,firstTouchAt,owner' : 'id,createdAt,mqlAt,owner';
  const row = (id: string, touch: string) =>
    withColumn ? `${id},2026-10-05T09:00:00+02:00,2026-10-05T10:00:00+02:00,${touch},ana` : `${id},2026-10-05T09:00:00+02:00,2026-10-05T10:00:00+02:00,ana`;
  writeFileSync(file, [head, row('L1', touched ? '2026-10-05T10:20:00+02:00' : ''), row('L2', ''), ''].join('\n'));
  return file;
}

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await run(args, { stdout: (t) => void (out += t), stderr: (t) => void (err += t), cwd: dir, env: {}, stderrIsTTY: false, stdoutIsTTY: false });
  return { code, out, err };
}

async function report(file: string, engine: 'streaming' | 'duckdb'): Promise<ComplianceReport> {
  const r = await cli([
    'check',
    contract,
    '--leads',
    file,
    '--period',
    '2026-10',
    '--as-of',
    '2026-10-07T12:00:00+02:00',
    '--format',
    'json',
    '--engine',
    engine,
    '--quiet',
  ]);
  expect(r.code, r.err).toBe(0);
  return JSON.parse(r.out) as ComplianceReport;
}

/** `due` on the export, Monday 10:30, as JSON. */
function dueList(file: string): Promise<{ code: number; out: string; err: string }> {
  return cli(['due', contract, '--leads', file, '--within', '8bh', '--since', '2026-10-01', '--as-of', '2026-10-05T10:30:00+02:00', '--format', 'json']);
}

describe('an SLA whose stop event no lead has', () => {
  it('without a column for it: no data, said, no worst offenders, the same on both engines', async () => {
    const file = exportFile('no-column.csv', false, false);
    const streaming = await report(file, 'streaming');
    expect(JSON.stringify(await report(file, 'duckdb'))).toBe(JSON.stringify(streaming));
    expect(streaming.slas[0]).toMatchObject({ id: 'first-touch', status: 'no-data', attainment: null, worst: [], breached: 2 });
    expect(streaming.status).toBe('no-data');
    expect(streaming.dataQuality.find((f) => f.code === 'sla-stop-not-in-export')).toMatchObject({ sla: 'first-touch', count: 2 });
    // The owner's row of the breakdown is no data too, not 0% (0/2).
    expect(streaming.breakdowns.owner.find((r) => r.key === 'ana')?.slas['first-touch']).toEqual({ met: 0, breached: 2, pending: 0, attainment: null });

    const due = await dueList(file);
    expect(due.code, due.err).toBe(0);
    expect(JSON.parse(due.out)).toMatchObject({ total: 0, leads: [], unmeasured: [{ rule: 'first-touch', leads: 2 }] });
  });

  it('with the column, every cell empty: measured, late leads are breaches, no warning', async () => {
    const file = exportFile('empty-column.csv', true, false);
    const streaming = await report(file, 'streaming');
    expect(JSON.stringify(await report(file, 'duckdb'))).toBe(JSON.stringify(streaming));
    expect(streaming.slas[0]).toMatchObject({ id: 'first-touch', status: 'fail', attainment: 0, breached: 2 });
    expect(streaming.slas[0]?.worst.map((w) => w.leadId).sort()).toEqual(['L1', 'L2']);
    expect(streaming.dataQuality.map((f) => f.code)).not.toContain('sla-stop-not-in-export');

    const due = await dueList(file);
    expect(JSON.parse(due.out)).toMatchObject({ total: 2, unmeasured: [] });
  });

  it('and one lead with the event: measured as before', async () => {
    const streaming = await report(exportFile('touched.csv', true, true), 'streaming');
    expect(streaming.slas[0]).toMatchObject({ status: 'fail', met: 1, breached: 1, attainment: 0.5 });
  });
});
