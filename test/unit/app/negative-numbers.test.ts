/**
 * Attempts below zero or in fractions, and a deal worth less than nothing, are CRM slips:
 * read as they were, -5000 lowered the pipeline sum (a report showed "-€4,900") and -3
 * attempts counted towards a cadence. Such a row is rejected with a reason that names the
 * cell, by both engines alike, and said in the report's language.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../../src/cli/main.js';
import type { ComplianceReport } from '../../../src/engine/types.js';
import { REPO_ROOT } from '../../helpers/paths.js';

const dir = mkdtempSync(join(tmpdir(), 'revpact-negative-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const CONTRACT = join(REPO_ROOT, 'contracts/b2b-saas.yaml');
const LEADS = join(dir, 'leads.csv');
const day = (h: number) => `2026-10-05T${String(h).padStart(2, '0')}:00:00+02:00`;
writeFileSync(
  LEADS,
  [
    'id,createdAt,mqlAt,attempts,dealAmount,opportunityAt',
    `A,${day(9)},${day(10)},-3,100,${day(12)}`,
    `B,${day(9)},${day(10)},2.5,100,${day(12)}`,
    `C,${day(9)},${day(10)},4,-5000,${day(12)}`,
    `D,${day(9)},${day(10)},0,1200.50,${day(12)}`,
    `E,${day(9)},${day(10)},,0,${day(12)}`,
  ].join('\n') + '\n',
);

async function check(engine: 'streaming' | 'duckdb', format = 'json', locale = 'en'): Promise<string> {
  let out = '';
  let err = '';
  const args = ['check', CONTRACT, '--leads', LEADS, '--mapping', 'canonical', '--period', '2026-10', '--as-of', '2026-11-02T09:00:00+01:00'];
  const code = await run([...args, '--format', format, '--engine', engine, '--locale', locale, '--quiet'], {
    stdout: (t) => void (out += t),
    stderr: (t) => void (err += t),
    cwd: dir,
    env: {},
    stderrIsTTY: false,
    stdoutIsTTY: false,
  });
  expect(code, err).toBe(0);
  return out;
}

describe('negative attempts and deal amounts', () => {
  it('reject the row with a reason naming the cell, on both engines alike', async () => {
    const [streaming, duckdb] = (await Promise.all([check('streaming'), check('duckdb')])).map((t) => JSON.parse(t) as ComplianceReport);
    expect(duckdb!.input.rejections).toEqual(streaming!.input.rejections);
    expect(streaming!.input.rejections.map((r) => r.reason)).toEqual([
      'not a number of attempts "-3" in column "attempts" (expected a whole number, 0 or more)',
      'not a number of attempts "2.5" in column "attempts" (expected a whole number, 0 or more)',
      'negative deal amount "-5000" in column "dealAmount" (a deal is worth 0 or more)',
    ]);
    expect(streaming!.input).toMatchObject({ evaluated: 2, rejected: 3 });
    // The pipeline sums D and E only: 1,200.50, not 1,200.50 + 100 + 100 − 5,000.
    expect(streaming!.commitments.find((c) => c.id === 'pipeline')?.actual).toBe(1200.5);
    expect(duckdb!.commitments.find((c) => c.id === 'pipeline')?.actual).toBe(1200.5);
  });

  it('are said in the report language', async () => {
    const text = await check('streaming', 'text', 'pt');
    expect(text).toContain('"-3" na coluna "attempts" não é um número de tentativas (esperava-se um número inteiro, 0 ou mais)');
    expect(text).toContain('valor de negócio negativo "-5000" na coluna "dealAmount" (um negócio vale 0 ou mais)');
  });
});
