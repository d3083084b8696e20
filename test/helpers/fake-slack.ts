/**
 * A local HTTP server that answers like a Slack incoming webhook
 * (https://api.slack.com/messaging/webhooks, "Handling errors"): POST JSON to the
 * webhook's path → 200 "ok"; a body that is not JSON or has neither text nor blocks →
 * 400 "invalid_payload"; blocks beyond Block Kit's limits (50 blocks, 3,000 characters of
 * section text, 150 of a header) → 400 "invalid_blocks"; any other path → 404
 * "no_service" (a removed webhook). It can be told to fail the next requests (429 with
 * Retry-After, 500, 404 no_service, 410 channel_is_archived). Every message is recorded.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface WebhookFault {
  status: number;
  body?: string;
  headers?: Record<string, string>;
  /** Teams: the body as written, not in an error object (a web page, a connector's text). */
  raw?: boolean;
  /** How many requests fail this way (default 1). */
  times?: number;
}

export interface SlackMessage {
  text?: string;
  blocks?: { type: string; text?: { type: string; text: string }; elements?: { type: string; text: string }[] }[];
}

export interface FakeSlack {
  /** The webhook URL (with its secret-looking path). */
  url: string;
  messages: SlackMessage[];
  requests: { path: string; status: number }[];
  faults: WebhookFault[];
  close(): Promise<void>;
}

export const SLACK_PATH = '/services/T0FAKE001/B0FAKE002/s3cr3tW3bh00kT0k3nXYZ';

export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (d: string) => (body += d));
    req.on('end', () => resolve(body));
    req.on('error', reject);
  });
}

function blocksProblem(m: SlackMessage): boolean {
  const blocks = m.blocks ?? [];
  if (blocks.length > 50) return true;
  return blocks.some(
    (b) =>
      (b.type === 'header' && (b.text?.text.length ?? 0) > 150) ||
      (b.type === 'section' && (b.text?.text.length ?? 0) > 3000) ||
      (b.type === 'context' && (b.elements ?? []).length === 0),
  );
}

export async function startFakeSlack(): Promise<FakeSlack> {
  const state: Omit<FakeSlack, 'url' | 'close'> = { messages: [], requests: [], faults: [] };
  const answer = (res: ServerResponse, req: IncomingMessage, status: number, body: string, headers: Record<string, string> = {}) => {
    state.requests.push({ path: req.url ?? '', status });
    res.writeHead(status, { 'content-type': 'text/html', ...headers }).end(body);
  };
  const server = createServer((req, res) => {
    void readBody(req).then((body) => {
      if (req.method !== 'POST' || req.url !== SLACK_PATH) return answer(res, req, 404, 'no_service');
      const fault = state.faults[0];
      if (fault) {
        fault.times = (fault.times ?? 1) - 1;
        if (fault.times <= 0) state.faults.shift();
        return answer(res, req, fault.status, fault.body ?? '', fault.headers);
      }
      let message: SlackMessage;
      try {
        message = JSON.parse(body) as SlackMessage;
      } catch {
        return answer(res, req, 400, 'invalid_payload');
      }
      if (typeof message !== 'object' || message === null || (message.text === undefined && message.blocks === undefined))
        return answer(res, req, 400, 'invalid_payload');
      if (blocksProblem(message)) return answer(res, req, 400, 'invalid_blocks');
      state.messages.push(message);
      return answer(res, req, 200, 'ok');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(state, {
    url: `http://127.0.0.1:${port}${SLACK_PATH}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}

/** The whole text of a message (every block), for assertions. */
export function slackText(m: SlackMessage): string {
  return [m.text ?? '', ...(m.blocks ?? []).map((b) => [b.text?.text ?? '', ...(b.elements ?? []).map((e) => e.text)].join('\n'))].join('\n');
}
