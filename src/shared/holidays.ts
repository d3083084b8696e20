/**
 * Public holidays of a date-holidays region (ISO country, then state, then region:
 * "ES", "ES-CT", "US-CA"), one resolver for every part that needs them: the engine's
 * business clock closes these days, and the compiler lists them in the documents and in
 * rules.json (issue 13 item 29), so what the agreement says and what the engine counts
 * cannot drift apart. Deterministic: the year is always explicit (date-holidays reads a
 * missing one as "this year").
 */
import Holidays from 'date-holidays';
import { civilFromDays, daysFromCivil, isoDate } from './civil.js';

export interface RegionHoliday {
  /** Local date, YYYY-MM-DD. */
  date: string;
  /** The holiday's name in the language asked for, or in the region's own when date-holidays has no translation. */
  name: string;
}

const MINUTE_MS = 60_000;

// date-holidays loads a country's rules on construction and computes a year's holidays on
// demand. One instance per region and language: getHolidays(year, lang) changes an
// instance's language for the calls after it, so instances are never shared across languages.
const instances = new Map<string, Holidays>();
const years = new Map<string, RegionHoliday[]>();
let catalogue: Holidays | undefined;

/** Whether date-holidays knows the code (it would fall back silently to the country, or to nothing). */
export function isKnownRegion(code: string): boolean {
  const [country = '', state, region] = code.split('-');
  catalogue ??= new Holidays();
  return (
    country in (catalogue.getCountries() ?? {}) &&
    (state === undefined || state in (catalogue.getStates(country) ?? {})) &&
    (state === undefined || region === undefined || region in (catalogue.getRegions(country, state) ?? {}))
  );
}

function instance(code: string, language: string): Holidays {
  const key = `${code}|${language}`;
  let holidays = instances.get(key);
  if (holidays !== undefined) return holidays;
  // The contract checker rejects unknown codes, so reaching here with one is a bug.
  if (!isKnownRegion(code)) throw new Error(`"${code}" is not a holiday region date-holidays knows`);
  const [country = '', state, region] = code.split('-');
  const options = { languages: [language] };
  holidays =
    state === undefined
      ? new Holidays(country, options)
      : region === undefined
        ? new Holidays(country, state, options)
        : new Holidays(country, state, region, options);
  instances.set(key, holidays);
  return holidays;
}

/**
 * The region's public holidays of `year` (type "public" only: bank and optional days stay
 * working days), by local date, sorted. A holiday of several days (Seollal: 72 h) gives
 * one entry per day it closes; one that starts in the evening closes its whole day.
 */
export function regionHolidays(code: string, year: number, language = 'en'): RegionHoliday[] {
  const key = `${code}|${language}|${year}`;
  const cached = years.get(key);
  if (cached !== undefined) return cached;
  const out: RegionHoliday[] = [];
  for (const h of instance(code, language).getHolidays(year, language)) {
    if (h.type !== 'public') continue;
    // `date` is local to the region: "YYYY-MM-DD hh:mm:ss"; the hour of slack absorbs DST.
    const [y = 0, m = 1, d = 1, hh = 0, mm = 0] = h.date.split(/[- :]/).map(Number);
    const minutes = hh * 60 + mm + (h.end.getTime() - h.start.getTime()) / MINUTE_MS;
    const span = Math.max(1, Math.ceil((minutes - 60) / 1440));
    const first = daysFromCivil(y, m, d);
    for (let k = 0; k < span; k++) out.push({ date: isoDate(civilFromDays(first + k)), name: h.name });
  }
  out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  years.set(key, out);
  return out;
}

/** Local dates (YYYY-MM-DD) closed by the region's public holidays of `year`. */
export function publicHolidayDates(code: string, year: number): string[] {
  return regionHolidays(code, year).map((h) => h.date);
}
