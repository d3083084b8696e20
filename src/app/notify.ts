/**
 * `revpact notify` as a service (issue 16): measure the open leads as `due` does, pick
 * the notices (due within the window on each SLA's own clock; with breaches, past their
 * due instant since the state's start), route them to owners, managers and the fallback,
 * send one digest per recipient on the chosen channel, and record in the state file what
 * was sent. A failed send is not recorded, so the next run sends it; --dry-run sends
 * nothing and writes nothing.
 */
import { existsSync } from 'node:fs';
import type { DateTime } from 'luxon';
import type { RulesIR } from '../compiler/ir.js';
import type { RevpactContract } from '../contract/types.generated.js';
import type { Rejection } from '../leads/lead.js';
import { DueList, type DueNote, type UnmeasuredRule } from '../report/due.js';
import { recipientName, split, type Message, type View } from '../notify/compose.js';
import { type Clock, type Limits, type SendResult } from '../notify/channels/pace.js';
import { directoryOf } from '../notify/people.js';
import { renderText } from '../notify/render/text.js';
import { route, type Routing } from '../notify/route.js';
import { emptyState, parseState, SentLog, serializeState } from '../notify/state.js';
import type { Channel, Notice } from '../notify/types.js';
import { notifyWords } from '../notify/words.js';
import { UsageError } from '../shared/errors.js';
import { readBytes, writeFileAtomic } from '../shared/files.js';
import { cohort, unmeasuredRules, unreadRows, whyNotDue, type DueResult } from './due.js';
import type { LeadData } from './lead-data.js';
import { measure, type Watch } from './measure.js';

/** Leads per chat message, and messages per recipient and run (the rest wait for the next run). */
export const CHAT_PER_MESSAGE = 50;
export const CHAT_MAX_MESSAGES = 5;
/** An e-mail digest lists up to this many leads. */
export const EMAIL_PER_MESSAGE = 500;

export interface NotifyOptions {
  channel: Channel;
  asOfMs: number;
  /** The window in minutes on each SLA's clock, and as the user wrote it. */
  withinMinutes: number;
  within: string;
  breaches: boolean;
  since?: string | undefined;
  showPii: boolean;
  dryRun: boolean;
  /** The state file (absolute), and how to name it in messages. */
  state: { path: string; display: string };
  env: Record<string, string | undefined>;
  clock: Clock;
  /** Webhook pacing (tests shorten nothing: they inject the clock). */
  limits?: Limits | undefined;
  watch?: Watch | undefined;
  /** The CRM record of a lead (metadata.crm), when known. */
  linkFor?: ((leadId: string) => string | undefined) | undefined;
}

export interface SentMessage {
  /** The recipient as outputs may name them (privacy rule applied). */
  to: string;
  part: number;
  parts: number;
  leads: number;
  result: SendResult | { ok: 'dry-run'; text: string };
}

export interface NotifyOutcome {
  routing: Routing;
  messages: SentMessage[];
  /** Notices recorded as sent in this run. */
  sent: number;
  /** Notices of failed messages (they go out next run). */
  failed: number;
  /** Notices beyond this run's messages (summarized, sent next run). */
  deferred: number;
  /** The state's breach start, for the summary. */
  breachesFrom: string;
  asOf: string;
  /** Rows of the data that could not be read as leads: no notice can go for them, so the run says so. */
  rejected: number;
  rejection: Rejection | null;
  /** SLAs the data cannot measure (no lead has their stop event): no notice goes for them, so the run says so. */
  unmeasured: UnmeasuredRule[];
  /** Why leads of the data could not fall due (as `due` says under its list): a run with nothing to send says why. */
  later: DueNote[];
  undated: number;
  outside: DueResult['outside'];
}

/** A sender: an address, or a name and an address in angle brackets. */
const SENDER = /^(?:[^<>@]*<\s*[^\s@<>]+@[^\s@<>]+\s*>|[^\s@<>]+@[^\s@<>]+)$/;

/** Whether a URL has a host the URL parser accepts (a webhook or SMTP URL that does not failed every send, or crashed the e-mail client). */
function parses(value: string): boolean {
  try {
    return new URL(value).hostname !== '';
  } catch {
    return false;
  }
}

/** The secrets a channel needs, read up front so a missing one stops the run before anything is measured. */
function channelSettings(channel: Channel, env: Record<string, string | undefined>, dryRun: boolean): { url?: string; from?: string } {
  const need = (name: string, hint: string): string | undefined => {
    const value = env[name]?.trim();
    if (value) return value;
    if (dryRun) return undefined;
    throw new UsageError(`${name} is not set: --to ${channel} needs it`, hint);
  };
  const url = (name: string, value: string | undefined) => {
    if (value !== undefined && !(/^https?:\/\/[^\s]+$/.test(value) && parses(value)))
      throw new UsageError(`${name} is not an http(s) URL`, `copy the whole webhook URL into ${name} (its value is never printed)`);
    return value;
  };
  switch (channel) {
    case 'slack':
      return {
        url: url(
          'SLACK_WEBHOOK_URL',
          need(
            'SLACK_WEBHOOK_URL',
            'create an incoming webhook for the channel (api.slack.com/messaging/webhooks) and put its URL in SLACK_WEBHOOK_URL, a secret',
          ),
        ),
      };
    case 'teams':
      return {
        url: url(
          'TEAMS_WEBHOOK_URL',
          need(
            'TEAMS_WEBHOOK_URL',
            'in Teams, add the workflow "Post to a channel when a webhook request is received" and put its URL in TEAMS_WEBHOOK_URL, a secret',
          ),
        ),
      };
    case 'email': {
      const smtp = need('SMTP_URL', 'set SMTP_URL, e.g. smtps://user:password@smtp.example.com:465 (a secret)');
      // A URL the scheme test passes but the URL parser does not (smtp://[host]:25, a port that is not a number) made nodemailer throw mid-run.
      if (smtp !== undefined && !(/^smtps?:\/\/[^\s]+$/.test(smtp) && parses(smtp)))
        throw new UsageError('SMTP_URL is not an smtp:// or smtps:// URL', 'e.g. smtps://user:password@smtp.example.com:465 (its value is never printed)');
      const from = need('NOTIFY_FROM', 'set NOTIFY_FROM to the sender, e.g. "revpact <revpact@example.com>"');
      // Without an address, nodemailer sent with an empty envelope sender and no From: line, and every notice counted as sent.
      if (from !== undefined && !SENDER.test(from))
        throw new UsageError(
          `NOTIFY_FROM is not an e-mail address (${JSON.stringify(from.slice(0, 80))})`,
          'set it to the sender, e.g. revpact@example.com or "revpact <revpact@example.com>"',
        );
      return { url: smtp, from };
    }
  }
}

function readState(options: NotifyOptions, contract: string, asOf: DateTime) {
  if (!existsSync(options.state.path)) return emptyState(contract, asOf.minus({ days: 1 }).toISO({ suppressMilliseconds: true }) ?? '');
  const text = Buffer.from(readBytes('/', options.state.path)).toString('utf8');
  return parseState(text, options.state.display, contract);
}

export async function notify(rules: RulesIR, contract: Pick<RevpactContract, 'people'>, data: LeadData, options: NotifyOptions): Promise<NotifyOutcome> {
  const settings = channelSettings(options.channel, options.env, options.dryRun);
  const { asOf, period } = cohort(rules, options.asOfMs, options.since);
  const state = readState(options, rules.contract.name, asOf);
  const breachesFromMs = Date.parse(state.breachesFrom);
  // A state that cannot be written stops the run before anything is sent (else every notice would go again next run).
  if (!options.dryRun) writeFileAtomic(options.state.path, serializeState(state), '--state');

  // What is due soon (the due list's rule) and what is past due since the state began.
  const due = new DueList(rules, options.withinMinutes, Number.MAX_SAFE_INTEGER, options.asOfMs);
  const breaches: Notice[] = [];
  const measured = await measure(rules, { kind: 'data', data }, 'streaming', {
    period,
    asOfMs: options.asOfMs,
    watch: options.watch,
    onPerLead(row) {
      due.add(row);
      if (!options.breaches || row.verdict !== 'breached' || row.dueAt === null) return;
      const at = Date.parse(row.dueAt);
      if (at > breachesFromMs && at <= options.asOfMs)
        breaches.push({
          leadId: row.leadId,
          ruleId: row.ruleId,
          kind: 'breach',
          owner: row.owner,
          dueAt: row.dueAt,
          minutesLeft: 0,
          clock: 'calendar',
          overdue: true,
        });
    },
  });
  // An SLA whose stop event no lead has cannot tell who is late: no notice goes for it (said in the outcome).
  const unmeasured = unmeasuredRules(measured);
  const without = new Set(unmeasured.map((u) => u.rule));
  const notices: Notice[] = [...due.result(without).items.map((i): Notice => ({ ...i, kind: 'due' })), ...breaches.filter((b) => !without.has(b.ruleId))];

  const log = new SentLog(state);
  const routing = route(notices, directoryOf(contract), options.channel, log);
  const view: View = {
    words: notifyWords(rules.contract.locale),
    contract: { name: rules.contract.name, version: rules.contract.version },
    asOf: asOf.toISO({ suppressMilliseconds: true }) ?? '',
    within: options.within,
    showPii: options.showPii,
    linkFor: options.linkFor,
  };

  const chat = options.channel !== 'email';
  const send = await pickSender(options, settings, view);
  const messages: SentMessage[] = [];
  let sent = 0;
  let failed = 0;
  let deferred = 0;
  try {
    for (const digest of routing.digests) {
      const parts = split(digest.recipient, digest.items, chat ? CHAT_PER_MESSAGE : EMAIL_PER_MESSAGE, chat ? CHAT_MAX_MESSAGES : 1);
      const to = recipientName(digest.recipient, options.showPii);
      for (const message of parts) {
        deferred += message.rest;
        if (options.dryRun) {
          messages.push({
            to,
            part: message.part,
            parts: message.parts,
            leads: message.items.length,
            result: { ok: 'dry-run', text: renderText(message, view) },
          });
          continue;
        }
        const result = await send.send(message);
        messages.push({ to, part: message.part, parts: message.parts, leads: message.items.length, result });
        if (result.ok) {
          const at = new Date(options.clock.now()).toISOString();
          for (const item of message.items) log.mark(options.channel, item, digest.recipient, at);
          sent += message.items.length;
        } else failed += message.items.length;
      }
    }
  } finally {
    send.close();
    // What was sent is recorded even when a later message failed or the run was cut short by an error.
    if (!options.dryRun) writeFileAtomic(options.state.path, serializeState(log.result(period.fromMs)), '--state');
  }
  return {
    routing,
    messages,
    sent,
    failed,
    deferred,
    breachesFrom: state.breachesFrom,
    asOf: view.asOf,
    ...unreadRows(measured, options.showPii),
    unmeasured,
    ...whyNotDue(measured, unmeasured),
  };
}

/** The channel's client, loaded only when a run sends (the Slack and SMTP libraries stay out of every other command's start). */
async function pickSender(
  options: NotifyOptions,
  settings: { url?: string; from?: string },
  view: View,
): Promise<{ send(m: Message): Promise<SendResult>; close(): void }> {
  const none = { send: () => Promise.resolve<SendResult>({ ok: false, error: 'dry run' }), close: () => undefined };
  if (options.dryRun || settings.url === undefined) return none;
  switch (options.channel) {
    case 'slack': {
      const { slackSender } = await import('../notify/channels/slack.js');
      return { send: slackSender(settings.url, view, options.clock, options.limits), close: () => undefined };
    }
    case 'teams': {
      const { teamsSender } = await import('../notify/channels/teams.js');
      return { send: teamsSender(settings.url, view, options.clock, options.limits), close: () => undefined };
    }
    case 'email': {
      const { emailSender } = await import('../notify/channels/email.js');
      return emailSender(settings.url, settings.from ?? '', view);
    }
  }
}
