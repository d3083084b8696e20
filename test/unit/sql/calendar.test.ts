/**
 * The SQL engines' calendar table against the streaming engine's clock: the same business
 * minutes and due instants on ordinary weeks, weekends, holidays (explicit and regional)
 * and both DST changes, because the intervals are the clock's days as rows.
 */
import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import type { RuleCalendar } from '../../../src/compiler/ir.js';
import { createBusinessClock } from '../../../src/engine/calendar.js';
import { resolveCalendar } from '../../../src/engine/metrics/context.js';
import { businessMinutes, dueInstant, workingIntervals } from '../../../src/sql/calendar.js';

const h = (hh: number, mm = 0) => hh * 60 + mm;

function calendar(timezone: string, extra: Partial<RuleCalendar> = {}): RuleCalendar {
  const day: [number, number][] = [
    [h(9), h(14)],
    [h(15), h(18)],
  ];
  return {
    id: 'office',
    name: null,
    timezone,
    week: { mon: day, tue: day, wed: day, thu: day, fri: day, sat: [], sun: [] },
    holidayDates: [],
    holidayRegions: [],
    holidays: { year: 2026, dates: [] },
    minutesPerBusinessDay: 480,
    minutesPerWeek: 2400,
    ...extra,
  };
}

const at = (iso: string, zone: string) => DateTime.fromISO(iso, { zone }).toMillis();

describe('workingIntervals', () => {
  it('lays out a Madrid week: two intervals a weekday, none at the weekend', () => {
    const zone = 'Europe/Madrid';
    const rows = workingIntervals(calendar(zone), at('2026-10-05T00:00', zone), at('2026-10-11T23:59', zone));
    const local = rows.map((r) => DateTime.fromMillis(r.startMs, { zone }).toFormat('ccc HH:mm'));
    expect(local.filter((s) => s.startsWith('Sat') || s.startsWith('Sun'))).toEqual([]);
    expect(local.filter((s) => s.startsWith('Mon'))).toEqual(['Mon 09:00', 'Mon 15:00', 'Mon 09:00', 'Mon 15:00']); // the day before the range and the range's Monday
    // Running totals: each interval starts where the previous ones' business time ends.
    for (let i = 1; i < rows.length; i++) {
      const p = rows[i - 1]!;
      expect(rows[i]!.beforeMs).toBe(p.beforeMs + p.endMs - p.startMs);
    }
  });

  it('keeps wall-clock hours on the DST days (Europe/Madrid, March and October)', () => {
    const zone = 'Europe/Madrid';
    const cal = calendar(zone, { week: { ...calendar(zone).week, sun: [[h(1), h(5)]] } });
    const rows = workingIntervals(cal, at('2026-03-28T00:00', zone), at('2026-03-30T00:00', zone));
    // Sunday 29 March 2026: 02:00 → 03:00; 01:00–05:00 local is three real hours.
    const sunday = rows.find((r) => DateTime.fromMillis(r.startMs, { zone }).toISODate() === '2026-03-29')!;
    expect((sunday.endMs - sunday.startMs) / 3_600_000).toBe(3);
    const october = workingIntervals(cal, at('2026-10-24T00:00', zone), at('2026-10-26T00:00', zone));
    const fallBack = october.find((r) => DateTime.fromMillis(r.startMs, { zone }).toISODate() === '2026-10-25')!;
    expect((fallBack.endMs - fallBack.startMs) / 3_600_000).toBe(5);
  });

  it('closes explicit and regional holidays', () => {
    const zone = 'Europe/Madrid';
    const cal = calendar(zone, { holidayDates: [{ date: '2026-09-24', name: 'La Mercè' }], holidayRegions: ['ES-CT'] });
    const rows = workingIntervals(cal, at('2026-09-01T00:00', zone), at('2026-10-31T00:00', zone));
    const days = new Set(rows.map((r) => DateTime.fromMillis(r.startMs, { zone }).toISODate()));
    expect(days.has('2026-09-24')).toBe(false); // explicit
    expect(days.has('2026-09-11')).toBe(false); // Diada de Catalunya (ES-CT)
    expect(days.has('2026-10-12')).toBe(false); // Fiesta Nacional (ES)
    expect(days.has('2026-09-23')).toBe(true);
  });

  it.each([
    ['Europe/Madrid', '2026-03-20', '2026-04-10'],
    ['Europe/Madrid', '2026-10-15', '2026-11-05'],
    ['America/New_York', '2026-03-01', '2026-03-20'],
    ['America/Sao_Paulo', '2026-02-10', '2026-02-25'],
  ])('gives the clock’s minutes and due instants in %s from %s to %s', (zone, from, to) => {
    const cal = calendar(zone, {
      holidayRegions: zone === 'America/Sao_Paulo' ? ['BR-SP'] : ['ES-CT'].filter(() => zone === 'Europe/Madrid'),
      holidayDates: [{ date: '2026-03-09', name: null }],
    });
    const clock = createBusinessClock(resolveCalendar(cal));
    const fromMs = at(`${from}T00:00`, zone);
    const toMs = at(`${to}T00:00`, zone);
    const rows = workingIntervals(cal, fromMs, toMs, 10 * 480 * 60_000);
    // Instants every 97 minutes: inside and outside hours, at weekends, holidays and across the DST change.
    const instants: number[] = [];
    for (let t = fromMs; t < toMs; t += 97 * 60_000) instants.push(t);
    for (let i = 0; i < instants.length; i += 7) {
      for (let j = i; j < instants.length; j += 13) {
        expect(businessMinutes(rows, instants[i]!, instants[j]!)).toBe(clock.minutesBetween(instants[i]!, instants[j]!));
      }
      for (const goal of [0, 1, 60, 240, 480, 960, 2400])
        expect(dueInstant(rows, instants[i]!, goal), `${instants[i]} + ${goal}`).toBe(clock.addMinutes(instants[i]!, goal));
    }
  });
});
