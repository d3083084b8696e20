import { describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import { createBusinessClock, workingMinutesPerDay, type ResolvedCalendar, type Weekday } from '../../src/engine/calendar.js';

// Instants are written with the offset in force locally, so every expected value can be
// checked against a wall clock: Madrid is +01:00 in winter and +02:00 in summer, New York
// -05:00 and -04:00.
const at = (iso: string): number => {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw new Error(`bad test instant ${iso}`);
  return ms;
};

const WORKWEEK: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri'];
const ALL_DAYS: Weekday[] = [...WORKWEEK, 'sat', 'sun'];

function calendar(id: string, timezone: string, days: Weekday[], intervals: Array<[number, number]>, extra: Partial<ResolvedCalendar> = {}): ResolvedCalendar {
  return { id, timezone, week: Object.fromEntries(days.map((d) => [d, intervals])), holidayDates: [], holidayRegions: [], ...extra };
}

/** Mon–Fri 09:00–14:00 + 15:00–18:00: 300 + 180 = 480 minutes a day. */
const MADRID = calendar('madrid', 'Europe/Madrid', WORKWEEK, [
  [540, 840],
  [900, 1080],
]);
/** Mon–Fri 09:00–17:00. */
const NEW_YORK = calendar('ny', 'America/New_York', WORKWEEK, [[540, 1020]]);
const MADRID_24_7 = calendar('always-madrid', 'Europe/Madrid', ALL_DAYS, [[0, 1440]]);
const NEW_YORK_24_7 = calendar('always-ny', 'America/New_York', ALL_DAYS, [[0, 1440]]);
/** Sundays 01:00–04:00 local: the Madrid transitions happen at 02:00 (spring) and 03:00 (autumn) on a Sunday. */
const SUNDAY_NIGHT = calendar('night', 'Europe/Madrid', ['sun'], [[60, 240]]);

describe('a Madrid calendar with a lunch break', () => {
  const clock = createBusinessClock(MADRID);

  it('counts Friday 17:30 → Monday 09:30 as 60 minutes', () => {
    // Friday 17:30–18:00 (30) + weekend (0) + Monday 09:00–09:30 (30).
    expect(clock.minutesBetween(at('2026-01-16T17:30:00+01:00'), at('2026-01-19T09:30:00+01:00'))).toBe(60);
  });

  it('leaves the lunch gap out', () => {
    // 13:30–14:00 (30) + 15:00–15:30 (30); 14:00–15:00 is lunch.
    expect(clock.minutesBetween(at('2026-01-19T13:30:00+01:00'), at('2026-01-19T15:30:00+01:00'))).toBe(60);
    expect(clock.minutesBetween(at('2026-01-19T14:00:00+01:00'), at('2026-01-19T15:00:00+01:00'))).toBe(0);
    // A whole Monday: 300 + 180.
    expect(clock.minutesBetween(at('2026-01-19T00:00:00+01:00'), at('2026-01-20T00:00:00+01:00'))).toBe(480);
  });

  it('starts a Saturday clock on Monday at 09:00', () => {
    const saturday = at('2026-01-17T10:00:00+01:00');
    expect(clock.nextOpening(saturday)).toBe(at('2026-01-19T09:00:00+01:00'));
    expect(clock.addMinutes(saturday, 0)).toBe(at('2026-01-19T09:00:00+01:00'));
    expect(clock.addMinutes(saturday, 30)).toBe(at('2026-01-19T09:30:00+01:00'));
    // Saturday → Monday 09:00 counts nothing.
    expect(clock.minutesBetween(saturday, at('2026-01-19T09:00:00+01:00'))).toBe(0);
  });

  it('carries a due instant over the weekend', () => {
    // Friday 17:00 + 120: 60 until 18:00, then Monday 09:00 + 60 = 10:00.
    expect(clock.addMinutes(at('2026-01-16T17:00:00+01:00'), 120)).toBe(at('2026-01-19T10:00:00+01:00'));
    // Exactly the rest of Friday: due at the close, not at Monday's opening.
    expect(clock.addMinutes(at('2026-01-16T17:30:00+01:00'), 30)).toBe(at('2026-01-16T18:00:00+01:00'));
    // Friday 17:00 + 2400 (five days of 480): 60 Friday + 4 × 480 Mon–Thu + 420 next Friday
    // (300 in the morning, 120 after lunch) = Friday 17:00 a week later.
    expect(clock.addMinutes(at('2026-01-16T17:00:00+01:00'), 2400)).toBe(at('2026-01-23T17:00:00+01:00'));
  });

  it('carries a due instant over lunch', () => {
    // 13:30 + 60: 30 until 14:00, then 15:00 + 30.
    expect(clock.addMinutes(at('2026-01-19T13:30:00+01:00'), 60)).toBe(at('2026-01-19T15:30:00+01:00'));
  });

  it('returns 0 when stop is not after start', () => {
    const t = at('2026-01-19T10:00:00+01:00');
    expect(clock.minutesBetween(t, t)).toBe(0);
    expect(clock.minutesBetween(t, t - 3_600_000)).toBe(0);
  });

  it('counts seconds as fractions of a minute', () => {
    // 10:00:00–10:00:30 inside hours.
    expect(clock.minutesBetween(at('2026-01-19T10:00:00+01:00'), at('2026-01-19T10:00:30+01:00'))).toBe(0.5);
  });

  it('has 480 working minutes per day', () => {
    expect(workingMinutesPerDay(MADRID)).toBe(480);
    expect(workingMinutesPerDay(MADRID_24_7)).toBe(1440);
    // (3 × 480 + 2 × 240) / 5 open days = 384.
    expect(
      workingMinutesPerDay(
        calendar('mixed', 'UTC', [], [], { week: { mon: [[540, 1020]], tue: [[540, 1020]], wed: [[540, 1020]], thu: [[540, 780]], fri: [[540, 780]] } }),
      ),
    ).toBe(384);
    expect(workingMinutesPerDay(calendar('closed', 'UTC', [], []))).toBe(0);
  });
});

describe('a start outside working hours', () => {
  const clock = createBusinessClock({ ...MADRID, holidayDates: ['2026-01-21'] });

  it('before opening starts at 09:00', () => {
    const early = at('2026-01-19T07:00:00+01:00');
    expect(clock.nextOpening(early)).toBe(at('2026-01-19T09:00:00+01:00'));
    expect(clock.addMinutes(early, 60)).toBe(at('2026-01-19T10:00:00+01:00'));
    // 07:00–10:00 holds one working hour.
    expect(clock.minutesBetween(early, at('2026-01-19T10:00:00+01:00'))).toBe(60);
  });

  it('in the lunch gap starts at 15:00', () => {
    expect(clock.nextOpening(at('2026-01-19T14:30:00+01:00'))).toBe(at('2026-01-19T15:00:00+01:00'));
    expect(clock.addMinutes(at('2026-01-19T14:30:00+01:00'), 45)).toBe(at('2026-01-19T15:45:00+01:00'));
  });

  it('after close starts the next morning', () => {
    expect(clock.nextOpening(at('2026-01-19T19:00:00+01:00'))).toBe(at('2026-01-20T09:00:00+01:00'));
    // Closing time itself is outside: intervals are [start, end).
    expect(clock.nextOpening(at('2026-01-19T18:00:00+01:00'))).toBe(at('2026-01-20T09:00:00+01:00'));
  });

  it('on a holiday starts the next working day', () => {
    // Wednesday 2026-01-21 is a holiday: Thursday 09:00.
    expect(clock.nextOpening(at('2026-01-21T10:00:00+01:00'))).toBe(at('2026-01-22T09:00:00+01:00'));
    expect(clock.addMinutes(at('2026-01-21T10:00:00+01:00'), 90)).toBe(at('2026-01-22T10:30:00+01:00'));
  });

  it('inside hours is its own opening', () => {
    expect(clock.nextOpening(at('2026-01-19T09:00:00+01:00'))).toBe(at('2026-01-19T09:00:00+01:00'));
    expect(clock.nextOpening(at('2026-01-19T11:11:11+01:00'))).toBe(at('2026-01-19T11:11:11+01:00'));
  });
});

describe('daylight saving time', () => {
  const madrid = createBusinessClock(MADRID);
  const newYork = createBusinessClock(NEW_YORK);

  it('keeps Madrid wall-clock hours over the March change (Sunday 2026-03-29)', () => {
    // Friday 17:00–18:00 CET (60) + Monday 09:00–10:00 CEST (60); a fixed offset would find 60 or 180.
    const friday = at('2026-03-27T17:00:00+01:00');
    expect(madrid.minutesBetween(friday, at('2026-03-30T10:00:00+02:00'))).toBe(120);
    expect(madrid.addMinutes(friday, 120)).toBe(at('2026-03-30T10:00:00+02:00'));
    // Whole Friday + whole Monday: 480 + 480.
    expect(madrid.minutesBetween(at('2026-03-27T09:00:00+01:00'), at('2026-03-30T18:00:00+02:00'))).toBe(960);
  });

  it('keeps Madrid wall-clock hours over the October change (Sunday 2026-10-25)', () => {
    const friday = at('2026-10-23T17:00:00+02:00');
    expect(madrid.minutesBetween(friday, at('2026-10-26T10:00:00+01:00'))).toBe(120);
    expect(madrid.addMinutes(friday, 120)).toBe(at('2026-10-26T10:00:00+01:00'));
    expect(madrid.minutesBetween(at('2026-10-23T09:00:00+02:00'), at('2026-10-26T18:00:00+01:00'))).toBe(960);
  });

  it('keeps New York wall-clock hours over both changes (2026-03-08, 2026-11-01)', () => {
    // Friday 16:00–17:00 (60) + Monday 09:00–10:00 (60).
    expect(newYork.minutesBetween(at('2026-03-06T16:00:00-05:00'), at('2026-03-09T10:00:00-04:00'))).toBe(120);
    expect(newYork.addMinutes(at('2026-03-06T16:00:00-05:00'), 120)).toBe(at('2026-03-09T10:00:00-04:00'));
    expect(newYork.minutesBetween(at('2026-10-30T16:00:00-04:00'), at('2026-11-02T10:00:00-05:00'))).toBe(120);
    expect(newYork.addMinutes(at('2026-10-30T16:00:00-04:00'), 120)).toBe(at('2026-11-02T10:00:00-05:00'));
    // Whole Friday + whole Monday: 480 + 480.
    expect(newYork.minutesBetween(at('2026-03-06T09:00:00-05:00'), at('2026-03-09T17:00:00-04:00'))).toBe(960);
    expect(newYork.minutesBetween(at('2026-10-30T09:00:00-04:00'), at('2026-11-02T17:00:00-05:00'))).toBe(960);
  });

  it('gives a 24/7 calendar a 23-hour spring day and a 25-hour autumn day', () => {
    const always = createBusinessClock(MADRID_24_7);
    expect(always.minutesBetween(at('2026-03-29T00:00:00+01:00'), at('2026-03-30T00:00:00+02:00'))).toBe(23 * 60);
    expect(always.minutesBetween(at('2026-10-25T00:00:00+02:00'), at('2026-10-26T00:00:00+01:00'))).toBe(25 * 60);
    // The week around the spring change: 7 × 1440 − 60.
    expect(always.minutesBetween(at('2026-03-26T00:00:00+01:00'), at('2026-04-02T00:00:00+02:00'))).toBe(7 * 1440 - 60);
    const alwaysNy = createBusinessClock(NEW_YORK_24_7);
    expect(alwaysNy.minutesBetween(at('2026-03-08T00:00:00-05:00'), at('2026-03-09T00:00:00-04:00'))).toBe(23 * 60);
    expect(alwaysNy.minutesBetween(at('2026-11-01T00:00:00-04:00'), at('2026-11-02T00:00:00-05:00'))).toBe(25 * 60);
  });

  it('gives an interval that spans the transition its real length', () => {
    const night = createBusinessClock(SUNDAY_NIGHT);
    const saturdayToMonday = (sat: string, mon: string) => night.minutesBetween(at(sat), at(mon));
    // An ordinary Sunday: 01:00–04:00 is 180 minutes.
    expect(saturdayToMonday('2026-03-21T12:00:00+01:00', '2026-03-23T12:00:00+01:00')).toBe(180);
    // 2026-03-29: 01:00 CET (00:00Z) → 04:00 CEST (02:00Z) is 120 real minutes.
    expect(saturdayToMonday('2026-03-28T12:00:00+01:00', '2026-03-30T12:00:00+02:00')).toBe(120);
    // 2026-10-25: 01:00 CEST (23:00Z Saturday) → 04:00 CET (03:00Z) is 240 real minutes.
    expect(saturdayToMonday('2026-10-24T12:00:00+02:00', '2026-10-26T12:00:00+01:00')).toBe(240);
    // 90 minutes after 01:00 CET (00:00Z) on the spring night: 01:30Z, which is 03:30 CEST.
    expect(night.addMinutes(at('2026-03-28T12:00:00+01:00'), 90)).toBe(at('2026-03-29T03:30:00+02:00'));
  });
});

describe('holidays', () => {
  it('closes an explicit date for the whole day', () => {
    const clock = createBusinessClock({ ...MADRID, holidayDates: ['2026-01-19'] });
    expect(clock.isHoliday('2026-01-19')).toBe(true);
    expect(clock.isHoliday('2026-01-20')).toBe(false);
    // Friday 17:30–18:00 (30) + Monday closed + Tuesday 09:00–09:30 (30).
    expect(clock.minutesBetween(at('2026-01-16T17:30:00+01:00'), at('2026-01-20T09:30:00+01:00'))).toBe(60);
    expect(clock.addMinutes(at('2026-01-16T17:30:00+01:00'), 60)).toBe(at('2026-01-20T09:30:00+01:00'));
  });

  it('closes the Diada (2026-09-11, a Friday) under "ES-CT" but not under "ES"', () => {
    const catalonia = createBusinessClock({ ...MADRID, holidayRegions: ['ES-CT'] });
    const spain = createBusinessClock({ ...MADRID, holidayRegions: ['ES'] });
    expect(catalonia.isHoliday('2026-09-11')).toBe(true);
    expect(spain.isHoliday('2026-09-11')).toBe(false);
    // Thursday 17:00–18:00 (60) + Friday (0 in Catalonia, 480 elsewhere) + Monday 09:00–10:00 (60).
    const thursday = at('2026-09-10T17:00:00+02:00');
    const monday = at('2026-09-14T10:00:00+02:00');
    expect(catalonia.minutesBetween(thursday, monday)).toBe(120);
    expect(spain.minutesBetween(thursday, monday)).toBe(600);
    expect(catalonia.addMinutes(thursday, 120)).toBe(monday);
  });

  it('closes Christmas (2026-12-25, a Friday) under "ES"', () => {
    const spain = createBusinessClock({ ...MADRID, holidayRegions: ['ES'] });
    expect(spain.isHoliday('2026-12-25')).toBe(true);
    expect(spain.isHoliday('2026-12-24')).toBe(false);
    // Thursday 17:00–18:00 (60) + Christmas (0) + Monday 09:00–10:00 (60).
    expect(spain.minutesBetween(at('2026-12-24T17:00:00+01:00'), at('2026-12-28T10:00:00+01:00'))).toBe(120);
    expect(spain.nextOpening(at('2026-12-25T10:00:00+01:00'))).toBe(at('2026-12-28T09:00:00+01:00'));
  });

  it('ignores holidays that are not public', () => {
    // Valentine's Day is an "observance" in date-holidays' US data.
    const us = createBusinessClock({ ...NEW_YORK, holidayRegions: ['US'] });
    expect(us.isHoliday('2026-02-14')).toBe(false);
    expect(us.isHoliday('2026-07-03')).toBe(true); // Independence Day observed (substitute), public
  });

  it('closes every day of a multi-day holiday', () => {
    // date-holidays gives Seollal 2026 as 72 hours from 2026-02-17 00:00 Seoul.
    const korea = createBusinessClock(calendar('seoul', 'Asia/Seoul', WORKWEEK, [[540, 1080]], { holidayRegions: ['KR'] }));
    expect(['2026-02-16', '2026-02-17', '2026-02-18', '2026-02-19', '2026-02-20'].map((d) => korea.isHoliday(d))).toEqual([false, true, true, true, false]);
  });

  it('rejects a region date-holidays does not know', () => {
    expect(() => createBusinessClock({ ...MADRID, holidayRegions: ['ES-ZZ'] })).toThrow(/ES-ZZ/);
    expect(() => createBusinessClock({ ...MADRID, holidayRegions: ['XX'] })).toThrow(/XX/);
  });
});

describe('a calendar without working time', () => {
  it('cannot find an opening', () => {
    const closed = createBusinessClock(calendar('closed', 'Europe/Madrid', [], []));
    const t = at('2026-01-19T10:00:00+01:00');
    expect(() => closed.nextOpening(t)).toThrow(/no working time/);
    expect(() => closed.addMinutes(t, 60)).toThrow(/no working time/);
    expect(closed.minutesBetween(t, t + 86_400_000)).toBe(0);
  });

  it('gives up after three years of holidays', () => {
    // Open on Mondays only, and every Monday from 2026 to 2030 is a holiday.
    const mondays: string[] = [];
    for (let d = DateTime.fromISO('2026-01-05'); d.year < 2030; d = d.plus({ weeks: 1 })) mondays.push(d.toISODate() ?? '');
    const clock = createBusinessClock(calendar('never', 'Europe/Madrid', ['mon'], [[540, 1080]], { holidayDates: mondays }));
    expect(() => clock.nextOpening(at('2026-01-01T00:00:00+01:00'))).toThrow(/within/);
    expect(() => clock.addMinutes(at('2026-01-01T00:00:00+01:00'), 1)).toThrow(/within/);
  });

  it('rejects a zone that is not IANA', () => {
    expect(() => createBusinessClock({ ...MADRID, timezone: 'Europe/Atlantis' })).toThrow(/IANA/);
  });
});

/** mulberry32: a small seeded generator, so the random cases are the same on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const YEAR_2026 = at('2026-01-01T00:00:00Z');
const YEAR_MS = 365 * 86_400_000;

describe('addMinutes and minutesBetween agree', () => {
  const calendars: ResolvedCalendar[] = [
    MADRID,
    NEW_YORK,
    MADRID_24_7,
    SUNDAY_NIGHT,
    { ...MADRID, holidayRegions: ['ES-CT'], holidayDates: ['2026-03-30', '2026-10-26'] },
  ];

  for (const cal of calendars) {
    it(`on ${cal.id}`, () => {
      const clock = createBusinessClock(cal);
      const next = random(0x5eed + cal.id.length);
      for (let k = 0; k < 300; k++) {
        // Any millisecond of 2026, inside or outside hours; up to ~10 working days.
        const start = YEAR_2026 + Math.floor(next() * YEAR_MS);
        const minutes = 1 + Math.floor(next() * 5000);
        const due = clock.addMinutes(start, minutes);
        expect(clock.minutesBetween(start, due)).toBe(minutes);
        // And it is the first such instant.
        expect(clock.minutesBetween(start, due - 1)).toBeLessThan(minutes);
      }
    });
  }
});

describe('minutesBetween matches a minute-by-minute count', () => {
  /** The definition, slowly: a minute counts when its local wall-clock time is inside an interval of a non-holiday day. */
  function bruteForce(cal: ResolvedCalendar, holidays: Set<string>, start: number, stop: number): number {
    let count = 0;
    for (let t = start; t < stop; t += 60_000) {
      const local = DateTime.fromMillis(t, { zone: cal.timezone });
      if (holidays.has(local.toISODate() ?? '')) continue;
      const day = (['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const)[local.weekday - 1] ?? 'mon';
      const minute = local.hour * 60 + local.minute;
      if ((cal.week[day] ?? []).some(([s, e]) => s <= minute && minute < e)) count++;
    }
    return count;
  }

  const cases: Array<[ResolvedCalendar, string]> = [
    [{ ...MADRID, holidayDates: ['2026-03-26'] }, '2026-03-24T00:00:00+01:00'],
    [MADRID, '2026-10-21T00:00:00+02:00'],
    [NEW_YORK, '2026-03-04T00:00:00-05:00'],
    [NEW_YORK, '2026-10-28T00:00:00-04:00'],
    [SUNDAY_NIGHT, '2026-03-27T00:00:00+01:00'],
    [SUNDAY_NIGHT, '2026-10-23T00:00:00+02:00'],
  ];

  for (const [cal, around] of cases) {
    it(`on ${cal.id} around ${around}`, () => {
      const clock = createBusinessClock(cal);
      const holidays = new Set(cal.holidayDates);
      const next = random(42);
      for (let k = 0; k < 12; k++) {
        // Minute-aligned spans of up to 3 days within the week around a DST change.
        const start = at(around) + Math.floor(next() * 4 * 1440) * 60_000;
        const stop = start + Math.floor(next() * 3 * 1440) * 60_000;
        expect(clock.minutesBetween(start, stop)).toBe(bruteForce(cal, holidays, start, stop));
      }
    });
  }
});
