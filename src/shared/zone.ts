/**
 * Time-zone arithmetic fast enough for a million cells: offsets from luxon (Intl), cached
 * per UTC day and, on the few days with a transition, per quarter hour (transitions fall on
 * quarter hours). Used by the mappings (cells without an offset) and the engine (local days).
 */
import { IANAZone } from 'luxon';

const MINUTE = 60_000;
const DAY = 86_400_000;
const BUCKET = 15 * MINUTE;
const DAY_SLOTS = 4096;

export interface ZoneClock {
  readonly name: string;
  /** UTC offset in minutes at an instant. */
  offsetAt(epochMs: number): number;
  /**
   * The instant of a wall-clock time (given as if it were UTC). A time skipped by a DST
   * change moves forward by the change; a time that occurs twice takes the later reading.
   */
  toEpoch(localMs: number): number;
}

export function isValidTimeZone(name: string): boolean {
  return IANAZone.isValidZone(name);
}

const clocks = new Map<string, ZoneClock>();

/** One clock per zone per process; throws on an unknown zone (mappings are checked first). */
export function zoneClock(name = 'UTC'): ZoneClock {
  let clock = clocks.get(name);
  if (clock) return clock;
  const zone = IANAZone.create(name);
  if (!zone.isValid) throw new Error(`unknown time zone "${name}"`);
  if (
    zone.offset(0) === 0 &&
    zone.offset(Date.UTC(2026, 0, 1)) === 0 &&
    zone.offset(Date.UTC(2026, 6, 1)) === 0 &&
    /^(Etc\/)?(UTC|GMT|UCT|Zulu|Universal)$/i.test(name)
  ) {
    clock = { name, offsetAt: () => 0, toEpoch: (local) => local };
  } else {
    // Offsets per UTC day in a direct-mapped cache: a day whose offset is the same at its
    // start and its end has no transition (zones change at most once a day); the few days
    // with one are looked up per quarter hour.
    const days = new Float64Array(DAY_SLOTS).fill(NaN);
    const offsets = new Float64Array(DAY_SLOTS);
    const quarters = new Map<number, number>();
    const offsetAt = (epochMs: number): number => {
      const day = Math.floor(epochMs / DAY);
      const slot = day & (DAY_SLOTS - 1);
      if (days[slot] !== day) {
        const start = zone.offset(day * DAY);
        offsets[slot] = start === zone.offset(day * DAY + DAY - 1) ? start : NaN;
        days[slot] = day;
      }
      const o = offsets[slot] as number;
      if (!Number.isNaN(o)) return o;
      const bucket = Math.floor(epochMs / BUCKET);
      let q = quarters.get(bucket);
      if (q === undefined) {
        if (quarters.size > 100_000) quarters.clear();
        q = zone.offset(bucket * BUCKET);
        quarters.set(bucket, q);
      }
      return q;
    };
    const exact = (local: number): number => {
      // The two-step correction luxon uses (fixOffset), from a deterministic first guess.
      const o1 = offsetAt(local);
      const guess = local - o1 * MINUTE;
      const o2 = offsetAt(guess);
      if (o1 === o2) return guess;
      const guess2 = local - o2 * MINUTE;
      const o3 = offsetAt(guess2);
      if (o2 === o3) return guess2;
      return local - Math.min(o2, o3) * MINUTE;
    };
    // Most local days have one offset from midnight to midnight: one lookup per cell.
    const localDays = new Float64Array(DAY_SLOTS).fill(NaN);
    const localOffsets = new Float64Array(DAY_SLOTS);
    const toEpoch = (local: number): number => {
      const day = Math.floor(local / DAY);
      const slot = day & (DAY_SLOTS - 1);
      if (localDays[slot] !== day) {
        const start = day * DAY;
        const a = start - exact(start);
        const b = start + DAY - 1 - exact(start + DAY - 1);
        localOffsets[slot] = a === b ? a : NaN;
        localDays[slot] = day;
      }
      const o = localOffsets[slot] as number;
      return Number.isNaN(o) ? exact(local) : local - o;
    };
    clock = { name, offsetAt, toEpoch };
  }
  clocks.set(name, clock);
  return clock;
}

/** Start of the local day (in `zone`) that holds an instant. */
export function startOfLocalDay(epochMs: number, zone: ZoneClock): number {
  const local = epochMs + zone.offsetAt(epochMs) * MINUTE;
  return zone.toEpoch(Math.floor(local / DAY) * DAY);
}

/** The instant the local day after the one holding `epochMs` starts (23 or 25 hours later on DST days). */
export function startOfNextLocalDay(epochMs: number, zone: ZoneClock): number {
  const local = epochMs + zone.offsetAt(epochMs) * MINUTE;
  return zone.toEpoch((Math.floor(local / DAY) + 1) * DAY);
}
