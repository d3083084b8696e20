/** Weekly working hours as the contract writes them ("09:00-18:00" per weekday): read by the calendar check and by the compiler. */
import type { RevpactContract } from './types.generated.js';

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** "09:00-14:00" → [540, 840] minutes from local midnight. */
export function parseInterval(text: string): [number, number] {
  const [a = '', b = ''] = text.split('-');
  const minutes = (hhmm: string) => {
    const [h = '0', m = '0'] = hhmm.split(':');
    return Number(h) * 60 + Number(m);
  };
  return [minutes(a), minutes(b)];
}

/** The weekly hours of a calendar with `weekdays` expanded and named days overriding it. */
export function weeklyHours(hours: NonNullable<RevpactContract['calendars']>[number]['hours']): Record<Weekday, { texts: string[]; key: string }> {
  const out = {} as Record<Weekday, { texts: string[]; key: string }>;
  for (const day of WEEKDAYS) {
    const own = hours[day];
    const inherited = day !== 'sat' && day !== 'sun' ? hours.weekdays : undefined;
    out[day] = own !== undefined ? { texts: own, key: day } : { texts: inherited ?? [], key: 'weekdays' };
  }
  return out;
}

/**
 * A calendar's working time a week, its open days, and one business day ("bd": the average
 * over its open days, rounded): what the compiler turns bd into, and what the contract
 * checks bound goals by, from one reckoning.
 */
export function weeklyTotals(hours: NonNullable<RevpactContract['calendars']>[number]['hours']): {
  minutesPerWeek: number;
  openDays: number;
  minutesPerBusinessDay: number;
} {
  const week = weeklyHours(hours);
  let minutesPerWeek = 0;
  let openDays = 0;
  for (const day of WEEKDAYS) {
    const minutes = week[day].texts.map(parseInterval).reduce((n, [s, e]) => n + Math.max(0, e - s), 0);
    minutesPerWeek += minutes;
    if (minutes > 0) openDays++;
  }
  return { minutesPerWeek, openDays, minutesPerBusinessDay: openDays > 0 ? Math.round(minutesPerWeek / openDays) : 0 };
}

/** Working intervals must run forwards, not overlap, and add up to some working time. */
