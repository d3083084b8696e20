import { describe, expect, it } from 'vitest';
import { calendars } from '../../../../src/contract/checks/calendars.js';
import { parseInterval, weeklyHours } from '../../../../src/contract/calendar-hours.js';
import { expectQuietOnValidContracts, minimalWith, shaped, where } from '../../../helpers/contracts.js';

const withHours = (hours: string) =>
  shaped(
    minimalWith(`
calendars:
  - id: office
    timezone: Europe/Madrid
    hours: ${hours}
`),
  );

describe('check: calendars', () => {
  it('stays quiet on the valid contracts', () => {
    expectQuietOnValidContracts(calendars);
  });

  it('stays quiet on split shifts, a full day up to 24:00, and weekend-only calendars', () => {
    expect(calendars.run(withHours('{ weekdays: ["09:00-14:00", "15:00-18:00"] }'))).toEqual([]);
    expect(calendars.run(withHours('{ mon: ["00:00-24:00"] }'))).toEqual([]);
    expect(calendars.run(withHours('{ weekdays: [], sat: ["10:00-14:00"] }'))).toEqual([]);
    // Touching intervals do not overlap.
    expect(calendars.run(withHours('{ weekdays: ["09:00-14:00", "14:00-18:00"] }'))).toEqual([]);
  });

  it('reports an interval that ends before it starts', () => {
    const findings = calendars.run(withHours('{ weekdays: ["18:00-09:00"] }'));
    expect(where(findings)).toEqual([
      ['invalid-calendar', '/calendars/0/hours/weekdays/0'],
      ['invalid-calendar', '/calendars/0/hours'],
    ]);
    expect(findings[0]?.message).toBe('"18:00-09:00" ends before it starts');
    expect(findings[0]?.suggest).toMatch(/past midnight is two intervals/);
    expect(findings[1]?.message).toBe('calendar "office" has no working time');
  });

  it('reports overlapping intervals at the later one, on the day they are written', () => {
    const findings = calendars.run(withHours('{ weekdays: ["09:00-18:00"], fri: ["08:00-12:00", "11:00-15:00"] }'));
    expect(where(findings)).toEqual([['invalid-calendar', '/calendars/0/hours/fri/1']]);
    expect(findings[0]?.message).toBe('"11:00-15:00" overlaps "08:00-12:00"');
  });

  it('reports a calendar with no working time at its hours key', () => {
    const findings = calendars.run(withHours('{ weekdays: [], sat: [] }'));
    expect(findings).toMatchObject([{ code: 'invalid-calendar', pointer: '/calendars/0/hours', atKey: true }]);
    expect(findings[0]?.suggest).toMatch(/weekdays: \["09:00-18:00"\]/);
  });

  it('parses intervals into minutes from midnight', () => {
    expect(parseInterval('09:00-14:30')).toEqual([540, 870]);
    expect(parseInterval('00:00-24:00')).toEqual([0, 1440]);
  });

  it('expands weekdays to Monday–Friday only, with named days overriding', () => {
    const week = weeklyHours({ weekdays: ['09:00-18:00'], fri: ['09:00-15:00'] });
    expect(week.mon).toEqual({ texts: ['09:00-18:00'], key: 'weekdays' });
    expect(week.fri).toEqual({ texts: ['09:00-15:00'], key: 'fri' });
    expect(week.sat).toEqual({ texts: [], key: 'weekdays' });
  });
});
