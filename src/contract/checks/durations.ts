import { pointerOf, type Finding } from '../diagnostics.js';
import { parseDuration } from '../quantities.js';
import type { RevpactContract } from '../types.generated.js';
import type { Check } from './types.js';

/**
 * Durations must fit their clock: business units (bh, bd) need a business calendar, and
 * a calendar-clock SLA cannot be measured in them. Zero goals are always breached.
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
        findings.push({ code: 'invalid-duration', pointer: pointerOf(['slas', i, 'goal']), message: 'a goal of zero can never be met', suggest: 'give the time actually allowed, e.g. 1bh' });
      }
      if (s.clock === 'calendar' && d.business) {
        findings.push({
          code: 'invalid-duration',
          pointer: pointerOf(['slas', i, 'goal']),
          message: `"${s.goal}" is in business units but the SLA runs on the calendar clock`,
          suggest: `write it in m, h, d or w, or set clock: business`,
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
      if (d?.business && !hasCalendar) {
        findings.push({
          code: 'unresolved-reference',
          pointer: pointerOf(['followUp', 'minSpan']),
          message: `"${f.minSpan}" is in business units but the contract has no calendars`,
          suggest: 'add a calendar under calendars, or write the span in d or w',
        });
      }
    }
    return findings;
  },
};
