import { pointerOf, type Finding } from '../diagnostics.js';
import type { RevpactContract } from '../types.generated.js';
import type { Check } from './types.js';
import { daysFromCivil } from '../../shared/civil.js';
import { DateTime, IANAZone } from 'luxon';
import { CALENDAR_YEARS, firstMeetingDate, meetsOn } from '../meeting-dates.js';

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
 *
 * A meeting whose time the clocks skip on some of its days (02:30 on the Sunday Europe/Madrid
 * goes from 02:00 to 03:00): the calendar file writes 02:30 with its zone, and calendar
 * programs disagree on a time that does not exist: RFC 5545 §3.3.5 reads it with the
 * offset before the change (03:30), ical.js with the one after (01:30). Said at the time,
 * with the first such day; the days are the calendar file's, as far as it spells out the
 * zone's changes.
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
      const skipped = m.time === undefined ? undefined : skippedDays(m, meetingZone(c, m), c.metadata.effective);
      if (skipped)
        findings.push({
          code: 'meeting-time-skipped',
          pointer: pointerOf(['reporting', 'meetings', i, 'time']),
          message:
            `meeting "${m.id}" at ${m.time} falls in the time the clocks skip in ${skipped.zone} (${skipped.from}–${skipped.to}) on ${skipped.first}` +
            (skipped.more > 0 ? ` and on ${skipped.more} more of its days through ${skipped.last.slice(0, 4)}` : '') +
            `: a time that does not exist, which calendar programs show at ${skipped.shown} (RFC 5545 §3.3.5) or at ${skipped.early} (some, such as those built on ical.js)`,
          suggest: `pick a time outside ${skipped.from}–${skipped.to}, such as ${skipped.shown}, the time the clocks show after the change`,
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

/** The meeting's zone as the compiler resolves it (compiler/normalize.ts): its calendar's, the first calendar's, metadata.timezone, UTC. */
function meetingZone(c: RevpactContract, m: Meeting): string {
  const calendar = m.calendar === undefined ? c.calendars?.[0] : c.calendars?.find((k) => k.id === m.calendar);
  return calendar?.timezone ?? c.metadata.timezone ?? 'UTC';
}

const MINUTE = 60_000;
const DAY = 1440 * MINUTE;

/**
 * The days of the meeting, from the effective date through the years the calendar file
 * spells out, whose local time does not exist in its zone: the first and last of them,
 * how many more, the skipped span on the first (local, before and after the change), the
 * time RFC 5545 puts the meeting at instead (the offset before the change: later by the
 * change) and the one ical.js does (the offset after it: earlier by the change).
 * Undefined when there is none, or the zone or the date is not one (their own checks say so).
 */
function skippedDays(
  m: Meeting,
  zoneName: string,
  effective: string,
): { zone: string; first: string; last: string; more: number; from: string; to: string; shown: string; early: string } | undefined {
  const zone = IANAZone.create(zoneName);
  const time = /^(\d{2}):(\d{2})$/.exec(m.time ?? '');
  if (!zone.isValid || !time) return undefined;
  const minutes = Number(time[1]) * 60 + Number(time[2]);
  const plan = { cadence: m.cadence, day: m.day ?? null, week: m.week ?? null };
  const firstDay = firstMeetingDate(plan, effective);
  if (!firstDay) return undefined;
  const until = `${Number(effective.slice(0, 4)) + CALENDAR_YEARS + 1}-01-01`;
  const hits = zoneGaps(zone, effective, until).filter((g) => minutes >= g.start && minutes < g.end && meetsOn(plan, firstDay, g.day));
  const first = hits[0];
  const last = hits[hits.length - 1];
  if (!first || !last) return undefined;
  return {
    zone: zoneName,
    first: first.date,
    last: last.date,
    more: hits.length - 1,
    from: clockTime(first.from),
    to: clockTime(first.to),
    shown: clockTime(minutes + first.shift),
    early: clockTime(minutes - first.shift),
  };
}

/** A stretch of one local date that the clocks skip: [start, end) in minutes of that date. */
interface Gap {
  date: string;
  day: DateTime;
  start: number;
  end: number;
  /** The whole skipped span in local minutes (from may be the day before's, to the day after's). */
  from: number;
  to: number;
  /** Minutes the clocks jump. */
  shift: number;
}

const gapsCache = new Map<string, Gap[]>();

/**
 * The times `zone`'s clocks skip from `from` to `until` (YYYY-MM-DD), in date order: each
 * forward change of the offset found by comparing one UTC midnight with the next, then
 * its minute by halving. Once per zone: hundreds of meetings read the same list.
 */
function zoneGaps(zone: IANAZone, from: string, until: string): Gap[] {
  const key = `${zone.name} ${from} ${until}`;
  const cached = gapsCache.get(key);
  if (cached) return cached;
  const gaps: Gap[] = [];
  const end = Date.parse(`${until}T00:00:00Z`) + DAY;
  let after = zone.offset(Date.parse(`${from}T00:00:00Z`) - DAY);
  for (let t = Date.parse(`${from}T00:00:00Z`) - DAY; t < end; t += DAY) {
    const before = after;
    after = zone.offset(t + DAY);
    if (after <= before) continue;
    let [lo, hi] = [t, t + DAY];
    while (hi - lo > MINUTE) {
      const mid = lo + Math.floor((hi - lo) / 2 / MINUTE) * MINUTE;
      if (zone.offset(mid) === before) lo = mid;
      else hi = mid;
    }
    // Local times from hi + before up to hi + after do not exist; split at midnight.
    const startLocal = hi + before * MINUTE;
    const endLocal = hi + after * MINUTE;
    for (let dayStart = Math.floor(startLocal / DAY) * DAY; dayStart < endLocal; dayStart += DAY) {
      const date = new Date(dayStart).toISOString().slice(0, 10);
      if (date < from || date >= until) continue;
      gaps.push({
        date,
        day: DateTime.fromMillis(dayStart, { zone: 'utc' }),
        start: Math.max(0, (startLocal - dayStart) / MINUTE),
        end: Math.min(1440, (endLocal - dayStart) / MINUTE),
        from: (startLocal % DAY) / MINUTE,
        to: (endLocal % DAY) / MINUTE,
        shift: after - before,
      });
    }
  }
  gapsCache.set(key, gaps);
  return gaps;
}

/** Minutes past midnight (any, wrapped to one day) as HH:MM. */
function clockTime(minutes: number): string {
  const m = ((minutes % 1440) + 1440) % 1440;
  return `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
}
