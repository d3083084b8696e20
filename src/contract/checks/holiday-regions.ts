import Holidays from 'date-holidays';
import { pointerOf, type Finding } from '../diagnostics.js';
import { didYouMean } from '../suggest.js';
import type { RevpactContract } from '../types.generated.js';
import type { Check } from './types.js';

let catalogue: Holidays | undefined;

/** Holiday regions must be known to date-holidays: country, then state, then region. */
export const holidayRegions: Check = {
  id: 'holiday-regions',
  run(c: RevpactContract) {
    const findings: Finding[] = [];
    c.calendars?.forEach((cal, i) =>
      cal.holidays?.regions?.forEach((code, j) => {
        const problem = regionProblem(code);
        if (problem) findings.push({ code: 'unknown-holiday-region', pointer: pointerOf(['calendars', i, 'holidays', 'regions', j]), ...problem });
      }),
    );
    return findings;
  },
};

export function regionProblem(code: string): { message: string; suggest?: string } | undefined {
  catalogue ??= new Holidays();
  const [country = '', state, region] = code.split('-');
  const countries = catalogue.getCountries() ?? {};
  if (!(country in countries)) {
    const guess = didYouMean(country, Object.keys(countries));
    return { message: `"${country}" is not a country date-holidays knows` + (guess ? `; did you mean "${guess}"?` : ''), suggest: 'use an ISO 3166-1 alpha-2 code such as ES, PT, US, BR' };
  }
  if (state === undefined) return undefined;
  const states = catalogue.getStates(country) ?? {};
  if (!(state in states)) {
    const known = Object.keys(states);
    const guess = didYouMean(state, known);
    return {
      message: `"${state}" is not a region of ${country}` + (guess ? `; did you mean "${country}-${guess}"?` : ''),
      suggest: known.length > 0 ? `regions of ${country}: ${known.join(', ')}` : `${country} has no regions in date-holidays; write "${country}"`,
    };
  }
  if (region === undefined) return undefined;
  const regions = catalogue.getRegions(country, state) ?? {};
  if (!(region in regions)) {
    const known = Object.keys(regions);
    return { message: `"${region}" is not a subdivision of ${country}-${state}`, suggest: known.length > 0 ? `known: ${known.join(', ')}` : `write "${country}-${state}"` };
  }
  return undefined;
}
