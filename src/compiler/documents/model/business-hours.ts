import type { RuleCalendar, Weekday } from '../../ir.js';
import type { Safe } from '../../../render/safe.js';
import type { Text } from '../../../render/text.js';

const WEEKDAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/**
 * A business calendar in words: "Monday–Friday 09:00–14:00 and 15:00–18:00
 * Europe/Madrid, holidays excluded". Consecutive days with the same hours read as one range.
 */
export function businessHoursText(calendar: RuleCalendar, text: Text): Safe {
  const { t } = text;
  const groups: { days: Weekday[]; intervals: [number, number][] }[] = [];
  for (const day of WEEKDAYS) {
    const intervals = calendar.week[day];
    if (intervals.length === 0) continue;
    const last = groups[groups.length - 1];
    const previousDay = WEEKDAYS[WEEKDAYS.indexOf(day) - 1];
    if (last && last.days[last.days.length - 1] === previousDay && sameIntervals(last.intervals, intervals)) last.days.push(day);
    else groups.push({ days: [day], intervals });
  }
  if (groups.length === 0) return t('calendar.closed', { timezone: text.data(calendar.timezone) });
  const dayName = (d: Weekday) => t(`weekday.${d}`);
  const schedule = groups.map((g) => {
    const first = g.days[0] as Weekday;
    const last = g.days[g.days.length - 1] as Weekday;
    const days =
      g.days.length === 1
        ? dayName(first)
        : g.days.length === 2
          ? text.and([dayName(first), dayName(last)])
          : t('calendar.dayRange', { from: dayName(first), to: dayName(last) });
    const hours = text.and(g.intervals.map(([from, to]) => t('calendar.interval', { from: clock(from), to: clock(to) })));
    return t('calendar.group', { days, hours });
  });
  const hours = t('calendar.schedule', { schedule: text.join(schedule, 'calendar.groupSeparator'), timezone: text.data(calendar.timezone) });
  return calendar.holidayDates.length > 0 || calendar.holidayRegions.length > 0 ? t('calendar.withHolidays', { hours }) : hours;
}

function sameIntervals(a: [number, number][], b: [number, number][]): boolean {
  return a.length === b.length && a.every(([s, e], i) => b[i]?.[0] === s && b[i]?.[1] === e);
}

/** Minutes from midnight → "09:00". */
function clock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
