/**
 * The limits every webhook shares: about one message per second per webhook (Slack's
 * documented rate for incoming webhooks; Teams Workflows throttles too), HTTP 429 waited
 * out for its Retry-After, 5xx and network failures retried with back-off. Waits go
 * through an injected clock, so tests never sleep.
 */
export interface Clock {
  now(): number;
  sleep(ms: number): Promise<void>;
}

export const REAL_CLOCK: Clock = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export type SendResult = { ok: true } | { ok: false; error: string };

/** One attempt's answer: success, a failure worth another try (after `waitMs`, if the service said), or a final failure. */
export type Attempt =
  | { ok: true }
  | {
      ok: false;
      retry: boolean;
      waitMs?: number | undefined;
      error: string;
      /** No HTTP answer at all (refused, unreachable, timed out). */
      unanswered?: boolean | undefined;
      /**
       * The webhook itself refuses, whatever the message (removed, its channel archived, a redirect): the answer in
       * short ("Slack: HTTP 404 no_service"). Every recipient after it was asked, a second apart, to fail alike.
       */
      refusesAll?: string | undefined;
    };

export interface Limits {
  /** Least time between two messages to one webhook. */
  minIntervalMs: number;
  /** Tries after the first. */
  retries: number;
  /** A Retry-After longer than this is not waited out in this run: the message fails and goes out next run. */
  maxWaitMs: number;
  /** How long one request may wait for its answer (30 s when not said). */
  timeoutMs?: number | undefined;
}

export const WEBHOOK_LIMITS: Limits = { minIntervalMs: 1000, retries: 3, maxWaitMs: 60_000, timeoutMs: 30_000 };

/** How long a request waits for its answer under `limits`. */
export function timeoutOf(limits: Limits | undefined): number {
  return limits?.timeoutMs ?? WEBHOOK_LIMITS.timeoutMs ?? 30_000;
}

/** Retry-After in seconds (or an HTTP date) → milliseconds. */
export function retryAfterMs(header: string | null | undefined, nowMs: number): number | undefined {
  if (header === null || header === undefined || header.trim() === '') return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - nowMs);
}

/** Sends through `attempt`, one message at a time, keeping the pace and the limits. */
export class Pacer {
  private last: number | undefined;
  /**
   * Why the webhook is not asked again this run: it gave no answer to every try of a message,
   * or refused one in a way it refuses every message. Each recipient after it cost the same
   * again (four tries of 30 s and the back-off: two minutes a message) to fail the same way;
   * they go out next run.
   */
  private silent: string | undefined;
  constructor(
    private readonly clock: Clock,
    private readonly limits: Limits = WEBHOOK_LIMITS,
  ) {}

  async send(attempt: () => Promise<Attempt>): Promise<SendResult> {
    if (this.silent !== undefined) return { ok: false, error: `not tried: ${this.silent}` };
    for (let tryNo = 0; ; tryNo++) {
      if (this.last !== undefined) {
        const wait = this.last + this.limits.minIntervalMs - this.clock.now();
        if (wait > 0) await this.clock.sleep(wait);
      }
      const result = await attempt();
      this.last = this.clock.now();
      if (result.ok) return result;
      if (!result.retry || tryNo >= this.limits.retries) {
        if (result.unanswered === true) this.silent = `an earlier message got no answer (${result.error})`;
        else if (result.refusesAll !== undefined) this.silent = `the webhook refused an earlier message (${result.refusesAll}) and refuses every message alike`;
        return { ok: false, error: result.error };
      }
      const wait = result.waitMs ?? 1000 * 2 ** tryNo;
      if (wait > this.limits.maxWaitMs)
        return { ok: false, error: `${result.error}; the service asks to wait ${Math.ceil(wait / 1000)} s, longer than this run waits` };
      await this.clock.sleep(wait);
    }
  }
}

/**
 * A 3xx answer: webhooks are not followed through redirects (a redirect would resend the
 * message to wherever it points). Said as what it is, with where it points (scheme and host
 * only: a path may hold a token), and not retried: an http:// URL that the service
 * redirects to https://, or a sign-in page in front of the webhook, answers so every time.
 */
export function redirectError(service: string, status: number, location: string | null, variable: string): string {
  let to = '';
  try {
    if (location) to = ` to ${new URL(location).origin}`;
  } catch {
    // a Location that is no absolute URL: the status says enough
  }
  return `${service}: HTTP ${status}, a redirect${to}; ${variable} is not the webhook's own address: copy it again, whole and starting with https://`;
}

/** The error of a failed request without anything of the request itself (no URL, no credentials). */
export function networkError(e: unknown, timeoutMs: number): string {
  // AbortSignal.timeout's reason: it was "no answer (network error)", as if the host could not be reached.
  if ((e as { name?: unknown } | undefined)?.name === 'TimeoutError') return `no answer within ${Math.round(timeoutMs / 1000)} s`;
  const cause = (e as { cause?: { code?: unknown } } | undefined)?.cause;
  const code = typeof cause?.code === 'string' ? cause.code : undefined;
  return `no answer (${code ?? 'network error'})`;
}
