/**
 * What `revpact pull salesforce` reads (issue 14): the leads as pages of export-shaped
 * records, incrementally since a timestamp with the ids deleted since then. The
 * write-back is the provider's writer (provider.ts), driven by app/push.ts.
 */
import type { LeadNeeds } from '../../lead.js';
import type { Mapping } from '../../mapping/types.js';
import type { AbsentColumn } from '../provider.js';
import { SalesforceApi, SalesforceError, type SalesforceOptions } from './api.js';
import { labelledOwners, leadQuery, orgColumns, OWNER_ID, sharedOwners } from './source.js';

/** The key each pulled record carries its last change under (Salesforce's SystemModstamp, ISO 8601). */
export const MODIFIED_KEY = 'SystemModstamp';

export interface LeadPull {
  /** The export's column labels the records are keyed by (the id's among them), then MODIFIED_KEY. */
  columns: string[];
  /** The label of the id column. */
  idColumn: string;
  /** The mapping's optional columns the org has no field for: left out. */
  absent: AbsentColumn[];
  /** Pages of records (REST query pages, up to 2,000), changed since `since` when given. */
  pages: AsyncIterable<Record<string, unknown>[]>;
  /** The ids of leads deleted since `since` (empty without one): read them after the pages. */
  deleted(): Promise<string[]>;
  /** Owners who share a name, by OwnerId, as check names them (source.ts, sharedOwners); undefined when none do. */
  owners: Map<string, string> | undefined;
  /** What the org's answers left unsettled, to be said once (owners who share a name). */
  notes: string[];
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
export async function pullLeads(
  mapping: Mapping,
  options: SalesforceOptions,
  o: { since?: Date; needs?: LeadNeeds; owners?: Map<string, string> | undefined } = {},
): Promise<LeadPull> {
  const api = new SalesforceApi(options);
  const { columns, absent } = await orgColumns(api, mapping, o.needs);
  const idColumn = (columns.find((c) => c.id) as { label: string }).label;
  const since = o.since === undefined ? undefined : soqlInstant(o.since);
  const modified = { label: MODIFIED_KEY, field: MODIFIED_KEY, required: true, id: false };
  const all = [...columns.filter((c) => c.field !== MODIFIED_KEY), modified];
  // Owners who share a name are told apart as check tells them apart (read once a pull: a later
  // call passes them in): the file's report is the one --leads salesforce: gives.
  const notes: string[] = [];
  const owners = 'owners' in o ? o.owners : await sharedOwners(api, columns, (text) => notes.push(text));
  const soql =
    leadQuery(owners === undefined ? all : [...all, OWNER_ID], since === undefined ? undefined : `SystemModstamp > ${since}`) + ' ORDER BY SystemModstamp, Id';
  const named = labelledOwners(all, owners);
  async function* pages(): AsyncGenerator<Record<string, unknown>[]> {
    for await (const page of api.queryPages(soql)) if (page.records.length > 0) yield page.records.map(named);
  }
  return {
    columns: all.map((c) => c.label),
    idColumn,
    absent,
    owners,
    notes,
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
