/**
 * `--by`: the breakdowns a user asks for, by the name they know (issue 13, item 17). A
 * canonical field (`country` is not one; `stage` is) or an attribute by its name
 * (`country`), or the export's own column label (`"Country/Region"`), which the mapping
 * turns into the field or attribute it fills. Owner and source are always broken down,
 * so asking for them adds nothing twice. A name no column of the export gives is a usage
 * error with did-you-mean, never a table of "(none)".
 */
import { didYouMean } from '../contract/suggest.js';
import type { ComplianceReport } from '../engine/types.js';
import { NUMBER_FIELDS, PII_FIELDS, TEXT_FIELDS, TIMESTAMP_FIELDS, type SourceStats } from '../leads/lead.js';
import { camelCase, looseLabel } from '../leads/mapping/convert.js';
import type { Mapping } from '../leads/mapping/types.js';
import { UsageError } from '../shared/errors.js';

const CANONICAL: ReadonlySet<string> = new Set<string>([...TIMESTAMP_FIELDS, ...NUMBER_FIELDS, ...TEXT_FIELDS]);
const TIMESTAMPS: ReadonlySet<string> = new Set<string>(TIMESTAMP_FIELDS);
const PII: ReadonlySet<string> = new Set<string>(PII_FIELDS);
/** Breakdowns every report has. */
const ALWAYS: ReadonlySet<string> = new Set(['owner', 'source']);

export interface ByField {
  /** As the user wrote it. */
  asked: string;
  /** The lead field or attribute broken down by. */
  field: string;
}

/** The fields to break down by, each once, without the ones every report has. */
export function resolveBy(by: readonly string[], mapping: Mapping | undefined, showPii = false): ByField[] {
  const out: ByField[] = [];
  const seen = new Set<string>();
  for (const raw of by) {
    const asked = raw.trim();
    if (asked === '') throw new UsageError('--by needs a field name', 'e.g. --by country, or an export column such as --by "Country/Region"');
    const field = fieldFor(asked, mapping);
    // Each lead has its own instant: a table of them, keyed in epoch milliseconds, says nothing.
    if (TIMESTAMPS.has(field) || isDateAttribute(field, mapping))
      throw new UsageError(
        `--by ${asked}: a date is broken down by period, not by its values`,
        'use --every week, month or quarter for figures period by period',
      );
    // A row per lead's name or phone number, printed without --show-pii: the one rule of
    // README "Personal data" (leads by id only) broken by asking for a breakdown.
    if (!showPii && PII.has(field))
      throw new UsageError(
        `--by ${asked}: the lead's ${field === 'phone' ? 'phone number' : field === 'name' ? 'name' : 'e-mail address'} is personal data, which a report shows only with --show-pii`,
        'add --show-pii to break down by it, or break down by a field that identifies no one (--by country)',
      );
    if (ALWAYS.has(field) || seen.has(field)) continue;
    seen.add(field);
    out.push({ asked, field });
  }
  return out;
}

/** An attribute the mapping reads as a date (`type: date`). */
function isDateAttribute(name: string, mapping: Mapping | undefined): boolean {
  return mapping?.columns.some((c) => c.target.kind === 'attribute' && c.target.name === name && c.target.type === 'date') ?? false;
}

function fieldFor(asked: string, mapping: Mapping | undefined): string {
  if (CANONICAL.has(asked) || mapping === undefined) return asked;
  // The export's label, as the mapping names it (a preset's "Country/Region", say).
  const rule = mapping.columns.find((c) => looseLabel(c.column) === looseLabel(asked));
  if (rule?.target.kind === 'field') return rule.target.field;
  if (rule?.target.kind === 'attribute') return rule.target.name;
  if (rule?.target.kind === 'ignore')
    throw new UsageError(`--by ${asked}: the mapping "${mapping.name}" ignores this column`, 'map it to an attribute in a mapping file');
  // A label of a column the mapping does not name becomes an attribute by its camelCase name.
  if (mapping.unmapped === 'attribute' && mapping.attributeNames === 'camelCase' && /[^A-Za-z0-9_]/.test(asked)) return camelCase(asked);
  return asked;
}

/**
 * After measuring: each asked attribute must come from a column. With the export's
 * columns known, that is decided by the header; otherwise (DuckDB read the file itself)
 * by the data: an attribute no lead has is one no column gives.
 */
export function checkBy(by: readonly ByField[], mapping: Mapping | undefined, stats: SourceStats | undefined, report: ComplianceReport): void {
  const columns = mapping ? stats?.columns : undefined;
  const given = columns && mapping ? attributesGiven(columns, mapping) : undefined;
  for (const { asked, field } of by) {
    if (CANONICAL.has(field)) continue;
    const rows = report.breakdowns.attributes[field] ?? [];
    const missing = given ? !given.has(field) : rows.length > 0 && rows.every((r) => r.key === '(none)');
    if (!missing) continue;
    // A column the export has and the mapping leaves out (unmapped: ignore): not a typo.
    const ignored = columns?.find((label) => looseLabel(label) === looseLabel(asked) || camelCase(label) === asked);
    if (ignored !== undefined && mapping?.unmapped === 'ignore')
      throw new UsageError(
        `--by ${asked}: the mapping "${mapping.name}" ignores the column "${ignored}" (unmapped: ignore)`,
        `map it to an attribute in the mapping file, e.g. "${ignored}": { attribute: ${camelCase(ignored) || 'name'} }`,
      );
    const candidates = [...CANONICAL, ...(given ?? []), ...(columns ?? [])];
    const guess = didYouMean(asked, candidates);
    throw new UsageError(
      `--by ${asked}: no column of ${report.input.files.join(', ')} gives this field` + (guess ? `; did you mean "${guess}"?` : ''),
      columns
        ? `the export's columns: ${columns.slice(0, 12).join(', ')}${columns.length > 12 ? ', …' : ''} (a lead field, an attribute name or a column label)`
        : 'name a lead field, an attribute name or a column label of the export',
    );
  }
}

/** The fields and attributes the columns of an export give under this mapping, and its joins. */
export function attributesGiven(columns: readonly string[], mapping: Mapping): Set<string> {
  const given = new Set<string>();
  /** Attribute names taken, as convert.ts counts them: the mapped attributes', then each unmapped column's. */
  const names = new Set<string>();
  const unmapped: number[] = [];
  columns.forEach((label, i) => {
    const rule = mapping.columns.find((c) => looseLabel(c.column) === looseLabel(label));
    if (rule?.target.kind === 'field') given.add(rule.target.field);
    else if (rule?.target.kind === 'attribute') names.add(rule.target.name);
    else if (!rule && mapping.unmapped === 'attribute') unmapped.push(i);
  });
  // Named as the source names them (mapping/convert.ts): a blank label by its place, a name
  // taken by _2, _3... Two "Segment" columns are segment and segment_2, and --by segment_2
  // was refused as a column the export does not have.
  for (const i of unmapped) {
    const label = (columns[i] as string).trim();
    let name = label === '' ? `column${i + 1}` : mapping.attributeNames === 'label' ? label : camelCase(label);
    for (let n = 2; names.has(name); n++) name = `${name.replace(/_\d+$/, '')}_${n}`;
    names.add(name);
  }
  for (const name of names) given.add(name);
  // What the joined files add (a deal amount summed from deals), whatever the leads file's header.
  for (const join of mapping.joins) for (const a of join.aggregate) given.add(a.target.kind === 'field' ? a.target.field : a.target.name);
  return given;
}
