/**
 * A mapping: how one CRM export (and the files joined to it) becomes canonical leads.
 * `MappingSpec` is the file as written (schema/mapping.schema.json); `Mapping` is the same
 * with every default filled in and `extends` resolved, which is what sources run on. Both
 * are plain data: the per-column parsers are compiled from a Mapping and the file's header
 * (convert.ts), once per file.
 */
import { NUMBER_FIELDS, PII_FIELDS, TEXT_FIELDS, TIMESTAMP_FIELDS, type NumberField, type PiiField, type TextField, type TimestampField } from '../lead.js';

export type LeadField = TextField | NumberField | TimestampField | PiiField;
export const LEAD_FIELDS: readonly LeadField[] = [...TEXT_FIELDS, ...NUMBER_FIELDS, ...TIMESTAMP_FIELDS, ...PII_FIELDS];

export type FieldType = 'text' | 'number' | 'date';

export function fieldType(field: LeadField): FieldType {
  if ((TIMESTAMP_FIELDS as readonly string[]).includes(field)) return 'date';
  if ((NUMBER_FIELDS as readonly string[]).includes(field)) return 'number';
  return 'text';
}

export function isLeadField(s: string): s is LeadField {
  return (LEAD_FIELDS as readonly string[]).includes(s);
}

export const PRESET_NAMES = ['hubspot', 'salesforce', 'canonical'] as const;
export type PresetName = (typeof PRESET_NAMES)[number];

export type FileFormat = 'auto' | 'csv' | 'ndjson';
export type Encoding = 'utf-8' | 'utf-16le' | 'windows-1252';
export type AttributeType = 'text' | 'number' | 'boolean' | 'date' | 'auto';
export type MappedValue = string | number | boolean | null;

// ── As written ──────────────────────────────────────────────────────────────────────

export interface DatesSpec {
  format?: string | string[];
  locale?: string;
}

export interface NumbersSpec {
  decimal?: '.' | ',';
  thousands?: '' | ',' | '.' | ' ' | "'" | '\u00a0';
}

export interface CsvSpec {
  delimiter?: string;
  headerRow?: number;
  footer?: 'none' | 'auto' | number;
  encoding?: Encoding;
}

export interface ColumnRuleSpec {
  field?: LeadField;
  attribute?: string;
  ignore?: true;
  type?: AttributeType;
  format?: string | string[];
  dateOnly?: boolean;
  values?: Record<string, MappedValue>;
  otherwise?: 'keep' | 'empty' | 'reject';
  optional?: boolean;
}

export type ColumnSpec = LeadField | 'ignore' | ColumnRuleSpec;

export interface WhereSpec {
  column: string;
  in?: string[];
  notIn?: string[];
}

export type AggregateOp = 'sum' | 'min' | 'max' | 'first' | 'last' | 'count';

export interface AggregateSpec {
  field?: LeadField;
  attribute?: string;
  op: AggregateOp;
  column?: string;
  where?: WhereSpec;
  type?: 'text' | 'number' | 'date';
  format?: string | string[];
  dateOnly?: boolean;
}

export interface JoinSpec {
  name?: string;
  key: string;
  on?: string;
  unmatched?: 'reject' | 'ignore';
  format?: FileFormat;
  csv?: CsvSpec;
  dates?: DatesSpec;
  numbers?: NumbersSpec;
  aggregate: AggregateSpec[];
}

export interface MappingSpec {
  $schema?: string;
  apiVersion: 'revpact/v1';
  kind: 'mapping';
  name?: string;
  description?: string;
  extends?: PresetName;
  format?: FileFormat;
  timeZone?: string;
  dates?: DatesSpec;
  numbers?: NumbersSpec;
  csv?: CsvSpec;
  columns?: Record<string, ColumnSpec>;
  unmapped?: 'attribute' | 'ignore';
  attributeNames?: 'camelCase' | 'label';
  join?: JoinSpec[];
}

// ── Resolved ────────────────────────────────────────────────────────────────────────

export interface DateOptions {
  /** Formats tried in order after ISO 8601 (luxon tokens). */
  formats: string[];
  locale: string;
}

export interface NumberOptions {
  decimal: '.' | ',';
  thousands: string;
}

export interface CsvOptions {
  /** One character, or 'auto'. */
  delimiter: string;
  headerRow: number;
  footer: 'none' | 'auto' | number;
  encoding: Encoding;
}

export type ColumnTarget = { kind: 'field'; field: LeadField } | { kind: 'attribute'; name: string; type: AttributeType } | { kind: 'ignore' };

export interface ColumnRule {
  /** The column's label as written in the mapping. */
  column: string;
  target: ColumnTarget;
  /** Date formats of this column (its own, else the mapping's). */
  formats: string[];
  dateOnly: boolean;
  values?: Record<string, MappedValue>;
  otherwise: 'keep' | 'empty' | 'reject';
  optional: boolean;
}

export interface Aggregate {
  target: { kind: 'field'; field: LeadField } | { kind: 'attribute'; name: string };
  op: AggregateOp;
  /** Absent only for `count`. */
  column?: string;
  where?: { column: string; in?: string[]; notIn?: string[] };
  type: FieldType;
  formats: string[];
  dateOnly: boolean;
}

export interface JoinRule {
  name: string;
  key: string;
  /** Column of the leads file the key matches; undefined: the column mapped to id. */
  on?: string;
  unmatched: 'reject' | 'ignore';
  format: FileFormat;
  csv: CsvOptions;
  dates: DateOptions;
  numbers: NumberOptions;
  aggregate: Aggregate[];
}

export interface Mapping {
  name: string;
  format: FileFormat;
  /** Zone of offset-less cells; undefined: the caller's default (the contract's calendar), else UTC. */
  timeZone?: string;
  dates: DateOptions;
  numbers: NumberOptions;
  csv: CsvOptions;
  columns: ColumnRule[];
  unmapped: 'attribute' | 'ignore';
  attributeNames: 'camelCase' | 'label';
  joins: JoinRule[];
}
