import type { Finding } from '../diagnostics.js';
import type { RevpactContract } from '../types.generated.js';
import type { Check } from './types.js';

const login = (github: string) => github.replace(/^@/, '').toLowerCase();

type Side = 'marketing' | 'sales';

/**
 * The agreement binds two sides, and a change needs one approval from each: the owners must
 * be different people (GitHub compares logins case-insensitively), and no one may approve
 * for both sides, as an owner and a delegate of the other side (metadata.approvers) or a
 * delegate of both. Such a login's one approval satisfied both sides of the Action's gate.
 */
export const owners: Check = {
  id: 'owners',
  run(c: RevpactContract) {
    const findings: Finding[] = [];
    const { marketing, sales } = c.metadata.owners;
    if (login(marketing.github) === login(sales.github)) {
      findings.push({
        code: 'owners-not-distinct',
        pointer: '/metadata/owners/sales/github',
        message: `marketing and sales are both owned by "${sales.github}"; each change needs one approval from each side`,
        suggest: 'name the sales lead here, and the marketing lead under owners.marketing',
      });
      return findings;
    }
    // Each login's first role, for each side: "the marketing owner", "a delegate for sales (approvers[2])".
    const roles = new Map<string, Partial<Record<Side, string>>>();
    const add = (github: string, side: Side, role: string) => {
      const known = roles.get(login(github)) ?? {};
      known[side] ??= role;
      roles.set(login(github), known);
      return known;
    };
    add(marketing.github, 'marketing', 'the marketing owner');
    add(sales.github, 'sales', 'the sales owner');
    (c.metadata.approvers ?? []).forEach((a, i) => {
      // The gate counts a delegate's own review: a team there never approved, and nothing said so.
      if (login(a.github).includes('/')) {
        findings.push({
          code: 'team-delegate',
          pointer: `/metadata/approvers/${i}/github`,
          message: `"${a.github}" is a team; a delegate is one person, whose own review counts for ${a.for}, so no member of the team could ever approve`,
          suggest: `name each person who may approve for ${a.for} as a delegate of their own, or make the team the ${a.for} owner (owners.${a.for}.github), whose members all may approve`,
        });
        return;
      }
      const other: Side = a.for === 'marketing' ? 'sales' : 'marketing';
      const before = roles.get(login(a.github))?.[other];
      add(a.github, a.for, `a delegate for ${a.for}`);
      if (before === undefined) return;
      findings.push({
        code: 'owners-not-distinct',
        pointer: `/metadata/approvers/${i}/github`,
        message: `"${a.github}" would approve for both sides, as ${before} and as a delegate for ${a.for}; each change needs one approval from each side, and this one would count twice`,
        suggest: `name someone of the ${a.for} side here, or remove this delegate`,
      });
    });
    return findings;
  },
};
