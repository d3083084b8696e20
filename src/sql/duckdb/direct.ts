/**
 * `check --engine duckdb` on the export itself (issue 7): DuckDB's CSV reader reads the
 * file (every column as VARCHAR, the delimiter, quote and header given, not sniffed), and
 * the mapping (src/leads/mapping/types.ts) becomes SQL: column → canonical field, value
 * maps, per-column date formats, the zone of cells without an offset, date-only cells,
 * numbers, attributes, duplicate ids, and every rejection with the streaming source's file,
 * row and reason. The translation is built from the `Mapping` object, so presets and
 * mapping files go the same way.
 *
 * What this cannot reproduce exactly returns `{ ok: false, reason }`, and the caller reads
 * that input with the streaming source instead (and says so): NDJSON, joined files,
 * encodings other than UTF-8, date formats with names (luxon's parser), layouts DuckDB
 * numbers differently (csv-inspect.ts), a file DuckDB's strict reader refuses, wall-clock
 * dates outside the zone table's years, and a zone that changes too often.
 *
 * The statements: the zone as two macros (zone-days.ts: revpact's own offsets, not ICU's);
 * (1) the file → one row per record, each cell trimmed, mapped and read, the canonical lead
 * and its first problem as the reason, in a table whose rowid is the file's order; (2) the
 * `<table>_rejections` table and the canonical `leads` view, duplicates found among the rows
 * that became leads. Each attribute is a text column of its own, which the report reads
 * (PlanOptions.attributeColumns); the view's `attributes` JSON is built from them only when
 * something reads it.
 */
import { NUMBER_FIELDS, PII_FIELDS, TEXT_FIELDS, TIMESTAMP_FIELDS, type LeadNeeds, type TimestampField } from '../../leads/lead.js';
import {
  camelCase,
  datesWithoutColumn,
  DECIMAL_COMMA,
  dealTooLarge,
  DECIMAL_COMMA_HINT,
  headerFinder,
  MAX_DEAL_AMOUNT,
  HeaderEcho,
  OPEN_QUOTE,
  REPEATED_HEADER,
  twiceInHeader,
  unlabelledColumns,
  unlabelledNote,
} from '../../leads/mapping/convert.js';
import type { AttributeType, ColumnRule, LeadField, Mapping, MappedValue } from '../../leads/mapping/types.js';
import { fieldType } from '../../leads/mapping/types.js';
import { LEAD_COLUMNS, rejectionsTable, rejectionsTableDdl } from '../ddl.js';
import { ident, str, tableName } from '../quote.js';
import type { SqlRunner } from '../runner.js';
import { inspectCsv } from './csv-inspect.js';
import { BUCKET_MS, buckets, localDayRows, utcDayRows, type Buckets } from './zone-days.js';

export interface DirectInput {
  path: string;
  display: string;
}

/** `reason` is empty when the streaming source will report the problem itself (a missing file, a header without the id column). */
export type DirectLoad =
  | {
      ok: true;
      leads: number;
      rejected: number;
      /** The file's column labels, as the streaming source gives them (SourceStats.columns). */
      header: string[];
      /** The attributes the view also has as text columns of their own: name → column (PlanOptions.attributeColumns). */
      attributes: ReadonlyMap<string, string>;
      /**
       * Drops the view and the tables behind it (every cell of the file, mapped). Once the
       * report's working copy of the leads is built from the view, nothing reads them again;
       * on a large file they are most of what DuckDB holds, and holding them makes the rest
       * spill to disk. The rejections table stays.
       */
      release: string;
    }
  | { ok: false; reason: string };

const DAY = 86_400_000;
/** The years the zone table covers: wall-clock cells outside them are read by the streaming source. */
const ZONE_FIRST_YEAR = 1990;
const ZONE_LAST_YEAR = 2049;
const ZONE_FIRST_DAY = Date.UTC(ZONE_FIRST_YEAR, 0, 1) / DAY;
const ZONE_LAST_DAY = Date.UTC(ZONE_LAST_YEAR, 11, 31) / DAY;
/** Columns read beyond the header's, so that a wider row is counted (and rejected) rather than refused by DuckDB. */
const EXTRA = 8;
/** The null string: a text no export holds, so that an empty cell is '' and only a missing cell is NULL. */
const NULL_STR = '\u0001revpact:none\u0001';
/**
 * What the source trims from a cell (convert.ts, isBlank): code points up to 32, NBSP and the
 * BOM, as SQL. NUL cannot be in a SQL literal, so it comes from chr(0): left out, a date cell
 * ending in a NUL byte was read by the source and rejected here, and the reports differed.
 */
const TRIM_CHARS = `chr(0) || ${str(Array.from({ length: 32 }, (_, i) => String.fromCharCode(i + 1)).join('') + '\u00a0\ufeff')}`;
/** A cell's first or last character is one the source trims (TRIM_CHARS), as RE2 reads it: without (?m), ^ and $ are the cell's ends. */
const TRIM_EDGE = '^[\\x00-\\x20\\xa0\\x{feff}]|[\\x00-\\x20\\xa0\\x{feff}]$';
/**
 * A cell trimmed as the source trims it, NULL when empty. trim() with a set of characters
 * costs a microsecond a cell (4 s on 100k HubSpot rows): only cells that start or end with
 * one of them pay it. One regular expression tells which (about 0.45 s less on 1M HubSpot
 * rows than comparing ord() of both ends, which cuts a string for the last character).
 */
function trimmed(cell: string): string {
  return `CASE WHEN ${cell} = '' THEN NULL WHEN NOT regexp_matches(${cell}, ${str(TRIM_EDGE)}) THEN ${cell} ELSE nullif(trim(${cell}, ${TRIM_CHARS}), '') END`;
}

/**
 * A trimmed cell in NFC: as is when it is ASCII (its byte length is its length in
 * characters), else composed. The source composes only cells with a character from U+0300
 * on; every character below it is its own NFC form, so both give the same text.
 */
function composedSql(cell: string): string {
  return `CASE WHEN strlen(${cell}) = length(${cell}) THEN ${cell} ELSE nfc_normalize(${cell}) END`;
}

/** JavaScript's trim() as a regular expression class (the slow number path trims again). */
const JS_WS = `[ \\t\\n\\v\\f\\r\\x{00a0}\\x{1680}\\x{2000}-\\x{200a}\\x{2028}\\x{2029}\\x{202f}\\x{205f}\\x{3000}\\x{feff}]`;

type Target =
  | { kind: 'text'; field: LeadField }
  | { kind: 'number'; field: LeadField }
  | { kind: 'date'; field: TimestampField }
  | { kind: 'attribute'; name: string; type: AttributeType };

interface Slot {
  index: number;
  column: string;
  target: Target;
  keep: boolean;
  formats: string[];
  dateOnly: boolean;
  values?: Record<string, MappedValue>;
  otherwise: 'keep' | 'empty' | 'reject';
}

/** Which columns hold what: compileCsv's matching (convert.ts), as data. Undefined when the source would refuse the header (it then says why). */
function slotsOf(mapping: Mapping, header: readonly string[], needs: LeadNeeds): Slot[] | undefined {
  if (twiceInHeader(mapping, header) !== undefined) return undefined;
  const find = headerFinder(header);
  const slots: (Slot | null | undefined)[] = header.map(() => undefined);
  const names = new Set<string>();
  let hasId = false;
  for (const rule of mapping.columns) {
    const i = find(rule.column);
    if (i === undefined) {
      if (!rule.optional) return undefined;
      continue;
    }
    if (slots[i] !== undefined) continue;
    slots[i] = slotOf(rule, i, mapping);
    if (rule.target.kind === 'field' && rule.target.field === 'id') hasId = true;
    if (rule.target.kind === 'attribute') names.add(rule.target.name);
  }
  if (!hasId) return undefined;
  header.forEach((label, i) => {
    if (slots[i] !== undefined || mapping.unmapped === 'ignore') return;
    let name = safeName(label.trim() === '' ? `column${i + 1}` : mapping.attributeNames === 'label' ? label.trim() : camelCase(label));
    for (let n = 2; names.has(name); n++) name = `${name.replace(/_\d+$/, '')}_${n}`;
    names.add(name);
    slots[i] = {
      index: i,
      column: label.trim(),
      target: { kind: 'attribute', name, type: 'auto' },
      keep: true,
      formats: mapping.dates.formats,
      dateOnly: false,
      otherwise: 'keep',
    };
  });
  // What the report does not read is only checked, as the source's `needed` does.
  const out: Slot[] = [];
  for (const s of slots) {
    if (!s) continue;
    const t = s.target;
    const read =
      t.kind === 'attribute' ? needs.attributes.has(t.name) : !(PII_FIELDS as readonly string[]).includes(t.field) || needs.pii.has(t.field as never);
    if (read) out.push(s);
    else if (
      t.kind === 'number' ||
      t.kind === 'date' ||
      (t.kind === 'attribute' && t.type !== 'text' && t.type !== 'auto') ||
      (s.values !== undefined && s.otherwise === 'reject')
    )
      out.push({ ...s, keep: false });
  }
  return out;
}

function safeName(name: string): string {
  return name === '__proto__' ? '__proto__attribute' : name;
}

function slotOf(rule: ColumnRule, index: number, mapping: Mapping): Slot | null {
  const t = rule.target;
  if (t.kind === 'ignore') return null;
  const base = { index, column: rule.column, keep: true, formats: rule.formats, dateOnly: rule.dateOnly, values: rule.values, otherwise: rule.otherwise };
  if (t.kind === 'attribute')
    return { ...base, target: { kind: 'attribute', name: safeName(t.name), type: t.type }, formats: t.type === 'date' ? rule.formats : mapping.dates.formats };
  const type = fieldType(t.field);
  return {
    ...base,
    target:
      type === 'date'
        ? { kind: 'date', field: t.field as TimestampField }
        : type === 'number'
          ? { kind: 'number', field: t.field }
          : { kind: 'text', field: t.field },
  };
}

// ── Dates ───────────────────────────────────────────────────────────────────────────

interface DatePattern {
  /** RE2, anchored by regexp_extract's full match. */
  regex: string;
  groups: string[];
  /** SQL of the local epoch ms from the struct `m`, NULL when a field is out of range (dates.ts, `fast`). */
  local: { ok: string; value: string; year: string };
  timed: boolean;
}

/** yyyy-MM-dd[(T| )HH:mm[:ss[.fff]][Z|±HH[:mm]]], as dates.ts's `iso` reads it. */
const ISO: DatePattern = {
  regex: '^(\\d{4})-(\\d{2})-(\\d{2})(?:([Tt ])(\\d{2}):(\\d{2})(?::(\\d{2})(?:[.,](\\d+))?)?(?:([Zz])|([+-])(\\d{2})(?::?(\\d{2}))?)?)?$',
  groups: ['y', 'mo', 'd', 'sep', 'h', 'mi', 's', 'f', 'z', 'sign', 'oh', 'om'],
  local: { ok: 'FALSE', value: 'NULL', year: 'NULL' },
  timed: true,
};

/** A luxon format of numeric tokens as a regular expression; undefined when luxon's own parser would read it (names, weeks...). */
export function formatPattern(format: string): DatePattern | undefined {
  const parts: string[] = [];
  const groups: string[] = [];
  let timed = false;
  let prevVariable = false;
  const has = new Set<string>();
  let i = 0;
  const literal = (ch: string) => {
    if (/\s/.test(ch)) {
      if (parts[parts.length - 1] !== '[ \\t\\x{00a0}]+') parts.push('[ \\t\\x{00a0}]+');
    } else {
      if (prevVariable && /\d/.test(ch)) throw new Error('digit after a variable-width token');
      parts.push(ch.replace(/[\\^$.|?*+()[\]{}]/g, '\\$&'));
    }
    prevVariable = false;
  };
  try {
    while (i < format.length) {
      const c = format.charAt(i);
      if (c === "'") {
        const close = format.indexOf("'", i + 1);
        const text = close < 0 ? format.slice(i + 1) : format.slice(i + 1, close);
        for (const ch of text === '' ? "'" : text) literal(ch);
        i = close < 0 ? format.length : close + 1;
        continue;
      }
      if (!/[A-Za-z]/.test(c)) {
        literal(c);
        i++;
        continue;
      }
      let j = i + 1;
      while (j < format.length && format.charAt(j) === c) j++;
      const n = j - i;
      i = j;
      let token: [string, string, boolean] | undefined; // group, regex, variable width
      if (c === 'y')
        token = n === 4 ? ['y', '(\\d{4})', false] : n === 2 ? ['yy', '(\\d{2})', false] : undefined; /* y: up to six digits, beyond DuckDB's dates */
      else if (c === 'M' || c === 'L') token = n <= 2 ? ['mo', '(\\d{1,2})', true] : undefined;
      else if (c === 'd') token = n <= 2 ? ['d', '(\\d{1,2})', true] : undefined;
      else if (c === 'H') token = n <= 2 ? ['h', '(\\d{1,2})', true] : undefined;
      else if (c === 'h') token = n <= 2 ? ['h12', '(\\d{1,2})', true] : undefined;
      else if (c === 'm') token = n <= 2 ? ['mi', '(\\d{1,2})', true] : undefined;
      else if (c === 's') token = n <= 2 ? ['s', '(\\d{1,2})', true] : undefined;
      else if (c === 'S') token = n === 3 ? ['f', '(\\d{3})', false] : n === 1 ? ['f', '(\\d{1,3})', true] : undefined;
      else if (c === 'a') token = n === 1 ? ['ampm', '([AaPp][Mm])', false] : undefined;
      if (!token) return undefined;
      if (prevVariable && token[0] !== 'ampm') return undefined; // JS reads digits greedily, a regex backtracks
      if (groups.includes(token[0])) return undefined;
      if ('HhmsSakKt'.includes(c)) timed = true;
      has.add(token[0]);
      groups.push(token[0]);
      parts.push(token[1]);
      prevVariable = token[2];
    }
  } catch {
    return undefined;
  }
  if (!(has.has('y') || has.has('yy')) || !has.has('mo') || !has.has('d')) return undefined;
  if (has.has('ampm') !== has.has('h12') || (has.has('h') && has.has('h12'))) return has.has('ampm') && !has.has('h12') ? impossible() : undefined;
  const g = (name: string, otherwise = '0') => (groups.includes(name) ? `TRY_CAST(m.${ident(name)} AS BIGINT)` : otherwise);
  const year = groups.includes('yy') ? `(CASE WHEN TRY_CAST(m.yy AS INTEGER) > 60 THEN 1900 ELSE 2000 END + TRY_CAST(m.yy AS INTEGER))` : g('y');
  const hour = groups.includes('h12') ? `(TRY_CAST(m.h12 AS BIGINT) % 12 + CASE WHEN lower(m.ampm) = 'pm' THEN 12 ELSE 0 END)` : g('h');
  const ms = groups.includes('f') ? `TRY_CAST(rpad(m.f, 3, '0') AS BIGINT)` : '0';
  const checks = [
    ...(groups.includes('h') ? ['TRY_CAST(m.h AS INTEGER) <= 23'] : []),
    ...(groups.includes('h12') ? ['TRY_CAST(m.h12 AS INTEGER) BETWEEN 1 AND 12'] : []),
    ...(groups.includes('mi') ? ['TRY_CAST(m.mi AS INTEGER) <= 59'] : []),
    ...(groups.includes('s') ? ['TRY_CAST(m.s AS INTEGER) <= 59'] : []),
  ];
  return { regex: `^${parts.join('')}$`, groups, local: localMs(year, g('mo'), g('d'), hour, g('mi'), g('s'), ms, checks), timed };
}

/** A format with `a` but no `h` never reads a cell (dates.ts: a.m./p.m. without a 12-hour clock fails). */
function impossible(): DatePattern {
  return { regex: '^$', groups: ['never'], local: { ok: 'FALSE', value: 'NULL', year: 'NULL' }, timed: false };
}

/** Local epoch ms of parts: whether they are in range (month, day, the checks), and the value (NULL when the year is below 100: dates.ts, `instant`). */
function localMs(
  y: string,
  mo: string,
  d: string,
  h: string,
  mi: string,
  s: string,
  ms: string,
  checks: string[],
): { ok: string; value: string; year: string } {
  // Nested CASEs: make_date must not see a month or day out of range.
  const ok = `CASE WHEN ${mo} BETWEEN 1 AND 12 AND ${d} >= 1 THEN ${[`${d} <= day(last_day(make_date(${y}, ${mo}, 1)))`, ...checks].join(' AND ')} ELSE FALSE END`;
  return { ok, year: y, value: `CASE WHEN ${y} >= 100 THEN epoch_ms(make_date(${y}, ${mo}, ${d})) + ${h} * 3600000 + ${mi} * 60000 + ${s} * 1000 + ${ms} END` };
}

/** The ISO reading: local ms, offset ms (NULL without one), whether it had a time. */
const ISO_LOCAL = localMs(
  'TRY_CAST(m.y AS BIGINT)',
  'TRY_CAST(m.mo AS BIGINT)',
  'TRY_CAST(m.d AS BIGINT)',
  `coalesce(TRY_CAST(m.h AS BIGINT), 0)`,
  `coalesce(TRY_CAST(m.mi AS BIGINT), 0)`,
  `coalesce(TRY_CAST(m.s AS BIGINT), 0)`,
  `CASE WHEN m.f = '' THEN 0 ELSE TRY_CAST(rpad(left(m.f, 3), 3, '0') AS BIGINT) END`,
  [
    `(m.h = '' OR (TRY_CAST(m.h AS INTEGER) <= 23 AND TRY_CAST(m.mi AS INTEGER) <= 59))`,
    `(m.s = '' OR TRY_CAST(m.s AS INTEGER) <= 59)`,
    `(m.oh = '' OR (TRY_CAST(m.oh AS INTEGER) <= 18 AND (m.om = '' OR TRY_CAST(m.om AS INTEGER) <= 59)))`,
  ],
);
const ISO_OFFSET = `CASE WHEN m.z <> '' THEN 0 WHEN m.sign <> '' THEN (CASE WHEN m.sign = '-' THEN -1 ELSE 1 END) * (TRY_CAST(m.oh AS BIGINT) * 3600000 + coalesce(TRY_CAST(m.om AS BIGINT), 0) * 60000) END`;

/**
 * The ISO shapes most exports write (`2026-10-05`, `2026-10-05 14:03`, `2026-10-05T14:03:00.000Z`,
 * `...+02:00`), strictly: four-digit years from 0100, hours to 23, minutes and seconds to 59,
 * at most three fraction digits, offsets to ±18:59. Within that shape DuckDB's timestamp
 * cast reads exactly what dates.ts reads (and gives NULL for a day the month does not
 * have, which dates.ts would not read as ISO either): local ms, offset ms, timed.
 */
const FAST_ISO =
  '^(?:[1-9]\\d{3}|0[1-9]\\d{2})-\\d{2}-\\d{2}(?:[T ](?:[01]\\d|2[0-3]):[0-5]\\d(?::[0-5]\\d(?:\\.\\d{1,3})?)?(?:Z|[+-](?:0\\d|1[0-8]):[0-5]\\d)?)?$';

function fastIso(v: string): [string, string] {
  const zone = `CASE WHEN right(${v}, 1) = 'Z' THEN 1 WHEN length(${v}) > 16 AND substr(${v}, length(${v}) - 5, 1) IN ('+', '-') THEN 6 ELSE 0 END`;
  const shape = `regexp_full_match(${v}, ${str(FAST_ISO)})`;
  const local = `CASE WHEN ${shape} THEN epoch_ms(TRY_CAST(substr(${v}, 1, length(${v}) - (${zone})) AS TIMESTAMP)) END`;
  const sign = `CASE WHEN substr(${v}, length(${v}) - 5, 1) = '-' THEN -1 ELSE 1 END`;
  const offset = `CASE WHEN right(${v}, 1) = 'Z' THEN 0 WHEN length(${v}) > 16 AND substr(${v}, length(${v}) - 5, 1) IN ('+', '-') THEN ${sign} * (CAST(substr(${v}, length(${v}) - 4, 2) AS BIGINT) * 3600000 + CAST(right(${v}, 2) AS BIGINT) * 60000) END`;
  return [local, offset];
}

/** The regular expressions a date column is read with: ISO 8601, then each format (the matches are columns of their own, `m<i>_<k>`). */
function datePatterns(formats: readonly string[]): DatePattern[] {
  return [ISO, ...formats.map((f) => formatPattern(f) as DatePattern)];
}

function extract(w: string, p: DatePattern): string {
  return `CASE WHEN ${w} IS NOT NULL THEN regexp_extract(${w}, ${str(p.regex)}, [${p.groups.map(str).join(', ')}]) END`;
}

/**
 * A date cell's matches → STRUCT(l local ms, o offset ms or NULL, timed). ISO 8601 first,
 * then each format in order: the first that reads the cell decides. A year below 100 gives
 * `l` NULL (unparseable), except in ISO, where the formats then try (as in dates.ts).
 */
function dateStruct(matches: readonly string[], formats: readonly string[]): string {
  const on = (m: string, sql: string) => sql.replace(/\bm\./g, `${m}.`);
  const iso = matches[0] as string;
  const branches = [
    `CASE WHEN ${iso}.y <> '' AND ${on(iso, ISO_LOCAL.ok)} AND ${on(iso, ISO_LOCAL.year)} >= 100 THEN {'l': ${on(iso, ISO_LOCAL.value)}, 'o': ${on(iso, ISO_OFFSET)}, 'timed': ${iso}.h <> ''} END`,
  ];
  formats.forEach((f, k) => {
    const p = formatPattern(f) as DatePattern;
    const m = matches[k + 1] as string;
    branches.push(
      `CASE WHEN ${m}.${ident(p.groups[0] as string)} <> '' AND ${on(m, p.local.ok)} THEN {'l': ${on(m, p.local.value)}, 'o': CAST(NULL AS BIGINT), 'timed': ${p.timed ? 'TRUE' : 'FALSE'}} END`,
    );
  });
  return `coalesce(${branches.join(',\n      ')})`;
}

// ── Cells ───────────────────────────────────────────────────────────────────────────

/** quoteCell (convert.ts): the cell as JSON, cut at 60 characters. */
function quoteCell(expr: string): string {
  return `CAST(to_json(CASE WHEN length(${expr}) > 60 THEN left(${expr}, 57) || '…' ELSE ${expr} END) AS VARCHAR)`;
}

/** The value map as a CASE: exact keys, then keys ignoring case and spaces; `miss` for a cell in neither. */
function valueMap(v: string, lower: string, values: Record<string, MappedValue>, miss: string): string {
  const exact = new Map<string, string | null>();
  const loose = new Map<string, string | null>();
  for (const [key, val] of Object.entries(values)) {
    const k = key.normalize('NFC');
    const to = val === null ? null : String(val);
    exact.set(k, to);
    const lk = k.trim().toLowerCase();
    if (!loose.has(lk)) loose.set(lk, to);
  }
  const lit = (to: string | null) => (to === null || to === '' ? 'NULL' : str(to));
  const whens = [
    ...[...exact].map(([k, to]) => `WHEN ${v} = ${str(k)} THEN ${lit(to)}`),
    ...[...loose].map(([k, to]) => `WHEN ${lower} = ${str(k)} THEN ${lit(to)}`),
  ];
  // A blank cell is NULL here (trimmed): a key that is blank maps it, as in ValueMap (convert.ts).
  const blank = exact.has('') ? (exact.get('') as string | null) : loose.has('') ? (loose.get('') as string | null) : null;
  return `CASE WHEN ${v} IS NULL THEN ${lit(blank)} ${whens.join(' ')} ELSE ${miss} END`;
}

function inMap(v: string, lowerExpr: string, values: Record<string, MappedValue>): string {
  const keys = Object.keys(values).map((k) => k.normalize('NFC'));
  const lowered = [...new Set(keys.map((k) => k.trim().toLowerCase()))];
  return `(${v} IN (${keys.map(str).join(', ')}) OR ${lowerExpr} IN (${lowered.map(str).join(', ')}))`;
}

/** numberReader (values.ts), part 1: the formatted form's parts, matched only when the plain form does not read the cell. */
function numberMatch(w: string, decimal: '.' | ',', thousands: string): string {
  const dec = decimal === '.' ? '\\.' : ',';
  const cur = `(?:[A-Z]{3}${JS_WS}*|[$€£¥₹]${JS_WS}*)`;
  const t = thousands.replace(/[\\^$.|?*+()[\]{}]/g, '\\$&');
  const whole = thousands === '' ? '\\d+' : `\\d{1,3}(?:${t}\\d{3})+|\\d+`;
  // After the currency before and after, and JavaScript's trim: a sign, a currency again, the number.
  const slow = `^([+-]?)${cur}?(${whole})(?:${dec}(\\d+))?$`;
  const stripped = `regexp_replace(regexp_replace(regexp_replace(${w}, ${str(`^${cur}`)}, ''), ${str(`(?:${JS_WS}*[A-Z]{3}|${JS_WS}*[$€£¥₹])$`)}, ''), ${str(`^${JS_WS}+|${JS_WS}+$`)}, '', 'g')`;
  return `CASE WHEN ${w} IS NOT NULL AND NOT regexp_full_match(${w}, ${str(plainNumber(decimal))}) THEN regexp_extract(${stripped}, ${str(slow)}, ['sign', 'whole', 'frac']) END`;
}

function plainNumber(decimal: '.' | ','): string {
  return `^-?\\d+(${decimal === '.' ? '\\.' : ','}\\d+)?$`;
}

/** numberReader, part 2: the value, from the plain form or the parts; NULL when the cell is not a number. */
function numberValue(w: string, n: string, decimal: '.' | ',', thousands: string): string {
  const fromPlain = decimal === '.' ? `CAST(${w} AS DOUBLE)` : `CAST(replace(${w}, ',', '.') AS DOUBLE)`;
  const whole = thousands === '' ? `${n}.whole` : `replace(${n}.whole, ${str(thousands)}, '')`;
  const fromParts = `CAST((CASE WHEN ${n}.sign = '-' THEN '-' ELSE '' END) || ${whole} || CASE WHEN ${n}.frac <> '' THEN '.' || ${n}.frac ELSE '' END AS DOUBLE)`;
  return `CASE WHEN ${w} IS NULL THEN NULL WHEN ${n} IS NULL THEN ${fromPlain} WHEN ${n}.whole <> '' THEN ${fromParts} END`;
}

/** The kind of value autoValue (values.ts) reads a cell as: a number, true, false or text. */
const AUTO = { text: 0, number: 1, true: 2, false: 3 } as const;

function autoKind(w: string, decimal: '.' | ','): string {
  const re = decimal === ',' ? '^-?(?:0|[1-9]\\d{0,14})(?:,\\d+)?$' : '^-?(?:0|[1-9]\\d{0,14})(?:\\.\\d+)?$';
  return `CASE WHEN ${w} IS NULL THEN NULL WHEN regexp_full_match(${w}, ${str(re)}) THEN ${AUTO.number} WHEN ${w} IN ('true', 'TRUE', 'True') THEN ${AUTO.true} WHEN ${w} IN ('false', 'FALSE', 'False') THEN ${AUTO.false} ELSE ${AUTO.text} END`;
}

/** The number of an `auto` cell autoKind reads as one. */
function autoNumber(w: string, decimal: '.' | ','): string {
  return `CAST(${decimal === ',' ? `replace(${w}, ',', '.')` : w} AS DOUBLE)`;
}

/**
 * A number attribute as the streaming engine writes it (JavaScript's String(n)): whole
 * numbers under 1e15 as their digits; others as DuckDB's JSON reader writes the number back
 * (the shortest digits that read back as the same double, as JavaScript's), less the ".0"
 * it puts after a whole number (1e15 is "1000000000000000", not "1000000000000000.0") and
 * with JavaScript's "+" in a positive exponent ("1e+21"). Without those two, a --by on a
 * number attribute of 16 or more digits gave other keys on the two engines.
 */
function attributeNumberText(x: string): string {
  const json = `json_extract_string(CAST(${x} AS TEXT), '$')`;
  return `CASE WHEN ${x} = floor(${x}) AND abs(${x}) < 1e15 THEN CAST(CAST(${x} AS BIGINT) AS TEXT) ELSE regexp_replace(regexp_replace(${json}, '\\.0$', ''), 'e([0-9])', 'e+\\1') END`;
}

/** The view's column of an attribute's text. */
function attributeColumn(name: string): string {
  return `attribute:${name}`;
}

/**
 * The step at `ms` (local ms for a wall-clock shift, UTC ms for an offset): its bucket's value
 * before the bucket's first change, between, or after the second; NULL outside the buckets.
 * The lists are literals: DuckDB folds them once, and a lookup costs a few nanoseconds.
 */
function stepAt(b: Buckets, ms: string): string {
  if (b.v0.length === 0) return 'CAST(NULL AS BIGINT)';
  const list = (xs: number[]) => `[${xs.join(', ')}]`;
  const i = `(CAST(floor((${ms}) / ${BUCKET_MS}) AS BIGINT) - ${b.base - 1})`;
  return `CASE WHEN ${i} BETWEEN 1 AND ${b.v0.length} THEN CASE WHEN ${ms} < ${list(b.a1)}[${i}] THEN ${list(b.v0)}[${i}] WHEN ${ms} < ${list(b.a2)}[${i}] THEN ${list(b.v1)}[${i}] ELSE ${list(b.v2)}[${i}] END END`;
}

// ── The load ────────────────────────────────────────────────────────────────────────

export interface DirectOptions {
  table: string;
  needs: LeadNeeds;
}

/** Reads the export straight into DuckDB; `{ ok: false, reason }` when it must go through the streaming source instead (nothing is left behind then). */
export async function loadDirect(runner: SqlRunner, inputs: readonly DirectInput[], mapping: Mapping, options: DirectOptions): Promise<DirectLoad> {
  if (mapping.joins.length > 0 || inputs.length !== 1) return { ok: false, reason: 'a mapping that joins files' };
  const input = inputs[0] as DirectInput;
  let inspection;
  try {
    inspection = inspectCsv(input.path, mapping.csv, mapping.format);
  } catch {
    return { ok: false, reason: '' }; // missing, a folder...: the streaming source reports it, nothing to explain
  }
  if (!inspection.ok) return inspection;
  const { header, delimiter, skip, footerRecords } = inspection;
  const slots = slotsOf(mapping, header, options.needs);
  // A header the mapping does not fit, or that gives none of the dates the rules read: the streaming source reports it.
  if (!slots || datesWithoutColumn(mapping, header, options.needs) !== undefined) return { ok: false, reason: '' };
  for (const s of slots)
    for (const f of s.target.kind === 'date' || (s.target.kind === 'attribute' && s.target.type === 'date') ? s.formats : [])
      if (!formatPattern(f)) return { ok: false, reason: `the date format ${JSON.stringify(f)} (names or tokens only luxon reads)` };

  const zone = mapping.timeZone ?? 'UTC';
  const width = header.length;
  const raw = ident('revpact_raw');
  const { decimal, thousands } = mapping.numbers;
  const isDate = (s: Slot) => s.target.kind === 'date' || (s.target.kind === 'attribute' && s.target.type === 'date');
  const forced = slots.some((s) => isDate(s) && s.dateOnly);

  // The zone's days (zone-days.ts) for the years exports hold, as steps per bucket of days; a
  // wall-clock cell outside them sends the file to the source.
  const localSteps = (() => {
    const rows = localDayRows(zone, ZONE_FIRST_DAY, ZONE_LAST_DAY);
    return rows && buckets(rows);
  })();
  const utcSteps = forced
    ? (() => {
        const rows = utcDayRows(zone, ZONE_FIRST_DAY, ZONE_LAST_DAY);
        return rows && buckets(rows);
      })()
    : { base: 0, v0: [], a1: [], v1: [], a2: [], v2: [] };
  if (!localSteps || !utcSteps) return { ok: false, reason: `a zone that changes its offset more than twice in ${BUCKET_MS / DAY} days (${zone})` };
  await runner.exec(`-- ${zone}: local ms − instant for a wall-clock time (zone.ts toEpoch), and the offset at an instant (offsetAt), by steps
CREATE OR REPLACE TEMP MACRO revpact_zone_shift(ms) AS ${stepAt(localSteps, 'ms')};
CREATE OR REPLACE TEMP MACRO revpact_zone_offset(ms) AS ${stepAt(utcSteps, 'ms')};`);

  // Statement 1: one row per record, in layers: the cells (c) and the common ISO dates read
  // straight from them (f); the other cells trimmed and mapped (t, v); the regular-expression
  // matches of other dates and of formatted numbers (m, n); the values read (p); then, with
  // each wall-clock date's local day joined, the canonical lead and the first problem in
  // column order: the reason the row is rejected (convert.ts).
  const columns = Array.from({ length: width + EXTRA }, (_, i) => `${str(`c${i}`)}: 'VARCHAR'`).join(', ');
  const read = `read_csv(${str(input.path)}, header = false, skip = ${skip}, delim = ${str(delimiter)}, quote = '"', escape = '"', null_padding = true, nullstr = ${str(NULL_STR)}, strict_mode = true, auto_detect = false, encoding = 'utf-8', columns = {${columns}})`;
  const c = (i: number) => ident(`c${i}`);
  const count = Array.from({ length: width + EXTRA }, (_, i) => `CAST(${c(i)} IS NOT NULL AS INTEGER)`).join(' + ');
  const layer0: string[] = [];
  const layerT: string[] = [];
  const layerN: string[] = [];
  const layerV: string[] = [];
  const layerF: string[] = [];
  const layerM: string[] = [];
  const layerP: string[] = [];
  const layerD: string[] = [];
  const problems: string[] = [];
  /** Per date slot: the SQL of its local ms, offset, whether timed (in the final layer, as r.*). */
  const dates: { slot: Slot; l: string; o: string; timed: string }[] = [];
  for (const s of slots) {
    const t = ident(`t${s.index}`);
    const lt = ident(`l${s.index}`);
    const v = ident(`v${s.index}`);
    const out = ident(`p${s.index}`);
    const fl = ident(`fl${s.index}`);
    const column = s.column.replace(/'/g, "''");
    // A date cell in a common ISO shape has no spaces to trim: read from the cell itself, it skips the trim.
    const fastOnCell = isDate(s) && s.values === undefined;
    if (fastOnCell) layer0.push(`${fastIso(c(s.index))[0]} AS ${fl}`);
    const tk0 = s.target;
    // Text read in NFC, as the source reads it (convert.ts, `composed`): trimmed here, composed in the next layer.
    const nfc = s.values !== undefined || tk0.kind === 'text' || (tk0.kind === 'attribute' && (tk0.type === 'text' || tk0.type === 'auto'));
    if (nfc) {
      const tr = ident(`tr${s.index}`);
      layerT.push(`${trimmed(c(s.index))} AS ${tr}`);
      layerN.push(`${composedSql(tr)} AS ${t}`);
      if (s.values) layerN.push(`lower(${composedSql(tr)}) AS ${lt}`);
    } else layerT.push(`${fastOnCell ? `CASE WHEN ${fl} IS NULL THEN ${trimmed(c(s.index))} END` : trimmed(c(s.index))} AS ${t}`);
    layerV.push(`${s.values ? valueMap(t, lt, s.values, s.otherwise === 'keep' ? t : 'NULL') : t} AS ${v}`);
    if (s.values !== undefined && s.otherwise === 'reject') {
      const expected = Object.keys(s.values).map((k) => k.normalize('NFC'));
      const list = expected.slice(0, 8).join(', ') + (expected.length > 8 ? ', …' : '');
      problems.push(
        `CASE WHEN ${t} IS NOT NULL AND NOT ${inMap(t, lt, s.values)} THEN 'unexpected value ' || ${quoteCell(t)} || ${str(` in column "${s.column}" (expected one of ${list})`)} END`,
      );
    }
    const tk = s.target;
    if (tk.kind === 'text') {
      layerP.push(`${v} AS ${out}`);
    } else if (tk.kind === 'number' || (tk.kind === 'attribute' && tk.type === 'number')) {
      const n = ident(`n${s.index}`);
      layerM.push(`${numberMatch(v, decimal, thousands)} AS ${n}`);
      layerP.push(`${numberValue(v, n, decimal, thousands)} AS ${out}`);
      const hint = decimal === '.' ? ` || CASE WHEN regexp_full_match(${v}, ${str(DECIMAL_COMMA)}) THEN ${str(DECIMAL_COMMA_HINT)} ELSE '' END` : '';
      problems.push(`CASE WHEN ${v} IS NOT NULL AND ${out} IS NULL THEN 'unparseable number ' || ${quoteCell(v)} || ' in column "${column}"'${hint} END`);
      // As the streaming reader (leads/mapping/convert.ts): attempts a whole number, a deal's worth 0 or more and under 10^18.
      if (tk.kind === 'number' && tk.field === 'attempts')
        problems.push(
          `CASE WHEN ${out} < 0 OR ${out} <> floor(${out}) THEN 'not a number of attempts ' || ${quoteCell(v)} || ' in column "${column}" (expected a whole number, 0 or more)' END`,
        );
      if (tk.kind === 'number' && tk.field === 'dealAmount') {
        // The reason's words around the cell (convert.ts, dealTooLarge).
        const tooLarge = dealTooLarge('\u0001', s.column).split('\u0001');
        problems.push(
          `CASE WHEN ${out} < 0 THEN 'negative deal amount ' || ${quoteCell(v)} || ' in column "${column}" (a deal is worth 0 or more)' END`,
          `CASE WHEN ${out} >= ${MAX_DEAL_AMOUNT} THEN ${tooLarge.map(str).join(` || ${quoteCell(v)} || `)} END`,
        );
      }
    } else if (isDate(s)) {
      // The common ISO shapes through DuckDB's own timestamp cast; the rest through the regular expressions.
      const src = fastOnCell ? c(s.index) : v;
      if (!fastOnCell) layerF.push(`${fastIso(v)[0]} AS ${fl}`);
      const slow = ident(`sd${s.index}`);
      const matches = datePatterns(s.formats).map((p, k) => {
        const m = ident(`m${s.index}_${k}`);
        layerM.push(`CASE WHEN ${fl} IS NULL AND ${v} IS NOT NULL THEN ${extract(v, p)} END AS ${m}`);
        return m;
      });
      layerP.push(`CASE WHEN ${fl} IS NULL AND ${v} IS NOT NULL THEN ${dateStruct(matches, s.formats)} END AS ${slow}`);
      const [l, o, timed] = ['dl', 'do', 'dt'].map((x) => ident(`${x}${s.index}`)) as [string, string, string];
      const L = `CASE WHEN ${fl} IS NOT NULL THEN ${fl} ELSE ${slow}.l END`;
      const O = `CASE WHEN ${fl} IS NOT NULL THEN ${fastIso(src)[1]} ELSE ${slow}.o END`;
      layerD.push(`${L} AS ${l}`, `${O} AS ${o}`, `CASE WHEN ${fl} IS NOT NULL THEN length(${src}) > 10 ELSE ${slow}.timed END AS ${timed}`);
      const expected = [...s.formats, 'ISO 8601'].join(' or ');
      problems.push(
        `CASE WHEN ${fl} IS NULL AND ${v} IS NOT NULL AND (${slow} IS NULL OR ${slow}.l IS NULL) THEN 'unparseable date ' || ${quoteCell(v)} || ${str(` in column "${s.column}" (expected ${expected})`)} END`,
      );
      dates.push({ slot: s, l: `r.${l}`, o: `r.${o}`, timed: `r.${timed}` });
      layerP.push(`${fl} IS NOT NULL OR ${slow} IS NOT NULL AS ${out}`);
    } else if (tk.kind === 'attribute' && tk.type === 'boolean') {
      layerP.push(
        `CASE WHEN lower(${v}) IN ('true', 'yes', 'y', '1', 'on') THEN 'true' WHEN lower(${v}) IN ('false', 'no', 'n', '0', 'off') THEN 'false' END AS ${out}`,
      );
      problems.push(
        `CASE WHEN ${v} IS NOT NULL AND ${out} IS NULL THEN 'unparseable true/false ' || ${quoteCell(v)} || ' in column "${column}" (expected true/false, yes/no or 1/0)' END`,
      );
    } else if (tk.kind === 'attribute' && tk.type === 'text') {
      layerP.push(`${v} AS ${out}`);
    } else {
      layerP.push(`${v} AS ${out}`, `${autoKind(v, decimal)} AS ${ident(`ak${s.index}`)}`);
    }
  }
  const broken = Array.from({ length: width + EXTRA }, (_, i) => `coalesce(strpos(${c(i)}, chr(10)) > 0, FALSE)`).join(' OR ');
  // A row that lacks only the header's unlabelled last columns says so (convert.ts, unlabelledNote).
  const ghosts = unlabelledColumns(header);
  const ghostNote = ghosts === 0 ? '' : ` || CASE WHEN n_cells >= ${width - ghosts} AND n_cells < ${width} THEN ${str(unlabelledNote(ghosts))} ELSE '' END`;
  const cellCount = `CASE WHEN n_cells <> ${width} THEN 'row has ' || n_cells || ' cell' || CASE WHEN n_cells = 1 THEN '' ELSE 's' END || ' where the header has ${width}'${ghostNote} || CASE WHEN ${broken} THEN ${str(OPEN_QUOTE)} ELSE '' END END`;
  const idSlots = slots.filter((s) => s.target.kind === 'text' && s.target.field === 'id');
  const idLabel = (header[(idSlots[0] as Slot).index] as string).trim();
  const id = `coalesce(${idSlots.map((s) => `r.${ident(`p${s.index}`)}`).join(', ')})`;
  const missingId = `CASE WHEN ${id} IS NULL THEN ${str(`missing id (column "${idLabel}" is empty)`)} END`;
  // A row that repeats the header (convert.ts, HeaderEcho): every cell, trimmed, its column's label
  // (an empty label, a blank cell). Before any other problem, as the source says it first; only a
  // row whose id cell holds the id column's label is compared (`contains` is a memchr, not a trim).
  const idColumn = (idSlots[0] as Slot).index;
  const echo = new HeaderEcho(header, idColumn);
  const text = (t: string) => t.split('\0').map(str).join(' || chr(0) || ');
  const same = echo.labels
    .map((label, i) => {
      const cell = trimmed(c(i));
      const equal = label === '' ? `${cell} IS NULL` : `${cell} = ${text(label)}`;
      return i === 0 ? `(${equal} OR (starts_with(${c(0)}, chr(65279)) AND ${cell} = ${text(echo.quotedFirst)}))` : equal;
    })
    .join(' AND ');
  const repeated = `CASE WHEN contains(${c(idColumn)}, ${text(echo.labels[idColumn] ?? '')}) THEN CASE WHEN n_cells = ${width} AND ${same} THEN ${str(REPEATED_HEADER)} END END`;
  // A row like a header (HeaderEcho.otherHeader): the label cells counted only when the lead's
  // id (trimmed, in NFC) is one of the labels, one look-up a row. One that does not repeat the
  // header is the header of an export with other columns: the source stops there and says why,
  // so such a file is read by it. (A list, not IN: DuckDB expands IN into a comparison a label.)
  const labelList = `[${[...echo.labelSet].map(text).join(', ')}]`;
  const isLabel = (cell: string) => `coalesce(list_contains(${labelList}, ${trimmed(cell)}), FALSE)`;
  const labelCells = Array.from({ length: width + EXTRA }, (_, i) => `CAST(${isLabel(c(i))} AS INTEGER)`).join(' + ');
  const mayBeHeader = `[${[...new Set([...echo.labelSet].flatMap((l) => [l.normalize('NFC'), l.trim().normalize('NFC')]))].map(text).join(', ')}]`;
  const headerLike =
    echo.labelSet.size === 0
      ? 'FALSE'
      : `CASE WHEN coalesce(list_contains(${mayBeHeader}, ${id}), FALSE) THEN ${isLabel(c(idColumn))} AND ${labelCells} >= ${echo.headerCells} ELSE FALSE END`;

  // Instants: a cell with an offset as it is; a wall-clock one shifted by its bucket's step (NULL outside the table's years).
  const outside: string[] = [];
  const instant = new Map<number, string>();
  const dateOnlyMark = new Map<number, string>();
  // The buckets' span, two days in from each end: a cell inside it has its instant, the
  // instant's UTC offset and its local midnight inside the tables too (offsets are under a day).
  const from = localSteps.base * BUCKET_MS + 2 * DAY;
  const to = (localSteps.base + localSteps.v0.length) * BUCKET_MS - 2 * DAY;
  for (const x of dates) {
    let t = `CASE WHEN ${x.o} IS NOT NULL THEN ${x.l} - ${x.o} ELSE ${x.l} - revpact_zone_shift(${x.l}) END`;
    const far = `(${x.l} < ${from} OR ${x.l} >= ${to})`;
    outside.push(`(${x.o} IS NULL AND ${far})`);
    if (x.slot.dateOnly) {
      // startOfLocalDay (zone.ts): the local day of the instant (offsetAt by UTC), then its midnight's instant.
      const midnight = `CAST(floor(((${t}) + revpact_zone_offset(${t})) / ${DAY}) AS BIGINT) * ${DAY}`;
      outside.push(`(${x.timed} AND ${far})`);
      t = `CASE WHEN ${x.timed} THEN ${midnight} - revpact_zone_shift(${midnight}) ELSE ${t} END`;
    }
    instant.set(x.slot.index, t);
    dateOnlyMark.set(x.slot.index, x.slot.dateOnly ? 'TRUE' : `NOT ${x.timed}`);
  }
  const byField = (field: string) => slots.filter((s) => s.keep && s.target.kind !== 'attribute' && s.target.field === field);
  const select: string[] = [];
  for (const col of LEAD_COLUMNS) {
    const f = col.field;
    if ((TEXT_FIELDS as readonly string[]).includes(f) || (PII_FIELDS as readonly string[]).includes(f)) {
      const vs = byField(f).map((s) => `r.${ident(`p${s.index}`)}`);
      select.push(vs.length === 0 ? 'CAST(NULL AS VARCHAR)' : f === 'name' ? `nullif(concat_ws(' ', ${vs.join(', ')}), '')` : `coalesce(${vs.join(', ')})`);
    } else if ((NUMBER_FIELDS as readonly string[]).includes(f)) {
      const vs = byField(f).map((s) => `r.${ident(`p${s.index}`)}`);
      select.push(vs.length === 0 ? 'CAST(NULL AS DOUBLE)' : `coalesce(${vs.join(', ')})`);
    } else if ((TIMESTAMP_FIELDS as readonly string[]).includes(f)) {
      const vs = byField(f).map((s) => instant.get(s.index) as string);
      select.push(vs.length === 0 ? 'CAST(NULL AS TIMESTAMPTZ)' : `CAST(epoch_ms(coalesce(${vs.join(', ')})) AS TIMESTAMPTZ)`);
    } else if (f === 'dateOnly') {
      // In the order the source marks them: by the column (in header order) that gave the field its value, when that cell had no time.
      const marks = slots.flatMap((s) => {
        if (!s.keep || s.target.kind !== 'date') return [];
        const field = s.target.field;
        const earlier = byField(field).filter((e) => e.index < s.index);
        const set = [`r.${ident(`p${s.index}`)}`, ...earlier.map((e) => `NOT r.${ident(`p${e.index}`)}`)].join(' AND ');
        return [`CASE WHEN ${set} AND ${dateOnlyMark.get(s.index) as string} THEN ${str(field)} END`];
      });
      // Most leads have none: the list is built only for those that have one.
      const any = marks.map((m) => `(${m}) IS NOT NULL`).join(' OR ');
      select.push(marks.length === 0 ? 'CAST(NULL AS VARCHAR[])' : `CASE WHEN ${any} THEN list_filter([${marks.join(', ')}], x -> x IS NOT NULL) END`);
    } else if (f === 'attributes') {
      select.push(''); // built by the view, from each attribute's own column (below), only when read
    } else if (f === 'origin.file') {
      select.push(''); // one file: its name is put in by the view, not stored a million times
    } else if (f === 'origin.row') {
      select.push(''); // the row is the table's rowid + 2 (below)
    } else {
      throw new Error(`no SQL for the canonical column ${col.name}`);
    }
  }
  // Each attribute as the text the report reads (what json_extract_string gives of the
  // canonical JSON), and for an `auto` one the kind of JSON value it is.
  const attributes = slots
    .filter((s) => s.keep && s.target.kind === 'attribute')
    .map((s) => {
      const { name, type } = s.target as { name: string; type: AttributeType };
      const p = `r.${ident(`p${s.index}`)}`;
      const text =
        type === 'date'
          ? `CASE WHEN ${p} THEN CAST(${instant.get(s.index) as string} AS VARCHAR) END`
          : type === 'number'
            ? attributeNumberText(p)
            : type === 'auto'
              ? `CASE r.${ident(`ak${s.index}`)} WHEN ${AUTO.number} THEN ${attributeNumberText(autoNumber(p, decimal))} WHEN ${AUTO.true} THEN 'true' WHEN ${AUTO.false} THEN 'false' ELSE ${p} END`
              : p;
      return { name, type, text, column: ident(`a${s.index}`), kind: type === 'auto' ? ident(`ak${s.index}`) : undefined };
    });
  // What the table stores: not what the view puts in itself, nor a field no column gives (a
  // NULL a row still costs 8 to 16 bytes: 54 MB of the 365 MB table on 1,000,000 HubSpot rows,
  // whose statement then ran out of DuckDB's 512 MB and took twice as long).
  const stored = (e: string) => e !== '' && !e.startsWith('CAST(NULL AS ');
  const layer = (items: string[], inner: string, indent: string) =>
    `SELECT *${items.length > 0 ? `,\n${indent}  ${items.join(`,\n${indent}  `)}` : ''}\n${indent}FROM (\n${inner}\n${indent})`;
  let body = `          SELECT *, ${count} AS n_cells${layer0.length > 0 ? `,\n            ${layer0.join(',\n            ')}` : ''}\n          FROM ${read}`;
  body = layer(layerT, body, '        ');
  body = layer(layerN, body, '        ');
  body = layer(layerV, body, '       ');
  body = layer(layerF, body, '      ');
  body = layer(layerM, body, '     ');
  body = layer(layerP, body, '    ');
  body = layer(layerD, body, '   ');
  const statement1 = `-- ${input.display.replace(/\n/g, ' ')}: every record, its cells trimmed, mapped and read; the first problem is why it is rejected
CREATE TEMP TABLE ${raw} AS
SELECT ${[
    ...select.flatMap((e, i) => (stored(e) ? [`${e} AS ${ident((LEAD_COLUMNS[i] as { name: string }).name)}`] : [])),
    ...attributes.flatMap((a) => [`${a.text} AS ${a.column}`, ...(a.kind === undefined ? [] : [`r.${a.kind} AS ${a.kind}`])]),
  ].join(',\n  ')},
  coalesce(${[repeated, cellCount, ...problems, missingId].join(',\n    ')}) AS revpact_problem,
  ${outside.length > 0 ? outside.join(' OR ') : 'FALSE'} AS revpact_outside,
  ${headerLike} AS revpact_header_like
FROM (
${body}
) r`;
  try {
    await runner.exec(statement1);
  } catch (e) {
    await runner.exec(`DROP TABLE IF EXISTS ${raw}`);
    const message = e instanceof Error ? e.message : String(e);
    // A record DuckDB's strict reader refuses (an unclosed quote, text after a closing quote, too many cells), or a file it
    // cannot read at all ("The CSV Parser state machine reached an invalid state": lines ending in LF and CRLF mixed,
    // which the source reads): the source reads the file.
    if (/CSV Error|CSV Parser|unicode|UTF-8|encoding/i.test(message)) return { ok: false, reason: `DuckDB's CSV reader: ${message.split('\n')[0] ?? ''}` };
    throw e;
  }
  // The footer: the last records, after the blank line (csv-inspect.ts counted them).
  if (footerRecords > 0) await runner.exec(`DELETE FROM ${raw} WHERE rowid > (SELECT max(rowid) FROM ${raw}) - ${footerRecords}`);
  const far = await runner.all(
    `SELECT count(*) AS n, count(*) FILTER (WHERE revpact_outside) AS outside, count(*) FILTER (WHERE revpact_header_like AND revpact_problem IS DISTINCT FROM ${str(REPEATED_HEADER)}) AS headers FROM ${raw}`,
  );
  if (Number(far[0]?.['n']) === 0 || Number(far[0]?.['headers']) > 0) {
    // A header and no rows of data, or a second export's header with other columns: the streaming source refuses the file, and says why.
    await runner.exec(`DROP TABLE ${raw}`);
    return { ok: false, reason: '' };
  }
  if (Number(far[0]?.['outside']) > 0) {
    await runner.exec(`DROP TABLE ${raw}`);
    return { ok: false, reason: `dates without an offset outside ${ZONE_FIRST_YEAR}–${ZONE_LAST_YEAR}` };
  }

  // The leads: the rows without a problem, each id's first; the rejections in row order. A
  // record's row is its rowid + 2 (the header is row 1): the table keeps the file's order,
  // which a row_number() in the read would have kept only by reading on one thread.
  const table = options.table;
  const dups = ident('revpact_duplicates');
  const row = 'CAST(r.rowid + 2 AS INTEGER)';
  // The canonical JSON of the attributes, from their columns: computed only if something reads it.
  const pairs = attributes.map((a) => {
    const value =
      a.type === 'text'
        ? `CAST(to_json(r.${a.column}) AS VARCHAR)`
        : a.kind !== undefined
          ? `CASE WHEN r.${a.kind} = ${AUTO.text} THEN CAST(to_json(r.${a.column}) AS VARCHAR) ELSE r.${a.column} END`
          : `r.${a.column}`;
    return `CASE WHEN r.${a.column} IS NOT NULL THEN ${str(JSON.stringify(a.name) + ':')} || ${value} END`;
  });
  const json = pairs.length === 0 ? 'CAST(NULL AS JSON)' : `CAST(nullif('{' || concat_ws(',', ${pairs.join(', ')}) || '}', '{}') AS JSON)`;
  const leadColumns = [
    ...LEAD_COLUMNS.map((col, i) =>
      col.field === 'origin.row'
        ? `${row} AS origin_row`
        : col.field === 'origin.file'
          ? `${str(input.display)} AS origin_file`
          : col.field === 'attributes'
            ? `${json} AS attributes`
            : stored(select[i] as string)
              ? `r.${ident(col.name)}`
              : `${select[i] as string} AS ${ident(col.name)}`,
    ),
    ...attributes.map((a) => `r.${a.column} AS ${ident(attributeColumn(a.name))}`),
  ].join(', ');
  await runner.exec(`-- Ids that more than one row holds: the first row keeps it, the others are rejected (sources/ids.ts)
CREATE TEMP TABLE ${dups} AS SELECT id, min(${row}) AS first_row FROM ${raw} r WHERE revpact_problem IS NULL GROUP BY id HAVING count(*) > 1;
${rejectionsTableDdl('duckdb', table)};
INSERT INTO ${tableName(rejectionsTable(table))}
SELECT ${str(input.display)}, "row", reason FROM (
  SELECT ${row} AS "row", r.revpact_problem AS reason FROM ${raw} r WHERE r.revpact_problem IS NOT NULL
  UNION ALL
  SELECT ${row}, 'duplicate id ' || CAST(to_json(r.id) AS VARCHAR) || ' (first seen at row ' || d.first_row || ')' FROM ${raw} r JOIN ${dups} d ON d.id = r.id WHERE r.revpact_problem IS NULL AND ${row} > d.first_row
) ORDER BY "row";
CREATE VIEW ${tableName(table)} AS
SELECT ${leadColumns}
FROM ${raw} r
LEFT JOIN ${dups} dd ON dd.id = r.id
WHERE r.revpact_problem IS NULL AND (dd.first_row IS NULL OR dd.first_row = ${row})`);
  const counts = await runner.all(`SELECT (SELECT count(*) FROM ${raw}) AS total, (SELECT count(*) FROM ${tableName(rejectionsTable(table))}) AS rejected`);
  const rejected = Number(counts[0]?.['rejected']);
  return {
    ok: true,
    leads: Number(counts[0]?.['total']) - rejected,
    rejected,
    header: header.map((h) => h.trim()),
    attributes: new Map(attributes.map((a) => [a.name, attributeColumn(a.name)])),
    release: `DROP VIEW ${tableName(table)}; DROP TABLE ${dups}; DROP TABLE ${raw}`,
  };
}
