/**
 * Golden cases for `check`: each folder holds a contract, an export, and expected.json
 * with the verdicts worked out by hand (see the folder's README.md). The run goes through
 * the real CLI; the hand-worked numbers are asserted one by one, and the whole JSON report
 * is kept as a reviewed snapshot next to them.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ComplianceReport } from '../../src/engine/types.js';
import { ensureBuilt, runCli } from '../helpers/cli.js';
import { REPO_ROOT } from '../helpers/paths.js';

interface Expected {
  run: { period: string; asOf: string; mapping?: string };
  input: { rows: number; evaluated: number; rejected: number; rejectedRows: number[] };
  slas: Record<string, { met: number; breached: number; pending: number; excluded: number; attainment: number; status: string; median: number; p90: number; open: { count: number; medianAgeMinutes: number | null; oldestAgeMinutes: number | null } }>;
  dataQuality: string[];
  verdicts: [string, string, string, number | null, string | null][];
  notInCohort: [string, string][];
}

const GOLDEN = join(REPO_ROOT, 'test', 'golden');
const cases = readdirSync(GOLDEN).filter((d) => existsSync(join(GOLDEN, d, 'expected.json')));
const scratch = mkdtempSync(join(tmpdir(), 'revpact-golden-'));

beforeAll(() => ensureBuilt());
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe.each(cases)('golden %s', (name) => {
  const dir = join('test', 'golden', name);
  const expected = JSON.parse(readFileSync(join(GOLDEN, name, 'expected.json'), 'utf8')) as Expected;
  const perLeadFile = join(scratch, `${name}.csv`);
  const args = ['check', join(dir, 'contract.yaml'), '--leads', join(dir, 'leads.csv'), '--period', expected.run.period, '--as-of', expected.run.asOf, '--format', 'json', '--per-lead', perLeadFile];
  if (expected.run.mapping) args.push('--mapping', join(dir, expected.run.mapping));
  let report: ComplianceReport;
  let perLead: string[][];

  beforeAll(() => {
    const r = runCli(args);
    expect(r.status, r.stderr).toBe(0);
    report = JSON.parse(r.stdout) as ComplianceReport;
    perLead = readFileSync(perLeadFile, 'utf8').trim().split(/\r?\n/).slice(1).map((l) => l.split(','));
  });

  it('counts every row: evaluated or rejected with its row number', () => {
    expect(report.input).toMatchObject({ rows: expected.input.rows, evaluated: expected.input.evaluated, rejected: expected.input.rejected });
    expect(report.input.rows).toBe(report.input.evaluated + report.input.rejected);
    expect(report.input.rejections.map((r) => r.row).sort((a, b) => a - b)).toEqual(expected.input.rejectedRows);
  });

  it('gives each lead the verdict, elapsed time and due instant worked out by hand', () => {
    for (const [lead, sla, verdict, elapsed, due] of expected.verdicts) {
      const row = perLead.find((r) => r[0] === lead && r[1] === sla);
      expect(row, `${lead} ${sla}`).toBeDefined();
      expect([row?.[2], row?.[3] === '' ? null : Number(row?.[3])], `${lead} ${sla}`).toEqual([verdict, elapsed]);
      expect(row?.[4] ? Date.parse(row[4]) : null, `${lead} ${sla} due`).toBe(due === null ? null : Date.parse(due));
    }
    for (const [lead, sla] of expected.notInCohort) expect(perLead.find((r) => r[0] === lead && r[1] === sla), `${lead} ${sla}`).toBeUndefined();
    expect(perLead).toHaveLength(expected.verdicts.length);
  });

  it('adds the verdicts up per SLA, with attainment, status, median and p90 of stopped leads, open leads apart', () => {
    for (const [id, want] of Object.entries(expected.slas)) {
      const got = report.slas.find((s) => s.id === id);
      expect(got, id).toMatchObject({
        met: want.met,
        breached: want.breached,
        pending: want.pending,
        excluded: want.excluded,
        status: want.status,
        elapsedMinutes: { median: want.median, p90: want.p90 },
        open: want.open,
      });
      expect(got?.attainment).toBeCloseTo(want.attainment, 9);
    }
  });

  it('reports the data-quality findings the case contains', () => {
    const codes = report.dataQuality.map((d) => d.code);
    for (const code of expected.dataQuality) expect(codes).toContain(code);
  });

  it('matches the reviewed JSON report', async () => {
    await expect(JSON.stringify(report, null, 2) + '\n').toMatchFileSnapshot(join(name, 'report.json'));
  });
});
