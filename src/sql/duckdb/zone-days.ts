/**
 * A mapping's time zone as a table of days, so that SQL turns wall-clock cells into
 * instants exactly as the streaming source does (src/shared/zone.ts, luxon's offsets).
 * DuckDB's ICU does not agree on every overlap (in New York, 01:30 on the November change
 * is the later reading in ICU, the earlier in revpact), so the SQL does not call ICU: it
 * looks up each cell's local day here.
 *
 * For a local day, `toEpoch(local) = local - shift`, and `shift` is constant over the day
 * except on days with a transition, where it changes at most twice (a gap and an overlap
 * are one change each). Each row is `(day, s0, c1, s1, c2, s2)`: the shift is s0 before
 * c1 ms into the day, s1 before c2, s2 after. The change points are found by sampling the
 * streaming engine's own `toEpoch` each quarter hour of the day and bisecting to the
 * millisecond, so the table agrees with it by construction. `offsetAt` (for a date-only
 * column's start of day) gets the same treatment by UTC day. SQL reads the rows as steps
 * per 64-day bucket (`buckets`), list literals it looks up without a join.
 */
import { zoneClock } from '../../shared/zone.js';

const MINUTE = 60_000;
const DAY = 86_400_000;
const STEP = 7;

export interface DayRow {
  day: number;
  s0: number;
  c1: number;
  s1: number;
  c2: number;
  s2: number;
}

/** Days from `firstDay` to `lastDay` (days since 1970-01-01) of a piecewise constant function; undefined when a day changes more than twice. */
function dayRows(f: (ms: number) => number, firstDay: number, lastDay: number): DayRow[] | undefined {
  const rows: DayRow[] = [];
  // Days are probed STEP at a time: when the value at the start of the next probe is the
  // same, the days between are taken as constant (no zone changes its offset and back
  // within a week), which keeps sixty years to a few thousand calls instead of 44,000.
  for (let day = firstDay; day <= lastDay;) {
    const next = Math.min(day + STEP, lastDay + 1);
    const s0 = f(day * DAY);
    if (f(next * DAY - (next > lastDay ? 1 : 0)) === s0) {
      for (let d = day; d < next; d++) rows.push({ day: d, s0, c1: DAY, s1: s0, c2: DAY, s2: s0 });
    } else {
      for (let d = day; d < next; d++) {
        const row = oneDay(f, d);
        if (!row) return undefined;
        rows.push(row);
      }
    }
    day = next;
  }
  return rows;
}

/** One day's row, its change points sampled each quarter hour (zones change on quarter hours, one change at a time) and bisected to the millisecond. */
function oneDay(f: (ms: number) => number, day: number): DayRow | undefined {
  const start = day * DAY;
  const s0 = f(start);
  const row: DayRow = { day, s0, c1: DAY, s1: s0, c2: DAY, s2: s0 };
  // zone.ts itself treats a day with the same value at its first and last ms as constant.
  if (f(start + DAY - 1) === s0) return row;
  const changes: number[] = [];
  let prev = s0;
  let from = start;
  for (let m = 15; m <= 1440; m += 15) {
    const at = m === 1440 ? start + DAY - 1 : start + m * MINUTE;
    while (f(at) !== prev) {
      // The first ms in (from, at] whose value is not `prev`.
      let lo = from;
      let hi = at;
      while (hi - lo > 1) {
        const mid = Math.floor((lo + hi) / 2);
        if (f(mid) === prev) lo = mid;
        else hi = mid;
      }
      prev = f(hi);
      changes.push(hi - start, prev);
      from = hi;
      if (changes.length > 4) return undefined;
    }
    from = at;
  }
  if (changes.length >= 2) [row.c1, row.s1, row.s2] = [changes[0] as number, changes[1] as number, changes[1] as number];
  if (changes.length === 4) [row.c2, row.s2] = [changes[2] as number, changes[3] as number];
  return row;
}

/** Local days → shift (local − instant, ms) of the zone's wall clock, as zone.ts's toEpoch reads it. */
export function localDayRows(zone: string, firstDay: number, lastDay: number): DayRow[] | undefined {
  const clock = zoneClock(zone);
  return dayRows((local) => local - clock.toEpoch(local), firstDay, lastDay);
}

/** UTC days → the zone's offset in ms, as zone.ts's offsetAt reads it. */
export function utcDayRows(zone: string, firstDay: number, lastDay: number): DayRow[] | undefined {
  const clock = zoneClock(zone);
  return dayRows((t) => clock.offsetAt(t) * MINUTE, firstDay, lastDay);
}

/**
 * The day rows as a step function in buckets of BUCKET_MS, for SQL to look up without a
 * join: per bucket, the value at its start and at most two changes `(a1, v1)`, `(a2, v2)`
 * (absolute ms). Undefined when a bucket holds more changes.
 */
export interface Buckets {
  /** Index of the first bucket: floor(ms / BUCKET_MS). */
  base: number;
  v0: number[];
  a1: number[];
  v1: number[];
  a2: number[];
  v2: number[];
}

export const BUCKET_MS = 64 * DAY;
const NEVER = Number.MAX_SAFE_INTEGER;

export function buckets(rows: readonly DayRow[]): Buckets | undefined {
  if (rows.length === 0) return { base: 0, v0: [], a1: [], v1: [], a2: [], v2: [] };
  // Every change, in order.
  const changes: [number, number][] = [];
  let value = (rows[0] as DayRow).s0;
  const change = (at: number, v: number) => {
    if (v !== value) changes.push([at, v]);
    value = v;
  };
  for (const r of rows) {
    change(r.day * DAY, r.s0);
    if (r.c1 < DAY) change(r.day * DAY + r.c1, r.s1);
    if (r.c2 < DAY) change(r.day * DAY + r.c2, r.s2);
  }
  const first = rows[0] as DayRow;
  const last = rows[rows.length - 1] as DayRow;
  const base = Math.ceil((first.day * DAY) / BUCKET_MS);
  const end = Math.floor(((last.day + 1) * DAY) / BUCKET_MS);
  const out: Buckets = { base, v0: [], a1: [], v1: [], a2: [], v2: [] };
  let k = 0;
  let current = first.s0;
  for (let b = base; b < end; b++) {
    const from = b * BUCKET_MS;
    const to = from + BUCKET_MS;
    while (k < changes.length && (changes[k] as [number, number])[0] <= from) current = (changes[k++] as [number, number])[1];
    const inside: [number, number][] = [];
    while (k < changes.length && (changes[k] as [number, number])[0] < to) inside.push(changes[k++] as [number, number]);
    if (inside.length > 2) return undefined;
    out.v0.push(current);
    out.a1.push(inside[0]?.[0] ?? NEVER);
    out.v1.push(inside[0]?.[1] ?? current);
    out.a2.push(inside[1]?.[0] ?? NEVER);
    out.v2.push(inside[1]?.[1] ?? inside[0]?.[1] ?? current);
    current = inside[inside.length - 1]?.[1] ?? current;
  }
  return out;
}
