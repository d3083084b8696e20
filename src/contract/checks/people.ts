import { pointerOf, type Finding } from '../diagnostics.js';
import { didYouMean } from '../suggest.js';
import type { RevpactContract } from '../types.generated.js';
import type { Check } from './types.js';

/** How notify compares a name from the CRM with a member's name: case and runs of spaces do not matter. */
export function personKey(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * `people:` (issue 16): names are unique (as notify compares them) and so are e-mail
 * addresses, every manager is a member, and following managers upwards ends: a cycle
 * would escalate a breach round and round.
 */
export const people: Check = {
  id: 'people',
  run(c: RevpactContract) {
    const findings: Finding[] = [];
    const members = c.people?.members ?? [];
    const byName = new Map<string, number>();
    const byEmail = new Map<string, number>();
    members.forEach((m, i) => {
      const key = personKey(m.name);
      const first = byName.get(key);
      if (first !== undefined)
        findings.push({
          code: 'duplicate-person',
          pointer: pointerOf(['people', 'members', i, 'name']),
          message: `"${m.name}" is already people.members[${first}] ("${members[first]?.name ?? ''}"); notify could not tell which one owns a lead`,
          suggest: 'keep one entry per person (names compare without regard to case and spaces)',
        });
      else byName.set(key, i);
      if (m.email === undefined) return;
      const mail = m.email.toLowerCase();
      const firstMail = byEmail.get(mail);
      if (firstMail !== undefined)
        findings.push({
          code: 'duplicate-person',
          pointer: pointerOf(['people', 'members', i, 'email']),
          message: `this e-mail address is already people.members[${firstMail}]'s`,
          suggest: 'give each person their own address, or merge the two entries',
        });
      else byEmail.set(mail, i);
    });

    // notify finds a lead's owner among names and addresses together (notify/people.ts): a
    // name that is another member's address would send that owner's leads to whoever is first.
    members.forEach((m, i) => {
      const other = byEmail.get(personKey(m.name));
      if (other === undefined || other === i) return;
      findings.push({
        code: 'duplicate-person',
        pointer: pointerOf(['people', 'members', i, 'name']),
        message: `"${m.name}" is the e-mail address of people.members[${other}] ("${members[other]?.name ?? ''}"); notify could not tell which one owns a lead the CRM gives to "${m.name}"`,
        suggest: 'name each person as the CRM names the lead owner, and give addresses in email',
      });
    });

    const names = members.map((m) => m.name);
    members.forEach((m, i) => {
      if (m.manager === undefined) return;
      if (byName.has(personKey(m.manager))) return;
      const guess = didYouMean(m.manager, names);
      findings.push({
        code: 'unresolved-reference',
        pointer: pointerOf(['people', 'members', i, 'manager']),
        message: `no member of people is named "${m.manager}"` + (guess ? `; did you mean "${guess}"?` : ''),
        suggest: guess ? undefined : 'add the manager to people.members (a name, and a slack id or an e-mail address), or remove manager',
      });
    });

    // Follow the managers from each member; a walk that comes back to a member already on it is a cycle (reported once, at its first member).
    const managerOf = (i: number) => {
      const manager = members[i]?.manager;
      return manager === undefined ? undefined : byName.get(personKey(manager));
    };
    const reported = new Set<number>();
    members.forEach((_, start) => {
      const path: number[] = [];
      let at: number | undefined = start;
      while (at !== undefined && !path.includes(at)) {
        path.push(at);
        at = managerOf(at);
      }
      if (at === undefined) return;
      const cycle = path.slice(path.indexOf(at));
      if (cycle.some((i) => reported.has(i))) return;
      cycle.forEach((i) => reported.add(i));
      const first = Math.min(...cycle);
      const order = [...cycle.slice(cycle.indexOf(first)), ...cycle.slice(0, cycle.indexOf(first)), first].map((i) => members[i]?.name ?? '');
      findings.push({
        code: 'manager-cycle',
        pointer: pointerOf(['people', 'members', first, 'manager']),
        message: `managers go round in a circle: ${order.join(' → ')}`,
        suggest: 'the person at the top of the chain has no manager: remove one of these manager entries',
      });
    });
    return findings;
  },
};
