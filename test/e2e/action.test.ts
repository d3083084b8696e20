/**
 * The GitHub Action end to end (issue 6): the bundled dist/index.js run by Node 24 as
 * GitHub runs it, against a local server that answers like the GitHub REST API, with
 * event payloads from @octokit/webhooks-examples. Each test reads what the Action wrote
 * back: comments, statuses, issues, annotations, outputs, the job summary.
 */
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { node24, runAction, webhookExample, type ActionRun, BASE, HEAD, PATH, BASE_TEXT, HEAD_TEXT } from '../helpers/action.js';
import { FakeGitHub, type FakeReview } from '../helpers/fake-github.js';
import { REPO_ROOT } from '../helpers/paths.js';
import { generateExport } from '../helpers/gen.js';

const NODE24 = node24();
if (!NODE24) {
  describe('GitHub Action', () => {
    it('needs Node 24', () => {
      throw new Error('no Node 24 binary: `npm ci` installs it with the node@24 dev dependency');
    });
  });
}

const TOKEN = 'ghs_TestTokenThatMustNeverBePrinted0123456789';
const OLDER = '3'.repeat(40);
/** Looser first touch (1bh → 2bh), so a minor version. */
const INVALID_TEXT = HEAD_TEXT.replace('    goal: 2bh\n    target: 95%', '    goal: 2bh\n    target: 195%');
const INVALID_LINE = INVALID_TEXT.split('\n').findIndex((l) => l === '    target: 195%') + 1;

let workspace: string;
let leadEmails: string[];
let leadNames: string[];

beforeAll(() => {
  workspace = mkdtempSync(join(tmpdir(), 'revpact-ws-'));
  mkdirSync(join(workspace, 'data'));
  const out = join(workspace, 'data', 'hubspot-contacts.csv');
  generateExport(out, { rows: 400, format: 'hubspot', seed: 11, from: '2026-09-01', days: 61 });
  const rows = readFileSync(out, 'utf8')
    .split('\n')
    .slice(1)
    .filter(Boolean)
    .map((l) => l.split(','));
  leadEmails = rows.map((r) => r[3] ?? '').filter((e) => e.includes('@'));
  leadNames = rows.map((r) => `${r[1]} ${r[2]}`).filter((n) => n.trim().length > 3);
});

const servers: FakeGitHub[] = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
});

interface Setup {
  base?: string;
  head?: string;
  author?: string;
  reviews?: FakeReview[];
  files?: { filename: string; status: string; previous_filename?: string }[];
  extraHeadFiles?: Record<string, string>;
  readOnly?: boolean;
  headRepo?: string;
  teams?: Record<string, string[] | 'forbidden'>;
}

async function pullRequest(setup: Setup = {}): Promise<{ gh: FakeGitHub; url: string }> {
  const gh = new FakeGitHub({
    token: TOKEN,
    readOnly: setup.readOnly ?? false,
    commits: {
      [BASE]: { [PATH]: setup.base ?? BASE_TEXT, 'README.md': 'base' },
      [HEAD]: { [PATH]: setup.head ?? HEAD_TEXT, 'README.md': 'head', ...setup.extraHeadFiles },
    },
    pulls: {
      7: {
        number: 7,
        headSha: HEAD,
        baseSha: BASE,
        author: setup.author ?? 'revops-ana',
        ...(setup.headRepo ? { headRepo: setup.headRepo } : {}),
        files: setup.files ?? [{ filename: PATH, status: 'modified' }],
      },
    },
    reviews: { 7: setup.reviews ?? [] },
    teams: setup.teams ?? { 'planfold/sales-leads': ['MarcSoler', 'jordi-vila'] },
  });
  servers.push(gh);
  return { gh, url: await gh.start() };
}

function prPayload(action = 'opened'): Record<string, unknown> {
  const payload = webhookExample('pull_request', action);
  const pr = payload['pull_request'] as Record<string, unknown>;
  payload['number'] = 7;
  pr['number'] = 7;
  (pr['head'] as Record<string, unknown>)['sha'] = HEAD;
  (pr['base'] as Record<string, unknown>)['sha'] = BASE;
  return payload;
}

function reviewPayload(action: 'submitted' | 'dismissed' | 'edited'): Record<string, unknown> {
  const payload = webhookExample('pull_request_review', action === 'dismissed' ? 'dismissed' : 'submitted');
  payload['action'] = action;
  const pr = payload['pull_request'] as Record<string, unknown>;
  pr['number'] = 7;
  // The payload's head may be older than the pull request now: the Action reads the current one.
  (pr['head'] as Record<string, unknown>)['sha'] = OLDER;
  return payload;
}

const inputs = (extra: Record<string, string> = {}) => ({ 'github-token': TOKEN, leads: 'data/hubspot-contacts.csv', period: '2026-10', ...extra });

function commentsOf(gh: FakeGitHub) {
  return gh.state.comments[7] ?? [];
}

function lastStatus(gh: FakeGitHub) {
  return gh.state.statuses.filter((s) => s.context === 'revpact/approvals').at(-1);
}

function everything(run: ActionRun, gh: FakeGitHub): string {
  return [
    run.stdout,
    run.stderr,
    run.summary,
    JSON.stringify(run.outputs),
    ...Object.values(run.temp),
    ...gh.requests.map((r) => `${r.path}?${r.query.toString()} ${r.body}`),
  ].join('\n');
}

const approve = (login: string, commitId = HEAD, at = '2026-11-20T10:00:00Z'): FakeReview => ({ login, state: 'APPROVED', commitId, submittedAt: at });

describe.skipIf(!NODE24).concurrent('GitHub Action on a pull request', () => {
  it('finishes green at once when no contract changed', async () => {
    const { gh, url } = await pullRequest({ files: [{ filename: 'README.md', status: 'modified' }] });
    const run = await runAction({ apiUrl: url, event: 'pull_request', payload: prPayload(), inputs: inputs(), workspace });
    expect(run.code, run.stderr + run.stdout).toBe(0);
    expect(lastStatus(gh)).toMatchObject({ sha: HEAD, state: 'success', description: 'No contract changed: no approval needed' });
    expect(commentsOf(gh)).toHaveLength(0);
    // Nothing was read but the pull request and its files.
    expect(gh.requests.some((r) => r.path.includes('/contents/'))).toBe(false);
    expect(run.outputs).toMatchObject({ valid: 'true', approved: 'true' });
  });

  it('annotates an invalid contract on its line, fails the step, and says so in the comment', async () => {
    const { gh, url } = await pullRequest({ head: INVALID_TEXT });
    const run = await runAction({ apiUrl: url, event: 'pull_request', payload: prPayload('synchronize'), inputs: inputs(), workspace });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain(`::error file=${PATH},line=${INVALID_LINE},col=13,title=revpact invalid-percentage::`);
    expect(run.outputs['valid']).toBe('false');
    const [comment] = commentsOf(gh);
    expect(comment?.body).toContain('❌ 1 file with errors');
    expect(comment?.body).toContain(`| ${INVALID_LINE}:13 | error invalid-percentage`);
    // Both sides were read by SHA through the API: nothing of the pull request was checked out.
    const reads = gh.requests.filter((r) => decodeURIComponent(r.path).endsWith(`/contents/${PATH}`)).map((r) => r.query.get('ref'));
    expect(reads.sort()).toEqual([BASE, HEAD]);
    expect(lastStatus(gh)?.state).toBe('pending');
  });

  it('comments the meaning of a valid change and its impact on last period, with the full report in the summary', async () => {
    const { gh, url } = await pullRequest();
    const run = await runAction({ apiUrl: url, event: 'pull_request', payload: prPayload(), inputs: inputs(), workspace });
    expect(run.code, run.stderr + run.stdout).toBe(0);
    const comments = commentsOf(gh);
    expect(comments).toHaveLength(1);
    const body = comments[0]?.body ?? '';
    expect(body.startsWith('<!-- revpact:report -->')).toBe(true);
    expect(body).toContain('First touch');
    expect(body).toMatch(/#### Impact on 2026-10/);
    expect(body).toMatch(/\| SLA \| Owner \| Before \| After \| Status \| Leads changed \|/);
    expect(body).toContain('2.3.0 → 2.4.0');
    expect(run.summary).toContain('<!-- revpact:report -->');
    // The summary also has the head contract's full compliance report.
    expect(run.summary).toContain('**Compliance report: b2b-saas@\u200d2.4.0**');
    expect(run.outputs['comment-id']).toBe(String(comments[0]?.id));
    expect(run.outputs['compliance']).toMatch(/^(pass|fail|no-data)$/);
    expect(run.temp[run.outputs['report-path']?.split('/').pop() ?? '']).toContain('<!-- revpact:report -->');
    // The head compiled, as revpact compile writes it, for upload and in the summary.
    expect(run.temp['b2b-saas.md']).toContain('Planfold marketing–sales agreement');
    expect(JSON.parse(run.temp['b2b-saas.rules.json'] ?? '{}')).toMatchObject({ contract: { name: 'b2b-saas', version: '2.4.0' } });
    expect(run.summary).toContain('b2b-saas.md: the agreement as compiled from contracts/b2b-saas.yaml at the head');
  });

  it('never prints the token, nor an email or a name from the export', async () => {
    const { gh, url } = await pullRequest();
    const run = await runAction({ apiUrl: url, event: 'pull_request', payload: prPayload(), inputs: inputs(), workspace });
    expect(run.code, run.stderr).toBe(0);
    const all = everything(run, gh);
    expect(all).not.toContain(TOKEN);
    expect(leadEmails.length).toBeGreaterThan(100);
    for (const email of leadEmails) expect(all).not.toContain(email);
    const comment = commentsOf(gh)[0]?.body ?? '';
    for (const name of leadNames) expect(comment).not.toContain(name);
  });
});

describe.skipIf(!NODE24)('GitHub Action comment escaping', () => {
  it('escapes text from the contract: no HTML, no @mention, no broken table', async () => {
    const hostile = HEAD_TEXT.replace('    name: First touch\n', '    name: "First touch @planfold/everyone <img src=x onerror=alert(1)> | injected | cell"\n');
    const { gh, url } = await pullRequest({ head: hostile });
    const run = await runAction({ apiUrl: url, event: 'pull_request', payload: prPayload(), inputs: inputs(), workspace });
    expect(run.code, run.stderr + run.stdout).toBe(0);
    const body = commentsOf(gh)[0]?.body ?? '';
    expect(body).toContain('First touch @\u200dplanfold/everyone &lt;img src=x onerror=alert(1)&gt; \\| injected \\| cell');
    expect(body).not.toMatch(/@planfold\/everyone/);
    expect(body).not.toContain('<img');
    // Every row of a table has as many unescaped pipes as its header.
    const lines = body.split('\n');
    for (let i = 0; i < lines.length; i++) {
      if (!/^\|---/.test(lines[i + 1] ?? '')) continue;
      const cells = (l: string) => l.replace(/\\\|/g, '').split('|').length;
      for (let j = i + 2; j < lines.length && (lines[j] ?? '').startsWith('|'); j++) expect(cells(lines[j] ?? ''), lines[j]).toBe(cells(lines[i] ?? ''));
    }
  });
});

describe.skipIf(!NODE24).concurrent('GitHub Action approval gate', () => {
  const cases: { name: string; reviews: FakeReview[]; author?: string; state: 'success' | 'pending'; description: RegExp }[] = [
    { name: 'no approvals', reviews: [], state: 'pending', description: /^Waiting for marketing \(laiaferrer\) and sales \(team planfold\/sales-leads\)$/ },
    { name: 'marketing only', reviews: [approve('laiaferrer')], state: 'pending', description: /^Waiting for sales \(team planfold\/sales-leads\)$/ },
    {
      name: 'both (the sales side by a team member)',
      reviews: [approve('laiaferrer'), approve('jordi-vila')],
      state: 'success',
      description: /Approved by marketing and sales/,
    },
    {
      name: 'a stale approval of an older commit',
      reviews: [approve('laiaferrer', OLDER), approve('jordi-vila')],
      state: 'pending',
      description: /Waiting for marketing/,
    },
    {
      name: 'a dismissed approval',
      reviews: [
        approve('laiaferrer', HEAD, '2026-11-20T10:00:00Z'),
        { login: 'laiaferrer', state: 'DISMISSED', commitId: HEAD, submittedAt: '2026-11-20T11:00:00Z' },
        approve('jordi-vila'),
      ],
      state: 'pending',
      description: /Waiting for marketing/,
    },
    {
      name: 'changes requested after an approval',
      reviews: [
        approve('laiaferrer'),
        approve('jordi-vila', HEAD, '2026-11-20T10:00:00Z'),
        { login: 'jordi-vila', state: 'CHANGES_REQUESTED', commitId: HEAD, submittedAt: '2026-11-20T12:00:00Z' },
      ],
      state: 'pending',
      description: /^Changes requested; waiting for sales/,
    },
    {
      name: 'a comment after an approval changes nothing',
      reviews: [
        approve('laiaferrer', HEAD, '2026-11-20T10:00:00Z'),
        { login: 'laiaferrer', state: 'COMMENTED', commitId: HEAD, submittedAt: '2026-11-20T12:00:00Z' },
        approve('marcsoler'),
      ],
      state: 'success',
      description: /Approved/,
    },
    { name: 'logins in another case', reviews: [approve('LaiaFerrer'), approve('JORDI-VILA')], state: 'success', description: /Approved/ },
    {
      name: 'approvals by people who are not owners',
      reviews: [approve('someone-else'), approve('revops-ana')],
      state: 'pending',
      description: /Waiting for marketing .* and sales/,
    },
    {
      name: 'the marketing lead wrote it: her own approval does not count',
      author: 'laiaferrer',
      reviews: [approve('laiaferrer'), approve('jordi-vila')],
      state: 'pending',
      description: /Waiting for marketing/,
    },
    {
      name: 'the marketing lead wrote it: her delegate approves',
      author: 'laiaferrer',
      reviews: [approve('NuriaCasas'), approve('jordi-vila')],
      state: 'success',
      description: /Approved/,
    },
  ];
  for (const c of cases) {
    it(c.name, async () => {
      const { gh, url } = await pullRequest({ reviews: c.reviews, author: c.author ?? 'revops-ana' });
      const run = await runAction({ apiUrl: url, event: 'pull_request_review', payload: reviewPayload('submitted'), inputs: inputs({ leads: '' }), workspace });
      expect(run.code, run.stderr + run.stdout).toBe(0);
      const status = lastStatus(gh);
      expect(status?.sha).toBe(HEAD);
      expect(status?.state).toBe(c.state);
      expect(status?.description).toMatch(c.description);
      expect(run.outputs['approved']).toBe(String(c.state === 'success'));
    });
  }

  // Before: an invalid base left the head to name who approves, and this passed.
  it('an invalid base still names who approves: a change cannot bring its own owners along', async () => {
    const base = BASE_TEXT.replace('    goal: 1bh\n    target: 95%', '    goal: 1bh\n    target: 195%');
    const head = HEAD_TEXT.replace('github: laiaferrer', 'github: mallory').replace('github: "@planfold/sales-leads"', 'github: trudy');
    expect(head).toContain('github: trudy');
    const { gh, url } = await pullRequest({ base, head, reviews: [approve('mallory'), approve('trudy')] });
    const run = await runAction({ apiUrl: url, event: 'pull_request_review', payload: reviewPayload('submitted'), inputs: inputs({ leads: '' }), workspace });
    expect(run.code, run.stderr + run.stdout).toBe(0);
    expect(lastStatus(gh)).toMatchObject({ sha: HEAD, state: 'pending' });
    expect(lastStatus(gh)?.description).toMatch(/^Waiting for marketing \(laiaferrer\) and sales \(team planfold\/sales-leads\)$/);
    // The base's owners approve it.
    const owners = await pullRequest({ base, head, reviews: [approve('laiaferrer'), approve('jordi-vila')] });
    await runAction({ apiUrl: owners.url, event: 'pull_request_review', payload: reviewPayload('submitted'), inputs: inputs({ leads: '' }), workspace });
    expect(lastStatus(owners.gh)?.state).toBe('success');
  });

  // Before: the marketing lead, also a member of the sales team, approved once and both sides passed.
  it('one person who may approve for both sides (an owner in the other side’s team) approves for one only', async () => {
    const teams = { 'planfold/sales-leads': ['MarcSoler', 'jordi-vila', 'laiaferrer'] };
    const { gh, url } = await pullRequest({ reviews: [approve('laiaferrer')], teams });
    const run = await runAction({ apiUrl: url, event: 'pull_request_review', payload: reviewPayload('submitted'), inputs: inputs({ leads: '' }), workspace });
    expect(run.code, run.stdout).toBe(0);
    expect(lastStatus(gh)).toMatchObject({ state: 'pending', description: 'Waiting for sales (team planfold/sales-leads)' });
    expect(run.outputs['approved']).toBe('false');
    expect(commentsOf(gh)[0]?.body).toContain(
      'laiaferrer approved for marketing, and one person’s approval counts for one side only: someone else approves for sales',
    );
    // Another member of the team approves for sales, and both sides are approved.
    gh.state.reviews[7]?.push(approve('jordi-vila', HEAD, '2026-11-20T11:00:00Z'));
    const again = await runAction({ apiUrl: url, event: 'pull_request_review', payload: reviewPayload('submitted'), inputs: inputs({ leads: '' }), workspace });
    expect(again.code, again.stdout).toBe(0);
    expect(lastStatus(gh)).toMatchObject({ state: 'success', description: 'Approved by marketing and sales' });
  }, 60_000);

  it('says which permission is missing when the token cannot read the sales team', async () => {
    const { gh, url } = await pullRequest({ reviews: [approve('laiaferrer'), approve('jordi-vila')], teams: { 'planfold/sales-leads': 'forbidden' } });
    const run = await runAction({ apiUrl: url, event: 'pull_request_review', payload: reviewPayload('dismissed'), inputs: inputs({ leads: '' }), workspace });
    expect(run.code).toBe(0);
    expect(lastStatus(gh)?.state).toBe('pending');
    expect(run.stdout).toMatch(
      /::warning::revpact: cannot read the members of team planfold\/sales-leads \(HTTP 403\): the token needs read access to the organization’s members/,
    );
    expect(commentsOf(gh)[0]?.body).toContain('Members: read');
  });
});

describe.skipIf(!NODE24).concurrent('GitHub Action comment', () => {
  it('updates its comment on page 3 instead of adding one', async () => {
    const { gh, url } = await pullRequest();
    for (let i = 0; i < 230; i++) gh.addComment(7, `chatter ${i}`, i % 2 ? 'someone' : 'github-actions[bot]');
    // Someone quoting the marker is not the Action's comment.
    gh.addComment(7, 'copied: <!-- revpact:report -->', 'someone');
    const mine = gh.addComment(7, '<!-- revpact:report -->\nan older review', 'github-actions[bot]');
    const run = await runAction({ apiUrl: url, event: 'pull_request', payload: prPayload('synchronize'), inputs: inputs({ leads: '' }), workspace });
    expect(run.code, run.stderr).toBe(0);
    expect(commentsOf(gh)).toHaveLength(232);
    expect(mine.body).toContain('### revpact review');
    const pages = gh.requests.filter((r) => r.method === 'GET' && r.path.endsWith('/issues/7/comments')).map((r) => r.query.get('page') ?? '1');
    expect(pages).toEqual(['1', '2', '3']);
    expect(
      gh
        .writes()
        .filter((r) => r.path.includes('/comments'))
        .map((r) => r.method),
    ).toEqual(['PATCH']);
    expect(run.outputs['comment-id']).toBe(String(mine.id));
  });

  it('finds its comment as a GitHub App’s bot, and as the user of a personal token', async () => {
    const app = await pullRequest();
    const appComment = app.gh.addComment(7, '<!-- revpact:report -->\nold', 'revpact-app[bot]');
    const byApp = await runAction({ apiUrl: app.url, event: 'pull_request', payload: prPayload(), inputs: inputs({ leads: '' }), workspace });
    expect(byApp.code, byApp.stderr).toBe(0);
    expect(commentsOf(app.gh)).toHaveLength(1);
    expect(appComment.body).toContain('### revpact review');

    const pat = await pullRequest();
    pat.gh.state.user = 'revops-ana';
    const other = pat.gh.addComment(7, '<!-- revpact:report -->\nby the Actions bot', 'github-actions[bot]');
    const byUser = await runAction({ apiUrl: pat.url, event: 'pull_request', payload: prPayload(), inputs: inputs({ leads: '' }), workspace });
    expect(byUser.code, byUser.stderr).toBe(0);
    expect(other.body).toBe('<!-- revpact:report -->\nby the Actions bot');
    expect(commentsOf(pat.gh).map((c) => c.user.login)).toEqual(['github-actions[bot]', 'revops-ana']);
  });

  it('does not write an unchanged comment again', async () => {
    const { gh, url } = await pullRequest();
    const first = await runAction({ apiUrl: url, event: 'pull_request', payload: prPayload(), inputs: inputs(), workspace });
    expect(first.code, first.stderr).toBe(0);
    const before = gh.writes().filter((r) => r.path.includes('comments')).length;
    const second = await runAction({ apiUrl: url, event: 'pull_request', payload: prPayload('synchronize'), inputs: inputs(), workspace });
    expect(second.code).toBe(0);
    expect(before).toBe(1);
    expect(gh.writes().filter((r) => r.path.includes('comments'))).toHaveLength(1);
    expect(commentsOf(gh)).toHaveLength(1);
    expect(second.stdout).toContain('unchanged');
  });

  it('cuts an oversized report with a visible notice and keeps the whole in the summary', async () => {
    // 900 unknown keys: 900 diagnostics, far more than a comment holds.
    const noise = Array.from({ length: 900 }, (_, i) => `  zz-unknown-field-number-${i}: ${i}`).join('\n');
    const head = HEAD_TEXT.replace('metadata:\n', `metadata:\n${noise}\n`);
    const { gh, url } = await pullRequest({ head });
    const run = await runAction({ apiUrl: url, event: 'pull_request', payload: prPayload(), inputs: inputs({ leads: '', 'fail-on': 'never' }), workspace });
    expect(run.code, run.stderr).toBe(0);
    const body = commentsOf(gh)[0]?.body ?? '';
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body).toContain('**This report is cut here**');
    expect(body).toContain('(https://github.com/planfold/agreements/pull/7/checks)');
    expect(run.summary).toContain('zz-unknown-field-number-899');
    // GitHub shows ten error annotations a step; the rest are counted in one notice.
    expect(run.stdout.match(/^::error /gm)).toHaveLength(10);
    expect(run.stdout).toMatch(/::notice title=revpact::890 more problems than GitHub shows as annotations/);
  });

  it('hide-and-new hides the earlier comment and writes a new one', async () => {
    const { gh, url } = await pullRequest();
    const old = gh.addComment(7, '<!-- revpact:report -->\nold', 'github-actions[bot]');
    const run = await runAction({
      apiUrl: url,
      event: 'pull_request',
      payload: prPayload(),
      inputs: inputs({ leads: '', 'comment-mode': 'hide-and-new' }),
      workspace,
    });
    expect(run.code, run.stderr).toBe(0);
    expect(old.minimized).toBe(true);
    expect(commentsOf(gh)).toHaveLength(2);
  });

  it('dry-run writes nothing and says what it would have written', async () => {
    const { gh, url } = await pullRequest();
    const run = await runAction({ apiUrl: url, event: 'pull_request', payload: prPayload(), inputs: inputs({ 'dry-run': 'true' }), workspace });
    expect(run.code, run.stderr).toBe(0);
    expect(gh.writes()).toHaveLength(0);
    expect(run.stdout).toContain('dry run: would comment on the pull request');
    expect(run.stdout).toContain('dry run: would set the approval status');
  });
});

describe.skipIf(!NODE24).concurrent('GitHub Action resilience', () => {
  it('on a fork’s read-only token, a 403 on the comment does not fail the job', async () => {
    const { gh, url } = await pullRequest({ readOnly: true, headRepo: 'contributor/agreements' });
    const run = await runAction({ apiUrl: url, event: 'pull_request', payload: prPayload(), inputs: inputs(), workspace });
    expect(run.code, run.stderr).toBe(0);
    expect(commentsOf(gh)).toHaveLength(0);
    expect(run.stdout).toContain(
      '::warning::revpact: could not comment on the pull request: Resource not accessible by integration (HTTP 403; the token of a pull request from a fork is read-only)',
    );
    expect(run.stdout).toContain('::warning::revpact: could not set the approval status');
    expect(run.stdout).toContain('workflow_run');
    expect(run.summary).toContain('### revpact review');
  });

  it('on workflow_run after a fork’s review, finds the pull request by the fork’s branch and comments', async () => {
    const { gh, url } = await pullRequest({ headRepo: 'contributor/agreements' });
    const pull = gh.state.pulls[7];
    if (pull) pull.headRef = 'tighten-first-touch';
    const payload = webhookExample('workflow_run', 'completed');
    const run = payload['workflow_run'] as Record<string, unknown>;
    run['pull_requests'] = [];
    run['event'] = 'pull_request';
    run['head_sha'] = HEAD;
    run['head_branch'] = 'tighten-first-touch';
    run['head_repository'] = { full_name: 'contributor/agreements', owner: { login: 'contributor' } };
    const result = await runAction({ apiUrl: url, event: 'workflow_run', payload, inputs: inputs({ leads: '' }), workspace });
    expect(result.code, result.stderr + result.stdout).toBe(0);
    const search = gh.requests.find((r) => r.method === 'GET' && r.path.endsWith('/pulls') && r.query.get('head') === 'contributor:tighten-first-touch');
    expect(search).toBeDefined();
    expect(commentsOf(gh)).toHaveLength(1);
    expect(lastStatus(gh)?.sha).toBe(HEAD);
  });

  it('retries a 502 and succeeds', async () => {
    const { gh, url } = await pullRequest();
    gh.state.faults.push({ method: 'GET', path: /\/pulls\/7$/, status: 502, body: { message: 'Bad Gateway' } });
    const run = await runAction({ apiUrl: url, event: 'pull_request', payload: prPayload(), inputs: inputs({ leads: '' }), workspace });
    expect(run.code, run.stderr + run.stdout).toBe(0);
    expect(gh.requests.filter((r) => r.path.endsWith('/pulls/7')).map((r) => r.status)).toEqual([502, 200]);
    expect(commentsOf(gh)).toHaveLength(1);
  });

  it('waits out a secondary rate limit for its retry-after, then succeeds', async () => {
    const { gh, url } = await pullRequest();
    gh.state.faults.push({
      method: 'POST',
      path: /\/issues\/7\/comments$/,
      status: 403,
      headers: { 'retry-after': '2' },
      body: {
        message: 'You have exceeded a secondary rate limit and have been temporarily blocked from content creation. Please retry your request again later.',
        documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
      },
    });
    const run = await runAction({ apiUrl: url, event: 'pull_request', payload: prPayload(), inputs: inputs({ leads: '' }), workspace });
    expect(run.code, run.stderr + run.stdout).toBe(0);
    const posts = gh.requests.filter((r) => r.method === 'POST' && r.path.endsWith('/issues/7/comments'));
    expect(posts.map((r) => r.status)).toEqual([403, 201]);
    expect((posts[1]?.at ?? 0) - (posts[0]?.at ?? 0)).toBeGreaterThanOrEqual(1900);
    expect(commentsOf(gh)).toHaveLength(1);
  });

  it('fails with a clear message on a bad input, before any request', async () => {
    const { gh, url } = await pullRequest();
    const run = await runAction({ apiUrl: url, event: 'pull_request', payload: prPayload(), inputs: inputs({ 'fail-on': 'sometimes' }), workspace });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('::error::revpact: input fail-on: "sometimes" is not one of error, breach, never');
    expect(gh.requests).toHaveLength(0);
  });
});

describe.skipIf(!NODE24).concurrent('GitHub Action: report cards and the monthly report', () => {
  it('shows the report card when a grade file changed, checked against its contract', async () => {
    const cards: Record<string, string> = {};
    for (const period of ['2025-H1', '2025-H2', '2026-H1'])
      cards[`scorecards/b2b-saas/${period}.yaml`] = readFileSync(join(REPO_ROOT, 'scorecards', 'b2b-saas', `${period}.yaml`), 'utf8');
    const { gh, url } = await pullRequest({
      head: BASE_TEXT,
      extraHeadFiles: cards,
      files: [{ filename: 'scorecards/b2b-saas/2026-H1.yaml', status: 'added' }],
    });
    const run = await runAction({ apiUrl: url, event: 'pull_request', payload: prPayload(), inputs: inputs({ leads: '' }), workspace });
    expect(run.code, run.stderr + run.stdout).toBe(0);
    const body = commentsOf(gh)[0]?.body ?? '';
    expect(body).toContain('#### Report card `scorecards/b2b-saas/2026-H1.yaml` (b2b-saas 2.3.0)');
    expect(body).toContain('2026-H1');
    expect(lastStatus(gh)?.state).toBe('pending');
  });

  // Before: validate and scorecard refused a card dated after today, the Action took it (2062-07-03 for 2026-07-03).
  it('refuses a report card dated in the future, as validate does', async () => {
    const cards: Record<string, string> = {};
    for (const period of ['2025-H1', '2025-H2', '2026-H1'])
      cards[`scorecards/b2b-saas/${period}.yaml`] = readFileSync(join(REPO_ROOT, 'scorecards', 'b2b-saas', `${period}.yaml`), 'utf8');
    cards['scorecards/b2b-saas/2026-H1.yaml'] = (cards['scorecards/b2b-saas/2026-H1.yaml'] ?? '').replace('date: 2026-07-03', 'date: 2062-07-03');
    const { gh, url } = await pullRequest({
      head: BASE_TEXT,
      extraHeadFiles: cards,
      files: [{ filename: 'scorecards/b2b-saas/2026-H1.yaml', status: 'modified' }],
    });
    const run = await runAction({ apiUrl: url, event: 'pull_request', payload: prPayload(), inputs: inputs({ leads: '' }), workspace });
    expect(run.code, run.stdout).toBe(1);
    expect(run.stdout).toMatch(/::error file=scorecards\/b2b-saas\/2026-H1\.yaml,line=9,[^:]*::2062-07-03 is in the future \(today is \d{4}-\d{2}-\d{2}\)/);
    expect(commentsOf(gh)[0]?.body ?? '').toContain('2062-07-03 is in the future');
  });

  it('opens one issue per period on schedule, and updates it on the next run', async () => {
    const gh = new FakeGitHub({ token: TOKEN });
    servers.push(gh);
    const url = await gh.start();
    const ws = mkdtempSync(join(tmpdir(), 'revpact-monthly-'));
    mkdirSync(join(ws, 'contracts'));
    mkdirSync(join(ws, 'data'));
    writeFileSync(join(ws, PATH), BASE_TEXT);
    copyFileSync(join(workspace, 'data', 'hubspot-contacts.csv'), join(ws, 'data', 'hubspot-contacts.csv'));
    const first = await runAction({
      apiUrl: url,
      event: 'schedule',
      payload: { schedule: '0 6 1 * *' },
      inputs: inputs({ 'as-of': '2026-11-02T08:00:00+01:00' }),
      workspace: ws,
    });
    expect(first.code, first.stderr + first.stdout).toBe(0);
    expect(gh.state.issues).toHaveLength(1);
    expect(gh.state.issues[0]).toMatchObject({ title: 'Compliance report 2026-10', labels: ['revpact'] });
    expect(first.summary).toContain('## Compliance report 2026-10');
    const again = await runAction({
      apiUrl: url,
      event: 'workflow_dispatch',
      payload: webhookExample('workflow_dispatch'),
      inputs: inputs({ 'as-of': '2026-11-03T08:00:00+01:00' }),
      workspace: ws,
    });
    expect(again.code, again.stderr).toBe(0);
    expect(gh.state.issues).toHaveLength(1);
    expect(
      gh
        .writes()
        .filter((r) => r.path.endsWith('/issues'))
        .map((r) => r.method),
    ).toEqual(['POST']);
    expect(again.stdout).toMatch(/issue #100 (updated|unchanged)/);
    const all = everything(first, gh);
    expect(all).not.toContain(TOKEN);
    for (const email of leadEmails) expect(all).not.toContain(email);
  });
});
