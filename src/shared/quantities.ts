/**
 * Durations and percentages as written in a contract ("2bd", "95%") and their normalized
 * values. Business units stay symbolic here: how long a business day is depends on the
 * calendar, which the compiler knows.
 */
export type DurationUnit = 'm' | 'h' | 'd' | 'w' | 'bh' | 'bd';

export interface Duration {
  value: number;
  unit: DurationUnit;
  /** Measured on a business calendar (bh, bd). */
  business: boolean;
}

const DURATION = /^([0-9]+(?:\.[0-9]+)?)(m|h|d|w|bh|bd)$/;
const MINUTES_PER_UNIT: Record<Exclude<DurationUnit, 'bd'>, number> = { m: 1, h: 60, d: 1440, w: 10080, bh: 60 };

export function parseDuration(text: string): Duration | undefined {
  const m = DURATION.exec(text);
  if (!m) return undefined;
  const unit = m[2] as DurationUnit;
  return { value: Number(m[1]), unit, business: unit === 'bh' || unit === 'bd' };
}

/**
 * Minutes of the clock the duration is measured on: calendar minutes for m/h/d/w,
 * business minutes for bh and bd (a business day is `minutesPerBusinessDay` long).
 */
export function durationMinutes(d: Duration, minutesPerBusinessDay: number): number {
  const minutes = d.unit === 'bd' ? d.value * minutesPerBusinessDay : d.value * MINUTES_PER_UNIT[d.unit];
  return Math.round(minutes);
}

/** "95%" or 0.95 → 0.95; undefined when it does not parse. */
export function parsePercentage(p: number | string): number | undefined {
  if (typeof p === 'number') return Number.isFinite(p) ? p : undefined;
  const m = /^([0-9]+(?:\.[0-9]+)?)%$/.exec(p);
  if (!m) return undefined;
  // Divide via the decimal string so 12.5% is exactly 0.125 and 95% prints as 0.95.
  return Number((Number(m[1]) / 100).toPrecision(12));
}

/** A conversion's rate: `rate` as written, or 1/oneIn. */
export function conversionRate(c: { rate?: number | string; oneIn?: number }): number | undefined {
  if (c.rate !== undefined) return parsePercentage(c.rate);
  if (c.oneIn !== undefined && c.oneIn > 0) return 1 / c.oneIn;
  return undefined;
}

/** A duration of the rules: as written, and in minutes on its clock. */
export interface RuleDuration {
  /** As written in the contract, e.g. "2bd". */
  text: string;
  /** Minutes on the clock it is measured on (business minutes for business clocks). */
  minutes: number;
  clock: 'business' | 'calendar';
}
