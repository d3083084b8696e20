/**
 * An SLA whose stop event no lead of the export has (a mapping that leaves the first-touch
 * column out, an export without recycling dates) used to fail with every lead breached or
 * open, and `due` listed them all as due. The engine now says so in a warning that names the
 * missing field, its numbers as read; whether the SLA is measured at all depends on the
 * export's columns and is decided by `measure` (test/unit/app/unmeasured.test.ts). One lead
 * anywhere in the export with the event is enough for the warning to go.
 */
import { describe, expect, it } from 'vitest';
import { lead, rulesOf, run } from './fixtures.js';

const AS_OF = { asOf: '2026-10-30T17:30:00+01:00' };

describe('an SLA whose stop event is in no lead of the export', async () => {
  const leads = [
    lead('S1', { mqlAt: '2026-10-05T10:00', salAt: '2026-10-05T12:00', attributes: { country: 'ES' } }),
    lead('S2', { mqlAt: '2026-10-06T10:00', attributes: { country: 'ES' } }),
    lead('S3', { mqlAt: '2026-10-07T10:00', attributes: { country: 'PT' } }),
  ];
  const { report, rows } = await run(rulesOf(), leads, AS_OF);
  const sla = (id: string) => report.slas.find((s) => s.id === id);

  it('keeps the numbers as read (measure decides, knowing the columns)', () => {
    expect(sla('first-touch')).toMatchObject({ status: 'fail', attainment: 0, breached: 3, met: 0, pending: 0 });
    // The other SLA has its stop (S1 was accepted) and is measured as before.
    expect(sla('accept')).toMatchObject({ status: 'fail', met: 1, breached: 2 });
    expect(report.status).toBe('fail');
  });

  it('is said in a warning that names the SLA and the missing field', () => {
    expect(report.dataQuality.find((f) => f.code === 'sla-stop-not-in-export')).toEqual({
      code: 'sla-stop-not-in-export',
      severity: 'warning',
      count: 3,
      message:
        'SLA first-touch is not measured: no lead of the export has firstTouchAt, the event that stops its clock, so its 3 leads would all look late or open; map the column that holds it (--mapping) or add it to the export',
      examples: [],
      sla: 'first-touch',
      detail: 'first-touch|firstTouchAt',
    });
  });

  it('keeps its per-lead verdicts as read (the report says why they mean nothing)', () => {
    expect(rows.filter((r) => r.ruleId === 'first-touch').map((r) => r.verdict)).toEqual(['breached', 'breached', 'breached']);
  });
});

describe('an SLA with several stop events, none in any lead', async () => {
  const { report } = await run(rulesOf(), [lead('A1', { mqlAt: '2026-10-05T10:00', firstTouchAt: '2026-10-05T10:30', attributes: { country: 'ES' } })], AS_OF);

  it('names them all, and the first-touch SLA, whose stop is there, is measured', () => {
    const finding = report.dataQuality.find((f) => f.code === 'sla-stop-not-in-export');
    expect(finding?.sla).toBe('accept');
    expect(finding?.message).toMatch(
      /^SLA accept is not measured: no lead of the export has salAt or rejectedAt, the event that stops its clock, so its lead would look late or open; map the column that holds one/,
    );
    expect(report.slas.map((s) => s.status)).toEqual(['pass', 'fail']);
  });
});

describe('a stop event that only a lead outside the period has', async () => {
  const leads = [
    lead('P1', { mqlAt: '2026-10-05T10:00', attributes: { country: 'ES' } }),
    // September: not in October's cohort, but it shows the export carries first touches.
    lead('P2', { mqlAt: '2026-09-07T10:00', firstTouchAt: '2026-09-07T10:20', salAt: '2026-09-07T11:00', attributes: { country: 'ES' } }),
  ];
  const { report } = await run(rulesOf(), leads, AS_OF);

  it('makes the SLA measured: a lead without a first touch is a breach again', () => {
    expect(report.slas.find((s) => s.id === 'first-touch')).toMatchObject({ status: 'fail', breached: 1, attainment: 0 });
    expect(report.dataQuality.map((f) => f.code)).not.toContain('sla-stop-not-in-export');
  });
});
