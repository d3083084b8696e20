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

export function directoryOf(contract: Pick<RevpactContract, 'people'>, fallbackName = 'Unassigned leads'): Directory {
  const members = contract.people?.members ?? [];
  const byKey = new Map<string, Recipient>();
  const managers = new Map<string, string>();
  for (const m of members) {
    const r: Recipient = { key: m.name, name: m.name, slack: m.slack, email: m.email };
    // The checks refuse duplicates; the first entry wins if an unchecked contract has one.
    if (!byKey.has(personKey(m.name))) byKey.set(personKey(m.name), r);
    if (m.email !== undefined && !byKey.has(personKey(m.email))) byKey.set(personKey(m.email), r);
    if (m.manager !== undefined) managers.set(m.name, m.manager);
  }
  const fb = contract.people?.fallback;
  return {
    find: (owner) => byKey.get(personKey(owner)),
    managerOf(member) {
      const manager = managers.get(member.key);
      const found = manager === undefined ? undefined : byKey.get(personKey(manager));
      return found === member ? undefined : found;
    },
    fallback: { key: 'fallback', name: fb?.name ?? fallbackName, slack: fb?.slack, email: fb?.email },
    members: members.length,
  };
}
