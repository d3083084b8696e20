/**
 * Slack incoming webhooks through @slack/webhook (SLACK_WEBHOOK_URL): one message per
 * part of a digest. Slack's answers are kept as they are meant: 200 "ok"; 400
 * invalid_payload; 403 action_prohibited; 404 no_service or channel_not_found; 410
 * channel_is_archived; 429 with Retry-After; 5xx retried. The library's own retries are
 * off: the Pacer does them, on the injected clock.
 */
import { IncomingWebhook, type IncomingWebhookHTTPError } from '@slack/webhook';
import type { Message, View } from '../compose.js';
import { renderSlack } from '../render/slack.js';
import { Pacer, networkError, redirectError, retryAfterMs, timeoutOf, type Attempt, type Clock, type Limits, type SendResult } from './pace.js';

// The error codes of incoming webhooks (https://api.slack.com/messaging/webhooks, "Handling errors"), and no_text and
// invalid_blocks, which Slack answers to a message it cannot show. One without a hint was said as "HTTP 403 invalid_token" alone.
const REVPACT_BUG = 'Slack refused the message; please report this as a revpact bug';
const NEW_WEBHOOK = 'make a new webhook (the app’s Incoming Webhooks → Add New Webhook) and update SLACK_WEBHOOK_URL';
const HINTS: Record<string, string> = {
  invalid_payload: REVPACT_BUG,
  no_text: REVPACT_BUG,
  invalid_blocks: REVPACT_BUG,
  invalid_blocks_format: REVPACT_BUG,
  too_many_attachments: REVPACT_BUG,
  no_service: `the webhook was removed or disabled: ${NEW_WEBHOOK}`,
  invalid_token: `the webhook’s token was revoked (the app removed or reinstalled): ${NEW_WEBHOOK}`,
  no_service_id: 'SLACK_WEBHOOK_URL is cut short: copy the whole webhook URL again',
  no_team: 'SLACK_WEBHOOK_URL is cut short: copy the whole webhook URL again',
  team_disabled: 'the Slack workspace of the webhook is disabled',
  channel_not_found: `the webhook’s channel is gone: ${NEW_WEBHOOK}`,
  channel_is_archived: 'the webhook’s channel is archived: unarchive it or make a new webhook',
  user_not_found: `the webhook posts to a person no longer in the workspace: ${NEW_WEBHOOK}`,
  action_prohibited: 'a workspace admin restricts posting in that channel',
  posting_to_general_channel_denied: `only admins may post in that channel: ${NEW_WEBHOOK} for another channel, or ask an admin`,
};

/** Codes that say the webhook or its channel refuses every message, not this one: the run's other recipients are not asked. */
const REFUSES_ALL: ReadonlySet<string> = new Set([
  'no_service',
  'invalid_token',
  'no_service_id',
  'no_team',
  'team_disabled',
  'channel_not_found',
  'channel_is_archived',
  'user_not_found',
  'action_prohibited',
  'posting_to_general_channel_denied',
]);

export function slackSender(url: string, view: View, clock: Clock, limits?: Limits): (message: Message) => Promise<SendResult> {
  let retryAfter: string | null = null;
  let location: string | null = null;
  const webhook = new IncomingWebhook(url, {
    retryConfig: { retries: 0 },
    timeout: timeoutOf(limits),
    // The library reads the body; its error does not carry the headers, so Retry-After is kept here.
    // Its redirect: 'error' made a redirect "no answer", retried: 'manual' hands the 3xx over as an HTTP error.
    fetch: async (input, init) => {
      const response = await fetch(input, { ...init, redirect: 'manual' });
      retryAfter = response.headers.get('retry-after');
      location = response.headers.get('location');
      return response;
    },
  });
  const pacer = new Pacer(clock, limits);
  return (message) =>
    pacer.send(async (): Promise<Attempt> => {
      retryAfter = null;
      location = null;
      try {
        // Only "ok" is a message posted (docs/notify-state.md): another 200 is recorded as not sent, so it goes again.
        const { text } = await webhook.send(renderSlack(message, view));
        const said = typeof text === 'string' ? text.trim() : '';
        if (said !== 'ok')
          return { ok: false, retry: false, error: `Slack: HTTP 200 ${JSON.stringify(said.slice(0, 80))}, not "ok": the message may not be posted` };
        return { ok: true };
      } catch (e) {
        const http = e as Partial<IncomingWebhookHTTPError>;
        if (typeof http.statusCode !== 'number')
          return { ok: false, retry: true, unanswered: true, error: `Slack: ${networkError((e as { cause?: unknown }).cause ?? e, timeoutOf(limits))}` };
        if (http.statusCode >= 300 && http.statusCode < 400)
          return {
            ok: false,
            retry: false,
            error: redirectError('Slack', http.statusCode, location, 'SLACK_WEBHOOK_URL'),
            refusesAll: `Slack: HTTP ${http.statusCode}, a redirect`,
          };
        // Slack answers an error with its code (no_service); anything else is not printed as it is. A proxy's web page was
        // squeezed to "htmlheadtitle502BadGatewaytitle…": it is said as a web page.
        const raw = typeof http.body === 'string' ? http.body.trim() : '';
        const body = /^[\w.-]{1,80}$/.test(raw) ? raw : '';
        const page = body === '' && /^<(?:!doctype html|html)[\s>]/i.test(raw) ? ", a web page rather than Slack's answer" : '';
        const error = `Slack: HTTP ${http.statusCode}${body ? ` ${body}` : page}` + (HINTS[body] ? ` (${HINTS[body]})` : '');
        if (http.statusCode === 429) return { ok: false, retry: true, waitMs: retryAfterMs(retryAfter, clock.now()) ?? 1000, error };
        return {
          ok: false,
          retry: http.statusCode >= 500,
          error,
          ...(REFUSES_ALL.has(body) ? { refusesAll: `Slack: HTTP ${http.statusCode} ${body}` } : {}),
        };
      }
    });
}
