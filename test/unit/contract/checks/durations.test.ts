import { describe, expect, it } from 'vitest';
import { durations } from '../../../../src/contract/checks/durations.js';
import { expectQuietOnValidContracts, minimalWith, shaped, where } from '../../../helpers/contracts.js';

const CALENDAR = `
calendars:
  - { id: office, timezone: Europe/Madrid, hours: { weekdays: ["09:00-18:00"] } }`;

const sla = (fields: string, calendar = true) =>
  shaped(minimalWith(`slas:\n  - { id: s, owner: sales, start: mql, stop: first-touch, target: 90%, ${fields} }${calendar ? CALENDAR : ''}`));

describe('check: durations', () => {
  it('stays quiet on the valid contracts', () => {
    expectQuietOnValidContracts(durations);
  });

  it('stays quiet on business units with a calendar and calendar units without one', () => {
    expect(durations.run(sla('goal: 2bd'))).toEqual([]);
    expect(durations.run(sla('goal: 1.5bh, clock: business'))).toEqual([]);
    expect(durations.run(sla('goal: 4h, clock: business'))).toEqual([]);
    expect(durations.run(sla('goal: 3d', false))).toEqual([]);
    expect(durations.run(sla('goal: 90m, clock: calendar', false))).toEqual([]);
  });

  it('reports a zero goal', () => {
    const findings = durations.run(sla('goal: 0h'));
    expect(where(findings)).toEqual([['invalid-duration', '/slas/0/goal']]);
    expect(findings[0]?.message).toBe('a goal of zero can never be met');
  });

  it('reports a goal longer than a year, in any unit, and a year itself is allowed (a goal of 1000000000bh froze due)', () => {
    for (const goal of ['1000000000bh', '367bd', '8785h', '54w', '527041m'])
      expect(where(durations.run(sla(`goal: ${goal}${goal.endsWith('bh') || goal.endsWith('bd') ? '' : ', clock: calendar'}`))), goal).toEqual([
        ['invalid-duration', '/slas/0/goal'],
      ]);
    expect(durations.run(sla('goal: 366bd'))).toEqual([]);
    expect(durations.run(sla('goal: 52w, clock: calendar'))).toEqual([]);
    expect(durations.run(sla('goal: 1000000000bh'))[0]?.suggest).toBe('give the time actually allowed, at most 8784bh, e.g. 2bd');
    const span = durations.run(shaped(minimalWith(`followUp: { minAttempts: 3, minSpan: 400d }`)));
    expect(where(span)).toEqual([['invalid-duration', '/followUp/minSpan']]);
  });

  it('reports business units on the calendar clock', () => {
    const findings = durations.run(sla('goal: 4bh, clock: calendar'));
    expect(where(findings)).toEqual([['invalid-duration', '/slas/0/goal']]);
    expect(findings[0]?.message).toBe('"4bh" is in business units but the SLA runs on the calendar clock');
  });

  it('reports business time without any calendar, at the goal or at the clock that asks for it', () => {
    const byUnit = durations.run(sla('goal: 2bd', false));
    expect(where(byUnit)).toEqual([['unresolved-reference', '/slas/0/goal']]);
    expect(byUnit[0]?.message).toBe('SLA "s" is measured in business time but the contract has no calendars');
    expect(where(durations.run(sla('goal: 4h, clock: business', false)))).toEqual([['unresolved-reference', '/slas/0/clock']]);
  });

  it('reports a follow-up span in business days without any calendar', () => {
    const contract = shaped(minimalWith('followUp: { minAttempts: 6, minSpan: 10bd }'));
    const findings = durations.run(contract);
    expect(where(findings)).toEqual([['unresolved-reference', '/followUp/minSpan']]);
    expect(durations.run(shaped(minimalWith('followUp: { minAttempts: 6, minSpan: 14d }')))).toEqual([]);
    expect(durations.run(shaped(minimalWith(`followUp: { minAttempts: 6, minSpan: 10bd }${CALENDAR}`)))).toEqual([]);
  });

  it('asks for business days or hours instead of days or weeks on the business clock', () => {
    const days = durations.run(sla('goal: 3d, clock: business'));
    expect(where(days)).toEqual([['invalid-duration', '/slas/0/goal']]);
    expect(days[0]?.suggest).toBe('write business days (3bd) or hours (bh)');
    expect(durations.run(sla('goal: 2w, clock: business'))[0]?.suggest).toBe('write business days (10bd) or hours (bh)');
  });

  it('refuses business units in score decay and meetings, which run on calendar time', () => {
    const contract = shaped(
      minimalWith(`
qualification:
  scoring:
    rules: [{ id: r, category: fit, when: { field: a, op: exists }, points: 1 }]
    decay: { every: 20bd, by: 10% }
reporting:
  meetings:
    - { id: sync, name: Sync, cadence: weekly, duration: 1bh }
    - { id: offsite, name: Offsite, cadence: quarterly, duration: 2d }
    - { id: review, name: Review, cadence: monthly, duration: 90m }
${CALENDAR}`),
    );
    const findings = durations.run(contract);
    expect(where(findings)).toEqual([
      ['invalid-duration', '/qualification/scoring/decay/every'],
      ['invalid-duration', '/reporting/meetings/0/duration'],
      ['invalid-duration', '/reporting/meetings/1/duration'],
    ]);
    expect(findings[0]).toMatchObject({ message: 'score decay is measured in calendar time, not in business units', suggest: 'write it in m, h, d or w' });
    expect(findings[1]?.suggest).toBe('write it in m or h');
  });

  it('refuses a meeting of zero minutes or hours, which has no length', () => {
    const meetings = shaped(
      minimalWith(`
reporting:
  meetings:
    - { id: sync, name: Sync, cadence: weekly, duration: 0m }
    - { id: review, name: Review, cadence: monthly, duration: 0h }
    - { id: open, name: Open-ended, cadence: monthly }`),
    );
    expect(durations.run(meetings)).toEqual([
      {
        code: 'invalid-duration',
        pointer: '/reporting/meetings/0/duration',
        message: 'a meeting of "0m" has no length',
        suggest: 'give its length, e.g. 45m',
      },
      {
        code: 'invalid-duration',
        pointer: '/reporting/meetings/1/duration',
        message: 'a meeting of "0h" has no length',
        suggest: 'give its length, e.g. 45m',
      },
    ]);
  });

  it('checks when a rejected lead goes back to sales', () => {
    const reasons = (after: string, calendar: boolean) =>
      shaped(minimalWith(`recycling:\n  reasons: [{ id: later, label: Later, destination: sales-later${after} }]${calendar ? CALENDAR : ''}`));
    expect(durations.run(reasons(', after: 90d', false))).toEqual([]);
    expect(durations.run(reasons(', after: 20bd', true))).toEqual([]);
    expect(where(durations.run(reasons(', after: 20bd', false)))).toEqual([['unresolved-reference', '/recycling/reasons/0/after']]);
    const missing = durations.run(reasons('', true));
    expect(missing).toMatchObject([{ code: 'missing-field', pointer: '/recycling/reasons/0', atKey: true }]);
    expect(missing[0]?.message).toBe('reason "later" sends leads back to sales later, but says not when');
  });
});
