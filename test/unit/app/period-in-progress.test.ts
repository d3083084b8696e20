/**
 * A period not over at as-of (`--period` naming the month still running): commitments
 * count what happened so far against the whole period's goal. Those below it are said
 * (`period-in-progress`), on both engines alike, not left as a bare FAIL that reads like
 * a missed goal; the figures and statuses stay as measured.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../../src/cli/main.js';
import type { ComplianceReport } from '../../../src/engine/types.js';
import { REPO_ROOT } from '../../helpers/paths.js';

const dir = mkdtempSync(join(tmpdir(), 'revpact-progress-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const CONTRACT = join(REPO_ROOT, 'contracts/b2b-saas.yaml');

// Two MQLs in October 2026 (the contract asks for 220 a month), one of them won for €300,000 (the goal is €240,000).
const LEADS = join(dir, 'leads.csv');
writeFileSync(
  LEADS,
  [
    'id,createdAt,mqlAt,salAt,firstTouchAt,sqlAt,opportunityAt,wonAt,dealAmount',
    'P1,2026-10-05T09:00:00+02:00,2026-10-05T10:00:00+02:00,2026-10-05T11:00:00+02:00,2026-10-05T10:20:00+02:00,2026-10-06T10:00:00+02:00,2026-10-06T12:00:00+02:00,2026-10-07T10:00:00+02:00,300000',
    'P2,2026-10-06T09:00:00+02:00,2026-10-06T10:00:00+02:00,,2026-10-06T10:20:00+02:00,,,,',
  ].join('\n') + '\n',
);

/** The check's output on LEADS for October 2026 at `asOf`. */
async function output(asOf: string, extra: string[]): Promise<string> {
  let out = '';
  let err = '';
  const args = ['check', CONTRACT, '--leads', LEADS, '--mapping', 'canonical', '--period', '2026-10', '--as-of', asOf, '--quiet', ...extra];
  const code = await run(args, { stdout: (t) => void (out += t), stderr: (t) => void (err += t), cwd: dir, env: {}, stderrIsTTY: false, stdoutIsTTY: false });
  expect(code, err).toBe(0);
  return out;
}

async function check(asOf: string, engine: 'streaming' | 'duckdb' = 'streaming'): Promise<ComplianceReport> {
  return JSON.parse(await output(asOf, ['--format', 'json', '--engine', engine])) as ComplianceReport;
}

const progress = (r: ComplianceReport) => r.dataQuality.filter((f) => f.code === 'period-in-progress');

describe('a period not over at as-of', () => {
  it('says which commitments are below their goal so far, and how much of the period has passed, on both engines', async () => {
    // 8 October 00:00 in Madrid: 7 of October's 31 days have passed.
    const [streaming, duckdb] = await Promise.all([check('2026-10-08T00:00:00+02:00'), check('2026-10-08T00:00:00+02:00', 'duckdb')]);
    expect(progress(duckdb)).toEqual(progress(streaming));
    const failing = streaming.commitments.filter((c) => c.status === 'fail').map((c) => c.id);
    expect(failing).toContain('mql-volume');
    expect(failing).not.toContain('revenue');
    const [finding] = progress(streaming);
    expect(finding).toMatchObject({ severity: 'warning', count: failing.length });
    expect(finding?.message).toBe(
      `the period 2026-10 is not over: at the as-of instant 22% of it has passed (its last day is 2026-10-31), and commitments ${failing.map((id) => `"${id}"`).join(', ')}, below their goal so far, are judged against the whole period's goal and may still reach it; read them as a pace, or report a period that has ended`,
    );
    // The statuses are left as measured: the finding says how to read them.
    expect(streaming.commitments.find((c) => c.id === 'revenue')?.status).toBe('pass');
  });

  it('is said in the report language', async () => {
    const text = await output('2026-10-08T00:00:00+02:00', ['--locale', 'ca']);
    expect(text).toMatch(/el període 2026-10 no s'ha acabat: a l'instant de tall n'ha passat el 22 %/);
  });

  it('is not said once the period has ended', async () => {
    const after = await check('2026-11-01T00:00:00+01:00');
    expect(after.commitments.some((c) => c.status === 'fail')).toBe(true);
    expect(progress(after)).toEqual([]);
  });
});
