/**
 * A commitment or funnel step whose stage date no lead of the export has
 * (engine/metrics/stages-seen.ts): "no data" with a `stage-not-in-export` warning, on both
 * engines alike, never a failure. Before, a pipeline commitment summed €0 and failed, a
 * funnel step showed 0% against its rate, and `--fail-on breach` exited 1 over a column the
 * export did not have.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readContract } from '../../../src/app/contract.js';
import { evaluateInRanges, planRanges, readShare } from '../../../src/app/parallel.js';
import { run } from '../../../src/cli/main.js';
import { evaluateSeries } from '../../../src/engine/evaluate.js';
import { parsePeriod } from '../../../src/engine/period.js';
import { presetMapping, withDefaultTimeZone } from '../../../src/leads/mapping/index.js';
import { openLeadSource, type LeadInput } from '../../../src/leads/sources/index.js';
import type { ComplianceReport } from '../../../src/engine/types.js';
import { REPO_ROOT } from '../../helpers/paths.js';

const dir = mkdtempSync(join(tmpdir(), 'revpact-stages-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const CONTRACT = join(REPO_ROOT, 'contracts/b2b-saas.yaml');

function csv(name: string, rows: string[]): string {
  const file = join(dir, name);
  writeFileSync(file, rows.join('\n') + '\n');
  return file;
}

async function check(
  file: string,
  engine: 'streaming' | 'duckdb',
  extra: string[] = [],
  failOn = 'breach',
): Promise<{ code: number; report: ComplianceReport }> {
  let out = '';
  let err = '';
  const args = ['check', CONTRACT, '--leads', file, '--mapping', 'canonical', '--period', '2026-10', '--as-of', '2026-11-03T09:00:00+01:00'];
  const code = await run([...args, '--format', 'json', '--engine', engine, '--fail-on', failOn, '--quiet', ...extra], {
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
    cwd: dir,
    env: {},
    stderrIsTTY: false,
    stdoutIsTTY: false,
  });
  expect([0, 1], err).toContain(code);
  return { code, report: JSON.parse(out) as ComplianceReport };
}

/** The report without the instant it was made. */
function comparable(r: ComplianceReport): unknown {
  return { ...r, generatedAt: undefined, period: { ...r.period, asOf: undefined } };
}

describe('a stage date no lead has', () => {
  // MQLs that reach sql, with deal amounts, and no opportunity or won date at all.
  const noDeals = csv('no-deals.csv', [
    'id,createdAt,mqlAt,salAt,firstTouchAt,sqlAt,dealAmount',
    'D1,2026-10-05T09:00:00+02:00,2026-10-05T10:00:00+02:00,2026-10-05T11:00:00+02:00,2026-10-05T10:20:00+02:00,2026-10-06T10:00:00+02:00,5000',
    'D2,2026-10-06T09:00:00+02:00,2026-10-06T10:00:00+02:00,2026-10-06T11:00:00+02:00,2026-10-06T10:20:00+02:00,,',
  ]);

  it('makes the commitments and funnel steps that count by it "no data", with one warning per date, on both engines', async () => {
    const runs = await Promise.all((['streaming', 'duckdb'] as const).map((engine) => check(noDeals, engine)));
    expect(comparable(runs[1]!.report)).toEqual(comparable(runs[0]!.report));
    const { report } = runs[0]!;
    const commitment = (id: string) => report.commitments.find((c) => c.id === id);
    expect([commitment('pipeline')?.actual, commitment('pipeline')?.status]).toEqual([null, 'no-data']);
    expect([commitment('revenue')?.actual, commitment('revenue')?.status]).toEqual([null, 'no-data']);
    const step = (from: string, to: string) => report.funnel.find((s) => s.from === from && s.to === to);
    expect(step('sql', 'opportunity')).toMatchObject({ entered: 1, converted: 0, rate: null, status: 'no-data' });
    expect(step('sql', 'customer')).toMatchObject({ entered: 1, rate: null, status: 'no-data' });
    // A step whose target stage some lead reached keeps its rate.
    expect(step('mql', 'sql')).toMatchObject({ entered: 2, converted: 1, rate: 0.5, status: 'pass' });
    const stages = report.dataQuality.filter((f) => f.code === 'stage-not-in-export');
    expect(stages.map((f) => [f.severity, f.count])).toEqual([
      ['warning', 2],
      ['warning', 2],
    ]);
    expect(stages.map((f) => f.message)).toEqual([
      '2 leads read, none with opportunityAt, the date a lead reaches opportunity: commitment "pipeline" and the funnel step sql → opportunity cannot be measured and are "no data", not a failure; map the column that holds it (--mapping) or add it to the export',
      '2 leads read, none with wonAt, the date a lead reaches customer: commitment "revenue" and the funnel steps opportunity → customer, sql → customer cannot be measured and are "no data", not a failure; map the column that holds it (--mapping) or add it to the export',
    ]);
  });

  it('no longer fails the check: the only failure left is one the data shows', async () => {
    const { code, report } = await check(noDeals, 'streaming');
    expect(report.commitments.filter((c) => c.status === 'fail').map((c) => c.id)).toEqual(['mql-volume']);
    expect(code).toBe(1);
    const never = await check(noDeals, 'streaming', [], 'never');
    expect(never.code).toBe(0);
  });

  it('is seen by either share when the file is read in ranges, and the merge says what one pass says', async () => {
    // Only the last lead has an opportunity date: the last share sees it, the first does not.
    const rows = ['id,createdAt,mqlAt,sqlAt,opportunityAt,dealAmount'];
    for (let i = 0; i < 4000; i++) rows.push(`L${i},2026-10-05T09:00:00+02:00,2026-10-05T10:00:00+02:00,2026-10-06T10:00:00+02:00,,`);
    rows.push('L-last,2026-10-05T09:00:00+02:00,2026-10-05T10:00:00+02:00,2026-10-06T10:00:00+02:00,2026-10-07T10:00:00+02:00,9000');
    const file = csv('late-opportunity.csv', rows);
    const loaded = readContract(REPO_ROOT, 'contracts/b2b-saas.yaml');
    if (!loaded.ok) throw new Error('the example contract does not load');
    const rules = loaded.value.rules;
    const mapping = withDefaultTimeZone(presetMapping('canonical'), rules.contract.timezone);
    const p = parsePeriod({ period: '2026-10' }, rules.contract.timezone);
    if (!p.ok) throw new Error(p.message);
    const options = { period: p.value, asOfMs: Date.parse('2026-11-03T08:00:00Z'), files: ['leads.csv'], by: [] };
    const input: LeadInput = { path: file, display: 'leads.csv' };
    const one = await evaluateSeries(rules, openLeadSource([input], mapping).items, options, []);
    const plan = planRanges(file, 2, 0, 4, 0.5);
    if (typeof plan === 'string') throw new Error(plan);
    const merged = await evaluateInRanges({ rules, input, mapping, options, also: [], plan, run: (job) => readShare(job) });
    if ('fallback' in merged) throw new Error(merged.fallback);
    expect(JSON.stringify(merged.report)).toBe(JSON.stringify(one.report));
    expect(one.report.commitments.find((c) => c.id === 'pipeline')).toMatchObject({ actual: 9000, status: 'fail' });
    expect(one.report.dataQuality.filter((f) => f.code === 'stage-not-in-export').map((f) => f.message.split(',')[1])).toEqual([' none with wonAt']);
  });
});
