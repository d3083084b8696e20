/**
 * `--leads salesforce:` (issue 14): the leads straight from Salesforce's REST API and Bulk
 * API 2.0, against a local server that answers like them (test/helpers/fake-salesforce.ts).
 * The same leads give the same report as their export, across several pages and through
 * either API; failures are a clear exit 2 naming what to do; the token is printed nowhere.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { CRASH, ensureBuilt, runCli, runCliAsync, type CliRun } from '../helpers/cli.js';
import { REQUEST_LIMIT, startFakeSalesforce, type FakeField, type FakeLead, type FakeSalesforce } from '../helpers/fake-salesforce.js';
import { generateExport } from '../helpers/gen.js';
import { salesforceDataOf } from '../helpers/salesforce-data.js';
import { REPO_ROOT } from '../helpers/paths.js';

const TOKEN = '00D5g000004FAKE!AQ8AQE.fake_session_token_4e1c9b2d7a';
const ZONE = 'Europe/Madrid';
const CONTRACT = join(REPO_ROOT, 'contracts', 'b2b-saas.yaml');
const WHEN = ['--period', '2026-10', '--as-of', '2026-11-03T09:00:00+01:00'];
const dir = mkdtempSync(join(tmpdir(), 'revpact-salesforce-'));
const runs: CliRun[] = [];

let data: { leads: FakeLead[]; fields: FakeField[]; csv: string };
let sf: FakeSalesforce;

async function salesforce(args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  const r = await runCliAsync(args, { env: { SF_INSTANCE_URL: sf.url, SF_ACCESS_TOKEN: TOKEN, ...env } });
  runs.push(r);
  return r;
}

const asFile = (stdout: string) => stdout.split(JSON.stringify('leads.csv')).join(JSON.stringify('salesforce:'));

beforeAll(async () => {
  ensureBuilt();
  const generated = join(dir, 'generated.csv');
  generateExport(generated, { rows: 5200, format: 'salesforce', seed: 14, from: '2026-09-01', days: 75 });
  data = salesforceDataOf(generated, ZONE);
  writeFileSync(join(dir, 'leads.csv'), data.csv);
  sf = await startFakeSalesforce({ token: TOKEN, leads: data.leads, fields: data.fields });
});
afterEach(() => {
  sf.state.faults = [];
  sf.state.requests = [];
});
afterAll(async () => {
  await sf.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('revpact check --leads salesforce:', () => {
  let fromFile: CliRun;
  beforeAll(() => {
    fromFile = runCli(['check', CONTRACT, '--leads', 'leads.csv', '--mapping', 'salesforce', ...WHEN, '--format', 'json'], { cwd: dir });
  });

  it('gives the report the same leads give as a Salesforce export, byte for byte but the input’s name, across REST pages', async () => {
    expect(data.leads.length).toBeGreaterThan(4000);
    expect(fromFile.status, fromFile.stderr).toBe(0);
    const fromApi = await salesforce(['check', CONTRACT, '--leads', 'salesforce:', ...WHEN, '--format', 'json']);
    expect(fromApi.stderr).not.toMatch(CRASH);
    expect(fromApi.status, fromApi.stderr).toBe(0);
    expect(fromApi.stdout).toBe(asFile(fromFile.stdout));
    const report = JSON.parse(fromApi.stdout) as { input: { rows: number } };
    expect(report.input.rows).toBe(data.leads.length);

    // The count first (small org: REST), then a query and its nextRecordsUrl pages of 2,000.
    const asked = sf.state.requests.filter((r) => /\/query(\/|$)/.test(r.path));
    // The users and queues once each, after the count, to tell apart owners who share a name (none here: the query stays as it was).
    const owners = asked.filter((r) => /FROM (User|Group)\b/.test(r.query.get('q') ?? ''));
    expect(owners.map((r) => r.query.get('q'))).toEqual(['SELECT Id, Name, Email FROM User', "SELECT Id, Name, Email FROM Group WHERE Type = 'Queue'"]);
    const queries = asked.filter((r) => !owners.includes(r));
    const first = queries[0]?.query.get('q') ?? '';
    expect(first).toBe('SELECT COUNT() FROM Lead');
    const soql = queries[1]?.query.get('q') ?? '';
    expect(queries.length).toBe(2 + Math.ceil(data.leads.length / 2000) - 1);
    queries.slice(2).forEach((q, i) => expect(q.path).toMatch(new RegExp(`/query/01gFAKE\\d+-${(i + 1) * 2000}$`)));
    expect(queries[1]?.headers['sforce-query-options']).toBe('batchSize=2000');
    // Only the fields the rules read: the owner through its relationship, the custom dates;
    // names and text columns no rule reads are not asked for.
    expect(soql).toMatch(/^SELECT Id, /);
    for (const f of ['Owner.Name', 'CreatedDate', 'MQL_Date__c', 'First_Touch_Date__c', 'ConvertedDate', 'Email']) expect(soql).toContain(f);
    for (const unread of ['FirstName', 'LastName', 'Title', 'Industry', 'Status', 'Rating']) expect(soql).not.toMatch(new RegExp(`\\b${unread}\\b`));
    expect(sf.state.requests.some((r) => r.path.endsWith('/sobjects/Lead/describe'))).toBe(true);
  });

  it('gives the same report through Bulk API 2.0, its CSV pages read through the export’s CSV path', async () => {
    sf.state.bulkPolls = 0; // the CLI waits on the real clock; polling is timed on a fake one below
    const bulk = await salesforce(['check', CONTRACT, '--leads', 'salesforce:bulk', ...WHEN, '--format', 'json']);
    sf.state.bulkPolls = 2;
    expect(bulk.stderr).not.toMatch(CRASH);
    expect(bulk.status, bulk.stderr).toBe(0);
    expect(bulk.stdout).toBe(asFile(fromFile.stdout));
    const jobs = sf.state.requests.filter((r) => r.path.includes('/jobs/query'));
    expect(jobs[0]?.method).toBe('POST');
    expect(jobs.filter((r) => /\/results$/.test(r.path)).length).toBeGreaterThanOrEqual(1);
    expect(jobs.at(-1)?.method).toBe('DELETE');
    expect(sf.state.requests.some((r) => /\/v[\d.]+\/query$/.test(r.path) && /FROM Lead\b/.test(r.query.get('q') ?? ''))).toBe(false);
  });

  it('names salesforce: as the input in the text report, and reads the API on the DuckDB engine too', async () => {
    // jsforce's debug logging asked for: still no token anywhere (the last test reads every run's output).
    const text = await salesforce(['check', CONTRACT, '--leads', 'salesforce:rest', ...WHEN], { JSFORCE_LOG_LEVEL: 'DEBUG' });
    expect(text.status, text.stderr).toBe(0);
    expect(text.stdout).toContain('salesforce:');
    const duck = await salesforce(['check', CONTRACT, '--leads', 'salesforce:', ...WHEN, '--format', 'json', '--engine', 'duckdb']);
    expect(duck.status, duck.stderr).toBe(0);
    expect((JSON.parse(duck.stdout) as { input: unknown }).input).toEqual((JSON.parse(asFile(fromFile.stdout)) as { input: unknown }).input);
  });

  it('waits out a 429 from a gateway in front of Salesforce by its Retry-After, and says whose limit it is when it persists', async () => {
    const proxy = '<html><body><h1>429 Too Many Requests</h1></body></html>';
    // Once, on the second page (after the count, the users, the queues and the first page): the read goes on after the wait, and the report is the export's.
    sf.state.faults.push({ path: /\/query/, status: 429, raw: proxy, headers: { 'retry-after': '0' }, skip: 4 });
    const once = await salesforce(['check', CONTRACT, '--leads', 'salesforce:', ...WHEN, '--format', 'json']);
    expect(once.stderr).not.toMatch(CRASH);
    expect(once.status, once.stderr).toBe(0);
    expect(sf.state.faults[0]?.times).toBe(0);
    expect(once.stdout).toBe(asFile(fromFile.stdout));
    expect(sf.state.requests.filter((r) => /\/query\/01gFAKE\d+-2000$/.test(r.path))).toHaveLength(2);

    sf.state.faults = [{ path: /\/query/, status: 429, raw: proxy, headers: { 'retry-after': '0' }, times: 50 }];
    const always = await salesforce(['check', CONTRACT, '--leads', 'salesforce:', ...WHEN]);
    expect(always.status).toBe(2);
    expect(always.stderr).toContain('something in front of Salesforce limits the rate of requests');
    expect(always.stderr).toContain('after 5 attempts');
    expect(always.stderr).toContain('REQUEST_LIMIT_EXCEEDED');
    expect(always.stderr).toContain('a proxy or API gateway');
    expect(always.stderr).not.toMatch(CRASH);
    expect(50 - (sf.state.faults[0]?.times ?? 0)).toBe(5);

    // A wait of minutes is said at once rather than hanging a CI job.
    sf.state.faults = [{ path: /\/query/, status: 429, raw: proxy, headers: { 'retry-after': '900' }, times: 50 }];
    const long = await salesforce(['check', CONTRACT, '--leads', 'salesforce:', ...WHEN]);
    expect(long.status).toBe(2);
    expect(long.stderr).toContain('asks to wait 15 minutes');
    expect(50 - (sf.state.faults[0]?.times ?? 0)).toBe(1);
  });

  it('lists what falls due and simulates a change from the API', async () => {
    const due = await salesforce(['due', CONTRACT, '--leads', 'salesforce:', '--within', '2bh', '--as-of', '2026-11-03T09:00:00+01:00', '--format', 'json']);
    expect(due.status, due.stderr).toBe(0);
    const dueFile = runCli(
      ['due', CONTRACT, '--leads', 'leads.csv', '--mapping', 'salesforce', '--within', '2bh', '--as-of', '2026-11-03T09:00:00+01:00', '--format', 'json'],
      { cwd: dir },
    );
    expect(due.stdout).toBe(dueFile.stdout);
    const diff = await salesforce(['diff', CONTRACT, CONTRACT, '--leads', 'salesforce:', ...WHEN, '--format', 'json']);
    expect(diff.status, diff.stderr).toBe(0);
    expect(diff.stdout).toContain('salesforce:');
  });
});

// Owner.Name is the name the export writes: two users named alike were one owner in the breakdown, in due and in notify.
describe('revpact check --leads salesforce: with two owners who share a name', () => {
  const owners = () => {
    const byId = new Map<string, string>();
    for (const l of data.leads) if (typeof l['OwnerId'] === 'string') byId.set(l['OwnerId'], String(l['Owner.Name']));
    return [...byId].map(([Id, Name], i) => ({ Id, Name, Email: `owner${i}@planfold.example` }));
  };
  let moved: FakeLead[] = [];
  let name = '';
  beforeAll(() => {
    const users = owners();
    const first = users[0] as { Id: string; Name: string; Email: string };
    name = first.Name;
    // Someone else of the same name owns every other of that owner's leads.
    const namesake = { Id: '005FAKE99999999AAA', Name: name, Email: 'namesake@sevilla.planfold.example' };
    moved = data.leads.filter((l) => l['OwnerId'] === first.Id).filter((_, i) => i % 2 === 1);
    for (const l of moved) l['OwnerId'] = namesake.Id;
    sf.state.users = [...users, namesake];
    sf.state.queues = [{ Id: '00GFAKE00000001AAA', Name: 'Inbound queue', Email: null }];
  });
  afterAll(() => {
    for (const l of moved) l['OwnerId'] = sf.state.users[0]?.Id ?? null;
    sf.state.users = [];
    sf.state.queues = [];
  });

  it.each(['salesforce:rest', 'salesforce:bulk'])('names each with their e-mail address in the breakdown by owner, and says so once (%s)', async (leads) => {
    const r = await salesforce(['check', CONTRACT, '--leads', leads, ...WHEN, '--format', 'json', '--show-pii']);
    expect(r.stderr).not.toMatch(CRASH);
    expect(r.status, r.stderr).toBe(0);
    const said = r.stderr.split('\n').filter((l) => l.includes('owners are named'));
    expect(said).toEqual([
      `revpact: warning: salesforce: 2 owners are named "${name}" (owner ids ${String(sf.state.users[0]?.Id)}, 005FAKE99999999AAA): to keep their leads apart, each is named "${name} <their e-mail address>" ` +
        `in the report, due and notify ("${name} (owner <id>)" when the CRM has no address for them); in people:, give each member their e-mail address (email:) so notify routes each one's leads, or rename one in Salesforce (Setup → Users)`,
    ]);
    const report = JSON.parse(r.stdout) as { breakdowns: { owner: { key: string; leads: number }[] } };
    const keys = report.breakdowns.owner.map((o) => o.key);
    expect(keys).toContain(`${name} <owner0@planfold.example>`);
    expect(keys).toContain(`${name} <namesake@sevilla.planfold.example>`);
    expect(keys).not.toContain(name);
    // The others keep the name Salesforce gives them, and the query asked for OwnerId only to tell the two apart.
    expect(keys).toContain(sf.state.users[1]?.Name);
  });

  it('leaves the names as Salesforce gives them, saying why, when the user may not read users', async () => {
    sf.state.usersRefused = { status: 400, errorCode: 'INVALID_TYPE' };
    try {
      const r = await salesforce(['check', CONTRACT, '--leads', 'salesforce:rest', ...WHEN, '--format', 'json', '--show-pii']);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stderr).toMatch(
        /^revpact: warning: salesforce: could not read the org's users to tell apart owners who share a name \(.+\); two people with one name are one owner/m,
      );
      expect((JSON.parse(r.stdout) as { breakdowns: { owner: { key: string }[] } }).breakdowns.owner.map((o) => o.key)).toContain(name);
      // A limit used up is no missing permission: it stops the read, as anywhere else.
      sf.state.usersRefused = { status: 403, errorCode: 'REQUEST_LIMIT_EXCEEDED' };
      const limit = await salesforce(['check', CONTRACT, '--leads', 'salesforce:rest', ...WHEN]);
      expect(limit.status).toBe(2);
      expect(limit.stderr).toContain("the org's API request limit is used up");
    } finally {
      delete sf.state.usersRefused;
    }
  });
});

describe('revpact check --leads salesforce: refuses clearly', () => {
  it('asks for SF_ACCESS_TOKEN and SF_INSTANCE_URL when they are not set, before calling anyone', async () => {
    const noToken = await salesforce(['check', CONTRACT, '--leads', 'salesforce:', ...WHEN], { SF_ACCESS_TOKEN: '' });
    expect(noToken.status).toBe(2);
    expect(noToken.stderr).toMatch(/SF_ACCESS_TOKEN is not set/);
    expect(noToken.stderr).toContain('sf org display');
    const noUrl = await salesforce(['check', CONTRACT, '--leads', 'salesforce:', ...WHEN], { SF_INSTANCE_URL: '' });
    expect(noUrl.status).toBe(2);
    expect(noUrl.stderr).toMatch(/SF_INSTANCE_URL is not set/);
    expect(sf.state.requests).toEqual([]);
  });

  it('says a rejected or expired token is one, and how to get a new one', async () => {
    const r = await salesforce(['check', CONTRACT, '--leads', 'salesforce:', ...WHEN], { SF_ACCESS_TOKEN: '00Dwrong!token' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('SF_ACCESS_TOKEN was rejected: the token is expired or invalid');
    expect(r.stderr).toContain('INVALID_SESSION_ID');
    expect(r.stderr).toContain('sf org display');
    expect(r.stderr).not.toContain('00Dwrong!token');
    expect(r.stderr).not.toMatch(CRASH);
  });

  it('says what to do when the org’s daily API limit is used up', async () => {
    sf.state.faults.push({ path: /\/query$/, status: 403, body: REQUEST_LIMIT });
    const r = await salesforce(['check', CONTRACT, '--leads', 'salesforce:', ...WHEN]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain("the org's API request limit is used up");
    expect(r.stderr).toContain('REQUEST_LIMIT_EXCEEDED');
    expect(r.stderr).toMatch(/24 hours.*salesforce:bulk/);
    expect(r.stderr).not.toMatch(CRASH);
  });

  it('names a mapping column no Lead field holds, with the nearest field', async () => {
    const mapping = join(dir, 'typo.mapping.yaml');
    writeFileSync(mapping, 'apiVersion: revpact/v1\nkind: mapping\nextends: salesforce\ncolumns:\n  MQL_Dat__c: mqlAt\n');
    const r = await salesforce(['check', CONTRACT, '--leads', 'salesforce:', '--mapping', mapping, ...WHEN]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('Salesforce has no Lead field MQL_Dat__c');
    expect(r.stderr).toContain('did you mean MQL_Date__c?');
    expect(r.stderr).not.toMatch(CRASH);
  });

  it('refuses a mapping that joins Contacts or Opportunities, saying what it reads', async () => {
    const mapping = join(dir, 'join.mapping.yaml');
    writeFileSync(
      mapping,
      'apiVersion: revpact/v1\nkind: mapping\nextends: salesforce\njoin:\n  - name: opportunities\n    key: Lead ID\n    aggregate:\n      - { field: dealAmount, op: sum, column: Amount }\n',
    );
    const r = await salesforce(['check', CONTRACT, '--leads', 'salesforce:', '--mapping', mapping, ...WHEN]);
    expect(r.stderr).not.toMatch(CRASH);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('joins files, which --leads salesforce: does not read');
    expect(r.stderr).toContain('not Contacts or Opportunities');
  });

  it('refuses salesforce: beside another --leads, and an unknown reading mode', async () => {
    const two = await salesforce(['check', CONTRACT, '--leads', 'salesforce:', '--leads', 'leads.csv', ...WHEN]);
    expect(two.status).toBe(2);
    expect(two.stderr).toContain('salesforce: reads all the org');
    const odd = await salesforce(['check', CONTRACT, '--leads', 'salesforce:soap', ...WHEN]);
    expect(odd.status).toBe(2);
    expect(odd.stderr).toContain('salesforce:rest, salesforce:bulk');
  });

  it('prints the token nowhere', () => {
    expect(runs.length).toBeGreaterThan(8);
    for (const r of runs) {
      expect(r.stdout).not.toContain(TOKEN);
      expect(r.stderr).not.toContain(TOKEN);
    }
  });
});
