/**
 * When a measurement is true and over which period: the as-of instant and the period,
 * read in the contract's zone, the same for the CLI and the Action.
 */
import { DateTime } from 'luxon';
import { impossibleOffset, lastFullMonth, parsePeriod, splitPeriod, type Period, type SeriesUnit } from '../engine/period.js';
import { UsageError } from '../shared/errors.js';
import { FIRST_YEAR, LAST_YEAR } from '../shared/years.js';

export interface When {
  period: Period;
  asOfMs: number;
}

/** The period as the user names it: a label (2026-10, 2026-Q3, ...) or a from/to range; none means the last full month. */
export interface PeriodSpec {
  period?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

/** Where a time read as one of two instants is said (one sentence): the CLI's stderr, the Action's log. */
export type WhenWarn = (message: string) => void;

/** `warn` that says each sentence once (a diff reads the period for both its sides). */
export function warnOnce(warn: WhenWarn): WhenWarn {
  const said = new Set<string>();
  return (message) => {
    if (said.has(message)) return;
    said.add(message);
    warn(message);
  };
}

/**
 * A local time written without an offset that the zone lives twice (the hour the clocks go
 * back in autumn: 02:30 on 2026-10-25 in Europe/Madrid is 00:30Z and 01:30Z): luxon reads it
 * as the later without a word. The sentence names both instants and how to write either;
 * the instant read stays the one luxon chose, so reports do not change. With `gap`, a time
 * the clocks jump over in spring too, which luxon moves forward (what --from/--to do).
 */
export function wallClockWarning(flag: string, text: string, zone: string, gap = false): string | undefined {
  const written = text.trim();
  const dt = DateTime.fromISO(written, { zone, setZone: true });
  // A date alone, an instant with its offset (its zone is then a fixed one), a zone without clock changes: nothing to say.
  if (!dt.isValid || dt.zone.isUniversal || !/[Tt ]\d/.test(written)) return undefined;
  const iso = (d: DateTime) => d.toISO({ suppressMilliseconds: true }) ?? '';
  const withOffset = (d: DateTime) => `${flag} ${written}${d.toFormat('ZZ')}`;
  const both = dt.getPossibleOffsets().sort((a, b) => a.toMillis() - b.toMillis());
  const [first, second] = both;
  if (both.length === 2 && first && second) {
    const read = dt.toMillis() === first.toMillis() ? 'first' : 'second';
    return `${flag}: ${written} happens twice in ${zone}, where the clocks go back: at ${iso(first)} and again at ${iso(second)}; revpact reads the ${read} (to choose, write the offset: ${withOffset(first)} for the first, ${withOffset(second)} for the second)`;
  }
  if (gap && !sameWallClock(written, dt))
    return `${flag}: ${written} does not exist in ${zone}: the clocks jump forward over it; revpact reads it as ${iso(dt)} (write a time after the jump, or the instant with its UTC offset)`;
  return undefined;
}

/** Whether `dt` (read in a zone) shows the wall-clock time written: not so for a time the clocks skip. */
function sameWallClock(written: string, dt: DateTime): boolean {
  const wall = DateTime.fromISO(written, { zone: 'UTC', setZone: true });
  const fields = "yyyy-MM-dd'T'HH:mm:ss.SSS";
  return !wall.isValid || wall.toFormat(fields) === dt.toFormat(fields);
}

/** --as-of: ISO 8601; without an offset, in the contract's zone. `now` when absent. A time the zone lives twice is said to `warn`. */
export function parseAsOf(value: unknown, zone: string, now: () => number = Date.now, warn?: WhenWarn): number {
  if (value === undefined) return now();
  const text = typeof value === 'string' ? value : '';
  const example = 'e.g. --as-of 2026-11-02T09:00:00+01:00 (without an offset, the contract’s zone applies)';
  const dt = DateTime.fromISO(text, { zone, setZone: true });
  if (!dt.isValid) throw new UsageError(`--as-of: "${text}" is not an ISO 8601 instant`, example);
  if (impossibleOffset(text)) throw new UsageError(`--as-of: "${text}" has no such UTC offset (offsets run from -18:00 to +18:00)`, example);
  if (dt.year < AS_OF_FIRST_YEAR || dt.year > AS_OF_LAST_YEAR)
    throw new UsageError(
      `--as-of: ${text} is in the year ${dt.year}: revpact measures from ${AS_OF_FIRST_YEAR} to ${AS_OF_LAST_YEAR}, and a year that far off is surely a typo`,
      example,
    );
  // A wall-clock time the zone skips (the hour clocks jump over in spring): luxon moves it
  // forward without a word, so the report would be true at another instant than asked. A
  // day alone means its first instant, which in a zone whose clocks jump at midnight
  // (America/Sao_Paulo until 2019) is 01:00: that is the day asked for, not a slip.
  if (/[Tt ]\d/.test(text.trim()) && !sameWallClock(text.trim(), dt))
    throw new UsageError(
      `--as-of: ${text} does not exist in ${zone}: the clocks jump forward over it (it would be read as ${dt.toISO({ suppressMilliseconds: true }) ?? ''})`,
      'give a time after the jump, or the instant with its UTC offset',
    );
  const twice = warn && wallClockWarning('--as-of', text, zone);
  if (twice) warn?.(twice);
  return dt.toMillis();
}

/**
 * The years an as-of may fall in. Out of them it is a typo (9999, 0001), and one that costs:
 * notify keeps the as-of in its state file, and a far-off one would mute or replay every
 * breach notice after it.
 */
const AS_OF_FIRST_YEAR = FIRST_YEAR;
const AS_OF_LAST_YEAR = LAST_YEAR;

/** --period, or --from/--to; by default the last full month before as-of. A bound the zone lives twice, or skips, is said to `warn`. */
export function resolvePeriod(spec: PeriodSpec, asOfMs: number, zone: string, warn?: WhenWarn): Period {
  if (spec.period === undefined && spec.from === undefined && spec.to === undefined) return lastFullMonth(asOfMs, zone);
  const r = parsePeriod({ period: spec.period, from: spec.from, to: spec.to }, zone);
  if (!r.ok) throw new UsageError(r.message);
  for (const [flag, text] of [
    ['--from', spec.from],
    ['--to', spec.to],
  ] as const) {
    const said = warn && text !== undefined && wallClockWarning(flag, text, zone, true);
    if (said) warn?.(said);
  }
  const year = DateTime.fromMillis(r.value.fromMs, { zone }).year;
  if (year < AS_OF_FIRST_YEAR || year > AS_OF_LAST_YEAR)
    throw new UsageError(
      `the period ${r.value.label} starts in the year ${year}: revpact measures from ${AS_OF_FIRST_YEAR} to ${AS_OF_LAST_YEAR}, and a year that far off is surely a typo`,
      'e.g. --period 2026-10, or --from 2026-10-01 --to 2026-10-31',
    );
  return r.value;
}

/**
 * The period and the instant the numbers are true at: the given as-of, else `defaultAsOf`
 * (now, or the period's end — a review's comment must not change while its commit does not).
 */
export function resolveWhen(
  spec: PeriodSpec & { asOf?: string | undefined },
  zone: string,
  nowMs: number,
  defaultAsOf: 'now' | 'period-end' = 'now',
  warn?: WhenWarn,
): When {
  const given = spec.asOf === undefined ? undefined : parseAsOf(spec.asOf, zone, Date.now, warn);
  const period = resolvePeriod(spec, given ?? nowMs, zone, warn);
  const asOfMs = given ?? (defaultAsOf === 'now' ? nowMs : period.toMs);
  // Nothing of a period that has not begun has happened: measured, every commitment would fail against zero.
  if (asOfMs <= period.fromMs) {
    const start = DateTime.fromMillis(period.fromMs, { zone }).toISO({ suppressMilliseconds: true }) ?? '';
    const at = DateTime.fromMillis(asOfMs, { zone }).toISO({ suppressMilliseconds: true }) ?? '';
    throw new UsageError(
      `the period ${period.label} starts ${start}, after ${given === undefined ? 'now' : 'the --as-of'} (${at}): nothing in it has happened yet`,
      given === undefined ? 'choose a period that has begun' : 'give an --as-of after the period starts, or leave --as-of out (now)',
    );
  }
  return { period, asOfMs };
}

/**
 * Most sub-periods a series may have: each is measured in the same pass, at a cost per
 * lead, and a table or chart of more is not read. 160 covers three years of weeks, or
 * thirteen years of months.
 */
export const MAX_SERIES_PERIODS = 160;

/** `--every`: the unit, checked against the period (a week-by-week decade is refused before any data is read). */
export function resolveEvery(value: SeriesUnit | undefined, period: Period): SeriesUnit | undefined {
  if (value === undefined) return undefined;
  const count = splitPeriod(period, value).length;
  if (count > MAX_SERIES_PERIODS)
    throw new UsageError(
      `--every ${value}: the period ${period.label} has ${count} ${value}s, more than the ${MAX_SERIES_PERIODS} a series shows`,
      `choose a longer unit (--every ${value === 'week' ? 'month' : 'quarter'}) or a shorter period`,
    );
  return value;
}
