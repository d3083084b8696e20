/**
 * `--leads hubspot:` (issue 14): the contacts straight from HubSpot's CRM API, against a
 * local server that answers like it (test/helpers/fake-hubspot.ts). The same contacts
 * give the same report as their export; HubSpot's limits are waited out on an injected
 * clock; every failure is a clear exit 2; the token is printed nowhere.
 */
import { mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { openHubSpotSource, internalName, HubSpotError } from '../../src/leads/crm/hubspot/index.js';
import { epochDate } from '../../src/leads/crm/hubspot/source.js';
import { presetMapping, withDefaultTimeZone } from '../../src/leads/mapping/index.js';
import type { SourceItem } from '../../src/leads/lead.js';
import { CRASH, ensureBuilt, runCli, runCliAsync, type CliRun } from '../helpers/cli.js';
import { contactsFromExport, missingScope, startFakeHubSpot, type FakeHubSpot, type FakeContact, type FakeOwner } from '../helpers/fake-hubspot.js';
import { parseCsv, toInstant } from '../helpers/hubspot-data.js';
import { generateExport } from '../helpers/gen.js';
import { REPO_ROOT } from '../helpers/paths.js';

const TOKEN = 'pat-na1-0d1e2a3d-be4f-4c11-9a77-5ec7e7t0ken';
const ZONE = 'Europe/Madrid';
const CONTRACT = join(REPO_ROOT, 'contracts', 'b2b-saas.yaml');
const WHEN = ['--period', '2026-10', '--as-of', '2026-11-03T09:00:00+01:00'];
const dir = mkdtempSync(join(tmpdir(), 'revpact-hubspot-'));
const runs: CliRun[] = [];

let data: { contacts: FakeContact[]; owners: FakeOwner[]; properties: { name: string; label: string }[]; csv: string };
let hub: FakeHubSpot;

async function hubspot(args: string[], env: Record<string, string> = {}): Promise<CliRun> {
  const r = await runCliAsync(args, { env: { HUBSPOT_TOKEN: TOKEN, HUBSPOT_API_URL: hub.url, ...env } });
  runs.push(r);
  return r;
}

beforeAll(async () => {
  ensureBuilt();
  const generated = join(dir, 'generated.csv');
  generateExport(generated, { rows: 2500, format: 'hubspot', seed: 14, from: '2026-09-01', days: 75 });
  data = contactsFromExport(readFileSync(generated, 'utf8'), ZONE, internalName, parseCsv, toInstant);
  writeFileSync(join(dir, 'contacts.csv'), data.csv);
  hub = await startFakeHubSpot({ token: TOKEN, contacts: data.contacts, owners: data.owners, properties: data.properties });
});
afterEach(() => {
  hub.state.faults = [];
  hub.state.requests = [];
});
afterAll(async () => {
  await hub.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('revpact check --leads hubspot:', () => {
  it('gives the report the same contacts give as a HubSpot export, byte for byte but the input’s name', async () => {
    expect(data.contacts.length).toBeGreaterThan(2000);
    const fromFile = runCli(['check', CONTRACT, '--leads', 'contacts.csv', '--mapping', 'hubspot', ...WHEN, '--format', 'json'], { cwd: dir });
    expect(fromFile.status, fromFile.stderr).toBe(0);
    const fromApi = await hubspot(['check', CONTRACT, '--leads', 'hubspot:', ...WHEN, '--format', 'json']);
    expect(fromApi.stderr).not.toMatch(CRASH);
    expect(fromApi.status, fromApi.stderr).toBe(0);
    expect(fromApi.stdout).toBe(fromFile.stdout.split(JSON.stringify('contacts.csv')).join(JSON.stringify('hubspot:')));
    const report = JSON.parse(fromApi.stdout) as { input: { rows: number; evaluated: number; files?: string[] } };
    expect(report.input.rows).toBe(data.contacts.length);

    // Page by page, 100 at a time, the cursor followed to the end.
    const pages = hub.state.requests.filter((r) => r.path === '/crm/v3/objects/contacts');
    expect(pages.length).toBe(Math.ceil(data.contacts.length / 100));
    expect(pages.map((p) => p.query.get('after'))).toEqual(pages.map((_, i) => (i === 0 ? null : String(i * 100))));
    // Only the properties the mapping reads and the report needs: the handoff's required
    // fields (email, phone, company) are, names and text columns no rule reads are not.
    const asked = (pages[0]?.query.getAll('properties') ?? []).flatMap((p) => p.split(','));
    expect(asked).toContain('hs_lifecyclestage_marketingqualifiedlead_date');
    expect(asked).toContain('hubspot_owner_id');
    expect(asked).toContain('email');
    for (const unread of ['firstname', 'lastname', 'jobtitle', 'industry', 'hs_lead_status']) expect(asked).not.toContain(unread);
    expect(hub.state.requests.some((r) => r.path === '/crm/v3/owners')).toBe(true);
    expect(hub.state.requests.some((r) => r.path === '/crm/v3/properties/contacts')).toBe(true);
  });

  it('names hubspot: as the input in the text report, and reads the API on the DuckDB engine too', async () => {
    const text = await hubspot(['check', CONTRACT, '--leads', 'hubspot:', ...WHEN]);
    expect(text.status, text.stderr).toBe(0);
    expect(text.stdout).toContain('hubspot:');
    const streaming = await hubspot(['check', CONTRACT, '--leads', 'hubspot:', ...WHEN, '--format', 'json']);
    const duck = await hubspot(['check', CONTRACT, '--leads', 'hubspot:', ...WHEN, '--format', 'json', '--engine', 'duckdb']);
    expect(duck.status, duck.stderr).toBe(0);
    expect(duck.stderr).not.toMatch(/streaming source, not DuckDB/);
    const strip = (s: string) => {
      const r = JSON.parse(s) as Record<string, unknown>;
      delete r['engine'];
      return r;
    };
    expect((JSON.parse(duck.stdout) as { input: unknown }).input).toEqual((JSON.parse(streaming.stdout) as { input: unknown }).input);
    expect(strip(duck.stdout)['slas']).toEqual(strip(streaming.stdout)['slas']);
  });

  it('lists what falls due and simulates a change from the API', async () => {
    const due = await hubspot(['due', CONTRACT, '--leads', 'hubspot:', '--within', '2bh', '--as-of', '2026-11-03T09:00:00+01:00', '--format', 'json']);
    expect(due.status, due.stderr).toBe(0);
    const dueFile = runCli(
      ['due', CONTRACT, '--leads', 'contacts.csv', '--mapping', 'hubspot', '--within', '2bh', '--as-of', '2026-11-03T09:00:00+01:00', '--format', 'json'],
      { cwd: dir },
    );
    expect(due.stdout).toBe(dueFile.stdout);
    const diff = await hubspot(['diff', CONTRACT, CONTRACT, '--leads', 'hubspot:', ...WHEN, '--format', 'json']);
    expect(diff.status, diff.stderr).toBe(0);
    expect(diff.stdout).toContain('hubspot:');
  });

  it('reads a date property HubSpot answers in milliseconds since 1970 as that instant (each such lead was rejected, told to "write it as a JSON number")', async () => {
    const mql = 'hs_lifecyclestage_marketingqualifiedlead_date';
    const saved = { contacts: hub.state.contacts, properties: hub.state.properties };
    try {
      hub.state.properties = saved.properties.map((p) => (p.name === mql ? { ...p, type: 'datetime' } : p));
      hub.state.contacts = saved.contacts.map((c) => {
        const at = c.properties[mql];
        // An instant (the generated export has date-only cells too, which stay as they are).
        return at?.includes('T') ? { ...c, properties: { ...c.properties, [mql]: String(Date.parse(at)) } } : c;
      });
      expect(hub.state.contacts.filter((c) => /^\d{13}$/.test(c.properties[mql] ?? '')).length).toBeGreaterThan(500);
      const fromFile = runCli(['check', CONTRACT, '--leads', 'contacts.csv', '--mapping', 'hubspot', ...WHEN, '--format', 'json'], { cwd: dir });
      const fromApi = await hubspot(['check', CONTRACT, '--leads', 'hubspot:', ...WHEN, '--format', 'json']);
      expect(fromApi.status, fromApi.stderr).toBe(0);
      expect(fromApi.stdout).toBe(fromFile.stdout.split(JSON.stringify('contacts.csv')).join(JSON.stringify('hubspot:')));
    } finally {
      Object.assign(hub.state, saved);
    }
    // A date property's milliseconds are midnight UTC of its day; a property of another type keeps its text (the converter says it).
    expect(epochDate('1790208000000', 'date')).toBe('2026-09-24');
    expect(epochDate('1790208000000', 'datetime')).toBe('2026-09-24T00:00:00.000Z');
    expect(epochDate('1790208000000', undefined)).toBe('1790208000000');
    expect(epochDate('1790208000', 'datetime')).toBe('1790208000');
  });

  it('refuses a token HubSpot rejects: exit 2, saying which variable', async () => {
    const r = await hubspot(['check', CONTRACT, '--leads', 'hubspot:', ...WHEN], { HUBSPOT_TOKEN: 'pat-na1-wrong' });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('HUBSPOT_TOKEN was rejected');
    expect(r.stderr).not.toMatch(CRASH);
    expect(r.stderr).not.toContain('pat-na1-wrong');
  });

  it('names the scope a 403 says is missing: the owners scope', async () => {
    hub.state.faults.push({ path: /^\/crm\/v3\/owners/, status: 403, body: missingScope('crm.objects.owners.read') });
    const r = await hubspot(['check', CONTRACT, '--leads', 'hubspot:', ...WHEN]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/lacks the scope crm\.objects\.owners\.read/);
    expect(r.stderr).not.toMatch(CRASH);
  });

  it('names the contacts scope on a 403 from the contacts endpoint, even when the body names none', async () => {
    hub.state.faults.push({
      path: /^\/crm\/v3\/objects\/contacts/,
      status: 403,
      body: { status: 'error', message: 'Forbidden', correlationId: 'x', category: 'MISSING_SCOPES' },
    });
    const r = await hubspot(['check', CONTRACT, '--leads', 'hubspot:', ...WHEN]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('crm.objects.contacts.read');
  });

  it('says a web page in HubSpot’s place as one: a 403 from a proxy is no missing scope, a 200 page is shown', async () => {
    const page = '<html><head><title>Access denied | api.hubapi.com used Cloudflare to restrict access</title></head><body></body></html>';
    hub.state.faults.push({ path: /^\/crm\/v3\/objects\/contacts$/, status: 403, raw: page });
    const refused = await hubspot(['check', CONTRACT, '--leads', 'hubspot:', ...WHEN]);
    expect(refused.stderr).not.toMatch(CRASH);
    expect(refused.status).toBe(2);
    // It said "the private app lacks the scope crm.objects.contacts.read": adding the scope changed nothing.
    expect(refused.stderr).not.toContain('lacks the scope');
    expect(refused.stderr).toContain(
      'HubSpot GET /crm/v3/objects/contacts answered 403 with something that is not HubSpot\'s answer (it begins "<html><head><title>Access denied | api.hubapi.com used Cloudflare to restrict ac…")',
    );
    expect(refused.stderr).toContain('a proxy or firewall between here and HubSpot refused the call');

    hub.state.faults.push({ path: /^\/crm\/v3\/objects\/contacts$/, status: 200, raw: '<!DOCTYPE html><html><body>Sign in to continue</body></html>' });
    const signIn = await hubspot(['check', CONTRACT, '--leads', 'hubspot:', ...WHEN]);
    expect(signIn.status).toBe(2);
    expect(signIn.stderr).toContain('answered 200 with something that is not JSON (it begins "<!DOCTYPE html><html><body>Sign in to continue</body></html>")');
  });

  it('asks for HUBSPOT_TOKEN when it is not set, before calling anyone', async () => {
    const r = await hubspot(['check', CONTRACT, '--leads', 'hubspot:', ...WHEN], { HUBSPOT_TOKEN: '' });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/HUBSPOT_TOKEN is not set/);
    expect(r.stderr).toContain('crm.objects.contacts.read');
    expect(hub.state.requests).toEqual([]);
  });

  // Before: tried 5 times over 15 seconds, then "could not reach HubSpot at api.hubapi.com
  // (…): Invalid URL, after 5 attempts; check the network".
  it('refuses a HUBSPOT_API_URL that is no http(s) URL at once, in check and in pull', async () => {
    for (const args of [
      ['check', CONTRACT, '--leads', 'hubspot:', ...WHEN],
      ['pull', 'hubspot', '--contract', CONTRACT, '--out', join(dir, 'bad-url.ndjson')],
    ]) {
      const started = Date.now();
      const r = await hubspot(args, { HUBSPOT_API_URL: 'api.hubapi.com' });
      expect(r.status, r.stderr).toBe(2);
      expect(r.stderr).toContain('revpact: HUBSPOT_API_URL "api.hubapi.com" is not an http(s) URL');
      expect(r.stderr).not.toMatch(/attempts|could not reach/);
      expect(Date.now() - started).toBeLessThan(10_000);
    }
  });

  it('names a mapping column no contact property holds, with the nearest property', async () => {
    const mapping = join(dir, 'typo.mapping.yaml');
    writeFileSync(mapping, 'apiVersion: revpact/v1\nkind: mapping\nextends: hubspot\ncolumns:\n  hs_lifecyclestage_marketingqualifiedlead_dat: mqlAt\n');
    const r = await hubspot(['check', CONTRACT, '--leads', 'hubspot:', '--mapping', mapping, ...WHEN]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('HubSpot has no contact property hs_lifecyclestage_marketingqualifiedlead_dat');
    expect(r.stderr).toContain('did you mean hs_lifecyclestage_marketingqualifiedlead_date?');
    expect(r.stderr).not.toMatch(CRASH);
  });

  it('says when HubSpot cannot be reached', async () => {
    // A dropped connection on every try: the retries run out (their waits are real here, so few).
    hub.state.faults.push({ path: /^\/crm\/v3\/properties/, status: 'drop', times: 100 });
    const r = await hubspot(['check', CONTRACT, '--leads', 'hubspot:', ...WHEN], {});
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/could not reach HubSpot at http:\/\/127\.0\.0\.1:\d+/);
    expect(r.stderr).not.toMatch(CRASH);
  }, 60_000);

  it('stops, naming it, when a page cursor comes a second time, as a pull does (it read the same contacts again and again, each a "duplicate id")', async () => {
    const contact = data.contacts[0] as FakeContact;
    const page = { results: [{ id: contact.id, properties: contact.properties }], paging: { next: { after: 'again' } } };
    hub.state.faults.push({ path: /^\/crm\/v3\/objects\/contacts$/, status: 200, body: page, times: 20 });
    const r = await hubspot(['check', CONTRACT, '--leads', 'hubspot:', ...WHEN]);
    expect(r.stderr).not.toMatch(CRASH);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('HubSpot\'s contacts list gave the page cursor "again" a second time: its pages would never end');
    expect(hub.state.requests.filter((q) => q.path === '/crm/v3/objects/contacts').length).toBe(2);
  });

  it('prints the token nowhere', () => {
    expect(runs.length).toBeGreaterThan(5);
    for (const r of runs) {
      expect(r.stdout).not.toContain(TOKEN);
      expect(r.stderr).not.toContain(TOKEN);
    }
  });
});

describe('the HubSpot source and the API’s limits', () => {
  const mapping = () => withDefaultTimeZone(presetMapping('hubspot'), ZONE);
  async function readAll(sleep: (ms: number) => Promise<void>): Promise<SourceItem[]> {
    const source = openHubSpotSource(mapping(), { token: TOKEN, baseUrl: hub.url, sleep, pace: false });
    const items: SourceItem[] = [];
    for await (const item of source.items) items.push(item);
    return items;
  }
  const clock = () => {
    const waits: number[] = [];
    return { waits, sleep: (ms: number) => (waits.push(ms), Promise.resolve()) };
  };

  it('waits out a 429 for as long as Retry-After says, on the injected clock', async () => {
    hub.state.faults.push({
      path: /^\/crm\/v3\/objects\/contacts$/,
      status: 429,
      headers: { 'Retry-After': '7', 'X-HubSpot-RateLimit-Max': '100', 'X-HubSpot-RateLimit-Remaining': '0' },
      body: {
        status: 'error',
        message: 'You have reached your ten_secondly_rolling limit.',
        errorType: 'RATE_LIMIT',
        correlationId: 'c',
        policyName: 'TEN_SECONDLY_ROLLING',
      },
      times: 2,
    });
    const { waits, sleep } = clock();
    const started = Date.now();
    const items = await readAll(sleep);
    expect(waits).toEqual([7000, 7000]);
    expect(Date.now() - started).toBeLessThan(7000); // nothing slept for real
    expect(items.filter((i) => i.kind === 'lead').length).toBe(data.contacts.length);
  });

  it('says an owners list answered by a sign-in page with status 200 is no page of owners, pointing at HUBSPOT_API_URL', async () => {
    hub.state.faults.push({ path: /^\/crm\/v3\/owners$/, status: 200, raw: '<html><body>Sign in to continue</body></html>', times: 20 });
    const { waits, sleep } = clock();
    const e = await readAll(sleep).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(HubSpotError);
    expect((e as HubSpotError).message).toContain("HubSpot's owners list answered something that is not a page of owners");
    expect((e as HubSpotError).hint).toContain('HUBSPOT_API_URL');
    expect(waits).toEqual([]);
  });

  it('retries a 502 and a dropped connection with a growing back-off, then reads on', async () => {
    hub.state.faults.push({ path: /^\/crm\/v3\/objects\/contacts$/, status: 502, times: 2 });
    hub.state.faults.push({ path: /^\/crm\/v3\/owners$/, status: 'drop' });
    const { waits, sleep } = clock();
    const items = await readAll(sleep);
    expect(waits).toEqual([1000, 1000, 2000]);
    expect(items.length).toBe(data.contacts.length);
  });

  it('takes an answer cut off mid-body as a dropped connection: retried, then reads on', async () => {
    hub.state.faults.push({ path: /^\/crm\/v3\/objects\/contacts$/, status: 'cut', body: { results: [], paging: { next: { after: '1' } } } });
    const { waits, sleep } = clock();
    const items = await readAll(sleep);
    expect(hub.state.requests.filter((r) => r.status === 'cut')).toHaveLength(1);
    expect(waits).toEqual([1000]);
    expect(items.length).toBe(data.contacts.length);
  });

  it('gives up after a bounded number of 5xx, saying so', async () => {
    hub.state.faults.push({ path: /^\/crm\/v3\/properties\/contacts$/, status: 503, times: 100 });
    const { waits, sleep } = clock();
    await expect(readAll(sleep)).rejects.toThrow(/answered 503.*after 5 attempts/);
    expect(waits).toEqual([1000, 2000, 4000, 8000]);
  });

  it('stops at once on the daily quota instead of waiting seconds that will not help', async () => {
    hub.state.faults.push({
      path: /^\/crm\/v3\/properties\/contacts$/,
      status: 429,
      body: { status: 'error', message: 'You have reached your daily limit.', errorType: 'RATE_LIMIT', correlationId: 'c', policyName: 'DAILY' },
    });
    const { waits, sleep } = clock();
    await expect(readAll(sleep)).rejects.toThrow(/API limit is used up/);
    expect(waits).toEqual([]);
  });

  it('cuts the token out of anything HubSpot sends back', async () => {
    hub.state.faults.push({
      path: /^\/crm\/v3\/properties\/contacts$/,
      status: 400,
      body: { status: 'error', message: `bad header Bearer ${TOKEN}`, correlationId: 'c', category: 'VALIDATION_ERROR' },
    });
    const { sleep } = clock();
    const error = await readAll(sleep).then(
      () => undefined,
      (e: unknown) => e as Error,
    );
    expect(error?.message).toContain('answered 400: bad header Bearer [HUBSPOT_TOKEN]');
    expect(error?.message).not.toContain(TOKEN);
  });

  it('streams: a page is fetched only when the one before has been read', async () => {
    const source = openHubSpotSource(mapping(), { token: TOKEN, baseUrl: hub.url, sleep: () => Promise.resolve(), pace: false });
    const needs = { pii: new Set<never>(), attributes: new Set<string>() };
    const contactPages = () => hub.state.requests.filter((r) => r.path === '/crm/v3/objects/contacts').length;
    const batches = (source.items.batches as NonNullable<typeof source.items.batches>)(needs)[Symbol.asyncIterator]();
    const first = await batches.next();
    expect([...(first.value as Iterable<SourceItem>)].length).toBe(100);
    expect(contactPages()).toBe(1);
    await batches.next();
    expect(contactPages()).toBe(2);
    await batches.return?.();
    expect(source.stats.rows).toBe(200);
  });

  it('reads a contact like its export row: the owner’s name, the stage and the dates', async () => {
    const { sleep } = clock();
    const items = await readAll(sleep);
    const first = items[0];
    expect(first?.kind).toBe('lead');
    if (first?.kind !== 'lead') return;
    const c = data.contacts[0] as FakeContact;
    expect(first.lead.id).toBe(c.id);
    const owner = data.owners.find((o) => o.id === c.properties['hubspot_owner_id']);
    expect(first.lead.owner).toBe(owner ? `${owner.firstName} ${owner.lastName}` : undefined);
    expect(first.lead.createdAt).toBe(Date.parse(c.properties['createdate'] as string));
    expect(first.lead.origin).toEqual({ file: 'hubspot:', row: 2 });
  });
});
