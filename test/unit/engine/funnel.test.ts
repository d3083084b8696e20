/**
 * Funnel of the fixture contract: lead → mql → accepted → sql → opportunity → customer,
 * plus the targets mql → sql (50%) and sql → customer (1 in 4). October 2026, as of 10-30.
 */
import { describe, expect, it } from 'vitest';
import { lead, rulesOf, run } from './fixtures.js';

describe('funnel', async () => {
  const leads = [
    lead('F1', { mqlAt: '2026-10-02T10:00', salAt: '2026-10-03T10:00', sqlAt: '2026-10-05T10:00' }),
    // Skips "accepted": passed all the same.
    lead('F2', { mqlAt: '2026-10-04T10:00', sqlAt: '2026-10-08T10:00' }),
    lead('F3', { mqlAt: '2026-10-06T10:00', disqualifiedAt: '2026-10-07T10:00' }),
    lead('F4', { mqlAt: '2026-10-09T10:00', salAt: '2026-10-10T10:00', recycledAt: '2026-10-20T10:00' }),
    lead('F5', { mqlAt: '2026-10-12T10:00' }),
    // SQL after as-of: still open.
    lead('F6', { mqlAt: '2026-10-14T10:00', sqlAt: '2026-11-05T10:00' }),
    // MQL in September: only in the later steps' cohorts.
    lead('F7', { mqlAt: '2026-09-20T10:00', sqlAt: '2026-10-01T10:00', opportunityAt: '2026-10-03T10:00', wonAt: '2026-10-25T10:00' }),
    // Reached SQL, then lost: converted (for mql → sql), exited (for sql → opportunity).
    lead('F8', { mqlAt: '2026-10-15T10:00', sqlAt: '2026-10-18T10:00', lostAt: '2026-10-20T10:00' }),
  ];
  const { report } = await run(rulesOf(), leads, { asOf: '2026-10-30T17:30:00+01:00' });
  const step = (from: string, to: string) => report.funnel.find((r) => r.from === from && r.to === to);

  it('lists consecutive lifecycle steps, then the target pairs', () => {
    expect(report.funnel.map((r) => `${r.from}>${r.to}`)).toEqual([
      'lead>mql',
      'mql>accepted',
      'accepted>sql',
      'sql>opportunity',
      'opportunity>customer',
      'mql>sql',
      'sql>customer',
    ]);
  });

  it('counts entered, converted, exited and open per step', () => {
    // Cohort of October MQLs: F1–F6, F8 = 7. Converted: F1, F4 (accepted), F2, F8 (SQL, later) = 4.
    // Exited: F3 (disqualified). Open: F5, F6 (its SQL is after as-of).
    expect(step('mql', 'accepted')).toEqual({
      from: 'mql',
      to: 'accepted',
      entered: 7,
      converted: 4,
      exited: 1,
      open: 2,
      rate: 4 / 7,
      target: null,
      status: 'no-data',
    });
    // Accepted in October: F1 (→ SQL), F4 (recycled).
    expect(step('accepted', 'sql')).toMatchObject({ entered: 2, converted: 1, exited: 1, open: 0 });
    // Converted F1 F2 F8; exited F3 F4; open F5 F6 → 3/7 = 42.9% < 50%: fail.
    expect(step('mql', 'sql')).toEqual({ from: 'mql', to: 'sql', entered: 7, converted: 3, exited: 2, open: 2, rate: 3 / 7, target: 0.5, status: 'fail' });
    // SQLs in October: F1 F2 F7 F8. F7 reached opportunity; F8 lost.
    expect(step('sql', 'opportunity')).toMatchObject({ entered: 4, converted: 1, exited: 1, open: 2 });
    // F7 won: 1/4 = 25% ≥ 1 in 4: pass.
    expect(step('sql', 'customer')).toMatchObject({ entered: 4, converted: 1, exited: 1, open: 2, rate: 0.25, target: 0.25, status: 'pass' });
    expect(step('lead', 'mql')).toMatchObject({ entered: 0, rate: null, status: 'no-data' });
  });
});
