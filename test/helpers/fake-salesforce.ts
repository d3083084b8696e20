/**
 * A local HTTP server that answers like Salesforce's REST API for what revpact calls,
 * built from the public references (REST API Developer Guide: query and queryAll with
 * their locators, the Sforce-Query-Options batch size, sObject describe, sObject
 * Collections, status codes and error responses; Bulk API 2.0 Developer Guide: query
 * jobs and their results):
 *
 * - GET /services/data/vXX.X/query?q=SOQL (and /queryAll): pages of `batchSize` records
 *   (2,000 by default and at most; 200 at least) with `nextRecordsUrl`
 *   (/services/data/vXX.X/query/01gFAKE…-2000) until `done`. The SOQL it understands:
 *   SELECT fields (and relationship paths, Owner.Name) or COUNT() FROM Lead, WHERE
 *   conditions joined by AND (`Field > dateTime`, `Field = true|false`, `Id IN ('…')`),
 *   ORDER BY (ignored: records keep their order). An unknown field is 400 INVALID_FIELD.
 * - GET …/sobjects/Lead/describe: the fields (name, label, type, relationshipName, updateable).
 * - Bulk API 2.0: POST …/jobs/query, GET …/jobs/query/ID (UploadComplete → InProgress →
 *   JobComplete, one state per poll), GET …/jobs/query/ID/results (CSV, every value
 *   quoted, nulls empty, dateTimes in Z form; Sforce-Locator and Sforce-NumberOfRecords;
 *   `maxRecords`), DELETE …/jobs/query/ID.
 * - PATCH …/composite/sobjects: up to 200 records, allOrNone false, a result per record.
 *
 * Errors are JSON arrays `[{"message": …, "errorCode": …}]`, as Salesforce sends them
 * (401 INVALID_SESSION_ID for a wrong token). Faults can be injected: a status with a body
 * (403 REQUEST_LIMIT_EXCEEDED, 502), or a dropped connection. Every request is recorded.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { fireFault, listenLocal, sendJson as send, type Fault } from './local-server.js';
import { SALESFORCE_API_NAMES, customFieldName } from '../../src/leads/crm/salesforce/index.js';

/** A lead by API field name; relationship fields flat under their path ("Owner.Name"). */
export type FakeLead = Record<string, string | number | boolean | null>;

export interface FakeField {
  name: string;
  label: string;
  type: string;
  relationshipName?: string;
  updateable?: boolean;
}

export type SalesforceFault = Fault;

export interface FakeSalesforceState {
  token: string;
  versions: string[];
  leads: FakeLead[];
  fields: FakeField[];
  faults: SalesforceFault[];
  /** Polls a bulk job answers InProgress before JobComplete. */
  bulkPolls: number;
  /** Ids (15-character prefix) whose update is refused by a validation rule. */
  refuse: Set<string>;
  /** The org's users and queues (SELECT Id, Name, Email FROM User; FROM Group WHERE Type = 'Queue'). Without, none are listed. */
  users: { Id: string; Name: string; Email: string | null }[];
  queues: { Id: string; Name: string; Email: string | null }[];
  /** Answer a query on User with this status and errorCode (a user without access to users). */
  usersRefused?: { status: number; errorCode: string };
  requests: { method: string; path: string; query: URLSearchParams; headers: IncomingMessage['headers']; body: string; status: number | 'drop' | 'cut' }[];
}

export interface FakeSalesforce {
  url: string;
  state: FakeSalesforceState;
  close(): Promise<void>;
}

/** Salesforce's errors: a JSON array of {message, errorCode}. */
export function sfError(errorCode: string, message: string): { message: string; errorCode: string }[] {
  return [{ message, errorCode }];
}

export const REQUEST_LIMIT = sfError('REQUEST_LIMIT_EXCEEDED', 'TotalRequests Limit exceeded.');

/** The standard Lead fields revpact may read, with Salesforce's labels. */
export const STANDARD_FIELDS: FakeField[] = [
  { name: 'Id', label: 'Lead ID', type: 'id', updateable: false },
  { name: 'IsDeleted', label: 'Deleted', type: 'boolean', updateable: false },
  { name: 'FirstName', label: 'First Name', type: 'string' },
  { name: 'LastName', label: 'Last Name', type: 'string' },
  { name: 'Name', label: 'Full Name', type: 'string', updateable: false },
  { name: 'Title', label: 'Title', type: 'string' },
  { name: 'Company', label: 'Company', type: 'string' },
  { name: 'Email', label: 'Email', type: 'email' },
  { name: 'Phone', label: 'Phone', type: 'phone' },
  { name: 'MobilePhone', label: 'Mobile Phone', type: 'phone' },
  { name: 'LeadSource', label: 'Lead Source', type: 'picklist' },
  { name: 'Status', label: 'Status', type: 'picklist' },
  { name: 'Rating', label: 'Rating', type: 'picklist' },
  { name: 'Industry', label: 'Industry', type: 'picklist' },
  { name: 'Country', label: 'Country', type: 'string' },
  { name: 'AnnualRevenue', label: 'Annual Revenue', type: 'currency' },
  { name: 'NumberOfEmployees', label: 'Employees', type: 'int' },
  { name: 'OwnerId', label: 'Owner ID', type: 'reference', relationshipName: 'Owner' },
  { name: 'IsConverted', label: 'Converted', type: 'boolean', updateable: false },
  { name: 'ConvertedDate', label: 'Converted Date', type: 'date', updateable: false },
  { name: 'CreatedDate', label: 'Created Date', type: 'datetime', updateable: false },
  { name: 'LastModifiedDate', label: 'Last Modified Date', type: 'datetime', updateable: false },
  { name: 'SystemModstamp', label: 'System Modstamp', type: 'datetime', updateable: false },
  { name: 'LastActivityDate', label: 'Last Activity', type: 'date', updateable: false },
];

export async function startFakeSalesforce(initial: Partial<FakeSalesforceState> = {}): Promise<FakeSalesforce> {
  const state: FakeSalesforceState = {
    token: '00DFAKE!AQ4AQFakeSessionToken.0123456789',
    versions: ['61.0', '62.0', '63.0'],
    leads: [],
    fields: STANDARD_FIELDS,
    faults: [],
    bulkPolls: 2,
    refuse: new Set(),
    users: [],
    queues: [],
    requests: [],
    ...initial,
  };
  const jobs = new Map<string, Job>();
  const cursors = new Map<string, Cursor>();
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => handle(state, jobs, cursors, req, Buffer.concat(chunks).toString('utf8'), res));
  });
  const { url, close } = await listenLocal(server);
  return { url, state, close };
}

interface Cursor {
  rows: FakeLead[];
  fields: string[];
  version: string;
}

interface Job {
  id: string;
  rows: FakeLead[];
  fields: string[];
  polls: number;
  query: string;
}

class SoqlError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function handle(
  state: FakeSalesforceState,
  jobs: Map<string, Job>,
  cursors: Map<string, Cursor>,
  req: IncomingMessage,
  body: string,
  res: ServerResponse,
): void {
  const url = new URL(req.url ?? '/', 'http://127.0.0.1');
  const record = {
    method: req.method ?? 'GET',
    path: url.pathname,
    query: url.searchParams,
    headers: req.headers,
    body,
    status: 200 as number | 'drop' | 'cut',
  };
  state.requests.push(record);
  const answer = (status: number, b: unknown, headers: Record<string, string> = {}) => {
    record.status = status;
    send(res, status, b, headers);
  };
  if (fireFault(state.faults, url.pathname, req, res, record, () => sfError('UNKNOWN_EXCEPTION', 'An unexpected error occurred.'))) return;
  if (req.headers.authorization !== `Bearer ${state.token}`) return answer(401, sfError('INVALID_SESSION_ID', 'Session expired or invalid'));
  const m = /^\/services\/data\/v(\d+\.\d)(\/.*)$/.exec(url.pathname);
  if (!m || !state.versions.includes(m[1] as string)) return answer(404, sfError('NOT_FOUND', 'The requested resource does not exist'));
  const version = m[1] as string;
  const path = m[2] as string;
  try {
    const owners = /^SELECT Id, Name, Email FROM (User|Group WHERE Type = 'Queue')$/.exec(
      req.method === 'GET' && path === '/query' ? (url.searchParams.get('q') ?? '') : '',
    );
    if (owners) {
      const user = owners[1] === 'User';
      if (user && state.usersRefused) return answer(state.usersRefused.status, sfError(state.usersRefused.errorCode, "sObject type 'User' is not supported."));
      const records = (user ? state.users : state.queues).map((o) => ({ attributes: { type: user ? 'User' : 'Group' }, ...o }));
      return answer(200, { totalSize: records.length, done: true, records });
    }
    if (req.method === 'GET' && (path === '/query' || path === '/queryAll')) {
      const q = parseSoql(url.searchParams.get('q') ?? '', state.fields);
      const rows = state.leads.filter((l) => (path === '/queryAll' || l['IsDeleted'] !== true) && q.where.every((w) => w(l)));
      if (q.count) return answer(200, { totalSize: rows.length, done: true, records: [] });
      const id = `01gFAKE${String(cursors.size + 1).padStart(8, '0')}`;
      cursors.set(id, { rows, fields: q.fields, version });
      return answer(200, queryPage(id, cursors.get(id) as Cursor, 0, batchSize(req)));
    }
    const more = /^\/query\/(01gFAKE\d+)-(\d+)$/.exec(path);
    if (req.method === 'GET' && more) {
      const cursor = cursors.get(more[1] as string);
      if (!cursor) return answer(400, sfError('INVALID_QUERY_LOCATOR', 'invalid query locator'));
      return answer(200, queryPage(more[1] as string, cursor, Number(more[2]), batchSize(req)));
    }
    if (req.method === 'GET' && path === '/sobjects/Lead/describe')
      return answer(200, {
        name: 'Lead',
        label: 'Lead',
        fields: state.fields.map((f) => ({
          name: f.name,
          label: f.label,
          type: f.type,
          relationshipName: f.relationshipName ?? null,
          referenceTo: f.relationshipName ? ['Group', 'User'] : [],
          updateable: f.updateable ?? true,
          nillable: true,
          custom: f.name.endsWith('__c'),
        })),
      });
    if (req.method === 'POST' && path === '/jobs/query') {
      const spec = JSON.parse(body) as { operation?: string; query?: string };
      if (spec.operation !== 'query' && spec.operation !== 'queryAll') return answer(400, sfError('INVALIDJOB', 'operation must be query or queryAll'));
      const q = parseSoql(spec.query ?? '', state.fields);
      const id = `750FAKE${String(jobs.size + 1).padStart(11, '0')}`;
      const rows = state.leads.filter((l) => (spec.operation === 'queryAll' || l['IsDeleted'] !== true) && q.where.every((w) => w(l)));
      jobs.set(id, { id, rows, fields: q.fields, polls: 0, query: spec.query ?? '' });
      return answer(200, jobInfo(jobs.get(id) as Job, 'UploadComplete'));
    }
    const job = /^\/jobs\/query\/(750FAKE\d+)(\/results)?$/.exec(path);
    if (job) {
      const j = jobs.get(job[1] as string);
      if (!j) return answer(404, sfError('NOT_FOUND', 'The requested resource does not exist'));
      if (req.method === 'DELETE' && !job[2]) {
        jobs.delete(j.id);
        record.status = 204;
        res.writeHead(204);
        res.end();
        return;
      }
      if (req.method === 'GET' && !job[2]) {
        j.polls++;
        return answer(200, jobInfo(j, j.polls > state.bulkPolls ? 'JobComplete' : 'InProgress'));
      }
      if (req.method === 'GET') {
        if (j.polls <= state.bulkPolls) return answer(400, sfError('INVALIDJOBSTATE', 'the job is not complete'));
        const start = Number(url.searchParams.get('locator') ?? 0);
        const max = Number(url.searchParams.get('maxRecords') ?? 100_000);
        const slice = j.rows.slice(start, start + max);
        const next = start + max < j.rows.length ? String(start + max) : 'null';
        const csv = [j.fields, ...slice.map((l) => j.fields.map((f) => bulkCell(l[f])))].map((cells) => cells.map(quote).join(',')).join('\n') + '\n';
        record.status = 200;
        res.writeHead(200, { 'content-type': 'text/csv', 'sforce-locator': next, 'sforce-numberofrecords': String(slice.length) });
        res.end(csv);
        return;
      }
    }
    if (req.method === 'PATCH' && path === '/composite/sobjects') return collections(state, body, answer);
    return answer(404, sfError('NOT_FOUND', 'The requested resource does not exist'));
  } catch (e) {
    if (e instanceof SoqlError) return answer(400, sfError(e.code, e.message));
    throw e;
  }
}

function batchSize(req: IncomingMessage): number {
  const m = /batchSize=(\d+)/i.exec(String(req.headers['sforce-query-options'] ?? ''));
  return m ? Math.max(200, Math.min(2000, Number(m[1]))) : 2000;
}

function queryPage(id: string, cursor: Cursor, start: number, size: number) {
  const slice = cursor.rows.slice(start, start + size);
  const done = start + size >= cursor.rows.length;
  return {
    totalSize: cursor.rows.length,
    done,
    ...(done ? {} : { nextRecordsUrl: `/services/data/v${cursor.version}/query/${id}-${start + size}` }),
    records: slice.map((l) => restRecord(l, cursor.fields, cursor.version)),
  };
}

/** A record as REST answers it: its attributes, each field asked for, a relationship as a nested object. */
function restRecord(lead: FakeLead, fields: string[], version: string): Record<string, unknown> {
  const out: Record<string, unknown> = { attributes: { type: 'Lead', url: `/services/data/v${version}/sobjects/Lead/${String(lead['Id'])}` } };
  for (const f of fields) {
    const dot = f.indexOf('.');
    if (dot < 0) {
      out[f] = lead[f] ?? null;
      continue;
    }
    const rel = f.slice(0, dot);
    const value = lead[f] ?? null;
    if (value === null) out[rel] ??= null;
    else {
      const parent = (out[rel] ??= {
        attributes: { type: 'Name', url: `/services/data/v${version}/sobjects/User/${String(lead['OwnerId'] ?? '')}` },
      }) as Record<string, unknown>;
      parent[f.slice(dot + 1)] = value;
    }
  }
  return out;
}

/** Bulk API 2.0 CSV: nulls empty, dateTimes in Z form, numbers as they are. */
function bulkCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string' && /^\d{4}-\d\d-\d\dT[\d:.]+\+0000$/.test(value)) return value.replace('+0000', 'Z');
  return String(value);
}

function quote(cell: string): string {
  return `"${cell.replace(/"/g, '""')}"`;
}

function jobInfo(job: Job, state: string) {
  return {
    id: job.id,
    operation: 'query',
    object: 'Lead',
    createdById: '005FAKE000000001',
    createdDate: '2026-11-03T08:00:00.000+0000',
    systemModstamp: '2026-11-03T08:00:01.000+0000',
    state,
    concurrencyMode: 'Parallel',
    contentType: 'CSV',
    apiVersion: 62.0,
    lineEnding: 'LF',
    columnDelimiter: 'COMMA',
    ...(state === 'JobComplete' ? { numberRecordsProcessed: job.rows.length, retries: 0, totalProcessingTime: 1200 } : {}),
  };
}

/** The SOQL forms revpact sends. */
function parseSoql(soql: string, fields: FakeField[]): { count: boolean; fields: string[]; where: ((l: FakeLead) => boolean)[] } {
  const m = /^SELECT\s+(.+?)\s+FROM\s+(\w+)(?:\s+WHERE\s+(.+?))?(?:\s+ORDER BY\s+(.+?))?$/is.exec(soql.trim());
  if (!m) throw new SoqlError('MALFORMED_QUERY', `unexpected token in: ${soql.slice(0, 80)}`);
  if (m[2] !== 'Lead') throw new SoqlError('INVALID_TYPE', `sObject type '${m[2]}' is not supported.`);
  const names = new Map(fields.map((f) => [f.name.toLowerCase(), f]));
  const relationships = new Set(fields.filter((f) => f.relationshipName).map((f) => (f.relationshipName as string).toLowerCase()));
  const check = (name: string): string => {
    const dot = name.indexOf('.');
    if (dot >= 0 ? relationships.has(name.slice(0, dot).toLowerCase()) : names.has(name.toLowerCase()))
      return dot >= 0 ? name : (names.get(name.toLowerCase()) as FakeField).name;
    throw new SoqlError(
      'INVALID_FIELD',
      `\nSELECT ${name}\n       ^\nERROR at Row:1:Column:8\nNo such column '${name}' on entity 'Lead'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name.`,
    );
  };
  const select = (m[1] as string).trim();
  const count = /^COUNT\(\)$/i.test(select);
  const list = count ? [] : select.split(/\s*,\s*/).map(check);
  const where = (m[3] ?? '')
    .split(/\s+AND\s+/i)
    .filter((c) => c.trim() !== '')
    .map((c): ((l: FakeLead) => boolean) => {
      const inList = /^(\w+)\s+IN\s+\((.*)\)$/i.exec(c.trim());
      if (inList) {
        const field = check(inList[1] as string);
        const ids = new Set((inList[2] as string).split(',').map((s) => s.trim().replace(/^'|'$/g, '')));
        return (l) => ids.has(String(l[field])) || ids.has(String(l[field]).slice(0, 15));
      }
      const cmp = /^(\w+)\s*(>|=|<)\s*(\S+)$/.exec(c.trim());
      if (!cmp) throw new SoqlError('MALFORMED_QUERY', `unexpected condition ${c}`);
      const field = check(cmp[1] as string);
      const literal = cmp[3] as string;
      if (literal === 'true' || literal === 'false') return (l) => (l[field] === true) === (literal === 'true');
      const t = Date.parse(literal);
      if (Number.isNaN(t)) throw new SoqlError('MALFORMED_QUERY', `value of filter criterion for field '${field}' must be of type dateTime`);
      const op = cmp[2];
      return (l) => {
        const v = Date.parse(String(l[field] ?? '').replace('+0000', 'Z'));
        return op === '>' ? v > t : op === '<' ? v < t : v === t;
      };
    });
  return { count, fields: list, where };
}

function collections(state: FakeSalesforceState, body: string, answer: (status: number, b: unknown) => void): void {
  const spec = JSON.parse(body) as { allOrNone?: boolean; records?: Record<string, unknown>[] };
  const records = spec.records ?? [];
  if (records.length > 200) return answer(400, sfError('EXCEEDED_ID_LIMIT', 'record limit reached. cannot submit more than 200 records into this call'));
  const fields = new Map(state.fields.map((f) => [f.name.toLowerCase(), f]));
  const results = records.map((r) => {
    const id = typeof r['id'] === 'string' ? r['id'] : '';
    const lead = state.leads.find((l) => String(l['Id']).slice(0, 15) === id.slice(0, 15) && l['IsDeleted'] !== true);
    if (!lead) return { id, success: false, errors: [{ statusCode: 'ENTITY_IS_DELETED', message: 'entity is deleted', fields: [] }] };
    if (state.refuse.has(id.slice(0, 15)))
      return { id, success: false, errors: [{ statusCode: 'FIELD_CUSTOM_VALIDATION_EXCEPTION', message: 'Lead is locked for review', fields: [] }] };
    for (const k of Object.keys(r)) {
      if (k === 'attributes' || k === 'id') continue;
      const f = fields.get(k.toLowerCase());
      if (!f || f.updateable === false)
        return {
          id,
          success: false,
          errors: [{ statusCode: 'INVALID_FIELD_FOR_INSERT_UPDATE', message: `Unable to create/update fields: ${k}.`, fields: [k] }],
        };
    }
    for (const [k, v] of Object.entries(r)) if (k !== 'attributes' && k !== 'id') lead[(fields.get(k.toLowerCase()) as FakeField).name] = v as FakeLead[string];
    return { id: String(lead['Id']), success: true, errors: [] };
  });
  answer(200, results);
}

/** The 18-character, case-safe form of a 15-character id: a checksum letter per five characters. */
export function caseSafeId(id: string): string {
  if (id.length !== 15) return id;
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';
  let suffix = '';
  for (let block = 0; block < 3; block++) {
    let bits = 0;
    for (let i = 0; i < 5; i++) {
      const c = id.charAt(block * 5 + i);
      if (c >= 'A' && c <= 'Z') bits |= 1 << i;
    }
    suffix += alphabet.charAt(bits);
  }
  return id + suffix;
}

const DATE_TIMES = new Set([
  'Create Date',
  'Created Date',
  'MQL Date',
  'First Touch Date',
  'Accepted Date',
  'Rejected Date',
  'Feedback Date',
  'Recycled Date',
  'Disqualified Date',
]);
const DATES = new Set(['Converted Date', 'Last Activity']);
const NUMBERS = new Set(['Number of Attempts', 'Lead Score', 'No. of Employees', 'Annual Revenue']);

/**
 * A Salesforce lead report export (scripts/gen.js, the preset's layout) as the same leads
 * in the org: values by API name (the preset's standard columns, custom fields named from
 * their labels), dateTimes as UTC instants (the export's wall clock read in `zone`), dates
 * as yyyy-MM-dd, numbers as numbers, the owner through Owner.Name, 18-character ids. Rows
 * the org could not hold (no id, a repeated id, a date that is no date) are left out of
 * both: `csv` is the export without them and with the 18-character ids, to compare with.
 */
export function leadsFromExport(
  text: string,
  zone: string,
  parse: (line: string) => string[],
  toInstant: (cell: string, zone: string) => string | undefined,
  toDate: (cell: string) => string | undefined,
): { leads: FakeLead[]; fields: FakeField[]; csv: string } {
  const lines = text.replace(/^\ufeff/, '').split('\n');
  const header = parse(lines[0] as string);
  const names = header.map((label) => SALESFORCE_API_NAMES[label] ?? customFieldName(label));
  const fields = [...STANDARD_FIELDS];
  header.forEach((label, i) => {
    const name = names[i] as string;
    if (name.includes('.') || fields.some((f) => f.name === name)) return;
    fields.push({ name, label, type: DATE_TIMES.has(label) ? 'datetime' : DATES.has(label) ? 'date' : NUMBERS.has(label) ? 'double' : 'string' });
  });
  const owners = new Map<string, string>();
  const seen = new Set<string>();
  const leads: FakeLead[] = [];
  const kept = [lines[0] as string];
  for (const line of lines.slice(1)) {
    if (line.trim() === '') break; // the report's footer follows a blank line
    const cells = parse(line);
    const id15 = cells[0] ?? '';
    if (!/^[A-Za-z0-9]{15}$/.test(id15) || seen.has(id15) || cells.length !== header.length) continue;
    const id = caseSafeId(id15);
    const lead: FakeLead = { Id: id, IsDeleted: false, IsConverted: false };
    let ok = true;
    header.forEach((label, i) => {
      if (i === 0) return;
      const cell = cells[i] ?? '';
      let value: string | number | null = cell === '' ? null : cell;
      if (value !== null && DATE_TIMES.has(label)) {
        const t = toInstant(cell, zone);
        if (t === undefined) ok = false;
        value = t ?? null;
      } else if (value !== null && DATES.has(label)) {
        const d = toDate(cell);
        if (d === undefined) ok = false;
        value = d ?? null;
      } else if (value !== null && NUMBERS.has(label)) value = Number(cell.replace(/,/g, ''));
      else if (label === 'Lead Owner' && value !== null) {
        if (!owners.has(value)) owners.set(value, caseSafeId(`005FAKE${String(owners.size).padStart(8, '0')}`));
        lead['OwnerId'] = owners.get(value) as string;
      }
      lead[names[i] as string] = value;
    });
    if (!ok) continue;
    lead['IsConverted'] = lead['ConvertedDate'] !== null && lead['ConvertedDate'] !== undefined;
    lead['SystemModstamp'] = (lead['CreatedDate'] as string | null) ?? '2026-01-01T00:00:00.000+0000';
    lead['LastModifiedDate'] = lead['SystemModstamp'];
    seen.add(id15);
    leads.push(lead);
    kept.push(`"${id}"` + line.slice(`"${id15}"`.length));
  }
  return { leads, fields, csv: kept.join('\n') + '\n' };
}
