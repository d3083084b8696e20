/**
 * Mapping file text → checked, resolved Mapping, with the same diagnostics as contracts
 * (file:line:column, "did you mean"): parse (YAML with positions) → shape (JSON Schema) →
 * meaning (the checks below) → resolve (`extends`, defaults). Pure: the CLI reads the file.
 */
import { basename, extname } from 'node:path';
import { hasErrors, pointerOf, sortDiagnostics, type Diagnostic, type Finding, type Result } from '../../contract/diagnostics.js';
import { positioned } from '../../contract/index.js';
import { explain, schemaValidator } from '../../contract/schema.js';
import { CONTRACT_LIMITS, parseYaml, type ParseLimits, type PositionedFinding } from '../../contract/source.js';
import { didYouMean } from '../../contract/suggest.js';
import { checkDateFormat, dayMonthSwapped, isValidTimeZone } from './dates.js';
import { PRESETS } from './presets.js';
import {
  PRESET_NAMES,
  fieldType,
  type Aggregate,
  type AggregateSpec,
  type ColumnRule,
  type ColumnSpec,
  type CsvOptions,
  type CsvSpec,
  type DateOptions,
  type DatesSpec,
  type FieldType,
  type JoinRule,
  type JoinSpec,
  type Mapping,
  type MappedValue,
  type MappingSpec,
  type NumberOptions,
  type NumbersSpec,
  type PresetName,
} from './types.js';

export const MAPPING_SCHEMA = 'mapping.schema.json';
export const MAPPING_LIMITS: ParseLimits = { ...CONTRACT_LIMITS, maxBytes: 256 * 1024 };

export function isPresetName(s: string): s is PresetName {
  return (PRESET_NAMES as readonly string[]).includes(s);
}

/** A shipped mapping, resolved. */
export function presetMapping(name: PresetName): Mapping {
  return resolveSpec(PRESETS[name], name);
}

/** The mapping with a time zone for offset-less cells when it names none (the contract's calendar zone). */
export function withDefaultTimeZone(mapping: Mapping, timeZone: string | undefined): Mapping {
  return mapping.timeZone !== undefined || timeZone === undefined ? mapping : { ...mapping, timeZone };
}

export function parseMapping(file: string, text: string | Uint8Array): Result<Mapping> {
  const parsed = parseYaml(file, text, MAPPING_LIMITS);
  const toDiagnostics = (findings: readonly PositionedFinding[]) => positioned(file, parsed.source, findings.map(forMappings));
  if (parsed.value === undefined || !parsed.source) return { ok: false, diagnostics: toDiagnostics(parsed.findings) };

  const shape = toDiagnostics(checkShape(parsed.value));
  if (hasErrors(shape)) return { ok: false, diagnostics: asContract(parsed.value, shape) ?? shape };

  const spec = parsed.value as MappingSpec;
  const diagnostics = sortDiagnostics([...shape, ...toDiagnostics(checkSpec(spec))]);
  if (hasErrors(diagnostics)) return { ok: false, diagnostics };
  return { ok: true, value: resolveSpec(spec, basename(file, extname(file)).replace(/\.mapping$/, '')), diagnostics };
}

/**
 * A contract given as the mapping (the arguments swapped, or the wrong file): the one
 * diagnostic that says so, where each of its sections was an unknown-field error of its own
 * and the missing `kind` did not say why. Undefined for any other file.
 */
function asContract(value: unknown, shape: Diagnostic[]): Diagnostic[] | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const top = value as Record<string, unknown>;
  if (top['kind'] !== undefined || top['metadata'] === undefined || top['stages'] === undefined) return undefined;
  const kind = shape.find((d) => d.code === 'missing-field' && d.message.includes('"kind"'));
  if (kind === undefined) return undefined;
  return [
    {
      ...kind,
      message: 'this file is a contract (it has metadata and stages), not a mapping: a mapping file says "kind: mapping"',
      suggest: 'name the contract first and a mapping file or a preset (hubspot, salesforce, canonical) after --mapping',
    },
  ];
}

/** Findings worded for contracts, reworded for mapping files. */
function forMappings(f: PositionedFinding): PositionedFinding {
  switch (f.code) {
    case 'empty-file':
      return { ...f, suggest: 'write the mapping in it, starting with "apiVersion: revpact/v1" and "kind: mapping"' };
    case 'multiple-documents':
      return { ...f, suggest: 'keep one mapping per file and remove the "---" separator' };
    case 'binary-file':
      return f.message.includes('UTF-8') ? f : { ...f, suggest: 'point --mapping at a YAML mapping file, or name a preset (hubspot, salesforce, canonical)' };
    default:
      return f;
  }
}

function checkShape(value: unknown): Finding[] {
  const { validate, root } = schemaValidator(MAPPING_SCHEMA);
  if (validate(value)) return [];
  // A column is a field name (string) or a rule (mapping), told apart by if/then/else: the
  // branch's own errors say what is wrong, the `if` error only repeats that one failed.
  return explain(
    (validate.errors ?? []).filter((e) => e.keyword !== 'if'),
    root,
  );
}

// ── meaning ─────────────────────────────────────────────────────────────────────────

function checkSpec(spec: MappingSpec): Finding[] {
  const out: Finding[] = [];
  if (spec.timeZone !== undefined && !isValidTimeZone(spec.timeZone)) {
    const guess = didYouMean(spec.timeZone, Intl.supportedValuesOf('timeZone'));
    out.push({
      code: 'unknown-timezone',
      pointer: '/timeZone',
      message: `"${spec.timeZone}" is not an IANA time zone` + (guess ? `; did you mean "${guess}"?` : ''),
      suggest: guess ? undefined : 'use a name such as Europe/Madrid or America/New_York',
    });
  }
  checkFormats(spec.dates?.format, '/dates/format', out);
  checkNumbers(spec.numbers, '/numbers', out);
  for (const [label, column] of Object.entries(spec.columns ?? {})) checkColumn(label, column, pointerOf(['columns', label]), out);

  const columns = mergedColumns(spec);
  if (!Object.values(columns).some((c) => c === 'id' || (typeof c === 'object' && c.field === 'id'))) {
    out.push({
      code: 'missing-field',
      pointer: spec.columns ? '/columns' : '',
      atKey: true,
      message: 'no column is mapped to the lead id',
      suggest: 'name the column that identifies each lead, e.g. columns: { "Lead ID": id }',
    });
  }
  (spec.join ?? []).forEach((join, i) => checkJoin(join, `/join/${i}`, columns, out));
  return out;
}

function checkFormats(format: string | string[] | undefined, pointer: string, out: Finding[]): void {
  if (format === undefined) return;
  const list = typeof format === 'string' ? [format] : format;
  list.forEach((f, i) => {
    const problem = checkDateFormat(f);
    if (problem)
      out.push({
        code: 'invalid-format',
        pointer: typeof format === 'string' ? pointer : `${pointer}/${i}`,
        message: `"${f}": ${problem}`,
        suggest: 'write it in luxon tokens, e.g. dd/MM/yyyy HH:mm',
      });
    const twin = list.slice(0, i).find((earlier) => dayMonthSwapped(earlier, f));
    if (twin !== undefined)
      out.push({
        code: 'invalid-format',
        pointer: `${pointer}/${i}`,
        message: `"${f}" reads day and month the other way round from "${twin}": a date whose day is 12 or less (03/08) fits both and is read by the first, right or wrong, without a word`,
        suggest: 'an export writes its dates one way: keep the format it uses and remove the other',
      });
  });
}

function checkNumbers(numbers: NumbersSpec | undefined, pointer: string, out: Finding[]): void {
  if (numbers?.decimal !== undefined && numbers.thousands === numbers.decimal) {
    out.push({
      code: 'invalid-value',
      pointer: `${pointer}/thousands`,
      message: `the thousands separator cannot also be the decimal separator "${numbers.decimal}"`,
    });
  }
}

function checkColumn(label: string, column: ColumnSpec, at: string, out: Finding[]): void {
  if (typeof column === 'string') return;
  const targets = [column.field !== undefined, column.attribute !== undefined, column.ignore === true].filter(Boolean).length;
  if (targets === 0) {
    out.push({
      code: 'missing-field',
      pointer: at,
      atKey: true,
      message: `column "${label}" needs "field" or "attribute" (or "ignore: true")`,
      suggest: 'add field: <lead field>, or attribute: <name>',
    });
    return;
  }
  if (targets > 1) {
    out.push({
      code: 'invalid-value',
      pointer: at,
      atKey: true,
      message: `column "${label}" has more than one of "field", "attribute" and "ignore"`,
      suggest: 'keep one of them',
    });
    return;
  }
  if (column.ignore) return;
  if (column.type !== undefined && column.field !== undefined) {
    out.push({
      code: 'invalid-value',
      pointer: `${at}/type`,
      atKey: true,
      message: `"type" applies to attributes; the field ${column.field} is always ${article(fieldType(column.field))}`,
      suggest: 'remove "type"',
    });
  }
  const type = column.field !== undefined ? fieldType(column.field) : column.type;
  if (type !== 'date') {
    for (const key of ['format', 'dateOnly'] as const) {
      if (column[key] !== undefined) {
        out.push({
          code: 'invalid-value',
          pointer: `${at}/${key}`,
          atKey: true,
          message: `"${key}" applies to date columns; "${label}" holds ${column.field !== undefined ? `the ${type} field ${column.field}` : `a ${type ?? 'auto'} attribute`}`,
          suggest: column.attribute !== undefined ? 'add type: date, or remove it' : `remove "${key}"`,
        });
      }
    }
  }
  checkFormats(column.format, `${at}/format`, out);
  checkValueKeys(column.values, `${at}/values`, out);
  if (column.otherwise !== undefined && column.values === undefined) {
    out.push({
      code: 'missing-field',
      pointer: `${at}/otherwise`,
      atKey: true,
      message: '"otherwise" says what to do with values missing from "values", which is not there',
      suggest: 'add values: { exported value: value to use }',
    });
  }
}

/**
 * Value-map keys that are one key ignoring case and surrounding spaces (as cells are matched
 * after an exact miss, convert.ts) but map to different values: a cell written another way
 * ("NUEVO" for "Nuevo: lead" and "nuevo: mql") took the first key's value without a word.
 */
function checkValueKeys(values: Record<string, MappedValue> | undefined, pointer: string, out: Finding[]): void {
  const seen = new Map<string, [string, MappedValue]>();
  for (const [key, value] of Object.entries(values ?? {})) {
    const loose = key.normalize('NFC').trim().toLowerCase();
    const first = seen.get(loose);
    if (first === undefined) {
      seen.set(loose, [key, value]);
      continue;
    }
    if (String(first[1]) === String(value)) continue;
    out.push({
      code: 'invalid-value',
      pointer: pointer + pointerOf([key]),
      atKey: true,
      message: `the values ${JSON.stringify(first[0])} and ${JSON.stringify(key)} are one ignoring case and spaces, but map to ${String(first[1])} and ${String(value)}: a cell written another way (${JSON.stringify(loose.toUpperCase())}) would take the first without a word`,
      suggest: 'keep one of them, or map both to the same value',
    });
  }
}

const OPS_FOR: Record<AggregateSpec['op'], FieldType[]> = {
  sum: ['number'],
  min: ['number', 'date'],
  max: ['number', 'date'],
  first: ['text', 'number', 'date'],
  last: ['text', 'number', 'date'],
  count: ['number'],
};

function checkJoin(join: JoinSpec, at: string, leadColumns: Record<string, ColumnSpec>, out: Finding[]): void {
  checkFormats(join.dates?.format, `${at}/dates/format`, out);
  checkNumbers(join.numbers, `${at}/numbers`, out);
  if (join.on !== undefined && !Object.hasOwn(leadColumns, join.on)) {
    const guess = didYouMean(join.on, Object.keys(leadColumns));
    out.push({
      code: 'unresolved-reference',
      pointer: `${at}/on`,
      message: `"${join.on}" is not a column of the leads file named in "columns"` + (guess ? `; did you mean "${guess}"?` : ''),
      suggest: guess ? undefined : 'name the leads column the key matches in "columns" (it may be an attribute), or leave "on" out to match the id',
    });
  }
  join.aggregate.forEach((a, i) => {
    const p = `${at}/aggregate/${i}`;
    const targets = (a.field !== undefined ? 1 : 0) + (a.attribute !== undefined ? 1 : 0);
    if (targets !== 1) {
      out.push({
        code: targets === 0 ? 'missing-field' : 'invalid-value',
        pointer: p,
        atKey: true,
        message:
          targets === 0 ? 'an aggregate needs "field" or "attribute": where its value goes' : 'an aggregate has one target: "field" or "attribute", not both',
      });
      return;
    }
    if (a.field === 'id') out.push({ code: 'invalid-value', pointer: `${p}/field`, message: 'the id comes from the leads file; a joined file cannot set it' });
    if (a.op === 'count' && a.column !== undefined)
      out.push({
        code: 'invalid-value',
        pointer: `${p}/column`,
        atKey: true,
        message: '"count" counts rows and takes no column',
        suggest: 'remove "column", or use "where" to count only some rows',
      });
    if (a.op !== 'count' && a.column === undefined)
      out.push({ code: 'missing-field', pointer: p, atKey: true, message: `"${a.op}" needs the "column" its values come from` });
    if (a.type !== undefined && a.field !== undefined)
      out.push({
        code: 'invalid-value',
        pointer: `${p}/type`,
        atKey: true,
        message: `"type" applies to attributes; the field ${a.field} is always ${article(fieldType(a.field))}`,
        suggest: 'remove "type"',
      });
    const type = aggregateType(a);
    if (!OPS_FOR[a.op].includes(type)) {
      out.push({
        code: 'invalid-value',
        pointer: `${p}/op`,
        message: `"${a.op}" cannot make ${article(type)} (${a.field ?? a.attribute}); it works on ${OPS_FOR[a.op].map(article).join(' or ')}`,
      });
    }
    if (type !== 'date' && (a.format !== undefined || a.dateOnly !== undefined)) {
      out.push({
        code: 'invalid-value',
        pointer: `${p}/${a.format !== undefined ? 'format' : 'dateOnly'}`,
        atKey: true,
        message: `date options apply to dates; this aggregate makes ${article(type)}`,
      });
    }
    checkFormats(a.format, `${p}/format`, out);
    if (a.where && (a.where.in === undefined) === (a.where.notIn === undefined)) {
      out.push({ code: 'invalid-value', pointer: `${p}/where`, atKey: true, message: '"where" needs one of "in" or "notIn"' });
    }
  });
}

function aggregateType(a: AggregateSpec): FieldType {
  if (a.field !== undefined) return fieldType(a.field);
  return a.type ?? (a.op === 'first' || a.op === 'last' ? 'text' : 'number');
}

function article(type: FieldType): string {
  return type === 'date' ? 'a date' : type === 'number' ? 'a number' : 'a text';
}

// ── resolve ─────────────────────────────────────────────────────────────────────────

/**
 * The preset's columns, then the file's own. A field the file maps a column of its own to
 * is the file's alone: the preset's columns for that field are ignored (not read, and not
 * kept as attributes either: a preset's "First Name" stays out of the data when the file
 * reads names from "Full name"). Merged as two sources of one field, the first non-empty
 * cell in the header's order won, so `extends: hubspot` with `Create Date: mqlAt` read the
 * MQL date from either column, lead by lead, without a word.
 */
function mergedColumns(spec: MappingSpec): Record<string, ColumnSpec> {
  const base = spec.extends ? PRESETS[spec.extends].columns : undefined;
  const own = spec.columns ?? {};
  const fields = new Set(Object.values(own).flatMap((c) => (typeof c === 'string' ? (c === 'ignore' ? [] : [c]) : c.field !== undefined ? [c.field] : [])));
  const inherited = Object.entries(base ?? {}).map(([label, c]): [string, ColumnSpec] => {
    const field = typeof c === 'string' ? c : c.field;
    return field !== undefined && field !== 'ignore' && fields.has(field) && !(label in own) ? [label, { ignore: true, optional: true }] : [label, c];
  });
  return { ...Object.fromEntries(inherited), ...own };
}

const list = (f: string | string[] | undefined): string[] => (f === undefined ? [] : typeof f === 'string' ? [f] : [...f]);

function dateOptions(own: DatesSpec | undefined, inherited: DatesSpec | undefined): DateOptions {
  const d = { ...inherited, ...own };
  return { formats: list(d.format), locale: d.locale ?? 'en' };
}

function numberOptions(own: NumbersSpec | undefined, inherited: NumbersSpec | undefined): NumberOptions {
  // A decimal given here brings its own thousands default, not the inherited one.
  const decimal = own?.decimal ?? inherited?.decimal ?? '.';
  const thousands = own?.thousands ?? (own?.decimal !== undefined ? undefined : inherited?.thousands) ?? (decimal === ',' ? '.' : ',');
  return { decimal, thousands };
}

function csvOptions(own: CsvSpec | undefined, inherited: CsvSpec | undefined): CsvOptions {
  const c = { ...inherited, ...own };
  return { delimiter: c.delimiter ?? 'auto', headerRow: c.headerRow ?? 1, footer: c.footer ?? 'none', encoding: c.encoding ?? 'utf-8' };
}

function columnRule(label: string, spec: ColumnSpec, dates: DateOptions): ColumnRule {
  if (typeof spec === 'string') {
    return {
      column: label,
      target: spec === 'ignore' ? { kind: 'ignore' } : { kind: 'field', field: spec },
      formats: dates.formats,
      dateOnly: false,
      otherwise: 'keep',
      optional: false,
    };
  }
  const rule: ColumnRule = {
    column: label,
    target:
      spec.field !== undefined
        ? { kind: 'field', field: spec.field }
        : spec.attribute !== undefined
          ? { kind: 'attribute', name: spec.attribute, type: spec.type ?? 'auto' }
          : { kind: 'ignore' },
    formats: spec.format !== undefined ? list(spec.format) : dates.formats,
    dateOnly: spec.dateOnly ?? false,
    otherwise: spec.otherwise ?? 'keep',
    optional: spec.optional ?? false,
  };
  if (spec.values) rule.values = { ...spec.values };
  return rule;
}

function aggregate(a: AggregateSpec, dates: DateOptions): Aggregate {
  const out: Aggregate = {
    target: a.field !== undefined ? { kind: 'field', field: a.field } : { kind: 'attribute', name: a.attribute ?? '' },
    op: a.op,
    type: aggregateType(a),
    formats: a.format !== undefined ? list(a.format) : dates.formats,
    dateOnly: a.dateOnly ?? false,
  };
  if (a.column !== undefined) out.column = a.column;
  if (a.where) out.where = { ...a.where };
  return out;
}

function joinRule(j: JoinSpec, index: number, top: Mapping): JoinRule {
  const dates = j.dates ? dateOptions(j.dates, { format: top.dates.formats, locale: top.dates.locale }) : top.dates;
  const rule: JoinRule = {
    name: j.name ?? `join ${index + 1}`,
    key: j.key,
    unmatched: j.unmatched ?? 'reject',
    format: j.format ?? 'auto',
    csv: csvOptions(j.csv, { delimiter: 'auto' }),
    dates,
    numbers: j.numbers ? numberOptions(j.numbers, top.numbers as NumbersSpec) : top.numbers,
    aggregate: j.aggregate.map((a) => aggregate(a, dates)),
  };
  if (j.on !== undefined) rule.on = j.on;
  return rule;
}

/** A checked spec (presets included) → Mapping: `extends` merged, defaults filled. */
export function resolveSpec(spec: MappingSpec, fallbackName: string): Mapping {
  const base = spec.extends ? PRESETS[spec.extends] : undefined;
  const dates = dateOptions(spec.dates, base?.dates);
  const mapping: Mapping = {
    name: spec.name ?? fallbackName,
    format: spec.format ?? base?.format ?? 'auto',
    dates,
    numbers: numberOptions(spec.numbers, base?.numbers),
    csv: csvOptions(spec.csv, base?.csv),
    columns: Object.entries(mergedColumns(spec)).map(([label, c]) => columnRule(label, c, dates)),
    unmapped: spec.unmapped ?? base?.unmapped ?? 'attribute',
    attributeNames: spec.attributeNames ?? base?.attributeNames ?? 'camelCase',
    joins: [],
  };
  const timeZone = spec.timeZone ?? base?.timeZone;
  if (timeZone !== undefined) mapping.timeZone = timeZone;
  mapping.joins = (spec.join ?? []).map((j, i) => joinRule(j, i, mapping));
  return mapping;
}
