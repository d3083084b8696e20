/**
 * Business time (DESIGN.md §4 "Calendar time"): the overlap of [start, stop) with a
 * calendar's working intervals in its IANA zone, minus holidays. Working hours are
 * wall-clock hours, so each day's intervals are turned into real instants with that day's
 * own UTC offsets; a DST day keeps 09:00–18:00 local, and an interval that spans a
 * transition has its true real length.
 *
 * Speed: the engine asks this for about a million leads in a stream. Days are resolved in
 * chunks of 64 local days, once per clock, with running totals of business time, so a
 * query costs two chunk look-ups and a walk over chunk totals instead of a luxon call or
 * a day-by-day loop.
 */
import { DateTime, IANAZone } from 'luxon';
import { civilFromDays, isoDate } from '../shared/civil.js';
import { isKnownRegion, publicHolidayDates } from '../shared/holidays.js';

export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';

/** A business calendar as it appears in the compiled rules: everything resolved. */
export interface ResolvedCalendar {
  id: string;
  timezone: string; // IANA zone, e.g. "Europe/Madrid"
  /** Working intervals per weekday in local wall-clock minutes from midnight, [start, end), 0 <= start < end <= 1440, sorted, non-overlapping. Missing/empty = closed. */
  week: Partial<Record<Weekday, Array<[number, number]>>>;
  /** Explicit holiday dates (YYYY-MM-DD, local to the calendar). */
  holidayDates: string[];
  /** date-holidays region codes like "ES", "ES-CT", "US-CA"; only holidays of type "public" count. */
  holidayRegions: string[];
}

export interface BusinessClock {
  /** Business minutes in [startMs, stopMs) (epoch ms). 0 when stop <= start. */
  minutesBetween(startMs: number, stopMs: number): number;
  /** The instant at which `minutes` business minutes have elapsed after startMs (the due instant). If startMs is outside working time, the clock starts at the next opening. minutes = 0 -> next opening at or after startMs. */
  addMinutes(startMs: number, minutes: number): number;
  /** The first instant >= ms that is inside working time. */
  nextOpening(ms: number): number;
  /** Whether a local date (YYYY-MM-DD) is a holiday in this calendar. */
  isHoliday(localDate: string): boolean;
}

/** Index 0 is Monday; local day number 0 (1970-01-01) was a Thursday. */
const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
const CHUNK_DAYS = 64;
/** How far nextOpening/addMinutes look for working time before calling the calendar broken. */
const SEARCH_LIMIT_DAYS = 3 * 366;

/** One local day, resolved to real instants. */
interface Day {
  /** Local midnight and the next local midnight (epoch ms); not always 24 h apart. */
  startMs: number;
  endMs: number;
  /** Working intervals as real instants, flattened: [start0, end0, start1, end1, ...]. */
  open: number[];
  /** Business ms in this day. */
  total: number;
  /** Business ms in the chunk before this day. */
  before: number;
}

interface Chunk {
  /** Local day number of days[0]. */
  first: number;
  days: Day[];
  total: number;
}

/** Average working minutes per open weekday (used to turn "2bd" business days into minutes). */
export function workingMinutesPerDay(cal: ResolvedCalendar): number {
  let total = 0;
  let openDays = 0;
  for (const day of WEEKDAYS) {
    const minutes = normalizeIntervals(cal.week[day]).reduce((sum, [s, e]) => sum + (e - s), 0);
    total += minutes;
    if (minutes > 0) openDays++;
  }
  // Rounded like the compiler's `minutesPerBusinessDay`, so "2bd" means the same in both.
  return openDays > 0 ? Math.round(total / openDays) : 0;
}

export function createBusinessClock(cal: ResolvedCalendar): BusinessClock {
  if (!IANAZone.isValidZone(cal.timezone)) throw new Error(`calendar "${cal.id}": "${cal.timezone}" is not an IANA time zone`);
  const zone = cal.timezone;
  const week = WEEKDAYS.map((day) => normalizeIntervals(cal.week[day]));
  const hasWorkingTime = week.some((intervals) => intervals.length > 0);
  const explicitHolidays = new Set(cal.holidayDates);
  const regions = [...new Set(cal.holidayRegions)];
  // Fail at construction, not in the middle of a stream, on a code date-holidays does not know.
  for (const code of regions) if (!isKnownRegion(code)) throw new Error(`"${code}" is not a holiday region date-holidays knows`);
  const regionalHolidays = new Set<string>();
  const loadedYears = new Set<number>();
  const chunks = new Map<number, Chunk>();
  // Consecutive queries mostly land in the same chunk (leads arrive roughly in time order).
  let lastChunk: Chunk | undefined;

  function isHoliday(localDate: string): boolean {
    if (explicitHolidays.has(localDate)) return true;
    if (regions.length === 0) return false;
    const year = Number(localDate.slice(0, 4));
    // date-holidays reads a missing year as "this year", which would make the answer depend on the clock.
    if (!Number.isInteger(year)) return false;
    // The year before too: a multi-day holiday (Korea's Seollal) can spill into January.
    for (const y of [year - 1, year]) {
      if (loadedYears.has(y)) continue;
      loadedYears.add(y);
      for (const region of regions) for (const date of publicHolidayDates(region, y)) regionalHolidays.add(date);
    }
    return regionalHolidays.has(localDate);
  }

  function midnight(dayNumber: number): number {
    const { year, month, day } = civilFromDays(dayNumber);
    // A zone whose DST starts at 00:00 has no local midnight; luxon moves forward to the first instant of the day.
    return DateTime.fromObject({ year, month, day }, { zone }).toMillis();
  }

  function buildChunk(index: number): Chunk {
    const first = index * CHUNK_DAYS;
    const days: Day[] = [];
    let total = 0;
    let nextStart = midnight(first);
    for (let n = first; n < first + CHUNK_DAYS; n++) {
      const startMs = nextStart;
      nextStart = midnight(n + 1);
      const date = civilFromDays(n);
      const intervals = isHoliday(isoDate(date)) ? [] : (week[mod(n + 3, 7)] ?? []);
      const open: number[] = [];
      let dayTotal = 0;
      // Without a transition, wall-clock minutes map straight onto real ones; only DST days need luxon.
      const plain = nextStart - startMs === DAY_MS;
      const instant = (minute: number): number => {
        if (minute >= 1440) return nextStart;
        if (plain) return startMs + minute * MINUTE_MS;
        return DateTime.fromObject({ ...date, hour: Math.floor(minute / 60), minute: minute % 60 }, { zone }).toMillis();
      };
      for (const [s, e] of intervals) {
        // Local times in a spring-forward gap shift forward, which could reorder boundaries; keep them monotonic.
        const from = Math.max(instant(s), open.at(-1) ?? startMs);
        const to = instant(e);
        if (to <= from) continue;
        open.push(from, to);
        dayTotal += to - from;
      }
      days.push({ startMs, endMs: nextStart, open, total: dayTotal, before: total });
      total += dayTotal;
    }
    return { first, days, total };
  }

  function chunkAt(index: number): Chunk {
    if (lastChunk !== undefined && lastChunk.first === index * CHUNK_DAYS) return lastChunk;
    let chunk = chunks.get(index);
    if (chunk === undefined) {
      chunk = buildChunk(index);
      chunks.set(index, chunk);
    }
    lastChunk = chunk;
    return chunk;
  }

  /** The local day holding `ms`, as its chunk and index in that chunk. */
  function locate(ms: number): { chunk: Chunk; i: number } {
    if (!Number.isFinite(ms)) throw new Error(`calendar "${cal.id}": ${ms} is not an instant`);
    // The UTC day is within one day of the local day (offsets are between -12 h and +14 h).
    let n = Math.floor(ms / DAY_MS);
    for (;;) {
      const chunk = chunkAt(Math.floor(n / CHUNK_DAYS));
      const i = n - chunk.first;
      const day = chunk.days[i] as Day;
      if (ms < day.startMs) n--;
      else if (ms >= day.endMs) n++;
      else return { chunk, i };
    }
  }

  /** Business ms from the start of `ms`'s chunk up to `ms`. */
  function offsetInChunk(chunk: Chunk, i: number, ms: number): number {
    const day = chunk.days[i] as Day;
    let sum = day.before;
    const open = day.open;
    for (let k = 0; k < open.length; k += 2) {
      const s = open[k] as number;
      if (ms <= s) break;
      const e = open[k + 1] as number;
      sum += (ms < e ? ms : e) - s;
    }
    return sum;
  }

  function minutesBetween(startMs: number, stopMs: number): number {
    if (!(stopMs > startMs)) return 0;
    const a = locate(startMs);
    const aOffset = offsetInChunk(a.chunk, a.i, startMs);
    const b = locate(stopMs);
    const bOffset = offsetInChunk(b.chunk, b.i, stopMs);
    if (a.chunk === b.chunk) return (bOffset - aOffset) / MINUTE_MS;
    let sum = a.chunk.total - aOffset + bOffset;
    const lastIndex = b.chunk.first / CHUNK_DAYS;
    for (let c = a.chunk.first / CHUNK_DAYS + 1; c < lastIndex; c++) sum += chunkAt(c).total;
    return sum / MINUTE_MS;
  }

  function assertWorkingTime(): void {
    if (!hasWorkingTime) throw new Error(`calendar "${cal.id}" has no working time; a business clock cannot run on it`);
  }

  function tooFar(fromMs: number): Error {
    return new Error(
      `calendar "${cal.id}" has no working time within ${SEARCH_LIMIT_DAYS} days of ${DateTime.fromMillis(fromMs, { zone }).toISO() ?? String(fromMs)}`,
    );
  }

  function nextOpening(ms: number): number {
    assertWorkingTime();
    let { chunk, i } = locate(ms);
    let scanned = 0;
    while (scanned <= SEARCH_LIMIT_DAYS) {
      if (chunk.total > 0) {
        for (let j = i; j < CHUNK_DAYS; j++) {
          const open = (chunk.days[j] as Day).open;
          for (let k = 0; k < open.length; k += 2) {
            if ((open[k + 1] as number) > ms) return Math.max(open[k] as number, ms);
          }
        }
      }
      scanned += CHUNK_DAYS - i;
      i = 0;
      chunk = chunkAt(chunk.first / CHUNK_DAYS + 1);
    }
    throw tooFar(ms);
  }

  function addMinutes(startMs: number, minutes: number): number {
    if (!(minutes > 0)) return nextOpening(startMs);
    assertWorkingTime();
    const located = locate(startMs);
    let chunk = located.chunk;
    // Business ms still to go, counted from the start of `chunk`.
    let need = offsetInChunk(chunk, located.i, startMs) + minutes * MINUTE_MS;
    let idleDays = 0;
    while (need > chunk.total) {
      need -= chunk.total;
      idleDays = chunk.total > 0 ? 0 : idleDays + CHUNK_DAYS;
      if (idleDays > SEARCH_LIMIT_DAYS) throw tooFar(startMs);
      chunk = chunkAt(chunk.first / CHUNK_DAYS + 1);
    }
    // Strictly after `before`: a due instant that lands on a closing time is that closing time, not the next opening.
    for (const day of chunk.days) {
      if (need > day.before + day.total) continue;
      let rest = need - day.before;
      const open = day.open;
      for (let k = 0; k < open.length; k += 2) {
        const s = open[k] as number;
        const length = (open[k + 1] as number) - s;
        if (rest <= length) return s + rest;
        rest -= length;
      }
    }
    throw new Error(`calendar "${cal.id}": business time bookkeeping is inconsistent`);
  }

  return { minutesBetween, addMinutes, nextOpening, isHoliday };
}

/** Sorted, clamped to the day and merged, so a sloppy input cannot double-count (the SQL calendar table uses it too). */
export function normalizeIntervals(intervals: ReadonlyArray<readonly [number, number]> | undefined): Array<[number, number]> {
  const sorted = (intervals ?? [])
    .map(([s, e]): [number, number] => [Math.max(0, s), Math.min(1440, e)])
    .filter(([s, e]) => e > s)
    .sort((x, y) => x[0] - y[0]);
  const out: Array<[number, number]> = [];
  for (const [s, e] of sorted) {
    const last = out.at(-1);
    if (last !== undefined && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

function mod(a: number, n: number): number {
  return ((a % n) + n) % n;
}
