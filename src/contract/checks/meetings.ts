import { pointerOf, type Finding } from '../diagnostics.js';
import type { RevpactContract } from '../types.generated.js';
import type { Check } from './types.js';
import { daysFromCivil } from '../../shared/civil.js';

type Meeting = NonNullable<NonNullable<RevpactContract['reporting']>['meetings']>[number];

const DAY_NAMES = { mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday' } as const;
const WEEKDAYS = Object.keys(DAY_NAMES) as (keyof typeof DAY_NAMES)[];
const SPANS: Record<Meeting['cadence'], string | null> = { weekly: null, biweekly: null, monthly: 'month', quarterly: 'quarter', 'half-yearly': 'half-year' };

/**
 * A meeting both teams can hold: `attendees: []` named no team, and the document then
 * printed an empty "Attendees:" line while the calendar invited nobody. Leaving the key
 * out means both teams, so an empty list is a slip, not a choice.
 *
 * A meeting the contract does not put on a day: the document says so ("every week", "one
 * Tuesday every month"), but the calendar file (compile --format ics) has to choose one,
 * as compiler/ics/recurrence.ts does. The warning names that day, so that what people's
 * calendars show is said before they import it.
 */
export const meetings: Check = {
  id: 'meetings',
  run(c: RevpactContract) {
    const findings: Finding[] = [];
    c.reporting?.meetings?.forEach((m, i) => {
      if (m.attendees !== undefined && m.attendees.length === 0)
        findings.push({
          code: 'invalid-range',
          pointer: pointerOf(['reporting', 'meetings', i, 'attendees']),
          message: `meeting "${m.id}" lists no attendees: no team would meet`,
          suggest: 'write attendees: [both], [marketing] or [sales], or leave it out for both teams',
        });
      // week: picks the week of a monthly or longer meeting; a weekly one meets every week whatever it says.
      if (m.week !== undefined && SPANS[m.cadence] === null)
        findings.push({
          code: 'duplicate-entry',
          pointer: pointerOf(['reporting', 'meetings', i, 'week']),
          message: `meeting "${m.id}" is ${m.cadence}: week: ${m.week} picks nothing (it picks the week of a monthly or longer meeting), and the calendar file meets ${m.cadence === 'weekly' ? 'every week' : 'every other week'}`,
          suggest: `remove week:, or set the cadence it was meant for (e.g. cadence: monthly)`,
        });
      const assumed = assumedDay(m, c.metadata.effective);
      if (assumed)
        findings.push({
          code: 'meeting-incomplete',
          pointer: pointerOf(['reporting', 'meetings', i, assumed.at]),
          message: `meeting "${m.id}" ${assumed.lacks}: the calendar file (compile --format ics) puts it on ${assumed.day}${m.time === undefined ? ', all day' : ''}`,
          suggest: assumed.suggest,
        });
    });
    return findings;
  },
};

/** The day the calendar file chooses for a meeting the contract leaves without one, if it has to choose. */
function assumedDay(m: Meeting, effective: string): { at: string; lacks: string; day: string; suggest: string } | undefined {
  const span = SPANS[m.cadence];
  if (m.day === undefined) {
    if (span !== null)
      return { at: 'cadence', lacks: 'has no day', day: `the first day of every ${span}`, suggest: 'add day: and week:, e.g. day: tue, week: first' };
    const weekday = weekdayOf(effective);
    const every = m.cadence === 'biweekly' ? 'every other' : 'every';
    const day =
      weekday === undefined
        ? `${every} week, on the weekday of metadata.effective`
        : `${every} ${DAY_NAMES[weekday]}, the weekday of metadata.effective (${effective})`;
    return { at: 'cadence', lacks: 'has no day', day, suggest: 'add day: mon, tue, wed, thu, fri, sat or sun' };
  }
  if (span !== null && m.week === undefined)
    return {
      at: 'day',
      lacks: 'has no week',
      day: `the first ${DAY_NAMES[m.day]} of every ${span}`,
      suggest: 'add week: first, second, third, fourth or last',
    };
  return undefined;
}

/** The weekday of a YYYY-MM-DD date (1970-01-01 was a Thursday). */
function weekdayOf(date: string): keyof typeof DAY_NAMES | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return undefined;
  const days = daysFromCivil(Number(m[1]), Number(m[2]), Number(m[3]));
  return WEEKDAYS[(((days + 3) % 7) + 7) % 7];
}
