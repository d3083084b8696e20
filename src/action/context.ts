/**
 * What the runner tells the Action about this run: the event and its payload, the
 * repository, the API's address, and where to write the summary and outputs. Read from
 * the environment once, checked, then passed around as a value.
 */
import { readFileSync } from 'node:fs';
import type { Result } from './result.js';

export interface RunContext {
  eventName: string;
  /** The webhook payload of the event (GITHUB_EVENT_PATH), as JSON. */
  payload: Record<string, unknown>;
  owner: string;
  repo: string;
  apiUrl: string;
  graphqlUrl: string;
  serverUrl: string;
  /** Link to this workflow run, for "full report in the job summary". */
  runUrl: string;
  workspace: string;
  /** Folder for files the job may upload (report-path). */
  tempDir: string;
}

export function readContext(env: Readonly<Record<string, string | undefined>>): Result<RunContext, string> {
  const need = (name: string): string | undefined => {
    const value = env[name];
    return value === undefined || value === '' ? undefined : value;
  };
  const eventName = need('GITHUB_EVENT_NAME');
  const repository = need('GITHUB_REPOSITORY');
  const eventPath = need('GITHUB_EVENT_PATH');
  if (!eventName || !repository || !eventPath) {
    return { ok: false, error: 'GITHUB_EVENT_NAME, GITHUB_REPOSITORY and GITHUB_EVENT_PATH must be set: run revpact as a step of a GitHub Actions workflow' };
  }
  const [owner, repo, ...rest] = repository.split('/');
  if (!owner || !repo || rest.length > 0) return { ok: false, error: `GITHUB_REPOSITORY "${repository}" is not owner/name` };
  let payload: unknown;
  try {
    payload = JSON.parse(readFileSync(eventPath, 'utf8'));
  } catch (e) {
    return { ok: false, error: `cannot read the event payload at ${eventPath}: ${(e as Error).message}` };
  }
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload))
    return { ok: false, error: `the event payload at ${eventPath} is not a JSON object` };
  const serverUrl = (need('GITHUB_SERVER_URL') ?? 'https://github.com').replace(/\/+$/, '');
  const apiUrl = (need('GITHUB_API_URL') ?? 'https://api.github.com').replace(/\/+$/, '');
  const runId = need('GITHUB_RUN_ID');
  return {
    ok: true,
    value: {
      eventName,
      payload: payload as Record<string, unknown>,
      owner,
      repo,
      apiUrl,
      graphqlUrl: (need('GITHUB_GRAPHQL_URL') ?? `${apiUrl}/graphql`).replace(/\/+$/, ''),
      serverUrl,
      runUrl: runId ? `${serverUrl}/${owner}/${repo}/actions/runs/${runId}` : `${serverUrl}/${owner}/${repo}/actions`,
      workspace: need('GITHUB_WORKSPACE') ?? process.cwd(),
      tempDir: need('RUNNER_TEMP') ?? need('TMPDIR') ?? '/tmp',
    },
  };
}
