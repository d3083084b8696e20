/**
 * The days a meeting of `reporting.meetings` falls on, in its local calendar (date math
 * only). One place for the meetings check, which warns of days the calendar file would
 * show at another time (checks/meetings.ts), and for the calendar file itself
 * (compiler/ics/recurrence.ts), so that the warning names the days the file holds.
 *
 * Quarters and half-years are calendar ones, as the contract's periods are (DESIGN §4):
 * "the last Thursday of every quarter" falls in March, June, September and December;
 * "the second Wednesday of every half-year" in January and July.
 *
 * What the contract leaves open: a monthly or longer meeting with a day but no week is
 * on the first such weekday; one with no day is on the first day of the month (quarter,
 * half-year); a weekly one with no day is on the weekday of the effective date.
 */
import { DateTime } from 'luxon';

export type MeetingWeekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
export type MeetingWeek = 'first' | 'second' | 'third' | 'fourth' | 'last';
export type MeetingCadence = 'weekly' | 'biweekly' | 'monthly' | 'quarterly' | 'half-yearly';

/** What fixes a meeting's days: the contract's fields, absent ones as null. */
export interface MeetingPlan {
  cadence: MeetingCadence;
  day: MeetingWeekday | null;
  week: MeetingWeek | null;
}

/**
 * Years after the effective one that the calendar file spells out its zones' changes for
 * (VTIMEZONE); its events repeat without end, and the meetings check looks as far.
 */
export const CALENDAR_YEARS = 10;

export const WEEKDAY_NUMBER: Record<MeetingWeekday, number> = { mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6, sun: 7 };
const WEEKDAYS = Object.keys(WEEKDAY_NUMBER) as MeetingWeekday[];
export const NTH: Record<MeetingWeek, number> = { first: 1, second: 2, third: 3, fourth: 4, last: -1 };
/** Months between meetings; 0 for the weekly cadences. */
export const CADENCE_MONTHS: Record<MeetingCadence, number> = { weekly: 0, biweekly: 0, monthly: 1, quarterly: 3, 'half-yearly': 6 };

/** The meeting's weekday: its own, or for a weekly one without, the weekday of `from`. */
export function weeklyDay(plan: MeetingPlan, from: DateTime): MeetingWeekday {
  return plan.day ?? (WEEKDAYS[from.weekday - 1] as MeetingWeekday);
}

/** The first day of the meeting on or after the effective date (a UTC midnight), or undefined for a date that is none. */
export function firstMeetingDate(plan: MeetingPlan, effective: string): DateTime | undefined {
  const from = DateTime.fromISO(effective, { zone: 'utc' });
  if (!from.isValid) return undefined;
  const months = CADENCE_MONTHS[plan.cadence];
  if (months === 0) return from.plus({ days: (WEEKDAY_NUMBER[weeklyDay(plan, from)] - from.weekday + 7) % 7 });
  // Which month of each quarter or half-year: the last one for "the last <day>", else the first.
  const slot = plan.day !== null && NTH[plan.week ?? 'first'] === -1 ? months - 1 : 0;
  let month = from.startOf('month');
  for (;;) {
    if ((month.month - 1) % months === slot) {
      const date = dateInMonth(plan, month);
      if (date >= from) return date;
    }
    month = month.plus({ months: 1 });
  }
}

/**
 * Whether the meeting falls on `date` (a UTC midnight), given its first day
 * (firstMeetingDate): the days the RRULE of the calendar file expands to.
 */
export function meetsOn(plan: MeetingPlan, first: DateTime, date: DateTime): boolean {
  if (date < first) return false;
  const months = CADENCE_MONTHS[plan.cadence];
  if (months === 0) return Math.round(date.diff(first, 'days').days) % (plan.cadence === 'biweekly' ? 14 : 7) === 0;
  const apart = (date.year - first.year) * 12 + (date.month - first.month);
  return apart % months === 0 && dateInMonth(plan, date.startOf('month')).equals(date);
}

/** The meeting's day in the month that `month` starts: its nth (or last) weekday, or the 1st without a day. */
function dateInMonth(plan: MeetingPlan, month: DateTime): DateTime {
  if (plan.day === null) return month;
  const weekday = WEEKDAY_NUMBER[plan.day];
  const nth = NTH[plan.week ?? 'first'];
  if (nth > 0) return month.plus({ days: ((weekday - month.weekday + 7) % 7) + 7 * (nth - 1) });
  const lastDay = month.endOf('month').startOf('day');
  return lastDay.minus({ days: (lastDay.weekday - weekday + 7) % 7 });
}
