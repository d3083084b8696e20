/**
 * The monthly report's one pass (issue 15, item 3): `measure` with `seriesOver` measures
 * the reported month in full and the 12 months ending with it as a series, from one read
 * of the data. The series' last month is the month's own report, number for number, and
 * every other month is the report `measure` gives for that month alone.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContract } from '../../../src/app/contract.js';
import { leadDataOf } from '../../../src/app/lead-data.js';
import { measure } from '../../../src/app/measure.js';
import type { RulesIR } from '../../../src/compiler/ir.js';
import { monthsEndingWith, parsePeriod, type Period } from '../../../src/engine/period.js';
import { seriesNumbers } from '../../../src/engine/series.js';
import { presetMapping } from '../../../src/leads/mapping/parse.js';
import { generateExport } from '../../helpers/gen.js';
import { REPO_ROOT } from '../../helpers/paths.js';

const ZONE = 'Europe/Madrid';
const AS_OF = Date.parse('2026-11-02T08:00:00+01:00');
const dir = mkdtempSync(join(tmpdir(), 'revpact-monthly-trend-'));
const file = join(dir, 'contacts.csv');
let rules: RulesIR;

beforeAll(() => {
  generateExport(file, { rows: 500, format: 'hubspot', seed: 7, from: '2026-06-10', days: 140 });
  const loaded = loadContract('b2b-saas.yaml', readFileSync(join(REPO_ROOT, 'contracts', 'b2b-saas.yaml')));
  if (!loaded.ok) throw new Error('contract does not load');
  rules = loaded.value.rules;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const data = () => ({
  kind: 'data' as const,
  data: leadDataOf([{ path: file, display: 'contacts.csv' }], { mapping: presetMapping('hubspot'), name: 'hubspot' }),
});

function month(label: string): Period {
  const r = parsePeriod({ period: label }, ZONE);
  if (!r.ok) throw new Error(r.message);
  return r.value;
}

describe('measure with seriesOver', () => {
  it('gives the month’s full report and the 12 months ending with it, the last being the month’s own numbers', async () => {
    const oct = month('2026-10');
    const withTrend = await measure(rules, data(), 'streaming', { period: oct, asOfMs: AS_OF, every: 'month', seriesOver: monthsEndingWith(oct, 12) });
    const alone = await measure(rules, data(), 'streaming', { period: oct, asOfMs: AS_OF });
    const { series, ...report } = withTrend;
    // The month's report is the report without a trend: worst offenders, breakdowns and all.
    expect(report).toEqual(alone);
    expect(series?.periods.map((p) => p.label)).toEqual(
      Array.from({ length: 12 }, (_, i) => `${i < 2 ? 2025 : 2026}-${String(((i + 10) % 12) + 1).padStart(2, '0')}`),
    );
    const last = series?.periods.at(-1);
    expect(last).toMatchObject({ label: '2026-10', partial: false, future: false, ...seriesNumbers(alone) });
    // Two other months, each as measured alone.
    for (const label of ['2026-07', '2026-09']) {
      const own = await measure(rules, data(), 'streaming', { period: month(label), asOfMs: AS_OF });
      expect(series?.periods.find((p) => p.label === label)).toMatchObject({ ...seriesNumbers(own) });
    }
  });
});
