/**
 * Microsoft Teams through a Workflows webhook (TEAMS_WEBHOOK_URL): the flow "Post to a
 * channel when a webhook request is received" answers 202 Accepted and posts the card
 * (an Office 365 connector's URL answers 200). A 2xx that says an error, or is a web page,
 * is no post.
 * 429 waits for Retry-After; 5xx and network failures are retried; any other answer fails
 * this message (and it goes out next run).
 */
import type { Message, View } from '../compose.js';
import { renderTeams } from '../render/teams.js';
import { Pacer, networkError, redirectError, retryAfterMs, timeoutOf, type Attempt, type Clock, type Limits, type SendResult } from './pace.js';

/**
 * What the workflow's refusals mean. A 400 (TriggerInputSchemaMismatch, InvalidRequestContent): its trigger expects
 * another body than a card message; 401/403 (DirectApiAuthorizationRequired): its trigger takes signed-in callers only.
 * Both were said as "HTTP 400 InvalidRequestContent" alone, each run, with nothing to change.
 */
const HINTS: Record<number, string> = {
  400: 'the workflow refused the card: make it from the template "Post to a channel when a webhook request is received", whose trigger takes the card as revpact sends it',
  401: 'the workflow takes signed-in callers only: in its trigger "When a Teams webhook request is received", set who can trigger the flow to Anyone, or copy its whole URL again (sig= included)',
  403: 'the workflow takes signed-in callers only: in its trigger "When a Teams webhook request is received", set who can trigger the flow to Anyone, or copy its whole URL again (sig= included)',
  404: 'the workflow was deleted or turned off: make a new one and update TEAMS_WEBHOOK_URL',
};

export function teamsSender(url: string, view: View, clock: Clock, limits?: Limits): (message: Message) => Promise<SendResult> {
  const pacer = new Pacer(clock, limits);
  return (message) =>
    pacer.send(async (): Promise<Attempt> => {
      let response: Response;
      try {
        response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(renderTeams(message, view)),
          // A redirect is an answer, said as one (with 'error' it was "no answer", retried three times).
          redirect: 'manual',
          signal: AbortSignal.timeout(timeoutOf(limits)),
        });
      } catch (e) {
        return { ok: false, retry: true, unanswered: true, error: `Teams: ${networkError(e, timeoutOf(limits))}` };
      }
      const body = (await response.text().catch(() => '')).trim();
      if (response.ok) {
        // A 2xx is the workflow's acceptance, except two answers that only look like one (they counted as sent, and went nowhere):
        // an Office 365 connector's "Microsoft Teams endpoint returned HTTP error 429 …" under a 200, and a web page (the flow's
        // editor, a proxy's block page) where the workflow's URL should be.
        const inner = /returned HTTP error (\d{3})/.exec(body)?.[1];
        if (inner !== undefined) {
          const status = Number(inner);
          const error = `Teams: HTTP ${response.status}, but the answer says HTTP error ${inner}: the message was not posted`;
          if (status === 429) return { ok: false, retry: true, waitMs: retryAfterMs(response.headers.get('retry-after'), clock.now()) ?? 1000, error };
          return { ok: false, retry: status >= 500, error };
        }
        if (/^<(?:!doctype html|html)[\s>]/i.test(body))
          return {
            ok: false,
            retry: false,
            refusesAll: `Teams: HTTP ${response.status} with a web page`,
            error: `Teams: HTTP ${response.status} with a web page, not a workflow's answer (202 Accepted): the message may not be posted; copy the HTTP POST URL of the workflow's first step into TEAMS_WEBHOOK_URL`,
          };
        return { ok: true };
      }
      if (response.status >= 300 && response.status < 400)
        return {
          ok: false,
          retry: false,
          error: redirectError('Teams', response.status, response.headers.get('location'), 'TEAMS_WEBHOOK_URL'),
          refusesAll: `Teams: HTTP ${response.status}, a redirect`,
        };
      // Only a short, printable code of the answer: never the request, which names the webhook.
      const code = /"code"\s*:\s*"([\w.-]{1,60})"/.exec(body)?.[1];
      const error = `Teams: HTTP ${response.status}${code ? ` ${code}` : ''}` + (HINTS[response.status] ? ` (${HINTS[response.status]})` : '');
      if (response.status === 429) return { ok: false, retry: true, waitMs: retryAfterMs(response.headers.get('retry-after'), clock.now()) ?? 1000, error };
      // A workflow deleted or closed to anonymous callers refuses every card alike; a 400 may be this card's alone.
      const all = response.status === 401 || response.status === 403 || response.status === 404;
      return { ok: false, retry: response.status >= 500, error, ...(all ? { refusesAll: `Teams: HTTP ${response.status}${code ? ` ${code}` : ''}` } : {}) };
    });
}
