/**
 * The Action when GitHub answers oddly or the pull request's world changed between runs:
 * a token short of a permission, a commit force-pushed away, a pull request gone, earlier
 * report comments in unexpected numbers. Each run must finish without a stack trace, say
 * what it could not do in the log and the job summary, and exit as the README says.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { node24, runAction, webhookExample, BASE, HEAD, PATH, BASE_TEXT, HEAD_TEXT } from '../helpers/action.js';
import { FakeGitHub, type Fault } from '../helpers/fake-github.js';
import { generateExport } from '../helpers/gen.js';

const NODE24 = node24();
const TOKEN = 'ghs_EdgeCaseToken0123456789';
const workspace = mkdtempSync(join(tmpdir(), 'revpact-edges-'));

const servers: FakeGitHub[] = [];
afterAll(async () => {
  await Promise.all(servers.map((s) => s.stop()));
});

async function pullRequest(): Promise<{ gh: FakeGitHub; url: string }> {
  const gh = new FakeGitHub({
    token: TOKEN,
    commits: { [BASE]: { [PATH]: BASE_TEXT }, [HEAD]: { [PATH]: HEAD_TEXT } },
    pulls: { 7: { number: 7, headSha: HEAD, baseSha: BASE, author: 'revops-ana', files: [{ filename: PATH, status: 'modified' }] } },
    reviews: { 7: [] },
    teams: { 'planfold/sales-leads': ['MarcSoler'] },
  });
  servers.push(gh);
  return { gh, url: await gh.start() };
}

function prPayload(): Record<string, unknown> {
  const payload = webhookExample('pull_request', 'synchronize');
  payload['number'] = 7;
  (payload['pull_request'] as Record<string, unknown>)['number'] = 7;
  return payload;
}

const inputs = (extra: Record<string, string> = {}) => ({ 'github-token': TOKEN, period: '2026-10', ...extra });
const review = (url: string, extra: Record<string, string> = {}) =>
  runAction({ apiUrl: url, event: 'pull_request', payload: prPayload(), inputs: inputs(extra), workspace });
const notAccessible = { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest' };

describe.skipIf(!NODE24).concurrent('GitHub Action: writes GitHub refuses', () => {
  it('a token without pull-requests: write finishes, names the permission, and says so in the job summary', async () => {
    const { gh, url } = await pullRequest();
    gh.state.faults.push({ method: 'POST', path: /\/issues\/7\/comments$/, status: 403, body: notAccessible });
    const run = await review(url);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(
      '::warning::revpact: could not comment on the pull request: Resource not accessible by integration (HTTP 403; the token lacks the permission: add `pull-requests: write` to the permissions block of the workflow)',
    );
    // Not a fork: the fork workflow is no answer here.
    expect(run.stdout).not.toContain('revpact-fork-comment.yml');
    expect(run.summary).toContain('#### Not written to GitHub');
    expect(run.summary).toMatch(/could not comment on the pull request: .*pull-requests: write/);
    expect(run.summary).toContain('### revpact review');
    expect(gh.state.statuses).toHaveLength(1);
  });

  // Before: the 403 left when the retries ran out was told as a missing pull-requests: write.
  it('a secondary rate limit still in force after the retries is named as such, not as a permission', async () => {
    const { gh, url } = await pullRequest();
    gh.state.faults.push({
      method: 'POST',
      path: /\/issues\/7\/comments$/,
      status: 403,
      headers: { 'retry-after': '1' },
      body: {
        message: 'You have exceeded a secondary rate limit and have been temporarily blocked from content creation. Please retry your request again later.',
      },
      // The first answer and the three retries, a second apart.
      times: 4,
    });
    const run = await review(url);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(
      /::warning::revpact: could not comment on the pull request: You have exceeded a secondary rate limit.*\(HTTP 403; GitHub’s rate limit, still in force after the retries; the next run writes it\)/,
    );
    expect(run.stdout).not.toContain('add `pull-requests: write`');
    expect(run.summary).toContain('GitHub’s rate limit, still in force after the retries');
  }, 60_000);

  it.each([
    ['en', BASE_TEXT, '#### Not written to GitHub'],
    // The summary speaks the contract's language around the log's English line.
    ['es', BASE_TEXT.replace('  locale: en\n', '  locale: es\n'), '#### No escrito en GitHub'],
  ])(
    'a token without issues: write finishes the monthly report and says so in the job summary (%s)',
    async (_locale, text, heading) => {
      const { gh, url, ws } = await monthly(text);
      // Every issue the token tries to open is refused, as GitHub refuses a token without issues: write.
      gh.state.faults.push({ method: 'POST', path: /\/issues$/, status: 403, body: notAccessible, times: 10 });
      const run = await runAction({
        apiUrl: url,
        event: 'schedule',
        payload: { schedule: '0 6 1 * *' },
        inputs: inputs({ leads: 'data/leads.csv', 'as-of': '2026-11-02T08:00:00+01:00' }),
        workspace: ws,
      });
      expect(run.code, run.stderr).toBe(0);
      expect(run.stdout).toContain('add `issues: write` to the permissions block');
      expect(run.summary).toContain(`${heading}\n\n- ⚠️ could not open or update the issue`);
      expect(run.summary).toMatch(/could not open or update the issue .*issues: write/);
      expect(gh.state.issues).toHaveLength(0);
    },
    60_000,
  );
});

describe.skipIf(!NODE24).concurrent('GitHub Action: GitHub down on a write', () => {
  // Before: "revpact: Server Error", nothing else: no status, no job summary, no outputs, and not a word of which call failed.
  it.each([
    ['a 502', { status: 502 }, 'Server Error (HTTP 502'],
    ['a dropped connection', { status: 0, drop: 'before' as const }, '(the connection dropped'],
  ])(
    '%s on every try of the comment fails the step naming the write, after the status and the job summary',
    async (_what, fault, said) => {
      const { gh, url } = await pullRequest();
      gh.state.faults.push({ method: 'POST', path: /\/issues\/7\/comments$/, times: 10, ...fault });
      const run = await review(url);
      expect(run.code, run.stdout).toBe(1);
      expect(run.stdout).toContain(`::warning::revpact: could not comment on the pull request: `);
      expect(run.stdout).toContain(`${said}; GitHub failed it after the retries: run the job again)`);
      expect(run.stdout).toMatch(
        /::error::revpact: GitHub failed a write after the retries: could not comment on the pull request: [^\n]*\); run the job again\n/,
      );
      expect(run.summary).toContain('#### Not written to GitHub\n\n- ⚠️ could not comment on the pull request');
      expect(run.summary).toContain('### revpact review');
      expect(gh.state.statuses).toHaveLength(1);
      expect(gh.state.comments[7] ?? []).toHaveLength(0);
      expect(run.outputs).toMatchObject({ valid: 'true', 'comment-id': '' });
      expect(run.stderr).not.toMatch(/\n\s+at /);
    },
    60_000,
  );

  // Before: Octokit sent the POST again, and the pull request carried two report comments (or the month two issues).
  it('a comment GitHub created but whose answer was lost is not created twice', async () => {
    const { gh, url } = await pullRequest();
    gh.state.faults.push({ method: 'POST', path: /\/issues\/7\/comments$/, status: 0, drop: 'after' });
    const run = await review(url);
    expect(run.code, run.stdout).toBe(0);
    const comments = gh.state.comments[7] ?? [];
    expect(comments).toHaveLength(1);
    expect(comments[0]?.body).toContain('### revpact review');
    expect(run.outputs['comment-id']).toBe(String(comments[0]?.id));
    expect(run.stdout).toContain(`revpact: comment ${comments[0]?.id} created`);
  }, 60_000);

  it('an issue GitHub opened but whose answer was lost is not opened twice', async () => {
    const { gh, url, ws } = await monthly();
    gh.state.faults.push({ method: 'POST', path: /\/issues$/, status: 0, drop: 'after' });
    const run = await monthlyRun(url, ws);
    expect(run.code, run.stdout).toBe(0);
    expect(gh.state.issues).toHaveLength(1);
    expect(gh.state.issues[0]).toMatchObject({ title: 'Compliance report 2026-10', labels: ['revpact'] });
    expect(run.stdout).toContain(`revpact: issue #${gh.state.issues[0]?.number} created`);
  }, 60_000);

  // Before: "revpact: Server Error".
  it('a 502 on every try of a read names the request', async () => {
    const { gh, url } = await pullRequest();
    gh.state.faults.push({ method: 'GET', path: /\/pulls\/7\/files$/, status: 502, times: 10 });
    const run = await review(url);
    expect(run.code, run.stdout).toBe(1);
    expect(run.stdout).toContain(
      '::error::revpact: GitHub answered Server Error (HTTP 502) to GET /repos/planfold/agreements/pulls/7/files after the retries (run the job again; https://www.githubstatus.com says whether GitHub is down)',
    );
    expect(gh.writes()).toHaveLength(0);
  }, 60_000);
});

describe.skipIf(!NODE24).concurrent('GitHub Action: the pull request changed under the run', () => {
  it('a head commit force-pushed away (422 on its status) is a warning, not a failed step', async () => {
    const { gh, url } = await pullRequest();
    gh.state.faults.push({
      method: 'POST',
      path: new RegExp(`/statuses/${HEAD}$`),
      status: 422,
      body: { message: `No commit found for SHA: ${HEAD}`, documentation_url: 'https://docs.github.com/rest' },
    });
    const run = await review(url);
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toContain(
      `::warning::revpact: could not set the approval status: No commit found for SHA: ${HEAD} (HTTP 422; the head commit is no longer`,
    );
    expect(run.summary).toContain('could not set the approval status');
    expect(run.summary).toContain('### revpact review');
    expect(run.outputs['valid']).toBe('true');
    expect(gh.state.comments[7]).toHaveLength(1);
  });

  it('a pull request closed since the event, its branch deleted, is skipped with a word, not failed on a 404', async () => {
    const { gh, url } = await pullRequest();
    const pull = gh.state.pulls[7];
    if (pull) pull.state = 'closed';
    gh.state.faults.push({ method: 'GET', path: /\/compare\//, status: 404, body: { message: 'Not Found' } });
    const run = await review(url);
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toContain('revpact: pull request #7 is closed: nothing to review, no comment or status written');
    expect(gh.writes()).toHaveLength(0);
  });

  it('a pull request GitHub does not find fails the step saying which and why', async () => {
    const { gh, url } = await pullRequest();
    delete gh.state.pulls[7];
    const run = await review(url);
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('::error::revpact: pull request #7 of planfold/agreements is not found (HTTP 404) (give the workflow pull-requests: read');
    expect(run.stderr).not.toMatch(/\n\s+at /);
  });

  it('hide-and-new with a token that may not hide comments (GraphQL FORBIDDEN) warns instead of failing', async () => {
    const { gh, url } = await pullRequest();
    const old = gh.addComment(7, '<!-- revpact:report -->\nold', 'github-actions[bot]');
    gh.state.faults.push(hideRefused('FORBIDDEN', 'Resource not accessible by integration'));
    const run = await review(url, { 'comment-mode': 'hide-and-new' });
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).toContain('::warning::revpact: could not comment on the pull request: Resource not accessible by integration (HTTP 403;');
    expect(run.summary).toContain('could not comment on the pull request');
    expect(old.minimized).toBeUndefined();
    expect(gh.state.statuses).toHaveLength(1);
  });

  // Before: a comment deleted between the listing and the hide failed the step ("Could not resolve to a node").
  it('hide-and-new goes on when an earlier comment was deleted before it could be hidden', async () => {
    const { gh, url } = await pullRequest();
    const old = gh.addComment(7, '<!-- revpact:report -->\nold', 'github-actions[bot]');
    gh.state.faults.push(hideRefused('NOT_FOUND', `Could not resolve to a node with the global id of '${old.node_id}'`));
    const run = await review(url, { 'comment-mode': 'hide-and-new' });
    expect(run.code, run.stdout).toBe(0);
    expect(run.stdout).not.toContain('::warning::');
    expect(gh.state.comments[7]).toHaveLength(2);
    expect(gh.state.comments[7]?.[1]?.body).toContain('### revpact review');
  });
});

describe.skipIf(!NODE24).concurrent('GitHub Action: several report comments on one pull request', () => {
  // Before: comment-mode update edited the oldest and left the later ones showing their stale numbers, without a word.
  it('update edits the newest report comment, hides the earlier ones as outdated, and says so', async () => {
    const { gh, url } = await pullRequest();
    const oldest = gh.addComment(7, '<!-- revpact:report -->\nfirst run', 'github-actions[bot]');
    gh.addComment(7, 'a person’s comment in between', 'someone');
    const raced = gh.addComment(7, '<!-- revpact:report -->\nsecond run, at the same time', 'github-actions[bot]');
    const newest = gh.addComment(7, '<!-- revpact:report -->\nthird', 'github-actions[bot]');
    const run = await review(url);
    expect(run.code, run.stdout).toBe(0);
    expect(newest.body).toContain('### revpact review');
    expect(newest.minimized).toBeUndefined();
    expect(raced.body).toBe('<!-- revpact:report -->\nsecond run, at the same time');
    expect(raced.minimized).toBe(true);
    expect(oldest.minimized).toBe(true);
    expect(gh.state.comments[7]).toHaveLength(4);
    expect(run.outputs['comment-id']).toBe(String(newest.id));
    expect(run.stdout).toContain(
      `revpact: pull request #7 carries 3 report comments (runs at the same time, or comment-mode was new or hide-and-new): comment ${newest.id}, the newest, is the report; hiding the earlier ones as outdated: ${oldest.id}, ${raced.id}`,
    );
    expect(run.summary).not.toContain('Not written to GitHub');
  });

  // Review: editing the oldest wrote the report into a comment hide-and-new had collapsed, and hid the one people saw.
  it('after hide-and-new, update edits the visible comment, not a hidden one', async () => {
    const { gh, url } = await pullRequest();
    const hidden = gh.addComment(7, '<!-- revpact:report -->\nan earlier run', 'github-actions[bot]');
    hidden.minimized = true;
    const visible = gh.addComment(7, '<!-- revpact:report -->\nthe last hide-and-new run', 'github-actions[bot]');
    const run = await review(url);
    expect(run.code, run.stdout).toBe(0);
    expect(visible.body).toContain('### revpact review');
    expect(visible.minimized).toBeUndefined();
    expect(hidden.body).toBe('<!-- revpact:report -->\nan earlier run');
  });

  // Before: REST does not say which comments are hidden, so every run hid the same ones again and said so.
  it('hides an earlier comment once: the next run leaves it and says nothing of it', async () => {
    const { gh, url } = await pullRequest();
    const earlier = gh.addComment(7, '<!-- revpact:report -->\nan earlier run', 'github-actions[bot]');
    gh.addComment(7, '<!-- revpact:report -->\nthe report', 'github-actions[bot]');
    const first = await review(url);
    expect(first.code, first.stdout).toBe(0);
    expect(earlier.minimized).toBe(true);
    const hides = () => gh.requests.filter((r) => r.path === '/graphql' && r.body.includes('minimizeComment')).length;
    const before = hides();
    const again = await review(url);
    expect(again.code, again.stdout).toBe(0);
    expect(hides()).toBe(before);
    expect(again.stdout).not.toContain('hiding the earlier ones');
  }, 60_000);

  it('an unchanged report still hides the earlier report comments', async () => {
    const { gh, url } = await pullRequest();
    const first = await review(url);
    expect(first.code, first.stdout).toBe(0);
    // A run that raced it wrote the same report in a comment of its own.
    const earlier = gh.state.comments[7]?.find((c) => String(c.id) === first.outputs['comment-id']);
    const raced = gh.addComment(7, earlier?.body ?? '', 'github-actions[bot]');
    const again = await review(url);
    expect(again.code, again.stdout).toBe(0);
    expect(again.stdout).toContain(`comment ${raced.id} unchanged`);
    expect(earlier?.minimized).toBe(true);
    expect(raced.minimized).toBeUndefined();
    // Two runs of the Action, on a shared machine.
  }, 60_000);

  it('a token that may not hide them (GraphQL FORBIDDEN) updates the newest, warns, and lists the hides in the job summary', async () => {
    const { gh, url } = await pullRequest();
    const raced = gh.addComment(7, '<!-- revpact:report -->\nfirst run', 'github-actions[bot]');
    const newest = gh.addComment(7, '<!-- revpact:report -->\nsecond run', 'github-actions[bot]');
    gh.state.faults.push(hideRefused('FORBIDDEN', 'Resource not accessible by integration'));
    const run = await review(url);
    expect(run.code, run.stdout).toBe(0);
    expect(newest.body).toContain('### revpact review');
    expect(raced.minimized).toBeUndefined();
    expect(run.stdout).toContain(
      `::warning::revpact: could not hide the earlier report comment ${raced.id} as outdated: Resource not accessible by integration (HTTP 403; the token lacks the permission: add \`pull-requests: write\``,
    );
    expect(run.stdout).not.toContain('could not comment on the pull request');
    expect(run.summary).toContain(`#### Not written to GitHub\n\n- ⚠️ could not hide the earlier report comment ${raced.id} as outdated`);
    expect(gh.state.statuses).toHaveLength(1);
  });
});

describe.skipIf(!NODE24).concurrent('GitHub Action: the marker quoted by someone else', () => {
  // Before: with the workflow token any bot's comment holding the marker was taken for the
  // report, and the summariser's comment was overwritten with it.
  it('another bot that quotes the report comment keeps its comment; the report is a comment of its own', async () => {
    const { gh, url } = await pullRequest();
    const quote = '> <!-- revpact:report -->\n> ### revpact review · 1 contract changed\n\nSummary: the first-touch goal is looser.';
    const other = gh.addComment(7, quote, 'summary-bot[bot]');
    const inline = gh.addComment(7, 'Why does `<!-- revpact:report -->` show in the source?', 'docs-bot[bot]');
    const run = await review(url);
    expect(run.code, run.stdout).toBe(0);
    expect(other.body).toBe(quote);
    expect(inline.body).toBe('Why does `<!-- revpact:report -->` show in the source?');
    expect(other.minimized).toBeUndefined();
    const comments = gh.state.comments[7] ?? [];
    expect(comments).toHaveLength(3);
    expect(comments[2]).toMatchObject({ user: { login: 'github-actions[bot]' } });
    expect(comments[2]?.body).toContain('### revpact review');
    expect(run.outputs['comment-id']).toBe(String(comments[2]?.id));
  });

  // Before: search found the person's issue by the marker it quoted, and the report overwrote it (and labelled it).
  it.each([['labelled'], ['not labelled']])(
    'a person’s issue (%s) that quotes the period’s marker is left alone; the report opens its own issue',
    async (how) => {
      const { gh, url, ws } = await monthly();
      const text =
        'The October report went missing. Its marker is `<!-- revpact:monthly-report 2026-10 -->`, and\n> <!-- revpact:monthly-report 2026-10 -->\nis quoted here.';
      gh.state.issues.push({ number: 90, title: 'Where is the October report?', body: text, labels: how === 'labelled' ? ['revpact'] : [], state: 'open' });
      const run = await monthlyRun(url, ws);
      expect(run.code, run.stdout).toBe(0);
      expect(gh.state.issues[0]).toMatchObject({ number: 90, title: 'Where is the October report?', body: text });
      expect(gh.state.issues[0]?.labels).toEqual(how === 'labelled' ? ['revpact'] : []);
      expect(gh.state.issues).toHaveLength(2);
      expect(gh.state.issues[1]).toMatchObject({ title: 'Compliance report 2026-10', labels: ['revpact'] });
      expect(run.stdout).toContain(`revpact: issue #${gh.state.issues[1]?.number} created`);
    },
  );
});

describe.skipIf(!NODE24).concurrent('GitHub Action: the runner’s files', () => {
  // Before: the step failed with a bare "EISDIR: illegal operation on a directory", after the
  // comment and the status were written, with no outputs and no report file.
  it('a job summary it cannot write is a warning naming GITHUB_STEP_SUMMARY; the outputs and the report file are still written', async () => {
    const { gh, url } = await pullRequest();
    const notAFile = mkdtempSync(join(tmpdir(), 'revpact-summary-dir-'));
    const run = await runAction({
      apiUrl: url,
      event: 'pull_request',
      payload: prPayload(),
      inputs: inputs(),
      workspace,
      env: { GITHUB_STEP_SUMMARY: notAFile },
    });
    expect(run.code, run.stdout).toBe(0);
    const warnings = run.stdout.split('\n').filter((l) => l.startsWith('::warning::'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(
      new RegExp(
        `^::warning::revpact: could not write the job summary to GITHUB_STEP_SUMMARY \\(${notAFile}\\): EISDIR.*; the full report is in the file the report-path output names$`,
      ),
    );
    expect(run.outputs).toMatchObject({ valid: 'true', approved: 'false' });
    expect(run.outputs['report-path']).toMatch(/revpact-pr-7\.md$/);
    expect(run.temp['revpact-pr-7.md']).toContain('### revpact review');
    expect(gh.state.comments[7]).toHaveLength(1);
    expect(gh.state.statuses).toHaveLength(1);
  });

  // Before: "/proc/…: cannot create the output directory (…) (choose another path for --out)": the command line's option, which the Action has not.
  it('a RUNNER_TEMP it cannot write fails the step naming RUNNER_TEMP, before anything is written to GitHub', async () => {
    const { gh, url } = await pullRequest();
    const run = await runAction({
      apiUrl: url,
      event: 'pull_request',
      payload: prPayload(),
      inputs: inputs(),
      workspace,
      env: { RUNNER_TEMP: '/proc/revpact-nope' },
    });
    expect(run.code, run.stdout).toBe(1);
    expect(run.stdout).toMatch(
      /::error::revpact: could not write the report files to RUNNER_TEMP \(\/proc\/revpact-nope\): .*\(the runner sets RUNNER_TEMP to a folder it can write; run the job again, and report it to the runner’s owner if it persists\)\n/,
    );
    expect(run.stdout).not.toContain('--out');
    expect(gh.writes()).toHaveLength(0);
  });

  // Before: "EISDIR: illegal operation on a directory, open '…'", naming neither the file nor what it was for.
  it('outputs it cannot write fail the step naming GITHUB_OUTPUT, after the comment, the status and the job summary', async () => {
    const { gh, url } = await pullRequest();
    const notAFile = mkdtempSync(join(tmpdir(), 'revpact-output-dir-'));
    const run = await runAction({ apiUrl: url, event: 'pull_request', payload: prPayload(), inputs: inputs(), workspace, env: { GITHUB_OUTPUT: notAFile } });
    expect(run.code, run.stdout).toBe(1);
    expect(run.stdout).toMatch(
      new RegExp(
        `::error::revpact: could not write the step’s outputs to GITHUB_OUTPUT \\(${notAFile}\\): EISDIR[^\\n]*\\(the runner sets GITHUB_OUTPUT to a file it can write; run the job again, and report it to the runner’s owner if it persists\\)`,
      ),
    );
    expect(gh.state.comments[7]).toHaveLength(1);
    expect(gh.state.statuses).toHaveLength(1);
    expect(run.summary).toContain('### revpact review');
  });
});

/** A workspace with the contract and an October export, and a fake GitHub that may hold issues of the period already. */
async function monthly(text = BASE_TEXT): Promise<{ gh: FakeGitHub; url: string; ws: string }> {
  const gh = new FakeGitHub({ token: TOKEN });
  servers.push(gh);
  const url = await gh.start();
  const ws = mkdtempSync(join(tmpdir(), 'revpact-edges-monthly-'));
  mkdirSync(join(ws, 'contracts'));
  mkdirSync(join(ws, 'data'));
  writeFileSync(join(ws, PATH), text);
  generateExport(join(ws, 'data', 'leads.csv'), { rows: 60, format: 'hubspot', seed: 5, from: '2026-10-01', days: 30 });
  return { gh, url, ws };
}
const monthlyRun = (url: string, ws: string, extra: Record<string, string> = {}) =>
  runAction({
    apiUrl: url,
    event: 'schedule',
    payload: { schedule: '0 6 1 * *' },
    inputs: inputs({ leads: 'data/leads.csv', 'as-of': '2026-11-02T08:00:00+01:00', ...extra }),
    workspace: ws,
  });
const octoberIssue = (number: number, state: 'open' | 'closed') => ({
  number,
  title: 'Compliance report 2026-10',
  body: '<!-- revpact:monthly-report 2026-10 -->\nan earlier run',
  labels: ['revpact'],
  state,
});

describe.skipIf(!NODE24).concurrent('GitHub Action: the period’s issue as people left it', () => {
  // Before: the closed issue was updated and left closed without a word; nobody would look there.
  it.each([
    [
      'en',
      BASE_TEXT,
      'The issue [#100](https://github.com/planfold/agreements/issues/100) of this period is closed: its report was updated and it was left closed.',
    ],
    [
      'es',
      BASE_TEXT.replace('  locale: en\n', '  locale: es\n'),
      'La incidencia [#100](https://github.com/planfold/agreements/issues/100) de este periodo está cerrada',
    ],
  ])('a period’s issue someone closed is updated, left closed, and the log and the job summary say so (%s)', async (_locale, text, note) => {
    const { gh, url, ws } = await monthly(text);
    gh.state.issues.push(octoberIssue(100, 'closed'));
    const run = await monthlyRun(url, ws);
    expect(run.code, run.stdout).toBe(0);
    expect(gh.state.issues).toHaveLength(1);
    expect(gh.state.issues[0]?.state).toBe('closed');
    expect(gh.state.issues[0]?.body).not.toContain('an earlier run');
    expect(run.stdout).toContain('revpact: issue #100 updated (closed by someone; left closed)');
    expect(run.summary).toContain(note);
  });

  // Before: GitHub lists the newest first, so the newest was updated and the older ones went stale without a word.
  it('of two open issues of one period the oldest is updated, the other named and left open', async () => {
    const { gh, url, ws } = await monthly();
    gh.state.issues.push(octoberIssue(100, 'open'), octoberIssue(101, 'open'), octoberIssue(102, 'closed'));
    const run = await monthlyRun(url, ws);
    expect(run.code, run.stdout).toBe(0);
    const [first, second, closed] = gh.state.issues;
    expect(first?.body).not.toContain('an earlier run');
    expect(second).toMatchObject({ state: 'open', body: '<!-- revpact:monthly-report 2026-10 -->\nan earlier run' });
    expect(closed).toMatchObject({ state: 'closed', body: '<!-- revpact:monthly-report 2026-10 -->\nan earlier run' });
    expect(run.stdout).toContain('revpact: issue #100 updated\n');
    expect(run.stdout).toContain(
      '::warning::revpact: issue #101 also carries the report of 2026-10 (runs at the same time?): #100, the oldest open one, holds the report; the others are not updated and go stale: close the ones nobody uses',
    );
    expect(gh.writes().map((r) => `${r.method} ${r.path}`)).toEqual(['PATCH /repos/planfold/agreements/issues/100']);
  });

  // Before: the newest was updated, also when closed, and the open one people follow went stale.
  it.each([
    ['closed', 'open', 101],
    ['open', 'closed', 100],
  ] as const)('of #100 %s and #101 %s, issues of one period, the open one is updated', async (older, newer, updated) => {
    const { gh, url, ws } = await monthly();
    gh.state.issues.push(octoberIssue(100, older), octoberIssue(101, newer));
    const run = await monthlyRun(url, ws);
    expect(run.code, run.stdout).toBe(0);
    expect(gh.state.issues.map((i) => i.body.includes('an earlier run'))).toEqual([updated !== 100, updated !== 101]);
    expect(gh.state.issues.map((i) => i.state)).toEqual([older, newer]);
    expect(run.stdout).toContain(`revpact: issue #${updated} updated\n`);
    expect(run.stdout).not.toContain('::warning::');
  });
});

describe.skipIf(!NODE24).concurrent('GitHub Action: odd inputs', () => {
  // Before: with an exclusion every changed file was a contract: README.md was reviewed as an invalid one and failed the step.
  it('a contracts input with an exclusion (!glob) reviews the contracts it names, not the drafts nor the README', async () => {
    const { gh, url } = await pullRequest();
    const pull = gh.state.pulls[7];
    pull?.files.push({ filename: 'README.md', status: 'modified' }, { filename: 'contracts/drafts/next.yaml', status: 'added' });
    Object.assign(gh.state.commits[HEAD] ?? {}, { 'README.md': '# agreements\n', 'contracts/drafts/next.yaml': 'not: [a contract\n' });
    Object.assign(gh.state.commits[BASE] ?? {}, { 'README.md': '# old\n' });
    const run = await review(url, { contracts: 'contracts/**/*.yaml\n!contracts/drafts/**' });
    expect(run.code, run.stdout).toBe(0);
    const body = gh.state.comments[7]?.[0]?.body ?? '';
    expect(body).toContain('revpact review · 1 contract changed');
    expect(body).not.toContain('README.md');
    expect(body).not.toContain('drafts/next.yaml');
  });

  // Before: a pull request that changed no file the glob matched passed the approval gate, and a
  // glob that matched no file of the repository at all (a typo, a space between two globs, the
  // wrong case) passed every pull request, contract changes included, without a word.
  it.each([
    ['a typo', 'contract/**/*.yaml', ''],
    ['two globs separated by a space', 'contracts/*.yaml contracts/*.yml', ''],
    ['the wrong case', 'Contracts/**/*.YAML', ' (contracts/b2b-saas.yaml would, but paths compare case-sensitively)'],
  ])('a contracts glob that matches no file of the repository (%s) fails the step and sets no status', async (_what, glob, near) => {
    const { gh, url } = await pullRequest();
    const run = await review(url, { contracts: glob });
    expect(run.code, run.stdout).toBe(1);
    expect(run.stdout).toContain(
      `::error::revpact: input contracts: "${glob}" matches no file of planfold/agreements at the pull request's base (1111111)${near}, so no pull request would be taken for a contract change and the approval status would pass every one`,
    );
    expect(run.stdout).toContain('separate several globs with commas or new lines');
    expect(gh.state.statuses).toHaveLength(0);
    expect(gh.writes()).toHaveLength(0);
  });

  // Before: GitHub lists 3,000 of a pull request's files; a contract changed beyond them went unseen, and the gate passed.
  it('a pull request with more changed files than GitHub lists fails the step instead of passing unseen contracts', async () => {
    const { gh, url } = await pullRequest();
    const files = Array.from({ length: 3000 }, (_, i) => ({ filename: `data/part-${i}.csv`, status: 'added' }));
    Object.assign(gh.state.pulls[7] ?? {}, { files, changedFiles: 3001 });
    const run = await review(url);
    expect(run.code, run.stdout).toBe(1);
    expect(run.stdout).toContain(
      '::error::revpact: pull request #7 changes 3,001 files, and GitHub lists only the first 3,000: a contract changed among the others would go unseen, so it is not reviewed and no approval status is set (split the pull request: keep contract changes apart from bulk changes)',
    );
    expect(gh.writes()).toHaveLength(0);
  }, 60_000);

  it('a contracts glob that matches contracts the pull request does not change still passes it', async () => {
    const { gh, url } = await pullRequest();
    Object.assign(gh.state.pulls[7] ?? {}, { files: [{ filename: 'README.md', status: 'modified' }] });
    const run = await review(url);
    expect(run.code, run.stdout).toBe(0);
    expect(gh.state.statuses.at(-1)).toMatchObject({ state: 'success', description: 'No contract changed: no approval needed' });
  });

  // Before: "matches no file in the workspace (check the repository out first …)", advice for another mistake.
  it('a leads input that names a folder says so and how to name its files', async () => {
    const { gh, url, ws } = await monthly();
    const run = await monthlyRun(url, ws, { leads: 'data/' });
    expect(run.code, run.stdout).toBe(1);
    expect(run.stdout).toContain(
      '::error::revpact: input leads: "data/" is a folder, and leads names the export’s files (give the file, data/leads.csv, or a glob of them, data/*.csv)',
    );
    expect(gh.writes()).toHaveLength(0);
  });

  // Before: the named file that was missing was dropped without a word, and the report measured the rest.
  it.each([
    ['leads', 'data/leads.csv, data/2026-09.csv', 'input leads: "data/2026-09.csv" is no file in the workspace'],
    ['contracts', `${PATH}\ncontracts/emea.yaml`, 'input contracts: "contracts/emea.yaml" is no file in the workspace, and the report would leave it out'],
  ])('a monthly report whose %s input names a file that is not there fails, naming it', async (input, value, said) => {
    const { gh, url, ws } = await monthly();
    const run = await monthlyRun(url, ws, { [input]: value });
    expect(run.code, run.stdout).toBe(1);
    expect(run.stdout).toContain(`::error::revpact: ${said}`);
    expect(gh.writes()).toHaveLength(0);
  });
});

describe.skipIf(!NODE24).concurrent('GitHub Action: workflow_run', () => {
  // Before: the first listed pull request was taken, #2 of the fork, and #2 of this repository was asked for (404: a failed step).
  it('a workflow_run that lists a pull request of another repository finds this repository’s by the branch', async () => {
    const { gh, url } = await pullRequest();
    Object.assign(gh.state.pulls[7] ?? {}, { headRepo: 'contributor/agreements', headRef: 'tighten-first-touch' });
    const payload = webhookExample('workflow_run', 'completed');
    const run = payload['workflow_run'] as Record<string, unknown>;
    const fork = { id: 1, url: 'https://api.github.com/repos/contributor/agreements', name: 'agreements' };
    run['pull_requests'] = [
      {
        url: `${fork.url}/pulls/2`,
        id: 2,
        number: 2,
        head: { ref: 'tighten-first-touch', sha: HEAD, repo: fork },
        base: { ref: 'main', sha: BASE, repo: fork },
      },
    ];
    run['event'] = 'pull_request';
    run['head_sha'] = HEAD;
    run['head_branch'] = 'tighten-first-touch';
    run['head_repository'] = { full_name: 'contributor/agreements', owner: { login: 'contributor' } };
    const result = await runAction({ apiUrl: url, event: 'workflow_run', payload, inputs: inputs({ leads: '' }), workspace });
    expect(result.code, result.stdout).toBe(0);
    expect(gh.requests.some((r) => r.path.endsWith('/pulls/2'))).toBe(false);
    expect(gh.state.comments[7]).toHaveLength(1);
    expect(gh.state.statuses.at(-1)?.sha).toBe(HEAD);
  });
});

/** GitHub's GraphQL answer to a minimizeComment it refuses: HTTP 200, the error in the body. */
function hideRefused(type: 'FORBIDDEN' | 'NOT_FOUND', message: string): Fault {
  return {
    method: 'POST',
    path: /^\/graphql$/,
    request: /minimizeComment/,
    status: 200,
    body: { data: { minimizeComment: null }, errors: [{ type, path: ['minimizeComment'], message }] },
  };
}
