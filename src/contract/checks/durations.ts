import { pointerOf, type Finding } from '../diagnostics.js';
import { parseDuration, type DurationUnit } from '../../shared/quantities.js';
import type { RevpactContract } from '../types.generated.js';
import type { Check } from './types.js';

/** A year in each unit (a business hour or day counted as if every hour or day were open): the longest goal or span. */
export const YEAR: Record<DurationUnit, number> = { m: 527_040, h: 8_784, d: 366, w: 53, bh: 8_784, bd: 366 };

/**
 * Durations must fit their clock: business units (bh, bd) need a business calendar, and
 * a calendar-clock SLA cannot be measured in them. Zero goals are always breached, and a
 * meeting of zero minutes has no length; goals and follow-up spans longer than a year are
 * refused.
 */
export const durations: Check = {
  id: 'durations',
  run(c: RevpactContract) {
    const findings: Finding[] = [];
    const hasCalendar = (c.calendars ?? []).length > 0;
    c.slas?.forEach((s, i) => {
      const d = parseDuration(s.goal);
      if (!d) return; // the schema already reported it
      if (d.value === 0) {
        findings.push({
          code: 'invalid-duration',
          pointer: pointerOf(['slas', i, 'goal']),
          message: 'a goal of zero can never be met',
          suggest: 'give the time actually allowed, e.g. 1bh',
        });
      }
      if (d.value > YEAR[d.unit]) {
        findings.push({
          code: 'invalid-duration',
          pointer: pointerOf(['slas', i, 'goal']),
          message: `a goal of "${s.goal}" is longer than a year: no lead waits that long, and due times are worked out across the whole goal (a typo here froze due and notify)`,
          suggest: `give the time actually allowed, at most ${YEAR[d.unit]}${d.unit}, e.g. 2bd`,
        });
      }
      if (s.clock === 'calendar' && d.business) {
        findings.push({
          code: 'invalid-duration',
          pointer: pointerOf(['slas', i, 'goal']),
          message: `"${s.goal}" is in business units but the SLA runs on the calendar clock`,
          suggest: `write it in m, h, d or w, or set clock: business`,
        });
      }
      if (s.clock === 'business' && (d.unit === 'd' || d.unit === 'w')) {
        findings.push({
          code: 'invalid-duration',
          pointer: pointerOf(['slas', i, 'goal']),
          message: `on the business clock, "${s.goal}" is ambiguous: a day of business time is not a business day`,
          suggest: `write business days (${d.value * (d.unit === 'w' ? 5 : 1)}bd) or hours (bh)`,
        });
      }
      const business = s.clock === 'business' || (s.clock === undefined && d.business);
      if (business && !hasCalendar) {
        findings.push({
          code: 'unresolved-reference',
          pointer: pointerOf(['slas', i, s.clock ? 'clock' : 'goal']),
          message: `SLA "${s.id}" is measured in business time but the contract has no calendars`,
          suggest: 'add a calendar under calendars (time zone, working hours, holidays), or use clock: calendar',
        });
      }
    });
    const f = c.followUp;
    if (f) {
      const d = parseDuration(f.minSpan);
      if (d && d.value > YEAR[d.unit])
        findings.push({
          code: 'invalid-duration',
          pointer: pointerOf(['followUp', 'minSpan']),
          message: `a span of "${f.minSpan}" is longer than a year: no cadence of follow-up attempts lasts that long`,
          suggest: `give the span actually agreed, at most ${YEAR[d.unit]}${d.unit}, e.g. 10bd`,
        });
      if (d?.business && !hasCalendar) {
        findings.push({
          code: 'unresolved-reference',
          pointer: pointerOf(['followUp', 'minSpan']),
          message: `"${f.minSpan}" is in business units but the contract has no calendars`,
          suggest: 'add a calendar under calendars, or write the span in d or w',
        });
      }
    }
    // Durations with no business clock of their own: business units mean nothing there.
    const plain = (text: string | undefined, path: (string | number)[], what: string, allowed = 'm, h, d or w') => {
      const d = text === undefined ? undefined : parseDuration(text);
      if (d?.business)
        findings.push({
          code: 'invalid-duration',
          pointer: pointerOf(path),
          message: `${what} is measured in calendar time, not in business units`,
          suggest: `write it in ${allowed}`,
        });
    };
    const decay = c.qualification?.scoring?.decay;
    if (decay) plain(decay.every, ['qualification', 'scoring', 'decay', 'every'], 'score decay');
    c.reporting?.meetings?.forEach((m, i) => {
      plain(m.duration, ['reporting', 'meetings', i, 'duration'], 'a meeting', 'm or h');
      const d = m.duration === undefined ? undefined : parseDuration(m.duration);
      // The document said "for 0 minutes" and the calendar had an event with no end.
      if (d?.value === 0)
        findings.push({
          code: 'invalid-duration',
          pointer: pointerOf(['reporting', 'meetings', i, 'duration']),
          message: `a meeting of "${m.duration}" has no length`,
          suggest: 'give its length, e.g. 45m',
        });
      if (d && (d.unit === 'd' || d.unit === 'w'))
        findings.push({
          code: 'invalid-duration',
          pointer: pointerOf(['reporting', 'meetings', i, 'duration']),
          message: `a meeting's length is written in minutes or hours, not "${m.duration}"`,
          suggest: 'write its length in m or h, e.g. 45m',
        });
    });
    c.recycling?.reasons.forEach((r, i) => {
      const d = r.after === undefined ? undefined : parseDuration(r.after);
      if (d?.business && !hasCalendar) {
        findings.push({
          code: 'unresolved-reference',
          pointer: pointerOf(['recycling', 'reasons', i, 'after']),
          message: `"${r.after}" is in business units but the contract has no calendars`,
          suggest: 'add a calendar under calendars, or write it in d or w',
        });
      }
      if (r.destination === 'sales-later' && r.after === undefined) {
        findings.push({
          code: 'missing-field',
          pointer: pointerOf(['recycling', 'reasons', i]),
          atKey: true,
          message: `reason "${r.id}" sends leads back to sales later, but says not when`,
          suggest: 'add after: e.g. 90d',
        });
      }
    });
    return findings;
  },
};
