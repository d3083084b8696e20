import { pointerOf, type Finding } from '../diagnostics.js';
import { weeklyTotals } from '../calendar-hours.js';
import { durationMinutes, parseDuration } from '../../shared/quantities.js';
import type { RevpactContract } from '../types.generated.js';
import { YEAR } from './durations.js';
import type { Check } from './types.js';

/** Weeks in the longest year, as the bound: a year of working time on a calendar is at most 53 of its weeks. */
const WEEKS_IN_A_YEAR = 53;

/**
 * A business-time goal or span longer than a year of the calendar's own working time.
 * The durations check bounds business hours as if every hour were open (8,784bh), which a
 * calendar open a few hours a week never reaches: a 2,000bh goal on a desk open seven hours
 * a week is almost six years away, and the due times and impact runs that work it out
 * walked those years day by day for every lead. Measured on the SLA's calendar (its
 * `calendar`, else the first), as the compiler resolves it; holidays only shorten it more.
 */
export const workingYear: Check = {
  id: 'working-year',
  run(c: RevpactContract) {
    const findings: Finding[] = [];
    const calendars = c.calendars ?? [];
    const calendarOf = (id: string | undefined) => (id === undefined ? calendars[0] : calendars.find((k) => k.id === id));
    const bound = (text: string, business: boolean, calendarId: string | undefined, path: (string | number)[], what: string) => {
      const d = parseDuration(text);
      const calendar = calendarOf(calendarId);
      // Other checks say what else is wrong, a goal past a year of every hour included (durations.ts).
      if (!d || !business || calendar === undefined || d.value > YEAR[d.unit]) return;
      const { minutesPerWeek: weekly, minutesPerBusinessDay: perDay } = weeklyTotals(calendar.hours);
      if (weekly === 0) return; // the calendars check: no working time
      const year = weekly * WEEKS_IN_A_YEAR;
      const minutes = durationMinutes(d, perDay);
      if (minutes <= year) return;
      // The most the unit allows, never more than a year.
      const unitMinutes = durationMinutes({ ...d, value: 1 }, perDay);
      const most = Math.floor(year / unitMinutes);
      const hoursAWeek = Math.round((weekly / 60) * 10) / 10;
      findings.push({
        code: 'invalid-duration',
        pointer: pointerOf(path),
        message: `${what} of "${text}" is more than a year of working time on calendar "${calendar.id}", open ${hoursAWeek} ${hoursAWeek === 1 ? 'hour' : 'hours'} a week: no lead waits that long, and due times are worked out across the whole of it`,
        suggest:
          most >= 1
            ? `give the time actually allowed, at most ${most}${d.unit} on this calendar`
            : `measure it on a calendar with more working time, or on the calendar clock`,
      });
    };
    c.slas?.forEach((s, i) => {
      const d = parseDuration(s.goal);
      const business = s.clock === 'business' || (s.clock === undefined && d?.business === true);
      bound(s.goal, business, s.calendar, ['slas', i, 'goal'], 'a goal');
    });
    const f = c.followUp;
    if (f) bound(f.minSpan, parseDuration(f.minSpan)?.business === true, f.calendar, ['followUp', 'minSpan'], 'a span');
    return findings;
  },
};
