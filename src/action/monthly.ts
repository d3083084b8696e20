/**
 * The monthly report (on `schedule` or `workflow_dispatch`): every contract in the
 * workspace measured on the export for the period, the report in the job summary, and
 * one issue per period ("Compliance report 2026-10") opened, or updated when it exists.
 */
import { recordUrl, type RecordUrl } from '../report/render/links.js';
import type { DocumentLocale } from '../render/locale.js';
import { readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import { loadContract } from '../app/contract.js';
import { diskReader } from '../app/lead-data.js';
import { measure } from '../app/measure.js';
import type { Diagnostic } from '../contract/diagnostics.js';
import type { ComplianceReport } from '../engine/types.js';
import { renderReport } from '../report/render/index.js';
import { UsageError } from '../shared/errors.js';
import { version } from '../shared/version.js';
import type { RunContext } from './context.js';
import type { GitHub } from './github.js';
import type { ActionInputs } from './inputs.js';
import { annotate } from './io.js';
import { leadDataFor, leadOrigin, whenFor } from './lead-data.js';
import type { Outcome } from './outcome.js';
import { workspaceFiles } from './workspace.js';
import type { RunDeps } from './run.js';
import { guardedWrite } from './writes.js';
import { fitBody, COMMENT_LIMIT } from './comment.js';

export const REPORT_LABEL = 'revpact';
const marker = (label: string) => `<!-- revpact:monthly-report ${label} -->`;

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

  const diagnostics: Diagnostic[] = [];
  const reports: { report: ComplianceReport; locale: DocumentLocale; recordUrl: RecordUrl | undefined }[] = [];
  for (const file of files) {
    const loaded = loadContract(file, readFileSync(join(ctx.workspace, file)));
    diagnostics.push(...(loaded.ok ? loaded.value.diagnostics : loaded.diagnostics));
    if (!loaded.ok) continue;
    const { rules } = loaded.value;
    const data = await leadDataFor(inputs, leads, rules, ctx.workspace, diskReader(ctx.workspace, file), io, deps.env);
    // Each contract's report in its own metadata.locale, as `revpact check` writes it.
    const report = await measure(rules, { kind: 'data', data }, 'streaming', whenFor(inputs, rules.contract.timezone, deps.now(), 'now'));
    reports.push({ report, locale: rules.contract.locale, recordUrl: recordUrl(loaded.value.checked.contract.metadata.crm) });
  }
  annotate(io, diagnostics);
  outcome.valid = !diagnostics.some((d) => d.severity === 'error');
  if (reports.length === 0) throw new UsageError('no valid contract to report on', 'fix the problems annotated above');

  const labels = [...new Set(reports.map((r) => r.report.period.label))];
  const label = labels.join(', ');
  const title = `Compliance report ${label}`;
  const body = [
    marker(label),
    `## ${title}`,
    '',
    ...reports.map((r) => renderReport.markdown(r.report, { color: false, showPii: false, locale: r.locale, recordUrl: r.recordUrl }).trimEnd() + '\n'),
    `<sub>revpact ${version()} · ${leads.display}</sub>`,
    '',
  ].join('\n');
  await io.summary(body);
  outcome.reportPath = posix.join(ctx.tempDir, `revpact-report-${label.replace(/[^\w.-]+/g, '_')}.md`);
  io.writeFile(outcome.reportPath, body);
  outcome.compliance = reports.some((r) => r.report.status === 'fail') ? 'fail' : reports.some((r) => r.report.status === 'no-data') ? 'no-data' : 'pass';

  const write = guardedWrite(io, { dryRun: inputs.dryRun, fork: false });
  const issue = await write(`open or update the issue "${title}"`, () =>
    upsertIssue(github, { owner: ctx.owner, repo: ctx.repo }, title, fitBody(body, COMMENT_LIMIT, `the [job summary](${ctx.runUrl})`), marker(label)),
  );
  if (issue) {
    outcome.issueNumber = issue.number;
    io.info(`revpact: issue #${issue.number} ${issue.action}`);
  }
  return outcome;
}

/** The period's issue, found by its marker among the issues labelled revpact (all pages, open or closed). */
async function upsertIssue(
  github: GitHub,
  repo: { owner: string; repo: string },
  title: string,
  body: string,
  mark: string,
): Promise<{ number: number; action: 'created' | 'updated' | 'unchanged' }> {
  const issues = await github.paginate(github.rest.issues.listForRepo, { ...repo, labels: REPORT_LABEL, state: 'all', per_page: 100 });
  const existing = issues.find((i) => !i.pull_request && (i.body ?? '').includes(mark));
  if (existing) {
    if (existing.body === body && existing.title === title) return { number: existing.number, action: 'unchanged' };
    await github.rest.issues.update({ ...repo, issue_number: existing.number, title, body });
    return { number: existing.number, action: 'updated' };
  }
  const { data } = await github.rest.issues.create({ ...repo, title, body, labels: [REPORT_LABEL] });
  return { number: data.number, action: 'created' };
}
