/**
 * Salesforce leads as a lead source, straight from the REST API (issue 14). The mapping's
 * columns become the fields of one SOQL query on Lead (only those: data minimization),
 * checked first against the Lead describe; the owner's name comes through the Owner
 * relationship, as the export writes it. Then the leads stream a page at a time:
 *
 * - REST (`salesforce:rest`): query pages of up to 2,000 records, followed by their
 *   nextRecordsUrl (queryMore); each record becomes an object keyed by the export's
 *   labels, read by the object converter the NDJSON source uses.
 * - Bulk API 2.0 (`salesforce:bulk`): one query job, polled until complete, its CSV results
 *   read a page (Sforce-Locator) at a time; their header's API names are relabelled as the
 *   export's columns and the rows go through the CSV converter a report export goes through.
 * - `salesforce:` picks Bulk above BULK_THRESHOLD leads (one COUNT() query to know), REST below.
 *
 * Either way every rule of the mapping (dates, value maps, rejections) applies as it does to
 * the same leads exported, and memory holds one page whatever the number of leads.
 */
import { didYouMean } from '../../../contract/suggest.js';
import type { LeadItems, LeadNeeds, SourceItem, SourceStats } from '../../lead.js';
import { compileCsv, compileObjects, datesWithoutColumn, type RowConverter } from '../../mapping/convert.js';
import { zoneClock } from '../../mapping/dates.js';
import type { Mapping } from '../../mapping/types.js';
import { CsvReader } from '../../sources/csv.js';
import { IdTable } from '../../sources/ids.js';
import type { LeadSource } from '../../sources/index.js';
import { unreadColumn } from '../needs.js';
import { distinctOwnerNames, sharedNameWarning, type CrmOwner } from '../owners.js';
import type { AbsentColumn } from '../provider.js';
import { SalesforceApi, SalesforceError, type LeadField, type SalesforceOptions } from './api.js';
import { expectedField, mappingColumns, resolveField, valueAt, type FieldColumn } from './fields.js';

/** How the report names this input, where an export's file name would be. */
export const SALESFORCE_INPUT = 'salesforce:';

/** Which API reads the leads: `auto` asks for the count first. */
export type SalesforceRead = 'auto' | 'rest' | 'bulk';

/**
 * Above this many leads `salesforce:` reads through Bulk API 2.0: REST costs one API
 * request per 2,000 leads (25 at this size) against the org's daily limit, a bulk job a
 * handful whatever the size, but it waits for the job to run (seconds to minutes).
 */
export const BULK_THRESHOLD = 50_000;

/** Records per page of a bulk job's results. */
export const BULK_PAGE_SIZE = 50_000;

export interface SalesforceSourceOptions extends SalesforceOptions {
  read?: SalesforceRead;
  bulkThreshold?: number;
  bulkPageSize?: number;
}

/** `warn` hears, once a read, what the org's answers leave unsettled: owners told apart by their e-mail address. */
export function openSalesforceSource(mapping: Mapping, options: SalesforceSourceOptions, warn?: (text: string) => void): LeadSource {
  if (mapping.joins.length > 0)
    throw new SalesforceError(
      `the mapping "${mapping.name}" joins files, which --leads salesforce: does not read (it reads Lead records only, not Contacts or Opportunities)`,
      'use a mapping without join (lead fields such as a formula or roll-up can carry what the join added), or export the files and pass them with --leads',
    );
  const stats: SourceStats = { rows: 0, bytes: 0 };
  const pages = (needs: LeadNeeds | undefined) => {
    stats.rows = 0;
    stats.bytes = 0;
    return readPages(mapping, new SalesforceApi(options), options, stats, needs, warn);
  };
  const items: LeadItems = {
    async *[Symbol.asyncIterator]() {
      for await (const page of pages(undefined)) yield* page;
    },
    batches: (needs) => pages(needs),
  };
  return { items, stats };
}

/** The SOQL that reads `columns` (each field once), with an optional WHERE. */
export function leadQuery(columns: readonly FieldColumn[], where?: string): string {
  const fields = [...new Set(columns.map((c) => c.field))];
  return `SELECT ${fields.join(', ')} FROM Lead${where ? ` WHERE ${where}` : ''}`;
}

/**
 * The mapping's columns the org has, with their fields. A required column without its
 * field is an error naming it, with the nearest field; an optional one is left out, as an
 * export without that column would be, and named in `absent` (a pull says so). Two labels for one field (Create Date, Created
 * Date) read it once, under the first.
 */
export async function orgColumns(
  api: SalesforceApi,
  mapping: Mapping,
  needs: LeadNeeds | undefined,
): Promise<{ columns: FieldColumn[]; fields: LeadField[]; absent: AbsentColumn[] }> {
  const fields = await api.describeLead();
  const out: FieldColumn[] = [];
  const missing: string[] = [];
  const absent: AbsentColumn[] = [];
  const taken = new Set<string>();
  for (const c of mappingColumns(mapping, (rule) => unreadColumn(rule, needs))) {
    const field = resolveField(c.label, fields);
    if (field === undefined) {
      if (c.required || c.id) {
        const want = expectedField(c.label);
        const guess = didYouMean(want, [...fields.map((f) => f.name)]) ?? labelGuess(c.label, fields);
        missing.push(`${want} (for the column "${c.label}")${guess ? `; did you mean ${guess}?` : ''}`);
      } else absent.push({ name: expectedField(c.label), label: c.label });
      continue;
    }
    if (taken.has(field.toLowerCase())) continue;
    taken.add(field.toLowerCase());
    out.push({ ...c, field });
  }
  if (missing.length > 0)
    throw new SalesforceError(
      `Salesforce has no Lead field ${missing.join(', ')}, which the mapping "${mapping.name}" reads`,
      'name the field by its API name in the mapping (Setup → Object Manager → Lead → Fields & Relationships → Field Name), or mark the column optional: true',
    );
  if (!out.some((c) => c.id)) throw new SalesforceError(`the mapping "${mapping.name}" maps no column to the lead id`, 'map "Lead ID" (or Id) to id');
  return { columns: out, fields, absent };
}

/** The labels a mapping reads each of `fields` from, for a message. */
function mappingLabels(mapping: Mapping, fields: readonly string[]): string {
  return fields
    .map((f) => {
      const labels = mapping.columns.filter((c) => c.target.kind === 'field' && c.target.field === f).map((c) => `"${c.column}"`);
      return labels.length === 0 ? `no column for ${f}` : `${f} from ${labels.join(' or ')}`;
    })
    .join('; ');
}

function labelGuess(label: string, fields: readonly LeadField[]): string | undefined {
  const byLabel = didYouMean(
    label,
    fields.map((f) => f.label),
  );
  const hit = byLabel === undefined ? undefined : fields.find((f) => f.label === byLabel);
  return hit ? `${hit.name} ("${hit.label}")` : undefined;
}

async function* readPages(
  mapping: Mapping,
  api: SalesforceApi,
  options: SalesforceSourceOptions,
  stats: SourceStats,
  needs: LeadNeeds | undefined,
  warn: ((text: string) => void) | undefined,
): AsyncGenerator<SourceItem[]> {
  const { columns } = await orgColumns(api, mapping, needs);
  stats.columns = columns.map((c) => c.label);
  // As for an export without them (issue 13, item 14): no field for any date the rules measure is a report of nothing but "no data".
  const unmeasured = datesWithoutColumn(mapping, stats.columns, needs);
  if (unmeasured !== undefined)
    throw new SalesforceError(
      `Salesforce has no Lead field for ${unmeasured.join(', ')}, the dates the contract's rules measure, so every figure would be "no data" (the mapping "${mapping.name}" reads ${mappingLabels(mapping, unmeasured)})`,
      'create the fields, or name the Lead fields that hold those dates in a mapping file (columns: { My_MQL_Date__c: mqlAt })',
    );
  let read = options.read ?? 'auto';
  if (read === 'auto') read = (await api.query('SELECT COUNT() FROM Lead')).totalSize > (options.bulkThreshold ?? BULK_THRESHOLD) ? 'bulk' : 'rest';
  const owners = await sharedOwners(api, columns, warn);
  const soql = leadQuery(owners === undefined ? columns : [...columns, OWNER_ID]);
  const rows = new Rows(stats);
  if (read === 'rest') yield* restPages(mapping, api, columns, soql, rows, needs, owners);
  else yield* bulkPages(mapping, api, columns, soql, rows, needs, options.bulkPageSize ?? BULK_PAGE_SIZE, owners);
  if (rows.row === 1)
    throw new SalesforceError(
      `Salesforce has no leads to measure (${soql.slice(0, 60)}… answered none)`,
      'is SF_INSTANCE_URL the right org, and may its user read Leads?',
    );
}

/** Numbers rows as the same leads' export would (the header is row 1) and rejects a repeated id. */
class Rows {
  row = 1;
  private readonly ids = new IdTable();
  constructor(readonly stats: SourceStats) {}

  take(lead: ReturnType<RowConverter['convert']>, items: SourceItem[], bytes: number): void {
    const row = this.row;
    this.stats.rows++;
    this.stats.bytes += bytes;
    if (typeof lead === 'string') {
      items.push({ kind: 'rejected', rejection: { file: SALESFORCE_INPUT, row, reason: lead } });
      return;
    }
    // Ids are unique, but records edited while the pages are read can move across a page boundary.
    const first = this.ids.add(lead.id, row);
    if (first !== 0)
      items.push({
        kind: 'rejected',
        rejection: { file: SALESFORCE_INPUT, row, reason: `duplicate id ${JSON.stringify(lead.id)} (first seen at row ${first})` },
      });
    else items.push({ kind: 'lead', lead });
  }
}

async function* restPages(
  mapping: Mapping,
  api: SalesforceApi,
  columns: FieldColumn[],
  soql: string,
  rows: Rows,
  needs: LeadNeeds | undefined,
  owners: Map<string, string> | undefined,
): AsyncGenerator<SourceItem[]> {
  const converter = compileObjects(mapping, SALESFORCE_INPUT, zoneClock(mapping.timeZone ?? 'UTC'), [], needs);
  const label = labelledOwners(columns, owners);
  for await (const page of api.queryPages(soql)) {
    const items: SourceItem[] = [];
    for (const record of page.records) {
      rows.row++;
      const object = label(record);
      rows.take(converter.convertObject(object, rows.row), items, approximateBytes(object));
    }
    if (items.length > 0) yield items;
  }
}

/** A REST record as the export's row: keyed by the mapping's labels. */
function labelled(record: Record<string, unknown>, columns: readonly FieldColumn[]): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const c of columns) object[c.label] = valueAt(record, c.field);
  return object;
}

/**
 * `labelled` for records queried with OwnerId when owners share a name (sharedOwners): the
 * owner's name columns hold the name that tells them apart. Plain `labelled` without such owners.
 */
export function labelledOwners(
  columns: readonly FieldColumn[],
  owners: Map<string, string> | undefined,
): (record: Record<string, unknown>) => Record<string, unknown> {
  if (owners === undefined) return (record) => labelled(record, columns);
  const names = columns.filter(isOwnerName).map((c) => c.label);
  return (record) => {
    const object = labelled(record, columns);
    const as = owners.get(String(record['OwnerId']));
    if (as !== undefined) for (const label of names) if (object[label] !== null) object[label] = as;
    return object;
  };
}

async function* bulkPages(
  mapping: Mapping,
  api: SalesforceApi,
  columns: FieldColumn[],
  soql: string,
  rows: Rows,
  needs: LeadNeeds | undefined,
  pageSize: number,
  owners: Map<string, string> | undefined,
): AsyncGenerator<SourceItem[]> {
  const job = await api.bulkQuery(soql);
  try {
    yield* bulkResults(mapping, api, job, columns, rows, needs, pageSize, owners);
  } finally {
    // The results would stay on Salesforce's servers for a week; a failure to delete them changes nothing measured.
    await api.bulkDelete(job).catch(() => undefined);
  }
}

async function* bulkResults(
  mapping: Mapping,
  api: SalesforceApi,
  job: string,
  columns: FieldColumn[],
  rows: Rows,
  needs: LeadNeeds | undefined,
  pageSize: number,
  owners: Map<string, string> | undefined,
): AsyncGenerator<SourceItem[]> {
  await api.bulkWait(job);
  // With owners who share a name: the OwnerId column the query added (unless the mapping reads it) and the owner's name columns.
  let extra = -1;
  let nameAt: number[] = [];
  const readsOwnerId = columns.some((c) => c.field.toLowerCase() === 'ownerid');
  const labels = new Map(columns.map((c) => [c.field.toLowerCase(), c.label]));
  const zone = zoneClock(mapping.timeZone ?? 'UTC');
  let converter: RowConverter | undefined;
  let locator: string | undefined;
  const seen = new Set<string>();
  do {
    const page = await api.bulkResults(job, locator, pageSize);
    const items: SourceItem[] = [];
    let header = true;
    const reader = new CsvReader(',', (cells, count) => {
      if (header) {
        header = false;
        // Every page starts with the header; the first one makes the converter.
        if (converter === undefined) {
          let heading = cells.slice(0, count);
          if (owners !== undefined) {
            const names = heading.map((name) => name.trim().toLowerCase());
            extra = names.indexOf('ownerid');
            nameAt = names.flatMap((n, i) => (n === 'owner.name' ? [i] : []));
            if (!readsOwnerId) heading = heading.filter((_, i) => i !== extra);
          }
          const relabelled = heading.map((name) => labels.get(name.trim().toLowerCase()) ?? name);
          const compiled = compileCsv(mapping, relabelled, SALESFORCE_INPUT, zone, [], needs);
          if (!compiled.ok) throw new SalesforceError(compiled.message);
          converter = compiled.value;
        }
        return;
      }
      rows.row++;
      if (extra >= 0) {
        const row = cells.slice(0, count);
        const as = owners?.get(row[extra] ?? '');
        if (as !== undefined) for (const i of nameAt) if (row[i] !== '') row[i] = as;
        if (!readsOwnerId) row.splice(extra, 1);
        rows.take((converter as RowConverter).convert(row, row.length, rows.row), items, 0);
      } else rows.take((converter as RowConverter).convert(cells, count, rows.row), items, 0);
    });
    const bytes = Buffer.from(page.csv, 'utf8');
    reader.push(bytes);
    reader.end();
    rows.stats.bytes += bytes.length;
    if (items.length > 0) yield items;
    locator = page.locator;
    // As with a REST nextRecordsUrl: a locator given again would read the same records without end, each a "duplicate id".
    if (locator !== undefined && seen.has(locator))
      throw new SalesforceError(
        `Salesforce's Bulk API 2.0 results of the job ${job} gave the same Sforce-Locator ("${locator.slice(0, 40)}") a second time: its pages would never end`,
        'try again later, or read with --leads salesforce:rest; if it goes on, the org is not answering as the Bulk API 2.0 reference says',
      );
    if (locator !== undefined) seen.add(locator);
  } while (locator !== undefined);
}

/** The field a query adds to tell owners who share a name apart. */
export const OWNER_ID: FieldColumn = { label: 'OwnerId', field: 'OwnerId', required: false, id: false };

function isOwnerName(c: FieldColumn): boolean {
  return c.field.toLowerCase() === 'owner.name';
}

/**
 * Owner.Name is the name the export writes, so two people with one name were one owner in
 * every breakdown, in due and in notify (see owners.ts). When the mapping reads it, the
 * org's users and queues are read first (two queries, a page per 2,000): names that two
 * people share become "Name <address>" by OwnerId, said once. Undefined when no name is
 * shared (the query stays as it was), or when the user may not read users (said: the
 * names stay as Salesforce gives them).
 */
export async function sharedOwners(
  api: SalesforceApi,
  columns: readonly FieldColumn[],
  warn: ((text: string) => void) | undefined,
): Promise<Map<string, string> | undefined> {
  if (!columns.some(isOwnerName)) return undefined;
  const owners: CrmOwner[] = [];
  try {
    for (const soql of ['SELECT Id, Name, Email FROM User', "SELECT Id, Name, Email FROM Group WHERE Type = 'Queue'"])
      for await (const page of api.queryPages(soql))
        for (const r of page.records)
          owners.push({
            id: String(r['Id']),
            name: typeof r['Name'] === 'string' ? r['Name'] : '',
            email: typeof r['Email'] === 'string' ? r['Email'].trim() || undefined : undefined,
          });
  } catch (e) {
    // A user who may not read users (or queues) still measures; a limit used up or an expired token stops the read as anywhere else.
    if (!(e instanceof SalesforceError) || !(e.status === 400 || (e.status === 403 && e.code !== 'REQUEST_LIMIT_EXCEEDED'))) throw e;
    warn?.(
      `salesforce: could not read the org's users to tell apart owners who share a name (${e.message}); two people with one name are one owner in this report: give the user read access to Users, or rename one in Salesforce (Setup → Users)`,
    );
    return undefined;
  }
  const { shared } = distinctOwnerNames(owners);
  if (shared.length === 0) return undefined;
  for (const s of shared) warn?.(sharedNameWarning({ input: 'salesforce:', rename: 'rename one in Salesforce (Setup → Users)' }, s));
  return new Map(shared.flatMap((s) => s.owners.map((o) => [o.id, o.as] as const)));
}

/** The progress line's MB: the values read (the JSON around them is not counted). */
function approximateBytes(object: Record<string, unknown>): number {
  let n = 0;
  for (const k in object) {
    const v = object[k];
    n += k.length + (typeof v === 'string' ? v.length : v === null ? 0 : 8);
  }
  return n;
}
