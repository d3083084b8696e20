/**
 * Issue 13, item 16: leads whose clock starts outside the period used to vanish from the
 * report while `evaluated` counted them. The report now says where every evaluated lead's
 * dates fall, and per SLA how many clocks started before and after the period.
 */
import { describe, expect, it } from 'vitest';
import { lead, rulesOf, run } from './fixtures.js';

const rules = rulesOf();

describe('leads outside the period', () => {
  it('are counted in the input by where their dates fall, and per SLA by where the clock started', async () => {
    const { report } = await run(
      rules,
      [
        // In October: counted in the SLAs as usual.
        lead('IN', { createdAt: '2026-10-02T09:00', mqlAt: '2026-10-02T10:00', firstTouchAt: '2026-10-02T10:20' }),
        // MQL in September, touched in October: a date in the period, but the clock started before it.
        lead('SEP', { createdAt: '2026-09-20T09:00', mqlAt: '2026-09-30T17:00', firstTouchAt: '2026-10-01T09:10' }),
        // Every date in August: before the period.
        lead('AUG', { createdAt: '2026-08-03T09:00', mqlAt: '2026-08-03T10:00', firstTouchAt: '2026-08-03T10:30' }),
        // Every date in November: after it.
        lead('NOV', { createdAt: '2026-11-03T09:00', mqlAt: '2026-11-03T10:00' }),
        // No date at all.
        lead('NONE', { owner: 'ana' }),
      ],
      { asOf: '2026-11-10T09:00' },
    );
    expect(report.input.evaluated).toBe(5);
    expect(report.input.leads).toEqual({ inPeriod: 2, before: 1, after: 1, undated: 1 });
    const ft = report.slas.find((s) => s.id === 'first-touch');
    expect(ft).toMatchObject({ met: 1, breached: 0, pending: 0, excluded: 0, outsidePeriod: { before: 2, after: 1 } });
    // Counted whatever the segment: the accept SLA (ES/PT only) sees the same clocks start outside.
    expect(report.slas.find((s) => s.id === 'accept')?.outsidePeriod).toEqual({ before: 2, after: 1 });
  });
});
