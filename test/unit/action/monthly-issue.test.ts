/**
 * The monthly report's issue as people and zones leave it, in process against the fake
 * GitHub API (test/helpers/fake-github.ts): an issue of the period someone took the label
 * off, a label deleted from the repository or one the token may not set, and contracts in
 * time zones on either side of a month's end. Each case is said in the log or the job
 * summary; none opens a second issue for the period without a word.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createGitHub } from '../../../src/action/github.js';
import type { ActionInputs } from '../../../src/action/inputs.js';
import type { ActionIO } from '../../../src/action/io.js';
import { monthlyMarker, monthlyReport } from '../../../src/action/monthly.js';
import { FakeGitHub, scheduledRun, type FakeIssue } from '../../helpers/fake-github.js';
import { REPO_ROOT } from '../../helpers/paths.js';

const TOKEN = 'ghs_fakeTokenForTheMonthlyIssueTest01234';
const dirs: string[] = [];
const servers: FakeGitHub[] = [];
afterAll(async () => {
  dirs.forEach((d) => rmSync(d, { recursive: true, force: true }));
  await Promise.all(servers.map((s) => s.stop()));
});

const GOLDEN = join(REPO_ROOT, 'test', 'golden', 'first-touch-madrid');

/** A workspace with the golden contract (and, given `zones`, one copy of it per zone) and its October leads. */
function workspace(zones: readonly string[] = []): string {
  const ws = mkdtempSync(join(tmpdir(), 'revpact-monthly-issue-'));
  dirs.push(ws);
  mkdirSync(join(ws, 'contracts'));
  mkdirSync(join(ws, 'data'));
  const text = readFileSync(join(GOLDEN, 'contract.yaml'), 'utf8');
  writeFileSync(join(ws, 'contracts', 'golden.yaml'), text);
  zones.forEach((zone, i) =>
    writeFileSync(
      join(ws, 'contracts', `zone-${i}.yaml`),
      text.replace('name: golden-first-touch', `name: golden-first-touch-${i}`).replace(/^ {2}timezone: .*$/m, `  timezone: ${zone}`),
    ),
  );
  copyFileSync(join(GOLDEN, 'leads.csv'), join(ws, 'data', 'leads.csv'));
  return ws;
}

interface Run {
  info: string[];
  warnings: string[];
  summary: string;
}

async function fakeGitHub(state: Partial<FakeGitHub['state']> = {}): Promise<{ gh: FakeGitHub; url: string }> {
  const gh = new FakeGitHub({ token: TOKEN, ...state });
  servers.push(gh);
  return { gh, url: await gh.start() };
}

async function monthly(url: string, ws: string, when: { period?: string; now?: string } = {}): Promise<Run> {
  const inputs: ActionInputs = {
    token: TOKEN,
    contracts: 'contracts/*.yaml',
    leads: 'data/leads.csv',
    leadsFrom: 'file',
    mapping: '',
    period: when.period ?? '2026-10',
    asOf: '',
    failOn: 'never',
    commentMode: 'update',
    requireApproval: false,
    dryRun: false,
  };
  const run: Run = { info: [], warnings: [], summary: '' };
  const io: ActionIO = {
    info: (m) => void run.info.push(m),
    warning: (m) => void run.warnings.push(m),
    command: () => undefined,
    setOutput: () => undefined,
    summary: (md) => {
      run.summary += md;
      return Promise.resolve();
    },
    writeFile: () => undefined,
  };
  const github = createGitHub({
    token: TOKEN,
    baseUrl: url,
    log: { info: () => undefined, warn: (m) => void run.warnings.push(m) },
    userAgent: 'revpact-test',
  });
  const ctx = scheduledRun(url, ws);
  await monthlyReport(ctx, inputs, { github, io, now: () => Date.parse(when.now ?? '2026-11-03T08:00:00Z'), env: {} });
  return run;
}

const october = (labels: string[], state: 'open' | 'closed' = 'open'): FakeIssue => ({
  number: 100,
  title: 'Compliance report 2026-10',
  body: `${monthlyMarker('2026-10')}\nan earlier run`,
  labels,
  state,
});

describe('the monthly issue without its label', () => {
  // Before: only issues labelled revpact were looked at, and a second issue was opened without a word.
  it('someone took the label off: the issue is found by its marker, updated, labelled again, and the run says so', async () => {
    const { gh, url } = await fakeGitHub({ issues: [october(['triaged'])] });
    const run = await monthly(url, workspace());
    expect(gh.state.issues).toHaveLength(1);
    expect(gh.state.issues[0]?.body).not.toContain('an earlier run');
    expect(gh.state.issues[0]?.labels).toEqual(['triaged', 'revpact']);
    expect(gh.requests.some((r) => r.path === '/search/issues' && /in:body "revpact:monthly-report 2026-10"/.test(r.query.get('q') ?? ''))).toBe(true);
    expect(run.info).toContain('revpact: issue #100 had lost its label "revpact"; it was found by searching for its marker, and the label is put back');
    expect(run.summary).toContain(
      'The issue [#100](https://github.com/planfold/agreements/issues/100) of this period had lost its label `revpact`: it was found by its hidden marker and updated, and no second issue was opened.',
    );
    expect(run.warnings).toEqual([]);
  });

  it('the label was deleted from the repository: the issue is found, and the label made again by putting it back', async () => {
    const { gh, url } = await fakeGitHub({ issues: [october([])], labels: [] });
    await monthly(url, workspace());
    expect(gh.state.issues).toHaveLength(1);
    expect(gh.state.issues[0]?.labels).toEqual(['revpact']);
    expect(gh.state.labels).toContain('revpact');
  });

  it('a token that may not label: the issue is updated, and the label not put back is said in the log and the job summary', async () => {
    const { gh, url } = await fakeGitHub({ issues: [october([])], pushAccess: false });
    const run = await monthly(url, workspace());
    expect(gh.state.issues).toHaveLength(1);
    expect(gh.state.issues[0]?.body).not.toContain('an earlier run');
    expect(gh.state.issues[0]?.labels).toEqual([]);
    expect(run.warnings.join('\n')).toContain('revpact: could not put the label "revpact" back on issue #100');
    expect(run.summary).toMatch(/#### Not written to GitHub\n\n- ⚠️ could not put the label "revpact" back on issue #\u200d100: .*issues: write/);
  });

  it('search refused: the run goes on, opens the issue, and warns that it may be a second one', async () => {
    const { gh, url } = await fakeGitHub({
      faults: [{ method: 'GET', path: /^\/search\/issues$/, status: 422, body: { message: 'Validation Failed' } }],
    });
    const run = await monthly(url, workspace());
    expect(gh.state.issues).toHaveLength(1);
    expect(run.warnings.join('\n')).toContain(
      'revpact: could not search the issues without the label revpact for the marker of 2026-10: Validation Failed (HTTP 422). If someone took the label off the period’s issue',
    );
  });
});

describe('the label of a new monthly issue', () => {
  it('a label the repository does not have: GitHub creates it with the issue, and the log says so', async () => {
    const { gh, url } = await fakeGitHub({ labels: [] });
    const run = await monthly(url, workspace());
    expect(gh.state.issues.map((i) => i.labels)).toEqual([['revpact']]);
    expect(run.info).toContain('revpact: the label "revpact" did not exist in planfold/agreements; GitHub created it with issue #100');
  });

  it('a token without push access: GitHub drops the label silently; the run says the issue has none', async () => {
    const { gh, url } = await fakeGitHub({ pushAccess: false });
    const run = await monthly(url, workspace());
    expect(gh.state.issues.map((i) => i.labels)).toEqual([[]]);
    expect(run.warnings.join('\n')).toContain('revpact: issue #100 was opened without the label "revpact": GitHub dropped it');
    expect(run.summary).toMatch(/#### Not written to GitHub\n\n- ⚠️ issue #\u200d100 was opened without the label "revpact": GitHub dropped it/);
  });

  it('a token without push access and no such label: GitHub refuses the label; the issue is opened without it, and that is said', async () => {
    const { gh, url } = await fakeGitHub({ pushAccess: false, labels: [] });
    const run = await monthly(url, workspace());
    expect(gh.state.issues.map((i) => i.labels)).toEqual([[]]);
    expect(run.warnings.join('\n')).toContain(
      'revpact: issue #100 was opened without the label "revpact": GitHub refused it (Resource not accessible by integration, HTTP 403',
    );
    expect(run.warnings.join('\n')).not.toContain('could not open or update the issue');
  });

  it('the next run finds an issue opened without its label, and does not open another', async () => {
    const { gh, url } = await fakeGitHub({ pushAccess: false });
    const ws = workspace();
    await monthly(url, ws);
    await monthly(url, ws);
    expect(gh.state.issues).toHaveLength(1);
  });
});

describe('contracts on either side of a month’s end', () => {
  // 06:00 UTC on 1 November: October has ended in Madrid, not yet in Los Angeles (23:00 on the 31st).
  const early = '2026-11-01T06:00:00Z';
  const later = '2026-11-01T12:00:00Z';

  it('the issue is the newest period’s, the disagreement is said, and a later run updates that same issue', async () => {
    const { gh, url } = await fakeGitHub();
    const ws = workspace(['America/Los_Angeles']);
    const first = await monthly(url, ws, { period: '', now: early });
    expect(gh.state.issues).toHaveLength(1);
    expect(gh.state.issues[0]?.title).toBe('Compliance report 2026-10');
    expect(gh.state.issues[0]?.body.startsWith(`${monthlyMarker('2026-10')}\n`)).toBe(true);
    expect(first.warnings.join('\n')).toContain(
      'revpact: the contracts do not agree on the period: contracts/zone-0.yaml reported 2026-09 (America/Los_Angeles), the others 2026-10',
    );
    expect(first.summary).toContain('The contracts do not agree on the period: `contracts/zone-0.yaml` (2026-09) reported an earlier one');
    // Before: the first run's issue was "2026-09, 2026-10" and this one opened "2026-10" beside it.
    const second = await monthly(url, ws, { period: '', now: later });
    expect(gh.state.issues).toHaveLength(1);
    expect(gh.state.issues[0]?.body).toContain('2026-10');
    expect(second.warnings).toEqual([]);
  });
});
