/**
 * A phrase (../phrase.ts) in the words of one locale: the catalogue's message for its key,
 * each `{placeholder}` filled with its parameter formatted for the locale (numbers with the
 * locale's separators, shares with its percent sign, durations and lists in its words),
 * the plural form picked by the `count` parameter with the locale's plural rules (CLDR,
 * through Intl.PluralRules). English gives the same bytes as the summaries always had.
 */
import type { RuleCondition, Weekday } from '../../compiler/ir.js';
import { percentSuffix } from '../../render/format.js';
import { findingText } from '../../report/render/model.js';
import { reportText } from '../../report/render/messages.js';
import { intlTag } from '../../render/intl.js';
import type { DocumentLocale } from '../../render/locale.js';
import { parseDuration } from '../../shared/quantities.js';
import type { Arg, Phrase } from '../phrase.js';
import { CA_SUMMARIES } from './ca.js';
import { EN_SUMMARIES, type SummaryCatalogue, type SummaryKey } from './en.js';
import { ES_SUMMARIES } from './es.js';
import { PT_SUMMARIES } from './pt.js';

export const SUMMARY_CATALOGUES: Record<DocumentLocale, SummaryCatalogue> = { en: EN_SUMMARIES, es: ES_SUMMARIES, pt: PT_SUMMARIES, ca: CA_SUMMARIES };

export type PhraseRenderer = (p: Phrase) => string;

const renderers = new Map<DocumentLocale, PhraseRenderer>();

/** The renderer of one locale (made once, then reused: Intl formatters are not free). */
export function phraseRenderer(locale: DocumentLocale = 'en'): PhraseRenderer {
  let r = renderers.get(locale);
  if (!r) {
    r = createRenderer(locale);
    renderers.set(locale, r);
  }
  return r;
}

export function renderPhrase(p: Phrase, locale: DocumentLocale = 'en'): string {
  return phraseRenderer(locale)(p);
}

const DAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const OPS: Partial<Record<string, string>> = { eq: '=', ne: '≠', gt: '>', gte: '≥', lt: '<', lte: '≤' };

function createRenderer(locale: DocumentLocale): PhraseRenderer {
  const catalogue = SUMMARY_CATALOGUES[locale];
  const tag = locale === 'en' ? 'en-US' : intlTag(locale);
  const numbers = new Intl.NumberFormat(tag, { maximumFractionDigits: 2 });
  const plural = new Intl.PluralRules(tag);
  const percentSign = percentSuffix(tag);
  const num = (n: number) => numbers.format(n);

  function message(key: SummaryKey, args: Readonly<Record<string, string>>, count: number | undefined): string {
    const found = catalogue[key];
    const template = typeof found === 'string' ? found : count === undefined ? found.other : plural.select(count) === 'one' ? found.one : found.other;
    return template.replace(/\{([A-Za-z0-9]+)\}/g, (_, name: string) => {
      const value = args[name];
      if (value === undefined) throw new Error(`review summaries (${locale}): "${key}" uses {${name}}, which is not given`);
      return value;
    });
  }

  const say = (key: SummaryKey, args: Readonly<Record<string, string>> = {}, count?: number) => message(key, args, count);

  function phrase(p: Phrase): string {
    const args: Record<string, string> = {};
    for (const [name, value] of Object.entries(p.args)) args[name] = arg(value);
    const count = p.args['count'];
    return message(p.key, args, typeof count === 'number' ? count : undefined);
  }

  function arg(a: Arg): string {
    if (typeof a === 'string') return a;
    if (typeof a === 'number') return num(a);
    if ('key' in a) return phrase(a);
    if ('pct' in a) return a.pct === null ? say('word.none') : `${num(Math.round(a.pct * 10000) / 100)}${percentSign}`;
    if ('dur' in a) return duration(a.dur.text, a.dur.clock);
    if ('money' in a) return `${num(a.money)} ${a.currency}`;
    if ('signed' in a) return a.signed > 0 ? `+${num(a.signed)}` : num(a.signed);
    if ('list' in a) return list(a.list.map(arg), a.join);
    if ('cond' in a) return condition(a.cond);
    if ('team' in a) return say(`team.${a.team}`);
    if ('finding' in a) return findingText(a.finding, reportText(locale));
    return weekWords(a.week.week);
  }

  function list(items: string[], join: 'and' | 'or' | 'comma' | 'space'): string {
    if (join === 'comma') return items.join(', ');
    if (join === 'space') return items.join(' ');
    if (items.length <= 1) return items[0] ?? say('word.none');
    if (join === 'or') return items.reduce((a, b) => say('list.or', { a, b }));
    return say('list.and', { init: items.slice(0, -1).join(', '), last: items[items.length - 1] ?? '' });
  }

  /** "1bh" → "1 business hour"; minutes or hours on a business clock → "30 business minutes". */
  function duration(text: string, clock: 'business' | 'calendar'): string {
    const parsed = parseDuration(text);
    if (!parsed) return text;
    const onBusiness = clock === 'business' && !parsed.business;
    const unit = onBusiness && parsed.unit === 'm' ? 'bm' : onBusiness && parsed.unit === 'h' ? 'bh' : parsed.unit;
    const words = say(`dur.${unit}`, { count: num(parsed.value) }, parsed.value);
    return onBusiness && unit !== 'bm' && unit !== 'bh' ? say('dur.onBusinessClock', { duration: words }) : words;
  }

  /** A condition in one short line: "employees ≥ 1000 and country in ES, PT". */
  function condition(c: RuleCondition | null): string {
    if (c === null) return say('cond.every');
    const wrap = (x: RuleCondition) => ('all' in x || 'any' in x ? `(${condition(x)})` : condition(x));
    if ('all' in c) return c.all.map(wrap).reduce((a, b) => say('cond.and', { a, b }));
    if ('any' in c) return c.any.map(wrap).reduce((a, b) => say('cond.or', { a, b }));
    if ('not' in c) return say('cond.not', { c: condition(c.not) });
    if (!('value' in c)) return say(c.op === 'exists' ? 'cond.present' : 'cond.missing', { field: c.field });
    const value = Array.isArray(c.value) ? c.value.map(String).join(', ') : String(c.value);
    const symbol = OPS[c.op];
    if (symbol !== undefined) return `${c.field} ${symbol} ${value}`;
    return say(`cond.${c.op}` as SummaryKey, { field: c.field, value });
  }

  /** "Mon–Fri 09:00–14:00, 15:00–18:00": consecutive days with the same hours grouped. */
  function weekWords(week: Record<Weekday, [number, number][]>): string {
    const groups: { from: Weekday; to: Weekday; hours: string }[] = [];
    for (const day of DAYS) {
      const hours = week[day].map(([s, e]) => `${hhmm(s)}–${hhmm(e)}`).join(', ');
      const last = groups[groups.length - 1];
      if (last && last.hours === hours && DAYS.indexOf(last.to) === DAYS.indexOf(day) - 1) last.to = day;
      else groups.push({ from: day, to: day, hours });
    }
    const open = groups.filter((g) => g.hours !== '');
    if (open.length === 0) return say('week.closed');
    const dayName = (d: Weekday) => say(`day.${d}`);
    return open.map((g) => `${dayName(g.from)}${g.from === g.to ? '' : `–${dayName(g.to)}`} ${g.hours}`).join('; ');
  }

  return phrase;
}

function hhmm(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
