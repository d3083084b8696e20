/**
 * Issue 15, item 1: a series reads the data ONCE. Shown where reading twice would be
 * seen: contacts straight from HubSpot's API (a local server answering like it,
 * test/helpers/fake-hubspot.ts), which counts the pages asked for. `check --every week`
 * asks for each page exactly once, as many pages as a check without a series, on the
 * streaming and the DuckDB engine; and its series is the series of the same contacts
 * read from their export.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ComplianceReport } from '../../src/engine/types.js';
import { internalName } from '../../src/leads/crm/hubspot/index.js';
import { ensureBuilt, runCli, runCliAsync } from '../helpers/cli.js';
import { contactsFromExport, startFakeHubSpot, type FakeHubSpot } from '../helpers/fake-hubspot.js';
import { parseCsv, toInstant } from '../helpers/hubspot-data.js';
import { generateExport } from '../helpers/gen.js';
import { REPO_ROOT } from '../helpers/paths.js';

const TOKEN = 'pat-na1-5e41e5-0b1c-4d2e-8f3a-series0token';
const ZONE = 'Europe/Madrid';
const CONTRACT = join(REPO_ROOT, 'contracts', 'b2b-saas.yaml');
const WHEN = ['--period', '2026-Q4', '--as-of', '2026-11-20T09:00:00+01:00'];
const CONTACTS_PATH = '/crm/v3/objects/contacts';
const dir = mkdtempSync(join(tmpdir(), 'revpact-series-once-'));
let hub: FakeHubSpot;
let count = 0;

beforeAll(async () => {
  ensureBuilt();
  const generated = join(dir, 'generated.csv');
  generateExport(generated, { rows: 1500, format: 'hubspot', seed: 21, from: '2026-09-15', days: 75 });
  const data = contactsFromExport(readFileSync(generated, 'utf8'), ZONE, internalName, parseCsv, toInstant);
  count = data.contacts.length;
  writeFileSync(join(dir, 'contacts.csv'), data.csv);
  hub = await startFakeHubSpot({ token: TOKEN, contacts: data.contacts, owners: data.owners, properties: data.properties });
});

afterAll(async () => {
  await hub?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Runs check against the fake HubSpot; returns the report and the contact pages it asked for (their `after` cursors). */
async function fromApi(extra: string[]): Promise<{ report: ComplianceReport; pages: (string | null)[] }> {
  hub.state.requests.length = 0;
  const r = await runCliAsync(['check', CONTRACT, '--leads', 'hubspot:', ...WHEN, '--format', 'json', '--quiet', ...extra], {
    env: { HUBSPOT_TOKEN: TOKEN, HUBSPOT_API_URL: hub.url },
  });
  expect(r.status, r.stderr).toBe(0);
  const pages = hub.state.requests.filter((q) => q.path === CONTACTS_PATH).map((q) => q.query.get('after'));
  return { report: JSON.parse(r.stdout) as ComplianceReport, pages };
}

describe('check --every reads the data once', () => {
  it.each(['streaming', 'duckdb'])('%s: each page of contacts asked for once, as without --every', async (engine) => {
    const plain = await fromApi(['--engine', engine]);
    const weekly = await fromApi(['--engine', engine, '--every', 'week']);
    expect(plain.pages.length).toBe(Math.ceil(count / 100));
    expect(weekly.pages).toEqual(plain.pages);
    expect(new Set(weekly.pages).size).toBe(weekly.pages.length);
    // And it measured weeks: 14 ISO weeks touch the quarter, those from as-of on are future.
    const periods = weekly.report.series?.periods ?? [];
    expect(periods).toHaveLength(14);
    expect(periods.filter((p) => !p.future).length).toBeGreaterThan(6);
    expect(periods.some((p) => p.slas.some((s) => s.met + s.breached > 0))).toBe(true);
  });

  it('the series from the API is the series from the same contacts’ export, on both engines', async () => {
    const api = await fromApi(['--every', 'week']);
    const file = runCli(['check', CONTRACT, '--leads', 'contacts.csv', '--mapping', 'hubspot', ...WHEN, '--format', 'json', '--quiet', '--every', 'week'], {
      cwd: dir,
    });
    expect(file.status, file.stderr).toBe(0);
    expect(JSON.stringify(api.report.series)).toBe(JSON.stringify((JSON.parse(file.stdout) as ComplianceReport).series));
    // DuckDB loads the API's contacts once into a table (not a view it would re-read) and gives the same series.
    const duck = await fromApi(['--every', 'week', '--engine', 'duckdb']);
    expect(JSON.stringify(duck.report.series)).toBe(JSON.stringify(api.report.series));
  });
});
