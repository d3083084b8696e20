/**
 * Canonical leads as lines of PostgreSQL's COPY text format (one line per lead, columns
 * separated by tabs, \N for null; backslash, tab, newline and carriage return escaped).
 * https://www.postgresql.org/docs/current/sql-copy.html#id-1.9.3.55.9.2
 *
 * The columns are those of the canonical `leads` table (src/sql/ddl.ts), in this order.
 * Instants are written to the millisecond in UTC, so what comes back out is the epoch ms
 * the streaming source made, bit for bit.
 */
import { NUMBER_FIELDS, PII_FIELDS, TEXT_FIELDS, TIMESTAMP_FIELDS, type Lead, type Rejection } from '../../leads/lead.js';
import { LEAD_COLUMNS } from '../ddl.js';

/**
 * The order leadLine() writes, which must be the table's (src/sql/ddl.ts). A change there
 * that this file does not follow fails at once instead of loading values into the wrong columns.
 */
const WRITTEN = [...TEXT_FIELDS, ...NUMBER_FIELDS, ...TIMESTAMP_FIELDS, 'dateOnly', 'attributes', 'origin.file', 'origin.row', ...PII_FIELDS];
if (LEAD_COLUMNS.map((c) => c.field).join() !== WRITTEN.join()) {
  throw new Error(`src/sql/postgres/copy.ts writes ${WRITTEN.join()} but the canonical table has ${LEAD_COLUMNS.map((c) => c.field).join()}`);
}

/** The canonical table's columns in COPY order. */
export const COPY_COLUMNS: readonly string[] = LEAD_COLUMNS.map((c) => c.name);

export const REJECTION_COLUMNS: readonly string[] = ['file', 'row', 'reason'];

const NULL = '\\N';
const SPECIAL = /[\\\t\n\r]/;
const SPECIAL_ALL = /[\\\t\n\r]/g;
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' };

function text(value: string): string {
  return SPECIAL.test(value) ? value.replace(SPECIAL_ALL, (c) => ESCAPES[c] as string) : value;
}

function optionalText(value: string | undefined): string {
  return value === undefined ? NULL : text(value);
}

/** A number as float8 input: JavaScript's shortest round-trip form, which PostgreSQL reads back exactly. */
function number(value: number | undefined): string {
  if (value === undefined) return NULL;
  if (Number.isNaN(value)) return 'NaN';
  if (!Number.isFinite(value)) return value > 0 ? 'Infinity' : '-Infinity';
  return String(value);
}

// Years 1..9999 print as ISO 8601, which PostgreSQL reads as is; others need its own form.
const YEAR_1 = -62_135_596_800_000; // 0001-01-01T00:00:00Z (Date.UTC reads year 1 as 1901)
const YEAR_10000 = Date.UTC(10000, 0, 1);

const DAY_MS = 86_400_000;
const TWO = Array.from({ length: 60 }, (_, i) => String(i).padStart(2, '0'));
const THREE = Array.from({ length: 1000 }, (_, i) => String(i).padStart(3, '0'));
/** "YYYY-MM-DDT" by day number: leads of one export fall on a few thousand days. */
const days = new Map<number, string>();

/**
 * Epoch ms → a timestamptz literal in UTC, to the millisecond. The common case (whole ms,
 * years 1..9999) is ISO 8601 built from a per-day prefix and a table of digits: a million
 * leads carry five or six instants each, and Date#toISOString was most of a load's CPU.
 */
export function instant(ms: number | undefined): string {
  if (ms === undefined) return NULL;
  if (ms >= YEAR_1 && ms < YEAR_10000 && Number.isInteger(ms)) {
    const day = Math.floor(ms / DAY_MS);
    let prefix = days.get(day);
    if (prefix === undefined) {
      if (days.size > 100_000) days.clear();
      prefix = new Date(day * DAY_MS).toISOString().slice(0, 11);
      days.set(day, prefix);
    }
    let rest = ms - day * DAY_MS;
    const h = Math.floor(rest / 3_600_000);
    rest -= h * 3_600_000;
    const m = Math.floor(rest / 60_000);
    rest -= m * 60_000;
    const sec = Math.floor(rest / 1000);
    return `${prefix}${TWO[h] as string}:${TWO[m] as string}:${TWO[sec] as string}.${THREE[rest - sec * 1000] as string}Z`;
  }
  if (ms >= YEAR_1 && ms < YEAR_10000) return new Date(ms).toISOString();
  const d = new Date(ms);
  const year = d.getUTCFullYear();
  const pad = (n: number, w = 2) => String(n).padStart(w, '0');
  const time = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}.${pad(d.getUTCMilliseconds(), 3)}+00`;
  // The proleptic Gregorian year 0 is 1 BC.
  const [y, era] = year <= 0 ? [1 - year, ' BC'] : [year, ''];
  return `${pad(y, 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${time}${era}`;
}

/**
 * Why PostgreSQL cannot store a lead as it is, or undefined. Text columns cannot hold the
 * NUL character (U+0000), and jsonb refuses it too; such a lead is loaded as a rejection
 * with this reason, so nothing is dropped or changed silently.
 */
export function unstorable(lead: Lead): string | undefined {
  for (const key of Object.keys(lead)) {
    const v = (lead as unknown as Record<string, unknown>)[key];
    if (typeof v === 'string' && v.includes('\0')) return `a NUL character in ${key}, which PostgreSQL cannot store`;
  }
  for (const [key, v] of Object.entries(lead.attributes)) {
    if (key.includes('\0') || (typeof v === 'string' && v.includes('\0')))
      return `a NUL character in attribute ${JSON.stringify(key.replace(/\0/g, ''))}, which PostgreSQL cannot store`;
  }
  if (lead.origin.file.includes('\0')) return 'a NUL character in the file name, which PostgreSQL cannot store';
  return undefined;
}

/** One lead as a COPY text line (with its newline), columns in COPY_COLUMNS order. */
export function leadLine(lead: Lead): string {
  const dateOnly = lead.dateOnly && lead.dateOnly.length > 0 ? `{${lead.dateOnly.join(',')}}` : NULL;
  return (
    text(lead.id) +
    '\t' +
    optionalText(lead.stage) +
    '\t' +
    optionalText(lead.owner) +
    '\t' +
    optionalText(lead.source) +
    '\t' +
    optionalText(lead.rejectionReason) +
    '\t' +
    number(lead.attempts) +
    '\t' +
    number(lead.score) +
    '\t' +
    number(lead.dealAmount) +
    '\t' +
    instant(lead.createdAt) +
    '\t' +
    instant(lead.mqlAt) +
    '\t' +
    instant(lead.salAt) +
    '\t' +
    instant(lead.sqlAt) +
    '\t' +
    instant(lead.opportunityAt) +
    '\t' +
    instant(lead.wonAt) +
    '\t' +
    instant(lead.lostAt) +
    '\t' +
    instant(lead.recycledAt) +
    '\t' +
    instant(lead.disqualifiedAt) +
    '\t' +
    instant(lead.firstTouchAt) +
    '\t' +
    instant(lead.lastAttemptAt) +
    '\t' +
    instant(lead.rejectedAt) +
    '\t' +
    instant(lead.feedbackAt) +
    '\t' +
    dateOnly +
    '\t' +
    text(JSON.stringify(lead.attributes)) +
    '\t' +
    text(lead.origin.file) +
    '\t' +
    String(lead.origin.row) +
    '\t' +
    optionalText(lead.email) +
    '\t' +
    optionalText(lead.name) +
    '\t' +
    optionalText(lead.phone) +
    '\n'
  );
}

/** One rejection as a COPY text line. */
export function rejectionLine(r: Rejection): string {
  return `${text(r.file.replace(/\0/g, ''))}\t${r.row}\t${text(r.reason.replace(/\0/g, '\\0'))}\n`;
}
