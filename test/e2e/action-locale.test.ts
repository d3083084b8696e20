/**
 * Issue 15, item 4 in the Action: the pull-request comment's frame, the commit status, the
 * job summary and the monthly issue speak the contract's metadata.locale (Spanish here),
 * with no English left but the data and the known gaps (a change's one-line summary, the
 * simulation's notes: the JSON's words too), scanned as test/e2e/locale-scan.test.ts scans
 * the reports. The hidden markers do not change with the language: a comment or an issue
 * the Action wrote in English before the contract switched to Spanish is found and
 * updated, never duplicated. When the contracts of one pull request speak different
 * languages, the frame is English and each contract's section speaks its own.
 *
 * The bundled dist/index.js on Node 24 against the fake GitHub API (test/helpers/action.ts).
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMENT_MARKER } from '../../src/action/comment.js';
import { EN as EN_FRAME, frameText } from '../../src/action/messages.js';
import { monthlyMarker } from '../../src/action/monthly.js';
import type { CliIO } from '../../src/cli/io.js';
import { run } from '../../src/cli/main.js';
import type { ComplianceReport } from '../../src/engine/types.js';
import { reportText } from '../../src/report/render/messages.js';
import type { DiffReport } from '../../src/review/types.js';
import { node24, runAction, webhookExample, BASE, HEAD, PATH, BASE_TEXT as B2B_TEXT, headOf } from '../helpers/action.js';
import { diffData, englishIn, reportData, unmarkdown, withoutData } from '../helpers/english-scan.js';
import { FakeGitHub, type FakeReview } from '../helpers/fake-github.js';
import { generateExport } from '../helpers/gen.js';
import { REPO_ROOT } from '../helpers/paths.js';

const TOKEN = 'ghs_TestTokenThatMustNeverBePrinted0123456789';
const OTHER = 'contracts/multi-region.yaml';
const EXPORT = 'data/hubspot-contacts.csv';
const ES = frameText('es');
/** The example contract, in Spanish. */
const BASE_TEXT = B2B_TEXT.replace('  locale: en\n', '  locale: es\n');
/** Looser first touch (1bh → 2bh), so a minor version. */
const HEAD_TEXT = headOf(BASE_TEXT);
/** The review's period and the instant it is measured at (the period's end in Madrid: input as-of empty). */
const PERIOD = '2026-10';
const PERIOD_END = '2026-11-01T00:00:00+01:00';

let workspace: string;
const servers: FakeGitHub[] = [];

beforeAll(() => {
  workspace = mkdtempSync(join(tmpdir(), 'revpact-action-locale-'));
  mkdirSync(join(workspace, 'data'));
  mkdirSync(join(workspace, 'contracts'));
  generateExport(join(workspace, EXPORT), { rows: 300, format: 'hubspot', seed: 11, from: '2026-09-01', days: 61 });
});

afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
  rmSync(workspace, { recursive: true, force: true });
});

/** `revpact <argv>` in process in the workspace; its standard output. */
async function cli(argv: string[]): Promise<string> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), cwd: workspace, env: {}, stderrIsTTY: false, stdoutIsTTY: false };
  const status = await run(argv, io);
  expect(status, `revpact ${argv.join(' ')}: ${stderr}`).toBeLessThanOrEqual(1);
  return stdout;
}

async function pullRequest(head: Record<string, string>, files: { filename: string; status: string }[], reviews: FakeReview[] = []) {
  const gh = new FakeGitHub({
    token: TOKEN,
    commits: { [BASE]: { [PATH]: BASE_TEXT }, [HEAD]: head },
    pulls: { 7: { number: 7, headSha: HEAD, baseSha: BASE, author: 'revops-ana', files } },
    reviews: { 7: reviews },
    teams: { 'planfold/sales-leads': ['MarcSoler', 'jordi-vila'] },
  });
  servers.push(gh);
  return { gh, url: await gh.start() };
}

function prPayload(): Record<string, unknown> {
  const payload = webhookExample('pull_request', 'synchronize');
  const pr = payload['pull_request'] as Record<string, unknown>;
  payload['number'] = 7;
  pr['number'] = 7;
  (pr['head'] as Record<string, unknown>)['sha'] = HEAD;
  (pr['base'] as Record<string, unknown>)['sha'] = BASE;
  return payload;
}

const inputs = (extra: Record<string, string> = {}) => ({ 'github-token': TOKEN, leads: EXPORT, period: PERIOD, ...extra });

/** The data a review comment shows as it came: the diff's (diffData), the logins, the commit, revpact's version, the paths. */
async function reviewData(): Promise<string[]> {
  writeFileSync(join(workspace, 'base.yaml'), BASE_TEXT);
  writeFileSync(join(workspace, 'head.yaml'), HEAD_TEXT);
  const json = JSON.parse(
    await cli(['diff', 'base.yaml', 'head.yaml', '--leads', EXPORT, '--period', PERIOD, '--as-of', PERIOD_END, '--format', 'json']),
  ) as DiffReport;
  expect(json.changes.length).toBeGreaterThan(0);
  const version = (JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  return [
    ...diffData(json),
    PATH,
    `${PATH}@${BASE.slice(0, 7)}`,
    `${PATH}@${HEAD.slice(0, 7)}`,
    HEAD.slice(0, 7),
    version,
    'laiaferrer',
    'planfold/sales-leads',
  ];
}

describe.skipIf(!node24())('the Action in the contract’s language', () => {
  it('comments on a Spanish contract’s change with no English left, updating the comment it wrote in English before', async () => {
    const { gh, url } = await pullRequest({ [PATH]: HEAD_TEXT }, [{ filename: PATH, status: 'modified' }]);
    // The comment of an earlier run, when the contract still said `locale: en`.
    // Written out as earlier versions wrote it, not through COMMENT_MARKER: a changed constant would fail here.
    const old = '<!-- revpact:report -->\n### revpact review · 1 contract changed\n\n✅ valid · ⏳ waiting for approval\n';
    const before = gh.addComment(7, old, 'github-actions[bot]');
    const result = await runAction({ apiUrl: url, event: 'pull_request', payload: prPayload(), inputs: inputs(), workspace });
    expect(result.code, result.stderr + result.stdout).toBe(0);

    // Found by its marker and rewritten in place: no second comment.
    const comments = gh.state.comments[7] ?? [];
    expect(comments).toHaveLength(1);
    expect(
      gh
        .writes()
        .filter((r) => r.path.includes('/comments'))
        .map((r) => r.method),
    ).toEqual(['PATCH']);
    const body = before.body;
    expect(body.startsWith(`${COMMENT_MARKER}\n`)).toBe(true);
    expect(body).toContain(`### ${ES.heading(ES.changed(1, 0))}`);
    expect(body).toContain(`✅ ${ES.valid} · ⏳ ${ES.waiting}`);
    expect(body).toContain(`| ${ES.approvals.columns.side} | ${ES.approvals.columns.approves} | ${ES.approvals.columns.state} |`);
    expect(body).toContain(`| ${ES.approvals.side['sales']} | \`${ES.approvals.team('planfold/sales-leads')}\` | ⏳ ${ES.approvals.state.waiting} |`);
    const version = (JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    expect(body).toContain(`<sub>${ES.footer(version, `\`${HEAD.slice(0, 7)}\``)}</sub>`);
    // The diff and its impact in Spanish too (review/render/locales/es.ts).
    expect(body).toContain('Impacto en 2026-10');

    const data = await reviewData();
    expect(englishIn(withoutData(unmarkdown(body), data), 'es')).toEqual([]);
    // The scan has teeth: the English frame, scanned as Spanish, is not clean.
    expect(englishIn(withoutData(unmarkdown(old), data), 'es').length).toBeGreaterThanOrEqual(5);
    // The commit status says it in Spanish as well.
    const status = gh.state.statuses.filter((s) => s.context === 'revpact/approvals').at(-1);
    expect(status?.description).toBe(
      ES.commitStatus.waiting(
        [ES.commitStatus.who('marketing', 'laiaferrer'), ES.commitStatus.who('ventas', ES.approvals.team('planfold/sales-leads'))].join(' y '),
      ),
    );
    // The job summary: the comment, then the head's compliance report and its agreement, all Spanish.
    expect(result.summary).toContain(body.slice(0, body.indexOf('<sub>')));
    expect(result.summary).toContain(`**${reportText('es').title}: b2b-saas@\u200d2.4.0**`);
    expect(result.summary).toContain(ES.compiled('b2b-saas.md', PATH));
  });

  it('says why the impact was not simulated in Spanish, and the approval notes too', async () => {
    const { gh, url } = await pullRequest(
      { [PATH]: HEAD_TEXT },
      [{ filename: PATH, status: 'modified' }],
      [{ login: 'laiaferrer', state: 'APPROVED', commitId: HEAD, submittedAt: '2026-11-20T10:00:00Z' }],
    );
    const pr = gh.state.pulls[7];
    if (pr) pr.author = 'laiaferrer';
    const result = await runAction({ apiUrl: url, event: 'pull_request', payload: prPayload(), inputs: inputs({ leads: '' }), workspace });
    expect(result.code, result.stderr + result.stdout).toBe(0);
    const body = gh.state.comments[7]?.[0]?.body ?? '';
    expect(body).toContain(`*${ES.leads.none}*`);
    expect(body).toContain(ES.approvals.delegateApproves('laiaferrer', 'marketing', 'nuriacasas'));
    expect(body).not.toContain(EN_FRAME.leads.none);
    const data = [...(await reviewData()), 'nuriacasas'];
    expect(englishIn(withoutData(unmarkdown(body), data), 'es')).toEqual([]);
  });

  it('speaks English around contracts in different languages, each section in its own', async () => {
    const portuguese = readFileSync(join(REPO_ROOT, OTHER), 'utf8');
    const { gh, url } = await pullRequest({ [PATH]: HEAD_TEXT, [OTHER]: portuguese }, [
      { filename: PATH, status: 'modified' },
      { filename: OTHER, status: 'added' },
    ]);
    const result = await runAction({ apiUrl: url, event: 'pull_request', payload: prPayload(), inputs: inputs({ leads: '' }), workspace });
    expect(result.code, result.stderr + result.stdout).toBe(0);
    const body = gh.state.comments[7]?.[0]?.body ?? '';
    expect(body).toContain(`### ${EN_FRAME.heading(EN_FRAME.changed(2, 0))}`);
    expect(body).toContain(`*${EN_FRAME.leads.none}*`);
    const PT = frameText('pt');
    const spanish = body.slice(body.indexOf(`#### \`${PATH}\``), body.indexOf(`#### \`${OTHER}\``));
    const portugueseSection = body.slice(body.indexOf(`#### \`${OTHER}\``), body.indexOf('<sub>'));
    expect(spanish).toContain(`| ${ES.approvals.columns.side} | ${ES.approvals.columns.approves} | ${ES.approvals.columns.state} |`);
    expect(portugueseSection).toContain(`#### \`${OTHER}\` (${PT.fileStatus.added})`);
    expect(portugueseSection).toContain(`| ${PT.approvals.columns.side} | ${PT.approvals.columns.approves} | ${PT.approvals.columns.state} |`);
    expect(gh.state.statuses.at(-1)?.description).toMatch(/^Waiting for marketing/);
  });

  it('writes the monthly issue in Spanish, updating and retitling the English issue of the period', async () => {
    const ws = mkdtempSync(join(tmpdir(), 'revpact-monthly-locale-'));
    try {
      mkdirSync(join(ws, 'contracts'));
      mkdirSync(join(ws, 'data'));
      writeFileSync(join(ws, PATH), BASE_TEXT);
      copyFileSync(join(workspace, EXPORT), join(ws, EXPORT));
      const gh = new FakeGitHub({ token: TOKEN });
      servers.push(gh);
      const url = await gh.start();
      // The issue an earlier run opened while the contract said `locale: en`.
      gh.state.issues.push({
        number: 100,
        title: 'Compliance report 2026-10',
        // As earlier versions wrote it, not through monthlyMarker: a changed marker would open a second issue and fail here.
        body: '<!-- revpact:monthly-report 2026-10 -->\n## Compliance report 2026-10\n\nold\n',
        labels: ['revpact'],
        state: 'open',
      });
      const asOf = '2026-11-02T08:00:00+01:00';
      const result = await runAction({ apiUrl: url, event: 'schedule', payload: { schedule: '0 6 1 * *' }, inputs: inputs({ 'as-of': asOf }), workspace: ws });
      expect(result.code, result.stderr + result.stdout).toBe(0);
      expect(gh.state.issues).toHaveLength(1);
      expect(
        gh
          .writes()
          .filter((r) => r.path.includes('/issues'))
          .map((r) => `${r.method} ${r.path.replace(/^.*\/issues/, '/issues')}`),
      ).toEqual(['PATCH /issues/100']);
      const issue = gh.state.issues[0];
      expect(issue?.title).toBe(ES.monthly.title('2026-10'));
      const body = issue?.body ?? '';
      expect(body.startsWith(`${monthlyMarker('2026-10')}\n## ${ES.monthly.title('2026-10')}\n`)).toBe(true);
      expect(body).toContain(`### ${reportText('es').trend.title('12')}`);

      // No English but the data: the report's (reportData), the contract's version, the export's path.
      writeFileSync(join(workspace, 'monthly.yaml'), BASE_TEXT);
      const json = JSON.parse(
        await cli(['check', 'monthly.yaml', '--leads', EXPORT, '--period', PERIOD, '--as-of', asOf, '--format', 'json']),
      ) as ComplianceReport;
      const version = (JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
      const data = [...reportData(json), version, EXPORT, PATH];
      for (const text of [body, result.summary]) expect(englishIn(withoutData(unmarkdown(text), data), 'es')).toEqual([]);
      // The scan has teeth: the English issue, scanned as Spanish, is not clean.
      const english = await cli(['check', 'monthly.yaml', '--leads', EXPORT, '--period', PERIOD, '--as-of', asOf, '--format', 'markdown', '--locale', 'en']);
      expect(englishIn(withoutData(unmarkdown(english), data), 'es').length).toBeGreaterThan(5);
    } finally {
      rmSync(ws, { recursive: true, force: true });
    }
  });
});
