/**
 * An SLA whose condition cannot hold as meant (engine/segments.ts): a field no column of the
 * export gives (a typo in the contract), or a condition that matched none of the leads the
 * SLA was asked about. Said as a warning on both engines alike, never a silent "no data".
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../../src/cli/main.js';
import type { ComplianceReport } from '../../../src/engine/types.js';
import { REPO_ROOT } from '../../helpers/paths.js';

const dir = mkdtempSync(join(tmpdir(), 'revpact-segments-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const leads = join(dir, 'emp.csv');
writeFileSync(
  leads,
  [
    'id,createdAt,mqlAt,firstTouchAt,owner,source,employees',
    'E1,2026-10-05T09:00:00+02:00,2026-10-05T10:00:00+02:00,2026-10-05T10:30:00+02:00,ana,ads,999',
    'E2,2026-10-05T09:00:00+02:00,2026-10-05T10:00:00+02:00,2026-10-05T12:30:00+02:00,ana,ads,1000',
    'E3,2026-10-05T09:00:00+02:00,2026-10-20T10:00:00+02:00,2026-10-20T10:30:00+02:00,ana,ads,5000',
    '',
  ].join('\n'),
);

/** The golden contract with a condition on its SLA. */
function contractWith(when: string): string {
  const file = join(dir, `c-${Math.random().toString(36).slice(2)}.yaml`);
  const text = readFileSync(join(REPO_ROOT, 'test/golden/first-touch-madrid/contract.yaml'), 'utf8');
  writeFileSync(file, text.replace('    target: 80%', `    target: 80%\n    when: ${when}`));
  return file;
}

async function report(contract: string, engine: 'streaming' | 'duckdb', period = '2026-10'): Promise<ComplianceReport> {
  let out = '';
  let err = '';
  const args = [
    'check',
    contract,
    '--leads',
    leads,
    '--period',
    period,
    '--as-of',
    '2026-10-30T17:30:00+01:00',
    '--format',
    'json',
    '--engine',
    engine,
    '--quiet',
  ];
  const code = await run(args, { stdout: (t) => void (out += t), stderr: (t) => void (err += t), cwd: dir, env: {}, stderrIsTTY: false, stdoutIsTTY: false });
  expect(code, err).toBe(0);
  return JSON.parse(out) as ComplianceReport;
}

async function both(contract: string, period?: string): Promise<ComplianceReport> {
  const streaming = await report(contract, 'streaming', period);
  expect(JSON.stringify(await report(contract, 'duckdb', period))).toBe(JSON.stringify(streaming));
  return streaming;
}

describe('an SLA condition that cannot hold as meant', () => {
  it('names a field of the condition that no column gives (a typo), on both engines', async () => {
    const r = await both(contractWith('{ field: employes, op: gte, value: 1000 }'));
    expect(r.slas[0]).toMatchObject({ status: 'no-data', excluded: 3 });
    expect(r.dataQuality.filter((f) => f.code === 'condition-field-not-in-export')).toEqual([
      {
        code: 'condition-field-not-in-export',
        severity: 'warning',
        count: 3,
        sla: 'first-touch',
        message:
          'the condition of SLA first-touch reads employes, which no column of the export gives: for all 3 leads it is missing, so the condition cannot hold as meant; check the name in the contract, or map the column that holds it (--mapping)',
        examples: [],
      },
    ]);
  });

  it('says nothing of a field for an SLA without leads ("for all 0 leads it is missing")', async () => {
    const r = await both(contractWith('{ field: employes, op: gte, value: 1000 }'), '2026-09');
    expect(r.slas[0]).toMatchObject({ met: 0, breached: 0, pending: 0, excluded: 0 });
    expect(r.dataQuality.some((f) => f.code === 'condition-field-not-in-export')).toBe(false);
  });

  it('says when the condition matched none of the SLA’s leads, and not when it matched some', async () => {
    const none = await both(contractWith('{ field: employees, op: gte, value: 100000 }'));
    expect(none.dataQuality.find((f) => f.code === 'segment-matches-none')).toMatchObject({ count: 3, sla: 'first-touch' });
    expect(none.dataQuality.some((f) => f.code === 'condition-field-not-in-export')).toBe(false);
    const some = await both(contractWith('{ field: employees, op: gte, value: 1000 }'));
    expect(some.slas[0]).toMatchObject({ met: 1, breached: 1, excluded: 1 });
    expect(some.dataQuality.some((f) => f.code === 'segment-matches-none' || f.code === 'condition-field-not-in-export')).toBe(false);
  });
});
