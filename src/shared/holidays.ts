/**
 * Public holidays of a date-holidays region (ISO country, then state, then region:
 * "ES", "ES-CT", "US-CA"), one resolver for every part that needs them: the engine's
 * business clock closes these days, and the compiler lists them in the documents and in
 * rules.json (issue 13 item 29), so what the agreement says and what the engine counts
 * cannot drift apart. Deterministic: the year is always explicit (date-holidays reads a
 * missing one as "this year").
 */
import { createRequire } from 'node:module';
import type Holidays from 'date-holidays';
import { civilFromDays, daysFromCivil, isoDate } from './civil.js';

export interface RegionHoliday {
  /** Local date, YYYY-MM-DD. */
  date: string;
  /** The holiday's name in the language asked for, or in the region's own when date-holidays has no translation. */
  name: string;
}

const MINUTE_MS = 60_000;

type HolidaysLibrary = typeof Holidays;

/**
 * date-holidays, loaded on first use rather than on import (issue 17): its parser and the
 * calendars it needs (moment-timezone, astronomia, the lunar calendars) cost about 30 MiB
 * in every thread that loads them, and a worker of the streaming engine is handed the
 * holidays it needs as data (holidayTable, seedHolidays) and never loads it. The Action's
 * bundle, which has no node_modules to require from, installs the bundled copy instead
 * (shared/holidays-bundled.ts).
 */
let library: HolidaysLibrary | undefined;

/** Makes `lib` the date-holidays used here (the Action's bundle). */
export function useHolidayLibrary(lib: HolidaysLibrary): void {
  library = lib;
}

/** Whether this thread has loaded (or been given) date-holidays: the parallel trace says it for each worker. */
export function holidayLibraryLoaded(): boolean {
  return library !== undefined;
}

function holidaysLibrary(): HolidaysLibrary {
  return (library ??= createRequire(import.meta.url)('date-holidays') as HolidaysLibrary);
}

/** date-holidays without a region: its lists of countries, states and regions. */
export function holidayCatalogue(): Holidays {
  catalogue ??= new (holidaysLibrary())();
  return catalogue;
}

// date-holidays loads a country's rules on construction and computes a year's holidays on
// demand. One instance per region and language: getHolidays(year, lang) changes an
// instance's language for the calls after it, so instances are never shared across languages.
const instances = new Map<string, Holidays>();
const years = new Map<string, RegionHoliday[]>();
let catalogue: Holidays | undefined;
/** Regions a seeded table vouches for (seedHolidays): known without loading the catalogue. */
const seededRegions = new Set<string>();

/** Whether date-holidays knows the code (it would fall back silently to the country, or to nothing). */
export function isKnownRegion(code: string): boolean {
  if (seededRegions.has(code)) return true;
  const [country = '', state, region] = code.split('-');
  const catalogue = holidayCatalogue();
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
  const Holidays = holidaysLibrary();
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

/**
 * The public holidays of `codes` in `years`, as data a worker thread can be handed
 * (seedHolidays): what regionHolidays gives, in English, the language the engine's
 * calendars use.
 */
export interface HolidayTable {
  regions: string[];
  years: { code: string; year: number; holidays: RegionHoliday[] }[];
}

export function holidayTable(codes: readonly string[], years: readonly number[]): HolidayTable {
  const regions = [...new Set(codes)].filter(isKnownRegion);
  return { regions, years: regions.flatMap((code) => years.map((year) => ({ code, year, holidays: regionHolidays(code, year) }))) };
}

/** Takes a table made by holidayTable as already computed: the years it holds are not computed again (nor date-holidays loaded for them). */
export function seedHolidays(table: HolidayTable): void {
  for (const code of table.regions) seededRegions.add(code);
  for (const { code, year, holidays } of table.years) years.set(`${code}|en|${year}`, holidays);
}
