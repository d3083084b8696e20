/**
 * The GitHub Action's entry (action.yml → dist/index.js, bundled by scripts/bundle.js).
 * Thin on purpose (STYLE.md 10): read and check the inputs and the run's context, build
 * the client, call the core, set the outputs; one try/catch turns any failure into a
 * failed step with a message, never a stack trace for an expected problem.
 *
 * The token is never printed: the runner masks secrets and the workflow token in the
 * log, and nothing here writes it anywhere (not even `::add-mask::`, which would put it
 * on standard output).
 */
import * as core from '@actions/core';
import { dirname } from 'node:path';
import '../shared/holidays-bundled.js';
import { UsageError } from '../shared/errors.js';
import { writeFileAtomic } from '../shared/files.js';
import { version } from '../shared/version.js';
import { readContext } from './context.js';
import { createGitHub, httpMessage, httpStatus } from './github.js';
import { readInputs } from './inputs.js';
import { answeredWith } from './writes.js';
import type { ActionIO } from './io.js';
import type { Outcome } from './outcome.js';
import { failure, runAction } from './run.js';
import { frameText } from './messages.js';
import { summaryFit } from './summary.js';

/**
 * The job summary is where the report is read, but not the only place it is kept: a summary
 * file the runner gave that cannot be written (a folder, a full disk) failed the step with a
 * bare EISDIR after the comment and the status were written, before the outputs and the
 * report file. It is a warning, once; the rest of the run goes on.
 */
let summaryRefused = false;

const io: ActionIO = {
  info: (message) => core.info(message),
  warning: (message) => core.warning(message),
  command: (line) => void process.stdout.write(line.endsWith('\n') ? line : `${line}\n`),
  setOutput: (name, value) => core.setOutput(name, value),
  summary: async (markdown, locale) => {
    const path = process.env['GITHUB_STEP_SUMMARY'];
    if (!path || summaryRefused) return;
    try {
      await core.summary.addRaw(summaryFit(markdown, undefined, frameText(locale)), true).write();
    } catch (e) {
      summaryRefused = true;
      core.summary.emptyBuffer();
      core.warning(
        `revpact: could not write the job summary to GITHUB_STEP_SUMMARY (${path}): ${e instanceof Error ? e.message : String(e)}; the full report is in the file the report-path output names`,
      );
    }
  },
  writeFile: (path, text) => {
    // Only files for report-path and upload go here, under RUNNER_TEMP: a failure named the
    // command line's --out, an option the Action has not.
    try {
      writeFileAtomic(path, text, 'RUNNER_TEMP');
    } catch (e) {
      const where = process.env['RUNNER_TEMP'] ? 'RUNNER_TEMP' : 'the temporary folder';
      throw new UsageError(
        `could not write the report files to ${where} (${dirname(path)}): ${e instanceof Error ? e.message : String(e)}`,
        'the runner sets RUNNER_TEMP to a folder it can write; run the job again, and report it to the runner’s owner if it persists',
      );
    }
  },
};

/** The outputs, or a failure naming GITHUB_OUTPUT: by then the comment, status and summary are written, and a later step reading an output would find it empty. */
function setOutputs(outcome: Outcome): void {
  try {
    io.setOutput('valid', String(outcome.valid));
    io.setOutput('approved', outcome.approved === null ? '' : String(outcome.approved));
    io.setOutput('compliance', outcome.compliance);
    io.setOutput('comment-id', outcome.commentId === null ? '' : String(outcome.commentId));
    io.setOutput('report-path', outcome.reportPath);
  } catch (e) {
    throw new UsageError(
      `could not write the step’s outputs to GITHUB_OUTPUT (${process.env['GITHUB_OUTPUT'] ?? ''}): ${e instanceof Error ? e.message : String(e)}`,
      'the runner sets GITHUB_OUTPUT to a file it can write; run the job again, and report it to the runner’s owner if it persists',
    );
  }
}

async function main(): Promise<void> {
  try {
    const inputs = readInputs(process.env);
    if (!inputs.ok) throw new UsageError(inputs.error.join('; '), 'fix the with: block of the revpact step');
    const ctx = readContext(process.env);
    if (!ctx.ok) throw new UsageError(ctx.error);
    const github = createGitHub({
      token: inputs.value.token,
      baseUrl: ctx.value.apiUrl,
      userAgent: `revpact/${version()}`,
      log: { info: io.info, warn: io.warning },
    });
    const outcome = await runAction(ctx.value, inputs.value, { github, io, now: Date.now, env: process.env });
    if (!outcome) return;
    setOutputs(outcome);
    const failed = failure(outcome, inputs.value.failOn);
    if (failed) core.setFailed(`revpact: ${failed}`);
  } catch (e) {
    if (e instanceof UsageError) core.setFailed(`revpact: ${e.message}${e.hint ? ` (${e.hint})` : ''}`);
    else core.setFailed(`revpact: ${requestFailure(e) ?? (e instanceof Error ? e.message : String(e))}`);
  }
}

/**
 * A GitHub request that failed outside a write (reading the pull request, its files, a
 * contract), said with the request: Octokit's message alone was "Server Error" or "fetch
 * failed", naming neither the call nor what to do.
 */
function requestFailure(e: unknown): string | undefined {
  const status = httpStatus(e);
  const request = (e as { request?: { method?: unknown; url?: unknown } } | null)?.request;
  if (status === undefined || typeof request?.method !== 'string' || typeof request.url !== 'string') return undefined;
  let path = request.url;
  try {
    path = new URL(request.url).pathname;
  } catch {
    // a relative URL: as it is
  }
  const said = `GitHub answered ${httpMessage(e)} (${answeredWith(e)}) to ${request.method} ${path}`;
  return status >= 500 ? `${said} after the retries (run the job again; https://www.githubstatus.com says whether GitHub is down)` : said;
}

await main();
