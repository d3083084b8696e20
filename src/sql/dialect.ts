/**
 * What differs between DuckDB and PostgreSQL in the SQL revpact writes, in one place.
 * Everything else in src/sql is standard SQL both accept.
 */
import type { SqlDialect } from './runner.js';
import { str } from './quote.js';

/**
 * Whitespace as JavaScript's String.prototype.trim sees it (the streaming engine's notion
 * of a blank cell), as a regular-expression bracket expression both RE2 (DuckDB) and
 * PostgreSQL's ARE engine read: the characters themselves, no escapes.
 */
const WS = `[ \t\n\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]`;

export interface Dialect {
  name: SqlDialect;
  /** A timestamptz column as epoch milliseconds (bigint). */
  epochMs(col: string): string;
  /** Whether a text[] column holds `value`. */
  arrayHas(col: string, value: string): string;
  /** An attribute of the JSON `attributes` column as text (JSON strings unquoted, numbers and booleans as written). */
  attribute(col: string, key: string): string;
  /** Whether `expr` matches a regular expression. */
  matches(expr: string, pattern: string): string;
  /** ORDER BY on text: byte order, like JavaScript's `<` on ASCII ids (PostgreSQL would use the database's collation). */
  binary(expr: string): string;
  /** A timestamptz column's local date's next midnight, in `zone`, as epoch ms; for date-only cells read as the end of their day. */
  nextLocalMidnightMs(col: string, zone: string): string;
  /** Whether a timestamptz column is a local midnight in `zone`. */
  isLocalMidnight(col: string, zone: string): string;
}

/** `expr` with JavaScript's trim(). */
export function jsTrim(expr: string): string {
  return `regexp_replace(${expr}, ${str(`^${WS}+|${WS}+$`)}, '', 'g')`;
}

/** Whether a text expression is absent or blank (the engine's `isMissing` on text). */
export function isBlank(d: Dialect, expr: string): string {
  return `(${expr} IS NULL OR ${d.matches(expr, `^${WS}*$`)})`;
}

/** The engine's numeric reading of text (`asNumber`): NULL unless the whole text is a decimal number. */
export function asNumber(d: Dialect, expr: string): string {
  return `CASE WHEN ${d.matches(expr, `^${WS}*[-+]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][-+]?[0-9]+)?${WS}*$`)} THEN CAST(${jsTrim(expr)} AS DOUBLE PRECISION) END`;
}

/** A double as JavaScript's String(n) prints it, for the usual range: integers without ".0". */
export function numberText(expr: string): string {
  return `CASE WHEN ${expr} = floor(${expr}) AND abs(${expr}) < 1e15 THEN CAST(CAST(${expr} AS BIGINT) AS TEXT) ELSE CAST(${expr} AS TEXT) END`;
}

const duckdb: Dialect = {
  name: 'duckdb',
  epochMs: (col) => `epoch_ms(${col})`,
  arrayHas: (col, value) => `coalesce(list_contains(${col}, ${str(value)}), FALSE)`,
  // A JSON Pointer (RFC 6901) reads any key, even one with dots, quotes or a leading "$".
  attribute: (col, key) => `json_extract_string(${col}, ${str('/' + key.replace(/~/g, '~0').replace(/\//g, '~1'))})`,
  matches: (expr, pattern) => `regexp_full_match(${expr}, ${str(pattern)})`,
  binary: (expr) => expr,
  nextLocalMidnightMs: (col, zone) => `epoch_ms(CAST(CAST(${col} AT TIME ZONE ${str(zone)} AS DATE) + 1 AS TIMESTAMP) AT TIME ZONE ${str(zone)})`,
  isLocalMidnight: (col, zone) => `(CAST(${col} AT TIME ZONE ${str(zone)} AS TIME) = TIME '00:00:00')`,
};

const postgres: Dialect = {
  name: 'postgres',
  epochMs: (col) => `CAST(EXTRACT(EPOCH FROM ${col}) * 1000 AS BIGINT)`,
  arrayHas: (col, value) => `coalesce(${str(value)} = ANY(${col}), FALSE)`,
  attribute: (col, key) => `(${col} ->> ${str(key)})`,
  matches: (expr, pattern) => `(${expr} ~ ${str(pattern)})`,
  binary: (expr) => `${expr} COLLATE "C"`,
  nextLocalMidnightMs: (col, zone) =>
    `CAST(EXTRACT(EPOCH FROM CAST(CAST(${col} AT TIME ZONE ${str(zone)} AS DATE) + 1 AS TIMESTAMP) AT TIME ZONE ${str(zone)}) * 1000 AS BIGINT)`,
  isLocalMidnight: (col, zone) => `(CAST(${col} AT TIME ZONE ${str(zone)} AS TIME) = TIME '00:00:00')`,
};

export function dialectOf(name: SqlDialect): Dialect {
  return name === 'duckdb' ? duckdb : postgres;
}
