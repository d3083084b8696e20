/**
 * Every write to GitHub goes through here. A dry run logs what it would have written. A
 * 403 (the read-only token of a pull request from a fork, or a workflow without the
 * permission) is not the job's failure: the report is still in the job summary and the
 * annotations, and a warning says what was not written and how to get it written.
 */
import { httpMessage, httpStatus } from './github.js';
import type { ActionIO } from './io.js';

export type GuardedWrite = <T>(what: string, write: () => Promise<T>) => Promise<T | undefined>;

export function guardedWrite(io: ActionIO, options: { dryRun: boolean; fork: boolean }): GuardedWrite {
  return async (what, write) => {
    if (options.dryRun) {
      io.info(`revpact: dry run: would ${what}`);
      return undefined;
    }
    try {
      return await write();
    } catch (e) {
      if (httpStatus(e) !== 403) throw e;
      const why = options.fork
        ? 'the token of a pull request from a fork is read-only'
        : 'the token lacks the permission (see the permissions block of the workflow)';
      io.warning(
        `revpact: could not ${what}: ${httpMessage(e)} (HTTP 403; ${why}). The report is in the job summary; to comment on pull requests from forks, use the workflow_run pattern in .github/workflows/examples/revpact-fork-comment.yml`,
      );
      return undefined;
    }
  };
}
