/**
 * Issue 13, item 15: a period with nothing to measure is "no data", never a breach. A month
 * the export does not reach, or a period before the contract's effective date, used to fail
 * the volume commitment against 0 leads (and `--fail-on breach` exited 1).
 */
import { describe, expect, it } from 'vitest';
import { CONTRACT, lead, period, rulesOf, run } from './fixtures.js';

const rules = rulesOf();
const leads = () => [
  lead('L1', { createdAt: '2026-10-02T09:00', mqlAt: '2026-10-02T10:00', firstTouchAt: '2026-10-02T10:30', owner: 'Ana' }),
  lead('L2', { createdAt: '2026-10-05T09:00', mqlAt: '2026-10-05T10:00', owner: 'Bruno', dealAmount: 100 }),
];

describe('a period with nothing to measure', () => {
  it('is no data with a warning when no lead has a date in the period', async () => {
    const { report } = await run(rules, leads(), { period: period('2026-12'), asOf: '2027-01-10T09:00' });
    expect(report.input.evaluated).toBe(2);
    expect(report.commitments.map((c) => [c.id, c.actual, c.status])).toEqual([
      ['mql-volume', null, 'no-data'],
      ['mql-to-sql', null, 'no-data'],
      ['pipeline', null, 'no-data'],
      ['revenue', null, 'no-data'],
    ]);
    expect(report.slas.every((s) => s.status === 'no-data')).toBe(true);
    expect(report.funnel.every((f) => f.status === 'no-data')).toBe(true);
    expect(report.status).toBe('no-data');
    // (The fixture leads carry none of the handoff's required fields, nor a date past mql: that is said too.)
    expect(report.dataQuality.map((f) => f.code)).toEqual([
      'handoff-fields-not-in-export',
      'no-leads-in-period',
      ...Array<string>(4).fill('stage-not-in-export'),
    ]);
    expect(report.dataQuality.find((f) => f.code === 'no-leads-in-period')).toEqual({
      code: 'no-leads-in-period',
      severity: 'warning',
      count: 2,
      message:
        '2 leads read, none with a date in the period 2026-12 (their dates run from 2026-10-02 to 2026-10-05): nothing to measure, so every SLA and commitment is "no data", not a breach; check --period against the export',
      examples: [],
      detail: '2026-12|2026-10-02 to 2026-10-05',
    });
  });

  it('says so for an empty export too', async () => {
    const { report } = await run(rules, [], { asOf: '2026-11-10T09:00' });
    expect(report.status).toBe('no-data');
    expect(report.dataQuality.map((f) => [f.code, f.message])).toEqual([
      [
        'no-leads-in-period',
        'no lead was read: nothing to measure, so every SLA and commitment is "no data", not a breach; when rows were rejected, the rejected-rows finding says why (often a --mapping that does not fit the export)',
      ],
    ]);
    // No lead says which columns the export has: none is named as missing from it.
    expect(report.handoff).toMatchObject({ leads: 0, notInExport: [], rate: null });
    expect(report.handoff?.missing.length).toBeGreaterThan(0);
  });

  it('is no data, numbers kept, when the period ends before the contract took effect', async () => {
    const late = rulesOf(CONTRACT.replace('effective: 2026-01-01', 'effective: 2026-11-01'));
    const { report } = await run(late, leads(), { period: period('2026-10'), asOf: '2026-11-10T09:00' });
    // Measured as usual (the counts say what happened) but judged against nothing.
    expect(report.commitments.find((c) => c.id === 'mql-volume')).toMatchObject({ actual: 2, status: 'no-data' });
    expect(report.slas.find((s) => s.id === 'first-touch')).toMatchObject({ met: 1, breached: 1, status: 'no-data' });
    expect(report.status).toBe('no-data');
    expect(report.dataQuality.find((f) => f.code === 'before-effective')).toEqual({
      code: 'before-effective',
      severity: 'warning',
      count: 2,
      message:
        'the period 2026-10 ends before the contract took effect on 2026-11-01 (2 leads with a date in it): nothing is measured against the contract, so every SLA and commitment is "no data"; report a period from 2026-11-01 on',
      examples: [],
      detail: '2026-10|2026-11-01',
    });
  });

  it('measures a period in which the contract takes effect whole, and says so', async () => {
    const mid = rulesOf(CONTRACT.replace('effective: 2026-01-01', 'effective: 2026-10-15'));
    const { report } = await run(mid, leads(), { period: period('2026-10'), asOf: '2026-11-10T09:00' });
    expect(report.commitments.find((c) => c.id === 'mql-volume')).toMatchObject({ actual: 2, status: 'fail' });
    expect(report.dataQuality.find((f) => f.code === 'effective-in-period')).toEqual({
      code: 'effective-in-period',
      severity: 'warning',
      count: 2,
      message:
        'the contract took effect on 2026-10-15, within the period 2026-10: all 2 leads with a date in it are measured against it, even from before that day; report a period from 2026-10-15 on, or read the days before with the version then in force',
      examples: [],
      detail: '2026-10|2026-10-15',
    });
    // In force from the period's first day, or only after it: no such warning.
    for (const effective of ['2026-10-01', '2026-11-01'])
      expect(
        (
          await run(rulesOf(CONTRACT.replace('effective: 2026-01-01', `effective: ${effective}`)), leads(), {
            period: period('2026-10'),
            asOf: '2026-11-10T09:00',
          })
        ).report.dataQuality.some((f) => f.code === 'effective-in-period'),
      ).toBe(false);
  });

  it('measures a period with leads as before: a volume short of its goal still fails', async () => {
    const { report } = await run(rules, leads(), { period: period('2026-10'), asOf: '2026-11-10T09:00' });
    expect(report.commitments.find((c) => c.id === 'mql-volume')).toMatchObject({ actual: 2, status: 'fail' });
    expect(report.dataQuality.some((f) => f.code === 'no-leads-in-period' || f.code === 'before-effective')).toBe(false);
  });
});
