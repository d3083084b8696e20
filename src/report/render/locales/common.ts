import { dealTooLarge, DECIMAL_COMMA_HINT, MIXED_LINE_ENDS, OPEN_QUOTE, REPEATED_HEADER, unlabelledNote } from '../../../leads/mapping/convert.js';
import { NEVER_CLOSED } from '../../../leads/sources/csv.js';
import { PULL_HEADER_AGAIN } from '../../../leads/sources/ndjson.js';
import { repeatedKeyProblem } from '../../../leads/sources/repeated-keys.js';

/**
 * What the es/pt/ca report catalogues share: plural choice and numbers by CLDR (through
 * Intl, as the agreement documents do), and instants in the locale's words. English keeps
 * ISO instants; the other locales write them as a reader of that language would.
 */

/** `one` or `other` by the locale's CLDR plural rules (Portuguese counts 0 as one, as the agreement's messages do). */
export function pluralOf(tag: string): (n: number, one: string, other: string) => string {
  const rules = new Intl.PluralRules(tag);
  return (n, one, other) => (rules.select(n) === 'one' ? one : other);
}

/** A raw quantity as the locale writes it: 1,5 — at most two decimals. */
export function numberOf(tag: string): (n: number) => string {
  const f = new Intl.NumberFormat(tag, { maximumFractionDigits: 2 });
  return (n) => f.format(n);
}

const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * An ISO instant with its offset ("2026-10-01T09:05:00+02:00") as the wall-clock time it
 * names, in the locale's words, offset kept: "1 oct 2026, 9:05 (UTC+02:00)". The wall clock
 * is read from the string itself, so neither the machine's zone nor a zone database moves
 * it. Anything else is returned as it is (it was cleaned by the caller).
 */
export function instantOf(tag: string): (iso: string) => string {
  const minutes = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' });
  const seconds = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'medium', timeZone: 'UTC' });
  return (iso) => {
    const m = INSTANT.exec(iso);
    if (!m) return iso;
    const [, y, mo, d, h, mi, s = '00', offset = 'Z'] = m;
    const at = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s));
    if (!Number.isFinite(at)) return iso;
    const wall = (s === '00' ? minutes : seconds).format(at);
    return `${wall} (${offset === 'Z' ? 'UTC' : `UTC${offset}`})`;
  };
}

/** The words a finding's detail carries from the engine ("x before y", "a to b", "(commitment c)"), in a locale. */
export interface DetailWords {
  before: string;
  to: string;
  commitment: string;
}

/** A finding's detail with the engine's English joining words said in the locale; data (field names, reasons) untouched. */
export function localDetail(detail: string, words: DetailWords): string {
  return detail
    .replace(/ before /g, ` ${words.before} `)
    .replace(/^(\d{4}-\d{2}-\d{2}) to (\d{4}-\d{2}-\d{2})$/, `$1 ${words.to} $2`)
    .replace(/ \(commitment ([^)]*)\)$/, ` (${words.commitment} $1)`);
}

/** "label|rest" details (the period gaps, the handoff): the two parts. */
export function splitDetail(detail: string): [string, string] {
  const at = detail.indexOf('|');
  return at < 0 ? [detail, ''] : [detail.slice(0, at), detail.slice(at + 1)];
}

/** The sentences the lead sources reject a row with (leads/mapping, leads/sources), in a locale; values and column names stay as written. */
export interface ReasonWords {
  duplicateId: (id: string, row: string) => string;
  missingId: (column: string) => string;
  unparseableDate: (value: string, column: string, expected: string | null) => string;
  /** After an NDJSON date written as digits: it looks like seconds or milliseconds since 1970 (convert.ts, epochTextHint). */
  epochText: (unit: 'seconds' | 'milliseconds') => string;
  unparseableNumber: (value: string, column: string) => string;
  /** Attempts below zero or in fractions. */
  badAttempts: (value: string, column: string) => string;
  negativeDealAmount: (value: string, column: string) => string;
  /** A deal amount of 10^18 or more (convert.ts, dealTooLarge). */
  dealTooLarge: (value: string, column: string) => string;
  unparseableBoolean: (value: string, column: string) => string;
  /** `near`: a lead's key that differs from it only in case or spaces, quoted; null when none. */
  noKey: (key: string, column: string, near: string | null) => string;
  /** A JSON number in a date field that is no epoch milliseconds; `why` says which way it fails. */
  epochDate: (value: string, key: string, why: 'infinite' | 'fraction' | 'seconds' | 'far') => string;
  missingKey: (column: string) => string;
  /** An NDJSON line JSON.parse refuses; `detail` is the parser's own (English) words. */
  notJson: (detail: string) => string;
  /** An NDJSON line that is JSON but no object: `found` is null, list, string, number or boolean. */
  notObject: (found: string) => string;
  /** An NDJSON field holding a list or an object where a number, date or text was expected. */
  wrongType: (expected: 'number' | 'date' | 'text', key: string, found: 'list' | 'object') => string;
  /** An NDJSON whole number in a text field (an id) longer than a JSON number keeps; `value` is what it reads as (convert.ts, inexactNumberProblem). */
  inexactNumber: (key: string, value: string) => string;
  /** An NDJSON record that writes a key `times` times, of which JSON keeps the last value (sources/repeated-keys.ts, repeatedKeyProblem). */
  repeatedKey: (key: string, times: number) => string;
  /** A row with more or fewer cells than the header has labels (convert.ts and join.ts `cellCount`, sql/duckdb/direct.ts). */
  cellCount: (count: number, width: number) => string;
  /** After the cell count of a row short of only the header's last `n` columns, which have no label (convert.ts, unlabelledNote). */
  unlabelled: (n: number) => string;
  /** After the cell count: a quoted cell of the row runs over lines, the sign of a quote left open (convert.ts, OPEN_QUOTE). */
  openQuote: string;
  /** After the cell count: a carriage return alone joined two lines of a file whose lines end in LF or CRLF (convert.ts, MIXED_LINE_ENDS). */
  mixedLineEnds: string;
  /** A row that repeats the header cell for cell: exports joined one after another (convert.ts, REPEATED_HEADER). */
  repeatedHeader: string;
  /** A record that ends inside a quoted cell (sources/csv.ts, NEVER_CLOSED). */
  neverClosed: string;
  /** A pull file's header line after line 1: pull files joined one after another (sources/ndjson.ts, PULL_HEADER_AGAIN). */
  pullHeaderAgain: string;
  /** After an unparseable number written with a decimal comma: the mapping setting that reads it (convert.ts, DECIMAL_COMMA_HINT). */
  decimalComma: string;
  /** A cell a value map with `otherwise: reject` does not name; `expected` is the map's keys as written ("New, MQL, …"). */
  unexpectedValue: (value: string, column: string, expected: string) => string;
  /** Joins the date formats a column may be in: "dd/MM/yyyy or ISO 8601". */
  or: string;
}

const QUOTED = String.raw`"(?:[^"\\]|\\.)*"`;
/** `text` matched as it is, in a RegExp: the reasons' own words, taken from the constants the sources write them with. */
const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/**
 * unlabelledNote(n) as a pattern: its first group matches when it says "a column", else its
 * second holds the number. Built from the note itself, cut at a count no header ends in, so
 * that a change of its words changes the pattern with them.
 */
const UNLABELLED = (() => {
  const some = 987654321;
  const [before = '', after = ''] = unlabelledNote(some).split(String(some));
  return `(?:(${literal(unlabelledNote(1))})|${literal(before)}(\\d+)${literal(after)})`;
})();
/** The ways convert.ts (`epochProblem`) says a number in a date field fails. */
const EPOCH_WHY: Record<string, 'infinite' | 'fraction' | 'seconds' | 'far'> = {
  'is not a finite number': 'infinite',
  'has a fraction of a millisecond': 'fraction',
  'falls before 1973: if it counts seconds, multiply it by 1000': 'seconds',
  'falls after the year 9999': 'far',
};
const REASONS: [RegExp, (w: ReasonWords, m: string[]) => string][] = [
  [/^duplicate id (.+) \(first seen at row (\d+)\)$/, (w, m) => w.duplicateId(m[1] ?? '', m[2] ?? '')],
  [new RegExp(`^missing id \\(column (${QUOTED}) is empty\\)$`), (w, m) => w.missingId(m[1] ?? '')],
  [new RegExp(`^missing id \\((${QUOTED}) is empty or absent\\)$`), (w, m) => w.missingId(m[1] ?? '')],
  [
    new RegExp(
      `^unparseable date (.+) in column (${QUOTED}) \\(expected (.+)\\); it looks like (seconds|milliseconds) since 1970: write it as a JSON number(?:, without quotes| of milliseconds \\(× 1000\\))$`,
    ),
    (w, m) =>
      w.unparseableDate(m[1] ?? '', m[2] ?? '', (m[3] ?? '').split(' or ').join(` ${w.or} `)) + w.epochText(m[4] === 'seconds' ? 'seconds' : 'milliseconds'),
  ],
  [
    new RegExp(`^unparseable date (.+) in column (${QUOTED}) \\(expected (.+)\\)$`),
    (w, m) => w.unparseableDate(m[1] ?? '', m[2] ?? '', (m[3] ?? '').split(' or ').join(` ${w.or} `)),
  ],
  [new RegExp(`^unparseable date (.+) in (${QUOTED})$`), (w, m) => w.unparseableDate(m[1] ?? '', m[2] ?? '', null)],
  [
    new RegExp(`^unparseable number (.+) in column (${QUOTED})(${literal(DECIMAL_COMMA_HINT)})?$`),
    (w, m) => w.unparseableNumber(m[1] ?? '', m[2] ?? '') + (m[3] === undefined ? '' : w.decimalComma),
  ],
  [
    new RegExp(`^not a number of attempts (.+) in column (${QUOTED}) \\(expected a whole number, 0 or more\\)$`),
    (w, m) => w.badAttempts(m[1] ?? '', m[2] ?? ''),
  ],
  [new RegExp(`^negative deal amount (.+) in column (${QUOTED}) \\(a deal is worth 0 or more\\)$`), (w, m) => w.negativeDealAmount(m[1] ?? '', m[2] ?? '')],
  [
    new RegExp(`^${literal(dealTooLarge('\u0001', '\u0002')).replace('\u0001', '(.+)').replace('"\u0002"', `(${QUOTED})`)}$`),
    (w, m) => w.dealTooLarge(m[1] ?? '', m[2] ?? ''),
  ],
  [
    new RegExp(`^unparseable true/false (.+) in column (${QUOTED}) \\(expected true/false, yes/no or 1/0\\)$`),
    (w, m) => w.unparseableBoolean(m[1] ?? '', m[2] ?? ''),
  ],
  [
    new RegExp(`^no lead has the key (.+) \\(column (${QUOTED})\\)(?:; the lead (.+) differs from it only in case or spaces)?$`),
    (w, m) => w.noKey(m[1] ?? '', m[2] ?? '', m[3] ?? null),
  ],
  [
    new RegExp(
      `^unparseable date (.+) in (${QUOTED}): a number in a date field is read as milliseconds since 1970-01-01 UTC, and this one (is not a finite number|has a fraction of a millisecond|falls before 1973: if it counts seconds, multiply it by 1000|falls after the year 9999); or write the date as ISO 8601 text \\("2026-10-05T14:03:00Z"\\)$`,
    ),
    (w, m) => w.epochDate(m[1] ?? '', m[2] ?? '', EPOCH_WHY[m[3] ?? ''] ?? 'far'),
  ],
  [new RegExp(`^missing key \\(column (${QUOTED}) is empty\\)$`), (w, m) => w.missingKey(m[1] ?? '')],
  [new RegExp(`^unexpected value (.+) in column (${QUOTED}) \\(expected one of (.*)\\)$`), (w, m) => w.unexpectedValue(m[1] ?? '', m[2] ?? '', m[3] ?? '')],
  // CSV records (mapping/convert.ts, mapping/join.ts, sources/csv.ts; sql/duckdb/direct.ts in the same words).
  [
    new RegExp(`^row has (\\d+) cells? where the header has (\\d+)(?:${UNLABELLED})?(?:(${literal(OPEN_QUOTE)})|(${literal(MIXED_LINE_ENDS)}))?$`),
    (w, m) =>
      w.cellCount(Number(m[1]), Number(m[2])) +
      (m[3] !== undefined ? w.unlabelled(1) : m[4] !== undefined ? w.unlabelled(Number(m[4])) : '') +
      (m[5] !== undefined ? w.openQuote : m[6] !== undefined ? w.mixedLineEnds : ''),
  ],
  [new RegExp(`^${literal(REPEATED_HEADER)}$`), (w) => w.repeatedHeader],
  [new RegExp(`^${literal(NEVER_CLOSED)}$`), (w) => w.neverClosed],
  [new RegExp(`^${literal(PULL_HEADER_AGAIN)}$`), (w) => w.pullHeaderAgain],
  // NDJSON (sources/ndjson.ts, mapping/convert.ts).
  [/^not valid JSON \((.*)\)$/s, (w, m) => w.notJson(m[1] ?? '')],
  [/^not a JSON object \(found (null|a list|string|number|boolean)\): .*$/, (w, m) => w.notObject(m[1] === 'a list' ? 'list' : (m[1] ?? ''))],
  [
    new RegExp(`^expected a (number|date|text) in (${QUOTED}), found an? (list|object)$`),
    (w, m) => w.wrongType(m[1] as 'number' | 'date' | 'text', m[2] ?? '', m[3] as 'list' | 'object'),
  ],
  [
    new RegExp(`^number too long to read exactly in (${QUOTED}) \\(it reads as (.+)\\): write it as a JSON string, in quotes$`),
    (w, m) => w.inexactNumber(m[1] ?? '', m[2] ?? ''),
  ],
  [
    new RegExp(`^${literal(repeatedKeyProblem('k', 987654321)).replace('"k"', `(${QUOTED})`).replace('987654321', '(\\d+)')}$`),
    (w, m) => w.repeatedKey(m[1] ?? '', Number(m[2])),
  ],
];

/** A rejection reason said in the locale when it is one the sources write; any other (or a cut one) as it is. */
export function localReason(reason: string, words: ReasonWords): string {
  for (const [pattern, say] of REASONS) {
    const m = pattern.exec(reason);
    if (m) return say(words, [...m]);
  }
  return reason;
}

/** A calendar date "YYYY-MM-DD" in the locale's words ("2 oct 2026"); anything else as it is. */
export function dateOf(tag: string): (iso: string) => string {
  const f = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeZone: 'UTC' });
  return (iso) => {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
    return m ? f.format(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : iso;
  };
}
