/**
 * What `revpact pull salesforce` and `revpact push salesforce` call (issue 14, items 1 and
 * 4): the leads as pages of export-shaped records, incrementally since a timestamp with
 * the ids deleted since then; and one field written back on many leads through sObject
 * Collections, only where its value changes.
 */
import type { LeadNeeds } from '../../lead.js';
import type { Mapping } from '../../mapping/types.js';
import { COLLECTION_SIZE, SalesforceApi, SalesforceError, type SalesforceOptions } from './api.js';
import { isApiName } from './fields.js';
import { labelled, leadQuery, orgColumns } from './source.js';

/** The key each pulled record carries its last change under (Salesforce's SystemModstamp, ISO 8601). */
export const MODIFIED_KEY = 'SystemModstamp';

export interface LeadPull {
  /** The export's column labels the records are keyed by (the id's among them), then MODIFIED_KEY. */
  columns: string[];
  /** The label of the id column. */
  idColumn: string;
  /** Pages of records (REST query pages, up to 2,000), changed since `since` when given. */
  pages: AsyncIterable<Record<string, unknown>[]>;
  /** The ids of leads deleted since `since` (empty without one): read them after the pages. */
  deleted(): Promise<string[]>;
}

/** An ISO 8601 instant as SOQL's dateTime literal (UTC, no quotes). */
export function soqlInstant(since: Date): string {
  if (Number.isNaN(since.getTime())) throw new SalesforceError('the --since time is not a valid instant', 'give an ISO 8601 time, 2026-10-01T00:00:00Z');
  return since.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/**
 * The leads the mapping reads, as records keyed by its labels plus MODIFIED_KEY, a page at
 * a time. With `since`: only those changed after it (SystemModstamp, which also moves on
 * system changes, so nothing changed is missed), and `deleted()` lists the ids deleted
 * after it (queryAll with IsDeleted = true: the recycle bin keeps them 15 days; older
 * deletions need a full pull).
 */
export async function pullLeads(mapping: Mapping, options: SalesforceOptions, o: { since?: Date; needs?: LeadNeeds } = {}): Promise<LeadPull> {
  const api = new SalesforceApi(options);
  const { columns } = await orgColumns(api, mapping, o.needs);
  const idColumn = (columns.find((c) => c.id) as { label: string }).label;
  const since = o.since === undefined ? undefined : soqlInstant(o.since);
  const modified = { label: MODIFIED_KEY, field: MODIFIED_KEY, required: true, id: false };
  const all = [...columns.filter((c) => c.field !== MODIFIED_KEY), modified];
  const soql = leadQuery(all, since === undefined ? undefined : `SystemModstamp > ${since}`) + ' ORDER BY SystemModstamp, Id';
  async function* pages(): AsyncGenerator<Record<string, unknown>[]> {
    for await (const page of api.queryPages(soql)) if (page.records.length > 0) yield page.records.map((r) => labelled(r, all));
  }
  return {
    columns: all.map((c) => c.label),
    idColumn,
    pages: pages(),
    async deleted() {
      if (since === undefined) return [];
      const ids: string[] = [];
      for await (const page of api.queryPages(`SELECT Id FROM Lead WHERE IsDeleted = true AND SystemModstamp > ${since}`, true))
        for (const r of page.records) if (typeof r['Id'] === 'string') ids.push(r['Id']);
      return ids;
    },
  };
}

export type FieldValue = string | number | boolean | null;

export interface WriteBackResult {
  /** Leads whose value differs from the one given (sent, unless a dry run). */
  changed: { id: string; from: FieldValue; to: FieldValue }[];
  /** Leads that already hold the value: not sent. */
  unchanged: number;
  /** Ids given that no lead has (deleted, or another org's). */
  missing: string[];
  /** Records Salesforce updated (0 in a dry run). */
  saved: number;
  /** Records Salesforce refused, with its reasons. */
  errors: { id: string; code: string; message: string }[];
  /** sObject Collections calls made. */
  calls: number;
}

const ID = /^[A-Za-z0-9]{15}(?:[A-Za-z0-9]{3})?$/;

/**
 * Writes `field` on the leads `values` names. The field is checked first (it must exist on
 * Lead and be updateable: it is never created); the current values are read (SOQL, 200
 * ids at a time) and only leads whose value changes are sent, 200 per sObject Collections
 * call with allOrNone false, so one refused record does not stop the others. Ids may be
 * 15 or 18 characters. `dryRun` reads and compares but sends nothing.
 */
export async function writeBack(
  options: SalesforceOptions,
  field: string,
  values: ReadonlyMap<string, FieldValue>,
  o: { dryRun?: boolean } = {},
): Promise<WriteBackResult> {
  if (!isApiName(field) || field.includes('.'))
    throw new SalesforceError(`"${field}" is not a Lead field's API name`, 'name the field as Setup shows its Field Name, revpact_First_Touch__c');
  const api = new SalesforceApi(options);
  const described = (await api.describeLead()).find((f) => f.name.toLowerCase() === field.toLowerCase());
  if (described === undefined)
    throw new SalesforceError(
      `Salesforce has no Lead field ${field}; revpact does not create fields`,
      `create it first (Setup → Object Manager → Lead → Fields & Relationships → New: Text(255), named ${field.replace(/__c$/, '')}), and give the user Edit access to it`,
    );
  if (described.updateable === false)
    throw new SalesforceError(
      `the Lead field ${described.name} cannot be updated by this user (a formula, a system field, or read-only)`,
      'use a custom Text field the user may edit',
    );
  const name = described.name;
  const wanted = new Map<string, { id: string; to: FieldValue }>();
  for (const [id, to] of values) {
    if (!ID.test(id)) throw new SalesforceError(`"${id.slice(0, 40)}" is not a Salesforce record id`, 'give the 15- or 18-character Lead ids the report lists');
    wanted.set(id.slice(0, 15), { id, to });
  }
  const result: WriteBackResult = { changed: [], unchanged: 0, missing: [], saved: 0, errors: [], calls: 0 };
  const keys = [...wanted.keys()];
  for (let i = 0; i < keys.length; i += COLLECTION_SIZE) {
    const chunk = keys.slice(i, i + COLLECTION_SIZE);
    const found = new Set<string>();
    const send: { id: string; fields: Record<string, unknown> }[] = [];
    for await (const page of api.queryPages(`SELECT Id, ${name} FROM Lead WHERE Id IN (${chunk.map((k) => `'${k}'`).join(', ')})`)) {
      for (const record of page.records) {
        const id = String(record['Id']);
        const want = wanted.get(id.slice(0, 15));
        if (want === undefined) continue;
        found.add(id.slice(0, 15));
        const from = (record[name] ?? null) as FieldValue;
        if (same(from, want.to)) result.unchanged++;
        else {
          result.changed.push({ id, from, to: want.to });
          send.push({ id, fields: { [name]: want.to } });
        }
      }
    }
    for (const k of chunk) if (!found.has(k)) result.missing.push((wanted.get(k) as { id: string }).id);
    if (o.dryRun || send.length === 0) continue;
    result.calls++;
    const saved = await api.updateRecords(send);
    saved.forEach((s, j) => {
      if (s.success) result.saved++;
      else {
        const e = s.errors[0];
        result.errors.push({ id: s.id ?? (send[j] as { id: string }).id, code: e?.statusCode ?? 'UNKNOWN', message: api.redact(e?.message ?? 'refused') });
      }
    });
  }
  return result;
}

/** Salesforce gives an empty text field as null. */
function same(a: FieldValue, b: FieldValue): boolean {
  const blank = (v: FieldValue) => v === null || v === '';
  if (blank(a) || blank(b)) return blank(a) && blank(b);
  return String(a) === String(b);
}
