/**
 * The state file of `revpact notify` (README "Notifications", docs/notify-state.md): which
 * notice went to whom on which channel, and when, so an hourly schedule sends each notice
 * once. Only a send that succeeded is recorded: a failed one is sent again next run.
 * Pure: the service reads and writes the file (atomically).
 */
import { createHash } from 'node:crypto';
import { UsageError } from '../shared/errors.js';
import { CHANNELS, type Channel, type NoticeKind, type Recipient, type Routed } from './types.js';

export const STATE_VERSION = 1;

export interface SentEntry {
  channel: Channel;
  /** The lead id, or `sha256:` and 16 hex digits of it when the id holds an e-mail address (no personal data in the file). */
  lead: string;
  rule: string;
  kind: NoticeKind;
  /** The recipient's key: a member's name (people.ts memberKey) or `fallback`. */
  to: string;
  /** The notice's due instant (entries older than the look-back are dropped). */
  dueAt: string;
  sentAt: string;
}

export interface NotifyState {
  version: typeof STATE_VERSION;
  /** The contract's metadata.name: one file per contract. */
  contract: string;
  /** Breaches due after this instant are notified; set by the first run (as-of minus a day). */
  breachesFrom: string;
  sent: SentEntry[];
}

const EMAILISH = /@[^@\s]+\.[^@\s]+/;

export function stateLeadId(leadId: string): string {
  return EMAILISH.test(leadId) ? `sha256:${createHash('sha256').update(leadId).digest('hex').slice(0, 16)}` : leadId;
}

const keyOf = (e: Pick<SentEntry, 'channel' | 'lead' | 'rule' | 'kind' | 'to'>) => JSON.stringify([e.channel, e.lead, e.rule, e.kind, e.to]);

/**
 * An ISO 8601 instant with its offset, as this file is written: Date.parse alone also reads
 * "1" (the year 2001) or "Oct 13", which no state file of revpact holds.
 */
function isInstant(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})$/.test(text) && !Number.isNaN(Date.parse(text));
}

export function emptyState(contract: string, breachesFrom: string): NotifyState {
  return { version: STATE_VERSION, contract, breachesFrom, sent: [] };
}

/** Reads a state file's text; anything but a state file written by notify is refused with what to do. */
export function parseState(text: string, file: string, contract: string): NotifyState {
  const fail = (why: string): never => {
    throw new UsageError(
      `${file}: not a revpact notify state file (${why})`,
      'point --state at the file an earlier notify run wrote, or remove it to start afresh (notices already sent would be sent again)',
    );
  };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return fail('not JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail('not a JSON object');
  const v = value as Record<string, unknown>;
  if (v['version'] !== STATE_VERSION) return fail(`version ${JSON.stringify(v['version'])}, expected ${STATE_VERSION}`);
  if (typeof v['contract'] !== 'string') return fail('contract is not a string');
  if (v['contract'] !== contract)
    throw new UsageError(
      `${file}: is the state of contract ${JSON.stringify(v['contract'])}, not ${JSON.stringify(contract)}`,
      'give each contract its own --state file',
    );
  if (typeof v['breachesFrom'] !== 'string' || !isInstant(v['breachesFrom'])) return fail('breachesFrom is not an instant');
  if (!Array.isArray(v['sent'])) return fail('sent is not a list');
  const sent: SentEntry[] = [];
  v['sent'].forEach((e: unknown, i) => {
    const s = (e ?? {}) as Record<string, unknown>;
    const str = (k: string) => (typeof s[k] === 'string' ? s[k] : fail(`sent[${i}].${k} is not a string`));
    const channel = str('channel');
    const kind = str('kind');
    if (!(CHANNELS as readonly string[]).includes(channel)) fail(`sent[${i}].channel is ${JSON.stringify(channel)}`);
    if (kind !== 'due' && kind !== 'breach') fail(`sent[${i}].kind is ${JSON.stringify(kind)}`);
    // An entry whose due instant is no instant was kept for this run and dropped on write, so its notice went again on the next.
    if (!isInstant(str('dueAt'))) fail(`sent[${i}].dueAt is not an instant`);
    sent.push({
      channel: channel as Channel,
      lead: str('lead'),
      rule: str('rule'),
      kind: kind as NoticeKind,
      to: str('to'),
      dueAt: str('dueAt'),
      sentAt: str('sentAt'),
    });
  });
  return { version: STATE_VERSION, contract, breachesFrom: v['breachesFrom'], sent };
}

/** The sent notices of a state, to ask and to add to. */
export class SentLog {
  private readonly keys: Set<string>;
  constructor(private readonly state: NotifyState) {
    this.keys = new Set(state.sent.map(keyOf));
  }

  has(channel: Channel, item: Routed, to: Recipient): boolean {
    return this.keys.has(keyOf({ channel, lead: stateLeadId(item.leadId), rule: item.ruleId, kind: item.kind, to: to.key }));
  }

  mark(channel: Channel, item: Routed, to: Recipient, sentAt: string): void {
    const entry: SentEntry = { channel, lead: stateLeadId(item.leadId), rule: item.ruleId, kind: item.kind, to: to.key, dueAt: item.dueAt, sentAt };
    const key = keyOf(entry);
    if (this.keys.has(key)) return;
    this.keys.add(key);
    this.state.sent.push(entry);
  }

  /** The state to write: entries due before `keepFromMs` are dropped (their leads are out of the look-back, never notified again). */
  result(keepFromMs: number): NotifyState {
    return { ...this.state, sent: this.state.sent.filter((e) => Date.parse(e.dueAt) >= keepFromMs) };
  }
}

export function serializeState(state: NotifyState): string {
  return JSON.stringify(state, null, 2) + '\n';
}
