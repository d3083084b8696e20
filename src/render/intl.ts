/**
 * Numbers, money, shares, dates and lists in the words of a locale, through Intl (so the
 * output follows CLDR, not hand-written rules). Plain strings: the caller escapes them
 * for the format. Dates are calendar dates, formatted in UTC so the machine's time zone
 * never moves them a day.
 */
import type { DocumentLocale } from './locale.js';

const INTL_TAGS: Record<DocumentLocale, string> = { en: 'en', es: 'es', pt: 'pt', ca: 'ca' };

/** The BCP 47 tag Intl gets for a document locale. */
export function intlTag(locale: DocumentLocale): string {
  return INTL_TAGS[locale];
}

export interface IntlFormat {
  /** Up to two decimals: 1,234.57. */
  number(n: number): string;
  /** With an explicit sign: +10, -5, 0. */
  points(n: number): string;
  /** In the contract's currency, cents only when there are any; a code Intl rejects is printed after the number. */
  money(n: number): string;
  /** A ratio as a percentage: 0.125 → 12.5%. */
  percent(ratio: number): string;
  /** A calendar date "YYYY-MM-DD" in words; null for anything else. */
  date(iso: string): string | null;
  /** "a, b and c" / "a, b or c", as parts so the caller escapes the words between the items and not the items. */
  list(kind: 'and' | 'or', items: string[]): { type: 'element' | 'literal'; value: string }[];
}

export function createIntlFormat(locale: DocumentLocale, currency: string): IntlFormat {
  const tag = intlTag(locale);
  const numberFormat = new Intl.NumberFormat(tag, { maximumFractionDigits: 2 });
  const signedFormat = new Intl.NumberFormat(tag, { maximumFractionDigits: 2, signDisplay: 'exceptZero' });
  const percentFormat = new Intl.NumberFormat(tag, { style: 'percent', maximumFractionDigits: 2 });
  const dateFormat = new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' });
  const lists = { and: new Intl.ListFormat(tag, { type: 'conjunction' }), or: new Intl.ListFormat(tag, { type: 'disjunction' }) };

  return {
    number: (n) => numberFormat.format(n),
    points: (n) => signedFormat.format(n),
    money(n) {
      const digits = Number.isInteger(n) ? 0 : 2;
      try {
        return new Intl.NumberFormat(tag, { style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits }).format(n);
      } catch {
        // Intl rejects a malformed currency code (RangeError); the amount still reads.
        return `${numberFormat.format(n)} ${currency}`;
      }
    },
    percent: (ratio) => percentFormat.format(ratio),
    date(iso) {
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
      return m ? dateFormat.format(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
    },
    list: (kind, items) => lists[kind].formatToParts(items),
  };
}
