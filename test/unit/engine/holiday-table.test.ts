/**
 * The holidays a worker thread of the streaming engine is handed (issue 17): computed by the
 * thread that starts it, as data, and taken as computed, so that the worker never loads
 * date-holidays for them. test/e2e/threads.test.ts checks the workers' side.
 */
import { describe, expect, it } from 'vitest';
import { createBusinessClock, type ResolvedCalendar } from '../../../src/engine/calendar.js';
import { holidayTable, isKnownRegion, regionHolidays, seedHolidays } from '../../../src/shared/holidays.js';

describe('holidayTable and seedHolidays', () => {
  it('tables what regionHolidays gives, once per region, leaving out codes date-holidays does not know', () => {
    const table = holidayTable(['ES-CT', 'ES-CT', 'XX-NOPE'], [2025, 2026]);
    expect(table.regions).toEqual(['ES-CT']);
    expect(table.years.map((y) => `${y.code} ${y.year}`)).toEqual(['ES-CT 2025', 'ES-CT 2026']);
    expect(table.years[1]!.holidays).toEqual(regionHolidays('ES-CT', 2026));
    expect(table.years[1]!.holidays.map((h) => h.date)).toContain('2026-09-11');
  });

  it('takes a seeded year as computed: the clock closes the days the table gives, not date-holidays', () => {
    // 1901 is a year no other test asks for; the table says Catalonia closed a Tuesday.
    seedHolidays({
      regions: ['ES-CT'],
      years: [
        { code: 'ES-CT', year: 1901, holidays: [{ date: '1901-03-05', name: 'seeded' }] },
        { code: 'ES-CT', year: 1900, holidays: [] },
      ],
    });
    expect(regionHolidays('ES-CT', 1901)).toEqual([{ date: '1901-03-05', name: 'seeded' }]);
    const day: [number, number][] = [[540, 1020]];
    const calendar: ResolvedCalendar = {
      id: 'office',
      timezone: 'UTC',
      week: { mon: day, tue: day, wed: day, thu: day, fri: day },
      holidayDates: [],
      holidayRegions: ['ES-CT'],
    };
    const clock = createBusinessClock(calendar);
    // Monday 1901-03-04 16:00 to Wednesday 10:00: an hour on Monday, Tuesday closed, an hour on Wednesday.
    expect(clock.minutesBetween(Date.parse('1901-03-04T16:00:00Z'), Date.parse('1901-03-06T10:00:00Z'))).toBe(120);
  });

  it('knows a seeded region without asking date-holidays', () => {
    seedHolidays({ regions: ['ES-CT'], years: [] });
    expect(isKnownRegion('ES-CT')).toBe(true);
  });
});
