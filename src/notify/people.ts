/**
 * The contract's `people:` as a directory: who owns a lead (by the name the CRM gives, or
 * by e-mail address when the CRM names owners that way), who their manager is, and the
 * fallback for leads nobody in it owns.
 */
import { personKey } from '../contract/checks/people.js';
import type { RevpactContract } from '../contract/types.generated.js';
import type { Recipient } from './types.js';

export interface Directory {
  /** The member an owner names, if any. */
  find(owner: string): Recipient | undefined;
  /** The manager of a member, if the contract names one. */
  managerOf(member: Recipient): Recipient | undefined;
  fallback: Recipient;
  /** How many people the contract lists (people.members): none means every notice goes to the fallback. */
  members: number;
}

/** The fallback route's key (in digests and the state file's `to`). */
export const FALLBACK_KEY = 'fallback';

/** Before a member's name when it would read as a reserved key: the fallback's, or one this prefix makes. */
const MEMBER_PREFIX = 'member:';

/**
 * A member's key: the name, as state files have always recorded it, except a name that is
 * the fallback's key or starts with the prefix, which gets the prefix. So no member shares
 * the fallback's key (a member named "fallback" had its notices merged with the unowned
 * leads', sent to one of the two, and each counted as sent to the other), and no two
 * members share one.
 */
export function memberKey(name: string): string {
  return name === FALLBACK_KEY || name.startsWith(MEMBER_PREFIX) ? MEMBER_PREFIX + name : name;
}

/**
 * An owner named "Name <address>" (how revpact names each of two CRM owners who share a
 * name, and how some exports write owners): the member with that e-mail address. Not by
 * the name alone: two owners share it, and one member would get both people's leads.
 */
function byAddress(owner: string, byKey: Map<string, Recipient>): Recipient | undefined {
  const m = /<([^<>\s]+@[^<>\s]+)>\s*$/.exec(owner);
  return m ? byKey.get(personKey(m[1] as string)) : undefined;
}

export function directoryOf(contract: Pick<RevpactContract, 'people'>, fallbackName = 'Unassigned leads'): Directory {
  const members = contract.people?.members ?? [];
  const byKey = new Map<string, Recipient>();
  const managers = new Map<string, string>();
  for (const m of members) {
    const r: Recipient = { key: memberKey(m.name), name: m.name, slack: m.slack, email: m.email };
    // The checks refuse duplicates; the first entry wins if an unchecked contract has one.
    if (!byKey.has(personKey(m.name))) byKey.set(personKey(m.name), r);
    if (m.email !== undefined && !byKey.has(personKey(m.email))) byKey.set(personKey(m.email), r);
    if (m.manager !== undefined) managers.set(r.key, m.manager);
  }
  const fb = contract.people?.fallback;
  return {
    find: (owner) => byKey.get(personKey(owner)) ?? byAddress(owner, byKey),
    managerOf(member) {
      const manager = managers.get(member.key);
      const found = manager === undefined ? undefined : byKey.get(personKey(manager));
      return found === member ? undefined : found;
    },
    fallback: { key: FALLBACK_KEY, name: fb?.name ?? fallbackName, slack: fb?.slack, email: fb?.email },
    members: members.length,
  };
}
