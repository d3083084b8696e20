import { describe, expect, it } from 'vitest';
import { reasonKind } from '../../../src/engine/metrics/data-quality.js';
import { CONTRACT, lead, rulesOf, run } from './fixtures.js';

describe('data quality', async () => {
  const leads = [
    // Not a reason of the contract's closed list.
    lead('Q1', { rejectedAt: '2026-10-05T10:00', rejectionReason: 'budget' }),
    // Rejected without a reason: the contract requires one (feedbackRequired defaults to true).
    lead('Q2', { rejectedAt: '2026-10-06T10:00' }),
    // SQL two days before MQL.
    lead('Q3', { mqlAt: '2026-10-10T10:00', sqlAt: '2026-10-08T10:00' }),
    // Another spelling of no-response: fine.
    lead('Q4', { rejectedAt: '2026-10-07T10:00', rejectionReason: 'Unresponsive' }),
    // A date-only MQL on the day of creation may stand for any time that day: not out of order.
    lead('Q5', { createdAt: '2026-10-10T08:00', mqlAt: '2026-10-10', dateOnly: ['mqlAt'] }),
    // Won without an amount while the export carries amounts: counted as 0 and reported.
    lead('Q6', { wonAt: '2026-10-20T10:00' }),
    lead('Q7', { wonAt: '2026-10-21T10:00', dealAmount: 1000 }),
    // Out of the period entirely: not looked at.
    lead('Q8', { rejectedAt: '2026-09-06T10:00' }),
    // A stage the mapping left as the CRM wrote it (a HubSpot custom stage's internal id), twice; one of the kinds; and one out of the period.
    lead('S1', { mqlAt: '2026-10-11T10:00', stage: '12345678' }),
    lead('S2', { mqlAt: '2026-10-12T10:00', stage: 'Marketing Engaged' }),
    lead('S3', { mqlAt: '2026-10-13T10:00', stage: 'mql' }),
    lead('S4', { mqlAt: '2026-10-14T10:00', stage: '12345678' }),
    lead('S5', { mqlAt: '2026-09-14T10:00', stage: 'Marketing Engaged' }),
    { file: 'leads.csv', row: 40, reason: 'duplicate id "X1" (first seen at leads.csv row 3)' },
    { file: 'leads.csv', row: 41, reason: 'duplicate id "X2" (first seen at leads.csv row 4)' },
    { file: 'leads.csv', row: 42, reason: 'missing id' },
    { file: 'leads.csv', row: 43, reason: 'unparseable date "2026-13-45" in column "MQL date" (expected ISO 8601)' },
    { file: 'leads.csv', row: 44, reason: 'unparseable date "31/02/2026" in column "SQL date" (expected ISO 8601)' },
    { file: 'leads.csv', row: 45, reason: 'unparseable date "yesterday" in column "MQL date" (expected ISO 8601)' },
  ];
  const { report } = await run(rulesOf(), leads, { asOf: '2026-10-30T17:30:00+01:00' });
  const find = (code: string) => report.dataQuality.filter((f) => f.code === code);

  it('finds reasons outside the list, missing reasons and stages out of order', () => {
    expect(find('unknown-rejection-reason')).toEqual([
      {
        code: 'unknown-rejection-reason',
        severity: 'warning',
        count: 1,
        examples: ['Q1'],
        message: '1 lead rejected with a reason not in the contract\'s list ("budget")',
        detail: '"budget"',
      },
    ]);
    expect(find('missing-rejection-reason')).toMatchObject([{ count: 1, examples: ['Q2'] }]);
    expect(find('stage-order')).toMatchObject([{ count: 1, examples: ['Q3'], message: '1 lead with stage dates out of lifecycle order (sqlAt before mqlAt)' }]);
    expect(find('date-only')).toMatchObject([{ count: 1, examples: ['Q5'], severity: 'info' }]);
    expect(find('missing-deal-amount')).toMatchObject([{ count: 1, examples: ['Q6'] }]);
  });

  it('counts the leads in a stage that is none of the kinds, naming each value once', () => {
    expect(find('unknown-stage')).toEqual([
      {
        code: 'unknown-stage',
        severity: 'warning',
        count: 3,
        examples: ['S1', 'S2', 'S4'],
        message:
          '3 leads in a stage that is none of revpact\'s stages ("12345678"; "Marketing Engaged"): read as no current stage, so it is no evidence that a stage clock started; map each value to lead, mql, sal, sql, opportunity, customer, lost, recycled or disqualified in the mapping\'s values for the stage column (a HubSpot custom lifecycle stage comes as its internal id)',
        detail: '"12345678"; "Marketing Engaged"',
      },
    ]);
  });

  it('counts the leads whose value a numeric order condition cannot read, naming field and value', async () => {
    const contract = CONTRACT.replace('when: { field: country, op: in, value: [ES, PT] }', 'when: { field: employees, op: gte, value: 50 }');
    const sized = (id: string, employees: string | number) => lead(id, { mqlAt: '2026-10-05T10:00', attributes: { employees } });
    const { report } = await run(
      rulesOf(contract),
      [sized('E1', '51-200'), sized('E2', 200), sized('E3', ' many '), sized('E4', '51-200'), sized('E5', ''), sized('E6', '75')],
      { asOf: '2026-10-30T17:30:00+01:00' },
    );
    expect(report.dataQuality.filter((f) => f.code === 'not-a-number')).toEqual([
      {
        code: 'not-a-number',
        severity: 'warning',
        count: 3,
        examples: ['E1', 'E3', 'E4'],
        detail: 'employees "51-200"; employees "many"',
        message:
          '3 leads with a value that is not a number where the contract compares it with one (employees "51-200"; employees "many"): such a lead meets no gt, gte, lt or lte condition on it; write plain numbers in the CRM (no ranges, words or thousands separators) or compare with a list of values (op: in)',
      },
    ]);
    // Only E2 and E6 are in the SLA's scope: "51-200" and "many" are not 50 or more.
    const accept = report.slas.find((s) => s.id === 'accept');
    expect(accept && accept.met + accept.breached + accept.pending).toBe(2);
  });

  it('summarizes rejected rows by kind of reason, each shown by its first reason whole (issue 13, item 18)', () => {
    expect(find('rejected-rows').map((f) => [f.count, f.examples, f.message])).toEqual([
      [2, ['leads.csv:40', 'leads.csv:41'], '2 rows rejected, such as: duplicate id "X1" (first seen at leads.csv row 3)'],
      [2, ['leads.csv:43', 'leads.csv:45'], '2 rows rejected, such as: unparseable date "2026-13-45" in column "MQL date" (expected ISO 8601)'],
      [1, ['leads.csv:42'], '1 row rejected: missing id'],
      [1, ['leads.csv:44'], '1 row rejected: unparseable date "31/02/2026" in column "SQL date" (expected ISO 8601)'],
    ]);
    // The kind keeps the column, not the value: one group per column.
    expect(reasonKind('unparseable date "2026-13-45" in column "MQL date 2" (expected ISO 8601)')).toBe('unparseable date "…" in column "MQL date 2"');
    expect(reasonKind('missing key (column "Deal 1" is empty)')).toBe('missing key');
    expect(reasonKind('expected a number in "score", found a list')).toBe('expected a number in "score", found a list');
  });

  it('orders findings by severity, then code', () => {
    const rank = { error: 0, warning: 1, info: 2 };
    const keys = report.dataQuality.map((f) => rank[f.severity]);
    expect([...keys].sort()).toEqual(keys);
  });
});
