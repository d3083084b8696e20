/**
 * Report periods (DESIGN.md §4): calendar weeks, months, quarters, halves and years cut
 * in the contract's time zone, or a custom range. Parsing a user's `--period` / `--from`
 * / `--to` is pure and reports a bad value as a value, never by throwing (STYLE.md 3).
 */
import { startOfLocalDay, startOfNextLocalDay, zoneClock } from '../shared/zone.js';
import { DateTime, Info, type Zone } from 'luxon';
import type { PeriodUnit } from '../compiler/ir.js';

export interface Period {
  /** The period as asked: "2026-10", "2026-Q3", "2026-H1", "2026-W41", "2026", or "from..to". */
  label: string;
  /** Epoch ms, inclusive. */
  fromMs: number;
  /** Epoch ms, exclusive. */
  toMs: number;
  /** IANA zone the period was cut in (the contract's). */
  timezone: string;
  /** The calendar unit the period is one of, or `custom` for a --from/--to range (goals are prorated by days then). */
  unit: PeriodUnit | 'custom';
}

export type PeriodResult = { ok: true; value: Period } | { ok: false; message: string };

export interface PeriodSpec {
  period?: string;
  from?: string;
  to?: string;
}

export const PERIOD_FORMS =
  'a period is one of 2026-10 (month), 2026-Q3 (quarter), 2026-H1 (half-year), 2026-W41 (ISO week) or 2026 (year); ' +
  'or --from and --to, each a date (2026-10-01, --to inclusive) or an ISO instant (2026-10-01T09:00:00+02:00, --to exclusive)';

const MONTH = /^(\d{4})-(\d{2})$/;
const QUARTER = /^(\d{4})-Q([1-4])$/i;
const HALF = /^(\d{4})-H([12])$/i;
const WEEK = /^(\d{4})-W(\d{2})$/i;
const YEAR = /^(\d{4})$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function parsePeriod(spec: PeriodSpec, timezone: string): PeriodResult {
  const fail = (what: string): PeriodResult => ({ ok: false, message: `${what}: ${PERIOD_FORMS}` });
  if (!DateTime.fromMillis(0, { zone: timezone }).isValid)
    return { ok: false, message: `unknown time zone "${timezone}" (an IANA name such as Europe/Madrid)` };
  const hasRange = spec.from !== undefined || spec.to !== undefined;
  if (spec.period !== undefined && hasRange) return fail('give either a period or --from/--to, not both');

  if (spec.period !== undefined) {
    const text = spec.period.trim();
    const cut = (start: DateTime, unit: PeriodUnit, length: Parameters<DateTime['plus']>[0]): PeriodResult => {
      if (!start.isValid) return fail(`"${spec.period}" is not a valid period`);
      return { ok: true, value: { label: text.toUpperCase(), fromMs: start.toMillis(), toMs: start.plus(length).toMillis(), timezone, unit } };
    };
    let m: RegExpExecArray | null;
    if ((m = MONTH.exec(text))) {
      const month = Number(m[2]);
      if (month < 1 || month > 12) return fail(`"${text}" has no month ${m[2]}`);
      return cut(DateTime.fromObject({ year: Number(m[1]), month }, { zone: timezone }), 'month', { months: 1 });
    }
    if ((m = QUARTER.exec(text)))
      return cut(DateTime.fromObject({ year: Number(m[1]), month: (Number(m[2]) - 1) * 3 + 1 }, { zone: timezone }), 'quarter', { months: 3 });
    if ((m = HALF.exec(text)))
      return cut(DateTime.fromObject({ year: Number(m[1]), month: (Number(m[2]) - 1) * 6 + 1 }, { zone: timezone }), 'half-year', { months: 6 });
    if ((m = WEEK.exec(text))) {
      const weekYear = Number(m[1]);
      const weekNumber = Number(m[2]);
      const weeks = DateTime.fromObject({ weekYear, weekNumber: 1 }, { zone: timezone }).weeksInWeekYear;
      if (weekNumber < 1 || weekNumber > weeks) return fail(`"${text}": ISO week-year ${weekYear} has weeks 01 to ${weeks}`);
      return cut(DateTime.fromObject({ weekYear, weekNumber, weekday: 1 }, { zone: timezone }), 'week', { weeks: 1 });
    }
    if ((m = YEAR.exec(text))) return cut(DateTime.fromObject({ year: Number(m[1]) }, { zone: timezone }), 'year', { years: 1 });
    return fail(`"${text}" is not a period`);
  }

  if (hasRange) {
    if (spec.from === undefined || spec.to === undefined) return fail(`--from and --to go together (missing --${spec.from === undefined ? 'from' : 'to'})`);
    for (const [flag, text] of [
      ['--from', spec.from],
      ['--to', spec.to],
    ] as const)
      if (impossibleOffset(text)) return { ok: false, message: `${flag} "${text}" has no such UTC offset (offsets run from -18:00 to +18:00)` };
    const from = rangeBound(spec.from.trim(), timezone, 'from');
    const to = rangeBound(spec.to.trim(), timezone, 'to');
    if (from === undefined) return fail(`--from "${spec.from}" is neither a date nor an ISO instant`);
    if (to === undefined) return fail(`--to "${spec.to}" is neither a date nor an ISO instant`);
    if (to <= from) return { ok: false, message: `--to (${spec.to}) must come after --from (${spec.from})` };
    return { ok: true, value: { label: `${spec.from.trim()}..${spec.to.trim()}`, fromMs: from, toMs: to, timezone, unit: 'custom' } };
  }
  return fail('no period given');
}

/** An ISO instant's offset at its end: hours and minutes, with or without a colon. */
const OFFSET = /T[\d:.,]+[+-](\d{2}):?(\d{2})?$/;

/**
 * An ISO instant whose offset no place has (+99:00): luxon takes any two digits as an
 * offset's hours or minutes, and would move the instant by days without a word.
 */
export function impossibleOffset(text: string): boolean {
  const offset = OFFSET.exec(text.trim());
  return offset !== null && (Number(offset[1]) > 18 || Number(offset[2] ?? 0) > 59);
}

/** A date is the start of that local day (`from`) or the end of it (`to`, inclusive); an instant is taken as is. */
function rangeBound(text: string, timezone: string, side: 'from' | 'to'): number | undefined {
  const dt = DateTime.fromISO(text, { zone: timezone, setZone: false });
  if (!dt.isValid) return undefined;
  if (DATE.test(text)) return (side === 'to' ? dt.startOf('day').plus({ days: 1 }) : dt.startOf('day')).toMillis();
  return dt.toMillis();
}

/** The last calendar month that ended at or before `asOfMs`, in `timezone`: the default report period. */
export function lastFullMonth(asOfMs: number, timezone: string): Period {
  const start = DateTime.fromMillis(asOfMs, { zone: timezone }).startOf('month').minus({ months: 1 });
  return { label: start.toFormat('yyyy-MM'), fromMs: start.toMillis(), toMs: start.plus({ months: 1 }).toMillis(), timezone, unit: 'month' };
}

/**
 * The `count` calendar months ending with `month` (itself a calendar month), in its zone:
 * the period a monthly report's trend is a month-by-month series of. Labelled like a
 * --from/--to range, "2025-11..2026-10".
 */
export function monthsEndingWith(month: Period, count: number): Period {
  const end = DateTime.fromMillis(month.fromMs, { zone: month.timezone }).startOf('month');
  const start = end.minus({ months: count - 1 });
  const label = `${start.toFormat('yyyy-MM')}..${end.toFormat('yyyy-MM')}`;
  return { label, fromMs: start.toMillis(), toMs: end.plus({ months: 1 }).toMillis(), timezone: month.timezone, unit: 'custom' };
}

/**
 * The end of the local day that starts at `ms`: a date-only cell read as the latest
 * instant it may stand for. The mapping stored it as a local midnight; when that is a
 * midnight in `timezone` the next midnight there is the answer (23 or 25 hours on DST
 * days), otherwise the mapping's zone differs and 24 hours is the best estimate.
 */
export function endOfLocalDay(ms: number, timezone: string): number {
  // Called for every date-only stop: the cached zone clock, not a luxon DateTime per cell.
  const zone = zoneClock(timezone);
  if (startOfLocalDay(ms, zone) === ms) return startOfNextLocalDay(ms, zone);
  return ms + 86_400_000;
}

/** Formats epoch ms as ISO 8601 with the zone's offset, like luxon's `toISO({ suppressMilliseconds: true })`, but fast. */
export class InstantFormatter {
  private readonly zone: Zone;
  private readonly utc: boolean;
  /** Offset (minutes) per quarter hour: zone transitions fall on quarter hours. */
  private readonly offsets = new Map<number, number>();
  /** "YYYY-MM-DD" per local day number, and "+HH:MM" per offset. */
  private readonly days = new Map<number, string>();
  private readonly offsetTexts = new Map<number, string>();

  constructor(readonly timezone: string) {
    const zone = Info.normalizeZone(timezone);
    if (!zone?.isValid) throw new Error(`InstantFormatter: invalid time zone "${timezone}"`);
    this.zone = zone;
    this.utc = zone.isUniversal && zone.offset(0) === 0;
  }

  format(ms: number): string {
    const bucket = Math.floor(ms / 900_000);
    let offset = this.offsets.get(bucket);
    if (offset === undefined) {
      if (this.offsets.size > 100_000) this.offsets.clear();
      offset = this.zone.offset(ms);
      this.offsets.set(bucket, offset);
    }
    const local = ms + offset * 60_000;
    const dayNumber = Math.floor(local / 86_400_000);
    let ymd = this.days.get(dayNumber);
    if (ymd === undefined) {
      if (this.days.size > 100_000) this.days.clear();
      const d = new Date(dayNumber * 86_400_000);
      const year = d.getUTCFullYear();
      ymd = `${year < 0 || year > 9999 ? String(year) : pad(year, 4)}-${pad(d.getUTCMonth() + 1, 2)}-${pad(d.getUTCDate(), 2)}`;
      this.days.set(dayNumber, ymd);
    }
    const inDay = local - dayNumber * 86_400_000;
    const seconds = Math.floor(inDay / 1000);
    const millis = inDay - seconds * 1000;
    const hms = `${TWO[Math.floor(seconds / 3600)]}:${TWO[Math.floor(seconds / 60) % 60]}:${TWO[seconds % 60]}${millis ? `.${pad(millis, 3)}` : ''}`;
    if (this.utc) return `${ymd}T${hms}Z`;
    let zone = this.offsetTexts.get(offset);
    if (zone === undefined) {
      const abs = Math.abs(offset);
      zone = `${offset < 0 ? '-' : '+'}${pad(Math.floor(abs / 60), 2)}:${pad(abs % 60, 2)}`;
      this.offsetTexts.set(offset, zone);
    }
    return `${ymd}T${hms}${zone}`;
  }
}

/** "00".."59". */
const TWO = Array.from({ length: 60 }, (_, i) => pad(i, 2));

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** The sub-periods a series (`check --every`) can cut a period into. */
export const SERIES_UNITS = ['week', 'month', 'quarter'] as const;
export type SeriesUnit = (typeof SERIES_UNITS)[number];

/** One sub-period of a series: a period of its own, and whether the report's period cuts it short. */
export interface SubPeriod {
  /**
   * The calendar period it belongs to: "2026-03", "2026-Q1", "2026-W09" (ISO week-year and
   * week, in the contract's zone). A partial sub-period keeps its calendar label.
   */
  label: string;
  /**
   * The period measured: the whole calendar period (unit month, quarter or week: the same
   * period `--period <label>` gives), or, when the report's period starts or ends inside it,
   * the part inside (unit `custom`, like `--from/--to`, so goals are prorated by days).
   */
  period: Period;
  partial: boolean;
}

/**
 * `period` cut into calendar weeks (ISO, Monday to Sunday), months or quarters of the
 * period's zone, in order; the first and last are cut to the period when it starts or ends
 * inside one. Pure; a period is at least one instant long, so the list is never empty.
 */
export function splitPeriod(period: Period, every: SeriesUnit): SubPeriod[] {
  const zone = period.timezone;
  const out: SubPeriod[] = [];
  const first = DateTime.fromMillis(period.fromMs, { zone }).startOf(every === 'week' ? 'week' : every === 'quarter' ? 'quarter' : 'month');
  const step = every === 'week' ? { weeks: 1 } : every === 'quarter' ? { months: 3 } : { months: 1 };
  // Each start is computed from the first (not chained), so a DST change never drifts it.
  for (let i = 0; ; i++) {
    const start = first.plus(every === 'week' ? { weeks: i } : { months: i * (every === 'quarter' ? 3 : 1) });
    const startMs = start.toMillis();
    if (startMs >= period.toMs) break;
    const endMs = start.plus(step).toMillis();
    const label = every === 'week' ? start.toFormat("kkkk-'W'WW") : every === 'quarter' ? start.toFormat("yyyy-'Q'q") : start.toFormat('yyyy-MM');
    const fromMs = Math.max(startMs, period.fromMs);
    const toMs = Math.min(endMs, period.toMs);
    const partial = fromMs !== startMs || toMs !== endMs;
    out.push({ label, partial, period: { label, fromMs, toMs, timezone: zone, unit: partial ? 'custom' : every } });
  }
  return out;
}
