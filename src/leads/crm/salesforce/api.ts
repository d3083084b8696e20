/**
 * The Salesforce REST endpoints revpact calls, through @jsforce/jsforce-node (jsforce's
 * Node-only build: no browser shims, node-fetch underneath). jsforce gives the
 * connection, the Bearer header, the transport and its error objects (the `errorCode` of
 * Salesforce's `[{message, errorCode}]` bodies); revpact drives the paging and the
 * retries itself, through jsforce's HttpApi, because it needs each answer's status and
 * headers (Bulk API 2.0's Sforce-Locator) and a clock it can inject: jsforce's own
 * retries sleep on the real clock, so they are turned off (maxRetries 0).
 *
 * Every failure becomes a SalesforceError saying what happened and what to do; the token
 * never appears in one (it is cut out of anything Salesforce or the network sends back).
 *
 * References: REST API Developer Guide (query, queryAll, query locators and the
 * Sforce-Query-Options batch size, sObject describe, sObject Collections, status codes and
 * error responses) and the Bulk API 2.0 Developer Guide (query jobs, their results with
 * Sforce-Locator and Sforce-NumberOfRecords).
 */
// Loaded on the first call (see SalesforceApi#client): other commands do not pay its 0.4 s.
import type { Connection } from '@jsforce/jsforce-node';
import type { HttpApi } from '@jsforce/jsforce-node/lib/http-api.js';

/** A recent API version every org has (Winter '25); SF_API_VERSION picks another. */
export const DEFAULT_API_VERSION = '62.0';

/** The most records one REST query page holds (and the batch size asked for). */
export const QUERY_PAGE_SIZE = 2000;

/** The most records one sObject Collections call may update. */
export const COLLECTION_SIZE = 200;

/** A failure the user fixes (a token, a permission, a field, the network, a limit): exit 2. */
export class SalesforceError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
    /** Salesforce's HTTP status, when it answered (401 and 403 stop a push: every batch would fail alike). */
    readonly status?: number,
    /** Salesforce's errorCode, when it gave one (REQUEST_LIMIT_EXCEEDED is a 403 that no permission changes). */
    readonly code?: string,
  ) {
    super(message);
    this.name = 'SalesforceError';
  }
}

export interface SalesforceOptions {
  /** The org's My Domain URL (SF_INSTANCE_URL), e.g. https://acme.my.salesforce.com. */
  instanceUrl: string;
  /** An OAuth access token or session id (SF_ACCESS_TOKEN). */
  token: string;
  /** The REST API version, "62.0" (SF_API_VERSION). */
  version?: string;
  /** Waits that long (tests pass a fake clock). */
  sleep?: (ms: number) => Promise<void>;
  /** Retries of a 5xx or a dropped connection before giving up (default 4: 1, 2, 4, 8 s). */
  retries?: number;
  /** How often a Bulk API 2.0 job's state is asked for (default 2 s), and for how long at most (default 30 min). */
  pollMs?: number;
  maxPollMs?: number;
  /**
   * How long an answer may stay silent, before its head or between two parts of its body,
   * before it counts as a dropped connection (default 2 min: a REST query times out on
   * Salesforce's side after 120 s). jsforce never settles a request whose body is cut off.
   */
  idleMs?: number;
}

/** An answer that stopped coming: no byte for `idleMs`; `started` when part of it had come. */
class Stalled extends Error {
  constructor(
    readonly idleMs: number,
    readonly started: boolean,
  ) {
    super(`no byte came for ${idleMs >= 60_000 && idleMs % 60_000 === 0 ? `${idleMs / 60_000} min` : `${idleMs / 1000} s`}`);
  }
}

export interface LeadField {
  name: string;
  label: string;
  type: string;
  /** For a lookup (OwnerId): the relationship's name (Owner), to read its fields through. */
  relationshipName?: string | null;
  updateable?: boolean;
}

export interface QueryPage {
  records: Record<string, unknown>[];
  totalSize: number;
  done: boolean;
  /** The next page's URL; absent on the last. */
  nextRecordsUrl?: string;
}

/** A query page as the REST API reference describes it; anything else (an HTML error page, `{}`) is said, not read as no records. */
function checkedPage(page: unknown): QueryPage {
  const p = page as Partial<QueryPage> | null;
  if (
    p === null ||
    typeof p !== 'object' ||
    !Array.isArray(p.records) ||
    typeof p.done !== 'boolean' ||
    // A record that is no object (null) crashed the reading of its fields as an internal error.
    !p.records.every((r: unknown) => r !== null && typeof r === 'object' && !Array.isArray(r))
  )
    throw new SalesforceError(
      `Salesforce's query answered something that is not a page of records (${JSON.stringify(page)?.slice(0, 120) ?? String(page)})`,
      'try again later; if it goes on, check SF_INSTANCE_URL (your My Domain URL) and the org’s API status',
    );
  return p as QueryPage;
}

export interface BulkResults {
  /** One page of results as CSV, its header first. */
  csv: string;
  /** The next page's locator; undefined on the last. */
  locator: string | undefined;
  records: number;
}

export interface SaveResult {
  id: string | null;
  success: boolean;
  errors: { statusCode: string; message: string; fields?: string[] }[];
}

interface Request {
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE';
  /** A path below /services/data/vXX.X, or an absolute path (a nextRecordsUrl). */
  path: string;
  body?: unknown;
  headers?: Record<string, string>;
  /** Read the body as text whatever its type (Bulk results' CSV). */
  text?: boolean;
}

interface Answer<T> {
  body: T;
  status: number;
  headers: Record<string, string>;
}

type HttpApiClass = typeof HttpApi;

const realSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export class SalesforceApi {
  private loaded?: { conn: Connection; HttpApi: HttpApiClass };
  private readonly sleep: (ms: number) => Promise<void>;
  private readonly retries: number;
  readonly instanceUrl: string;
  readonly version: string;

  constructor(private readonly options: SalesforceOptions) {
    this.instanceUrl = options.instanceUrl.replace(/\/+$/, '');
    this.version = (options.version ?? DEFAULT_API_VERSION).replace(/^v/i, '');
    this.sleep = options.sleep ?? realSleep;
    this.retries = options.retries ?? 4;
  }

  /** The REST API's root for this version. */
  get root(): string {
    return `/services/data/v${this.version}`;
  }

  private async client(): Promise<{ conn: Connection; HttpApi: HttpApiClass }> {
    if (this.loaded) return this.loaded;
    const [{ Connection }, { HttpApi }] = await Promise.all([import('@jsforce/jsforce-node'), import('@jsforce/jsforce-node/lib/http-api.js')]);
    // jsforce's own logging stays off whatever JSFORCE_LOG_LEVEL says: revpact says what happened, without the token.
    const conn = new Connection({ instanceUrl: this.instanceUrl, accessToken: this.options.token, version: this.version, logLevel: 'NONE' });
    this.loaded = { conn, HttpApi };
    return this.loaded;
  }

  /** The Lead object's fields (name, label, type, relationship), for checking a mapping. */
  async describeLead(): Promise<LeadField[]> {
    const { body } = await this.call<{ fields?: unknown }>('describe', { method: 'GET', path: '/sobjects/Lead/describe' });
    // An answer without a list of fields (an HTML page, {}) was read as a Lead without fields ("no Lead field Id"),
    // and a list holding something else crashed as an internal error.
    const fields = (body as { fields?: unknown } | null)?.fields;
    if (!Array.isArray(fields) || !fields.every((f: unknown) => typeof (f as { name?: unknown } | null)?.name === 'string'))
      throw new SalesforceError(
        `Salesforce's ${WHAT.describe} answered something that is not the Lead object's description (${this.redact((JSON.stringify(body) as string | undefined)?.slice(0, 120) ?? 'nothing')})`,
        'try again later; if it goes on, check SF_INSTANCE_URL (your My Domain URL) and the org’s API status',
      );
    return (fields as LeadField[]).map((f) => ({
      name: f.name,
      label: f.label,
      type: f.type,
      relationshipName: f.relationshipName ?? null,
      updateable: f.updateable,
    }));
  }

  /** The first page of a SOQL query (up to 2,000 records); `all` includes deleted and archived records (queryAll). */
  async query(soql: string, all = false): Promise<QueryPage> {
    const path = `/${all ? 'queryAll' : 'query'}?q=${encodeURIComponent(soql)}`;
    const { body } = await this.call<QueryPage>('query', { method: 'GET', path, headers: { 'Sforce-Query-Options': `batchSize=${QUERY_PAGE_SIZE}` } });
    return body;
  }

  /** The page a nextRecordsUrl names (queryMore). */
  async queryMore(nextRecordsUrl: string): Promise<QueryPage> {
    const { body } = await this.call<QueryPage>('query', {
      method: 'GET',
      path: nextRecordsUrl,
      headers: { 'Sforce-Query-Options': `batchSize=${QUERY_PAGE_SIZE}` },
    });
    return body;
  }

  /** Every page of a query, one request each, a page fetched only when the one before has been read. */
  async *queryPages(soql: string, all = false): AsyncGenerator<QueryPage> {
    let page = checkedPage(await this.query(soql, all));
    const seen = new Set<string>();
    for (;;) {
      yield page;
      if (page.done) return;
      // A page that says more follow must say where: without that, the rest were dropped without a word.
      const next = page.nextRecordsUrl;
      if (typeof next !== 'string' || next === '')
        throw new SalesforceError(
          `Salesforce's query answered that more records follow (done: false) but gave no nextRecordsUrl to read them`,
          'try again later; if it goes on, the org is not answering as the REST API reference says',
        );
      if (seen.has(next))
        throw new SalesforceError(
          `Salesforce's query gave the same nextRecordsUrl a second time: its pages would never end`,
          'try again later; if it goes on, the org is not answering as the REST API reference says',
        );
      seen.add(next);
      page = checkedPage(await this.queryMore(next));
    }
  }

  /** Starts a Bulk API 2.0 query job; returns its id. */
  async bulkQuery(soql: string): Promise<string> {
    const { body } = await this.call<{ id: string }>('bulk', {
      method: 'POST',
      path: '/jobs/query',
      body: { operation: 'query', query: soql, contentType: 'CSV', columnDelimiter: 'COMMA', lineEnding: 'LF' },
    });
    const id = (body as { id?: unknown } | null)?.id;
    // Without a job id, the polls asked for /jobs/query/undefined.
    if (typeof id !== 'string' || id === '') throw this.notAJob('the new query job', body);
    return id;
  }

  private notAJob(what: string, body: unknown): SalesforceError {
    return new SalesforceError(
      `Salesforce's ${WHAT.bulk} answered something that is not ${what} (${this.redact((JSON.stringify(body) as string | undefined)?.slice(0, 120) ?? 'nothing')})`,
      'try again later, or read with --leads salesforce:rest; if it goes on, check SF_INSTANCE_URL (your My Domain URL) and the org’s API status',
    );
  }

  /** Waits (on the injected clock) until the job is complete; a failed or aborted job is an error. */
  async bulkWait(jobId: string): Promise<number> {
    const every = this.options.pollMs ?? 2000;
    const most = this.options.maxPollMs ?? 30 * 60_000;
    for (let waited = 0; ; waited += every) {
      const { body } = await this.call<{ state: string; numberRecordsProcessed?: number; errorMessage?: string }>('bulk', {
        method: 'GET',
        path: `/jobs/query/${encodeURIComponent(jobId)}`,
      });
      // An answer without a state (a web page, {}) was polled again every 2 s for 30 minutes, then said as "still undefined".
      if (typeof (body as { state?: unknown } | null)?.state !== 'string') throw this.notAJob(`the state of the query job ${jobId}`, body);
      if (body.state === 'JobComplete') return body.numberRecordsProcessed ?? 0;
      if (body.state === 'Failed' || body.state === 'Aborted')
        throw new SalesforceError(
          `the Bulk API 2.0 query job ${jobId} ${body.state === 'Failed' ? 'failed' : 'was aborted'}${body.errorMessage ? `: ${this.redact(body.errorMessage)}` : ''}`,
          'see Setup → Bulk Data Load Jobs for the job, or read with --leads salesforce:rest',
        );
      if (waited >= most)
        throw new SalesforceError(
          `the Bulk API 2.0 query job ${jobId} was still ${body.state} after ${Math.round(most / 60_000)} minutes`,
          'try again later (Salesforce queues bulk jobs when the org is busy), or read with --leads salesforce:rest',
        );
      await this.sleep(every);
    }
  }

  /** One page of a complete job's results, as CSV. */
  async bulkResults(jobId: string, locator: string | undefined, maxRecords: number): Promise<BulkResults> {
    const query = new URLSearchParams({ maxRecords: String(maxRecords), ...(locator ? { locator } : {}) });
    const { body, headers } = await this.call<string>('bulk', {
      method: 'GET',
      path: `/jobs/query/${encodeURIComponent(jobId)}/results?${query.toString()}`,
      headers: { Accept: 'text/csv' },
      text: true,
    });
    const next = headers['sforce-locator'];
    return {
      csv: typeof body === 'string' ? body : '',
      locator: next === undefined || next === '' || next === 'null' ? undefined : next,
      records: Number(headers['sforce-numberofrecords'] ?? NaN),
    };
  }

  /** Deletes a finished query job (its results stay on Salesforce's servers for 7 days otherwise). */
  async bulkDelete(jobId: string): Promise<void> {
    await this.call('bulk', { method: 'DELETE', path: `/jobs/query/${encodeURIComponent(jobId)}` });
  }

  /** Updates up to 200 records in one sObject Collections call, each on its own (allOrNone false). */
  async updateRecords(records: { id: string; fields: Record<string, unknown> }[]): Promise<SaveResult[]> {
    if (records.length > COLLECTION_SIZE) throw new Error(`updateRecords takes at most ${COLLECTION_SIZE} records (${records.length} given)`);
    const { body } = await this.call<SaveResult[]>('update', {
      method: 'PATCH',
      path: '/composite/sobjects',
      body: { allOrNone: false, records: records.map((r) => ({ attributes: { type: 'Lead' }, id: r.id, ...r.fields })) },
    });
    // One result per record, in order (the reference): anything else cannot say which were saved.
    // A result without its success flag (null, {}) cannot say either: push read it as a crash's message, "Cannot read properties of undefined".
    const results = Array.isArray(body) && body.every((r: unknown) => typeof (r as { success?: unknown } | null)?.success === 'boolean');
    if (!Array.isArray(body) || body.length !== records.length || !results)
      throw new SalesforceError(
        `Salesforce's update answered ${Array.isArray(body) && body.length !== records.length ? `${body.length} results for ${records.length} records` : 'something that is not a list of results'}: which leads were saved is unknown`,
        'run the push again: it sends only the leads whose property still differs',
      );
    return body;
  }

  /** A call with failures handled: 5xx and dropped connections retried with back-off; the rest explained. */
  private async call<T>(what: Endpoint, request: Request): Promise<Answer<T>> {
    const { conn, HttpApi } = await this.client();
    const url = this.instanceUrl + (request.path.startsWith('/services/') ? request.path : this.root + request.path);
    let failures = 0;
    for (;;) {
      let status: number | undefined;
      let headers: Record<string, string> = {};
      const http = new HttpApi(conn, { retry: { maxRetries: 0 }, ...(request.text ? { responseType: 'text/plain' } : {}) });
      http.on('response', (response: { statusCode: number; headers: Record<string, string> }) => {
        status = response.statusCode;
        headers = response.headers;
      });
      try {
        const pending = http.request<T>({
          method: request.method,
          url,
          headers: { ...(request.body === undefined ? {} : { 'content-type': 'application/json' }), ...request.headers },
          ...(request.body === undefined ? {} : { body: JSON.stringify(request.body) }),
        });
        const body = await this.unlessStalled(pending, pending.stream());
        return { body, status: status ?? 200, headers };
      } catch (e) {
        if (e instanceof Stalled) {
          if (failures < this.retries) {
            await this.sleep(1000 * 2 ** failures);
            failures++;
            continue;
          }
          throw new SalesforceError(
            `Salesforce's answer to ${WHAT[what]} ${e.started ? 'stopped in the middle' : 'never came'}: ${e.message}, after ${this.retries + 1} attempts`,
            'the connection was cut or is stalled: check the network and try again',
          );
        }
        // Salesforce says its own limits as 403 REQUEST_LIMIT_EXCEEDED: a 429 is a proxy's or an API
        // gateway's in front of it, whose window is waited out as a 5xx is, by its Retry-After when it gives one.
        if ((status === undefined || status >= 500 || status === 429) && failures < this.retries && (status === 429 || isRetryable(e, status))) {
          const wait = retryAfterMs(headers) ?? 1000 * 2 ** failures;
          if (wait > MAX_RETRY_AFTER_MS)
            throw new SalesforceError(
              `${status === 429 ? 'something in front of Salesforce limits the rate of requests' : 'Salesforce is unavailable'} and asks to wait ${Math.ceil(wait / 60_000)} minutes (${WHAT[what]} answered ${status} with Retry-After)`,
              status === 429 ? PROXY_LIMIT_HINT : 'try again later (https://status.salesforce.com shows maintenance)',
              status,
            );
          await this.sleep(wait);
          failures++;
          continue;
        }
        throw this.explain(what, e, status);
      }
    }
  }

  /**
   * The request's result, or a Stalled error once nothing has come for `idleMs`: the timer
   * starts again at each part of the answer's body. (jsforce pipes the body
   * without passing its errors on, so a connection cut mid-body would never settle.)
   */
  private unlessStalled<T>(pending: Promise<T>, stream: NodeJS.EventEmitter): Promise<T> {
    const idle = this.options.idleMs ?? 120_000;
    return new Promise<T>((resolve, reject) => {
      let timer: NodeJS.Timeout | undefined;
      let started = false;
      const arm = () => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          stream.removeListener('data', data);
          reject(new Stalled(idle, started));
        }, idle);
      };
      const data = () => {
        started = true;
        arm();
      };
      arm();
      stream.on('data', data);
      pending.then(
        (value) => {
          clearTimeout(timer);
          resolve(value);
        },
        (e: unknown) => {
          clearTimeout(timer);
          // jsforce rejects with Errors (name, code, errorCode are read by call()); anything else is wrapped.
          reject(e instanceof Error ? e : new Error(String(e)));
        },
      );
    });
  }

  private explain(what: Endpoint, e: unknown, status: number | undefined): SalesforceError {
    const code = errorCode(e);
    const said = this.redact(errorMessage(e)).slice(0, 300);
    const call = `Salesforce ${WHAT[what]}`;
    const answered = `${status ?? 'an error'}${code ? ` ${code}` : ''}${said ? `: ${said}` : ''}`;
    if (status === undefined)
      return new SalesforceError(
        `could not reach Salesforce at ${this.instanceUrl} (${WHAT[what]}): ${this.redact(networkCause(e))}, after ${this.retries + 1} attempts`,
        'check the network and SF_INSTANCE_URL (your My Domain URL, as `sf org display` prints it), and try again',
      );
    if (status === 429 && !code)
      return new SalesforceError(
        `something in front of Salesforce limits the rate of requests: ${call} answered ${answered}, after ${this.retries + 1} attempts (Salesforce itself says its limits as 403 REQUEST_LIMIT_EXCEEDED)`,
        PROXY_LIMIT_HINT,
        429,
      );
    if (status === 401 || code === 'INVALID_SESSION_ID')
      return new SalesforceError(
        `SF_ACCESS_TOKEN was rejected: the token is expired or invalid (${call} answered ${answered})`,
        'get a new one: `sf org display --target-org <alias>` prints an Access Token (log in with `sf org login web` first), or run your connected app’s OAuth flow again',
        401,
      );
    if (code === 'REQUEST_LIMIT_EXCEEDED')
      // The same code stands for two limits: the org's requests over 24 hours, and long-running requests at once (25 in production).
      return /concurren|LongTxn/i.test(said)
        ? new SalesforceError(
            `the org has too many long-running API requests at once (${call} answered ${answered})`,
            'other integrations are running long requests: try again in a few minutes',
            status,
            code,
          )
        : new SalesforceError(
            `the org's API request limit is used up (${call} answered ${answered})`,
            'the daily limit counts the last 24 hours (Setup → System Overview → API Usage shows it): wait for it to free up, or read large orgs with --leads salesforce:bulk, which costs a few requests instead of one per 2,000 leads',
            status,
            code,
          );
    if (
      code === 'API_DISABLED_FOR_ORG' ||
      code === 'API_CURRENTLY_DISABLED' ||
      code === 'INSUFFICIENT_ACCESS' ||
      code === 'INSUFFICIENT_ACCESS_OR_READONLY' ||
      status === 403
    )
      return new SalesforceError(
        `the user of SF_ACCESS_TOKEN may not do this (${call} answered ${answered})`,
        `give the user the "API Enabled" permission and ${what === 'update' ? 'Edit' : 'Read'} access to Leads and their fields (a permission set), then get a new token`,
        403,
      );
    if (status === 404 && code === 'NOT_FOUND' && what !== 'bulk')
      return new SalesforceError(
        `${call} answered ${answered}`,
        `is API version ${this.version} available in this org? Set SF_API_VERSION to one it lists at ${this.instanceUrl}/services/data`,
      );
    return new SalesforceError(`${call} answered ${answered}${status >= 500 ? `, after ${this.retries + 1} attempts` : ''}`, undefined, status);
  }

  /** The token, wherever it might show up (an echo in a message, a URL), is cut out. */
  redact(text: string): string {
    const token = this.options.token;
    return token.length >= 4 ? text.split(token).join('[SF_ACCESS_TOKEN]') : text;
  }
}

type Endpoint = 'describe' | 'query' | 'bulk' | 'update';

const WHAT: Record<Endpoint, string> = {
  describe: 'GET /sobjects/Lead/describe',
  query: 'GET /query',
  bulk: 'Bulk API 2.0 /jobs/query',
  update: 'PATCH /composite/sobjects',
};

/** A dropped connection or a server error may pass; a refusal will not. */
/** Said when a proxy or API gateway between revpact and the org answers 429. */
const PROXY_LIMIT_HINT =
  'a proxy or API gateway between revpact and the org answered, not Salesforce: try again later, or ask whoever runs it to allow more requests from this job';

/** The longest Retry-After waited out before a retry; a longer one is said instead (a CI job would hang without a word). */
const MAX_RETRY_AFTER_MS = 120_000;

/** Retry-After in seconds or as an HTTP date, in milliseconds; undefined without one. */
function retryAfterMs(headers: Record<string, string>): number | undefined {
  const value = Object.entries(headers).find(([k]) => k.toLowerCase() === 'retry-after')?.[1];
  if (value === undefined || value.trim() === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return Math.ceil(seconds * 1000);
  const at = Date.parse(value);
  return Number.isFinite(at) ? Math.max(0, at - Date.now()) : undefined;
}

function isRetryable(e: unknown, status: number | undefined): boolean {
  if (status !== undefined) return status >= 500;
  const name = (e as { name?: unknown } | null)?.name;
  return name === 'FetchError' || (e as { code?: unknown } | null)?.code !== undefined;
}

function errorCode(e: unknown): string {
  const code = (e as { errorCode?: unknown } | null)?.errorCode;
  return typeof code === 'string' && /^[A-Z_]+$/.test(code) && !code.startsWith('ERROR_HTTP_') ? code : '';
}

function errorMessage(e: unknown): string {
  const data = (e as { data?: unknown } | null)?.data;
  // Several errors in one body: jsforce keeps them in `data`.
  if (Array.isArray(data))
    return data.map((d: { errorCode?: unknown; message?: unknown }) => [d.errorCode, d.message].filter((x) => typeof x === 'string').join(': ')).join('; ');
  const m = e instanceof Error ? e.message : String(e);
  return m.replace(/\s+/g, ' ').trim();
}

/** What the network said: the cause's code and message. */
function networkCause(e: unknown): string {
  const code = (e as { code?: unknown } | null)?.code;
  const message = e instanceof Error ? e.message : String(e);
  return [typeof code === 'string' ? code : undefined, message].filter((x) => x !== undefined && x !== '').join(': ');
}
