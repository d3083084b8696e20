/**
 * Export column labels ↔ the Lead object's API field names. The Salesforce preset maps a
 * lead report export by its column labels; SOQL names the same fields by their API names
 * (Lead's standard fields: https://developer.salesforce.com/docs/atlas.en-us.object_reference.meta/object_reference/sforce_api_objects_lead.htm).
 * Reading a record from the API as an object keyed by the export's labels lets the one
 * object converter (compileObjects) apply every rule of the mapping unchanged.
 */
import type { ColumnRule, Mapping } from '../../mapping/types.js';
import type { LeadField } from './api.js';

/** The Salesforce preset's standard columns, by export label → API name (the owner through its relationship). */
export const SALESFORCE_API_NAMES: Readonly<Record<string, string>> = {
  'Lead ID': 'Id',
  'First Name': 'FirstName',
  'Last Name': 'LastName',
  Email: 'Email',
  Phone: 'Phone',
  Mobile: 'MobilePhone',
  Title: 'Title',
  'Company / Account': 'Company',
  'Lead Source': 'LeadSource',
  'Lead Status': 'Status',
  'Lead Owner': 'Owner.Name',
  Rating: 'Rating',
  'Create Date': 'CreatedDate',
  'Created Date': 'CreatedDate',
  'Converted Date': 'ConvertedDate',
  'Last Activity': 'LastActivityDate',
  Country: 'Country',
  Industry: 'Industry',
  'No. of Employees': 'NumberOfEmployees',
  'Annual Revenue': 'AnnualRevenue',
  'Last Modified Date': 'LastModifiedDate',
};

/**
 * Salesforce names a custom field from its label: anything but letters and digits becomes
 * one underscore, none at either end, then `__c` ("MQL Date" → MQL_Date__c, "Number of
 * Attempts" → Number_of_Attempts__c).
 */
export function customFieldName(label: string): string {
  return (
    label
      .trim()
      .replace(/[^A-Za-z0-9]+/g, '_')
      .replace(/^_+|_+$/g, '') + '__c'
  );
}

/** A column named as an API field already (`MQL_Date__c`, `Owner.Name`, `Email`): an identifier, or a relationship path. */
export function isApiName(column: string): boolean {
  return /^[A-Za-z][A-Za-z0-9_]*(\.[A-Za-z][A-Za-z0-9_]*)?$/.test(column);
}

/** One mapping column read from the API: the label it is keyed by, the field (or relationship path) that fills it. */
export interface FieldColumn {
  label: string;
  /** An API name (`MQL_Date__c`) or a path through a lookup (`Owner.Name`). */
  field: string;
  /** The mapping requires it (not `optional`): an org without the field is an error. */
  required: boolean;
  /** It holds the lead id. */
  id: boolean;
}

/** The columns the mapping reads. `skip` leaves out columns nobody reads (data minimization: never fetched). */
export function mappingColumns(mapping: Mapping, skip: (rule: ColumnRule) => boolean): Omit<FieldColumn, 'field'>[] {
  const out: Omit<FieldColumn, 'field'>[] = [];
  const seen = new Set<string>();
  for (const rule of mapping.columns) {
    if (rule.target.kind === 'ignore' || skip(rule) || seen.has(rule.column)) continue;
    seen.add(rule.column);
    out.push({ label: rule.column, required: rule.optional !== true, id: rule.target.kind === 'field' && rule.target.field === 'id' });
  }
  return out;
}

/**
 * The field a column stands for in this org: a standard column's API name; else a field
 * whose label is the column's (a custom field whose API name differs from its label);
 * else the column itself when it is an API name; else the name Salesforce derives for a
 * custom field with that label. Undefined when the org has none of them.
 */
export function resolveField(label: string, fields: readonly LeadField[]): string | undefined {
  const byName = new Map(fields.map((f) => [f.name.toLowerCase(), f]));
  const has = (name: string) => hasPath(name, byName);
  const standard = SALESFORCE_API_NAMES[label];
  if (standard !== undefined) return has(standard) ? standard : undefined;
  const want = label.trim().toLowerCase();
  const labelled = fields.find((f) => f.label.trim().toLowerCase() === want && f.type !== 'reference');
  if (labelled) return labelled.name;
  if (isApiName(label) && has(label)) return canonicalPath(label, byName);
  const custom = customFieldName(label);
  return byName.has(custom.toLowerCase()) ? (byName.get(custom.toLowerCase()) as LeadField).name : undefined;
}

/** What a column would be called in SOQL had the org the field: for the did-you-mean. */
export function expectedField(label: string): string {
  return SALESFORCE_API_NAMES[label] ?? (isApiName(label) ? label : customFieldName(label));
}

/** `Owner.Name` exists when a lookup has the relationship name Owner (its target's Name is always there). */
function hasPath(name: string, byName: Map<string, LeadField>): boolean {
  const dot = name.indexOf('.');
  if (dot < 0) return byName.has(name.toLowerCase());
  const relationship = name.slice(0, dot).toLowerCase();
  return [...byName.values()].some((f) => f.type === 'reference' && f.relationshipName?.toLowerCase() === relationship);
}

function canonicalPath(name: string, byName: Map<string, LeadField>): string {
  return name.includes('.') ? name : ((byName.get(name.toLowerCase()) as LeadField).name ?? name);
}

/** A record's value at a field or relationship path (`Owner.Name` → record.Owner.Name); null when absent. */
export function valueAt(record: Record<string, unknown>, path: string): unknown {
  const dot = path.indexOf('.');
  if (dot < 0) return record[path] ?? null;
  const parent = record[path.slice(0, dot)];
  return parent !== null && typeof parent === 'object' ? ((parent as Record<string, unknown>)[path.slice(dot + 1)] ?? null) : null;
}
