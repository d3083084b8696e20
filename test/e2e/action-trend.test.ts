/**
 * The monthly report issue's trend (issue 15, item 3), end to end: the bundled Action on
 * Node 24 against the fake GitHub, on an export with leads in May, a little spill-over in
 * June and July, none in August, and September–October: the issue shows the 12 months
 * ending with October, each month's numbers equal to `revpact check --period <month>`,
 * April said to be before the data, August said to have no leads, and what changed from
 * September to October.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMENT_LIMIT } from '../../src/action/comment.js';
import type { ComplianceReport } from '../../src/engine/types.js';
import { createFormatter } from '../../src/render/format.js';
import { EN, reportText } from '../../src/report/render/messages.js';
import { commitmentValue } from '../../src/report/render/model.js';
import { node24, runAction } from '../helpers/action.js';
import { ensureBuilt, runCli } from '../helpers/cli.js';
import { FakeGitHub } from '../helpers/fake-github.js';
import { startFakeHubSpot } from '../helpers/fake-hubspot.js';
import { generateExport } from '../helpers/gen.js';
import { hubSpotDataOf } from '../helpers/hubspot-data.js';
import { REPO_ROOT } from '../helpers/paths.js';

const TOKEN = 'ghs_TestTokenThatMustNeverBePrinted0123456789';
const HUBSPOT_TOKEN = 'pat-na1-11111111-2222-4333-8444-5555trendt0k';
const PATH = 'contracts/b2b-saas.yaml';
const AS_OF = '2026-11-02T08:00:00+01:00';
const f = createFormatter(EN);

let ws: string;
let exportPath: string;
const servers: FakeGitHub[] = [];

beforeAll(() => {
  ensureBuilt();
  ws = mkdtempSync(join(tmpdir(), 'revpact-trend-'));
  mkdirSync(join(ws, 'contracts'));
  mkdirSync(join(ws, 'data'));
  copyFileSync(join(REPO_ROOT, PATH), join(ws, PATH));
  // Two generated exports in one file (the second's ids moved so none repeats): May, then September–October.
  const may = join(ws, 'may.csv');
  const autumn = join(ws, 'autumn.csv');
  generateExport(may, { rows: 120, format: 'hubspot', seed: 5, from: '2026-05-01', days: 20 });
  generateExport(autumn, { rows: 300, format: 'hubspot', seed: 11, from: '2026-09-01', days: 61 });
  const second = readFileSync(autumn, 'utf8').split('\n').slice(1).filter(Boolean);
  exportPath = join(ws, 'data', 'hubspot-contacts.csv');
  writeFileSync(exportPath, readFileSync(may, 'utf8').trimEnd() + '\n' + second.map((l) => l.replace(/^51/, '52')).join('\n') + '\n');
});

afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
});

/** `revpact check --period <month>` on the same export, as JSON. */
function checkMonth(month: string): ComplianceReport {
  const r = runCli(['check', join(ws, PATH), '--leads', exportPath, '--period', month, '--as-of', AS_OF, '--format', 'json']);
  expect(r.stderr).not.toMatch(/internal error/);
  return JSON.parse(r.stdout) as ComplianceReport;
}

/** The cells of the row of `month` in the trend table that follows `title`. */
function row(body: string, title: string, month: string): string[] {
  const section = body.slice(body.indexOf(`**${title}**`));
  const line = section.split('\n').find((l) => l.startsWith(`| ${month}`) || l.startsWith(`| ⚪ ${month}`));
  if (line === undefined) throw new Error(`no row ${month} under ${title}`);
  return line
    .slice(2, -2)
    .split(' | ')
    .map((c) => c.trim());
}

/** A cell's number as shown, without its status icon and bold. */
const plain = (cell: string) => cell.replace(/^(✅|❌|⚪) /, '').replace(/\*\*/g, '');

/** Runs the monthly report on the fake GitHub; returns the issue body and the run. */
async function monthly(extra: Record<string, string>, env: Record<string, string> = {}) {
  const gh = new FakeGitHub({ token: TOKEN });
  servers.push(gh);
  const url = await gh.start();
  const run = await runAction({
    apiUrl: url,
    event: 'schedule',
    payload: { schedule: '0 6 1 * *' },
    inputs: { 'github-token': TOKEN, 'as-of': AS_OF, ...extra },
    workspace: ws,
    env,
  });
  expect(run.code, run.stderr + run.stdout).toBe(0);
  expect(gh.state.issues).toHaveLength(1);
  return { run, issue: gh.state.issues[0] };
}

const SLA_TABLE = EN.trend.slaTable;
const COMMITMENT_TABLE = EN.trend.commitmentTable;

describe.skipIf(!node24())('monthly report issue: trend and changes', () => {
  let body = '';
  let summary = '';

  beforeAll(async () => {
    const { run, issue } = await monthly({ leads: 'data/hubspot-contacts.csv' });
    expect(issue?.title).toBe('Compliance report 2026-10');
    body = issue?.body ?? '';
    summary = run.summary;
    expect(body + run.stdout + run.stderr + summary).not.toContain(TOKEN);
  });

  it('follows the month’s report with the 12 months ending with it, under GitHub’s size limit', () => {
    const trend = body.indexOf(`### ${EN.trend.title('12')}`);
    expect(trend).toBeGreaterThan(body.indexOf('### SLAs'));
    expect(trend).toBeGreaterThan(body.indexOf('<summary>Breakdowns'));
    expect(body.indexOf(`### ${EN.trend.sinceTitle}`)).toBeGreaterThan(trend);
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(summary).toContain(body.slice(trend, body.indexOf('<sub>')));
    const months = body
      .slice(body.indexOf(`**${SLA_TABLE}**`), body.indexOf(`**${COMMITMENT_TABLE}**`))
      .split('\n')
      .filter((l) => /^\| (⚪ )?\d{4}-\d{2}/.test(l))
      .map((l) => /\d{4}-\d{2}/.exec(l)?.[0]);
    expect(months).toEqual([
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
    ]);
  });

  it('each month’s row has the numbers of `revpact check --period <month>` (the reported month’s being the report’s)', () => {
    for (const month of ['2026-05', '2026-06', '2026-09', '2026-10']) {
      const r = checkMonth(month);
      const slas = row(body, SLA_TABLE, month).slice(1).map(plain);
      expect(slas, month).toEqual(r.slas.map((s) => f.measured(s.attainment)));
      const commitments = row(body, COMMITMENT_TABLE, month).slice(1).map(plain);
      const money = createFormatter(EN, r.contract.currency);
      expect(commitments, month).toEqual(
        r.commitments.map((c) => `${commitmentValue(c, c.actual, 'measured', money)} / ${commitmentValue(c, c.goal, 'stated', money)}`),
      );
      // A failing number is marked as failing.
      r.slas.forEach((s, i) =>
        expect(row(body, SLA_TABLE, month)[i + 1]?.startsWith(s.status === 'fail' ? '❌' : s.status === 'pass' ? '✅' : '⚪')).toBe(true),
      );
    }
    // The reported month's row shows what the report above it says.
    const oct = checkMonth('2026-10');
    for (const s of oct.slas) expect(body).toMatch(new RegExp(`\\| ${s.id} \\|[^\\n]*\\| ${f.measured(s.attainment).replace('.', '\\.')} \\|`));
  });

  it('draws each SLA’s attainment per month in Mermaid, from the months with a number', () => {
    const trend = body.slice(body.indexOf(`### ${EN.trend.title('12')}`), body.indexOf(`**${COMMITMENT_TABLE}**`));
    expect(trend).toContain('```mermaid\nxychart-beta');
    const block = trend.slice(trend.indexOf('title "first-touch: attainment per period"'));
    const labels = /x-axis "[^"]*" \[(.*)\]/.exec(block)?.[1];
    const months = ['2026-05', '2026-06', '2026-09', '2026-10'];
    expect(labels).toBe(months.map((m) => `"${m}"`).join(', '));
    const line = /line \[(.*)\]/.exec(block)?.[1]?.split(', ').map(Number);
    expect(line).toEqual(months.map((m) => Math.round((checkMonth(m).slas[0]?.attainment ?? NaN) * 10000) / 100));
  });

  it('says a month is before the data, before the contract, or without leads, instead of showing it as a failure', () => {
    expect(checkMonth('2026-04').input.leads).toMatchObject({ inPeriod: 0, before: 0 });
    expect(checkMonth('2026-08').input.leads.inPeriod).toBe(0);
    for (const table of [SLA_TABLE, COMMITMENT_TABLE]) {
      expect(row(body, table, '2026-04')[0]).toBe(`⚪ ${EN.trend.monthWithout('2026-04', EN.trend.state['before-data'])}`);
      expect(row(body, table, '2026-08')[0]).toBe(`⚪ ${EN.trend.monthWithout('2026-08', EN.trend.state['no-leads'])}`);
      expect(row(body, table, '2026-03')[0]).toBe(`⚪ ${EN.trend.monthWithout('2026-03', EN.trend.state['before-effective'])}`);
      for (const m of ['2026-03', '2026-04', '2026-08']) {
        const cells = row(body, table, m).slice(1);
        expect(cells.every((c) => c === EN.none)).toBe(true);
      }
    }
  });

  it('says what changed from September to October, in the shares as shown', () => {
    const since = body.slice(body.indexOf(`### ${EN.trend.sinceTitle}`));
    expect(since).toContain('2026-09 → 2026-10');
    const sep = checkMonth('2026-09');
    const oct = checkMonth('2026-10');
    oct.slas.forEach((s, i) => {
      const from = f.measured(sep.slas[i]?.attainment ?? null);
      const to = f.measured(s.attainment);
      // An SLA the export cannot measure (HubSpot's has no recycling date) has no attainment to compare.
      if (s.attainment === null || sep.slas[i]?.attainment === null) {
        expect(since).toContain(`- SLA ${s.id}: attainment ${from} → ${to}, no change to show`);
        return;
      }
      const pts = Number.parseFloat(to) - Number.parseFloat(from);
      const sign = pts > 0.04 ? '+' : pts < -0.04 ? '-' : '±';
      expect(since).toContain(`- SLA ${s.id}: attainment ${from} → ${to}, ${sign}${Math.abs(pts).toFixed(1)} pts`);
    });
    const volume = (r: ComplianceReport) => r.commitments.find((c) => c.id === 'mql-volume')?.actual ?? NaN;
    const diff = volume(oct) - volume(sep);
    expect(since).toContain(`- Commitment mql-volume: ${volume(sep)} → ${volume(oct)}, ${diff > 0 ? '+' : diff < 0 ? '-' : '±'}${Math.abs(diff)}`);
  });

  it('calls out a status change, and says when one month has nothing to compare', async () => {
    const { issue } = await monthly({ leads: 'data/hubspot-contacts.csv', period: '2026-06' });
    const june = issue?.body ?? '';
    expect(issue?.title).toBe('Compliance report 2026-06');
    const may = checkMonth('2026-05');
    const jun = checkMonth('2026-06');
    const quality = (r: ComplianceReport) => r.commitments.find((c) => c.id === 'mql-quality');
    expect([quality(may)?.status, quality(jun)?.status]).toEqual(['fail', 'pass']);
    const since = june.slice(june.indexOf(`### ${EN.trend.sinceTitle}`));
    expect(since).toContain('2026-05 → 2026-06');
    expect(since).toMatch(/- Commitment mql-quality: [^\n]* — \*\*FAIL → pass\*\*/);
    // rejection-feedback had met or breached leads in May and none in June.
    expect(jun.slas.find((s) => s.id === 'rejection-feedback')?.attainment).toBeNull();
    expect(since).toContain(
      `- SLA rejection-feedback: attainment ${f.measured(may.slas.find((s) => s.id === 'rejection-feedback')?.attainment ?? null)} → –, no change to show (2026-06: ${EN.trend.noNumbers})`,
    );
    // The 12 months end with June.
    expect(row(june, SLA_TABLE, '2026-06')).toBeDefined();
    expect(june).toContain(`| ⚪ ${EN.trend.monthWithout('2025-07', EN.trend.state['before-effective'])} |`);
    expect(june).not.toContain('| 2026-07 |');
  });

  it('writes the trend in the contract’s language (metadata.locale: es)', async () => {
    const spanish = 'contracts/es/b2b-saas.yaml';
    mkdirSync(join(ws, 'contracts', 'es'), { recursive: true });
    writeFileSync(join(ws, spanish), readFileSync(join(ws, PATH), 'utf8').replace('  locale: en\n', '  locale: es\n'));
    try {
      const { issue } = await monthly({ leads: 'data/hubspot-contacts.csv', contracts: spanish });
      const es = reportText('es');
      const md = issue?.body ?? '';
      expect(md).toContain(`### ${es.trend.title('12')}`);
      expect(md).toContain(`### ${es.trend.sinceTitle}`);
      expect(md).toContain(`⚪ ${es.trend.monthWithout('2026-08', es.trend.state['no-leads'])}`);
      expect(md).not.toContain(EN.trend.title('12'));
      expect(md).not.toContain(' pts');
      // The same numbers as the English trend, in Spanish digits.
      const oct = checkMonth('2026-10');
      const f = createFormatter(es, oct.contract.currency);
      expect(row(md, es.trend.slaTable, '2026-10').slice(1).map(plain)).toEqual(oct.slas.map((x) => f.measured(x.attainment)));
    } finally {
      rmSync(join(ws, 'contracts', 'es'), { recursive: true, force: true });
    }
  });

  it('reads HubSpot once for the month and its trend, and shows the same trend as the export', async () => {
    const generated = join(ws, 'generated.csv');
    generateExport(generated, { rows: 450, format: 'hubspot', seed: 21, from: '2026-08-20', days: 70 });
    const data = hubSpotDataOf(generated, 'Europe/Madrid');
    writeFileSync(join(ws, 'data', 'crm-contacts.csv'), data.csv);
    const hub = await startFakeHubSpot({ token: HUBSPOT_TOKEN, contacts: data.contacts, owners: data.owners, properties: data.properties });
    try {
      const api = await monthly({ 'leads-from': 'hubspot' }, { HUBSPOT_TOKEN, HUBSPOT_API_URL: hub.url });
      const pages = hub.state.requests.filter((q) => q.path === '/crm/v3/objects/contacts').map((q) => q.query.get('after'));
      expect(pages.length).toBe(Math.ceil(data.contacts.length / 100));
      expect(new Set(pages).size).toBe(pages.length);
      const file = await monthly({ leads: 'data/crm-contacts.csv' });
      const trend = (b: string) => b.slice(b.indexOf(`### ${EN.trend.title('12')}`), b.indexOf('<sub>'));
      expect(trend(api.issue?.body ?? '')).toContain('2026-09 → 2026-10');
      expect(trend(api.issue?.body ?? '')).toBe(trend(file.issue?.body ?? ''));
      expect(api.run.stdout + api.run.stderr + (api.issue?.body ?? '')).not.toContain(HUBSPOT_TOKEN);
    } finally {
      await hub.close();
    }
  });
});
