/**
 * The Salesforce pieces (issue 14) against a local server that answers like Salesforce's
 * REST API and Bulk API 2.0 (test/helpers/fake-salesforce.ts): which fields a mapping
 * reads; the REST and Bulk paths giving the same leads; retries and polls timed on an
 * injected clock (nothing sleeps); the limits and refusals explained; the pull export
 * (incremental, with deletions) and the write-back (only changed leads, 200 a call).
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { defaultMappingFor } from '../../../src/app/lead-data.js';
import { salesforceOptions } from '../../../src/leads/crm/salesforce/index.js';
import { salesforceSession } from '../../../src/leads/crm/salesforce/provider.js';
import {
  SalesforceApi,
  customFieldName,
  openSalesforceSource,
  pullLeads,
  resolveField,
  type SalesforceSourceOptions,
} from '../../../src/leads/crm/salesforce/index.js';
import type { Lead, SourceItem } from '../../../src/leads/lead.js';
import { presetMapping, withDefaultTimeZone } from '../../../src/leads/mapping/index.js';
import { caseSafeId, REQUEST_LIMIT, sfError, STANDARD_FIELDS, startFakeSalesforce, type FakeLead, type FakeSalesforce } from '../../helpers/fake-salesforce.js';

const TOKEN = '00D5g000004UNIT!AQ8AQE.unit_session_token_1f2e3d';
const N = 4500;
const FIELDS = [
  ...STANDARD_FIELDS,
  { name: 'MQL_Date__c', label: 'MQL Date', type: 'datetime' },
  { name: 'First_Touch_Date__c', label: 'First Touch Date', type: 'datetime' },
  { name: 'Accepted_Date__c', label: 'Accepted Date', type: 'datetime' },
  { name: 'Number_of_Attempts__c', label: 'Number of Attempts', type: 'double' },
  { name: 'Lead_Score__c', label: 'Lead Score', type: 'double' },
  { name: 'revpact_First_Touch__c', label: 'revpact First Touch', type: 'string' },
  { name: 'Score_Formula__c', label: 'Score Formula', type: 'double', updateable: false },
];

function iso(ms: number): string {
  return new Date(ms).toISOString().replace('Z', '+0000');
}

function makeLeads(n: number): FakeLead[] {
  const start = Date.UTC(2026, 9, 1, 8);
  return Array.from({ length: n }, (_, i) => {
    const created = start + i * 7 * 60_000;
    return {
      Id: caseSafeId(`00Q5g${String(i).padStart(10, '0')}`),
      IsDeleted: false,
      FirstName: `Ana${i}`,
      LastName: 'Silva',
      Email: `lead${i}@example.test`,
      Company: i % 3 === 0 ? 'Hooli, Inc.' : 'Globex',
      Status: 'Open - Not Contacted',
      LeadSource: i % 2 ? 'Web' : 'Trade Show',
      OwnerId: '005FAKE000000001AAA',
      'Owner.Name': i % 4 === 0 ? null : `Owner "${i % 5}"`,
      CreatedDate: iso(created),
      MQL_Date__c: i % 3 === 1 ? null : iso(created + 30 * 60_000),
      First_Touch_Date__c: i % 5 === 0 ? null : iso(created + 90 * 60_000),
      ConvertedDate: i % 7 === 0 ? '2026-10-20' : null,
      Number_of_Attempts__c: i % 6,
      Lead_Score__c: (i * 37) % 100,
      NumberOfEmployees: i % 9 === 0 ? null : 10 + i,
      AnnualRevenue: i % 2 ? 1_250_000.5 : null,
      SystemModstamp: iso(created + 60_000),
      revpact_First_Touch__c: i % 10 === 0 ? 'met' : null,
    };
  });
}

let sf: FakeSalesforce;
beforeAll(async () => {
  sf = await startFakeSalesforce({ token: TOKEN, leads: makeLeads(N), fields: FIELDS });
});
afterEach(() => {
  sf.state.faults = [];
  sf.state.requests = [];
  sf.state.bulkPolls = 2;
  sf.state.leads = makeLeads(N);
  sf.state.refuse = new Set();
});
afterAll(() => sf.close());

const clock = () => {
  const waits: number[] = [];
  return { waits, sleep: (ms: number) => (waits.push(ms), Promise.resolve()) };
};
const mapping = () => withDefaultTimeZone(presetMapping('salesforce'), 'Europe/Madrid');
const options = (o: Partial<SalesforceSourceOptions> = {}): SalesforceSourceOptions => ({
  instanceUrl: sf.url,
  token: TOKEN,
  sleep: () => Promise.resolve(),
  ...o,
});

async function readAll(o: Partial<SalesforceSourceOptions> = {}): Promise<SourceItem[]> {
  const source = openSalesforceSource(mapping(), options(o));
  const items: SourceItem[] = [];
  for await (const item of source.items) items.push(item);
  return items;
}
const leads = (items: SourceItem[]): Lead[] => items.flatMap((i) => (i.kind === 'lead' ? [i.lead] : []));
/** The org's users and queues, read before the leads to tell apart owners who share a name: left out of the counts of Lead queries. */
const OWNER_QUERY = /FROM (User|Group)\b/;
const paths = (re: RegExp) => sf.state.requests.filter((r) => re.test(r.path) && !OWNER_QUERY.test(r.query.get('q') ?? ''));

describe('Salesforce fields of a mapping', () => {
  it('names a custom field as Salesforce derives it from the label', () => {
    expect(customFieldName('MQL Date')).toBe('MQL_Date__c');
    expect(customFieldName('Number of Attempts')).toBe('Number_of_Attempts__c');
    expect(customFieldName(' No. of  Calls ')).toBe('No_of_Calls__c');
  });

  it('resolves the preset’s standard columns, custom fields by label or name, and the owner through its relationship', () => {
    expect(resolveField('Lead ID', FIELDS)).toBe('Id');
    expect(resolveField('Lead Owner', FIELDS)).toBe('Owner.Name');
    expect(resolveField('Company / Account', FIELDS)).toBe('Company');
    expect(resolveField('MQL Date', FIELDS)).toBe('MQL_Date__c');
    // A custom field whose API name is not the one its label gives is found by its label.
    expect(resolveField('Touch Time', [...FIELDS, { name: 'Touch_Time_2__c', label: 'Touch Time', type: 'datetime' }])).toBe('Touch_Time_2__c');
    expect(resolveField('Lead_Score__c', FIELDS)).toBe('Lead_Score__c');
    expect(resolveField('Rejected Date', FIELDS)).toBeUndefined();
    // No Owner relationship in the org (a describe without it): the owner column has no field.
    expect(
      resolveField(
        'Lead Owner',
        FIELDS.filter((f) => f.name !== 'OwnerId'),
      ),
    ).toBeUndefined();
  });
});

describe('the Salesforce source', () => {
  it('reads every lead over REST pages of 2,000, as the export’s rows would be read', async () => {
    const items = await readAll({ read: 'rest' });
    expect(items.length).toBe(N);
    expect(paths(/\/query(\/|$)/).length).toBe(Math.ceil(N / 2000));
    const [first] = leads(items);
    const lead = sf.state.leads[0] as FakeLead;
    expect(first?.id).toBe(lead['Id']);
    expect(first?.createdAt).toBe(Date.parse(String(lead['CreatedDate']).replace('+0000', 'Z')));
    expect(first?.mqlAt).toBe(Date.parse(String(lead['MQL_Date__c']).replace('+0000', 'Z')));
    expect(first?.origin).toEqual({ file: 'salesforce:', row: 2 });
    const second = leads(items)[1];
    expect(second?.owner).toBe('Owner "1"');
    // A date-only field is the start of that day in the mapping's zone (Madrid, CEST).
    const converted = leads(items)[7];
    expect(converted?.sqlAt).toBe(Date.parse('2026-10-19T22:00:00Z'));
  });

  it('gives the same leads through Bulk API 2.0, its result pages followed by their locators, its polls on the injected clock', async () => {
    const rest = leads(await readAll({ read: 'rest' }));
    sf.state.requests = [];
    const { waits, sleep } = clock();
    sf.state.bulkPolls = 3;
    const started = Date.now();
    const bulk = leads(await readAll({ read: 'bulk', sleep, bulkPageSize: 1000 }));
    expect(Date.now() - started).toBeLessThan(2000);
    expect(waits).toEqual([2000, 2000, 2000]);
    expect(bulk).toEqual(rest);
    const results = paths(/\/results$/);
    expect(results.map((r) => r.query.get('locator'))).toEqual([null, '1000', '2000', '3000', '4000']);
    expect(results.every((r) => r.query.get('maxRecords') === '1000')).toBe(true);
    const job = JSON.parse(paths(/\/jobs\/query$/)[0]?.body ?? '{}') as { operation: string; query: string };
    expect(job.operation).toBe('query');
    expect(job.query).toMatch(/^SELECT Id, .* FROM Lead$/);
    expect(sf.state.requests.at(-1)?.method).toBe('DELETE');
  });

  it('picks Bulk above the threshold and REST below it, after one COUNT() query', async () => {
    await readAll({ bulkThreshold: 1000 });
    expect(paths(/\/query$/)[0]?.query.get('q')).toBe('SELECT COUNT() FROM Lead');
    expect(paths(/\/jobs\/query$/).length).toBe(1);
    sf.state.requests = [];
    await readAll();
    expect(paths(/\/jobs\/query/).length).toBe(0);
    expect(paths(/\/query(\/|$)/).length).toBe(1 + Math.ceil(N / 2000));
  });

  it('says when a bulk job fails, and deletes it', async () => {
    sf.state.faults.push({ path: /\/jobs\/query\/750FAKE\d+$/, status: 200, body: { id: 'x', state: 'Failed', errorMessage: 'InvalidBatch : too complex' } });
    await expect(readAll({ read: 'bulk' })).rejects.toThrow(/query job 750FAKE\d+ failed: InvalidBatch : too complex/);
    expect(sf.state.requests.at(-1)?.method).toBe('DELETE');
  });

  it('stops on a Bulk results locator given a second time, and on a job answer without its id or state, instead of reading or polling on', async () => {
    // The first page as it comes (locator 1000), then pages that point to 1000 again: the same records without end.
    sf.state.faults.push({
      path: /\/results$/,
      status: 200,
      raw: '"Id"\n',
      headers: { 'content-type': 'text/csv', 'sforce-locator': '1000', 'sforce-numberofrecords': '0' },
      skip: 1,
      times: 20,
    });
    await expect(readAll({ read: 'bulk', bulkPageSize: 1000 })).rejects.toThrow(
      /Bulk API 2\.0 results of the job 750FAKE\d+ gave the same Sforce-Locator \("1000"\) a second time: its pages would never end/,
    );
    expect(paths(/\/results$/).length).toBe(2);
    expect(sf.state.requests.at(-1)?.method).toBe('DELETE');

    // A poll answered by a page without the job's state was polled again for 30 minutes, then "still undefined".
    sf.state.faults = [{ path: /\/jobs\/query\/750FAKE\d+$/, status: 200, raw: '<html><body>Maintenance</body></html>' }];
    await expect(readAll({ read: 'bulk' })).rejects.toThrow(
      /answered something that is not the state of the query job 750FAKE\d+ \("<html><body>Maintenance<\/body><\/html>"\)/,
    );
    sf.state.faults = [{ path: /\/jobs\/query$/, status: 200, body: { operation: 'query' } }];
    await expect(readAll({ read: 'bulk' })).rejects.toThrow(/answered something that is not the new query job \(\{"operation":"query"\}\)/);
  });

  it('refuses an org with no field for any date the rules measure, before reading a lead', async () => {
    const source = openSalesforceSource(mapping(), options({ read: 'rest' }));
    const needs = { pii: new Set<never>(), attributes: new Set<string>(), fields: new Set(['mqlAt', 'salAt']) };
    sf.state.fields = FIELDS.filter((f) => f.name !== 'MQL_Date__c' && f.name !== 'Accepted_Date__c');
    try {
      const batches = (source.items.batches as NonNullable<typeof source.items.batches>)(needs)[Symbol.asyncIterator]();
      await expect(batches.next()).rejects.toThrow(/no Lead field for mqlAt, salAt, the dates the contract's rules measure.*mqlAt from "MQL Date"/);
      expect(paths(/\/query/).length).toBe(0);
    } finally {
      sf.state.fields = FIELDS;
    }
  });

  it('streams: a page is fetched only when the one before has been read', async () => {
    const source = openSalesforceSource(mapping(), options({ read: 'rest' }));
    const needs = { pii: new Set<never>(), attributes: new Set<string>() };
    const queries = () => paths(/\/query(\/|$)/).length;
    const batches = (source.items.batches as NonNullable<typeof source.items.batches>)(needs)[Symbol.asyncIterator]();
    const first = await batches.next();
    expect([...(first.value as Iterable<SourceItem>)].length).toBe(2000);
    expect(queries()).toBe(1);
    await batches.next();
    expect(queries()).toBe(2);
    await batches.return?.();
    expect(source.stats.rows).toBe(4000);
    // Personal data nobody reads is not asked for.
    const soql = paths(/\/query$/)[0]?.query.get('q') ?? '';
    expect(soql).not.toMatch(/\bEmail\b|FirstName|LastName/);
  });
});

describe('Salesforce’s limits and failures', () => {
  it('retries a 502 and a dropped connection with a growing back-off, then reads on', async () => {
    sf.state.faults.push({ path: /\/sobjects\/Lead\/describe$/, status: 'drop' });
    sf.state.faults.push({ path: /\/query\/01gFAKE/, status: 502, body: '<html>Bad Gateway</html>', times: 2 });
    const { waits, sleep } = clock();
    const items = await readAll({ read: 'rest', sleep });
    expect(waits).toEqual([1000, 1000, 2000]);
    expect(items.length).toBe(N);
  });

  it('takes an answer cut off mid-body as a dropped connection: retried, then said (it used to never settle: exit 13)', async () => {
    const body = { totalSize: 1, done: true, records: [{ attributes: { type: 'Lead' }, Id: '00Q000000000001AAA' }] };
    sf.state.faults.push({ path: /\/query\/01gFAKE/, status: 'cut', body });
    const { waits, sleep } = clock();
    const items = await readAll({ read: 'rest', sleep, idleMs: 300 });
    expect(items.length).toBe(N);
    expect(sf.state.requests.filter((r) => r.status === 'cut')).toHaveLength(1);
    expect(waits).toEqual([1000]);

    sf.state.faults.push({ path: /\/query$/, status: 'cut', body, times: 100 });
    const again = clock();
    const error = await readAll({ read: 'rest', sleep: again.sleep, idleMs: 300 }).then(
      () => undefined,
      (e: unknown) => e as Error & { hint?: string },
    );
    expect(error?.message).toBe("Salesforce's answer to GET /query stopped in the middle: no byte came for 0.3 s, after 5 attempts");
    expect(error?.hint).toContain('check the network');
    expect(again.waits).toEqual([1000, 2000, 4000, 8000]);
  });

  it('says when Salesforce cannot be reached, after its retries', async () => {
    const { waits, sleep } = clock();
    const error = await readAll({ instanceUrl: 'http://127.0.0.1:9', sleep }).then(
      () => undefined,
      (e: unknown) => e as Error & { hint?: string },
    );
    expect(error?.message).toMatch(
      /^could not reach Salesforce at http:\/\/127\.0\.0\.1:9 \(GET \/sobjects\/Lead\/describe\): ECONNREFUSED.*after 5 attempts$/,
    );
    expect(error?.hint).toContain('SF_INSTANCE_URL');
    expect(waits).toEqual([1000, 2000, 4000, 8000]);
  });

  it('gives up after a bounded number of 5xx, saying so', async () => {
    sf.state.faults.push({ path: /\/describe$/, status: 503, body: sfError('SERVER_UNAVAILABLE', 'Service unavailable'), times: 100 });
    const { waits, sleep } = clock();
    await expect(readAll({ sleep })).rejects.toThrow(/answered 503 SERVER_UNAVAILABLE: Service unavailable, after 5 attempts/);
    expect(waits).toEqual([1000, 2000, 4000, 8000]);
  });

  it('stops at once on REQUEST_LIMIT_EXCEEDED, saying to wait for the 24-hour window or use Bulk', async () => {
    sf.state.faults.push({ path: /\/query$/, status: 403, body: REQUEST_LIMIT });
    const { waits, sleep } = clock();
    const error = await readAll({ sleep }).then(
      () => undefined,
      (e: unknown) => e as Error & { hint?: string },
    );
    expect(error?.message).toContain("the org's API request limit is used up");
    expect(error?.hint).toMatch(/last 24 hours.*salesforce:bulk/);
    expect(waits).toEqual([]);
  });

  it('tells the concurrent-request limit from the daily one (the same error code)', async () => {
    sf.state.faults.push({ path: /\/describe$/, status: 403, body: sfError('REQUEST_LIMIT_EXCEEDED', 'ConcurrentPerOrgLongTxn Limit exceeded.') });
    await expect(readAll()).rejects.toThrow(/too many long-running API requests at once/);
  });

  it('names the API version when the org does not have it', async () => {
    await expect(readAll({ version: '40.0' })).rejects.toThrow(/answered 404 NOT_FOUND/);
    const error = await readAll({ version: '40.0' }).then(
      () => undefined,
      (e: unknown) => e as { hint?: string },
    );
    expect(error?.hint).toContain('SF_API_VERSION');
  });

  it('cuts the token out of anything Salesforce sends back', async () => {
    sf.state.faults.push({ path: /\/describe$/, status: 400, body: sfError('INVALID_HEADER', `bad Authorization: Bearer ${TOKEN}`) });
    const error = await readAll().then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(error?.message).toContain('bad Authorization: Bearer [SF_ACCESS_TOKEN]');
    expect(error?.message).not.toContain(TOKEN);
  });
});

describe('the pull export', () => {
  it('yields pages of records keyed by the export’s labels, with the id and SystemModstamp', async () => {
    const pull = await pullLeads(mapping(), options());
    expect(pull.idColumn).toBe('Lead ID');
    expect(pull.columns).toContain('Lead Owner');
    expect(pull.columns.at(-1)).toBe('SystemModstamp');
    const pages: Record<string, unknown>[][] = [];
    for await (const page of pull.pages) pages.push(page);
    expect(pages.map((p) => p.length)).toEqual([2000, 2000, 500]);
    const lead = sf.state.leads[1] as FakeLead;
    expect(pages[0]?.[1]).toMatchObject({
      'Lead ID': lead['Id'],
      'Lead Owner': lead['Owner.Name'],
      'MQL Date': lead['MQL_Date__c'],
      SystemModstamp: lead['SystemModstamp'],
    });
    expect(await pull.deleted()).toEqual([]);
  });

  it('since a time: only the leads changed after it, and the ids deleted after it', async () => {
    const since = new Date(Date.parse(String((sf.state.leads[N - 10] as FakeLead)['SystemModstamp']).replace('+0000', 'Z')));
    const gone = sf.state.leads[N - 3] as FakeLead;
    gone['IsDeleted'] = true;
    gone['SystemModstamp'] = '2026-12-01T10:00:00.000+0000';
    const old = sf.state.leads[5] as FakeLead;
    old['IsDeleted'] = true; // deleted before `since`: not listed
    const pull = await pullLeads(mapping(), options(), { since });
    const records: Record<string, unknown>[] = [];
    for await (const page of pull.pages) records.push(...page);
    // Nine changed after `since`, one of them since deleted.
    expect(records.map((r) => r['Lead ID'])).toEqual(
      sf.state.leads
        .slice(N - 9)
        .filter((l) => l !== gone)
        .map((l) => l['Id']),
    );
    expect(await pull.deleted()).toEqual([gone['Id']]);
    const soql = paths(/\/query$/).map((r) => r.query.get('q'));
    expect(soql[0]).toContain(`WHERE SystemModstamp > ${since.toISOString().replace('.000Z', 'Z')}`);
    expect(paths(/\/queryAll$/)[0]?.query.get('q')).toContain('IsDeleted = true');
  });
});

describe('the write-back (the Lead field push writes)', () => {
  const writer = () => salesforceSession(options(), Date.now).writer();
  const FIELD = 'revpact_First_Touch__c';

  it('describes the field as push needs it: text, or refused by its type, or absent; never created', async () => {
    const w = writer();
    expect(w.batchSize).toBe(200);
    expect(await w.property(FIELD)).toEqual({ name: FIELD, type: 'string' });
    expect(await w.property('revpact_verdict__c')).toBeUndefined();
    expect((await w.property('Score_Formula__c'))?.type).toMatch(/read-only/);
    await expect(w.property("x') OR Id != ('")).rejects.toThrow(/not a Lead field's API name/);
    expect(paths(/\/composite/).length).toBe(0);
  });

  it('reads the current values of the ids given, 15 or 18 characters, leaving out ids no lead has and anything that is no id', async () => {
    const w = writer();
    await w.property(FIELD);
    const leads = sf.state.leads.slice(0, 12);
    const ids = leads.map((l, i) => (i % 2 === 0 ? String(l['Id']).slice(0, 15) : String(l['Id'])));
    const hostile = "x') OR Id != ('";
    const values = await w.read([...ids, caseSafeId('00Q5g9999999999'), hostile], FIELD);
    expect([...values.keys()].sort()).toEqual([...ids].sort());
    leads.forEach((l, i) => expect(values.get(ids[i] as string)).toBe((l[FIELD] as string | null) ?? null));
    const soql = paths(/\/query$/).map((r) => r.query.get('q') ?? '');
    expect(soql.join('\n')).not.toContain('OR Id');
  });

  it('updates that field only, allOrNone false, a record Salesforce refuses reported by id with its reason; 200 records at most a call', async () => {
    const w = writer();
    await w.property(FIELD);
    const locked = String((sf.state.leads[3] as FakeLead)['Id']);
    sf.state.refuse.add(locked.slice(0, 15));
    const changes = sf.state.leads.slice(0, 200).map((l) => ({ id: String(l['Id']), value: 'breached' }));
    const { errors } = await w.update(changes, FIELD);
    expect(errors).toEqual([{ ids: [locked], message: 'FIELD_CUSTOM_VALIDATION_EXCEPTION: Lead is locked for review' }]);
    const patches = paths(/\/composite\/sobjects$/).map((r) => JSON.parse(r.body) as { allOrNone: boolean; records: Record<string, unknown>[] });
    expect(patches.map((p) => [p.records.length, p.allOrNone])).toEqual([[200, false]]);
    expect(Object.keys(patches[0]?.records[0] ?? {}).sort()).toEqual(['attributes', 'id', FIELD]);
    expect(sf.state.leads[1]?.[FIELD]).toBe('breached');
    expect(sf.state.leads[3]?.[FIELD]).not.toBe('breached');
    const api = new SalesforceApi(options());
    await expect(api.updateRecords(Array.from({ length: 201 }, (_, i) => ({ id: String(i), fields: {} })))).rejects.toThrow(/at most 200/);
  });
});

describe('the write-back when Salesforce answers otherwise than its reference says', () => {
  it('says results without their success flag, or a failure without its errors, instead of reporting a crash’s message as the refusal', async () => {
    const w = salesforceSession(options(), Date.now).writer();
    await w.property('revpact_First_Touch__c');
    const changes = sf.state.leads.slice(0, 2).map((l) => ({ id: String(l['Id']), value: 'met' }));
    for (const body of [
      [null, { success: true }],
      [{}, { success: true }],
    ]) {
      sf.state.faults = [{ path: /\/composite\/sobjects$/, status: 200, body }];
      await expect(w.update(changes, 'revpact_First_Touch__c'), JSON.stringify(body)).rejects.toThrow(
        "Salesforce's update answered something that is not a list of results: which leads were saved is unknown",
      );
    }
    // A failure that gives no errors is still a refusal of that lead, by its id.
    sf.state.faults = [
      {
        path: /\/composite\/sobjects$/,
        status: 200,
        body: [
          { id: null, success: false },
          { id: changes[1]?.id, success: true, errors: [] },
        ],
      },
    ];
    expect((await w.update(changes, 'revpact_First_Touch__c')).errors).toEqual([{ ids: [changes[0]?.id], message: 'UNKNOWN: refused' }]);
  });
});

describe('opening --leads salesforce:', () => {
  it('reads with the Salesforce preset unless a mapping file is named; a contract’s HubSpot preset gives way to it', () => {
    expect(defaultMappingFor(['salesforce:'], null)).toBe('salesforce');
    expect(defaultMappingFor(['salesforce:bulk'], 'hubspot')).toBe('salesforce');
    expect(defaultMappingFor(['hubspot:'], 'salesforce')).toBe('hubspot');
    expect(defaultMappingFor(['salesforce:'], 'mappings/acme.yaml')).toBe('mappings/acme.yaml');
    expect(defaultMappingFor(['leads.csv'], 'hubspot')).toBe('hubspot');
  });

  it('takes its settings from the environment, each checked and named', () => {
    const env = { SF_INSTANCE_URL: 'https://acme.my.salesforce.com', SF_ACCESS_TOKEN: TOKEN };
    expect(salesforceOptions(env, '--leads salesforce:')).toMatchObject({ instanceUrl: env.SF_INSTANCE_URL, token: TOKEN });
    expect(salesforceOptions({ ...env, SF_API_VERSION: '63.0' }, '--leads salesforce:').version).toBe('63.0');
    expect(() => salesforceOptions({ ...env, SF_INSTANCE_URL: ' ' }, '--leads salesforce:')).toThrow(/SF_INSTANCE_URL is not set/);
    expect(() => salesforceOptions({ ...env, SF_INSTANCE_URL: 'acme.my.salesforce.com' }, '--leads salesforce:')).toThrow(
      /SF_INSTANCE_URL "acme.my.salesforce.com" is not a URL/,
    );
    expect(() => salesforceOptions({ ...env, SF_ACCESS_TOKEN: undefined }, '--leads salesforce:')).toThrow(/SF_ACCESS_TOKEN is not set/);
    expect(() => salesforceOptions({ ...env, SF_API_VERSION: 'latest' }, '--leads salesforce:')).toThrow(/SF_API_VERSION "latest" is not an API version/);
  });
});
