/**
 * The webhook channels against the fake services: Teams' 202 is sent, 429 waits for
 * Retry-After, a deleted workflow fails without naming the URL; a redirect (Slack or Teams)
 * is said as one, once; a webhook that never answers is said to have timed out, and is not
 * asked again for the other recipients of the run; SMTP's two ways of speaking TLS mixed up are said as such, and an
 * unreachable server is asked once per run.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SMTPServer } from 'smtp-server';
import { emailSender } from '../../../src/notify/channels/email.js';
import { slackSender } from '../../../src/notify/channels/slack.js';
import { teamsSender } from '../../../src/notify/channels/teams.js';
import { split, type View } from '../../../src/notify/compose.js';
import type { Routed } from '../../../src/notify/types.js';
import { EN } from '../../../src/notify/words.js';
import { startFakeSlack, SLACK_PATH, type FakeSlack } from '../../helpers/fake-slack.js';
import { startFakeTeams, TEAMS_PATH, type FakeTeams } from '../../helpers/fake-teams.js';

const view: View = { words: EN, contract: { name: 'acme', version: '1.0.0' }, asOf: '2026-10-14T16:30:00+02:00', within: '2bh', showPii: false };
const item: Routed = {
  leadId: 'L1',
  ruleId: 'first-touch',
  kind: 'due',
  owner: 'Ana Souza',
  dueAt: '2026-10-14T17:00:00+02:00',
  minutesLeft: 30,
  clock: 'business',
  overdue: false,
  as: 'owner',
};
const [message] = split({ key: 'Ana Souza', name: 'Ana Souza', email: 'ana@acme.example' }, [item], 50, 5);

describe('Teams Workflows webhook', () => {
  let teams: FakeTeams;
  beforeAll(async () => {
    teams = await startFakeTeams();
  });
  afterAll(() => teams.close());

  it('waits out 429 Retry-After on the injected clock, then posts the card', async () => {
    let t = 0;
    const sleeps: number[] = [];
    const send = teamsSender(teams.url, view, { now: () => t, sleep: (ms) => Promise.resolve(void (sleeps.push(ms), (t += ms))) });
    teams.faults.push({ status: 429, headers: { 'retry-after': '3' } });
    expect(await send(message!)).toEqual({ ok: true });
    expect(sleeps).toEqual([3000]);
    expect(teams.requests.map((r) => r.status)).toEqual([429, 202]);
    expect(teams.cards[0]?.msteams?.entities?.[0]?.mentioned).toEqual({ id: 'ana@acme.example', name: 'Ana Souza' });
  });

  // An Office 365 connector's URL says its errors under a 200: counted as sent, the notice was never posted nor sent again.
  it('a 200 whose answer says HTTP error 429 is a rate limit, waited out, then the card is posted', async () => {
    let t = 0;
    const sleeps: number[] = [];
    const send = teamsSender(teams.url, view, { now: () => t, sleep: (ms) => Promise.resolve(void (sleeps.push(ms), (t += ms))) });
    teams.faults.push({
      status: 200,
      raw: true,
      body: 'Microsoft Teams endpoint returned HTTP error 429 with ContextId tcid=0,server=msgapi-production-weu-azsc2-1-4,cv=x',
    });
    const before = teams.requests.length;
    expect(await send(message!)).toEqual({ ok: true });
    expect(teams.requests.slice(before).map((r) => r.status)).toEqual([200, 202]);
    expect(sleeps).toEqual([1000]);
  });

  // The flow's page in Power Automate, or a proxy's block page, where the workflow's URL should be: counted as sent, and went nowhere.
  it('a 200 web page is no post: said, and not retried', async () => {
    const sleeps: number[] = [];
    teams.faults.push({ status: 200, raw: true, body: '<!DOCTYPE html>\n<html><head><title>Power Automate</title></head><body></body></html>' });
    const before = teams.requests.length;
    const result = await teamsSender(teams.url, view, { now: () => 0, sleep: (ms) => Promise.resolve(void sleeps.push(ms)) })(message!);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.error).toContain("Teams: HTTP 200 with a web page, not a workflow's answer (202 Accepted)");
    expect(result.ok ? '' : result.error).toContain('TEAMS_WEBHOOK_URL');
    expect(teams.requests.slice(before).map((r) => r.status)).toEqual([200]);
    expect(sleeps).toEqual([]);
  });

  it('a deleted workflow (404) fails this message with what to do, without the URL', async () => {
    const gone = teams.url.replace(TEAMS_PATH, '/workflows/deleted/triggers/manual/paths/invoke?sig=G0neS1gnature');
    const result = await teamsSender(gone, view, { now: () => 0, sleep: () => Promise.resolve() })(message!);
    expect(result.ok).toBe(false);
    const error = result.ok ? '' : result.error;
    expect(error).toContain('Teams: HTTP 404 WorkflowNotFound');
    expect(error).toContain('update TEAMS_WEBHOOK_URL');
    expect(error).not.toContain('G0neS1gnature');
    expect(error).not.toContain('127.0.0.1');
  });

  it('a card the workflow refuses (400), or a caller it does not take (401), says what to change in the workflow', async () => {
    const clock = { now: () => 0, sleep: () => Promise.resolve() };
    teams.faults.push({ status: 400, body: 'TriggerInputSchemaMismatch' });
    const refused = await teamsSender(teams.url, view, clock)(message!);
    expect(refused.ok ? '' : refused.error).toBe(
      'Teams: HTTP 400 TriggerInputSchemaMismatch (the workflow refused the card: make it from the template "Post to a channel when a webhook request is received", whose trigger takes the card as revpact sends it)',
    );
    teams.faults.push({ status: 401, body: 'DirectApiAuthorizationRequired' });
    const send = teamsSender(teams.url, view, clock);
    const anonymous = await send(message!);
    expect(anonymous.ok ? '' : anonymous.error).toMatch(
      /^Teams: HTTP 401 DirectApiAuthorizationRequired \(the workflow takes signed-in callers only: .*set who can trigger the flow to Anyone/,
    );
    // It refuses every card alike: the run's next recipient is not asked; after a 400 (this card's), the next one is.
    const before = teams.requests.length;
    expect(await send(message!)).toEqual({
      ok: false,
      error: 'not tried: the webhook refused an earlier message (Teams: HTTP 401 DirectApiAuthorizationRequired) and refuses every message alike',
    });
    expect(teams.requests.length).toBe(before);
    const afterRefused = teamsSender(teams.url, view, clock);
    teams.faults.push({ status: 400, body: 'TriggerInputSchemaMismatch' });
    expect((await afterRefused(message!)).ok).toBe(false);
    expect(await afterRefused(message!)).toEqual({ ok: true });
  });
});

describe('Slack: an answer that is not Slack’s', () => {
  let slack: FakeSlack;
  beforeAll(async () => {
    slack = await startFakeSlack();
  });
  afterAll(() => slack.close());

  // A proxy's 502 page was printed as "Slack: HTTP 502 htmlheadtitle502BadGatewaytitleheadbodyh1502BadGatewayh1…".
  it('a web page is said as one; a Slack error code stays as it is', async () => {
    const limits = { minIntervalMs: 0, retries: 0, maxWaitMs: 0 };
    const clock = { now: () => 0, sleep: () => Promise.resolve() };
    slack.faults.push({ status: 502, body: '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body><h1>502 Bad Gateway</h1></body></html>' });
    expect(await slackSender(slack.url, view, clock, limits)(message!)).toEqual({ ok: false, error: "Slack: HTTP 502, a web page rather than Slack's answer" });
    slack.faults.push({ status: 404, body: 'no_service' });
    const gone = await slackSender(slack.url, view, clock, limits)(message!);
    expect(gone.ok ? '' : gone.error).toMatch(/^Slack: HTTP 404 no_service \(the webhook was removed/);
  });

  it('every error code of an incoming webhook says what to do (invalid_token was "HTTP 403 invalid_token" alone)', async () => {
    const clock = { now: () => 0, sleep: () => Promise.resolve() };
    const limits = { minIntervalMs: 0, retries: 0, maxWaitMs: 0 };
    const said = async (status: number, body: string) => {
      slack.faults.push({ status, body });
      const r = await slackSender(slack.url, view, clock, limits)(message!);
      return r.ok ? '' : r.error;
    };
    expect(await said(403, 'invalid_token')).toMatch(/^Slack: HTTP 403 invalid_token \(the webhook’s token was revoked .*update SLACK_WEBHOOK_URL\)$/);
    expect(await said(400, 'no_text')).toBe('Slack: HTTP 400 no_text (Slack refused the message; please report this as a revpact bug)');
    expect(await said(403, 'posting_to_general_channel_denied')).toMatch(/\(only admins may post in that channel: make a new webhook/);
    expect(await said(404, 'team_disabled')).toBe('Slack: HTTP 404 team_disabled (the Slack workspace of the webhook is disabled)');
    expect(await said(400, 'no_service_id')).toMatch(/\(SLACK_WEBHOOK_URL is cut short: copy the whole webhook URL again\)$/);
    expect(await said(400, 'user_not_found')).toMatch(/\(the webhook posts to a person no longer in the workspace/);
  });
});

describe('a webhook URL that redirects', () => {
  let slack: FakeSlack;
  let teams: FakeTeams;
  beforeAll(async () => {
    [slack, teams] = await Promise.all([startFakeSlack(), startFakeTeams()]);
  });
  afterAll(() => Promise.all([slack.close(), teams.close()]));
  const clock = () => {
    const sleeps: number[] = [];
    return { sleeps, clock: { now: () => 0, sleep: (ms: number) => Promise.resolve(void sleeps.push(ms)) } };
  };

  // SLACK_WEBHOOK_URL written http:// is answered with a redirect to https://: it was "no answer (network error)", asked four times.
  it('Slack: said as a redirect, with where it points (no path) and what to do; asked once', async () => {
    const { sleeps, clock: c } = clock();
    slack.faults.push({ status: 301, headers: { location: `https://hooks.slack.com${SLACK_PATH}` } });
    const result = await slackSender(slack.url, view, c)(message!);
    expect(result).toEqual({
      ok: false,
      error:
        "Slack: HTTP 301, a redirect to https://hooks.slack.com; SLACK_WEBHOOK_URL is not the webhook's own address: copy it again, whole and starting with https://",
    });
    expect(slack.requests.map((r) => r.status)).toEqual([301]);
    expect(sleeps).toEqual([]);
  });

  // A workflow URL behind a sign-in page: it was "no answer (network error)", asked four times.
  it('Teams: said as a redirect to the sign-in page, not retried', async () => {
    const { sleeps, clock: c } = clock();
    teams.faults.push({ status: 302, headers: { location: 'https://login.microsoftonline.com/common/oauth2/authorize?client_id=x' } });
    const result = await teamsSender(teams.url, view, c)(message!);
    expect(result.ok).toBe(false);
    const error = result.ok ? '' : result.error;
    expect(error).toContain('Teams: HTTP 302, a redirect to https://login.microsoftonline.com;');
    expect(error).toContain('TEAMS_WEBHOOK_URL is not the webhook');
    expect(error).not.toContain('client_id');
    expect(teams.requests.map((r) => r.status)).toEqual([302]);
    expect(sleeps).toEqual([]);
  });
});

describe('SMTP: the two ways of TLS mixed up', () => {
  const servers: SMTPServer[] = [];
  let connections = 0;
  /** A local SMTP server, plain (STARTTLS) or speaking TLS from the start (smtp-server's own certificate); its port. */
  async function start(secure: boolean): Promise<number> {
    const server = new SMTPServer({
      secure,
      authOptional: true,
      logger: false,
    });
    server.on('error', () => undefined);
    server.server.on('connection', () => connections++);
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    return (server.server.address() as { port: number }).port;
  }
  afterAll(() => Promise.all(servers.map((s) => new Promise<void>((resolve) => s.close(() => resolve())))));
  const second = split({ key: 'Bruno Costa', name: 'Bruno Costa', email: 'bruno@acme.example' }, [{ ...item, owner: 'Bruno Costa' }], 500, 1)[0]!;

  // smtps:// to port 587: it said "could not reach the server (…ssl3_get_record:wrong version number…)", for every recipient.
  it('smtps:// to a STARTTLS port says to write smtp://, and the next recipient is not tried', async () => {
    const port = await start(false);
    connections = 0;
    const sender = emailSender(`smtps://127.0.0.1:${port}`, 'revpact@acme.example', view);
    try {
      const first = await sender.send(message!);
      expect(first.ok).toBe(false);
      expect(first.ok ? '' : first.error).toMatch(/^SMTP ESOCKET: the server does not speak TLS as soon as it is reached; .+ write SMTP_URL as smtp:\/\//);
      expect(await sender.send(second)).toEqual({ ok: false, error: 'not tried: the server could not be reached for an earlier message (SMTP ESOCKET)' });
      expect(connections).toBe(1);
    } finally {
      sender.close();
    }
  });

  // smtp:// to port 465: each recipient waited 30 s for a greeting, then "could not reach the server (Greeting never received)".
  it('smtp:// to a port that speaks TLS from the start says to write smtps://', async () => {
    const port = await start(true);
    const sender = emailSender(`smtp://127.0.0.1:${port}?greetingTimeout=300`, 'revpact@acme.example', view);
    try {
      const first = await sender.send(message!);
      expect(first.ok ? '' : first.error).toBe(
        'SMTP ETIMEDOUT: the server sent no greeting; a port that speaks TLS from the start (465) needs SMTP_URL written smtps://…',
      );
    } finally {
      sender.close();
    }
  });
});

describe('a webhook that never answers', () => {
  let server: Server;
  let url = '';
  let requests = 0;
  beforeAll(async () => {
    // Reads the request and never answers (a hung proxy, a stuck workflow).
    server = createServer((req) => void (requests++, req.resume()));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/services/T/B/x`;
  });
  afterAll(() => new Promise<void>((resolve) => (server.closeAllConnections(), server.close(() => resolve()))));
  const limits = { minIntervalMs: 0, retries: 1, maxWaitMs: 60_000, timeoutMs: 1000 };
  const clock = { now: () => Date.now(), sleep: () => Promise.resolve() };

  // It said "no answer (network error)", and every later recipient waited out four tries of 30 s again.
  for (const [name, sender] of [
    ['Slack', slackSender],
    ['Teams', teamsSender],
  ] as const)
    it(`${name}: says it timed out, and does not ask again for the next recipient`, async () => {
      requests = 0;
      const send = sender(url, view, clock, limits);
      expect(await send(message!)).toEqual({ ok: false, error: `${name}: no answer within 1 s` });
      expect(requests).toBe(2);
      expect(await send(message!)).toEqual({ ok: false, error: `not tried: an earlier message got no answer (${name}: no answer within 1 s)` });
      expect(requests).toBe(2);
    });
});
