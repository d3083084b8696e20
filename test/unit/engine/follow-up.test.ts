/**
 * Follow-up cadence of the fixture contract: at least 3 attempts over at least 2 business
 * days (2 × 480 = 960 business minutes on the Madrid calendar) before giving up with
 * reason no-response (also spelled "No response" or "unresponsive" in the export).
 */
import { describe, expect, it } from 'vitest';
import { lead, rulesOf, run } from './fixtures.js';

describe('follow-up cadence', async () => {
  const leads = [
    // 4 attempts, Mon 10-05 10:00 → Wed 10-07 10:00: Mon 240 + 180, Tue 480, Wed 60 = 960 ≥ 960: compliant.
    lead('U1', {
      rejectedAt: '2026-10-20T10:00',
      rejectionReason: 'no-response',
      attempts: 4,
      firstTouchAt: '2026-10-05T10:00',
      lastAttemptAt: '2026-10-07T10:00',
    }),
    // Only 2 attempts (span Mon 10:00 → Fri 10:00 = 420 + 480 × 3 + 60 = 1920): violation.
    lead('U2', {
      disqualifiedAt: '2026-10-21T10:00',
      rejectionReason: 'Unresponsive',
      attempts: 2,
      firstTouchAt: '2026-10-05T10:00',
      lastAttemptAt: '2026-10-09T10:00',
    }),
    // 5 attempts but Fri 10-09 17:00 → Tue 10-13 10:00 across the Monday holiday: 60 + 0 + 60 = 120 < 960: violation.
    lead('U3', {
      rejectedAt: '2026-10-22T10:00',
      rejectionReason: 'No response',
      attempts: 5,
      firstTouchAt: '2026-10-09T17:00',
      lastAttemptAt: '2026-10-13T10:00',
    }),
    // Another reason: not a give-up for lack of response.
    lead('U4', { rejectedAt: '2026-10-22T10:00', rejectionReason: 'bad-fit', attempts: 1 }),
    // Gave up in September: not this period.
    lead('U5', { rejectedAt: '2026-09-20T10:00', rejectionReason: 'no-response', attempts: 1 }),
    // Nothing to show the cadence: violation.
    lead('U6', { rejectedAt: '2026-10-23T10:00', rejectionReason: 'no-response' }),
  ];
  const { report } = await run(rulesOf(), leads, { asOf: '2026-10-30T17:30:00+01:00' });

  it('checks attempts and span of every lead given up for no response', () => {
    expect(report.followUp).toEqual({
      checked: 4,
      compliant: 1,
      violations: 3,
      rate: 0.25,
      minAttempts: 3,
      minSpanMinutes: 960,
      minSpan: '2bd',
      // Worst first: unknown attempts, then fewest attempts.
      worst: [
        { leadId: 'U6', attempts: null, spanMinutes: null },
        { leadId: 'U2', attempts: 2, spanMinutes: 1920 },
        { leadId: 'U3', attempts: 5, spanMinutes: 120 },
      ],
    });
  });
});
