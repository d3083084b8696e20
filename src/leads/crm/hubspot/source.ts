/**
 * HubSpot contacts as a lead source, straight from the CRM v3 API (issue 14): the
 * mapping's columns become the properties asked for (only those: data minimization),
 * checked first against the portal's properties; owners are read once and their ids
 * become names, as the export writes them; then the contacts stream a page of 100 at a
 * time, each record turned into an object keyed by the export's labels and read by the
 * object converter the NDJSON source uses, so every rule of the mapping (dates, value
 * maps, rejections) applies as it does to the same contacts exported. Memory holds one
 * page and the owners, whatever the number of contacts.
 */
import { didYouMean } from '../../../contract/suggest.js';
import { clean } from '../../../render/format.js';
import type { LeadItems, LeadNeeds, SourceItem, SourceStats } from '../../lead.js';
import { compileObjects } from '../../mapping/convert.js';
import { zoneClock } from '../../mapping/dates.js';
import type { Mapping } from '../../mapping/types.js';
import { IdTable } from '../../sources/ids.js';
import { unreadColumn } from '../needs.js';
import { distinctOwnerNames, sharedNameWarning as sharedName, type SharedName } from '../owners.js';
import type { AbsentColumn } from '../provider.js';
import type { LeadSource } from '../../sources/index.js';
import { HubSpotApi, HubSpotError, PageWalk, type ContactRecord, type HubSpotOptions, type OwnerInfo } from './api.js';
import { propertyColumns, type PropertyColumn } from './properties.js';

/** How the report names this input, where an export's file name would be. */
export const HUBSPOT_INPUT = 'hubspot:';

/**
 * `warn` hears, once a read, what the owners list could not settle: owners told apart by
 * their e-mail address, owner ids it does not have.
 */
export function openHubSpotSource(mapping: Mapping, options: HubSpotOptions, warn?: (text: string) => void): LeadSource {
  if (mapping.joins.length > 0)
    throw new HubSpotError(
      `the mapping "${mapping.name}" joins files, which --leads hubspot: does not read`,
      'use a mapping without join, or export the files and pass them with --leads',
    );
  const stats: SourceStats = { rows: 0, bytes: 0 };
  const pages = (needs: LeadNeeds | undefined) => {
    stats.rows = 0;
    stats.bytes = 0;
    return readPages(mapping, new HubSpotApi(options), stats, needs, warn);
  };
  const items: LeadItems = {
    async *[Symbol.asyncIterator]() {
      for await (const page of pages(undefined)) yield* page;
    },
    batches: (needs) => pages(needs),
  };
  return { items, stats };
}

/** Which properties a read asks for, by which export label each is keyed, and the owners' names. */
export interface ContactPlan {
  columns: PropertyColumn[];
  /** The mapping's optional columns the portal has no property for: left out. */
  absent: AbsentColumn[];
  /** The properties asked for (the id column is the record's own id). */
  properties: string[];
  owners: Map<string, string>;
  /** Names two or more owners share, each with how its owners are told apart (see ownerNames). */
  sharedNames: SharedName[];
}

/** Phases 1 and 2 of a read: the properties (checked against the portal's), and the owners by id when a column holds the owner. */
export async function planContacts(api: HubSpotApi, mapping: Mapping, needs: LeadNeeds | undefined): Promise<ContactPlan> {
  const wanted = propertyColumns(mapping, (rule) => unreadColumn(rule, needs));
  const { columns, absent } = await portalColumns(api, mapping, wanted);
  const properties = [...new Set(columns.filter((c) => !c.id).map((c) => c.property))];
  const { names: owners, shared: sharedNames } = columns.some((c) => c.owner)
    ? ownerNames(await api.owners())
    : { names: new Map<string, string>(), shared: [] };
  return { columns, absent, properties, owners, sharedNames };
}

/**
 * A contact as the object its export row would be: keyed by the export's labels, the owner
 * by name. An owner id the owners list does not have stays the id, counted in `unknown`.
 */
export function contactObject(record: ContactRecord, plan: ContactPlan, unknown?: Map<string, number>): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const c of plan.columns) {
    const value = c.id ? record.id : epochDate(record.properties[c.property] ?? null, c.dateType);
    // HubSpot sends owner ids as text; one sent as a number (a proxy, an older API) is the same owner, not a name "70001".
    const owner = typeof value === 'number' ? String(value) : value;
    if (!c.owner || typeof owner !== 'string' || owner.trim() === '') {
      object[c.label] = value;
      continue;
    }
    const name = plan.owners.get(owner);
    if (name === undefined) unknown?.set(owner, (unknown.get(owner) ?? 0) + 1);
    object[c.label] = name ?? value;
  }
  return object;
}

/**
 * HubSpot takes a date or datetime property's value as milliseconds since 1970 as well as
 * ISO 8601, and some portals answer with the milliseconds (properties written that way by
 * an integration, older ones): "1790000000000". Read as the text it is, each was a rejected
 * lead, told to "write it as a JSON number", which the CRM's user cannot. For a property
 * the portal says is a date or an instant, the milliseconds are that instant (a date
 * property's, midnight UTC, its day). 12 or 13 digits: 1973 to 2286; anything else is left
 * for the converter to say.
 */
export function epochDate(value: string | null, type: PropertyColumn['dateType']): string | null {
  if (type === undefined || value === null || !/^\d{12,13}$/.test(value)) return value;
  const iso = new Date(Number(value)).toISOString();
  return type === 'date' ? iso.slice(0, 10) : iso;
}

async function* readPages(
  mapping: Mapping,
  api: HubSpotApi,
  stats: SourceStats,
  needs: LeadNeeds | undefined,
  warn: ((text: string) => void) | undefined,
): AsyncGenerator<SourceItem[]> {
  // Phases 1 and 2: which properties, checked against the portal's; the owners.
  const plan = await planContacts(api, mapping, needs);
  stats.columns = plan.columns.map((c) => c.label);
  for (const shared of plan.sharedNames) warn?.(sharedNameWarning(shared));
  const unknownOwners = new Map<string, number>();

  // Phase 3: the contacts, a page at a time.
  const converter = compileObjects(mapping, HUBSPOT_INPUT, zoneClock(mapping.timeZone ?? 'UTC'), [], needs);
  const ids = new IdTable();
  let row = 1; // rows are numbered as the same contacts' export would number them: the header is row 1
  let after: string | undefined;
  // As a pull does: a cursor given again (or empty pages without end) read the same contacts over and over,
  // each a "duplicate id", on the API quota and without an end.
  const walk = new PageWalk('contacts list');
  do {
    const page = await api.contacts(after, plan.properties);
    const items: SourceItem[] = [];
    for (const record of page.results) {
      row++;
      const object = contactObject(record, plan, unknownOwners);
      stats.bytes += approximateBytes(record.properties);
      stats.rows++;
      const lead = converter.convertObject(object, row);
      if (typeof lead === 'string') {
        items.push({ kind: 'rejected', rejection: { file: HUBSPOT_INPUT, row, reason: lead } });
        continue;
      }
      // HubSpot ids are unique, but a page boundary moving under concurrent edits can repeat a record.
      const first = ids.add(lead.id, row);
      if (first !== 0)
        items.push({
          kind: 'rejected',
          rejection: { file: HUBSPOT_INPUT, row, reason: `duplicate id ${JSON.stringify(lead.id)} (first seen at row ${first})` },
        });
      else items.push({ kind: 'lead', lead });
    }
    if (items.length > 0) yield items;
    after = walk.next(page.after, page.results.length);
  } while (after !== undefined);
  if (row === 1) throw noContacts();
  if (unknownOwners.size > 0) warn?.(unknownOwnerWarning(unknownOwners));
}

export function noContacts(): HubSpotError {
  return new HubSpotError('HubSpot has no contacts to measure (GET /crm/v3/objects/contacts answered none)', "is HUBSPOT_TOKEN the right portal's?");
}

/**
 * The mapping's columns the portal has. A required column without its property is an
 * error naming it, with the nearest property; an optional one is left out, as an export
 * without that column would be, and named in `absent` (a pull says so).
 */
async function portalColumns(api: HubSpotApi, mapping: Mapping, wanted: PropertyColumn[]): Promise<{ columns: PropertyColumn[]; absent: AbsentColumn[] }> {
  const portal = await api.properties();
  const names = new Set(portal.map((p) => p.name));
  const types = new Map(portal.map((p) => [p.name, p.type]));
  const out: PropertyColumn[] = [];
  const missing: string[] = [];
  const absent: AbsentColumn[] = [];
  for (const c of wanted) {
    if (c.id || names.has(c.property)) {
      const type = types.get(c.property);
      out.push(!c.id && (type === 'date' || type === 'datetime') ? { ...c, dateType: type } : c);
    } else if (c.required) {
      const guess = didYouMean(c.property, [...names]) ?? labelGuess(c.label, portal);
      missing.push(`${c.property} (for the column "${c.label}")${guess ? `; did you mean ${guess}?` : ''}`);
    } else absent.push({ name: c.property, label: c.label });
  }
  if (missing.length > 0)
    throw new HubSpotError(
      `HubSpot has no contact property ${missing.join(', ')}, which the mapping "${mapping.name}" reads`,
      'name the property by its internal name in the mapping (Settings → Properties → the property → the </> internal name), or mark the column optional: true',
    );
  if (!out.some((c) => c.id)) throw new HubSpotError(`the mapping "${mapping.name}" maps no column to the lead id`, 'map "Record ID" (or hs_object_id) to id');
  return { columns: out, absent };
}

function labelGuess(label: string, portal: { name: string; label: string }[]): string | undefined {
  const byLabel = didYouMean(
    label,
    portal.map((p) => p.label),
  );
  const hit = byLabel === undefined ? undefined : portal.find((p) => p.label === byLabel);
  return hit ? `${hit.name} ("${hit.label}")` : undefined;
}

/**
 * Owner ids → names as the export writes them ("First Last"; the e-mail when the owner has
 * no name), two people who share a name told apart (see owners.ts).
 */
export function ownerNames(owners: OwnerInfo[]): { names: Map<string, string>; shared: SharedName[] } {
  return distinctOwnerNames(
    owners.map((o) => {
      const name = [o.firstName, o.lastName].filter((x) => x !== undefined && x !== '').join(' ');
      const email = o.email?.trim() || undefined;
      return { id: o.id, name: name !== '' ? name : (email ?? o.id), email };
    }),
  );
}

/** Said once a read: which owners share a name, what each is called now, and how people: tells them apart. */
export function sharedNameWarning(shared: SharedName): string {
  return sharedName({ input: 'hubspot:', rename: 'rename one in HubSpot (Settings → Users & Teams)' }, shared);
}

/** How many ids are named in the warning about owners the owners list does not have. */
const UNKNOWN_SHOWN = 5;

/**
 * Contacts whose owner id the owners list (active and deactivated) does not have are shown
 * by the id: said once, with how many and the first ids.
 */
export function unknownOwnerWarning(unknown: Map<string, number>): string {
  const contacts = [...unknown.values()].reduce((a, b) => a + b, 0);
  const ids = [...unknown.keys()];
  const shown = ids.slice(0, UNKNOWN_SHOWN).join(', ') + (ids.length > UNKNOWN_SHOWN ? `, and ${ids.length - UNKNOWN_SHOWN} more` : '');
  return (
    `hubspot: ${contacts} ${contacts === 1 ? 'contact has an owner' : 'contacts have owners'} that HubSpot's owners list (GET /crm/v3/owners, active and deactivated) does not have: ` +
    `${ids.length === 1 ? 'owner id' : 'owner ids'} ${clean(shown)}, shown as the id in the report, due and notify; ` +
    `the user was removed from the portal (Settings → Users & Teams) or the id was written by an integration: assign those contacts to a current owner in HubSpot`
  );
}

/** The progress line's MB: the property values read (the JSON around them is not counted). */
export function approximateBytes(properties: Record<string, string | null>): number {
  let n = 0;
  for (const k in properties) n += (properties[k]?.length ?? 0) + k.length;
  return n;
}
