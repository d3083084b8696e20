/**
 * `revpact pull hubspot` (issue 14) against a local server that answers like HubSpot's CRM
 * v3 API (test/helpers/fake-hubspot.ts): the pulled file gives the report the API gives;
 * the next pull fetches only what changed, through the search endpoint windowed under its
 * 10,000-result cap, and merges it by id; a failure leaves the previous file whole; the
 * limits are paced on an injected clock; the token is printed nowhere.
 */
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { pull, type PullRequest } from '../../src/app/pull.js';
import { hubspotSession, internalName, openHubSpotSource } from '../../src/leads/crm/hubspot/index.js';
import type { Lead, Rejection } from '../../src/leads/lead.js';
import { presetMapping, withDefaultTimeZone } from '../../src/leads/mapping/index.js';
import { connectPostgres, type PostgresRunner } from '../../src/sql/postgres/client.js';
import { CRASH, ensureBuilt, runCliAsync, type CliRun } from '../helpers/cli.js';
import { contactsFromExport, missingScope, startFakeHubSpot, type FakeContact, type FakeHubSpot, type FakeOwner } from '../helpers/fake-hubspot.js';
import { parseCsv, toInstant } from '../helpers/hubspot-data.js';
import { generateExport } from '../helpers/gen.js';
import { contractZone, describePostgres, dropTables, leadDifferences, readBack, uniqueTable } from '../helpers/postgres.js';
import { REPO_ROOT } from '../helpers/paths.js';

const TOKEN = 'pat-na1-7f00d5e1-2b3c-4d5e-8f90-pull7ok3n';
const ZONE = 'Europe/Madrid';
const CONTRACT = join(REPO_ROOT, 'contracts', 'b2b-saas.yaml');
const WHEN = ['--period', '2026-10', '--as-of', '2026-11-03T09:00:00+01:00'];
const dir = mkdtempSync(join(tmpdir(), 'revpact-pull-'));
const runs: CliRun[] = [];

let data: { contacts: FakeContact[]; owners: FakeOwner[]; properties: { name: string; label: string }[]; csv: string };
let hub: FakeHubSpot;
const env = () => ({ HUBSPOT_TOKEN: TOKEN, HUBSPOT_API_URL: hub.url });

async function cli(args: string[], extra: Record<string, string> = {}): Promise<CliRun> {
  const r = await runCliAsync(args, { cwd: dir, env: { ...env(), ...extra } });
  runs.push(r);
  return r;
}

/** The fake clock: `sleep` advances `now` and records the wait; nothing sleeps for real. */
function fakeClock(start = Date.now()) {
  let now = start;
  const waits: number[] = [];
  return {
    waits,
    now: () => now,
    sleep: (ms: number) => {
      waits.push(ms);
      now += ms;
      return Promise.resolve();
    },
  };
}

function request(over: Partial<PullRequest>): PullRequest {
  const clock = fakeClock();
  return {
    crm: 'hubspot',
    cwd: dir,
    out: 'pulled.ndjson',
    since: undefined,
    contract: CONTRACT,
    mapping: undefined,
    by: [],
    full: false,
    env: env(),
    clock: { sleep: clock.sleep, now: clock.now },
    warn: () => undefined,
    ...over,
  };
}

const lines = (file: string) => readFileSync(join(dir, file), 'utf8').trimEnd().split('\n');
const ids = (file: string) =>
  lines(file)
    .slice(1)
    .map((l) => String((JSON.parse(l) as Record<string, unknown>)['Record ID']));
const reportOf = (r: CliRun, input: string) => r.stdout.split(JSON.stringify(input)).join('"INPUT"');

/** A fresh copy of the generated contacts, so one test's edits do not leak into the next. */
function reset(): void {
  hub.state.contacts = data.contacts.map((c) => ({ id: c.id, properties: { ...c.properties } }));
  hub.state.faults = [];
  hub.state.requests = [];
  hub.state.rateLimit = { max: 190 };
  hub.state.searchCap = 10_000;
  delete hub.state.beforeSearch;
}

beforeAll(async () => {
  ensureBuilt();
  const generated = join(dir, 'generated.csv');
  generateExport(generated, { rows: 2500, format: 'hubspot', seed: 41, from: '2026-09-01', days: 75 });
  data = contactsFromExport(readFileSync(generated, 'utf8'), ZONE, internalName, parseCsv, toInstant);
  hub = await startFakeHubSpot({ token: TOKEN, contacts: [], owners: data.owners, properties: data.properties });
});
beforeEach(reset);
afterEach(() => rmSync(join(dir, 'pulled.ndjson'), { force: true }));
afterAll(async () => {
  await hub.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('revpact pull hubspot', () => {
  it('writes a file whose report is the API’s, byte for byte but the input’s name; only the columns the contract needs; mode 0600', async () => {
    const r = await cli(['pull', 'hubspot', '--contract', CONTRACT, '--out', 'pulled.ndjson']);
    expect(r.stderr).not.toMatch(CRASH);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^pulled 2,\d{3} records from hubspot into pulled\.ndjson \(full, \d+ columns/);
    expect(statSync(join(dir, 'pulled.ndjson')).mode & 0o777).toBe(0o600);

    const [first, ...records] = lines('pulled.ndjson');
    const header = (JSON.parse(first as string) as Record<string, { columns: string[]; crm: string; since: null; pulledAt: string }>)['#revpact-pull'];
    expect(header?.crm).toBe('hubspot');
    expect(header?.since).toBeNull();
    expect(Math.abs(Date.parse(header?.pulledAt ?? '') - Date.now())).toBeLessThan(60_000);
    expect(records.length).toBe(hub.state.contacts.length);
    // Data minimization: the names, job titles and industries no rule reads are not there; what the handoff needs is.
    const columns = header?.columns ?? [];
    expect(Object.keys(JSON.parse(records[0] as string) as object)).toEqual(columns);
    for (const absent of ['First Name', 'Last Name', 'Job Title', 'Industry', 'Lead Status']) expect(columns).not.toContain(absent);
    for (const present of ['Record ID', 'Contact owner', 'Email', 'Lifecycle Stage']) expect(columns).toContain(present);
    const asked = (hub.state.requests.find((q) => q.path === '/crm/v3/objects/contacts')?.query.get('properties') ?? '').split(',');
    expect(asked).not.toContain('firstname');

    const fromFile = await cli(['check', CONTRACT, '--leads', 'pulled.ndjson', '--mapping', 'hubspot', ...WHEN, '--format', 'json']);
    const fromApi = await cli(['check', CONTRACT, '--leads', 'hubspot:', ...WHEN, '--format', 'json']);
    expect(fromFile.status, fromFile.stderr).toBe(0);
    expect(fromApi.status, fromApi.stderr).toBe(0);
    expect(reportOf(fromFile, 'pulled.ndjson')).toBe(reportOf(fromApi, 'hubspot:'));
  }, 120_000);

  it('pulls only what changed since the last pull, through the search endpoint, and merges it by id: updated replaced, archived removed, new appended', async () => {
    const first = await pull(request({}));
    expect(first.ok).toBe(true);
    const before = lines('pulled.ndjson');
    const contacts = hub.state.contacts;
    const now = new Date().toISOString();
    const [a, b, c, d] = [contacts[10], contacts[500], contacts[1200], contacts[1201]] as [FakeContact, FakeContact, FakeContact, FakeContact];
    a.properties['hs_lifecyclestage_salesqualifiedlead_date'] = '2026-10-20T10:00:00.000Z';
    a.properties['lastmodifieddate'] = now;
    b.properties['hubspot_owner_id'] = data.owners[0]?.id ?? null;
    b.properties['lastmodifieddate'] = now;
    c.archivedAt = now;
    d.archivedAt = now;
    const fresh = { id: '99999999', properties: { ...(contacts[20] as FakeContact).properties, lastmodifieddate: now } };
    contacts.push(fresh);
    hub.state.requests = [];

    const second = await pull(request({}));
    expect(second.ok && second.kind).toBe('incremental');
    if (!second.ok) return;
    expect(second.fetched).toBe(3);
    expect(second.removed).toBe(2);
    // No list of every contact: one search (it asked from the last pull's start, less the overlap), the archived ones listed.
    const searches = hub.state.requests.filter((q) => q.path === '/crm/v3/objects/contacts/search');
    expect(searches.length).toBe(1);
    const filters = (searches[0]?.body as { filterGroups: { filters: { propertyName: string; operator: string; value: string }[] }[] }).filterGroups[0]
      ?.filters;
    const pulledAt = Date.parse(first.ok ? first.header.pulledAt : '');
    expect(filters).toContainEqual({ propertyName: 'lastmodifieddate', operator: 'GTE', value: String(pulledAt - 5 * 60_000) });
    expect(hub.state.requests.filter((q) => q.path === '/crm/v3/objects/contacts' && q.query.get('archived') !== 'true')).toEqual([]);

    const after = ids('pulled.ndjson');
    expect(after).not.toContain(c.id);
    expect(after).not.toContain(d.id);
    expect(after.at(-1)).toBe('99999999');
    expect(after.length).toBe(before.length - 1 - 2 + 1);
    const line = (id: string) => lines('pulled.ndjson').find((l) => l.includes(`"Record ID":"${id}"`)) as string;
    expect(line(a.id)).not.toBe(before.find((l) => l.includes(`"Record ID":"${a.id}"`)));
    const owner = data.owners[0] as FakeOwner;
    expect((JSON.parse(line(b.id)) as Record<string, unknown>)['Contact owner']).toBe(`${owner.firstName} ${owner.lastName}`);
    // The same place in the file: the order of the API's list.
    expect(after.indexOf(a.id)).toBe(10);

    // And the merged file still gives the API's report.
    const fromFile = await cli(['check', CONTRACT, '--leads', 'pulled.ndjson', '--mapping', 'hubspot', ...WHEN, '--format', 'json']);
    const fromApi = await cli(['check', CONTRACT, '--leads', 'hubspot:', ...WHEN, '--format', 'json']);
    expect(fromFile.status, fromFile.stderr).toBe(0);
    expect(reportOf(fromFile, 'pulled.ndjson')).toBe(reportOf(fromApi, 'hubspot:'));
  }, 120_000);

  it('drops contacts merged into another from the file: neither listed nor archived, only the contact they became names them', async () => {
    expect((await pull(request({}))).ok).toBe(true);
    const contacts = hub.state.contacts;
    const [a, b, c, d] = [contacts[30], contacts[31], contacts[32], contacts[33]] as [FakeContact, FakeContact, FakeContact, FakeContact];
    const now = new Date().toISOString();
    // A and B merged into a new contact with a new id (as HubSpot merges now); C into D the
    // old way, D keeping its id. The merged-away contacts leave every list, archived ones too.
    const merged = { id: '88888888', properties: { ...a.properties, lastmodifieddate: now, hs_merged_object_ids: `${a.id};${b.id}` } };
    d.properties['hs_merged_object_ids'] = c.id;
    d.properties['lastmodifieddate'] = now;
    hub.state.contacts = [...contacts.filter((x) => x !== a && x !== b && x !== c), merged];
    const second = await pull(request({}));
    expect(second.ok).toBe(true);
    if (!second.ok) return;
    expect(second.fetched).toBe(2);
    expect(second.removed).toBe(3);
    const after = ids('pulled.ndjson');
    for (const gone of [a.id, b.id, c.id]) expect(after).not.toContain(gone);
    expect(after.filter((id) => id === '88888888' || id === d.id)).toEqual([d.id, '88888888']);
    // The property is asked for, and is no column of the file.
    const search = hub.state.requests.find((q) => q.path === '/crm/v3/objects/contacts/search');
    expect((search?.body as { properties: string[] }).properties).toContain('hs_merged_object_ids');
    expect(lines('pulled.ndjson')[0]).not.toContain('hs_merged_object_ids');
    // The file gives the API's report: each lead counted once.
    const fromFile = await cli(['check', CONTRACT, '--leads', 'pulled.ndjson', '--mapping', 'hubspot', ...WHEN, '--format', 'json']);
    const fromApi = await cli(['check', CONTRACT, '--leads', 'hubspot:', ...WHEN, '--format', 'json']);
    expect(fromFile.status, fromFile.stderr).toBe(0);
    expect(reportOf(fromFile, 'pulled.ndjson')).toBe(reportOf(fromApi, 'hubspot:'));
  }, 120_000);

  it('reads a change of more than 10,000 contacts by keyset on lastmodifieddate, so that no query pages past the cap', async () => {
    const first = await pull(request({}));
    expect(first.ok).toBe(true);
    // 12,000 contacts modified over the last 3.5 minutes (2,500 updated, 9,500 new).
    const base = Date.now() - 240_000;
    const contacts = hub.state.contacts;
    const template = (contacts[0] as FakeContact).properties;
    for (let i = 0; i < 12_000; i++) {
      const at = new Date(base + Math.floor((i * 210_000) / 12_000)).toISOString();
      if (i < contacts.length) (contacts[i] as FakeContact).properties['lastmodifieddate'] = at;
      else contacts.push({ id: String(5_000_000 + i), properties: { ...template, lastmodifieddate: at } });
    }
    hub.state.requests = [];
    const second = await pull(request({}));
    expect(second.ok).toBe(true);
    if (!second.ok) return;
    expect(second.fetched).toBe(12_000);
    const searches = hub.state.requests.filter((q) => q.path === '/crm/v3/objects/contacts/search');
    expect(searches.every((q) => q.status === 200)).toBe(true);
    for (const q of searches) {
      const body = q.body as { after?: string; limit: number };
      expect(Number(body.after ?? 0) + body.limit).toBeLessThanOrEqual(10_000);
      expect(body.limit).toBe(200);
    }
    // Many queries, each a [GTE, LT) range starting at the last instant the one before read.
    const starts = new Set(searches.map((q) => (q.body as { filterGroups: { filters: { value: string }[] }[] }).filterGroups[0]?.filters[0]?.value));
    expect(starts.size).toBeGreaterThan(1);
    const all = ids('pulled.ndjson');
    expect(all.length).toBe(12_000);
    expect(new Set(all).size).toBe(12_000);
  }, 120_000);

  it('--since into a new file: only the contacts modified since, through the search endpoint; the header says so', async () => {
    const recent = hub.state.contacts.slice(100, 130);
    for (const [i, c] of recent.entries()) c.properties['lastmodifieddate'] = `2026-11-0${1 + (i % 5)}T12:00:00.000Z`;
    const outcome = await pull(request({ since: '2026-11-01' }));
    expect(outcome.ok).toBe(true);
    const [head] = lines('pulled.ndjson');
    expect((JSON.parse(head as string) as Record<string, { since: string }>)['#revpact-pull']?.since).toBe('2026-11-01T00:00:00.000Z');
    expect(ids('pulled.ndjson').sort()).toEqual(recent.map((c) => c.id).sort());
    expect(hub.state.requests.filter((q) => q.path === '/crm/v3/objects/contacts' && q.query.get('archived') !== 'true')).toEqual([]);
    await expect(pull(request({ since: 'last tuesday' }))).rejects.toThrow(/--since: "last tuesday" is not a date or an instant/);
  });

  it('loses no contact when others are saved while the search pages are read (the list moves under an offset)', async () => {
    // 1,000 contacts modified since 1 November, each at its own instant.
    const modified = hub.state.contacts.slice(0, 1000);
    modified.forEach((c, i) => (c.properties['lastmodifieddate'] = new Date(Date.parse('2026-11-01T00:00:00Z') + i * 60_000).toISOString()));
    // While the pull reads, a user saves three contacts already read: each leaves the pull's window.
    hub.state.beforeSearch = (n) => {
      if (n >= 2 && n <= 4) (modified[10 * n] as FakeContact).properties['lastmodifieddate'] = '2099-01-01T00:00:00.000Z';
    };
    const outcome = await pull(request({ since: '2026-11-01' }));
    expect(outcome.ok).toBe(true);
    const got = ids('pulled.ndjson');
    // Each was read before it was saved again, and every other contact was read once.
    expect(new Set(got).size).toBe(got.length);
    expect(got.sort()).toEqual(modified.map((c) => c.id).sort());
    const searches = hub.state.requests.filter((q) => q.path === '/crm/v3/objects/contacts/search');
    expect(searches.every((q) => (q.body as { after?: string }).after === undefined)).toBe(true);
  });

  it('stops, naming the contact, when a search result lies outside the range asked for (the next query could not be asked)', async () => {
    hub.state.faults.push({
      path: /^\/crm\/v3\/objects\/contacts\/search$/,
      status: 200,
      body: { total: 2, results: [{ id: '77', properties: { lastmodifieddate: '2020-01-01T00:00:00.000Z' } }], paging: { next: { after: '1' } } },
    });
    await expect(pull(request({ since: '2026-11-01' }))).rejects.toThrow(
      /answered contact 77 with lastmodifieddate "2020-01-01T00:00:00.000Z", outside the range it was asked for/,
    );
    expect(existsSync(join(dir, 'pulled.ndjson'))).toBe(false);
  });

  it('reads an instant holding more than the cap by id, never past the cap', async () => {
    hub.state.searchCap = 300;
    const at = '2026-11-20T10:00:00.000Z';
    for (const c of hub.state.contacts.slice(0, 700)) c.properties['lastmodifieddate'] = at;
    const clock = fakeClock();
    const session = hubspotSession({ token: TOKEN, baseUrl: hub.url, sleep: clock.sleep, now: clock.now, pace: false });
    const crm = await session.pull(presetMapping('hubspot'), undefined);
    const seen: string[] = [];
    for await (const page of crm.records(Date.parse(at) - 1)) seen.push(...page.map((r) => r.id));
    expect(new Set(seen).size).toBe(700);
    expect(seen.length).toBe(700);
    const searches = hub.state.requests.filter((q) => q.path === '/crm/v3/objects/contacts/search');
    expect(searches.every((q) => q.status === 200)).toBe(true);
    expect(searches.some((q) => JSON.stringify(q.body).includes('"hs_object_id","operator":"GT"'))).toBe(true);
  });

  it('leaves the previous file whole when the connection drops mid-pull', async () => {
    const first = await pull(request({ full: true }));
    expect(first.ok).toBe(true);
    const before = readFileSync(join(dir, 'pulled.ndjson'));
    // The fifth page's connection drops on every try (the retries, on the fake clock, run out).
    hub.state.faults.push({ path: /^\/crm\/v3\/objects\/contacts$/, status: 'drop', skip: 4, times: 100 });
    await expect(pull(request({ full: true }))).rejects.toThrow(/could not reach HubSpot/);
    expect(readFileSync(join(dir, 'pulled.ndjson')).equals(before)).toBe(true);
    expect(existsSync(join(dir, `.pulled.ndjson.${process.pid}.tmp`))).toBe(false);
  });

  it('keeps the last pull’s file when a whole pull gets no records (it was replaced by an empty one, and later pulls ask only for changes)', async () => {
    expect((await pull(request({ full: true }))).ok).toBe(true);
    const before = readFileSync(join(dir, 'pulled.ndjson'));
    hub.state.faults.push({ path: /^\/crm\/v3\/objects\/contacts$/, status: 200, body: { results: [] } });
    await expect(pull(request({ full: true }))).rejects.toThrow('hubspot gave no records: pulled.ndjson is kept as the last pull left it');
    expect(readFileSync(join(dir, 'pulled.ndjson')).equals(before)).toBe(true);
  });

  it('says an answer that is not a page of contacts or properties, instead of reading it as none (a one-column file; nothing modified)', async () => {
    expect((await pull(request({ full: true }))).ok).toBe(true);
    const before = readFileSync(join(dir, 'pulled.ndjson'));
    const NOT_A_PAGE = /answered something that is not a page of (contacts|properties) \((no "results" list|a result without an id): /;
    const cases: [RegExp, unknown, boolean, string][] = [
      [/^\/crm\/v3\/objects\/contacts$/, {}, true, 'GET /crm/v3/objects/contacts'],
      [/^\/crm\/v3\/objects\/contacts$/, { results: [{ properties: {} }] }, true, 'GET /crm/v3/objects/contacts'],
      [/^\/crm\/v3\/properties\/contacts$/, { message: 'ok' }, true, 'GET /crm/v3/properties/contacts'],
      [/^\/crm\/v3\/objects\/contacts\/search$/, { total: 3 }, false, 'POST /crm/v3/objects/contacts/search'],
    ];
    for (const [path, body, full, what] of cases) {
      hub.state.faults = [{ path, status: 200, body }];
      const failed = pull(request({ full }));
      await expect(failed, JSON.stringify(body)).rejects.toThrow(NOT_A_PAGE);
      await expect(failed).rejects.toThrow(`HubSpot ${what} answered`);
      expect(readFileSync(join(dir, 'pulled.ndjson')).equals(before)).toBe(true);
    }
    // The archived list, read on an incremental pull: one without results kept every archived contact.
    hub.state.faults = [{ path: /^\/crm\/v3\/objects\/contacts$/, status: 200, body: { paging: {} } }];
    await expect(pull(request({}))).rejects.toThrow(NOT_A_PAGE);
  });

  it('names the owner of an owner id sent as a number, as of one sent as text', async () => {
    const owned = hub.state.contacts.filter((c) => c.properties['hubspot_owner_id']);
    const names = new Map(data.owners.map((o) => [o.id, `${o.firstName} ${o.lastName}`]));
    for (const c of owned) (c.properties as Record<string, unknown>)['hubspot_owner_id'] = Number(c.properties['hubspot_owner_id']);
    expect((await pull(request({ full: true }))).ok).toBe(true);
    const byId = new Map(
      lines('pulled.ndjson')
        .slice(1)
        .map((l) => JSON.parse(l) as Record<string, unknown>)
        .map((o) => [o['Record ID'], o['Contact owner']]),
    );
    expect(owned.length).toBeGreaterThan(100);
    for (const c of owned) expect(byId.get(c.id)).toBe(names.get(String(c.properties['hubspot_owner_id'])));
  });

  it('refuses a pull file whose pulledAt is no past instant, rather than ask HubSpot for what changed since "NaN"', async () => {
    expect((await pull(request({ full: true }))).ok).toBe(true);
    const [head = '', ...rest] = readFileSync(join(dir, 'pulled.ndjson'), 'utf8').split('\n');
    for (const bad of ['yesterday', '2026-13-45T99:00:00Z', '2999-01-01T00:00:00.000Z']) {
      writeFileSync(join(dir, 'pulled.ndjson'), [head.replace(/"pulledAt":"[^"]*"/, `"pulledAt":"${bad}"`), ...rest].join('\n'));
      await expect(pull(request({})), bad).rejects.toThrow(`pulled.ndjson: its header's pulledAt ("${bad}") is not the instant of a past pull`);
    }
  });

  it('stops, naming it, when a page cursor comes a second time (the pull looped on the API quota without a word)', async () => {
    const page = { results: [], paging: { next: { after: 'again' } } };
    hub.state.faults.push({ path: /^\/crm\/v3\/objects\/contacts$/, status: 200, body: page, times: 50 });
    await expect(pull(request({ full: true }))).rejects.toThrow(
      'HubSpot\'s contacts list gave the page cursor "again" a second time: its pages would never end',
    );
    hub.state.faults.length = 0;
  });

  it('says a 429 that asks to wait an hour instead of hanging the job', async () => {
    hub.state.faults.push({
      path: /^\/crm\/v3\/objects\/contacts$/,
      status: 429,
      headers: { 'Retry-After': '3600' },
      body: { status: 'error', message: 'limit' },
    });
    await expect(pull(request({ full: true }))).rejects.toThrow(/HubSpot's rate limit asks to wait 60 minutes/);
  });

  it('--by: a column label is pulled as check reads it; a name the mapping reads no column for is refused, not left out', async () => {
    const out = 'by-country.ndjson';
    const outcome = await pull(request({ out, by: ['Country/Region'] }));
    expect(outcome.ok && outcome.columns).toContain('Country/Region');
    const without = await pull(request({ out: 'by-none.ndjson' }));
    expect(without.ok && without.columns).not.toContain('Country/Region');
    await expect(pull(request({ out: 'by-typo.ndjson', by: ['contry'] }))).rejects.toThrow(
      '--by contry: the mapping "hubspot" reads no column for it, so the pull could not carry it; did you mean "country"?',
    );
    expect(existsSync(join(dir, 'by-typo.ndjson'))).toBe(false);
    // A personal field is pulled when asked for: pull prints no report (check --by name asks for --show-pii).
    const names = await pull(request({ out: 'by-name.ndjson', by: ['name'] }));
    expect(names.ok && names.columns).toEqual(expect.arrayContaining(['First Name', 'Last Name']));
  });

  it('refuses to replace a file it did not write', async () => {
    writeFileSync(join(dir, 'pulled.ndjson'), '{"Record ID":"1"}\n');
    chmodSync(join(dir, 'pulled.ndjson'), 0o644);
    await expect(pull(request({}))).rejects.toThrow(/revpact pull did not write it/);
    await expect(pull(request({ full: true }))).rejects.toThrow(/revpact pull did not write it/);
    expect(readFileSync(join(dir, 'pulled.ndjson'), 'utf8')).toBe('{"Record ID":"1"}\n');
  });

  it('refuses the other CRM’s preset mapping before any call: none of its columns is a property here', async () => {
    const before = hub.state.requests.length;
    const wrong = await cli(['pull', 'hubspot', '--mapping', 'salesforce', '--out', 'pulled.ndjson']);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain("revpact: pull hubspot with --mapping salesforce: that preset reads Salesforce's columns, and HubSpot has none of them");
    const check = await cli(['check', CONTRACT, '--leads', 'hubspot:', '--mapping', 'salesforce']);
    expect(check.status).toBe(2);
    expect(check.stderr).toContain(
      'use --mapping hubspot (the default for hubspot:), or a mapping file written for HubSpot’s contact properties'.replace('’', "'"),
    );
    expect(hub.state.requests.length).toBe(before);
    expect(existsSync(join(dir, 'pulled.ndjson'))).toBe(false);
  });

  it('says when the token is missing or rejected, names the missing scope, and names Salesforce’s missing variable', async () => {
    const missing = await cli(['pull', 'hubspot', '--contract', CONTRACT, '--out', 'pulled.ndjson'], { HUBSPOT_TOKEN: '' });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/HUBSPOT_TOKEN is not set/);
    expect(hub.state.requests).toEqual([]);
    const wrong = await cli(['pull', 'hubspot', '--contract', CONTRACT, '--out', 'pulled.ndjson'], { HUBSPOT_TOKEN: 'pat-na1-wrong' });
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain('HUBSPOT_TOKEN was rejected');
    expect(wrong.stderr).not.toContain('pat-na1-wrong');
    expect(existsSync(join(dir, 'pulled.ndjson'))).toBe(false);
    hub.state.faults.push({ path: /^\/crm\/v3\/properties\/contacts$/, status: 403, body: missingScope('crm.objects.contacts.read') });
    const scope = await cli(['pull', 'hubspot', '--contract', CONTRACT, '--out', 'pulled.ndjson']);
    expect(scope.status).toBe(2);
    expect(scope.stderr).toMatch(/lacks the scope crm\.objects\.contacts\.read/);
    const sf = await cli(['pull', 'salesforce', '--out', 'pulled.ndjson']);
    expect(sf.status).toBe(2);
    expect(sf.stderr).toMatch(/^revpact: SF_INSTANCE_URL is not set/m);
    const typo = await cli(['pull', 'hubspt', '--out', 'pulled.ndjson']);
    expect(typo.status).toBe(2);
    expect(typo.stderr).toContain('revpact: unknown CRM "hubspt"; did you mean hubspot?');
    expect(sf.stderr).not.toMatch(CRASH);
  }, 60_000);

  it('shows progress on stderr at a terminal only', async () => {
    const { run } = await import('../../src/cli/main.js');
    const io = (tty: boolean) => {
      const err: string[] = [];
      const out: string[] = [];
      return {
        err,
        out,
        io: { stdout: (t: string) => void out.push(t), stderr: (t: string) => void err.push(t), cwd: dir, env: env(), stderrIsTTY: tty, stdoutIsTTY: false },
      };
    };
    const terminal = io(true);
    expect(await run(['pull', 'hubspot', '--contract', CONTRACT, '--out', 'pulled.ndjson'], terminal.io)).toBe(0);
    expect(terminal.err.join('')).toMatch(/\r {2}[\d,]+ records, [\d,]+ records\/s/);
    const piped = io(false);
    expect(await run(['pull', 'hubspot', '--contract', CONTRACT, '--out', 'pulled.ndjson', '--full'], piped.io)).toBe(0);
    // No progress when piped; only the note that the portal has no property for a date the rules measure.
    expect(piped.err.join('')).toBe(
      'revpact: note: hubspot has nothing for recycledAt (no contact property recycled_date for the column "Recycled Date"): the pull file goes without it, and a report on it says what it cannot measure for want of it; name the contact property that holds it in a mapping (--mapping)\n',
    );
    expect(piped.out.join('')).toMatch(/^pulled 2,\d{3} records from hubspot/);
    for (const text of [...terminal.err, ...terminal.out, ...piped.out]) expect(text).not.toContain(TOKEN);
  }, 60_000);

  it('prints the token nowhere', () => {
    expect(runs.length).toBeGreaterThan(4);
    for (const r of runs) {
      expect(r.stdout).not.toContain(TOKEN);
      expect(r.stderr).not.toContain(TOKEN);
    }
  });
});

describe('pacing HubSpot’s limits, on the injected clock', () => {
  it('spaces search calls 200 ms apart (5 a second per portal)', async () => {
    const clock = fakeClock();
    const session = hubspotSession({ token: TOKEN, baseUrl: hub.url, sleep: clock.sleep, now: clock.now, pace: false });
    const crm = await session.pull(presetMapping('hubspot'), undefined);
    const started = clock.now();
    const real = Date.now();
    let n = 0;
    for await (const page of crm.records(0)) n += page.length;
    expect(n).toBe(hub.state.contacts.length);
    const searches = hub.state.requests.filter((q) => q.path === '/crm/v3/objects/contacts/search').length;
    // A page a call, and at most two more: asking past the last instant read (keyset), and the instant many contacts share.
    expect(searches).toBeGreaterThanOrEqual(Math.ceil(n / 200));
    expect(searches).toBeLessThanOrEqual(Math.ceil(n / 200) + 2);
    // Every search but the first waited for its turn: (searches - 1) × 200 ms on the fake clock, none for real.
    expect(clock.now() - started).toBeGreaterThanOrEqual((searches - 1) * 200);
    expect(clock.waits.every((w) => w <= 200)).toBe(true);
    expect(Date.now() - real).toBeLessThan((searches - 1) * 200);
  });

  it('waits one 10-second window when X-HubSpot-RateLimit-Remaining falls under a tenth of the maximum', async () => {
    // The second page of contacts answers with 4 of 100 calls left.
    let pages = 0;
    hub.state.rateLimit = { max: 100, remaining: (path) => (path === '/crm/v3/objects/contacts' && ++pages === 2 ? 4 : 60) };
    const clock = fakeClock();
    const session = hubspotSession({ token: TOKEN, baseUrl: hub.url, sleep: clock.sleep, now: clock.now, pace: false });
    const crm = await session.pull(presetMapping('hubspot'), undefined);
    let n = 0;
    for await (const page of crm.records(undefined)) n += page.length;
    expect(n).toBe(hub.state.contacts.length);
    expect(clock.waits).toEqual([10_000]);
    expect(session.counters().pacedMs).toBe(10_000);
  });

  it('honours Retry-After on a 429 from the search endpoint', async () => {
    hub.state.faults.push({
      path: /\/search$/,
      status: 429,
      headers: { 'Retry-After': '3' },
      body: { status: 'error', message: 'You have reached your secondly limit.', errorType: 'RATE_LIMIT', correlationId: 'c', policyName: 'SECONDLY' },
    });
    const clock = fakeClock();
    const session = hubspotSession({ token: TOKEN, baseUrl: hub.url, sleep: clock.sleep, now: clock.now, pace: false });
    const crm = await session.pull(presetMapping('hubspot'), undefined);
    let n = 0;
    for await (const page of crm.records(0)) n += page.length;
    expect(n).toBe(hub.state.contacts.length);
    expect(clock.waits[0]).toBe(3000);
  });
});

describe('revpact push hubspot', () => {
  const PROPERTY = 'revpact_first_touch';
  let verdicts: Map<string, string>;

  beforeAll(async () => {
    reset();
    const r = await cli(['check', CONTRACT, '--leads', 'hubspot:', ...WHEN, '--per-lead', 'verdicts.csv', '--format', 'json']);
    expect(r.status, r.stderr).toBe(0);
    verdicts = new Map(
      readFileSync(join(dir, 'verdicts.csv'), 'utf8')
        .trim()
        .split('\r\n')
        .slice(1)
        .map((l) => l.split(','))
        .filter((cells) => cells[1] === 'first-touch')
        .map((cells) => [cells[0] as string, cells[2] as string]),
    );
  }, 60_000);
  beforeEach(() => {
    hub.state.properties = [
      ...data.properties,
      { name: PROPERTY, label: 'revpact first touch', type: 'enumeration', options: ['met', 'breached', 'pending', 'excluded'] },
    ];
  });

  const updates = () => hub.state.requests.filter((q) => q.path === '/crm/v3/objects/contacts/batch/update');
  const inputsOf = (q: { body?: unknown }) => (q.body as { inputs: { id: string; properties: Record<string, string> }[] }).inputs;

  it('shows what would change and sends nothing without --apply; with it, sends exactly the changed leads, 100 at most a call, that property only', async () => {
    expect(verdicts.size).toBeGreaterThan(150);
    // A third of the leads hold their verdict already: they are not sent.
    const byId = new Map(hub.state.contacts.map((c) => [c.id, c]));
    const ids = [...verdicts.keys()];
    const same = new Set(ids.filter((_, i) => i % 3 === 0));
    for (const id of same) (byId.get(id) as FakeContact).properties[PROPERTY] = verdicts.get(id) as string;
    const changed = ids.filter((id) => !same.has(id));

    const dry = await cli(['push', 'hubspot', '--per-lead', 'verdicts.csv', '--property', PROPERTY, '--rule', 'first-touch']);
    expect(dry.status, dry.stderr).toBe(0);
    expect(dry.stdout).toContain(
      `from the verdicts of first-touch: ${changed.length.toLocaleString('en-US')} of ${verdicts.size.toLocaleString('en-US')} leads would change`,
    );
    expect(dry.stdout).toMatch(new RegExp(`\\n  ${changed[0]} +\\(empty\\) +${verdicts.get(changed[0] as string)}\\n`));
    expect(dry.stdout).toContain('a dry run: nothing was sent');
    expect(updates()).toEqual([]);
    // No personal data in the table: ids and verdicts only.
    const contact = byId.get(changed[0] as string) as FakeContact;
    if (contact.properties['email']) expect(dry.stdout).not.toContain(contact.properties['email']);

    const applied = await cli(['push', 'hubspot', '--per-lead', 'verdicts.csv', '--property', PROPERTY, '--rule', 'first-touch', '--apply']);
    expect(applied.status, applied.stderr).toBe(0);
    const calls = updates();
    expect(calls.length).toBe(Math.ceil(changed.length / 100));
    expect(calls.map((q) => inputsOf(q).length)).toEqual(calls.map((_, i) => Math.min(100, changed.length - i * 100)));
    const sent = calls.flatMap(inputsOf);
    expect(sent.map((i) => i.id).sort()).toEqual([...changed].sort());
    for (const input of sent) expect(input.properties).toEqual({ [PROPERTY]: verdicts.get(input.id) });
    expect(applied.stdout).toContain(`sent ${calls.length} batch update calls`);

    // Once written, nothing is left to change.
    hub.state.requests = [];
    const again = await cli(['push', 'hubspot', '--per-lead', 'verdicts.csv', '--property', PROPERTY, '--rule', 'first-touch', '--apply']);
    expect(again.stdout).toContain(`0 of ${verdicts.size.toLocaleString('en-US')} leads changed`);
    expect(updates()).toEqual([]);
  }, 60_000);

  it('reports a batch HubSpot refuses with its ids and goes on with the others: exit 1', async () => {
    hub.state.faults.push({
      path: /\/batch\/update$/,
      status: 400,
      body: { status: 'error', message: 'Property values were not valid', correlationId: 'c', category: 'VALIDATION_ERROR' },
    });
    const r = await cli(['push', 'hubspot', '--per-lead', 'verdicts.csv', '--property', PROPERTY, '--rule', 'first-touch', '--apply']);
    expect(r.status, r.stderr).toBe(1);
    const calls = updates();
    expect(calls.length).toBeGreaterThan(1);
    const refused = inputsOf(calls[0] as { body?: unknown }).map((i) => i.id);
    expect(r.stdout).toContain(`${refused.length} leads refused`);
    expect(r.stdout).toContain(refused.slice(0, 5).join(', '));
    expect(calls.slice(1).every((q) => q.status === 200)).toBe(true);
  }, 60_000);

  it('counts the contacts of a 207 that no result or error names as refused, not changed', async () => {
    // Every lead back to another value, so that all would change.
    for (const c of hub.state.contacts) delete c.properties[PROPERTY];
    hub.state.requests = [];
    hub.state.faults.push({
      path: /\/batch\/update$/,
      status: 207,
      body: {
        status: 'COMPLETE',
        results: [],
        numErrors: 1,
        errors: [{ status: 'error', category: 'VALIDATION_ERROR', message: 'Property values were not valid' }],
      },
    });
    const r = await cli(['push', 'hubspot', '--per-lead', 'verdicts.csv', '--property', PROPERTY, '--rule', 'first-touch', '--apply']);
    expect(r.status, r.stderr).toBe(1);
    const calls = updates();
    const first = inputsOf(calls[0] as { body?: unknown }).map((i) => i.id);
    const total = verdicts.size.toLocaleString('en-US');
    expect(r.stdout).toContain(`${(verdicts.size - first.length).toLocaleString('en-US')} of ${total} leads changed, ${first.length} refused`);
    expect(r.stdout).toContain(`${first.length} leads refused:\n  Property values were not valid: ${first.slice(0, 3).join(', ')}`);
  }, 60_000);

  it('refuses a property the portal does not have, saying what to create', async () => {
    const r = await cli(['push', 'hubspot', '--per-lead', 'verdicts.csv', '--property', 'revpact_nope', '--rule', 'first-touch', '--apply']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('hubspot has no contact property revpact_nope; revpact does not create properties');
    expect(r.stderr).toMatch(/create the contact property revpact_nope .*type enumeration .* options met, breached, pending, excluded, or string/);
    expect(updates()).toEqual([]);
  });

  it('asks which rule when the file holds several, and names the write scope a 403 lacks', async () => {
    const r = await cli(['push', 'hubspot', '--per-lead', 'verdicts.csv', '--property', PROPERTY]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/holds the verdicts of \d+ rules .*which one goes into the property\?\n {2}name it with --rule RULE/);
    hub.state.faults.push({ path: /\/batch\/update$/, status: 403, body: missingScope('crm.objects.contacts.write'), times: 100 });
    for (const c of hub.state.contacts) delete c.properties[PROPERTY];
    const denied = await cli(['push', 'hubspot', '--per-lead', 'verdicts.csv', '--property', PROPERTY, '--rule', 'first-touch', '--apply']);
    expect(denied.status).toBe(2);
    expect(denied.stderr).toMatch(/lacks the scope crm\.objects\.contacts\.write/);
    expect(updates().length).toBe(1);
    for (const run of runs) expect(run.stdout + run.stderr).not.toContain(TOKEN);
  });
});

describePostgres('revpact load --leads hubspot: (PostgreSQL)', (url) => {
  const table = uniqueTable('hubspot_api');
  let db: PostgresRunner;
  beforeAll(async () => {
    db = await connectPostgres(url);
  });
  afterAll(async () => {
    await dropTables(db, [table]);
    await db?.close();
  });

  it('loads the contacts read from the API: the table holds what the HubSpot source streams', async () => {
    const r = await cli(['load', '--db', url, '--leads', 'hubspot:', '--contract', CONTRACT, '--table', table]);
    expect(r.stderr).not.toMatch(CRASH);
    expect(r.status, r.stderr).toBe(0);
    const source = openHubSpotSource(withDefaultTimeZone(presetMapping('hubspot'), contractZone(CONTRACT)), {
      token: TOKEN,
      baseUrl: hub.url,
      sleep: () => Promise.resolve(),
      pace: false,
    });
    const leads: Lead[] = [];
    const rejections: Rejection[] = [];
    for await (const item of source.items)
      if (item.kind === 'lead') leads.push(item.lead);
      else rejections.push(item.rejection);
    const got = await readBack(db, table);
    expect(leads.length).toBeGreaterThan(2000);
    expect(leadDifferences(leads, got.leads)).toEqual([]);
    expect(got.rejections.length).toBe(rejections.length);
    expect(r.stdout).toContain(`loaded ${leads.length.toLocaleString('en-US')} leads into ${table}`);
  }, 60_000);

  it('names HUBSPOT_TOKEN before touching the database when it is not set', async () => {
    const r = await cli(['load', '--db', url, '--leads', 'hubspot:', '--table', table], { HUBSPOT_TOKEN: '' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/HUBSPOT_TOKEN is not set/);
  });
});
