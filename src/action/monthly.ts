/**
 * The monthly report (on `schedule` or `workflow_dispatch`): every contract in the
 * workspace measured on the export for the period, the report in the job summary, and
 * one issue per period ("Compliance report 2026-10") opened, or updated when it exists.
 *
 * For a month (the default period), each contract's report is followed by its trend over
 * the 12 months ending with that month and what changed since the month before. Both come
 * from ONE pass over the data (one read of a CRM): the month is measured in full, and the
 * 12 months as a series beside it (measure's `seriesOver`), each month by the same code as
 * `check --period <month>`; the 12 months' whole-period numbers are never computed.
 *
 * Each contract's report and trend speak its metadata.locale; the issue's title and frame
 * speak the locale all the contracts share, else English. The issue is found by its hidden
 * marker, which never changes with the language: when a team switches its contract to
 * Spanish, the period's English issue is updated (and retitled), not opened again.
 */
import { recordUrl, type RecordUrl } from '../report/render/links.js';
import type { DocumentLocale } from '../render/locale.js';
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { loadContract } from '../app/contract.js';
import { diskReader } from '../app/lead-data.js';
import { measure } from '../app/measure.js';
import type { Diagnostic } from '../contract/diagnostics.js';
import { monthsEndingWith } from '../engine/period.js';
import type { ComplianceReport, Series } from '../engine/types.js';
import { renderReport } from '../report/render/index.js';
import { reportText } from '../report/render/messages.js';
import { renderTrendMarkdown } from '../report/render/trend.js';
import { UsageError } from '../shared/errors.js';
import { version } from '../shared/version.js';
import type { RunContext } from './context.js';
import { createOnce, httpMessage, httpStatus, NO_RETRY, type GitHub } from './github.js';
import type { ActionInputs } from './inputs.js';
import { annotate } from './io.js';
import { leadDataFor, leadOrigin, whenFor, whenWarning } from './lead-data.js';
import type { Outcome } from './outcome.js';
import { missingFiles, workspaceFiles } from './workspace.js';
import type { RunDeps } from './run.js';
import { guardedWrite, missedMarkdown } from './writes.js';
import { carriesMarker, fitBody, COMMENT_LIMIT } from './comment.js';
import { EN, frameLocale, frameText, type FrameText } from './messages.js';
import { mdText } from '../render/escape.js';

export const REPORT_LABEL = 'revpact';
/** Months the monthly issue's trend shows, the reported one last. */
export const TREND_MONTHS = 12;
/** How the period's issue is found again: never translated nor changed, or each run would open a second issue. */
export const monthlyMarker = (label: string) => `<!-- revpact:monthly-report ${label} -->`;

export async function monthlyReport(ctx: RunContext, inputs: ActionInputs, deps: RunDeps): Promise<Outcome> {
  const { github, io } = deps;
  const outcome: Outcome = { valid: true, approved: null, compliance: '', commentId: null, reportPath: '' };
  const leads = leadOrigin(ctx.workspace, inputs, deps.env, { fork: false, warn: io.warning });
  if (leads.kind === 'none')
    throw new UsageError(
      'input leads: the monthly report needs the lead data',
      'give the path of the export in the repository (leads: data/hubspot-contacts.csv), or read the CRM (leads-from: hubspot, with its token from a secret)',
    );
  const files = workspaceFiles(ctx.workspace, inputs.contracts);
  if (files.length === 0)
    throw new UsageError(
      `input contracts: "${inputs.contracts}" matches no file in the workspace`,
      'check the repository out first (actions/checkout), or fix the glob',
    );
  const missing = missingFiles(ctx.workspace, inputs.contracts);
  if (missing.length > 0)
    throw new UsageError(
      `input contracts: ${missing.map((p) => `"${p}"`).join(', ')} ${missing.length === 1 ? 'is no file' : 'are no files'} in the workspace, and the report would leave ${missing.length === 1 ? 'it' : 'them'} out`,
      'fix the path, or take it out of contracts',
    );

  const diagnostics: Diagnostic[] = [];
  const warnWhen = whenWarning(io);
  const reports: { file: string; report: ComplianceReport; series: Series | undefined; locale: DocumentLocale; recordUrl: RecordUrl | undefined }[] = [];
  for (const file of files) {
    const loaded = loadContract(file, readFileSync(join(ctx.workspace, file)));
    diagnostics.push(...(loaded.ok ? loaded.value.diagnostics : loaded.diagnostics));
    if (!loaded.ok) continue;
    const { rules } = loaded.value;
    const data = await leadDataFor(inputs, leads, rules, ctx.workspace, diskReader(ctx.workspace, file), io, deps.env);
    const when = whenFor(inputs, rules.contract.timezone, deps.now(), 'now', warnWhen);
    // A trend for a month; a quarter or a custom range (input period) is reported without one.
    const trend = when.period.unit === 'month' ? { every: 'month' as const, seriesOver: monthsEndingWith(when.period, TREND_MONTHS) } : {};
    const { series, ...report } = await measure(rules, { kind: 'data', data }, 'streaming', { ...when, ...trend });
    // Each contract's report (and trend) in its own metadata.locale, as `revpact check` writes it.
    reports.push({ file, report, series, locale: rules.contract.locale, recordUrl: recordUrl(loaded.value.checked.contract.metadata.crm) });
  }
  annotate(io, diagnostics);
  outcome.valid = !diagnostics.some((d) => d.severity === 'error');
  if (reports.length === 0) throw new UsageError('no valid contract to report on', 'fix the problems annotated above');

  const locale = frameLocale(reports.map((r) => r.locale));
  const t = frameText(locale);
  // One issue per period. Without the period input each contract's last month is cut in its
  // own zone, and a run near a month's end falls on either side of it (06:00 UTC on the 1st
  // is still the 31st in California): the issue is the newest period's, the one every later
  // run agrees on, so a rerun finds it. Before, the labels were joined ("2026-09, 2026-10")
  // into a marker no later run repeated, and each opened another issue.
  const label = newestPeriod(reports.map((r) => r.report.period));
  const behind = reports.filter((r) => r.report.period.label !== label);
  if (behind.length > 0)
    io.warning(
      `revpact: the contracts do not agree on the period: ${behind.map((r) => `${r.file} reported ${r.report.period.label} (${r.report.period.timezone})`).join(', ')}, the others ${label}, because the run came before that period ended in their time zone. The report goes to the issue of ${label}; schedule the run when the month has ended in every contract's time zone, or set the period input`,
    );
  const title = t.monthly.title(label);
  const parts = reports.map((r) => ({
    report: renderReport.markdown(r.report, { color: false, showPii: false, locale: r.locale, recordUrl: r.recordUrl }).trimEnd() + '\n',
    trend: r.series === undefined ? '' : renderTrendMarkdown(r.report, r.series, reportText(r.locale)).trimEnd() + '\n',
  }));
  const head = [monthlyMarker(label), `## ${mdText(title)}`, ''].join('\n') + '\n';
  const foot = `<sub>revpact ${version()} · ${leads.display}</sub>\n`;
  const body = issueBody(head, parts, foot, Number.POSITIVE_INFINITY, '');
  await io.summary(body, locale);
  if (behind.length > 0)
    await io.summary(`> ${t.monthly.periodsDiffer(label, behind.map((r) => `\`${r.file}\` (${r.report.period.label})`).join(', '))}\n`, locale);
  outcome.reportPath = posix.join(ctx.tempDir, `revpact-report-${label.replace(/[^\w.-]+/g, '_')}.md`);
  io.writeFile(outcome.reportPath, body);
  outcome.compliance = reports.some((r) => r.report.status === 'fail') ? 'fail' : reports.some((r) => r.report.status === 'no-data') ? 'no-data' : 'pass';

  const write = guardedWrite(io, { dryRun: inputs.dryRun, fork: false });
  const issue = await write(
    `open or update the issue "${title}"`,
    () =>
      upsertIssue(
        github,
        { owner: ctx.owner, repo: ctx.repo },
        title,
        issueBody(head, parts, foot, COMMENT_LIMIT, t.cut.jobSummary(ctx.runUrl), t),
        monthlyMarker(label),
      ),
    { permission: 'issues: write' },
  );
  const notLabelled: string[] = [];
  if (issue?.searchFailed !== undefined && issue.action === 'created')
    io.warning(
      `revpact: could not search the issues without the label ${REPORT_LABEL} for the marker of ${label}: ${issue.searchFailed}. If someone took the label off the period’s issue, #${issue.number} is a second one: close the one nobody uses`,
    );
  const relabelled =
    issue?.unlabelled === true &&
    // Put back: the label is how the next runs find the issue, in one listing that is never behind.
    (await write(
      `put the label "${REPORT_LABEL}" back on issue #${issue.number}`,
      () => github.rest.issues.addLabels({ owner: ctx.owner, repo: ctx.repo, issue_number: issue.number, labels: [REPORT_LABEL] }),
      { permission: 'issues: write' },
    )) !== undefined;
  if (issue?.labelMissing !== undefined) {
    const line = `issue #${issue.number} was opened without the label "${REPORT_LABEL}": ${issue.labelMissing}; later runs find it by searching for its marker`;
    io.warning(`revpact: ${line}`);
    notLabelled.push(line);
  }
  // The report went to the summary above; what could not reach GitHub follows it.
  const missed = [...write.missed, ...notLabelled];
  if (missed.length > 0) await io.summary(missedMarkdown(missed, t.notWritten), locale);
  if (issue) {
    outcome.issueNumber = issue.number;
    io.info(`revpact: issue #${issue.number} ${issue.action}${issue.closed ? ' (closed by someone; left closed)' : ''}`);
    const link = `[#${issue.number}](${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/issues/${issue.number})`;
    if (issue.labelCreated)
      io.info(`revpact: the label "${REPORT_LABEL}" did not exist in ${ctx.owner}/${ctx.repo}; GitHub created it with issue #${issue.number}`);
    if (issue.unlabelled) {
      io.info(
        `revpact: issue #${issue.number} had lost its label "${REPORT_LABEL}"; it was found by searching for its marker${relabelled ? ', and the label is put back' : ''}`,
      );
      await io.summary(`> ${t.monthly.unlabelledFound(link, `\`${REPORT_LABEL}\``)}\n`, locale);
    }
    // A closed issue is updated and left closed: a person closed it on purpose (read, or
    // not wanted in the open list), and a scheduled job that reopens it — on each rerun of
    // a failing month — fights whoever triages the issues. A breach is already loud where
    // it belongs (fail-on: breach fails the step) and the next period opens a new issue.
    // What must not happen is a silent update nobody sees: the summary says it.
    if (issue.closed && issue.action === 'updated') {
      await io.summary(
        `> ${t.monthly.closedUpdated(link)}
`,
        locale,
      );
    }
    if (issue.duplicates.length > 0)
      io.warning(
        `revpact: ${issue.duplicates.length === 1 ? 'issue' : 'issues'} ${issue.duplicates.map((n) => `#${n}`).join(', ')} also ${issue.duplicates.length === 1 ? 'carries' : 'carry'} the report of ${label} (runs at the same time?): #${issue.number}, the oldest open one, holds the report; the others are not updated and go stale: close the ones nobody uses`,
      );
  }
  outcome.unwritten = write.failed;
  return outcome;
}

/**
 * The issue body: each contract's report and then its trend. Over `limit`, the reports are
 * cut (each to an equal share of what the trends and the frame leave), never the trends:
 * the full reports are in the job summary, the trend is what the issue is read for.
 */
export function issueBody(
  head: string,
  parts: readonly { report: string; trend: string }[],
  foot: string,
  limit: number,
  whereFull: string,
  t: FrameText = EN,
): string {
  const join = (reports: readonly string[]) => head + parts.map((p, i) => [reports[i], p.trend].filter(Boolean).join('\n')).join('\n') + '\n' + foot;
  const whole = join(parts.map((p) => p.report));
  if (whole.length <= limit) return whole;
  const fixed = join(parts.map(() => '')).length;
  const share = Math.floor((limit - fixed) / Math.max(1, parts.length));
  // A share too small for any report leaves the plain cut at the end (fitBody), as before.
  if (share < 2000) return fitBody(whole, limit, whereFull, t);
  return fitBody(join(parts.map((p) => fitBody(p.report, share, whereFull, t))), limit, whereFull, t);
}

export interface IssueOutcome {
  number: number;
  action: 'created' | 'updated' | 'unchanged';
  /** The issue was closed (by a person: revpact never closes one), and is left closed. */
  closed: boolean;
  /** Other open issues with the period's marker, not updated (two runs that raced). */
  duplicates: number[];
  /** Found by search, without the label (someone took it off, or deleted the label): the caller puts it back. */
  unlabelled: boolean;
  /** Why the issues without the label could not be searched (set only when nothing labelled had the marker). */
  searchFailed?: string;
  /** Why a new issue has no label. */
  labelMissing?: string;
  /** The label did not exist in the repository; GitHub created it with the new issue. */
  labelCreated: boolean;
}

type Issue = Awaited<ReturnType<GitHub['rest']['issues']['listForRepo']>>['data'][number];

/**
 * The period's issue, found by its marker among the issues labelled revpact (all pages,
 * open or closed). Of several, the oldest open one (else the oldest): GitHub lists the
 * newest first, so taking the first found updated the newest, and the others went stale
 * without a word. The other open ones are named (duplicates), never closed: a person may
 * be using one.
 *
 * When no labelled issue has the marker, the search API is asked for it: someone may have
 * taken the label off, and a second issue for the period was opened without a word. The
 * labelled listing stays first, as it is consistent and costs one request per 100 issues;
 * search is one request, on its own rate limit (30 a minute), but eventually consistent
 * (an issue labelled off in the last minutes may not be found yet) and may be missing on
 * GitHub Enterprise Server: when it fails, the run goes on and says so. Listing every issue
 * of the repository instead would cost a request per 100 issues and pull requests, each month.
 */
async function upsertIssue(github: GitHub, repo: { owner: string; repo: string }, title: string, body: string, mark: string): Promise<IssueOutcome> {
  const labelled = await github.paginate(github.rest.issues.listForRepo, { ...repo, labels: REPORT_LABEL, state: 'all', per_page: 100 });
  let found = withMarker(labelled, mark);
  let searchFailed: string | undefined;
  if (found.length === 0) {
    const searched = await searchUnlabelled(github, repo, mark);
    if (searched.ok) found = searched.value;
    else searchFailed = searched.error;
  }
  const unlabelled = found.length > 0 && !found.some((i) => hasLabel(i, REPORT_LABEL));
  const existing = found.find((i) => i.state === 'open') ?? found[0];
  if (existing) {
    const closed = existing.state === 'closed';
    const duplicates = found.filter((i) => i !== existing && i.state === 'open').map((i) => i.number);
    const same = { number: existing.number, closed, duplicates, unlabelled, labelCreated: false };
    if (existing.body === body && existing.title === title) return { ...same, action: 'unchanged' };
    await github.rest.issues.update({ ...repo, issue_number: existing.number, title, body });
    return { ...same, action: 'updated' };
  }
  // Whether the label exists is asked only when no issue carries it (the first run, or the label deleted).
  const labelExisted = labelled.length > 0 || (await labelExists(github, repo));
  let labelMissing: string | undefined;
  let data: Issue;
  // A new issue the answer of which was lost is looked for among the newest open ones before it is opened again.
  const opened = async () => {
    const { data: newest } = await github.rest.issues.listForRepo({ ...repo, state: 'open', sort: 'created', direction: 'desc', per_page: 30 });
    return newest.find((i) => !i.pull_request && i.title === title && i.body === body);
  };
  try {
    data = await createOnce(async () => (await github.rest.issues.create({ ...repo, title, body, labels: [REPORT_LABEL], ...NO_RETRY })).data, opened);
  } catch (e) {
    // A label GitHub would have to create is refused (403) to a token that may not push; the
    // issue is opened without it. Only then: with the label there, a 403 is the token's lack of
    // issues: write, which a second request would only meet again (said by the caller).
    if (labelExisted !== false || httpStatus(e) !== 403 || /rate limit/i.test(httpMessage(e))) throw e;
    data = await createOnce(async () => (await github.rest.issues.create({ ...repo, title, body, ...NO_RETRY })).data, opened);
    labelMissing = `GitHub refused it (${httpMessage(e)}, HTTP 403; creating the label needs a token that may push)`;
  }
  // GitHub drops the labels of a new issue, without an error, for a token without push access.
  if (labelMissing === undefined && !hasLabel(data, REPORT_LABEL)) labelMissing = 'GitHub dropped it (a token without push access may not label a new issue)';
  return {
    number: data.number,
    action: 'created',
    closed: false,
    duplicates: [],
    unlabelled: false,
    labelCreated: labelExisted === false && labelMissing === undefined,
    ...(searchFailed === undefined ? {} : { searchFailed }),
    ...(labelMissing === undefined ? {} : { labelMissing }),
  };
}

function withMarker<T extends { number: number; body?: string | null; pull_request?: unknown }>(issues: readonly T[], mark: string): T[] {
  return issues.filter((i) => !i.pull_request && carriesMarker(i.body, mark)).sort((a, b) => a.number - b.number);
}

function hasLabel(issue: { labels: readonly (string | { name?: string | undefined })[] }, name: string): boolean {
  return issue.labels.some((l) => (typeof l === 'string' ? l : l.name) === name);
}

/**
 * The issues with the marker, by GitHub's issue search. Search matches words, not the
 * comment's characters, so the marker's words are one quoted phrase and each body found is
 * checked for the marker itself ("2026-10" is also in "2026-10-03").
 */
async function searchUnlabelled(
  github: GitHub,
  repo: { owner: string; repo: string },
  mark: string,
): Promise<{ ok: true; value: Issue[] } | { ok: false; error: string }> {
  const phrase = mark.replace(/^<!--\s*|\s*-->$/g, '');
  try {
    const items = await github.paginate(github.rest.search.issuesAndPullRequests, {
      q: `repo:${repo.owner}/${repo.repo} is:issue in:body "${phrase}"`,
      per_page: 100,
    });
    return { ok: true, value: withMarker(items as unknown as Issue[], mark) };
  } catch (e) {
    const status = httpStatus(e);
    if (status === undefined) throw e;
    return { ok: false, error: `${httpMessage(e)} (HTTP ${status})` };
  }
}

async function labelExists(github: GitHub, repo: { owner: string; repo: string }): Promise<boolean | undefined> {
  try {
    await github.rest.issues.getLabel({ ...repo, name: REPORT_LABEL });
    return true;
  } catch (e) {
    // Anything but "not found" leaves it unknown, and nothing is said about the label.
    if (httpStatus(e) === 404) return false;
    if (httpStatus(e) === undefined) throw e;
    return undefined;
  }
}

/** The label of the period that starts last: the one every later run agrees on. */
export function newestPeriod(periods: readonly { label: string; from: string }[]): string {
  return [...periods].sort((a, b) => Date.parse(b.from) - Date.parse(a.from))[0]?.label ?? '';
}
