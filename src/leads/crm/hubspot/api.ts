/**
 * The HubSpot CRM v3 endpoints revpact reads and writes, through @hubspot/api-client, with
 * HubSpot's limits handled here rather than by the library: its retry decorator waits a
 * fixed 10 s on a 429 whatever Retry-After says, logs to the console, and sleeps on the
 * real clock; revpact honours Retry-After, retries 5xx and dropped connections with a
 * bounded back-off, and takes the clock as a parameter so tests never sleep. The
 * library's own limiter (9 requests a second, under the private-app quota of 100 per 10
 * seconds) paces the calls. Contacts, search and batch calls go through the library's
 * `apiRequest` (auth, base path and limiter kept) so their answers' headers can be read:
 * when X-HubSpot-RateLimit-Remaining falls under a tenth of X-HubSpot-RateLimit-Max,
 * revpact waits one X-HubSpot-RateLimit-Interval-Milliseconds before the next call
 * instead of running into a 429; search calls, limited separately to 5 a second per
 * portal (https://developers.hubspot.com/docs/api/crm/search, "Limitations") and sent
 * without those headers, are spaced 200 ms apart on the injected clock.
 *
 * Every failure becomes a HubSpotError saying what happened and what to do; the token
 * never appears in one (it is cut out of anything HubSpot sends back, too).
 */
// Loaded on the first call (see HubSpotApi#api): every other command starts 40 ms sooner.
import type { Client } from '@hubspot/api-client';

export const DEFAULT_BASE_URL = 'https://api.hubapi.com';

/** A failure the user fixes (a token, a scope, a property, the network): exit 2. */
/**
 * A paged read that a server cannot keep going forever: a cursor given a second time, or
 * pages that hold nothing yet point to another, would loop on API quota without a word.
 * `next` takes a page's cursor and how many results it held, and returns the cursor to ask
 * for (undefined after the last page).
 */
export class PageWalk {
  private readonly seen = new Set<string>();
  private empty = 0;

  constructor(private readonly what: string) {}

  next(after: string | undefined, results: number): string | undefined {
    if (after === undefined) return undefined;
    if (this.seen.has(after))
      throw new HubSpotError(
        `HubSpot's ${this.what} gave the page cursor "${after.slice(0, 40)}" a second time: its pages would never end`,
        'try again later; if it goes on, the portal is not answering as its API reference says',
      );
    this.empty = results === 0 ? this.empty + 1 : 0;
    if (this.empty >= MAX_EMPTY_PAGES)
      throw new HubSpotError(
        `HubSpot's ${this.what} answered ${MAX_EMPTY_PAGES} empty pages in a row, each pointing to another: its pages would never end`,
        'try again later; if it goes on, the portal is not answering as its API reference says',
      );
    this.seen.add(after);
    return after;
  }
}

/** Empty pages in a row that still point to another: past this, the paging is broken. */
const MAX_EMPTY_PAGES = 5;

export class HubSpotError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
    /** HubSpot's HTTP status, when it answered (401 and 403 stop a push: every batch would fail alike). */
    readonly status?: number,
  ) {
    super(message);
    this.name = 'HubSpotError';
  }
}

export interface HubSpotOptions {
  /** The private app's access token (HUBSPOT_TOKEN). */
  token: string;
  /** HUBSPOT_API_URL: a proxy, or a local server in tests. */
  baseUrl?: string;
  /** Waits that long (tests pass a fake clock). */
  sleep?: (ms: number) => Promise<void>;
  /** The time now in ms (tests pass a fake clock that `sleep` advances). */
  now?: () => number;
  /** Retries of a 5xx or a dropped connection before giving up (default 4: 1, 2, 4, 8 s). */
  retries?: number;
  /** 429s in a row on one call before giving up (default 10). */
  maxRateLimitWaits?: number;
  /** Pace calls with the library's limiter (default true; unit tests turn it off). */
  pace?: boolean;
}

export interface ContactRecord {
  id: string;
  properties: Record<string, string | null>;
}

export interface ContactPage {
  results: ContactRecord[];
  /** The cursor of the next page; undefined on the last. */
  after: string | undefined;
}

export interface PropertyInfo {
  name: string;
  label: string;
  /** HubSpot's type: string, enumeration, datetime, number... */
  type?: string;
  /** An enumeration's allowed values. */
  options?: string[];
}

/** A contact as the search endpoint returns it. */
export interface SearchPage extends ContactPage {
  /** How many contacts match the query in all (HubSpot counts past its 10,000 cap). */
  total: number;
}

/** One search filter (https://developers.hubspot.com/docs/api/crm/search#filter-search-results). */
export interface SearchFilter {
  propertyName: string;
  operator: 'EQ' | 'GT' | 'GTE' | 'LT' | 'LTE';
  value: string;
}

export interface SearchQuery {
  filters: SearchFilter[];
  sort: { propertyName: string; direction: 'ASCENDING' | 'DESCENDING' };
  properties: string[];
  after?: string;
  /** At most 200 (HubSpot answers 400 past it). */
  limit: number;
}

/** A contact the list endpoint returns with archived=true. */
export interface ArchivedContact {
  id: string;
  archivedAt: string | undefined;
}

/** What one batch update call did: the ids HubSpot refused, with its reason. */
export interface BatchOutcome {
  updated: number;
  errors: { ids: string[]; message: string }[];
}

/** The most a batch call takes (https://developers.hubspot.com/docs/api/crm/contacts, batch endpoints). */
export const BATCH_LIMIT = 100;
/** The most a search page holds. */
export const SEARCH_PAGE = 200;
/** Search calls a second per portal. */
const SEARCH_SPACING_MS = 200;

export interface OwnerInfo {
  id: string;
  firstName?: string;
  lastName?: string;
  email?: string;
}

/** Which scope each endpoint needs (https://developers.hubspot.com/docs/api/crm/contacts, …/owners). */
const SCOPES = {
  contacts: 'crm.objects.contacts.read',
  properties: 'crm.objects.contacts.read',
  owners: 'crm.objects.owners.read',
  search: 'crm.objects.contacts.read',
  archived: 'crm.objects.contacts.read',
  read: 'crm.objects.contacts.read',
  update: 'crm.objects.contacts.write',
} as const;
type Endpoint = keyof typeof SCOPES;

const WHAT: Record<Endpoint, string> = {
  contacts: 'GET /crm/v3/objects/contacts',
  properties: 'GET /crm/v3/properties/contacts',
  owners: 'GET /crm/v3/owners',
  search: 'POST /crm/v3/objects/contacts/search',
  archived: 'GET /crm/v3/objects/contacts?archived=true',
  read: 'POST /crm/v3/objects/contacts/batch/read',
  update: 'POST /crm/v3/objects/contacts/batch/update',
};

/** A non-2xx answer to a call made with `apiRequest`, shaped like the library's ApiException so one code path explains both. */
class HttpFailure extends Error {
  constructor(
    readonly code: number,
    readonly headers: Record<string, string>,
    readonly body: string,
  ) {
    super(`HTTP ${code}`);
  }
}

interface RawAnswer {
  json: Record<string, unknown>;
  headers: Headers;
}

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A window of HubSpot's rate limit when a 429 gives no Retry-After (the 10-second rolling quota). */
const DEFAULT_RATE_WAIT_MS = 10_000;

export class HubSpotApi {
  private client?: Client;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly retries: number;
  private readonly maxRateLimitWaits: number;
  private readonly now: () => number;
  private lastSearch = Number.NEGATIVE_INFINITY;
  readonly baseUrl: string;
  /** HubSpot's clock (its Date header) at the first answer, else ours: where an incremental pull starts next time. */
  firstAnswerAt: number | undefined;
  /** Calls made, and ms waited to stay under the limits (for tests and the benchmark). */
  readonly counters = { calls: 0, pacedMs: 0 };

  constructor(private readonly options: HubSpotOptions) {
    this.baseUrl = (options.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, '');
    this.sleep = options.sleep ?? realSleep;
    this.retries = options.retries ?? 4;
    this.maxRateLimitWaits = options.maxRateLimitWaits ?? 10;
    this.now = options.now ?? Date.now;
  }

  /** The library's client, made on the first call. */
  private async api(): Promise<Client> {
    if (this.client) return this.client;
    const { Client, DEFAULT_LIMITER_OPTIONS } = await import('@hubspot/api-client');
    this.client = new Client({
      accessToken: this.options.token,
      basePath: this.baseUrl,
      // The library's retries off: see the module comment.
      numberOfApiCallRetries: 0,
      ...(this.options.pace === false ? {} : { limiterOptions: DEFAULT_LIMITER_OPTIONS }),
    });
    return this.client;
  }

  /** One page of contacts (at most 100, the list endpoint's maximum) with only `properties`. */
  async contacts(after: string | undefined, properties: string[]): Promise<ContactPage> {
    const qs: Record<string, string> = { limit: '100', archived: 'false' };
    if (properties.length > 0) qs['properties'] = properties.join(',');
    if (after !== undefined) qs['after'] = after;
    const { json } = await this.raw('contacts', 'GET', '/crm/v3/objects/contacts', { qs });
    return { results: this.records('contacts', json), after: nextAfter(json) };
  }

  /** One page of archived contacts, with when each was archived. */
  async archived(after: string | undefined): Promise<{ results: ArchivedContact[]; after: string | undefined }> {
    const qs: Record<string, string> = { limit: '100', archived: 'true', properties: 'hs_object_id' };
    if (after !== undefined) qs['after'] = after;
    const { json } = await this.raw('archived', 'GET', '/crm/v3/objects/contacts', { qs });
    const list = this.results('archived', json) as { id?: unknown; archivedAt?: unknown }[];
    return {
      results: list.map((r) => ({ id: this.idOf('archived', json, r), archivedAt: typeof r.archivedAt === 'string' ? r.archivedAt : undefined })),
      after: nextAfter(json),
    };
  }

  /** One page of a search, spaced to the search endpoint's own rate. */
  async search(query: SearchQuery): Promise<SearchPage> {
    const body: Record<string, unknown> = {
      filterGroups: [{ filters: query.filters }],
      sorts: [query.sort],
      properties: query.properties,
      limit: Math.min(query.limit, SEARCH_PAGE),
    };
    if (query.after !== undefined) body['after'] = query.after;
    const { json } = await this.raw('search', 'POST', '/crm/v3/objects/contacts/search', { body });
    return { results: this.records('search', json), after: nextAfter(json), total: Number(json['total'] ?? 0) };
  }

  /** One property's value for up to 100 contacts; a contact HubSpot does not have is left out. */
  async read(ids: string[], property: string): Promise<Map<string, string | null>> {
    const { json } = await this.raw('read', 'POST', '/crm/v3/objects/contacts/batch/read', {
      body: { properties: [property], inputs: ids.map((id) => ({ id })) },
      // 207: some ids not found (their errors are not ours to report here: the update reports them).
      multi: true,
    });
    const out = new Map<string, string | null>();
    for (const r of this.records('read', json)) out.set(r.id, r.properties[property] ?? null);
    return out;
  }

  /** One property set on up to 100 contacts; nothing else is sent. */
  async update(changes: { id: string; value: string }[], property: string): Promise<BatchOutcome> {
    const { json } = await this.raw('update', 'POST', '/crm/v3/objects/contacts/batch/update', {
      body: { inputs: changes.map((c) => ({ id: c.id, properties: { [property]: c.value } })) },
      multi: true,
    });
    const results = Array.isArray(json['results']) ? (json['results'] as { id?: unknown }[]) : [];
    const accounted = new Set(results.map((r) => String(r?.id)));
    const errors: BatchOutcome['errors'] = [];
    const unnamed: string[] = [];
    if (Array.isArray(json['errors']))
      for (const e of json['errors'] as { message?: unknown; context?: { ids?: unknown } }[]) {
        const ids = Array.isArray(e?.context?.ids) ? e.context.ids.map(String) : [];
        const message = this.redact(typeof e?.message === 'string' ? e.message.slice(0, 300) : 'refused');
        if (ids.length === 0) unnamed.push(message);
        else errors.push({ ids, message });
        for (const id of ids) accounted.add(id);
      }
    // The contacts of the batch neither updated nor named by an error: refused by the errors
    // that name no contact, or left without a word. Either way they were not written.
    const rest = changes.map((c) => c.id).filter((id) => !accounted.has(id));
    if (rest.length > 0)
      errors.push({
        ids: rest,
        message: unnamed.length > 0 ? [...new Set(unnamed)].join('; ') : 'HubSpot neither updated nor refused them (no result and no error names them)',
      });
    return { updated: results.length, errors };
  }

  /** Every contact property of the portal (name, label, type), for checking a mapping. */
  async properties(): Promise<PropertyInfo[]> {
    const { json } = await this.raw('properties', 'GET', '/crm/v3/properties/contacts', { qs: { archived: 'false' } });
    const list = this.results('properties', json) as { name?: unknown; label?: unknown; type?: unknown; options?: unknown }[];
    return list.map((p) => ({
      name: String(p.name),
      label: String(p.label),
      ...(typeof p.type === 'string' ? { type: p.type } : {}),
      ...(Array.isArray(p.options) ? { options: (p.options as { value?: unknown }[]).map((o) => String(o.value)) } : {}),
    }));
  }

  /** Every owner, active and deactivated (old contacts keep a deactivated owner), a page at a time. */
  async owners(): Promise<OwnerInfo[]> {
    const out: OwnerInfo[] = [];
    for (const archived of [false, true]) {
      let after: string | undefined;
      const walk = new PageWalk('owners list');
      do {
        const page = await this.call('owners', async () => (await this.api()).crm.owners.ownersApi.getPage(undefined, after, 100, archived));
        if (!Array.isArray(page.results)) {
          // A sign-in page or a proxy's answer with status 200 comes back from the library as whatever it could make of it.
          const came: unknown = page;
          const text = typeof came === 'string' ? came : (JSON.stringify(came) ?? String(came));
          throw new HubSpotError(
            `HubSpot's owners list answered something that is not a page of owners (no "results" list; ${text === '{}' ? 'an empty object' : this.redact(glimpse(text))})`,
            'try again later; if it goes on, check HUBSPOT_API_URL and the network’s proxy settings (a proxy or a sign-in page answering in HubSpot’s place?) and the portal’s API status',
          );
        }
        for (const o of page.results) out.push({ id: o.id, firstName: o.firstName, lastName: o.lastName, email: o.email });
        after = walk.next(page.paging?.next?.after, page.results.length);
      } while (after !== undefined);
    }
    return out;
  }

  /**
   * A call through the library's `apiRequest`, so the answer's headers are read: the rate
   * limit's remaining calls (pacing) and HubSpot's clock. A non-2xx answer is thrown as the
   * library throws its own, into `call`'s retries.
   */
  private async raw(
    endpoint: Endpoint,
    method: 'GET' | 'POST',
    path: string,
    request: { qs?: Record<string, string>; body?: unknown; multi?: boolean },
  ): Promise<RawAnswer> {
    const answer = await this.call(endpoint, async () => {
      if (endpoint === 'search') await this.spaceSearch();
      const client = await this.api();
      this.counters.calls++;
      const response = await client.apiRequest({ method, path, ...(request.qs ? { qs: request.qs } : {}), ...(request.body ? { body: request.body } : {}) });
      const text = await response.text();
      const ok = response.status >= 200 && response.status < 300 && (response.status !== 207 || request.multi === true);
      if (!ok) throw new HttpFailure(response.status, Object.fromEntries(response.headers.entries()), text);
      let json: unknown;
      try {
        json = text === '' ? {} : JSON.parse(text);
      } catch {
        throw new HubSpotError(
          `HubSpot ${WHAT[endpoint]} answered ${response.status} with something that is not JSON (${this.redact(glimpse(text))})`,
          'check HUBSPOT_API_URL: a proxy or a sign-in page may be answering in HubSpot’s place',
        );
      }
      return { json: (json !== null && typeof json === 'object' ? json : {}) as Record<string, unknown>, headers: response.headers };
    });
    if (this.firstAnswerAt === undefined) {
      const date = Date.parse(answer.headers.get('date') ?? '');
      this.firstAnswerAt = Number.isFinite(date) ? date : this.now();
    }
    await this.paceBy(answer.headers);
    return answer;
  }

  /** The search endpoint takes 5 calls a second per portal: the next waits until 200 ms after the last. */
  private async spaceSearch(): Promise<void> {
    const wait = this.lastSearch + SEARCH_SPACING_MS - this.now();
    if (wait > 0) {
      this.counters.pacedMs += wait;
      await this.sleep(wait);
    }
    this.lastSearch = this.now();
  }

  /** Slows down before the 10-second quota runs out: under a tenth of it left, one window is waited. */
  private async paceBy(headers: Headers): Promise<void> {
    const remaining = Number(headers.get('x-hubspot-ratelimit-remaining') ?? NaN);
    const max = Number(headers.get('x-hubspot-ratelimit-max') ?? NaN);
    if (!Number.isFinite(remaining) || !Number.isFinite(max) || max <= 0) return;
    if (remaining >= Math.max(1, Math.ceil(max / 10))) return;
    const interval = Number(headers.get('x-hubspot-ratelimit-interval-milliseconds') ?? NaN);
    const wait = Number.isFinite(interval) && interval > 0 ? interval : DEFAULT_RATE_WAIT_MS;
    this.counters.pacedMs += wait;
    await this.sleep(wait);
  }

  /** A call with HubSpot's limits handled: 429 waited out, 5xx and dropped connections retried. */
  private async call<T>(endpoint: Endpoint, request: () => Promise<T>): Promise<T> {
    let failures = 0;
    let rateWaits = 0;
    for (;;) {
      try {
        return await request();
      } catch (e) {
        const status = statusOf(e);
        if (e instanceof HubSpotError) throw e;
        if (status === 429 && rateWaits < this.maxRateLimitWaits && !isDaily(e)) {
          rateWaits++;
          const wait = retryAfterMs(e);
          // HubSpot's windows are seconds long: a wait of minutes would hang a CI job without a word.
          if (wait > MAX_RATE_WAIT_MS)
            throw new HubSpotError(
              `HubSpot's rate limit asks to wait ${Math.ceil(wait / 60_000)} minute${wait > 60_000 ? 's' : ''} (${WHAT[endpoint]} answered 429 with Retry-After)`,
              'another app is likely using the portal’s API quota: try again later',
              429,
            );
          await this.sleep(wait);
          continue;
        }
        if ((status === undefined || status >= 500) && failures < this.retries) {
          await this.sleep(1000 * 2 ** failures);
          failures++;
          continue;
        }
        throw this.explain(endpoint, e, status);
      }
    }
  }

  private explain(endpoint: Endpoint, e: unknown, status: number | undefined): HubSpotError {
    const said = this.redact(bodyMessage(e));
    const what = `HubSpot ${WHAT[endpoint]}`;
    if (status === undefined)
      return new HubSpotError(
        `could not reach HubSpot at ${this.baseUrl} (${WHAT[endpoint]}): ${this.redact(networkCause(e))}, after ${this.retries + 1} attempts`,
        'check the network or HUBSPOT_API_URL, and try again',
      );
    if (status === 401)
      return new HubSpotError(
        `HUBSPOT_TOKEN was rejected (${what} answered 401${said ? `: ${said}` : ''})`,
        'use the access token of a private app (Settings → Integrations → Private apps → the app → Auth)',
        401,
      );
    // HubSpot says a missing scope in JSON; a web page is a proxy's or a firewall's refusal, which no scope would change.
    const page = status === 403 && body(e) === undefined ? rawBody(e) : '';
    if (page !== '')
      return new HubSpotError(
        `${what} answered 403 with something that is not HubSpot's answer (${this.redact(glimpse(page))})`,
        'a proxy or firewall between here and HubSpot refused the call: check HUBSPOT_API_URL and the network’s proxy settings',
        403,
      );
    if (status === 403) {
      const scopes = requiredScopes(e);
      const scope = scopes.length > 0 ? scopes.join(' or ') : SCOPES[endpoint];
      return new HubSpotError(
        `the private app lacks the scope ${scope} (${what} answered 403${said ? `: ${said}` : ''})`,
        `add ${scope} to the private app's scopes (Settings → Integrations → Private apps → the app → Scopes), then use its token`,
        403,
      );
    }
    if (status === 429)
      return new HubSpotError(
        `${what}: the portal's API limit is used up (429${said ? `: ${said}` : ''})`,
        isDaily(e) ? "the daily limit resets at midnight in the portal's time zone; try again then" : 'try again in a minute, when fewer apps call the portal',
      );
    return new HubSpotError(`${what} answered ${status}${said ? `: ${said}` : ''}${status >= 500 ? `, after ${this.retries + 1} attempts` : ''}`);
  }

  /**
   * An answer's `results` list. One without it (`{}`, an HTML page's JSON string, a proxy's
   * own answer) read as an empty list was a portal without contacts or properties: a pull
   * kept only the id column, an incremental one found nothing modified, all in silence.
   */
  private results(endpoint: Endpoint, json: Record<string, unknown>): unknown[] {
    const results = json['results'];
    if (!Array.isArray(results)) throw this.notAPage(endpoint, json, 'no "results" list');
    return results;
  }

  /** The results of a list, search or batch answer as records, each with its id. */
  private records(endpoint: Endpoint, json: Record<string, unknown>): ContactRecord[] {
    return (this.results(endpoint, json) as ({ properties?: unknown } | null)[]).map((r) => ({
      id: this.idOf(endpoint, json, r),
      properties: (r?.properties !== null && typeof r?.properties === 'object' ? r.properties : {}) as Record<string, string | null>,
    }));
  }

  /** A result's id; one without (written as "undefined" before) is an answer not to read. */
  private idOf(endpoint: Endpoint, json: Record<string, unknown>, r: unknown): string {
    const id = (r as { id?: unknown } | null)?.id;
    if ((typeof id === 'string' && id !== '') || (typeof id === 'number' && Number.isFinite(id))) return String(id);
    throw this.notAPage(endpoint, json, 'a result without an id');
  }

  private notAPage(endpoint: Endpoint, json: Record<string, unknown>, what: string): HubSpotError {
    return new HubSpotError(
      `HubSpot ${WHAT[endpoint]} answered something that is not a page of ${endpoint === 'properties' ? 'properties' : 'contacts'} (${what}: ${this.redact(JSON.stringify(json).slice(0, 120))})`,
      'try again later; if it goes on, check HUBSPOT_API_URL (a proxy answering in HubSpot’s place?) and the portal’s API status',
    );
  }

  /** The token, wherever it might show up (an echo in a message, a URL), is cut out. */
  private redact(text: string): string {
    const token = this.options.token;
    return token.length >= 4 ? text.split(token).join('[HUBSPOT_TOKEN]') : text;
  }
}

function nextAfter(json: Record<string, unknown>): string | undefined {
  const after = (json['paging'] as { next?: { after?: unknown } } | undefined)?.next?.after;
  return typeof after === 'string' && after !== '' ? after : undefined;
}

/** The HTTP status of the library's ApiException; undefined when no answer came (the network). */
function statusOf(e: unknown): number | undefined {
  const code = (e as { code?: unknown } | null)?.code;
  return typeof code === 'number' && code >= 100 && code < 600 ? code : undefined;
}

function headerOf(e: unknown, name: string): string | undefined {
  const headers = (e as { headers?: Record<string, string> } | null)?.headers;
  if (!headers || typeof headers !== 'object') return undefined;
  for (const [k, v] of Object.entries(headers)) if (k.toLowerCase() === name) return String(v);
  return undefined;
}

/** The longest Retry-After waited out: HubSpot's own windows are 10 seconds; a longer one is said instead. */
const MAX_RATE_WAIT_MS = 120_000;

/** Retry-After in seconds (HubSpot's form) or an HTTP date; else the 10-second window. */
function retryAfterMs(e: unknown): number {
  const value = headerOf(e, 'retry-after');
  if (value !== undefined) {
    const seconds = Number(value);
    if (Number.isFinite(seconds) && seconds >= 0) return Math.ceil(seconds * 1000);
    const at = Date.parse(value);
    if (Number.isFinite(at)) return Math.max(0, at - Date.now());
  }
  const interval = Number(headerOf(e, 'x-hubspot-ratelimit-interval-milliseconds'));
  return Number.isFinite(interval) && interval > 0 ? interval : DEFAULT_RATE_WAIT_MS;
}

function body(e: unknown): Record<string, unknown> | undefined {
  const b = (e as { body?: unknown } | null)?.body;
  if (typeof b === 'string') {
    try {
      const parsed: unknown = JSON.parse(b);
      return parsed !== null && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : undefined;
    } catch {
      return undefined;
    }
  }
  return b !== null && typeof b === 'object' ? (b as Record<string, unknown>) : undefined;
}

/** The body of a failed call as text, whatever it holds ('' when none). */
function rawBody(e: unknown): string {
  const b = (e as { body?: unknown } | null)?.body;
  return typeof b === 'string' ? b.trim() : '';
}

/** The start of an answer that is not HubSpot's, for a message: one line, printable, at most 80 characters. */
function glimpse(text: string): string {
  const line = text
    .replace(/[^\x20-\x7e]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return line === '' ? 'an empty body' : `it begins ${JSON.stringify(line.length > 80 ? `${line.slice(0, 80)}…` : line)}`;
}

/** The daily quota: waiting seconds will not help. */
function isDaily(e: unknown): boolean {
  const b = body(e);
  return b?.['policyName'] === 'DAILY' || headerOf(e, 'x-hubspot-ratelimit-daily-remaining') === '0';
}

function bodyMessage(e: unknown): string {
  const m = body(e)?.['message'];
  return typeof m === 'string' ? m.slice(0, 300) : '';
}

/** The scopes a 403's body names (errors[].context.requiredGranularScopes, or requiredScopes). */
function requiredScopes(e: unknown): string[] {
  const errors = body(e)?.['errors'];
  const out: string[] = [];
  if (Array.isArray(errors))
    for (const err of errors) {
      const context = (err as { context?: Record<string, unknown> } | null)?.context;
      for (const key of ['requiredGranularScopes', 'requiredScopes']) {
        const list = context?.[key];
        if (Array.isArray(list)) for (const s of list) if (typeof s === 'string' && !out.includes(s)) out.push(s);
      }
    }
  return out;
}

/** What the network said: the cause's code and message (fetch wraps it in "fetch failed"). */
function networkCause(e: unknown): string {
  const cause = (e as { cause?: { code?: unknown; message?: unknown } } | null)?.cause;
  const parts = [cause?.code, cause?.message, e instanceof Error ? e.message : String(e)].filter((x): x is string => typeof x === 'string' && x !== '');
  return [...new Set(parts)].slice(0, 2).join(': ');
}
