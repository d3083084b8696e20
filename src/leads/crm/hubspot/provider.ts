/**
 * HubSpot as a CRM provider for `pull` and `push` (provider.ts): every contact through the
 * list endpoint, those modified since an instant through the search endpoint, windowed by
 * lastmodifieddate so that no query asks for more than the 10,000 results HubSpot pages
 * to, the archived ones through the list endpoint's archived=true, and one property
 * written back through batch update.
 */
import { quoteValue } from '../../../contract/suggest.js';
import { UsageError } from '../../../shared/errors.js';
import type { LeadNeeds } from '../../lead.js';
import type { Mapping } from '../../mapping/types.js';
import type { CrmClock, CrmProvider, CrmPull, CrmRecord, CrmSession, CrmWriter } from '../provider.js';
import { BATCH_LIMIT, HubSpotApi, HubSpotError, PageWalk, SEARCH_CAP, SEARCH_PAGE, type ContactRecord, type HubSpotOptions, type SearchQuery } from './api.js';
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

export function hubspotSession(options: HubSpotOptions & { searchCap?: number }): CrmSession {
  const api = new HubSpotApi(options);
  const cap = options.searchCap ?? SEARCH_CAP;
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
        records: (since) => (since === undefined ? everyContact(api, plan) : modifiedSince(api, plan, since, startedAt, cap)),
        removed: (since) => archivedSince(api, since),
      };
    },
    writer: () => hubspotWriter(api),
    counters: () => ({ ...api.counters }),
  };
}

function toRecords(results: ContactRecord[], plan: ContactPlan): CrmRecord[] {
  return results.map((r) => ({ id: r.id, object: contactObject(r, plan) }));
}

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
 * plus the second its Date header rounds away. A window whose first page counts more than
 * the cap is split in two halves, earlier first; a window of one millisecond that still
 * holds more (a bulk import stamps many contacts alike) is read by id instead, a query
 * restarted after each `cap` results.
 */
async function* modifiedSince(api: HubSpotApi, plan: ContactPlan, since: number, startedAt: number, cap: number): AsyncGenerator<CrmRecord[]> {
  const until = startedAt + 1000;
  const windows: [number, number][] = [[since, until]];
  for (let w = windows.pop(); w !== undefined; w = windows.pop()) {
    const [from, to] = w;
    const query = (after: string | undefined): SearchQuery => ({
      filters: [
        { propertyName: 'lastmodifieddate', operator: 'GTE', value: String(from) },
        { propertyName: 'lastmodifieddate', operator: 'LT', value: String(to) },
      ],
      sort: { propertyName: 'lastmodifieddate', direction: 'ASCENDING' },
      properties: plan.properties,
      limit: SEARCH_PAGE,
      ...(after !== undefined ? { after } : {}),
    });
    const first = await api.search(query(undefined));
    if (first.total > cap) {
      if (to - from > 1) {
        const middle = from + Math.floor((to - from) / 2);
        windows.push([middle, to], [from, middle]);
      } else yield* sameInstant(api, plan, from, cap);
      continue;
    }
    yield toRecords(first.results, plan);
    const walk = new PageWalk('contacts search');
    for (let after = walk.next(first.after, first.results.length); after !== undefined;) {
      const page = await api.search(query(after));
      yield toRecords(page.results, plan);
      after = walk.next(page.after, page.results.length);
    }
  }
}

/** The contacts modified at one instant, by id: each query starts after the last id read and stops short of the cap. */
async function* sameInstant(api: HubSpotApi, plan: ContactPlan, at: number, cap: number): AsyncGenerator<CrmRecord[]> {
  let lastId = '0';
  for (;;) {
    let read = 0;
    let after: string | undefined;
    const walk = new PageWalk('contacts search');
    do {
      const page = await api.search({
        filters: [
          { propertyName: 'lastmodifieddate', operator: 'EQ', value: String(at) },
          { propertyName: 'hs_object_id', operator: 'GT', value: lastId },
        ],
        sort: { propertyName: 'hs_object_id', direction: 'ASCENDING' },
        properties: plan.properties,
        limit: SEARCH_PAGE,
        ...(after !== undefined ? { after } : {}),
      });
      yield toRecords(page.results, plan);
      read += page.results.length;
      lastId = page.results.at(-1)?.id ?? lastId;
      after = walk.next(page.after, page.results.length);
    } while (after !== undefined && read + SEARCH_PAGE <= cap);
    if (after === undefined) return;
  }
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
