import { pointerOf, type Finding } from '../diagnostics.js';
import type { RevpactContract } from '../types.generated.js';
import type { Check } from './types.js';
import { FIRST_YEAR, LAST_YEAR } from '../../shared/years.js';

/**
 * Dates in years no lead data has: `effective: 0000-01-01` is a valid date to the schema,
 * and the documents then said "January 1, 1900" (JavaScript reads years below 100 as
 * 19xx) and listed that year's holidays.
 */
export const years: Check = {
  id: 'years',
  run(c: RevpactContract) {
    const findings: Finding[] = [];
    const check = (date: string | undefined, path: (string | number)[]) => {
      const year = date === undefined ? NaN : Number(date.slice(0, 4));
      if (!Number.isInteger(year) || (year >= FIRST_YEAR && year <= LAST_YEAR)) return;
      findings.push({
        code: 'invalid-range',
        pointer: pointerOf(path),
        message: `${date ?? ''} is in the year ${year}, outside the years revpact measures (${FIRST_YEAR}–${LAST_YEAR})`,
        suggest: 'check the year',
      });
    };
    check(c.metadata.effective, ['metadata', 'effective']);
    c.calendars?.forEach((cal, i) =>
      cal.holidays?.dates?.forEach((d, j) =>
        typeof d === 'string' ? check(d, ['calendars', i, 'holidays', 'dates', j]) : check(d.date, ['calendars', i, 'holidays', 'dates', j, 'date']),
      ),
    );
    return findings;
  },
};
