/**
 * The holidays behind "holidays excluded" (issue 13 item 29): for each calendar a business
 * clock of the document runs on that has any, the closed days of the effective year, named in the document's language where
 * date-holidays has the names (else in the region's own), the agreement's own dates with
 * the names it gives them. The dates are the IR's (resolved once, by the same resolver
 * the engine uses); only the names are looked up again, per language.
 */
import type { RuleCalendar } from '../../ir.js';
import type { Safe } from '../../../render/safe.js';
import { regionHolidays } from '../../../shared/holidays.js';
import type { ModelContext } from './context.js';

export function holidaysModel(ctx: ModelContext) {
  const { rules, text } = ctx;
  const { t } = text;
  // The calendars whose clocks the document speaks of: business SLAs and the follow-up span.
  const used = new Set([...rules.slas.filter((s) => s.clock === 'business').map((s) => s.calendar), rules.followUp?.calendar ?? null]);
  const calendars = rules.calendars.filter((c) => used.has(c.id) && (c.holidays.dates.length > 0 || c.holidayRegions.length > 0));
  return calendars.map((c) => {
    const sources: Safe[] = [];
    if (c.holidayRegions.length > 0) sources.push(t('calendar.holidays.regions', { regions: text.and(c.holidayRegions.map((r) => text.code(r))) }));
    if (c.holidayDates.length > 0) sources.push(t('calendar.holidays.dates'));
    return {
      calendar: t('calendar.holidays.calendar', { calendar: text.data(c.name ?? c.id), timezone: text.data(c.timezone), sources: text.and(sources) }),
      intro: t('calendar.holidays.intro', { year: String(c.holidays.year) }),
      days: days(c, text.locale).map(({ date, names }) =>
        names.length > 0 ? t('calendar.holidays.day', { date: text.date(date), name: text.data(names.join(' / ')) }) : text.date(date),
      ),
    };
  });
}

/** One entry per date, its names in order (the agreement's own first), without repeats. */
function days(c: RuleCalendar, locale: string): { date: string; names: string[] }[] {
  const localized = new Map<string, Map<string, string[]>>();
  const nameIn = (region: string, date: string): string[] => {
    let byDate = localized.get(region);
    if (!byDate) {
      byDate = new Map();
      for (const h of regionHolidays(region, c.holidays.year, locale)) byDate.set(h.date, [...(byDate.get(h.date) ?? []), h.name]);
      localized.set(region, byDate);
    }
    return byDate.get(date) ?? [];
  };
  const out: { date: string; names: string[] }[] = [];
  for (const d of c.holidays.dates) {
    const names = d.source === 'contract' ? (d.name === null ? [] : [d.name]) : nameIn(d.source, d.date);
    const last = out[out.length - 1];
    const entry = last && last.date === d.date ? last : { date: d.date, names: [] as string[] };
    if (entry !== last) out.push(entry);
    for (const n of names) if (!entry.names.includes(n)) entry.names.push(n);
  }
  return out;
}
