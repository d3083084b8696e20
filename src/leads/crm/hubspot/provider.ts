/**
 * HubSpot as a CRM provider for `pull` and `push` (provider.ts): every contact through the
 * list endpoint, those modified since an instant through the search endpoint, by keyset on
 * lastmodifieddate (modifiedSince), the archived ones through the list endpoint's
 * archived=true, and one property written back through batch update.
 */
import { quoteValue } from '../../../contract/suggest.js';
import { UsageError } from '../../../shared/errors.js';
import type { LeadNeeds } from '../../lead.js';
import type { Mapping } from '../../mapping/types.js';
import type { CrmClock, CrmProvider, CrmPull, CrmRecord, CrmSession, CrmWriter } from '../provider.js';
import { BATCH_LIMIT, HubSpotApi, HubSpotError, PageWalk, SEARCH_PAGE, type ContactRecord, type HubSpotOptions } from './api.js';
import { contactObject, planContacts, sharedNameWarning, type ContactPlan } from './source.js';

const READ_SCOPES = ['crm.objects.contacts.read', 'crm.objects.owners.read'];
const WRITE_SCOPES = ['crm.objects.contacts.write'];

/**
 * HUBSPOT_API_URL (a proxy; tests' local server), checked before any call: a value that is
 * no http(s) URL (a typo, a host without its scheme) was tried 5 times over 15 seconds and
 * then said as "could not reach HubSpot … check the network".
 */
export function hubspotApiUrl(env: Record<string, string | undefined>): string | undefined {
  const baseUrl = env['HUBSPOT_API_URL']?.trim();
  if (!baseUrl) return undefined;
  if (!/^https?:\/\/[^\s/]+/i.test(baseUrl))
    throw new UsageError(
      `HUBSPOT_API_URL ${quoteValue(baseUrl)} is not an http(s) URL`,
      `set it to the base URL that answers in HubSpot’s place, such as https://api.hubapi.com, or unset it`,
    );
  return baseUrl;
}

/** The private app's token and the API's address from the environment; the token is required. */
export function hubspotOptions(env: Record<string, string | undefined>, clock: CrmClock, what: string): HubSpotOptions {
  const token = env['HUBSPOT_TOKEN']?.trim();
  if (!token)
    throw new HubSpotError(
      `HUBSPOT_TOKEN is not set: ${what} with a private app’s access token`,
      `create a private app with the scopes ${READ_SCOPES.join(' and ')} (and ${WRITE_SCOPES[0]} for push), then export HUBSPOT_TOKEN=<its token>`,
    );
  const baseUrl = hubspotApiUrl(env);
  return {
    token,
    ...(baseUrl ? { baseUrl } : {}),
    ...(clock.sleep ? { sleep: clock.sleep } : {}),
    ...(clock.now ? { now: clock.now } : {}),
    ...(clock.pace === false ? { pace: false } : {}),
  };
}

export const hubspotProvider: CrmProvider = {
  name: 'hubspot',
  preset: 'hubspot',
  scopes: { read: READ_SCOPES, write: WRITE_SCOPES },
  propertyNoun: 'contact property',
  createHint: (name, values) =>
    `create the contact property ${name} (Settings → Properties → Create property): type enumeration (dropdown select) with the options ${values.join(', ')}, or string (single-line text)`,
  open(env, clock) {
    return hubspotSession(hubspotOptions(env, clock, 'revpact reads and writes HubSpot'));
  },
};

export function hubspotSession(options: HubSpotOptions): CrmSession {
  const api = new HubSpotApi(options);
  return {
    async pull(mapping: Mapping, needs: LeadNeeds | undefined): Promise<CrmPull> {
      if (mapping.joins.length > 0)
        throw new HubSpotError(`the mapping "${mapping.name}" joins files, which a pull from HubSpot does not read`, 'use a mapping without join');
      const plan = await planContacts(api, mapping, needs);
      // The first answer (the properties) carried HubSpot's clock.
      const startedAt = api.firstAnswerAt ?? (options.now ?? Date.now)();
      return {
        columns: plan.columns.map((c) => c.label),
        idColumn: plan.columns.find((c) => c.id)?.label ?? 'Record ID',
        absent: plan.absent,
        notes: plan.sharedNames.map(sharedNameWarning),
        startedAt,
        records: (since) => (since === undefined ? everyContact(api, plan) : modifiedSince(api, plan, since, startedAt)),
        removed: (since) => archivedSince(api, since),
      };
    },
    writer: () => hubspotWriter(api),
    counters: () => ({ ...api.counters }),
  };
}

function toRecords(results: ContactRecord[], plan: ContactPlan): CrmRecord[] {
  return results.map((r) => {
    const merged = mergedInto(r);
    return { id: r.id, object: contactObject(r, plan), ...(merged.length > 0 ? { merged } : {}) };
  });
}

/**
 * The contacts merged into this one: HubSpot's hs_merged_object_ids, ids joined by ";". A
 * merge (as HubSpot merges now: into a new contact with a new id) leaves the merged-away contacts
 * neither listed nor archived, so an incremental pull kept them beside the contact they
 * became, each counted as a lead of its own, until a --full pull.
 */
function mergedInto(r: ContactRecord): string[] {
  const text = r.properties[MERGED_IDS];
  if (typeof text !== 'string') return [];
  return text
    .split(';')
    .map((id) => id.trim())
    .filter((id) => id !== '' && id !== r.id);
}

const MERGED_IDS = 'hs_merged_object_ids';

async function* everyContact(api: HubSpotApi, plan: ContactPlan): AsyncGenerator<CrmRecord[]> {
  let after: string | undefined;
  const walk = new PageWalk('contacts list');
  do {
    const page = await api.contacts(after, plan.properties);
    yield toRecords(page.results, plan);
    after = walk.next(page.after, page.results.length);
  } while (after !== undefined);
}

/**
 * The contacts modified in [since, until), where `until` is HubSpot's clock at the start
 * plus the second its Date header rounds away, read by keyset: each query asks from the
 * last lastmodifieddate read on (GTE), sorted by it, and never pages by offset. The search
 * endpoint's `after` is an offset into a list that moves while it is read: a contact saved
 * during the pull leaves the window (its lastmodifieddate is now past `until`), every
 * contact after it moves up a place, and the one at the next page's edge was never read.
 * It had been modified before the pull, so the next pull, which asks from this one's
 * start, would not ask for it either: its change was lost for good, without a word.
 * Asking from the last instant read skips none, and no query pages past the 10,000
 * results HubSpot pages to. The contacts of that instant come again and are passed over
 * by id; an instant that fills a whole page is read by id (sameInstant).
 */
async function* modifiedSince(api: HubSpotApi, plan: ContactPlan, since: number, startedAt: number): AsyncGenerator<CrmRecord[]> {
  const until = startedAt + 1000;
  const properties = [...new Set([...plan.properties, MODIFIED, MERGED_IDS])];
  let from = since;
  /** The ids read whose lastmodifieddate is `from`. */
  let atFrom = new Set<string>();
  for (;;) {
    const page = await api.search({
      filters: [
        { propertyName: MODIFIED, operator: 'GTE', value: String(from) },
        { propertyName: MODIFIED, operator: 'LT', value: String(until) },
      ],
      sort: { propertyName: MODIFIED, direction: 'ASCENDING' },
      properties,
      limit: SEARCH_PAGE,
    });
    const fresh = page.results.filter((r) => !atFrom.has(r.id));
    if (fresh.length > 0) yield toRecords(fresh, plan);
    const last = page.results.at(-1);
    if (page.after === undefined || last === undefined) return;
    const lastAt = modifiedAt(last, from, until);
    const atLast = page.results.filter((r) => Date.parse(r.properties[MODIFIED] ?? '') === lastAt).map((r) => r.id);
    if (atLast.length === page.results.length) {
      // A whole page at one instant (a bulk import stamps many contacts alike): by id, then on from the next millisecond.
      yield* sameInstant(api, plan, properties, lastAt, new Set([...(lastAt === from ? atFrom : []), ...atLast]));
      from = lastAt + 1;
      atFrom = new Set();
      continue;
    }
    atFrom = new Set(atLast);
    from = lastAt;
  }
}

const MODIFIED = 'lastmodifieddate';

/** A search result's lastmodifieddate, which the query's own filter puts in [from, until): anything else is an answer not to page on. */
function modifiedAt(r: ContactRecord, from: number, until: number): number {
  const text = r.properties[MODIFIED];
  const at = Date.parse(text ?? '');
  if (Number.isFinite(at) && at >= from && at < until) return at;
  throw new HubSpotError(
    `HubSpot's contacts search answered contact ${r.id} with lastmodifieddate ${JSON.stringify(text ?? null)}, outside the range it was asked for (${new Date(from).toISOString()} to ${new Date(until).toISOString()}): the contacts after it cannot be asked for`,
    'try again later; if it goes on, check HUBSPOT_API_URL (a proxy answering in HubSpot’s place?) and the portal’s API status',
  );
}

/** The contacts modified at one instant, by keyset on their id (each query after the last id read), leaving out those already read. */
async function* sameInstant(api: HubSpotApi, plan: ContactPlan, properties: string[], at: number, read: ReadonlySet<string>): AsyncGenerator<CrmRecord[]> {
  let lastId: string | undefined;
  for (;;) {
    const page = await api.search({
      filters: [
        { propertyName: MODIFIED, operator: 'EQ', value: String(at) },
        ...(lastId === undefined ? [] : [{ propertyName: 'hs_object_id', operator: 'GT' as const, value: lastId }]),
      ],
      sort: { propertyName: 'hs_object_id', direction: 'ASCENDING' },
      properties,
      limit: SEARCH_PAGE,
    });
    const fresh = page.results.filter((r) => !read.has(r.id));
    if (fresh.length > 0) yield toRecords(fresh, plan);
    const last = page.results.at(-1)?.id;
    if (page.after === undefined || last === undefined) return;
    if (lastId !== undefined && compareNumericIds(last, lastId) <= 0)
      throw new HubSpotError(
        `HubSpot's contacts search answered contact ${last} after asking for ids past ${lastId}: the contacts after it cannot be asked for`,
        'try again later; if it goes on, the portal is not answering as its API reference says',
      );
    lastId = last;
  }
}

/** HubSpot's ids are whole numbers, compared as such (by length, then digit by digit). */
function compareNumericIds(a: string, b: string): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}

async function* archivedSince(api: HubSpotApi, since: number): AsyncGenerator<string[]> {
  let after: string | undefined;
  const walk = new PageWalk('archived contacts list');
  do {
    const page = await api.archived(after);
    yield page.results.filter((r) => r.archivedAt === undefined || !(Date.parse(r.archivedAt) < since)).map((r) => r.id);
    after = walk.next(page.after, page.results.length);
  } while (after !== undefined);
}

function hubspotWriter(api: HubSpotApi): CrmWriter {
  return {
    batchSize: BATCH_LIMIT,
    async property(name) {
      const found = (await api.properties()).find((p) => p.name === name);
      return found ? { name: found.name, type: found.type ?? 'string', ...(found.options ? { options: found.options } : {}) } : undefined;
    },
    read: (ids, property) => api.read(ids, property),
    update: (changes, property) => api.update(changes, property),
  };
}
