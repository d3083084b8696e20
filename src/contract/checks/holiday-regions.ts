import { pointerOf, type Finding } from '../diagnostics.js';
import { where } from '../schema.js';
import { didYouMean } from '../suggest.js';
import type { RevpactContract } from '../types.generated.js';
import type { Check } from './types.js';
import { holidayCatalogue, regionHolidays } from '../../shared/holidays.js';

/** Codes people write for a country whose ISO 3166 code is another. */
const COMMON_MISTAKES: Record<string, string> = { UK: 'GB', EL: 'GR', EN: 'GB' };

/**
 * Holiday regions must be known to date-holidays: country, then state, then region. A
 * region or a holiday date listed twice is said too: harmless (the calendar closes on the
 * same days), so a warning, but a repeat is usually a slip for another region or date.
 *
 * A country (or region) listed with a region inside it (`[ES, ES-CT]`): date-holidays gives
 * a region its country's public holidays too, so the country is there twice. Either it adds
 * nothing (Spain's regions keep every national holiday), or it closes the calendar on days
 * the region works (US closes Columbus Day, which US-CA-LA does not keep; CH Easter Monday,
 * which CH-LU does not), which a reader of `[CH, CH-LU]` would not expect. Said at the
 * country, with the days of the effective year it adds, if any.
 */
export const holidayRegions: Check = {
  id: 'holiday-regions',
  run(c: RevpactContract) {
    const findings: Finding[] = [];
    c.calendars?.forEach((cal, i) => {
      const first = new Map<string, string>();
      cal.holidays?.regions?.forEach((code, j) => {
        const pointer = pointerOf(['calendars', i, 'holidays', 'regions', j]);
        const earlier = first.get(code);
        if (earlier !== undefined) {
          findings.push({
            code: 'duplicate-entry',
            pointer,
            message: `holiday region "${code}" is already listed at ${where(earlier)}; a repeat adds no holidays`,
            suggest: 'remove this one, or write the region you meant',
          });
          return;
        }
        first.set(code, pointer);
        const problem = regionProblem(code);
        if (problem) findings.push({ code: 'unknown-holiday-region', pointer, ...problem });
      });
      findings.push(...enclosingRegions(cal.holidays?.regions ?? [], i, c.metadata.effective));
      // A holiday date listed twice: it closes the calendar once.
      const dates = new Map<string, number>();
      (cal.holidays?.dates ?? []).forEach((d, j) => {
        const date = typeof d === 'string' ? d : d.date;
        const earlier = dates.get(date);
        if (earlier === undefined) return void dates.set(date, j);
        findings.push({
          code: 'duplicate-entry',
          pointer: pointerOf(['calendars', i, 'holidays', 'dates', j]),
          message: `holiday ${date} is already listed at ${where(pointerOf(['calendars', i, 'holidays', 'dates', earlier]))}; a repeat closes the calendar no more`,
          suggest: 'remove this one, or write the date you meant',
        });
      });
    });
    return findings;
  },
};

/** Warnings for each listed code that another listed code lies inside (ES before ES-CT, ES-CT before ES-CT-B). */
function enclosingRegions(codes: readonly string[], calendar: number, effective: string): Finding[] {
  const year = Number(effective.slice(0, 4));
  const known = [...new Set(codes)].filter((code) => regionProblem(code) === undefined);
  const findings: Finding[] = [];
  for (const outer of known) {
    const inner = known.filter((code) => code.startsWith(`${outer}-`));
    if (inner.length === 0 || !Number.isInteger(year)) continue;
    const kept = new Set(inner.flatMap((code) => regionHolidays(code, year).map((h) => h.date)));
    const added = regionHolidays(outer, year).filter((h) => !kept.has(h.date));
    const names = inner.map((code) => `"${code}"`).join(' and ');
    const pointer = pointerOf(['calendars', calendar, 'holidays', 'regions', codes.indexOf(outer)]);
    const days = andList(added.map((h) => `${h.date} (${h.name})`));
    const one = added.length === 1;
    findings.push(
      added.length === 0
        ? {
            code: 'holiday-region-overlap',
            pointer,
            message: `holiday region "${outer}" is already in ${names}: a region closes on the public holidays of the country (or region) it lies in, so "${outer}" adds no day in ${year}`,
            suggest: `remove "${outer}"`,
          }
        : {
            code: 'holiday-region-overlap',
            pointer,
            message: `holiday region "${outer}" holds ${names}, which already ${inner.length === 1 ? 'closes' : 'close'} on its public holidays but ${days}: with "${outer}" listed too, the calendar closes on ${one ? 'that day' : 'those days'} of ${year}, which ${names} ${inner.length === 1 ? 'works' : 'work'}`,
            suggest: `remove "${outer}" if the calendar keeps the holidays of ${names}; keep both if it closes on ${one ? 'that day' : 'those days'} too`,
          },
    );
  }
  return findings;
}

function andList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

export function regionProblem(code: string): { message: string; suggest?: string } | undefined {
  const catalogue = holidayCatalogue();
  const [country = '', state, region] = code.split('-');
  const countries = catalogue.getCountries() ?? {};
  if (!Object.hasOwn(countries, country)) {
    // Two-letter codes are all "close" to each other; only suggest what is surely meant.
    const guess = COMMON_MISTAKES[country] ?? Object.keys(countries).find((c) => c === country.toUpperCase());
    return {
      message: `"${country}" is not a country date-holidays knows` + (guess ? `; did you mean "${guess}"?` : ''),
      suggest: 'use an ISO 3166-1 alpha-2 code such as ES, PT, US, BR',
    };
  }
  if (state === undefined) return undefined;
  const states = catalogue.getStates(country) ?? {};
  if (!Object.hasOwn(states, state)) {
    const known = Object.keys(states);
    const guess = didYouMean(state, known);
    return {
      message: `"${state}" is not a region of ${country}` + (guess ? `; did you mean "${country}-${guess}"?` : ''),
      suggest: known.length > 0 ? `regions of ${country}: ${known.join(', ')}` : `${country} has no regions in date-holidays; write "${country}"`,
    };
  }
  if (region === undefined) return undefined;
  const regions = catalogue.getRegions(country, state) ?? {};
  if (!Object.hasOwn(regions, region)) {
    const known = Object.keys(regions);
    return {
      message: `"${region}" is not a subdivision of ${country}-${state}`,
      suggest: known.length > 0 ? `known: ${known.join(', ')}` : `write "${country}-${state}"`,
    };
  }
  return undefined;
}
