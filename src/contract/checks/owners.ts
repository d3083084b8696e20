import type { Finding } from '../diagnostics.js';
import type { RevpactContract } from '../types.generated.js';
import type { Check } from './types.js';

const login = (github: string) => github.replace(/^@/, '').toLowerCase();

/** The agreement binds two sides: their owners must be different people (GitHub compares logins case-insensitively). */
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
    }
    return findings;
  },
};
