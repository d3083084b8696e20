/**
 * A local HTTP server that answers like a Microsoft Teams Workflows webhook ("Post to a
 * channel when a webhook request is received"): POST of a `message` whose attachments
 * hold an Adaptive Card (contentType application/vnd.microsoft.card.adaptive) → 202
 * Accepted, empty body; anything else → 400 with an error object; an unknown path → 404.
 * It can be told to fail the next requests (429 with Retry-After, 502). Cards are recorded.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readBody, type WebhookFault } from './fake-slack.js';

export interface TeamsCard {
  type: string;
  version: string;
  body: { type: string; text?: string }[];
  msteams?: { entities?: { type: string; text: string; mentioned: { id: string; name: string } }[] };
}

export interface FakeTeams {
  url: string;
  cards: TeamsCard[];
  requests: { path: string; status: number }[];
  faults: WebhookFault[];
  close(): Promise<void>;
}

export const TEAMS_PATH = '/workflows/5ec7e7f00d/triggers/manual/paths/invoke?api-version=1&sig=T3amsS1gnatur3Secret';

export async function startFakeTeams(): Promise<FakeTeams> {
  const state: Omit<FakeTeams, 'url' | 'close'> = { cards: [], requests: [], faults: [] };
  const answer = (res: ServerResponse, req: IncomingMessage, status: number, body: unknown, headers: Record<string, string> = {}) => {
    state.requests.push({ path: req.url ?? '', status });
    res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(body === undefined ? '' : JSON.stringify(body));
  };
  const bad = (message: string) => ({ error: { code: 'InvalidRequestContent', message } });
  const server = createServer((req, res) => {
    void readBody(req).then((text) => {
      if (req.method !== 'POST' || req.url !== TEAMS_PATH) return answer(res, req, 404, { error: { code: 'WorkflowNotFound', message: 'not found' } });
      const fault = state.faults[0];
      if (fault) {
        fault.times = (fault.times ?? 1) - 1;
        if (fault.times <= 0) state.faults.shift();
        if (fault.raw === true) {
          state.requests.push({ path: req.url ?? '', status: fault.status });
          return void res.writeHead(fault.status, { 'content-type': 'text/html', ...fault.headers }).end(fault.body ?? '');
        }
        return answer(res, req, fault.status, fault.body === undefined ? undefined : { error: { code: fault.body, message: fault.body } }, fault.headers);
      }
      let payload: { type?: unknown; attachments?: { contentType?: unknown; content?: TeamsCard }[] };
      try {
        payload = JSON.parse(text) as typeof payload;
      } catch {
        return answer(res, req, 400, bad('The request content is not valid JSON.'));
      }
      const attachment = payload.attachments?.[0];
      if (payload.type !== 'message' || attachment?.contentType !== 'application/vnd.microsoft.card.adaptive' || attachment.content?.type !== 'AdaptiveCard')
        return answer(res, req, 400, bad('Expected a message with an Adaptive Card attachment.'));
      state.cards.push(attachment.content);
      return answer(res, req, 202, undefined);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(state, {
    url: `http://127.0.0.1:${port}${TEAMS_PATH}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}
