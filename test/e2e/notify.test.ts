/**
 * `revpact notify` end to end, in-process, against local servers that answer like the real
 * services (test/helpers/fake-slack.ts, fake-teams.ts, and a real SMTP server from
 * smtp-server with the mail parsed back by mailparser). What should be notified is
 * computed from `check --per-lead` and `due` on the same generated export and as-of, not
 * written down. Waits go through a clock that records them instead of sleeping.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CliIO } from '../../src/cli/io.js';
import { run } from '../../src/cli/main.js';
import { CRASH, ensureBuilt, runCliAsync } from '../helpers/cli.js';
import { startFakeSlack, slackText, type FakeSlack } from '../helpers/fake-slack.js';
import { startFakeTeams, type FakeTeams } from '../helpers/fake-teams.js';
import { startFakeHubSpot } from '../helpers/fake-hubspot.js';
import { hubSpotDataOf } from '../helpers/hubspot-data.js';
import { generateExport } from '../helpers/gen.js';
import { REPO_ROOT } from '../helpers/paths.js';

const dir = mkdtempSync(join(tmpdir(), 'revpact-notify-'));
const leads = join(dir, 'hubspot.csv');
const contract = join(dir, 'agreement.yaml');
const asOf = '2026-10-14T16:30:00+02:00';
const asOfMs = Date.parse(asOf);

const PEOPLE = {
  'Ana Souza': { slack: 'U0ANASOUZA', email: 'ana@planfold.example', manager: 'Marc Soler' },
  'Bruno Costa': { slack: 'U0BRUNOCOS', email: 'bruno@planfold.example', manager: 'Marc Soler' },
  'Carla Ruiz': { slack: 'U0CARLARUI', email: 'carla@planfold.example', manager: 'Marc Soler' },
  'David Chen': { slack: 'U0DAVIDCHE', email: 'david@planfold.example', manager: 'Laia Puig' },
  'Elena Petrova': { slack: 'U0ELENAPET', email: 'elena@planfold.example', manager: 'Laia Puig' },
  'Marc Soler': { slack: 'U0MARCSOLE', email: 'marc@planfold.example' },
  'Laia Puig': { slack: 'U0LAIAPUIG', email: 'laia@planfold.example' },
} as const;
// Farid Haddad owns leads in the export but is not listed: his notices go to the fallback.
const UNLISTED = 'Farid Haddad';
/** The SLAs check says the export cannot measure: no notice goes for them. */
let unmeasured = new Set<string>();
const FALLBACK_EMAIL = 'sales-ops@planfold.example';

interface Expected {
  lead: string;
  rule: string;
  kind: 'due' | 'breach';
  owner: string;
}
let expected: Expected[] = [];

const SMTP_PASSWORD = 'sm7p-P@ss w0rd!';
const secrets = (extra: string[]) => [...extra, SMTP_PASSWORD, encodeURIComponent(SMTP_PASSWORD)];

interface Run {
  status: number;
  stdout: string;
  stderr: string;
  sleeps: number[];
}

async function notify(args: string[], env: Record<string, string>): Promise<Run> {
  return runIn(['notify', contract, '--leads', leads, '--mapping', 'hubspot', '--as-of', asOf, '--within', '2bh', '--quiet', ...args], env);
}

/** The CLI in process, on a clock that starts at as-of and moves only when a wait is asked for. */
async function runIn(argv: string[], env: Record<string, string>): Promise<Run> {
  let stdout = '';
  let stderr = '';
  let t = asOfMs;
  const sleeps: number[] = [];
  const io: CliIO = {
    stdout: (s) => void (stdout += s),
    stderr: (s) => void (stderr += s),
    cwd: dir,
    env,
    stderrIsTTY: false,
    stdoutIsTTY: false,
    clock: {
      now: () => t,
      sleep: (ms) => {
        sleeps.push(ms);
        t += ms;
        return Promise.resolve();
      },
    },
  };
  const status = await run(argv, io);
  return { status, stdout, stderr, sleeps };
}

function expectNoSecrets(r: Run, values: string[]) {
  for (const v of values) {
    expect(r.stdout).not.toContain(v);
    expect(r.stderr).not.toContain(v);
  }
}

beforeAll(async () => {
  generateExport(leads, { rows: 3000, format: 'hubspot', seed: 5 });
  const members = Object.entries(PEOPLE)
    .map(([name, p]) => `    - { name: ${name}, slack: ${p.slack}, email: ${p.email}${'manager' in p ? `, manager: ${p.manager}` : ''} }`)
    .join('\n');
  writeFileSync(
    contract,
    readFileSync(join(REPO_ROOT, 'contracts/b2b-saas.yaml'), 'utf8').trimEnd() +
      `\npeople:\n  members:\n${members}\n  fallback: { slack: here, email: ${FALLBACK_EMAIL}, name: Sales operations }\n`,
  );

  // What should go out, from the engine's own per-lead verdicts and the due list.
  const quiet: CliIO = { stdout: () => undefined, stderr: () => undefined, cwd: dir, env: {}, stderrIsTTY: false, stdoutIsTTY: false };
  const verdicts = join(dir, 'verdicts.csv');
  expect(
    await run(
      [
        'check',
        contract,
        '--leads',
        leads,
        '--mapping',
        'hubspot',
        '--as-of',
        asOf,
        '--from',
        '2026-07-16',
        '--to',
        '2026-10-14',
        '--per-lead',
        verdicts,
        '--format',
        'json',
        '--out',
        join(dir, 'report.json'),
        '--quiet',
      ],
      quiet,
    ),
  ).toBeLessThanOrEqual(1);
  const perLead = readFileSync(verdicts, 'utf8');
  // An SLA the export cannot measure (HubSpot's has no recycling date) gets no notice.
  const report = JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')) as { dataQuality: { code: string; sla?: string }[] };
  unmeasured = new Set(report.dataQuality.filter((f) => f.code === 'sla-stop-not-in-export').map((f) => f.sla ?? ''));
  expect([...unmeasured]).toEqual(['recycle-to-nurture']);
  let dueJson = '';
  expect(
    await run(['due', contract, '--leads', leads, '--mapping', 'hubspot', '--as-of', asOf, '--within', '2bh', '--format', 'json'], {
      ...quiet,
      stdout: (s) => void (dueJson += s),
    }),
  ).toBe(0);
  const due = JSON.parse(dueJson) as { leads: { leadId: string; ruleId: string; owner: string | null }[] };
  expected = due.leads.map((l) => ({ lead: l.leadId, rule: l.ruleId, kind: 'due', owner: l.owner ?? '' }));
  for (const line of perLead.trim().split(/\r?\n/).slice(1)) {
    const [lead = '', rule = '', verdict, , dueAt = '', owner = ''] = line.split(',');
    const at = Date.parse(dueAt);
    // A first run counts breaches of the last day (the state's start).
    if (verdict === 'breached' && !unmeasured.has(rule) && at > asOfMs - 86_400_000 && at <= asOfMs) expected.push({ lead, rule, kind: 'breach', owner });
  }
  expect(expected.filter((e) => e.kind === 'due').length).toBeGreaterThan(0);
  expect(expected.filter((e) => e.kind === 'breach').length).toBeGreaterThan(0);
  expect(expected.some((e) => e.owner === UNLISTED)).toBe(true);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('revpact notify --to slack', () => {
  let slack: FakeSlack;
  let env: Record<string, string>;
  const state = () => join(dir, `slack-${expect.getState().currentTestName?.replace(/\W+/g, '-') ?? 'x'}.json`);
  beforeEach(async () => {
    slack = await startFakeSlack();
    env = { SLACK_WEBHOOK_URL: slack.url };
    return () => slack.close();
  });

  it('sends each owner their leads, escalates breaches to the manager, the unlisted owner’s to the fallback, and nothing twice', async () => {
    const file = state();
    const first = await notify(['--to', 'slack', '--breaches', '--state', file], env);
    expect(first.stderr).toContain(`owner "${UNLISTED}" is not in people:`);
    expect(first.stderr).toContain('warning: SLA recycle-to-nurture is not measured: no lead of the export has recycledAt, the event that stops its clock');
    expect(first.stderr).toContain('; no notice goes for its leads\n');
    expect(first.status, first.stderr).toBe(0);
    expectNoSecrets(first, secrets([slack.url, new URL(slack.url).pathname]));

    const messageFor = (mention: string) =>
      slack.messages
        .filter((m) => (m.text ?? '').startsWith(mention))
        .map(slackText)
        .join('\n');
    for (const e of expected) {
      const person = PEOPLE[e.owner as keyof typeof PEOPLE];
      if (person === undefined) {
        expect(messageFor('<!here>'), `${e.lead} ${e.rule} to the fallback`).toContain(`${e.lead} · ${e.rule}`);
        continue;
      }
      expect(messageFor(`<@${person.slack}>`), `${e.lead} ${e.rule} to ${e.owner}`).toContain(`${e.lead} · ${e.rule}`);
      const manager = 'manager' in person ? PEOPLE[person.manager] : undefined;
      // A breach goes to the manager too; a lead merely due soon does not.
      if (manager)
        expect(messageFor(`<@${manager.slack}>`).includes(`${e.lead} · ${e.rule}`), `${e.lead} ${e.rule} ${e.kind} to the manager`).toBe(e.kind === 'breach');
    }
    // Nobody hears of a lead that is not theirs (or their team's).
    const listed = new Set(expected.map((e) => e.lead));
    for (const m of slack.messages) for (const id of slackText(m).match(/\b5\d{10}\b/g) ?? []) expect(listed.has(id)).toBe(true);
    // One message a second per webhook: every wait between messages is the pace.
    expect(first.sleeps.length).toBe(slack.messages.length - 1);
    expect(first.sleeps.every((s) => s === 1000)).toBe(true);

    const sentBefore = slack.messages.length;
    const second = await notify(['--to', 'slack', '--breaches', '--state', file], env);
    expect(second.status, second.stderr).toBe(0);
    expect(slack.messages.length).toBe(sentBefore);
    expect(second.stdout).toMatch(/0 messages sent .*already sent earlier/);
  });

  it('keeps a failed message out of the state and sends it on the next run; waits out 429 Retry-After', async () => {
    const file = state();
    // A refusal of this message alone (a removed webhook refuses them all: the next test).
    slack.faults.push({ status: 400, body: 'invalid_blocks' });
    const first = await notify(['--to', 'slack', '--breaches', '--state', file], env);
    expect(first.status).toBe(1);
    expect(first.stderr).toMatch(/error: to .*: Slack: HTTP 400 invalid_blocks \(Slack refused the message.*not recorded, sent again next run/);
    expectNoSecrets(first, secrets([slack.url, new URL(slack.url).pathname]));
    const delivered = slack.messages.length;
    const failedTo = /error: to ([^(,]+?) \(/.exec(first.stderr)?.[1] ?? '';
    expect(failedTo).not.toBe('');

    slack.faults.push({ status: 429, body: 'rate_limited', headers: { 'retry-after': '7' } });
    const second = await notify(['--to', 'slack', '--breaches', '--state', file], env);
    expect(second.status, second.stderr).toBe(0);
    expect(second.sleeps).toContain(7000);
    // Exactly the failed recipient's message went out, once.
    expect(slack.messages.length).toBe(delivered + 1);
    const resent = slack.messages[slack.messages.length - 1]!;
    const person = PEOPLE[failedTo as keyof typeof PEOPLE];
    expect(resent.text?.startsWith(person ? `<@${person.slack}>` : '<!here>')).toBe(true);
  });

  it('asks a removed webhook once: the other recipients are not tried (each was asked, a second apart, to fail alike), and all go next run', async () => {
    const file = state();
    slack.faults.push({ status: 404, body: 'no_service', times: 100 });
    const first = await notify(['--to', 'slack', '--breaches', '--state', file], env);
    expect(first.status).toBe(1);
    expect(slack.requests.length).toBe(1);
    const errors = first.stderr.split('\n').filter((l) => l.startsWith('error: to '));
    expect(errors.length).toBeGreaterThan(3);
    expect(errors[0]).toMatch(
      /Slack: HTTP 404 no_service \(the webhook was removed or disabled: make a new webhook .*update SLACK_WEBHOOK_URL\); not recorded/,
    );
    for (const e of errors.slice(1))
      expect(e).toMatch(/: not tried: the webhook refused an earlier message \(Slack: HTTP 404 no_service\) and refuses every message alike; not recorded/);
    expect(first.sleeps).toEqual([]);

    slack.faults.length = 0;
    const second = await notify(['--to', 'slack', '--breaches', '--state', file], env);
    expect(second.status, second.stderr).toBe(0);
    expect(slack.messages.length).toBe(errors.length);
  });

  it('counts only Slack’s "ok" as sent: a 200 with another answer is sent again next run', async () => {
    const file = state();
    slack.faults.push({ status: 200, body: 'invalid_payload' });
    const first = await notify(['--to', 'slack', '--breaches', '--state', file], env);
    expect(first.status).toBe(1);
    expect(first.stderr).toMatch(/error: to .*: Slack: HTTP 200 "invalid_payload", not "ok": the message may not be posted/);
    const failedTo = /error: to ([^(,]+?) \(/.exec(first.stderr)?.[1] ?? '';
    const delivered = slack.messages.length;
    const second = await notify(['--to', 'slack', '--breaches', '--state', file], env);
    expect(second.status, second.stderr).toBe(0);
    expect(slack.messages.length).toBe(delivered + 1);
    const person = PEOPLE[failedTo as keyof typeof PEOPLE];
    expect(slack.messages[slack.messages.length - 1]?.text?.startsWith(person ? `<@${person.slack}>` : '<!here>')).toBe(true);
  });

  it('the installed command: an archived channel fails the run (exit 1) and nothing printed names the webhook', async () => {
    ensureBuilt();
    slack.faults.push({ status: 410, body: 'channel_is_archived', times: 100 });
    const r = await runCliAsync(
      ['notify', contract, '--leads', leads, '--mapping', 'hubspot', '--as-of', asOf, '--to', 'slack', '--breaches', '--state', state(), '--quiet'],
      { env: env },
    );
    expect(r.status, r.stderr).toBe(1);
    expect(r.stderr).toContain('Slack: HTTP 410 channel_is_archived');
    expect(r.stderr).not.toMatch(CRASH);
    expectNoSecrets({ ...r, status: 1, sleeps: [] }, [slack.url, new URL(slack.url).pathname, 's3cr3tW3bh00kT0k3nXYZ']);
  });

  it('--dry-run prints the messages, sends nothing and writes no state; it needs no webhook', async () => {
    const file = state();
    const r = await notify(['--to', 'slack', '--breaches', '--state', file, '--dry-run'], {});
    expect(r.status, r.stderr).toBe(0);
    expect(slack.requests).toEqual([]);
    expect(existsSync(file)).toBe(false);
    for (const e of expected) expect(r.stdout).toContain(`${e.lead} · ${e.rule}`);
    // The export's unreadable rows get no notice, and the run says how many and why (the generator writes some).
    expect(r.stderr).toMatch(
      /^warning: \d+ rows rejected, such as: .+ \(.+hubspot\.csv:\d+\): no notice can go for those leads; revpact check lists them all$/m,
    );
    // Nothing went anywhere: the unlisted owner's notices would go to the fallback.
    expect(r.stderr).toMatch(new RegExp(`owner "${UNLISTED}" is not in people: of .+; \\d+ notices? would go to the fallback`));
    expect(r.stderr).not.toContain('went to the fallback');

    // A contract without people: says so once, not once per owner.
    const bare = join(dir, 'no-people.yaml');
    writeFileSync(bare, readFileSync(join(REPO_ROOT, 'contracts/b2b-saas.yaml'), 'utf8'));
    const none = await runIn(
      ['notify', bare, '--leads', leads, '--mapping', 'hubspot', '--as-of', asOf, '--within', '2bh', '--quiet', '--to', 'slack', '--dry-run'],
      {},
    );
    expect(none.status, none.stderr).toBe(0);
    expect(none.stderr).toMatch(
      /^warning: .+no-people\.yaml lists no people \(people\.members\), so no owner can be reached: the \d+ notices of \d+ owners would go to the fallback$/m,
    );
    expect(none.stderr).not.toContain('is not in people:');
  });

  // A member without a slack id (Slack) or an e-mail address (Teams) was written in bold in the channel, pinged nobody, and counted as told.
  it('says which members Slack or Teams cannot mention, and how many of their notices reach nobody', async () => {
    const owner = expected.map((e) => e.owner).find((o) => o in PEOPLE) as keyof typeof PEOPLE;
    const theirs = new Set(expected.filter((e) => e.owner === owner).map((e) => `${e.lead}/${e.rule}/${e.kind}`)).size;
    const text = readFileSync(contract, 'utf8');
    const line = text.split('\n').find((l) => l.includes(`name: ${owner},`)) ?? '';
    const variant = (file: string, edited: string) => {
      writeFileSync(join(dir, file), text.replace(line, edited));
      return join(dir, file);
    };
    const args = ['--leads', leads, '--mapping', 'hubspot', '--as-of', asOf, '--within', '2bh', '--quiet', '--breaches', '--dry-run'];

    const noSlack = variant('no-slack.yaml', line.replace(/ slack: \w+,/, ''));
    const slackRun = await runIn(['notify', noSlack, ...args, '--to', 'slack'], {});
    expect(slackRun.status, slackRun.stderr).toBe(0);
    expect(slackRun.stderr).toContain(
      `warning: ${owner} has no slack member id in people:, so Slack cannot mention them: ${theirs} notice${theirs === 1 ? '' : 's'} would go to the channel without notifying them\n` +
        '  add slack: their member id',
    );
    // Teams mentions by e-mail address: the slack id is not missed there.
    expect((await runIn(['notify', noSlack, ...args, '--to', 'teams'], {})).stderr).not.toContain('cannot mention');

    const noEmail = variant('no-email.yaml', line.replace(/ email: [^,]+,/, ''));
    const teamsRun = await runIn(['notify', noEmail, ...args, '--to', 'teams'], {});
    expect(teamsRun.status, teamsRun.stderr).toBe(0);
    expect(teamsRun.stderr).toContain(`warning: ${owner} has no e-mail address in people:, so Teams cannot mention them:`);
    expect((await runIn(['notify', noEmail, ...args, '--to', 'slack'], {})).stderr).not.toContain('cannot mention');
  });

  it('refuses to run without SLACK_WEBHOOK_URL, and with a state file of another contract', async () => {
    const missing = await notify(['--to', 'slack', '--state', state()], {});
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('SLACK_WEBHOOK_URL is not set');
    const other = join(dir, 'other-state.json');
    writeFileSync(other, JSON.stringify({ version: 1, contract: 'someone-else', breachesFrom: asOf, sent: [] }));
    const wrong = await notify(['--to', 'slack', '--state', other], env);
    expect(wrong.status).toBe(2);
    expect(wrong.stderr).toContain('is the state of contract "someone-else"');
    // A state that cannot be written stops the run before anything is sent.
    // (Its folder is a file: root, who runs CI here, may write anywhere else.)
    const unwritable = await notify(['--to', 'slack', '--state', join(contract, 'state.json')], env);
    expect(unwritable.status).toBe(2);
    expect(unwritable.stderr).toContain('--state');
    expect(slack.requests).toEqual([]);
  });
});

describe('revpact notify --to teams', () => {
  let teams: FakeTeams;
  beforeAll(async () => {
    teams = await startFakeTeams();
  });
  afterAll(() => teams.close());

  it('posts an Adaptive Card per recipient mentioning them; a 502 is retried after a back-off', async () => {
    teams.faults.push({ status: 502, body: 'BadGateway' });
    const r = await notify(['--to', 'teams', '--breaches', '--state', join(dir, 'teams.json')], { TEAMS_WEBHOOK_URL: teams.url });
    expect(r.status, r.stderr).toBe(0);
    expectNoSecrets(r, [teams.url, 'T3amsS1gnatur3Secret']);
    expect(teams.requests[0]?.status).toBe(502);
    expect(r.sleeps[0]).toBe(1000);
    const owners = new Set(expected.map((e) => e.owner).filter((o) => o in PEOPLE));
    for (const owner of owners) {
      const card = teams.cards.find((c) => c.msteams?.entities?.some((m) => m.mentioned.name === owner));
      expect(card, owner).toBeDefined();
      const entity = card?.msteams?.entities?.[0];
      expect(entity?.mentioned.id).toBe(PEOPLE[owner as keyof typeof PEOPLE].email);
      expect(card?.body.some((b) => b.text?.includes(entity?.text ?? '?'))).toBe(true);
      const text = card?.body.map((b) => b.text ?? '').join('\n') ?? '';
      for (const e of expected.filter((x) => x.owner === owner)) expect(text).toContain(e.lead);
    }
  });
});

describe('revpact notify --to email', () => {
  const received: { to: string[]; mail: ParsedMail }[] = [];
  let server: SMTPServer;
  let port = 0;
  const REFUSED = PEOPLE['Ana Souza'].email;
  let refuse = true;
  let logins = 0;
  const NOT_OURS = 'alerts@elsewhere.example';
  beforeAll(async () => {
    server = new SMTPServer({
      authOptional: false,
      allowInsecureAuth: true,
      disabledCommands: ['STARTTLS'],
      onAuth(auth, _session, callback) {
        logins++;
        if (auth.username === 'revpact' && auth.password === SMTP_PASSWORD) callback(null, { user: 'revpact' });
        else callback(new Error('Invalid username or password'));
      },
      onMailFrom(address, _session, callback) {
        if (address.address !== NOT_OURS) return callback();
        const err = new Error('5.7.1 Sender address rejected: not owned by user revpact') as Error & { responseCode: number };
        err.responseCode = 553;
        callback(err);
      },
      onRcptTo(address, _session, callback) {
        if (refuse && address.address === REFUSED) {
          const err = new Error('Mailbox unavailable') as Error & { responseCode: number };
          err.responseCode = 550;
          callback(err);
        } else callback();
      },
      onData(stream, session, callback) {
        simpleParser(stream)
          .then((mail) => {
            received.push({ to: (session.envelope.rcptTo ?? []).map((r) => r.address), mail });
            callback();
          })
          .catch(callback);
      },
      logger: false,
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.server.address() as { port: number }).port;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('sends one digest per recipient (text and HTML); a refused recipient fails alone and gets theirs next run', async () => {
    const smtpUrl = `smtp://revpact:${encodeURIComponent(SMTP_PASSWORD)}@127.0.0.1:${port}`;
    const env = { SMTP_URL: smtpUrl, NOTIFY_FROM: 'revpact <revpact@planfold.example>' };
    const file = join(dir, 'email.json');
    const first = await notify(['--to', 'email', '--breaches', '--state', file], env);
    expectNoSecrets(first, secrets([smtpUrl]));
    expect(first.status).toBe(1);
    expect(first.stderr).toMatch(/error: to Ana Souza .*SMTP EENVELOPE 550/);

    const recipients = received.map((r) => r.to.join(','));
    expect(new Set(recipients).size).toBe(recipients.length);
    const involved = new Set<string>();
    for (const e of expected) {
      const person = PEOPLE[e.owner as keyof typeof PEOPLE];
      involved.add(person ? person.email : FALLBACK_EMAIL);
      if (person && 'manager' in person && e.kind === 'breach') involved.add(PEOPLE[person.manager].email);
    }
    expect(recipients.sort()).toEqual([...involved].filter((a) => a !== REFUSED).sort());
    for (const { to, mail } of received) {
      expect(mail.text).toBeTruthy();
      expect(mail.html).toBeTruthy();
      const owned = expected.filter((e) => (PEOPLE[e.owner as keyof typeof PEOPLE]?.email ?? FALLBACK_EMAIL) === to[0]);
      for (const e of owned) {
        expect(mail.text).toContain(`${e.lead} · ${e.rule}`);
        expect(mail.html).toContain(e.lead);
      }
    }

    refuse = false;
    const before = received.length;
    const second = await notify(['--to', 'email', '--breaches', '--state', file], env);
    expect(second.status, second.stderr).toBe(0);
    expect(received.slice(before).map((r) => r.to)).toEqual([[REFUSED]]);
  });

  it('never prints the SMTP password, even when the server refuses the login', async () => {
    const smtpUrl = `smtp://revpact:${encodeURIComponent('wrong-' + SMTP_PASSWORD)}@127.0.0.1:${port}`;
    const r = await notify(['--to', 'email', '--state', join(dir, 'email-auth.json')], { SMTP_URL: smtpUrl, NOTIFY_FROM: 'revpact@planfold.example' });
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('SMTP EAUTH');
    expectNoSecrets(r, secrets([smtpUrl, 'wrong-' + SMTP_PASSWORD, encodeURIComponent('wrong-' + SMTP_PASSWORD)]));
  });

  it('says what to change when the server refuses the login or the sender, and does not log in again for every recipient', async () => {
    const smtpUrl = `smtp://revpact:${encodeURIComponent('wrong-' + SMTP_PASSWORD)}@127.0.0.1:${port}`;
    logins = 0;
    const r = await notify(['--to', 'email', '--breaches', '--state', join(dir, 'email-auth-once.json')], {
      SMTP_URL: smtpUrl,
      NOTIFY_FROM: 'revpact@planfold.example',
    });
    expect(r.status).toBe(1);
    const errors = r.stderr.split('\n').filter((l) => l.startsWith('error: to '));
    expect(errors.length).toBeGreaterThan(3);
    expect(errors[0]).toMatch(/SMTP EAUTH 535: .*; check the user name and password in SMTP_URL/);
    for (const e of errors.slice(1)) expect(e).toContain('not tried: the server refused an earlier message (SMTP EAUTH 535) and refuses every message alike');
    expect(logins).toBe(1);
    expectNoSecrets(r, secrets([smtpUrl, 'wrong-' + SMTP_PASSWORD, encodeURIComponent('wrong-' + SMTP_PASSWORD)]));

    const good = `smtp://revpact:${encodeURIComponent(SMTP_PASSWORD)}@127.0.0.1:${port}`;
    const before = received.length;
    const sender = await notify(['--to', 'email', '--breaches', '--state', join(dir, 'email-sender.json')], {
      SMTP_URL: good,
      NOTIFY_FROM: `Alerts <${NOT_OURS}>`,
    });
    expect(sender.status).toBe(1);
    expect(received.length).toBe(before);
    const refused = sender.stderr.split('\n').filter((l) => l.startsWith('error: to '));
    expect(refused[0]).toMatch(/SMTP EENVELOPE 553: .*Sender address rejected.*; the server does not take NOTIFY_FROM as the sender/);
    for (const e of refused.slice(1)) expect(e).toContain('not tried: the server refused an earlier message (SMTP EENVELOPE 553)');
  });

  it('says a server it cannot reach is not reached (it said only "SMTP ESOCKET"), still without the password', async () => {
    const closed = createServer();
    await new Promise<void>((done) => closed.listen(0, '127.0.0.1', done));
    const deadPort = (closed.address() as AddressInfo).port;
    await new Promise<void>((done) => closed.close(() => done()));
    const smtpUrl = `smtp://revpact:${encodeURIComponent(SMTP_PASSWORD)}@127.0.0.1:${deadPort}`;
    const r = await notify(['--to', 'email', '--state', join(dir, 'email-down.json')], { SMTP_URL: smtpUrl, NOTIFY_FROM: 'revpact@planfold.example' });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/SMTP (ESOCKET|ECONNECTION): could not reach the server \(.*ECONNREFUSED.*\); check the host and port of SMTP_URL/);
    expectNoSecrets(r, secrets([smtpUrl, SMTP_PASSWORD, encodeURIComponent(SMTP_PASSWORD)]));
  });
});

describe('revpact notify --leads hubspot:', () => {
  it('routes the same notices from HubSpot’s API as from the same contacts’ export', async () => {
    const token = 'pat-na1-00000000-1111-4222-8333-notifyt0ken';
    const data = hubSpotDataOf(leads, 'Europe/Madrid');
    const exported = join(dir, 'hubspot-api.csv');
    writeFileSync(exported, data.csv);
    const hub = await startFakeHubSpot({ token, contacts: data.contacts, owners: data.owners, properties: data.properties });
    try {
      const common = ['--as-of', asOf, '--within', '2bh', '--quiet', '--to', 'slack', '--breaches', '--dry-run'];
      const fromFile = await runIn(['notify', contract, '--leads', exported, '--mapping', 'hubspot', ...common], {});
      expect(fromFile.status, fromFile.stderr).toBe(0);
      const fromApi = await runIn(['notify', contract, '--leads', 'hubspot:', ...common], { HUBSPOT_TOKEN: token, HUBSPOT_API_URL: hub.url });
      expect(fromApi.status, fromApi.stderr).toBe(0);
      expect(fromApi.stdout).toMatch(/ · first-touch/);
      expect(fromApi.stdout).toBe(fromFile.stdout);
      expect(hub.state.requests.some((r) => r.path === '/crm/v3/objects/contacts')).toBe(true);
      expectNoSecrets(fromApi, [token]);
    } finally {
      await hub.close();
    }
  });
  // Both were one name: one member got both people's leads, and breakdowns counted them as one owner.
  it('keeps two owners who share a name apart: each is routed by their e-mail address, the unlisted one to the fallback, said once', async () => {
    const token = 'pat-na1-00000000-1111-4222-8333-notifyt0ken';
    const data = hubSpotDataOf(leads, 'Europe/Madrid');
    // The listed owner with the most notices, and another listed owner.
    const count = (name: string) => new Set(expected.filter((e) => e.owner === name).map((e) => e.lead)).size;
    const names = (Object.keys(PEOPLE) as (keyof typeof PEOPLE)[]).sort((x, y) => count(y) - count(x));
    const [name, second] = names as [keyof typeof PEOPLE, keyof typeof PEOPLE];
    const member = PEOPLE[name];
    const owner = data.owners.find((o) => `${o.firstName} ${o.lastName}` === name);
    if (owner === undefined) throw new Error(`the generated export has no ${name}`);
    owner.email = member.email;
    // Someone else of the same name, in another office, owns every other of those leads; and one lead's owner HubSpot no longer lists.
    const [first, ...rest] = name.split(' ');
    const other = { id: '79001', firstName: first ?? '', lastName: rest.join(' '), email: 'namesake@sevilla.planfold.example' };
    const noticed = [...new Set(expected.filter((e) => e.owner === name).map((e) => e.lead))];
    expect(noticed.length).toBeGreaterThanOrEqual(2);
    const moved = new Set(noticed.filter((_, i) => i % 2 === 1));
    for (const c of data.contacts) if (moved.has(c.id)) c.properties['hubspot_owner_id'] = other.id;
    const gone = data.contacts.find((c) => c.id === expected.find((e) => e.owner === second)?.lead);
    if (gone === undefined) throw new Error(`no notice for ${second}`);
    gone.properties['hubspot_owner_id'] = '79999';
    const hub = await startFakeHubSpot({ token, contacts: data.contacts, owners: [...data.owners, other], properties: data.properties });
    try {
      const env = { HUBSPOT_TOKEN: token, HUBSPOT_API_URL: hub.url };
      const r = await runIn(
        ['notify', contract, '--leads', 'hubspot:', '--as-of', asOf, '--within', '2bh', '--quiet', '--to', 'slack', '--breaches', '--dry-run'],
        env,
      );
      expect(r.status, r.stderr).toBe(0);
      const said = r.stderr.split('\n');
      expect(said.filter((l) => l.includes('owners are named'))).toEqual([
        `revpact: warning: hubspot: 2 owners are named "${name}" (owner ids ${owner.id}, 79001): to keep their leads apart, each is named "${name} <their e-mail address>" ` +
          `in the report, due and notify ("${name} (owner <id>)" when the CRM has no address for them); ` +
          "in people:, give each member their e-mail address (email:) so notify routes each one's leads, or rename one in HubSpot (Settings → Users & Teams)",
      ]);
      expect(said.filter((l) => l.includes('owners list (GET /crm/v3/owners'))).toEqual([
        expect.stringMatching(
          /^revpact: warning: hubspot: 1 contact has an owner that HubSpot's owners list .* does not have: owner id 79999, shown as the id/,
        ),
      ]);
      // The member hears of their own leads; the namesake is not in people: and theirs go to the fallback.
      expect(r.stderr).toContain(`owner "${name} <namesake@sevilla.planfold.example>" is not in people: of `);
      expect(r.stderr).toContain('owner "79999" is not in people: of ');
      const messages = r.stdout.split(/^(?=--- to )/m);
      const to = (who: string) => messages.filter((m) => m.startsWith(`--- to ${who} via`)).join('\n');
      for (const id of noticed) {
        const mine = !moved.has(id);
        expect(to(name).includes(id), `${id} to ${mine ? name : 'the fallback'}`).toBe(mine);
        if (!mine) expect(to('Sales operations'), id).toContain(id);
      }
      expect(to('Sales operations')).toContain(gone.id);

      // due names them apart too (in a breakdown they were one owner).
      const due = await runIn(['due', contract, '--leads', 'hubspot:', '--as-of', asOf, '--within', '2bh', '--format', 'json', '--show-pii'], env);
      expect(due.status, due.stderr).toBe(0);
      const owners = new Set((JSON.parse(due.stdout) as { leads: { owner: string | null }[] }).leads.map((l) => l.owner));
      expect(owners).not.toContain(name);
    } finally {
      await hub.close();
    }
  });
});
