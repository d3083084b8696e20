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
 * Which days those are, and what the contract leaves open, is contract/meeting-dates.ts,
 * which the meetings check reads too: the first occurrence is placed there, and INTERVAL
 * keeps the rest in the same months.
 */
import { DateTime } from 'luxon';
import { CADENCE_MONTHS, firstMeetingDate, NTH, weeklyDay } from '../../contract/meeting-dates.js';
import type { RulesIR, Weekday } from '../ir.js';

type Meeting = RulesIR['meetings'][number];

const ICAL_DAY: Record<Weekday, string> = { mon: 'MO', tue: 'TU', wed: 'WE', thu: 'TH', fri: 'FR', sat: 'SA', sun: 'SU' };

export interface Recurrence {
  /** First occurrence, YYYY-MM-DD, on or after the effective date. */
  firstDate: string;
  /** The RRULE value, without "RRULE:". */
  rule: string;
}

export function recurrence(meeting: Meeting, effective: string): Recurrence {
  const first = firstMeetingDate(meeting, effective);
  if (!first) throw new Error(`ics: effective date ${effective} is not a date`);
  const firstDate = first.toISODate() ?? effective;
  const months = CADENCE_MONTHS[meeting.cadence];

  if (months === 0) {
    const day = weeklyDay(meeting, DateTime.fromISO(effective, { zone: 'utc' }));
    const interval = meeting.cadence === 'biweekly' ? ';INTERVAL=2' : '';
    return { firstDate, rule: `FREQ=WEEKLY${interval};BYDAY=${ICAL_DAY[day]}` };
  }

  const interval = months > 1 ? `;INTERVAL=${months}` : '';
  const by = meeting.day === null ? 'BYMONTHDAY=1' : `BYDAY=${NTH[meeting.week ?? 'first']}${ICAL_DAY[meeting.day]}`;
  return { firstDate, rule: `FREQ=MONTHLY${interval};${by}` };
}
