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

/** --as-of: ISO 8601; without an offset, in the contract's zone. `now` when absent. */
export function parseAsOf(value: unknown, zone: string, now: () => number = Date.now): number {
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
  const wall = DateTime.fromISO(text, { zone: 'UTC', setZone: true });
  const fields = "yyyy-MM-dd'T'HH:mm:ss.SSS";
  if (/[Tt ]\d/.test(text.trim()) && wall.isValid && wall.toFormat(fields) !== dt.toFormat(fields))
    throw new UsageError(
      `--as-of: ${text} does not exist in ${zone}: the clocks jump forward over it (it would be read as ${dt.toISO({ suppressMilliseconds: true }) ?? ''})`,
      'give a time after the jump, or the instant with its UTC offset',
    );
  return dt.toMillis();
}

/**
 * The years an as-of may fall in. Out of them it is a typo (9999, 0001), and one that costs:
 * notify keeps the as-of in its state file, and a far-off one would mute or replay every
 * breach notice after it.
 */
const AS_OF_FIRST_YEAR = FIRST_YEAR;
const AS_OF_LAST_YEAR = LAST_YEAR;

/** --period, or --from/--to; by default the last full month before as-of. */
export function resolvePeriod(spec: PeriodSpec, asOfMs: number, zone: string): Period {
  if (spec.period === undefined && spec.from === undefined && spec.to === undefined) return lastFullMonth(asOfMs, zone);
  const r = parsePeriod({ period: spec.period, from: spec.from, to: spec.to }, zone);
  if (!r.ok) throw new UsageError(r.message);
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
export function resolveWhen(spec: PeriodSpec & { asOf?: string | undefined }, zone: string, nowMs: number, defaultAsOf: 'now' | 'period-end' = 'now'): When {
  const given = spec.asOf === undefined ? undefined : parseAsOf(spec.asOf, zone);
  const period = resolvePeriod(spec, given ?? nowMs, zone);
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
