/**
 * The calendar table of the SQL engines (issue 7): each business calendar's working
 * intervals over a range of days, as real instants, with the business time before each
 * one. Business time between two instants is then a difference of two look-ups (the
 * interval at or before each instant), and a due instant one look-up (the first interval
 * whose running total reaches it): the approach warehouse teams use for service-desk SLAs.
 *
 * The intervals are made exactly as the streaming engine's clock makes its days
 * (src/engine/calendar.ts): the calendar's IANA zone, wall-clock working hours turned into
 * instants with each day's own offsets (a DST day keeps 09:00–18:00 local), an interval in a
 * spring-forward gap clamped so boundaries stay in order, holidays (explicit dates and
 * date-holidays regions, the same resolver) closing the whole day.
 */
import { DateTime } from 'luxon';
import type { RuleCalendar, Weekday } from '../compiler/ir.js';
import { createBusinessClock } from '../engine/calendar.js';
import { resolveCalendar } from '../engine/metrics/context.js';
import { civilFromDays, isoDate } from '../shared/civil.js';
import { normalizeIntervals } from '../engine/calendar.js';

export interface WorkingInterval {
  calendar: string;
  /** Epoch ms, [start, end). */
  startMs: number;
  endMs: number;
  /** Business ms of this calendar in the table before this interval. */
  beforeMs: number;
}

const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
/** As the streaming clock: how far past the range to look for working time before giving up. */
const SEARCH_LIMIT_DAYS = 3 * 366;

/**
 * Working intervals of `cal` for every local day that touches [fromMs, toMs], plus, after
 * `toMs`, enough days to hold `extraMs` more business ms (so every due instant up to that
 * far is in the table), looking at most three years ahead.
 */
export function workingIntervals(cal: RuleCalendar, fromMs: number, toMs: number, extraMs = 0): WorkingInterval[] {
  const zone = cal.timezone;
  const clock = createBusinessClock(resolveCalendar(cal));
  const week = WEEKDAYS.map((d) => normalizeIntervals(cal.week[d]));
  const first = localDay(fromMs, zone) - 1;
  const last = localDay(toMs, zone) + 1;
  const out: WorkingInterval[] = [];
  let total = 0;
  let afterRange = 0;
  let nextStart = midnight(first, zone);
  for (let n = first; n <= last || (afterRange <= extraMs && n <= last + SEARCH_LIMIT_DAYS); n++) {
    const startMs = nextStart;
    nextStart = midnight(n + 1, zone);
    const date = civilFromDays(n);
    const intervals = clock.isHoliday(isoDate(date)) ? [] : (week[mod(n + 3, 7)] ?? []);
    const plain = nextStart - startMs === DAY_MS;
    const instant = (minute: number): number => {
      if (minute >= 1440) return nextStart;
      if (plain) return startMs + minute * MINUTE_MS;
      return DateTime.fromObject({ ...date, hour: Math.floor(minute / 60), minute: minute % 60 }, { zone }).toMillis();
    };
    let previousEnd = startMs;
    for (const [s, e] of intervals) {
      // Local times in a spring-forward gap shift forward, which could reorder boundaries; keep them monotonic.
      const from = Math.max(instant(s), previousEnd);
      const to = instant(e);
      if (to <= from) continue;
      out.push({ calendar: cal.id, startMs: from, endMs: to, beforeMs: total });
      total += to - from;
      if (n > last) afterRange += to - from;
      previousEnd = to;
    }
  }
  return out;
}

/** The local day number (days since 1970-01-01 in `zone`) of an instant. */
function localDay(ms: number, zone: string): number {
  const dt = DateTime.fromMillis(ms, { zone });
  return Math.floor((ms + dt.offset * MINUTE_MS) / DAY_MS);
}

function midnight(dayNumber: number, zone: string): number {
  const { year, month, day } = civilFromDays(dayNumber);
  // A zone whose DST starts at 00:00 has no local midnight; luxon moves forward to the first instant of the day.
  return DateTime.fromObject({ year, month, day }, { zone }).toMillis();
}

function mod(a: number, n: number): number {
  return ((a % n) + n) % n;
}

/** Business minutes in [startMs, stopMs) from a table of intervals (what the SQL computes), for tests. */
export function businessMinutes(intervals: readonly WorkingInterval[], startMs: number, stopMs: number): number {
  if (!(stopMs > startMs)) return 0;
  return (cumulative(intervals, stopMs) - cumulative(intervals, startMs)) / MINUTE_MS;
}

/** Business ms before `ms`: the interval at or before it (an ASOF look-up), plus its part up to `ms`. */
export function cumulative(intervals: readonly WorkingInterval[], ms: number): number {
  let hit: WorkingInterval | undefined;
  for (const i of intervals) {
    if (i.startMs <= ms) hit = i;
    else break;
  }
  return hit === undefined ? 0 : hit.beforeMs + Math.min(ms, hit.endMs) - hit.startMs;
}

/** The due instant from a table of intervals (the first interval whose running total reaches it), for tests. */
export function dueInstant(intervals: readonly WorkingInterval[], startMs: number, minutes: number): number | null {
  if (!(minutes > 0)) {
    const next = intervals.find((i) => i.endMs > startMs);
    return next === undefined ? null : Math.max(next.startMs, startMs);
  }
  const need = cumulative(intervals, startMs) + minutes * MINUTE_MS;
  const hit = intervals.find((i) => i.beforeMs + (i.endMs - i.startMs) >= need);
  return hit === undefined ? null : hit.startMs + (need - hit.beforeMs);
}
