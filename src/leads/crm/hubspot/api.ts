/**
 * The three HubSpot CRM v3 endpoints revpact reads, through @hubspot/api-client, with
 * HubSpot's limits handled here rather than by the library: its retry decorator waits a
 * fixed 10 s on a 429 whatever Retry-After says, logs to the console, and sleeps on the
 * real clock; revpact honours Retry-After, retries 5xx and dropped connections with a
 * bounded back-off, and takes the clock as a parameter so tests never sleep. The
 * library's own limiter (9 requests a second, under the private-app quota of 100 per 10
 * seconds) paces the calls.
 *
 * Every failure becomes a HubSpotError saying what happened and what to do; the token
 * never appears in one (it is cut out of anything HubSpot sends back, too).
 */
// Loaded on the first call (see HubSpotApi#api): every other command starts 40 ms sooner.
import type { Client } from '@hubspot/api-client';

export const DEFAULT_BASE_URL = 'https://api.hubapi.com';

/** A failure the user fixes (a token, a scope, a property, the network): exit 2. */
export class HubSpotError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
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
}

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
} as const;
type Endpoint = keyof typeof SCOPES;

const WHAT: Record<Endpoint, string> = {
  contacts: 'GET /crm/v3/objects/contacts',
  properties: 'GET /crm/v3/properties/contacts',
  owners: 'GET /crm/v3/owners',
};

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A window of HubSpot's rate limit when a 429 gives no Retry-After (the 10-second rolling quota). */
const DEFAULT_RATE_WAIT_MS = 10_000;

export class HubSpotApi {
  private client?: Client;
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly retries: number;
  private readonly maxRateLimitWaits: number;
  readonly baseUrl: string;

  constructor(private readonly options: HubSpotOptions) {
    this.baseUrl = (options.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, '');
    this.sleep = options.sleep ?? realSleep;
    this.retries = options.retries ?? 4;
    this.maxRateLimitWaits = options.maxRateLimitWaits ?? 10;
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
    const page = await this.call('contacts', async () => (await this.api()).crm.contacts.basicApi.getPage(100, after, properties, undefined, undefined, false));
    return {
      results: page.results.map((r) => ({ id: r.id, properties: r.properties })),
      after: page.paging?.next?.after,
    };
  }

  /** Every contact property of the portal (name and label), for checking a mapping. */
  async properties(): Promise<PropertyInfo[]> {
    const all = await this.call('properties', async () => (await this.api()).crm.properties.coreApi.getAll('contacts', false));
    return all.results.map((p) => ({ name: p.name, label: p.label }));
  }

  /** Every owner, active and deactivated (old contacts keep a deactivated owner), a page at a time. */
  async owners(): Promise<OwnerInfo[]> {
    const out: OwnerInfo[] = [];
    for (const archived of [false, true]) {
      let after: string | undefined;
      do {
        const page = await this.call('owners', async () => (await this.api()).crm.owners.ownersApi.getPage(undefined, after, 100, archived));
        for (const o of page.results) out.push({ id: o.id, firstName: o.firstName, lastName: o.lastName, email: o.email });
        after = page.paging?.next?.after;
      } while (after !== undefined);
    }
    return out;
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
        if (status === 429 && rateWaits < this.maxRateLimitWaits && !isDaily(e)) {
          rateWaits++;
          await this.sleep(retryAfterMs(e));
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
      );
    if (status === 403) {
      const scopes = requiredScopes(e);
      const scope = scopes.length > 0 ? scopes.join(' or ') : SCOPES[endpoint];
      return new HubSpotError(
        `the private app lacks the scope ${scope} (${what} answered 403${said ? `: ${said}` : ''})`,
        `add ${scope} to the private app's scopes (Settings → Integrations → Private apps → the app → Scopes), then use its token`,
      );
    }
    if (status === 429)
      return new HubSpotError(
        `${what}: the portal's API limit is used up (429${said ? `: ${said}` : ''})`,
        isDaily(e) ? "the daily limit resets at midnight in the portal's time zone; try again then" : 'try again in a minute, when fewer apps call the portal',
      );
    return new HubSpotError(`${what} answered ${status}${said ? `: ${said}` : ''}${status >= 500 ? `, after ${this.retries + 1} attempts` : ''}`);
  }

  /** The token, wherever it might show up (an echo in a message, a URL), is cut out. */
  private redact(text: string): string {
    const token = this.options.token;
    return token.length >= 4 ? text.split(token).join('[HUBSPOT_TOKEN]') : text;
  }
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

/** Retry-After in seconds (HubSpot's form) or an HTTP date; else the 10-second window. */
function retryAfterMs(e: unknown): number {
  const value = headerOf(e, 'retry-after');
  if (value !== undefined) {
    const seconds = Number(value);
    if (Number.isFinite(seconds) && seconds >= 0) return Math.ceil(seconds * 1000);
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
