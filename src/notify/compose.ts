/**
 * From a recipient's digest to messages: split into parts of at most `perMessage` leads
 * (Slack and Teams keep messages small), at most `maxMessages` parts a run, the rest
 * summarized in one line and left for the next run (they are not marked sent). Then the
 * words every channel shows: sections, lines with lead id, rule, due instant and time left,
 * with the privacy rule applied and the CRM record link when there is one.
 */
import { maskEmails, maskOwner } from '../report/render/privacy.js';
import type { Recipient, Routed } from './types.js';
import type { NotifyWords } from './words.js';

export interface Message {
  recipient: Recipient;
  items: Routed[];
  /** 1-based part of the digest, and how many parts this run sends. */
  part: number;
  parts: number;
  /** Leads of the digest sent in no part of this run (only the last part says so). */
  rest: number;
  /** Due-soon and breach notices of the whole digest. */
  counts: { due: number; breach: number };
}

export function split(recipient: Recipient, items: readonly Routed[], perMessage: number, maxMessages: number): Message[] {
  const counts = { due: items.filter((i) => i.kind === 'due').length, breach: items.filter((i) => i.kind === 'breach').length };
  const sendable = items.slice(0, perMessage * maxMessages);
  const parts = Math.max(1, Math.ceil(sendable.length / perMessage));
  const messages: Message[] = [];
  for (let p = 0; p < parts; p++)
    messages.push({
      recipient,
      items: sendable.slice(p * perMessage, (p + 1) * perMessage),
      part: p + 1,
      parts,
      rest: p === parts - 1 ? items.length - sendable.length : 0,
      counts,
    });
  return messages;
}

export interface View {
  words: NotifyWords;
  contract: { name: string; version: string };
  asOf: string;
  /** The window as the user wrote it (2bh). */
  within: string;
  showPii: boolean;
  /** The CRM record of a lead, when the contract says where records live (metadata.crm). */
  linkFor?: ((leadId: string) => string | undefined) | undefined;
}

export interface Line {
  lead: string;
  link: string | undefined;
  rule: string;
  /** due 2026-10-14 17:46 · 1h 16m business left, or overdue since …, or was due … */
  when: string;
  /** The owner, shown to a manager and to the fallback. */
  owner: string | undefined;
}

export interface Section {
  title: string;
  lines: Line[];
}

export function sections(message: Message, view: View): Section[] {
  const w = view.words;
  const line = (i: Routed): Line => {
    const when = i.kind === 'breach' ? w.breachedAt(i.dueAt) : i.overdue ? w.overdueSince(i.dueAt) : `${w.dueAt(i.dueAt)} · ${w.left(i.minutesLeft, i.clock)}`;
    const owner = i.as === 'owner' ? undefined : i.owner === null || i.owner.trim() === '' ? w.noOwner : w.owner(view.showPii ? i.owner : maskOwner(i.owner));
    return { lead: view.showPii ? i.leadId : maskEmails(i.leadId), link: view.linkFor?.(i.leadId), rule: i.ruleId, when, owner };
  };
  const groups: Section[] = [
    { title: w.breached, lines: message.items.filter((i) => i.kind === 'breach' && i.as !== 'manager').map(line) },
    { title: w.escalated, lines: message.items.filter((i) => i.kind === 'breach' && i.as === 'manager').map(line) },
    { title: w.dueSoon, lines: message.items.filter((i) => i.kind === 'due').map(line) },
  ];
  return groups.filter((g) => g.lines.length > 0);
}

/** A line as plain text: lead · rule · when (· owner). */
export function plainLine(l: Line): string {
  return [l.lead, l.rule, l.when, ...(l.owner === undefined ? [] : [l.owner])].join(' · ');
}

/** The recipient as outputs name them: a name stays, an address is masked without --show-pii. */
export function recipientName(r: Recipient, showPii: boolean): string {
  return showPii ? r.name : maskOwner(r.name);
}
