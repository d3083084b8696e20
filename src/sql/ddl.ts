/**
 * The canonical `leads` relation (issue 7): the canonical lead (src/leads/lead.ts) as a
 * table, one column per field in snake_case. Everything SQL in revpact reads it: the
 * compiled report SQL (`revpact compile --format sql`), `check --engine duckdb|postgres`,
 * and `revpact load`, which fills it. A sibling `<table>_rejections` holds the rows that
 * could not become leads, so the report still accounts for every row.
 */
import { NUMBER_FIELDS, PII_FIELDS, TEXT_FIELDS, TIMESTAMP_FIELDS } from '../leads/lead.js';
import type { SqlDialect } from './runner.js';
import { ident, siblingTable, tableName } from './quote.js';

export type LeadColumnType = 'text' | 'number' | 'instant' | 'date-only' | 'attributes' | 'integer';

export interface LeadColumn {
  /** The column name, snake_case. */
  name: string;
  /** The canonical lead's field it holds (`origin.file` / `origin.row` for the origin). */
  field: string;
  type: LeadColumnType;
}

/** camelCase → snake_case: `firstTouchAt` → `first_touch_at`. */
export function snakeCase(field: string): string {
  return field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

/** The columns of the canonical leads table, in table order. */
export const LEAD_COLUMNS: readonly LeadColumn[] = [
  ...TEXT_FIELDS.map((f): LeadColumn => ({ name: snakeCase(f), field: f, type: 'text' })),
  ...NUMBER_FIELDS.map((f): LeadColumn => ({ name: snakeCase(f), field: f, type: 'number' })),
  ...TIMESTAMP_FIELDS.map((f): LeadColumn => ({ name: snakeCase(f), field: f, type: 'instant' })),
  { name: 'date_only', field: 'dateOnly', type: 'date-only' },
  { name: 'attributes', field: 'attributes', type: 'attributes' },
  { name: 'origin_file', field: 'origin.file', type: 'text' },
  { name: 'origin_row', field: 'origin.row', type: 'integer' },
  ...PII_FIELDS.map((f): LeadColumn => ({ name: snakeCase(f), field: f, type: 'text' })),
];

/** The column holding a canonical lead field (`mqlAt` → `mql_at`). */
export function columnOf(field: string): string {
  const c = LEAD_COLUMNS.find((col) => col.field === field);
  if (!c) throw new Error(`the canonical leads table has no column for "${field}"`);
  return c.name;
}

function sqlType(type: LeadColumnType, dialect: SqlDialect): string {
  switch (type) {
    case 'text':
      return 'text';
    case 'number':
      return 'double precision';
    case 'integer':
      return 'integer';
    case 'instant':
      return 'timestamptz';
    case 'date-only':
      return 'text[]';
    case 'attributes':
      return dialect === 'postgres' ? 'jsonb' : 'JSON';
  }
}

/** `CREATE TABLE <table> (...)` for the canonical leads; `table` may be schema-qualified (`analytics.leads`). */
export function leadsTableDdl(dialect: SqlDialect, table = 'leads'): string {
  const cols = LEAD_COLUMNS.map((c) => `  ${ident(c.name)} ${sqlType(c.type, dialect)}${c.name === 'id' ? ' PRIMARY KEY' : ''}`);
  return [
    `-- The canonical lead (revpact; README, revpact load): one row per lead, instants as timestamptz,`,
    `-- date_only lists the timestamp fields (camelCase) whose cell held a date without a time.`,
    `CREATE TABLE ${tableName(table)} (`,
    cols.join(',\n'),
    ');',
  ].join('\n');
}

/** The name of the rejections table that goes with `table`. */
export function rejectionsTable(table = 'leads'): string {
  return siblingTable(table, '_rejections');
}

/** `CREATE TABLE <table>_rejections (file, row, reason)`: rows that could not become leads. */
export function rejectionsTableDdl(_dialect: SqlDialect, table = 'leads'): string {
  return [
    `-- Rows of the export that could not become leads (missing id, unparseable date, duplicate id...).`,
    `CREATE TABLE ${tableName(rejectionsTable(table))} (`,
    `  ${ident('file')} text,`,
    `  ${ident('row')} integer,`,
    `  ${ident('reason')} text`,
    ');',
  ].join('\n');
}

/** Both tables, as one script. */
export function canonicalDdl(dialect: SqlDialect, table = 'leads'): string {
  return `${leadsTableDdl(dialect, table)}\n\n${rejectionsTableDdl(dialect, table)}\n`;
}
