/**
 * The Action reading the lead data from the CRM (issue 14, input `leads-from`): the
 * bundled dist/index.js on Node 24 against a local GitHub and a local HubSpot. The
 * monthly report from the API says what the same contacts' export says; a pull request
 * from a fork, which gets no secrets, is reviewed without the simulation; anywhere else
 * a missing token fails the step naming the secret; the token is printed nowhere.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { node24, runAction, webhookExample, type ActionRun, BASE, HEAD, PATH, BASE_TEXT, HEAD_TEXT } from '../helpers/action.js';
import { FakeGitHub } from '../helpers/fake-github.js';
import { startFakeHubSpot, type FakeHubSpot } from '../helpers/fake-hubspot.js';
import { generateExport } from '../helpers/gen.js';
import { hubSpotDataOf } from '../helpers/hubspot-data.js';
import { startFakeSalesforce, type FakeSalesforce } from '../helpers/fake-salesforce.js';
import { salesforceDataOf } from '../helpers/salesforce-data.js';

const NODE24 = node24();
const GITHUB_TOKEN = 'ghs_TestTokenThatMustNeverBePrinted0123456789';
const HUBSPOT_TOKEN = 'pat-na1-11111111-2222-4333-8444-5555crmt0ken';

let workspace: string;
let hub: FakeHubSpot;
let sf: FakeSalesforce;
const SF_TOKEN = '00D5g000004ACTN!AQ8AQE.fake_session_token_action_91c2';
const servers: FakeGitHub[] = [];

beforeAll(async () => {
  workspace = mkdtempSync(join(tmpdir(), 'revpact-ws-crm-'));
  mkdirSync(join(workspace, 'contracts'));
  mkdirSync(join(workspace, 'data'));
  writeFileSync(join(workspace, PATH), BASE_TEXT);
  const generated = join(workspace, 'generated.csv');
  generateExport(generated, { rows: 600, format: 'hubspot', seed: 21, from: '2026-09-01', days: 61 });
  // The contract reads its export in Europe/Madrid (the preset's export wall clock).
  const data = hubSpotDataOf(generated, 'Europe/Madrid');
  rmSync(generated);
  writeFileSync(join(workspace, 'data', 'hubspot-contacts.csv'), data.csv);
  hub = await startFakeHubSpot({ token: HUBSPOT_TOKEN, contacts: data.contacts, owners: data.owners, properties: data.properties });
  const sfGenerated = join(workspace, 'generated-sf.csv');
  generateExport(sfGenerated, { rows: 500, format: 'salesforce', seed: 22, from: '2026-09-01', days: 61 });
  const sfData = salesforceDataOf(sfGenerated, 'Europe/Madrid');
  rmSync(sfGenerated);
  writeFileSync(join(workspace, 'data', 'salesforce-leads.csv'), sfData.csv);
  sf = await startFakeSalesforce({ token: SF_TOKEN, leads: sfData.leads, fields: sfData.fields });
});
afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  await hub?.close();
  await sf?.close();
  if (workspace) rmSync(workspace, { recursive: true, force: true });
});

async function github(options: { headRepo?: string } = {}): Promise<{ gh: FakeGitHub; url: string }> {
  const gh = new FakeGitHub({
    token: GITHUB_TOKEN,
    commits: { [BASE]: { [PATH]: BASE_TEXT }, [HEAD]: { [PATH]: HEAD_TEXT } },
    pulls: {
      7: { number: 7, headSha: HEAD, baseSha: BASE, author: 'revops-ana', files: [{ filename: PATH, status: 'modified' }], ...options },
    },
    reviews: { 7: [] },
  });
  servers.push(gh);
  return { gh, url: await gh.start() };
}

function prPayload(): Record<string, unknown> {
  const payload = webhookExample('pull_request', 'opened');
  const pr = payload['pull_request'] as Record<string, unknown>;
  payload['number'] = 7;
  pr['number'] = 7;
  (pr['head'] as Record<string, unknown>)['sha'] = HEAD;
  (pr['base'] as Record<string, unknown>)['sha'] = BASE;
  return payload;
}

const crm = (extra: Record<string, string> = {}) => ({ HUBSPOT_API_URL: hub.url, ...extra });
const inputs = (extra: Record<string, string>) => ({ 'github-token': GITHUB_TOKEN, period: '2026-10', 'as-of': '2026-11-02T08:00:00+01:00', ...extra });
const printed = (run: ActionRun, gh: FakeGitHub) =>
  [run.stdout, run.stderr, run.summary, JSON.stringify(run.outputs), ...Object.values(run.temp), ...gh.requests.map((r) => r.body)].join('\n');

describe.skipIf(!NODE24).concurrent('GitHub Action: leads-from a CRM', () => {
  it('publishes the monthly report from HubSpot, with the numbers of the same contacts’ export', async () => {
    const fromApi = await github();
    const api = await runAction({
      apiUrl: fromApi.url,
      event: 'schedule',
      payload: { schedule: '0 6 1 * *' },
      inputs: inputs({ 'leads-from': 'hubspot' }),
      workspace,
      env: crm({ HUBSPOT_TOKEN }),
    });
    expect(api.code, api.stderr + api.stdout).toBe(0);
    const fromFile = await github();
    const file = await runAction({
      apiUrl: fromFile.url,
      event: 'schedule',
      payload: { schedule: '0 6 1 * *' },
      inputs: inputs({ leads: 'data/hubspot-contacts.csv' }),
      workspace,
    });
    expect(file.code, file.stderr + file.stdout).toBe(0);
    const issue = (gh: FakeGitHub) => gh.state.issues[0]?.body ?? '';
    expect(issue(fromApi.gh)).toContain('Compliance report 2026-10');
    expect(issue(fromApi.gh)).toMatch(/\d+ rows: \d+ evaluated/);
    // The same words but the input's name: `hubspot:` where the report names its files, HubSpot in the footer.
    const expected = issue(fromFile.gh)
      .split('**Files:** data/hubspot-contacts.csv')
      .join('**Files:** hubspot:')
      .split('data/hubspot-contacts.csv')
      .join('HubSpot');
    expect(issue(fromApi.gh)).toBe(expected);
    expect(api.outputs['compliance']).toBe(file.outputs['compliance']);
    expect(hub.state.requests.some((r) => r.path.startsWith('/crm/v3/objects/contacts'))).toBe(true);
    expect(printed(api, fromApi.gh)).not.toContain(HUBSPOT_TOKEN);
  });

  it('publishes the monthly report from Salesforce, with the numbers of the same leads’ export', async () => {
    const fromApi = await github();
    const api = await runAction({
      apiUrl: fromApi.url,
      event: 'schedule',
      payload: { schedule: '0 6 1 * *' },
      inputs: inputs({ 'leads-from': 'salesforce' }),
      workspace,
      env: { SF_INSTANCE_URL: sf.url, SF_ACCESS_TOKEN: SF_TOKEN },
    });
    expect(api.code, api.stderr + api.stdout).toBe(0);
    const fromFile = await github();
    const file = await runAction({
      apiUrl: fromFile.url,
      event: 'schedule',
      payload: { schedule: '0 6 1 * *' },
      inputs: inputs({ leads: 'data/salesforce-leads.csv', mapping: 'salesforce' }),
      workspace,
    });
    expect(file.code, file.stderr + file.stdout).toBe(0);
    const issue = (gh: FakeGitHub) => gh.state.issues[0]?.body ?? '';
    expect(issue(fromApi.gh)).toMatch(/\d+ rows: \d+ evaluated/);
    const expected = issue(fromFile.gh)
      .split('**Files:** data/salesforce-leads.csv')
      .join('**Files:** salesforce:')
      .split('data/salesforce-leads.csv')
      .join('Salesforce');
    expect(issue(fromApi.gh)).toBe(expected);
    expect(printed(api, fromApi.gh)).not.toContain(SF_TOKEN);
  });

  it('reviews a pull request from a fork without the simulation: no secrets there, and it says so', async () => {
    const { gh, url } = await github({ headRepo: 'contributor/agreements' });
    const run = await runAction({
      apiUrl: url,
      event: 'pull_request',
      payload: prPayload(),
      inputs: inputs({ 'leads-from': 'hubspot' }),
      workspace,
      env: crm(),
    });
    expect(run.code, run.stderr + run.stdout).toBe(0);
    expect(run.stdout).toContain('::warning::revpact: A pull request from a fork gets no secrets (HUBSPOT_TOKEN is empty)');
    expect(run.summary).toContain('was not simulated from HubSpot');
    expect(gh.state.comments[7]?.[0]?.body).toContain('was not simulated from HubSpot');
    // The rest of the review ran: the change is explained.
    expect(run.summary).toMatch(/2\.3\.0.*2\.4\.0/s);
  });

  it('simulates the change on HubSpot’s contacts on a pull request from the repository itself', async () => {
    const { gh, url } = await github();
    const run = await runAction({
      apiUrl: url,
      event: 'pull_request',
      payload: prPayload(),
      inputs: inputs({ 'leads-from': 'hubspot' }),
      workspace,
      env: crm({ HUBSPOT_TOKEN }),
    });
    expect(run.code, run.stderr + run.stdout).toBe(0);
    expect(run.summary).not.toContain('not simulated');
    expect(run.summary).toMatch(/evaluated/);
    expect(printed(run, gh)).not.toContain(HUBSPOT_TOKEN);
  });

  it('fails the step naming the secret when the token is missing outside a fork, and refuses leads with leads-from', async () => {
    const { url } = await github();
    const missing = await runAction({
      apiUrl: url,
      event: 'schedule',
      payload: { schedule: '0 6 1 * *' },
      inputs: inputs({ 'leads-from': 'hubspot' }),
      workspace,
      env: crm(),
    });
    expect(missing.code).toBe(1);
    expect(missing.stdout).toContain('::error::revpact: HUBSPOT_TOKEN is not set: leads-from: hubspot reads the lead data from HubSpot with its token');
    expect(missing.stdout).toContain('secrets.HUBSPOT_TOKEN');
    const both = await runAction({
      apiUrl: url,
      event: 'schedule',
      payload: { schedule: '0 6 1 * *' },
      inputs: inputs({ 'leads-from': 'hubspot', leads: 'data/hubspot-contacts.csv' }),
      workspace,
      env: crm({ HUBSPOT_TOKEN }),
    });
    expect(both.code).toBe(1);
    expect(both.stdout).toContain('inputs leads and leads-from: give one');
    const other = await runAction({
      apiUrl: url,
      event: 'schedule',
      payload: { schedule: '0 6 1 * *' },
      inputs: inputs({ 'leads-from': 'hubspot', mapping: 'salesforce' }),
      workspace,
      env: crm({ HUBSPOT_TOKEN }),
    });
    expect(other.code).toBe(1);
    expect(other.stdout).toContain(
      "::error::revpact: leads-from: hubspot with mapping: salesforce: that preset reads Salesforce's columns, and HubSpot has none of them",
    );
    const typo = await runAction({ apiUrl: url, event: 'schedule', payload: { schedule: '0 6 1 * *' }, inputs: inputs({ 'leads-from': 'hubspt' }), workspace });
    expect(typo.code).toBe(1);
    expect(typo.stdout).toContain('input leads-from: "hubspt" is not one of file, hubspot, salesforce');
  });
});
