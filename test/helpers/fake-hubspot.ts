/**
 * A local HTTP server that answers like HubSpot's CRM v3 API for what `--leads hubspot:`,
 * `pull` and `push` use (https://developers.hubspot.com/docs/api/crm/contacts,
 * /crm/search, /crm/owners, /crm/properties): the contacts list (`limit` up to 100, the
 * `after` cursor in `paging.next.after`, only the `properties` asked for plus the three
 * HubSpot always adds; `archived=true` lists archived contacts with `archivedAt`), the
 * search (filterGroups, one sort, `after` paging, `limit` up to 200 and no further than
 * 10,000 results a query: 400 past either, as HubSpot answers; `total` counts them all),
 * batch read and batch update (100 inputs at most; unknown ids in a 207's `errors`, an
 * unknown property or option a 400), the contact properties, and the owners (paged,
 * active or archived). Every answer but a search's carries the
 * X-HubSpot-RateLimit-{Max,Remaining,Interval-Milliseconds} headers of a private app's
 * 10-second window (Remaining counts the calls of the last 10 s, or what the test says). It checks
 * the Bearer token, answers errors in HubSpot's shape ({status: 'error', message,
 * correlationId, category}), and can be told to fail requests: a status with headers and
 * body (429 with Retry-After, 502, 403 with the missing scope), or a dropped connection.
 * Every request is recorded.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { fireFault, listenLocal, sendJson as send, type Fault } from './local-server.js';

export interface FakeContact {
  id: string;
  properties: Record<string, string | null>;
  /** Archived (deleted in HubSpot's UI): listed only with archived=true, never searched. */
  archivedAt?: string;
}

export interface FakeOwner {
  id: string;
  firstName: string;
  lastName: string;
  email: string;
  archived?: boolean;
}

export type HubSpotFault = Fault;

export interface FakeHubSpotState {
  token: string;
  contacts: FakeContact[];
  /** Contact property names (and labels) the portal has. */
  properties: { name: string; label: string; type?: string; options?: string[] }[];
  owners: FakeOwner[];
  faults: HubSpotFault[];
  requests: { method: string; path: string; query: URLSearchParams; status: number | 'drop' | 'cut'; body?: unknown }[];
  /** The 10-second window's size, and what Remaining says (default: the window's size less the calls of the last 10 s). */
  rateLimit: { max: number; remaining?: (path: string) => number };
  /** The most results a search query pages to (HubSpot: 10,000). */
  searchCap: number;
  /** Called before each search is answered, with how many have come (1 for the first): someone editing contacts while a pull reads. */
  beforeSearch?: (n: number) => void;
}

export interface FakeHubSpot {
  url: string;
  state: FakeHubSpotState;
  close(): Promise<void>;
}

/** HubSpot returns these with every contact, asked for or not. */
const ALWAYS = ['createdate', 'hs_object_id', 'lastmodifieddate'];
/** A contact's lastmodifieddate when the test gave none. */
export const DEFAULT_MODIFIED = '2026-01-02T00:00:00.000Z';

export function errorBody(status: number, message: string, category: string, extra: Record<string, unknown> = {}) {
  return { status: 'error', message, correlationId: `0f0e0d0c-${status}-4b1a-9c2d-fake${status}`, category, ...extra };
}

/** A 403 as HubSpot sends it when the private app lacks a scope. */
export function missingScope(scope: string) {
  return errorBody(
    403,
    "This app hasn't been granted all required scopes to make this call. Read more about required scopes here: https://developers.hubspot.com/scopes.",
    'MISSING_SCOPES',
    {
      errors: [{ message: 'One or more of the following scopes are required.', context: { requiredGranularScopes: [scope] } }],
    },
  );
}

export async function startFakeHubSpot(initial: Partial<FakeHubSpotState> = {}): Promise<FakeHubSpot> {
  const state: FakeHubSpotState = {
    token: 'pat-na1-test-token',
    contacts: [],
    properties: [],
    owners: [],
    faults: [],
    requests: [],
    rateLimit: { max: 190 },
    searchCap: 10_000,
    ...initial,
  };
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => handle(state, req, res, Buffer.concat(chunks).toString('utf8')));
  });
  const { url, close } = await listenLocal(server);
  return { url, state, close };
}

const recent: number[] = [];

/** The private app's 10-second window, as HubSpot reports it on every answer but a search's. */
function rateHeaders(state: FakeHubSpotState, path: string): Record<string, string> {
  const now = Date.now();
  recent.push(now);
  while (recent.length > 0 && (recent[0] as number) <= now - 10_000) recent.shift();
  const remaining = state.rateLimit.remaining?.(path) ?? Math.max(0, state.rateLimit.max - recent.length);
  return {
    'X-HubSpot-RateLimit-Max': String(state.rateLimit.max),
    'X-HubSpot-RateLimit-Remaining': String(remaining),
    'X-HubSpot-RateLimit-Interval-Milliseconds': '10000',
  };
}

function handle(state: FakeHubSpotState, req: IncomingMessage, res: ServerResponse, text: string): void {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  // HubSpot routes /crm/v3/owners/ as /crm/v3/owners (the client library asks for the former).
  if (url.pathname.length > 1) url.pathname = url.pathname.replace(/\/+$/, '');
  let body: unknown;
  if (text !== '') {
    try {
      body = JSON.parse(text);
    } catch {
      return send(res, 400, errorBody(400, 'Invalid input JSON', 'VALIDATION_ERROR'));
    }
  }
  const record = { method: req.method ?? 'GET', path: url.pathname, query: url.searchParams, status: 200 as number | 'drop' | 'cut', body };
  state.requests.push(record);
  if (fireFault(state.faults, url.pathname, req, res, record, (status) => errorBody(status, 'fault', 'ERROR'))) return;
  if (req.headers.authorization !== `Bearer ${state.token}`) {
    record.status = 401;
    send(
      res,
      401,
      errorBody(
        401,
        'Authentication credentials not found. This API supports OAuth 2.0 authentication and you can find more details at https://developers.hubspot.com/docs/methods/auth/oauth-overview',
        'INVALID_AUTHENTICATION',
      ),
    );
    return;
  }
  const limits = url.pathname.endsWith('/search') ? {} : rateHeaders(state, url.pathname);
  const answer = (status: number, b: unknown) => {
    record.status = status;
    send(res, status, b, limits);
  };
  if (req.method === 'GET' && url.pathname === '/crm/v3/objects/contacts') return contacts(state, url.searchParams, answer);
  if (req.method === 'POST' && url.pathname === '/crm/v3/objects/contacts/search') return search(state, body, answer);
  if (req.method === 'POST' && url.pathname === '/crm/v3/objects/contacts/batch/read') return batchRead(state, body, answer);
  if (req.method === 'POST' && url.pathname === '/crm/v3/objects/contacts/batch/update') return batchUpdate(state, body, answer);
  if (req.method === 'GET' && url.pathname === '/crm/v3/properties/contacts')
    return answer(200, {
      results: state.properties.map((p) => ({
        name: p.name,
        label: p.label,
        type: p.type ?? 'string',
        fieldType: p.options ? 'select' : 'text',
        groupName: 'contactinformation',
        description: '',
        options: (p.options ?? []).map((o, i) => ({ label: o, value: o, displayOrder: i, hidden: false })),
      })),
    });
  if (req.method === 'GET' && url.pathname === '/crm/v3/owners') return owners(state, url.searchParams, res);
  record.status = 404;
  send(res, 404, errorBody(404, `Unable to route ${req.method} ${url.pathname}`, 'OBJECT_NOT_FOUND'));
}

function page(params: URLSearchParams, max: number): { start: number; limit: number } {
  const limit = Math.min(Number(params.get('limit') ?? 10), max);
  return { start: Number(params.get('after') ?? 0), limit };
}

type Answer = (status: number, body: unknown) => void;

/** A property's value as HubSpot returns it: hs_object_id is the id, lastmodifieddate always set. */
function valueOf(c: FakeContact, name: string): string | null {
  if (name === 'hs_object_id') return c.id;
  if (name === 'lastmodifieddate') return c.properties[name] ?? DEFAULT_MODIFIED;
  return c.properties[name] ?? null;
}

function shape(c: FakeContact, asked: string[]) {
  const names = [...new Set([...ALWAYS, ...asked])];
  return {
    id: c.id,
    properties: Object.fromEntries(names.map((n) => [n, valueOf(c, n)])),
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: valueOf(c, 'lastmodifieddate'),
    archived: c.archivedAt !== undefined,
    ...(c.archivedAt !== undefined ? { archivedAt: c.archivedAt } : {}),
  };
}

function contacts(state: FakeHubSpotState, params: URLSearchParams, answer: Answer): void {
  const { start, limit } = page(params, 100);
  const asked = (params.getAll('properties').join(',') || '').split(',').filter(Boolean);
  const archived = params.get('archived') === 'true';
  const all =
    archived || state.contacts.some((c) => c.archivedAt !== undefined)
      ? state.contacts.filter((c) => (c.archivedAt !== undefined) === archived)
      : state.contacts;
  const results = all.slice(start, start + limit).map((c) => shape(c, asked));
  const next = start + limit < all.length ? String(start + limit) : undefined;
  answer(200, { results, ...(next ? { paging: { next: { after: next, link: `?after=${next}` } } } : {}) });
}

interface Filter {
  propertyName?: unknown;
  operator?: unknown;
  value?: unknown;
}

/** A datetime property compares as an instant (the filter's value in ms since 1970), hs_object_id as a number, the rest as text. */
function comparable(name: string, value: string | null): number | string | null {
  if (value === null) return null;
  if (name === 'hs_object_id') return Number(value);
  if (/date$/.test(name)) return /^\d+$/.test(value) ? Number(value) : Date.parse(value);
  return value;
}

function matches(c: FakeContact, f: Filter): boolean {
  const name = String(f.propertyName);
  const have = comparable(name, valueOf(c, name));
  const want = comparable(name, String(f.value));
  if (have === null || want === null) return false;
  switch (f.operator) {
    case 'EQ':
      return have === want;
    case 'GT':
      return have > want;
    case 'GTE':
      return have >= want;
    case 'LT':
      return have < want;
    case 'LTE':
      return have <= want;
    default:
      return false;
  }
}

/** POST /crm/v3/objects/contacts/search (https://developers.hubspot.com/docs/api/crm/search). */
function search(state: FakeHubSpotState, body: unknown, answer: Answer): void {
  state.beforeSearch?.(state.requests.filter((r) => r.path === '/crm/v3/objects/contacts/search').length);
  const q = (body ?? {}) as {
    filterGroups?: { filters?: Filter[] }[];
    sorts?: { propertyName?: string; direction?: string }[];
    properties?: string[];
    limit?: number;
    after?: string;
  };
  const limit = q.limit ?? 10;
  if (!Number.isInteger(limit) || limit < 1 || limit > 200)
    return answer(400, errorBody(400, `Invalid input JSON on line 1: limit must be between 1 and 200, got ${limit}`, 'VALIDATION_ERROR'));
  const start = Number(q.after ?? 0);
  if (start + limit > state.searchCap)
    return answer(
      400,
      errorBody(400, `There was a problem with the request.`, 'VALIDATION_ERROR', {
        errors: [{ message: `paging past ${state.searchCap} results is not supported`, code: 'INVALID_PAGING' }],
      }),
    );
  const groups = q.filterGroups ?? [];
  let hits = state.contacts.filter(
    (c) => c.archivedAt === undefined && (groups.length === 0 || groups.some((g) => (g.filters ?? []).every((f) => matches(c, f)))),
  );
  const sort = q.sorts?.[0];
  if (sort?.propertyName) {
    const name = sort.propertyName;
    const sign = sort.direction === 'DESCENDING' ? -1 : 1;
    hits = [...hits].sort((a, b) => {
      const x = comparable(name, valueOf(a, name)) ?? '';
      const y = comparable(name, valueOf(b, name)) ?? '';
      return (x < y ? -1 : x > y ? 1 : Number(a.id) - Number(b.id)) * sign;
    });
  }
  const results = hits.slice(start, start + limit).map((c) => shape(c, q.properties ?? []));
  const next = start + limit < hits.length ? String(start + limit) : undefined;
  answer(200, { total: hits.length, results, ...(next ? { paging: { next: { after: next } } } : {}) });
}

function inputsOf(body: unknown, answer: Answer): { id: string; properties?: Record<string, unknown> }[] | undefined {
  const inputs = (body as { inputs?: unknown } | undefined)?.inputs;
  if (!Array.isArray(inputs)) {
    answer(400, errorBody(400, 'Invalid input JSON: inputs is required', 'VALIDATION_ERROR'));
    return undefined;
  }
  if (inputs.length > 100) {
    answer(400, errorBody(400, `Batch input must have at most 100 inputs, got ${inputs.length}`, 'VALIDATION_ERROR'));
    return undefined;
  }
  return inputs as { id: string }[];
}

function notFound(ids: string[]) {
  return { status: 'error', category: 'OBJECT_NOT_FOUND', message: 'Could not get some CONTACT objects, they may be deleted or not exist.', context: { ids } };
}

function batchRead(state: FakeHubSpotState, body: unknown, answer: Answer): void {
  const inputs = inputsOf(body, answer);
  if (!inputs) return;
  const asked = ((body as { properties?: string[] }).properties ?? []).map(String);
  const byId = new Map(state.contacts.filter((c) => c.archivedAt === undefined).map((c) => [c.id, c]));
  const found = inputs.map((i) => byId.get(String(i.id))).filter((c): c is FakeContact => c !== undefined);
  const missing = inputs.map((i) => String(i.id)).filter((id) => !byId.has(id));
  const results = found.map((c) => shape(c, asked));
  if (missing.length > 0) return answer(207, { status: 'COMPLETE', results, numErrors: 1, errors: [notFound(missing)] });
  answer(200, { status: 'COMPLETE', results });
}

/** POST batch/update: every input's properties must exist (and an enumeration's value be one of its options), else the whole call is a 400. */
function batchUpdate(state: FakeHubSpotState, body: unknown, answer: Answer): void {
  const inputs = inputsOf(body, answer);
  if (!inputs) return;
  const known = new Map(state.properties.map((p) => [p.name, p]));
  for (const input of inputs)
    for (const [name, value] of Object.entries(input.properties ?? {})) {
      const p = known.get(name);
      if (!p)
        return answer(
          400,
          errorBody(
            400,
            `Property values were not valid: [{"isValid":false,"message":"Property \\"${name}\\" does not exist","error":"PROPERTY_DOESNT_EXIST","name":"${name}"}]`,
            'VALIDATION_ERROR',
          ),
        );
      if (p.options && !p.options.includes(String(value)))
        return answer(
          400,
          errorBody(
            400,
            `Property values were not valid: [{"isValid":false,"message":"${String(value)} was not one of the allowed options","error":"INVALID_OPTION","name":"${name}"}]`,
            'VALIDATION_ERROR',
          ),
        );
    }
  const byId = new Map(state.contacts.filter((c) => c.archivedAt === undefined).map((c) => [c.id, c]));
  const missing: string[] = [];
  const results = [];
  for (const input of inputs) {
    const c = byId.get(String(input.id));
    if (!c) {
      missing.push(String(input.id));
      continue;
    }
    for (const [name, value] of Object.entries(input.properties ?? {}))
      c.properties[name] = typeof value === 'string' ? value : value === null ? null : JSON.stringify(value);
    c.properties['lastmodifieddate'] = new Date().toISOString();
    results.push(shape(c, Object.keys(input.properties ?? {})));
  }
  if (missing.length > 0) return answer(207, { status: 'COMPLETE', results, numErrors: 1, errors: [notFound(missing)] });
  answer(200, { status: 'COMPLETE', results });
}

function owners(state: FakeHubSpotState, params: URLSearchParams, res: ServerResponse): void {
  const { start, limit } = page(params, 500);
  const archived = params.get('archived') === 'true';
  const all = state.owners.filter((o) => (o.archived ?? false) === archived);
  const results = all.slice(start, start + limit).map((o) => ({
    id: o.id,
    email: o.email,
    firstName: o.firstName,
    lastName: o.lastName,
    userId: Number(o.id) + 1000,
    createdAt: '2025-01-01T00:00:00.000Z',
    updatedAt: '2025-01-01T00:00:00.000Z',
    archived,
  }));
  const next = start + limit < all.length ? String(start + limit) : undefined;
  send(res, 200, { results, ...(next ? { paging: { next: { after: next, link: `?after=${next}` } } } : {}) });
}

/**
 * A HubSpot contacts export (scripts/gen.js, the preset's layout) as the same contacts
 * through the API: property values by internal name, dates as UTC instants (the export's
 * wall clock read in `zone`), numbers without separators, owners by id. Rows HubSpot
 * could not hold (no id, a repeated id, a date that is no date) are left out of both:
 * `csv` is the export without them, for the report to compare with.
 */
export function contactsFromExport(
  text: string,
  zone: string,
  internalName: (label: string) => string,
  parse: (text: string) => string[][],
  toInstant: (cell: string, zone: string) => string | undefined,
): { contacts: FakeContact[]; owners: FakeOwner[]; properties: { name: string; label: string }[]; csv: string } {
  const lines = text.replace(/^\ufeff/, '').split('\n');
  const header = parse(lines[0] as string)[0] as string[];
  const dates = new Set(header.filter((h) => /Date|date of|Last Contacted|outreach/i.test(h)));
  const numbers = new Set(['Number of Employees', 'Number of times contacted', 'HubSpot Score', 'Total Revenue']);
  const owners = new Map<string, FakeOwner>();
  const seen = new Set<string>();
  const contacts: FakeContact[] = [];
  const kept = [lines[0] as string];
  for (const line of lines.slice(1)) {
    if (line.trim() === '') continue;
    const cells = parse(line)[0] as string[];
    const id = cells[0] ?? '';
    if (id === '' || seen.has(id) || cells.length !== header.length) continue;
    const properties: Record<string, string | null> = {};
    let ok = true;
    header.forEach((label, i) => {
      if (i === 0) return;
      let cell: string | null = cells[i] ?? '';
      if (cell === '') cell = null;
      else if (dates.has(label)) {
        const instant = toInstant(cell, zone);
        if (instant === undefined) ok = false;
        cell = instant ?? null;
      } else if (numbers.has(label)) cell = cell.replace(/,/g, '');
      else if (label === 'Contact owner') {
        let owner = owners.get(cell);
        if (!owner) {
          const [firstName = '', ...rest] = cell.split(' ');
          owner = { id: String(70_000 + owners.size), firstName, lastName: rest.join(' '), email: `owner${owners.size}@example.test` };
          owners.set(cell, owner);
        }
        cell = owner.id;
      }
      properties[internalName(label)] = cell;
    });
    if (!ok) continue;
    seen.add(id);
    contacts.push({ id, properties });
    kept.push(line);
  }
  const properties = [
    ...header.map((label) => ({ name: internalName(label), label })),
    { name: 'lastmodifieddate', label: 'Last Modified Date' },
    { name: 'hs_object_id', label: 'Record ID' },
  ];
  return { contacts, owners: [...owners.values()], properties, csv: '\ufeff' + kept.join('\n') + '\n' };
}
