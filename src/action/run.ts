/**
 * The Action's core: which job this event asks for, and whether the step fails. The
 * client, the clock and the world (ActionIO) are parameters; index.ts passes the real
 * ones, and is the only file that knows it runs inside GitHub Actions.
 */
import { UsageError } from '../shared/errors.js';
import type { RunContext } from './context.js';
import type { GitHub } from './github.js';
import type { ActionInputs } from './inputs.js';
import type { ActionIO } from './io.js';
import { monthlyReport } from './monthly.js';
import type { Outcome } from './outcome.js';
import { reviewPullRequest } from './pull-request.js';
import type { Repo } from './repo-files.js';

export interface RunDeps {
  github: GitHub;
  io: ActionIO;
  now: () => number;
  /** The step's environment: where a CRM's token arrives from a secret. */
  env: Readonly<Record<string, string | undefined>>;
}

const PR_ACTIONS = new Set(['opened', 'synchronize', 'reopened', 'ready_for_review']);
const REVIEW_ACTIONS = new Set(['submitted', 'dismissed', 'edited']);
export const EVENTS = ['pull_request', 'pull_request_target', 'pull_request_review', 'workflow_run', 'schedule', 'workflow_dispatch'] as const;

/** The outcome, or null when the event asks for nothing (a pull request labelled, say). */
export async function runAction(ctx: RunContext, inputs: ActionInputs, deps: RunDeps): Promise<Outcome | null> {
  const action = typeof ctx.payload['action'] === 'string' ? ctx.payload['action'] : '';
  switch (ctx.eventName) {
    case 'pull_request':
    case 'pull_request_target':
      if (!PR_ACTIONS.has(action)) return skip(deps.io, `${ctx.eventName}.${action}`);
      return reviewPullRequest(ctx, inputs, prNumberOf(ctx), deps);
    case 'pull_request_review':
      if (!REVIEW_ACTIONS.has(action)) return skip(deps.io, `${ctx.eventName}.${action}`);
      return reviewPullRequest(ctx, inputs, prNumberOf(ctx), deps);
    case 'workflow_run': {
      const number = await workflowRunPullRequest(ctx, deps.github);
      if (number === undefined) return skip(deps.io, 'a workflow run that belongs to no open pull request');
      return reviewPullRequest(ctx, inputs, number, deps);
    }
    case 'schedule':
    case 'workflow_dispatch':
      return monthlyReport(ctx, inputs, deps);
    default:
      throw new UsageError(`revpact does not run on ${ctx.eventName} events`, `trigger it on ${EVENTS.join(', ')}`);
  }
}

/** Whether the step fails, and why, given the fail-on input. Approval is the commit status's business, not the step's. */
export function failure(outcome: Outcome, failOn: ActionInputs['failOn']): string | undefined {
  // Whatever fail-on says: the comment, status or issue GitHub failed is missing or stale, and a rerun writes it.
  const unwritten = outcome.unwritten ?? [];
  if (unwritten.length > 0)
    return `GitHub failed ${unwritten.length === 1 ? 'a write' : `${unwritten.length} writes`} after the retries: ${unwritten.join('; ')}; run the job again`;
  if (failOn === 'never') return undefined;
  if (!outcome.valid) return 'a contract or report card has errors (see the annotations)';
  if (failOn === 'breach' && outcome.compliance === 'fail') return 'the contract is breached on the export for the period (fail-on: breach)';
  return undefined;
}

function skip(io: ActionIO, what: string): null {
  io.info(`revpact: nothing to do for ${what}`);
  return null;
}

function prNumberOf(ctx: RunContext): number {
  const pr = ctx.payload['pull_request'] as { number?: unknown } | undefined;
  const number = pr?.number ?? ctx.payload['number'];
  if (typeof number !== 'number' || !Number.isInteger(number) || number < 1) throw new UsageError(`the ${ctx.eventName} event carries no pull request number`);
  return number;
}

/**
 * The pull request a finished workflow run was for: named in the payload for a branch of
 * this repository; for a fork GitHub leaves that list empty, so the open pull requests
 * from the run's head repository and branch are searched for its head commit.
 *
 * The list can also name pull requests of another repository (those of a fork, opened
 * into the fork from the same branch), by a number that means nothing here: only one
 * whose base is this repository is taken. The first entry was, and the Action reviewed
 * this repository's pull request of that number, or failed on it not being found.
 */
async function workflowRunPullRequest(ctx: RunContext, github: GitHub): Promise<number | undefined> {
  const run = ctx.payload['workflow_run'] as
    | {
        pull_requests?: { number?: unknown; base?: { repo?: { url?: unknown } } }[];
        head_sha?: string;
        head_branch?: string;
        head_repository?: { owner?: { login?: string } };
      }
    | undefined;
  if (!run) throw new UsageError('the workflow_run event carries no workflow_run');
  const here = `/repos/${ctx.owner}/${ctx.repo}`.toLowerCase();
  const listed = run.pull_requests?.find((p) => {
    const base = p.base?.repo?.url;
    // An entry without its base (not GitHub's shape) is taken as before.
    return base === undefined || (typeof base === 'string' && base.toLowerCase().endsWith(here));
  })?.number;
  if (typeof listed === 'number') return listed;
  const owner = run.head_repository?.owner?.login;
  if (!owner || !run.head_branch || !run.head_sha) return undefined;
  const repo: Repo = { owner: ctx.owner, repo: ctx.repo };
  const open = await github.paginate(github.rest.pulls.list, { ...repo, state: 'open', head: `${owner}:${run.head_branch}`, per_page: 100 });
  return open.find((p) => p.head.sha === run.head_sha)?.number;
}
