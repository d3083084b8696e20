import { pointerOf, type Finding } from '../diagnostics.js';
import type { RevpactContract } from '../types.generated.js';
import type { Check } from './types.js';
import { parseInterval, weeklyHours, WEEKDAYS } from '../calendar-hours.js';

export const calendars: Check = {
  id: 'calendars',
  run(c: RevpactContract) {
    const findings: Finding[] = [];
    c.calendars?.forEach((cal, i) => {
      let total = 0;
      for (const key of ['weekdays', ...WEEKDAYS] as const) {
        const texts = cal.hours[key];
        if (!texts) continue;
        const parsed = texts.map(parseInterval);
        parsed.forEach(([start, end], j) => {
          const pointer = pointerOf(['calendars', i, 'hours', key, j]);
          if (end === start) {
            findings.push({
              code: 'invalid-calendar',
              pointer,
              message: `"${texts[j]}" is empty: it ends when it starts`,
              suggest: 'give the interval its real end, or remove it',
            });
          } else if (end < start) {
            findings.push({
              code: 'invalid-calendar',
              pointer,
              message: `"${texts[j]}" ends before it starts`,
              suggest: 'write the earlier time first; a shift past midnight is two intervals',
            });
          }
          const overlapping = parsed.findIndex(([s, e], k) => k < j && s < end && start < e);
          if (overlapping >= 0) {
            findings.push({ code: 'invalid-calendar', pointer, message: `"${texts[j]}" overlaps "${texts[overlapping]}"`, suggest: 'merge the two intervals' });
          }
        });
      }
      const week = weeklyHours(cal.hours);
      for (const day of WEEKDAYS) for (const [s, e] of week[day].texts.map(parseInterval)) total += Math.max(0, e - s);
      if (total === 0) {
        findings.push({
          code: 'invalid-calendar',
          pointer: pointerOf(['calendars', i, 'hours']),
          atKey: true,
          message: `calendar "${cal.id}" has no working time`,
          suggest: 'add working hours, e.g. weekdays: ["09:00-18:00"]',
        });
      }
    });
    return findings;
  },
};
