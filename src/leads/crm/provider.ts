/**
 * What `revpact pull` and `revpact push` need of a CRM (issue 14), so a second CRM plugs
 * in beside HubSpot: records as the objects its export's rows would be (keyed by the
 * export's column labels, the object converter's input), a page at a time, all or those
 * modified since an instant, with the ids removed since; and one property written back
 * in batches. A provider is registered by name in `CRM_PROVIDERS` (crm/index.ts).
 */
import type { LeadNeeds } from '../lead.js';
import type { Mapping } from '../mapping/types.js';

/** One record as its export row would be: `object` keyed by the export's labels. */
export interface CrmRecord {
  id: string;
  object: Record<string, unknown>;
  /**
   * The ids of records merged into this one (HubSpot's hs_merged_object_ids). A merged-away
   * record is neither listed nor archived: it just stops being, and only the record it went
   * into says so. An incremental pull drops those ids from its file.
   */
  merged?: string[];
}

/** A column the mapping reads if there (optional) that the CRM has no property or field for. */
export interface AbsentColumn {
  /** The property's or field's name, as the mapping expects it. */
  name: string;
  /** The export column it stands for. */
  label: string;
}

export interface CrmPull {
  /** The labels every object holds, in order (the columns the rules need, and the id). */
  columns: string[];
  /** The label holding the record's id. */
  idColumn: string;
  /** The mapping's optional columns the CRM has no property or field for: not in the records. */
  absent: AbsentColumn[];
  /** What the CRM's answers leave unsettled (owners that share a name), each a sentence to warn of. */
  notes?: string[];
  /** The CRM's clock when the pull started (ms): the next incremental pull starts there. */
  startedAt: number;
  /** Every record, or those modified at or after `since`, a page at a time. */
  records(since: number | undefined): AsyncIterable<CrmRecord[]>;
  /** The ids of records deleted (archived) at or after `since`. */
  removed(since: number): AsyncIterable<string[]>;
}

/** The property written back, as the CRM describes it. */
export interface CrmProperty {
  name: string;
  type: string;
  /** An enumeration's allowed values. */
  options?: string[];
}

export interface CrmWriter {
  /** The most records a batch update takes. */
  batchSize: number;
  /** The property, or undefined when the CRM has none by that name. */
  property(name: string): Promise<CrmProperty | undefined>;
  /** Its current values for up to `batchSize` records (a record the CRM does not have is left out). */
  read(ids: string[], property: string): Promise<Map<string, string | null>>;
  /** Sets it on up to `batchSize` records, nothing else; the ids refused, with why. */
  update(changes: { id: string; value: string }[], property: string): Promise<{ errors: { ids: string[]; message: string }[] }>;
}

/** A clock to wait on and read (tests pass a fake one). */
export interface CrmClock {
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  /** false: no client-side limiter (the benchmark measures revpact, not the limiter). */
  pace?: boolean;
}

export interface CrmProvider {
  /** The name on the command line: `revpact pull hubspot`. */
  name: string;
  /** The mapping preset its records are read with by default. */
  preset: string;
  /** The scopes (permissions) it needs, for the README and messages: reading, writing back. */
  scopes: { read: string[]; write: string[] };
  /** What the CRM calls the thing `push` writes: "contact property", "Lead field". */
  propertyNoun: string;
  /** How to create the property `push` writes, holding `values`: revpact never creates one. */
  createHint(name: string, values: readonly string[]): string;
  /**
   * A session from the environment (its token and URL): a missing variable throws an error
   * naming it before any call.
   */
  open(env: Record<string, string | undefined>, clock: CrmClock): CrmSession;
}

export interface CrmSession {
  pull(mapping: Mapping, needs: LeadNeeds | undefined): Promise<CrmPull>;
  writer(): CrmWriter;
  /** Calls made and ms waited for the rate limits (the benchmark reports them). */
  counters(): { calls: number; pacedMs: number };
}

/** Every CRM revpact knows by name; those without a provider yet say so. */
export const CRM_NAMES = ['hubspot', 'salesforce'] as const;
