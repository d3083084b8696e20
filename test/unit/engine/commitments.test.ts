/**
 * Commitments of the fixture contract: mql-volume ≥ 10 MQLs a month; mql-to-sql ≥ 40%;
 * pipeline ≥ 50,000 a quarter (opportunity stage); revenue ≥ 20,000 a month.
 */
import { describe, expect, it } from 'vitest';
import { goalScale } from '../../../src/engine/metrics/commitments.js';
import { parsePeriod, type Period } from '../../../src/engine/period.js';
import { lead, period, rulesOf, run, ZONE } from './fixtures.js';

const rules = rulesOf();

function range(from: string, to: string): Period {
  const r = parsePeriod({ from, to }, ZONE);
  if (!r.ok) throw new Error(r.message);
  return r.value;
}

describe('commitments over a quarter (2026-Q4, as of 2027-01-10)', async () => {
  const leads = [
    // MQL, SQL, opportunity (30,000) and won, all in Q4.
    lead('C1', { mqlAt: '2026-10-05T10:00', sqlAt: '2026-10-10T10:00', opportunityAt: '2026-10-20T10:00', wonAt: '2026-11-15T10:00', dealAmount: 30000 }),
    // Skips SQL straight to opportunity (25,000): a conversion to SQL all the same.
    lead('C2', { mqlAt: '2026-11-03T10:00', opportunityAt: '2026-11-10T10:00', dealAmount: 25000 }),
    // Lost: an exit, not a later stage.
    lead('C3', { mqlAt: '2026-12-01T10:00', lostAt: '2026-12-05T10:00' }),
    lead('C4', { mqlAt: '2026-12-20T10:00' }),
    // MQL in Q3, won in Q4 (40,000): revenue of Q4, not an MQL of Q4.
    lead('C5', { mqlAt: '2026-09-28T10:00', sqlAt: '2026-10-02T10:00', wonAt: '2026-12-10T10:00', dealAmount: 40000 }),
    // SQL after as-of: not converted yet.
    lead('C6', { mqlAt: '2026-12-30T10:00', sqlAt: '2027-01-20T10:00' }),
  ];
  const { report } = await run(rules, leads, { period: period('2026-Q4'), asOf: '2027-01-10T12:00:00+01:00' });
  const byId = Object.fromEntries(report.commitments.map((c) => [c.id, c]));

  it('scales a monthly goal ×3 and keeps a quarterly one', () => {
    // MQLs in Q4: C1 C2 C3 C4 C6 = 5 < 10 × 3 = 30: fail.
    expect(byId['mql-volume']).toMatchObject({
      kind: 'volume',
      actual: 5,
      goal: 30,
      unit: 'leads',
      status: 'fail',
      goalScaling: { method: 'multiple', factor: 3, stated: 10 },
    });
    // Opportunities entered in Q4: C1 30,000 + C2 25,000 = 55,000 ≥ 50,000: pass.
    expect(byId.pipeline).toMatchObject({ actual: 55000, goal: 50000, unit: 'money', status: 'pass', goalScaling: { method: 'same', factor: 1 } });
    // Won in Q4: C1 30,000 + C5 40,000 = 70,000 ≥ 20,000 × 3: pass.
    expect(byId.revenue).toMatchObject({ actual: 70000, goal: 60000, status: 'pass' });
  });

  it('measures conversion on the cohort, skipped stages counting as passed', () => {
    // Cohort C1 C2 C3 C4 C6; converted C1 (SQL) and C2 (opportunity, skipping SQL) → 2/5 = 40% ≥ 40%: pass.
    expect(byId['mql-to-sql']).toMatchObject({ actual: 0.4, goal: 0.4, base: 5, unit: 'ratio', status: 'pass', goalScaling: { method: 'ratio', factor: 1 } });
    expect(report.status).toBe('fail');
  });
});

describe('commitment goals for other periods', () => {
  it('prorates by days for custom ranges and weeks', () => {
    // 10 days of a 31-day month.
    expect(goalScale('month', range('2026-10-01', '2026-10-10'))).toMatchObject({ method: 'prorated-days', factor: 10 / 31 });
    // 10 days of a 92-day quarter.
    expect(goalScale('quarter', range('2026-10-01', '2026-10-10')).factor).toBeCloseTo(10 / 92, 12);
    // ISO week 44 (Mon 10-26 to Sun 11-01): 6 days of October, 1 of November; the 25-hour day is still one day.
    expect(goalScale('month', period('2026-W44')).factor).toBeCloseTo(6 / 31 + 1 / 30, 12);
    expect(goalScale('month', period('2026-W41')).note).toBe('monthly goal prorated by days: the report covers 7 days (× 0.2258)');
    // A month of a weekly goal: 31 of 7 days per week.
    expect(goalScale('week', period('2026-10')).factor).toBeCloseTo(31 / 7, 12);
  });

  it('uses whole ratios between calendar periods', () => {
    expect(goalScale('month', period('2026-Q3'))).toMatchObject({ factor: 3, method: 'multiple', note: 'monthly goal × 3 for a quarter' });
    expect(goalScale('quarter', period('2026-10'))).toMatchObject({ factor: 1 / 3, note: 'quarterly goal × 1/3 for a month' });
    expect(goalScale('year', period('2026-H1')).factor).toBe(0.5);
    expect(goalScale('month', period('2026'))).toMatchObject({ factor: 12 });
  });

  it('reports a custom range goal with its scaling', async () => {
    const { report } = await run(rules, [lead('R1', { mqlAt: '2026-10-02T10:00' }), lead('R2', { mqlAt: '2026-10-20T10:00' })], {
      period: range('2026-10-01', '2026-10-10'),
      asOf: '2026-10-30T12:00:00+01:00',
    });
    // 10 × 10/31 = 3.23 MQLs; R1 only (R2 is outside the range).
    expect(report.commitments[0]).toMatchObject({ actual: 1, goal: 3.23, status: 'fail', goalScaling: { method: 'prorated-days' } });
  });

  it('is no-data when the export cannot measure it at all', async () => {
    // No lead has a deal amount, an opportunity or a won date: nothing to compare.
    const { report } = await run(rules, [lead('D1', { mqlAt: '2026-10-02T10:00' })], { asOf: '2026-10-30T12:00:00+01:00' });
    const byId = Object.fromEntries(report.commitments.map((c) => [c.id, c]));
    expect(byId.pipeline).toMatchObject({ actual: null, status: 'no-data' });
    expect(byId.revenue).toMatchObject({ actual: null, status: 'no-data' });
    expect(byId['mql-to-sql']).toMatchObject({ actual: null, base: 1, status: 'no-data' });
    expect(byId['mql-volume']).toMatchObject({ actual: 1, status: 'fail' });
  });
});
