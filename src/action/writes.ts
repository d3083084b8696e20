/**
 * Every write to GitHub goes through here. A dry run logs what it would have written. A
 * 403 (the read-only token of a pull request from a fork, or a workflow without the
 * permission) is not the job's failure: the report is still in the job summary and the
 * annotations, and a warning says what was not written and how to get it written. Each
 * write that did not happen is also kept (`missed`) for the job summary: a warning in the
 * log is easy to miss, and the summary is where a reader looks for the report anyway.
 */
import { httpMessage, httpStatus } from './github.js';
import type { ActionIO } from './io.js';
import { mdText } from '../render/escape.js';
import { EN } from './messages.js';

export interface WriteOptions {
  /** The workflow permission the write needs (`pull-requests: write`), named when it is missing. */
  permission: string;
  /** Why GitHub may refuse the write as unprocessable (HTTP 422) in the normal course of things, and what follows. */
  unprocessable?: string;
}

export interface GuardedWrite {
  <T>(what: string, write: () => Promise<T>, options: WriteOptions): Promise<T | undefined>;
  /** One line per write that did not happen, and why, for the job summary. */
  readonly missed: readonly string[];
  /** The writes GitHub failed (5xx, a dropped connection) after the retries: the step fails on them, once everything else is written. */
  readonly failed: readonly string[];
}

export function guardedWrite(io: ActionIO, options: { dryRun: boolean; fork: boolean }): GuardedWrite {
  const missed: string[] = [];
  const failed: string[] = [];
  const write = async <T>(what: string, run: () => Promise<T>, needs: WriteOptions): Promise<T | undefined> => {
    if (options.dryRun) {
      io.info(`revpact: dry run: would ${what}`);
      return undefined;
    }
    try {
      return await run();
    } catch (e) {
      // GitHub down, or the connection dropped (Octokit says 500), on every retry. Before,
      // the step failed on the spot with "Server Error": no status after a failed comment,
      // no job summary, no outputs, and no word of which call failed. The other writes go
      // ahead, and the step fails at the end, naming this one: a rerun will write it.
      const status = httpStatus(e);
      if (status !== undefined && status >= 500) {
        const said = `could not ${what}: ${httpMessage(e)} (${answeredWith(e)}`;
        io.warning(`revpact: ${said}; GitHub failed it after the retries: run the job again)`);
        missed.push(`${said}; GitHub failed it after the retries: run the job again)`);
        failed.push(`${said})`);
        return undefined;
      }
      if (status === 422 && needs.unprocessable) {
        io.warning(`revpact: could not ${what}: ${httpMessage(e)} (HTTP 422; ${needs.unprocessable})`);
        missed.push(`could not ${what}: ${httpMessage(e)} (HTTP 422; ${needs.unprocessable})`);
        return undefined;
      }
      if (status !== 403) throw e;
      // Before, the advice was the fork's whatever the cause, so a workflow that merely
      // lacked a permission was sent to set up the fork workflow instead of adding it. A
      // rate limit also answers 403: once the retries ran out it was told as a permission.
      const limited = /rate limit/i.test(httpMessage(e));
      const why = limited
        ? 'GitHub’s rate limit, still in force after the retries; the next run writes it'
        : options.fork
          ? 'the token of a pull request from a fork is read-only'
          : `the token lacks the permission: add \`${needs.permission}\` to the permissions block of the workflow`;
      const tip =
        options.fork && !limited
          ? '; to comment on pull requests from forks, use the workflow_run pattern in .github/workflows/examples/revpact-fork-comment.yml'
          : '';
      io.warning(`revpact: could not ${what}: ${httpMessage(e)} (HTTP 403; ${why}). The report is in the job summary${tip}`);
      missed.push(`could not ${what}: ${httpMessage(e)} (HTTP 403; ${why})`);
      return undefined;
    }
  };
  return Object.assign(write, { missed, failed });
}

/** How GitHub answered a failed request: its status, or none at all (Octokit calls a dropped connection a 500). */
export function answeredWith(e: unknown): string {
  const status = httpStatus(e);
  if ((e as { response?: unknown } | null)?.response === undefined) return 'the connection dropped';
  return `HTTP ${status ?? '?'}`;
}

/** The job summary's note on what was not written, or '' when everything was. */
export function missedMarkdown(missed: readonly string[], heading: string = EN.notWritten): string {
  if (missed.length === 0) return '';
  return [`#### ${heading}`, '', ...missed.map((m) => `- ⚠️ ${mdText(m)}`), ''].join('\n') + '\n';
}
