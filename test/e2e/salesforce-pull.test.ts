/**
 * `revpact pull salesforce` and `revpact push salesforce` (issue 14) against the local
 * Salesforce server: the pulled file gives the report `--leads salesforce:` gives; a
 * second pull fetches only the leads changed since (SystemModstamp) and drops the deleted
 * ones; push is a dry run by default and then sends only the changed leads, 200 a call.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSalesforceSource } from '../../src/leads/crm/salesforce/index.js';
import type { Lead, Rejection } from '../../src/leads/lead.js';
import { presetMapping, withDefaultTimeZone } from '../../src/leads/mapping/index.js';
import { connectPostgres, type PostgresRunner } from '../../src/sql/postgres/client.js';
import { CRASH, ensureBuilt, runCliAsync, type CliRun } from '../helpers/cli.js';
import { sfError, startFakeSalesforce, type FakeLead, type FakeSalesforce } from '../helpers/fake-salesforce.js';
import { generateExport } from '../helpers/gen.js';
import { contractZone, describePostgres, dropTables, leadDifferences, readBack, uniqueTable } from '../helpers/postgres.js';
import { REPO_ROOT } from '../helpers/paths.js';
import { salesforceDataOf } from '../helpers/salesforce-data.js';

const TOKEN = '00D5g000004PULL!AQ8AQE.fake_session_token_pull_7f3a';
const CONTRACT = join(REPO_ROOT, 'contracts', 'b2b-saas.yaml');
const WHEN = ['--period', '2026-10', '--as-of', '2026-11-03T09:00:00+01:00'];
const FIELD = 'revpact_First_Touch__c';
const dir = mkdtempSync(join(tmpdir(), 'revpact-sf-pull-'));
const runs: CliRun[] = [];
let sf: FakeSalesforce;

async function cli(args: string[]): Promise<CliRun> {
  const r = await runCliAsync(args, { cwd: dir, env: { SF_INSTANCE_URL: sf.url, SF_ACCESS_TOKEN: TOKEN } });
  expect(r.stderr).not.toMatch(CRASH);
  runs.push(r);
  return r;
}

const report = async (leads: string) => {
  const r = await cli(['check', CONTRACT, '--leads', leads, '--mapping', 'salesforce', ...WHEN, '--format', 'json']);
  expect(r.status, r.stderr).toBe(0);
  // The numbers, without the input's name.
  const json = JSON.parse(r.stdout) as Record<string, unknown> & { input: Record<string, unknown> };
  delete json.input['files'];
  return json;
};

beforeAll(async () => {
  ensureBuilt();
  const generated = join(dir, 'generated.csv');
  generateExport(generated, { rows: 4300, format: 'salesforce', seed: 41, from: '2026-09-01', days: 75 });
  const data = salesforceDataOf(generated, 'Europe/Madrid');
  rmSync(generated);
  sf = await startFakeSalesforce({
    token: TOKEN,
    leads: data.leads.map((l) => ({ ...l, [FIELD]: null })),
    fields: [...data.fields, { name: FIELD, label: 'revpact First Touch', type: 'string', updateable: true }],
  });
});
afterAll(async () => {
  await sf?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('revpact pull salesforce', () => {
  it('writes a 0600 file whose report equals the one read straight from the API, and merges what changed since on the next pull', async () => {
    const pulled = await cli(['pull', 'salesforce', '--contract', CONTRACT, '--out', 'leads.ndjson']);
    expect(pulled.status, pulled.stderr).toBe(0);
    expect(statSync(join(dir, 'leads.ndjson')).mode & 0o777).toBe(0o600);
    const lines = readFileSync(join(dir, 'leads.ndjson'), 'utf8').trim().split('\n');
    expect(lines.length).toBe(sf.state.leads.length + 1);
    // Data minimization: only the columns the contract's rules read, not every field the org has.
    expect(Object.keys(JSON.parse(lines[1] as string) as object).length).toBeLessThan(sf.state.fields.length - 3);
    expect(await report('leads.ndjson')).toEqual(await report('salesforce:'));

    // Ten leads change, one is deleted; the next pull asks only for those.
    const now = new Date().toISOString().replace('Z', '+0000');
    const changed = sf.state.leads.slice(100, 110);
    for (const lead of changed) {
      lead['Status'] = 'Unqualified';
      lead['SystemModstamp'] = now;
    }
    const gone = sf.state.leads[200] as FakeLead;
    gone['IsDeleted'] = true;
    gone['SystemModstamp'] = now;
    sf.state.requests = [];
    const again = await cli(['pull', 'salesforce', '--contract', CONTRACT, '--out', 'leads.ndjson']);
    expect(again.status, again.stderr).toBe(0);
    const soql = sf.state.requests.filter((q) => /\/query$/.test(q.path)).map((q) => q.query.get('q') ?? '');
    expect(soql.some((q) => q.includes('WHERE SystemModstamp >'))).toBe(true);
    const merged = readFileSync(join(dir, 'leads.ndjson'), 'utf8').trim().split('\n');
    expect(merged.length).toBe(sf.state.leads.length);
    expect(merged.some((l) => l.includes(String(gone['Id'])))).toBe(false);
    expect(await report('leads.ndjson')).toEqual(await report('salesforce:'));
    for (const r of runs) expect(r.stdout + r.stderr).not.toContain(TOKEN);
  }, 120_000);

  it('tells apart two owners who share a name as --leads salesforce: does: the file gives the same report', async () => {
    // Every owner a user with an address; someone else of the first one's name owns every other of that owner's leads.
    const byId = new Map<string, string>();
    for (const l of sf.state.leads) if (typeof l['OwnerId'] === 'string') byId.set(l['OwnerId'], String(l['Owner.Name']));
    const users = [...byId].map(([Id, Name], i) => ({ Id, Name, Email: `owner${i}@planfold.example` }));
    const first = users[0] as { Id: string; Name: string };
    const namesake = { Id: '005FAKE99999999PUL', Name: first.Name, Email: 'namesake@sevilla.planfold.example' };
    const moved = sf.state.leads.filter((l) => l['OwnerId'] === first.Id).filter((_, i) => i % 2 === 1);
    for (const l of moved) l['OwnerId'] = namesake.Id;
    sf.state.users = [...users, namesake];
    try {
      const pulled = await cli(['pull', 'salesforce', '--contract', CONTRACT, '--out', 'namesakes.ndjson']);
      expect(pulled.status, pulled.stderr).toBe(0);
      expect(pulled.stderr.split('\n').filter((l) => l.includes('owners are named'))).toEqual([
        expect.stringContaining(`revpact: warning: salesforce: 2 owners are named "${first.Name}" (owner ids ${first.Id}, ${namesake.Id})`),
      ]);
      const file = readFileSync(join(dir, 'namesakes.ndjson'), 'utf8');
      expect(file).toContain(JSON.stringify(`${first.Name} <namesake@sevilla.planfold.example>`));
      expect(file).toContain(JSON.stringify(`${first.Name} <owner0@planfold.example>`));
      // Before: the file wrote both as one name, and its breakdown by owner was not the API's.
      expect(await report('namesakes.ndjson')).toEqual(await report('salesforce:'));
    } finally {
      for (const l of moved) l['OwnerId'] = first.Id;
      sf.state.users = [];
    }
  }, 120_000);

  it('says which date the rules measure the org has no field for, instead of leaving it out silently', async () => {
    const fields = sf.state.fields;
    const touch = fields.filter((f) => f.label === 'First Touch Date');
    expect(touch.length).toBe(1);
    sf.state.fields = fields.filter((f) => f.label !== 'First Touch Date');
    try {
      const r = await cli(['pull', 'salesforce', '--contract', CONTRACT, '--out', 'no-touch.ndjson']);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stderr).toContain(`revpact: note: salesforce has nothing for firstTouchAt (no Lead field ${touch[0]?.name} for the column "First Touch Date")`);
      expect(r.stderr).toContain('the pull file goes without them');
    } finally {
      sf.state.fields = fields;
    }
  }, 60_000);

  it('says a describe that is not the Lead’s, or a page holding a record that is no object, instead of crashing or missing every field', async () => {
    for (const [path, body, said] of [
      [/\/describe$/, {}, "Salesforce's GET /sobjects/Lead/describe answered something that is not the Lead object's description ({})"],
      [/\/describe$/, { fields: {} }, 'not the Lead object\'s description ({"fields":{}})'],
      [/\/describe$/, { fields: [null] }, 'not the Lead object\'s description ({"fields":[null]})'],
      [/\/query$/, { totalSize: 1, done: true, records: [null] }, "Salesforce's query answered something that is not a page of records"],
      // Before: written with an empty id, which check then rejected as "missing id".
      [
        /\/query$/,
        { totalSize: 1, done: true, records: [{ attributes: { type: 'Lead' }, Status: 'Open' }] },
        "Salesforce's query answered a Lead record without its Id",
      ],
    ] as const) {
      // A query's fault is the Lead query's: the org's users and queues are asked first (owners who share a name).
      sf.state.faults = [{ path, status: 200, body, ...(path.source === /\/query$/.source ? { skip: 2 } : {}) }];
      const r = await cli(['pull', 'salesforce', '--contract', CONTRACT, '--out', 'odd.ndjson']);
      expect(r.status, r.stderr).toBe(2);
      expect(r.stderr).toContain(said);
      expect(existsSync(join(dir, 'odd.ndjson'))).toBe(false);
    }
    sf.state.faults = [];
  });
});

describe('revpact push salesforce', () => {
  it('says a query page that is not one, or that promises more records without a link, instead of crashing or dropping them', async () => {
    const before = existsSync(join(dir, 'leads.ndjson')) ? readFileSync(join(dir, 'leads.ndjson')) : undefined;
    for (const [body, said] of [
      [{}, "Salesforce's query answered something that is not a page of records ({})"],
      [
        { totalSize: 5000, done: false, records: [] },
        "Salesforce's query answered that more records follow (done: false) but gave no nextRecordsUrl to read them",
      ],
    ] as const) {
      sf.state.faults.push({ path: /\/query$/, status: 200, body });
      const r = await cli(['pull', 'salesforce', '--contract', CONTRACT, '--out', 'leads.ndjson', '--full']);
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(said);
      sf.state.faults.length = 0;
    }
    if (before) expect(readFileSync(join(dir, 'leads.ndjson')).equals(before)).toBe(true);
  });

  it('says what would change, then sends only the changed leads, 200 a call, that field only', async () => {
    const checked = await cli(['check', CONTRACT, '--leads', 'salesforce:', ...WHEN, '--per-lead', 'verdicts.csv', '--format', 'json']);
    expect(checked.status, checked.stderr).toBe(0);
    const verdicts = new Map(
      readFileSync(join(dir, 'verdicts.csv'), 'utf8')
        .trim()
        .split('\r\n')
        .slice(1)
        .map((l) => l.split(','))
        .filter((cells) => cells[1] === 'first-touch')
        .map((cells) => [cells[0] as string, cells[2] as string]),
    );
    expect(verdicts.size).toBeGreaterThan(250);
    // A quarter of the leads hold their verdict already.
    const byId = new Map(sf.state.leads.map((l) => [String(l['Id']), l]));
    const ids = [...verdicts.keys()];
    const same = new Set(ids.filter((_, i) => i % 4 === 0));
    for (const id of same) (byId.get(id) as FakeLead)[FIELD] = verdicts.get(id) as string;
    const changed = ids.filter((id) => !same.has(id));
    const patches = () =>
      sf.state.requests.filter((q) => q.method === 'PATCH').map((q) => JSON.parse(q.body) as { allOrNone: boolean; records: Record<string, unknown>[] });

    sf.state.requests = [];
    const dry = await cli(['push', 'salesforce', '--per-lead', 'verdicts.csv', '--property', FIELD, '--rule', 'first-touch']);
    expect(dry.status, dry.stderr).toBe(0);
    expect(dry.stdout).toContain(`${changed.length.toLocaleString('en-US')} of ${verdicts.size.toLocaleString('en-US')} leads would change`);
    expect(patches()).toEqual([]);

    const applied = await cli(['push', 'salesforce', '--per-lead', 'verdicts.csv', '--property', FIELD, '--rule', 'first-touch', '--apply']);
    expect(applied.status, applied.stderr).toBe(0);
    const sent = patches();
    expect(sent.length).toBeGreaterThan(0);
    expect(sent.every((p) => p.records.length <= 200 && p.allOrNone === false)).toBe(true);
    const records = sent.flatMap((p) => p.records);
    expect(records.map((r) => String(r['id'])).sort()).toEqual([...changed].sort());
    for (const r of records) expect(Object.keys(r).sort()).toEqual(['attributes', 'id', FIELD]);
    for (const id of changed) expect((byId.get(id) as FakeLead)[FIELD]).toBe(verdicts.get(id));

    // A token refused on the first update stops the push: every batch would be refused alike.
    for (const id of changed) (byId.get(id) as FakeLead)[FIELD] = null;
    sf.state.requests = [];
    sf.state.faults.push({ path: /\/composite\/sobjects$/, status: 401, body: sfError('INVALID_SESSION_ID', 'Session expired or invalid'), times: 100 });
    const expired = await cli(['push', 'salesforce', '--per-lead', 'verdicts.csv', '--property', FIELD, '--rule', 'first-touch', '--apply']);
    expect(expired.status).toBe(2);
    expect(expired.stderr).toContain('SF_ACCESS_TOKEN was rejected');
    expect(sf.state.requests.filter((q) => q.method === 'PATCH')).toHaveLength(1);
    sf.state.faults.length = 0;

    const missing = await cli(['push', 'salesforce', '--per-lead', 'verdicts.csv', '--property', 'revpact_Nope__c', '--rule', 'first-touch']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('salesforce has no Lead field revpact_Nope__c; revpact does not create properties');
    expect(missing.stderr).toContain('Setup → Object Manager → Lead');
    for (const r of runs) expect(r.stdout + r.stderr).not.toContain(TOKEN);
  }, 120_000);
});

// `load --leads salesforce:` was looked for as a file: "cannot read salesforce:: no such file".
describePostgres('revpact load --leads salesforce: (PostgreSQL)', (url) => {
  const table = uniqueTable('salesforce_api');
  let db: PostgresRunner;
  beforeAll(async () => {
    db = await connectPostgres(url);
  });
  afterAll(async () => {
    await dropTables(db, [table]);
    await db?.close();
  });

  it('loads the leads read from the API: the table holds what the Salesforce source streams', async () => {
    const r = await cli(['load', '--db', url, '--leads', 'salesforce:', '--contract', CONTRACT, '--table', table]);
    expect(r.status, r.stderr).toBe(0);
    const source = openSalesforceSource(withDefaultTimeZone(presetMapping('salesforce'), contractZone(CONTRACT)), {
      instanceUrl: sf.url,
      token: TOKEN,
      sleep: () => Promise.resolve(),
    });
    const leads: Lead[] = [];
    const rejections: Rejection[] = [];
    for await (const item of source.items)
      if (item.kind === 'lead') leads.push(item.lead);
      else rejections.push(item.rejection);
    const got = await readBack(db, table);
    expect(leads.length).toBeGreaterThan(4000);
    expect(leadDifferences(leads, got.leads)).toEqual([]);
    expect(got.rejections.length).toBe(rejections.length);
    expect(r.stdout).toContain(`loaded ${leads.length.toLocaleString('en-US')} leads into ${table}`);
  }, 60_000);

  it('names SF_ACCESS_TOKEN before touching the database when it is not set', async () => {
    const r = await runCliAsync(['load', '--db', url, '--leads', 'salesforce:', '--table', table], {
      cwd: dir,
      env: { SF_INSTANCE_URL: sf.url, SF_ACCESS_TOKEN: '' },
    });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/SF_ACCESS_TOKEN is not set/);
    expect(r.stderr).not.toMatch(CRASH);
  });
});
