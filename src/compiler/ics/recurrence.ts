/**
 * A meeting's cadence as an RRULE (RFC 5545 §3.3.10) and its first occurrence on or
 * after the contract's effective date, in the meeting's local calendar (date math only;
 * the time zone applies to the time of day, through TZID).
 *
 *   weekly        FREQ=WEEKLY;BYDAY=MO
 *   biweekly      FREQ=WEEKLY;INTERVAL=2;BYDAY=MO
 *   monthly       FREQ=MONTHLY;BYDAY=1TU            (week: first…fourth = 1…4, last = -1)
 *   quarterly     FREQ=MONTHLY;INTERVAL=3;BYDAY=-1TH
 *   half-yearly   FREQ=MONTHLY;INTERVAL=6;BYDAY=2WE
 *
 * Quarters and half-years are calendar ones, as the contract's periods are (DESIGN §4):
 * "the last Thursday of every quarter" falls in March, June, September and December;
 * "the second Wednesday of every half-year" in January and July. The first occurrence
 * is placed in such a month, and INTERVAL keeps the rest there.
 *
 * What the contract leaves open: a monthly or longer meeting with a day but no week is
 * on the first such weekday; one with no day is on the first day of the month (quarter,
 * half-year); a weekly one with no day is on the weekday of the effective date.
 */
import { DateTime } from 'luxon';
import type { RulesIR, Weekday } from '../ir.js';

type Meeting = RulesIR['meetings'][number];

const WEEKDAY_NUMBER: Record<Weekday, number> = { mon: 1, tue: 2, wed: 3, thu: 4, fri: 5, sat: 6, sun: 7 };
const ICAL_DAY: Record<Weekday, string> = { mon: 'MO', tue: 'TU', wed: 'WE', thu: 'TH', fri: 'FR', sat: 'SA', sun: 'SU' };
const WEEKDAYS = Object.keys(WEEKDAY_NUMBER) as Weekday[];
const NTH: Record<NonNullable<Meeting['week']>, number> = { first: 1, second: 2, third: 3, fourth: 4, last: -1 };
const MONTHS: Record<Meeting['cadence'], number> = { weekly: 0, biweekly: 0, monthly: 1, quarterly: 3, 'half-yearly': 6 };

export interface Recurrence {
  /** First occurrence, YYYY-MM-DD, on or after the effective date. */
  firstDate: string;
  /** The RRULE value, without "RRULE:". */
  rule: string;
}

export function recurrence(meeting: Meeting, effective: string): Recurrence {
  const from = DateTime.fromISO(effective, { zone: 'utc' });
  if (!from.isValid) throw new Error(`ics: effective date ${effective} is not a date`);
  const months = MONTHS[meeting.cadence];

  if (months === 0) {
    const day = meeting.day ?? (WEEKDAYS[from.weekday - 1] as Weekday);
    const first = from.plus({ days: (WEEKDAY_NUMBER[day] - from.weekday + 7) % 7 });
    const interval = meeting.cadence === 'biweekly' ? ';INTERVAL=2' : '';
    return { firstDate: first.toISODate() ?? effective, rule: `FREQ=WEEKLY${interval};BYDAY=${ICAL_DAY[day]}` };
  }

  const interval = months > 1 ? `;INTERVAL=${months}` : '';
  const day = meeting.day;
  const nth = day === null ? null : NTH[meeting.week ?? 'first'];
  // Which month of each quarter or half-year: the last one for "the last <day>", else the first.
  const slot = nth === -1 ? months - 1 : 0;
  const dateIn = (month: DateTime): DateTime => (day === null || nth === null ? month : nthWeekday(month, WEEKDAY_NUMBER[day], nth));
  let month = from.startOf('month');
  for (;;) {
    if ((month.month - 1) % months === slot) {
      const date = dateIn(month);
      if (date >= from) {
        const by = day === null || nth === null ? 'BYMONTHDAY=1' : `BYDAY=${nth}${ICAL_DAY[day]}`;
        return { firstDate: date.toISODate() ?? effective, rule: `FREQ=MONTHLY${interval};${by}` };
      }
    }
    month = month.plus({ months: 1 });
  }
}

/** The nth (1–4) or last (-1) given weekday of the month that `month` starts. */
function nthWeekday(month: DateTime, weekday: number, nth: number): DateTime {
  if (nth > 0) {
    const offset = (weekday - month.weekday + 7) % 7;
    return month.plus({ days: offset + 7 * (nth - 1) });
  }
  const lastDay = month.endOf('month').startOf('day');
  return lastDay.minus({ days: (lastDay.weekday - weekday + 7) % 7 });
}
