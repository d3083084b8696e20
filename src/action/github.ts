/**
 * The GitHub client: Octokit with the retry plugin (5xx and network errors, backing off)
 * and the throttling plugin (primary and secondary rate limits, honouring retry-after;
 * one write at a time, as GitHub asks of integrations). `GITHUB_API_URL` points it at
 * GitHub Enterprise Server, or at a local server in the tests.
 */
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { Octokit } from '@octokit/rest';

const ActionOctokit = Octokit.plugin(retry, throttling);
export type GitHub = InstanceType<typeof ActionOctokit>;

export interface GitHubOptions {
  token: string;
  /** REST API root, e.g. https://api.github.com or https://ghe.example.com/api/v3. */
  baseUrl: string;
  /** Where the client's own messages go (rate-limit waits, deprecations). */
  log: { info: (message: string) => void; warn: (message: string) => void };
  userAgent: string;
}

/** How many times a request hit by a rate limit is tried again before the step gives up. */
const RATE_LIMIT_RETRIES = 3;

export function createGitHub(options: GitHubOptions): GitHub {
  return new ActionOctokit({
    auth: options.token,
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    userAgent: options.userAgent,
    // Octokit logs every request at info and every failed one at error; failures the
    // Action expects (a 404 for a file added by the pull request) are not news, and the
    // unexpected ones surface as exceptions. Its warnings (deprecations) are kept.
    log: { debug: () => undefined, info: () => undefined, warn: options.log.warn, error: () => undefined },
    throttle: {
      onRateLimit: (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
        options.log.warn(`GitHub rate limit reached on ${request.method} ${request.url}; waiting ${retryAfter} s`);
        return retryCount < RATE_LIMIT_RETRIES;
      },
      onSecondaryRateLimit: (retryAfter: number, request: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
        options.log.warn(`GitHub secondary rate limit on ${request.method} ${request.url}; waiting ${retryAfter} s`);
        return retryCount < RATE_LIMIT_RETRIES;
      },
    },
  });
}

/** The HTTP status of an Octokit request error, if that is what `e` is. */
export function httpStatus(e: unknown): number | undefined {
  const status = (e as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

/** A request error's message: its first line, without the documentation link Octokit appends. */
export function httpMessage(e: unknown): string {
  const message = (e instanceof Error ? e.message : String(e)).split('\n')[0] ?? '';
  return message.replace(/ - https:\/\/docs\.github\.com\S*$/, '');
}

/** A request GitHub failed on its side, or whose answer was lost (Octokit calls a dropped connection a 500): it may have been done. */
export function serverFailure(e: unknown): boolean {
  const status = httpStatus(e);
  return status !== undefined && status >= 500;
}

/** Octokit's options for a request the retry plugin must not send again (it would create a second one). */
export const NO_RETRY = { request: { retries: 0 } } as const;

/** How many times createOnce sends a create, and how long it waits after each failure (as the retry plugin: 1, 4, 9 s). */
const CREATE_ATTEMPTS = 4;

/**
 * Creates something (a comment, an issue) once. A POST is not idempotent: one GitHub did but
 * whose answer was lost (a dropped connection, a 502 from a proxy) was sent again by the
 * retry plugin, and the pull request got two report comments, the month two issues. So
 * `create` is sent without the plugin's retries (NO_RETRY), and after a failure `find`
 * looks for what it may have made before it is sent again.
 */
export async function createOnce<T>(create: () => Promise<T>, find: () => Promise<T | undefined>, wait = defaultWait): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await create();
    } catch (e) {
      if (!serverFailure(e) || attempt >= CREATE_ATTEMPTS) throw e;
    }
    const made = await find();
    if (made !== undefined) return made;
    await wait(attempt * attempt * 1000);
  }
}

const defaultWait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
