/**
 * Everything locale- and format-dependent that the model and the template helpers need,
 * in one object: the escaper, `t` over the locale files, and the Intl formatting, each
 * returning a `Safe` already escaped for the format.
 */
import { parseDuration } from '../shared/quantities.js';
import type { RuleDuration } from '../shared/quantities.js';
import type { TemplateSet } from './templates.js';
import type { Escaper } from './escape.js';
import { createIntlFormat } from './intl.js';
import { createTranslator, type Translate } from './messages.js';
import type { DocumentFormat } from './locale.js';
import type { DocumentLocale } from './locale.js';
import { Safe, type Param } from './safe.js';

export interface Text {
  locale: DocumentLocale;
  format: DocumentFormat;
  /** Translates `key`, interpolating `{name}` placeholders; `count` picks a plural form. */
  t: Translate;
  /** Untrusted data, escaped. */
  data: (s: string) => Safe;
  code: (s: string) => Safe;
  /** Strong emphasis around text already escaped. */
  strong: (escaped: Safe) => Safe;
  /** A placeholder value as `t` prints it: Safe as is, a number formatted, a string escaped as data. */
  value: (v: Param) => Safe;
  number: (n: number) => Safe;
  /** With an explicit sign: +10, −5. */
  points: (n: number) => Safe;
  money: (n: number) => Safe;
  percent: (ratio: number) => Safe;
  /** A calendar date "YYYY-MM-DD" in words; anything else as data. */
  date: (iso: string) => Safe;
  /** A duration as written in the contract ("30m", "2d"), in words. */
  duration: (d: RuleDuration | string) => Safe;
  /** A length of time in minutes, in the largest whole unit: 60 → "1 hour", 90 → "90 minutes". */
  minutes: (minutes: number) => Safe;
  and: (items: Safe[]) => Safe;
  or: (items: Safe[]) => Safe;
  join: (items: Safe[], separatorKey: string) => Safe;
}

export interface TextOptions {
  locale: DocumentLocale;
  format: DocumentFormat;
  /** ISO 4217 code that money is printed in. */
  currency: string;
}

export function createText(templates: TemplateSet, options: TextOptions, esc: Escaper): Text {
  const { locale, format, currency } = options;
  const intl = createIntlFormat(locale, currency);
  const lit = (s: string) => new Safe(esc.literal(s));
  const value = (v: Param): Safe => (v instanceof Safe ? v : typeof v === 'number' ? lit(intl.number(v)) : new Safe(esc.data(v)));
  const t = createTranslator(templates, locale, { literal: esc.literal, param: (v) => value(v).value });
  // Items are already escaped; only the words between them ("and", commas) are not.
  const list = (kind: 'and' | 'or', items: Safe[]): Safe =>
    new Safe(
      intl
        .list(
          kind,
          items.map((i) => i.value),
        )
        .map((p) => (p.type === 'element' ? p.value : esc.literal(p.value)))
        .join(''),
    );

  const text: Text = {
    locale,
    format,
    t,
    data: (s) => new Safe(esc.data(s)),
    code: (s) => new Safe(esc.code(s)),
    strong: (escaped) => new Safe(esc.strong(escaped.value)),
    value,
    number: (n) => lit(intl.number(n)),
    points: (n) => lit(intl.points(n)),
    money: (n) => lit(intl.money(n)),
    percent: (r) => lit(intl.percent(r)),
    date(iso) {
      const words = intl.date(iso);
      return words !== null ? lit(words) : text.data(iso);
    },
    duration(d) {
      const written = typeof d === 'string' ? d : d.text;
      const parsed = parseDuration(written);
      if (parsed) {
        // "30m" on a business clock is 30 working minutes: say so.
        const business = typeof d !== 'string' && d.clock === 'business';
        const unit = business && parsed.unit === 'm' ? 'bm' : business && parsed.unit === 'h' ? 'bh' : parsed.unit;
        return t(`duration.${unit}`, { count: parsed.value });
      }
      return typeof d === 'string' ? text.data(d) : t('duration.m', { count: d.minutes });
    },
    minutes: (minutes) => (minutes >= 60 && minutes % 60 === 0 ? t('duration.h', { count: minutes / 60 }) : t('duration.m', { count: minutes })),
    and: (items) => list('and', items),
    or: (items) => list('or', items),
    join: (items, separatorKey) => new Safe(items.map((i) => i.value).join(t(separatorKey).value)),
  };
  return text;
}
