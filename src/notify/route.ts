/**
 * Routing (issue 16): each notice to the lead's owner; a breach also to the owner's
 * manager when the contract names one; a lead without an owner, or with an owner the
 * contract does not know, to the fallback, and the unknown owner becomes a finding (not a
 * silent drop). Notices the state says were sent to that recipient on that channel are
 * left out. Pure.
 */
import { FALLBACK_KEY, type Directory } from './people.js';
import type { SentLog } from './state.js';
import type { Channel, Digest, Notice, Recipient, Role, Routed } from './types.js';

export interface Routing {
  digests: Digest[];
  /** Owners named in the data but not in people:, with how many notices each had. */
  unknownOwners: { owner: string; notices: number }[];
  /** Members without an address for an e-mail, whose notices went to the fallback instead. */
  withoutAddress: { name: string; notices: number }[];
  /** Members Slack or Teams cannot mention (no slack id; no e-mail address for Teams): their notices go to the channel with their name, and nobody is pinged. */
  unmentioned: { name: string; notices: number }[];
  /** Notices nobody can receive (e-mail without a fallback address): they stay unsent. */
  undeliverable: number;
  /** Notices left out because the state says they were sent. */
  alreadySent: number;
  /** The contract lists nobody (no people.members): every owner is unknown, said once. */
  noMembers: boolean;
}

/** Most pressing first: breaches, then overdue, then least time left, then the earliest due. */
export function byUrgency(a: Routed, b: Routed): number {
  return (
    Number(b.kind === 'breach') - Number(a.kind === 'breach') ||
    Number(b.overdue) - Number(a.overdue) ||
    a.minutesLeft - b.minutesLeft ||
    Date.parse(a.dueAt) - Date.parse(b.dueAt) ||
    a.leadId.localeCompare(b.leadId) ||
    a.ruleId.localeCompare(b.ruleId)
  );
}

export function route(notices: readonly Notice[], directory: Directory, channel: Channel, sent: SentLog): Routing {
  const digests = new Map<string, Digest & { seen: Set<string> }>();
  const unknown = new Map<string, number>();
  const noAddress = new Map<string, number>();
  const noMention = new Map<string, number>();
  let undeliverable = 0;
  let alreadySent = 0;
  const reachable = (r: Recipient) => channel !== 'email' || r.email !== undefined;
  const mentionable = (r: Recipient) => (channel === 'slack' ? r.slack !== undefined : channel === 'teams' ? r.email !== undefined : true);

  const deliver = (notice: Notice, to: Recipient, as: Role) => {
    if (!reachable(to)) {
      if (to === directory.fallback) {
        undeliverable++;
        return;
      }
      noAddress.set(to.name, (noAddress.get(to.name) ?? 0) + 1);
      return deliver(notice, directory.fallback, 'fallback');
    }
    const item: Routed = { ...notice, as };
    if (sent.has(channel, item, to)) {
      alreadySent++;
      return;
    }
    const digest = digests.get(to.key) ?? { recipient: to, items: [], seen: new Set<string>() };
    digests.set(to.key, digest);
    // A recipient reached twice for one notice (as owner and as someone's manager, or as the fallback) hears of it once.
    const key = JSON.stringify([item.leadId, item.ruleId, item.kind]);
    if (digest.seen.has(key)) return;
    digest.seen.add(key);
    digest.items.push(item);
    if (to !== directory.fallback && !mentionable(to)) noMention.set(to.name, (noMention.get(to.name) ?? 0) + 1);
  };

  for (const notice of notices) {
    const owner = notice.owner === null || notice.owner.trim() === '' ? undefined : notice.owner;
    const member = owner === undefined ? undefined : directory.find(owner);
    if (owner !== undefined && member === undefined) unknown.set(owner, (unknown.get(owner) ?? 0) + 1);
    if (member === undefined) {
      deliver(notice, directory.fallback, 'fallback');
      continue;
    }
    deliver(notice, member, 'owner');
    const manager = notice.kind === 'breach' ? directory.managerOf(member) : undefined;
    if (manager !== undefined) deliver(notice, manager, 'manager');
  }

  const list = [...digests.values()]
    .map((d): Digest => ({ recipient: d.recipient, items: d.items.sort(byUrgency) }))
    .sort((a, b) => Number(a.recipient.key === FALLBACK_KEY) - Number(b.recipient.key === FALLBACK_KEY) || a.recipient.name.localeCompare(b.recipient.name));
  const counted = (m: Map<string, number>) => [...m].sort((a, b) => a[0].localeCompare(b[0])).map(([name, notices]) => ({ name, notices }));
  return {
    digests: list,
    unknownOwners: counted(unknown).map(({ name, notices }) => ({ owner: name, notices })),
    withoutAddress: counted(noAddress),
    unmentioned: counted(noMention),
    undeliverable,
    alreadySent,
    noMembers: directory.members === 0,
  };
}
