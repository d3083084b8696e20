/**
 * A local HTTP server that answers like HubSpot's CRM v3 API for what `--leads hubspot:`
 * reads (https://developers.hubspot.com/docs/api/crm/contacts, /crm/owners,
 * /crm/properties): the contacts list (`limit` up to 100, the `after` cursor in
 * `paging.next.after`, only the `properties` asked for plus the three HubSpot always
 * adds), the contact properties, and the owners (paged, active or archived). It checks
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
  properties: { name: string; label: string; type?: string }[];
  owners: FakeOwner[];
  faults: HubSpotFault[];
  requests: { method: string; path: string; query: URLSearchParams; status: number | 'drop' }[];
}

export interface FakeHubSpot {
  url: string;
  state: FakeHubSpotState;
  close(): Promise<void>;
}

/** HubSpot returns these with every contact, asked for or not. */
const ALWAYS = ['createdate', 'hs_object_id', 'lastmodifieddate'];

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
  const state: FakeHubSpotState = { token: 'pat-na1-test-token', contacts: [], properties: [], owners: [], faults: [], requests: [], ...initial };
  const server: Server = createServer((req, res) => handle(state, req, res));
  const { url, close } = await listenLocal(server);
  return { url, state, close };
}

function handle(state: FakeHubSpotState, req: IncomingMessage, res: ServerResponse): void {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  // HubSpot routes /crm/v3/owners/ as /crm/v3/owners (the client library asks for the former).
  if (url.pathname.length > 1) url.pathname = url.pathname.replace(/\/+$/, '');
  const record = { method: req.method ?? 'GET', path: url.pathname, query: url.searchParams, status: 200 as number | 'drop' };
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
  if (req.method === 'GET' && url.pathname === '/crm/v3/objects/contacts') return contacts(state, url.searchParams, res);
  if (req.method === 'GET' && url.pathname === '/crm/v3/properties/contacts')
    return send(res, 200, {
      results: state.properties.map((p) => ({
        name: p.name,
        label: p.label,
        type: p.type ?? 'string',
        fieldType: 'text',
        groupName: 'contactinformation',
        description: '',
        options: [],
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

function contacts(state: FakeHubSpotState, params: URLSearchParams, res: ServerResponse): void {
  const { start, limit } = page(params, 100);
  const asked = (params.getAll('properties').join(',') || '').split(',').filter(Boolean);
  const names = [...new Set([...ALWAYS, ...asked])];
  const slice = state.contacts.slice(start, start + limit);
  const results = slice.map((c) => ({
    id: c.id,
    properties: Object.fromEntries(names.map((n) => [n, n === 'hs_object_id' ? c.id : (c.properties[n] ?? null)])),
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-02T00:00:00.000Z',
    archived: false,
  }));
  const next = start + limit < state.contacts.length ? String(start + limit) : undefined;
  send(res, 200, { results, ...(next ? { paging: { next: { after: next, link: `?after=${next}` } } } : {}) });
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
