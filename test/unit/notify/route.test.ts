/**
 * Routing keys: a member and the fallback are told apart however the member is named. A
 * member literally named "fallback" shared the fallback's key: one digest held both the
 * member's leads and the unowned ones (sent to whichever came first, with the "nobody owns
 * these" note), and a notice sent to the fallback was taken as sent to the member.
 */
import { describe, expect, it } from 'vitest';
import { directoryOf } from '../../../src/notify/people.js';
import { route } from '../../../src/notify/route.js';
import { emptyState, SentLog } from '../../../src/notify/state.js';
import type { Notice } from '../../../src/notify/types.js';

const notice = (leadId: string, owner: string | null): Notice => ({
  leadId,
  ruleId: 'first-touch',
  kind: 'breach',
  owner,
  dueAt: '2026-10-05T10:00:00+02:00',
  minutesLeft: 0,
  clock: 'business',
  overdue: false,
});

const directory = () =>
  directoryOf({
    people: {
      fallback: { name: 'Sales desk', slack: 'here' },
      members: [
        { name: 'fallback', slack: 'U0FALLBACK' },
        { name: 'member:fallback', slack: 'U0PREFIX' },
        { name: 'Laia Ferrer', slack: 'U0LAIA' },
      ],
    },
  });

describe('a member named like a reserved route', () => {
  it('gets its own digest, apart from the fallback’s and from a member named like its key', () => {
    const notices = [notice('L1', 'fallback'), notice('L2', null), notice('L3', 'member:fallback'), notice('L4', 'Laia Ferrer')];
    const { digests } = route(notices, directory(), 'slack', new SentLog(emptyState('c', '2026-10-01T00:00:00+02:00')));
    const who = digests.map((d) => [d.recipient.name, d.recipient.slack, d.items.map((i) => `${i.leadId} as ${i.as}`)]);
    expect(who).toEqual([
      ['fallback', 'U0FALLBACK', ['L1 as owner']],
      ['Laia Ferrer', 'U0LAIA', ['L4 as owner']],
      ['member:fallback', 'U0PREFIX', ['L3 as owner']],
      ['Sales desk', 'here', ['L2 as fallback']],
    ]);
    expect(new Set(digests.map((d) => d.recipient.key)).size).toBe(4);
  });

  it('a notice sent to the fallback is not taken as sent to the member named "fallback"', () => {
    const dir = directory();
    const log = new SentLog(emptyState('c', '2026-10-01T00:00:00+02:00'));
    log.mark('slack', { ...notice('L1', null), as: 'fallback' }, dir.fallback, '2026-10-05T11:00:00+02:00');
    const { digests, alreadySent } = route([notice('L1', 'fallback')], dir, 'slack', log);
    expect(alreadySent).toBe(0);
    expect(digests.map((d) => d.recipient.slack)).toEqual(['U0FALLBACK']);
  });
});

// Two CRM owners who share a name are named "Name <address>" (src/leads/crm/hubspot/source.ts, ownerNames).
describe('an owner named "Name <address>"', () => {
  const people = directoryOf({
    people: {
      fallback: { name: 'Sales desk', slack: 'here' },
      members: [{ name: 'Carlos García', slack: 'U0CARLOS', email: 'carlos.garcia@planfold.example' }],
    },
  });

  it('is the member with that e-mail address, compared without regard to case', () => {
    expect(people.find('Carlos García <Carlos.Garcia@planfold.example>')?.slack).toBe('U0CARLOS');
  });

  it('with another address is nobody listed, not the member of the same name: their leads go to the fallback', () => {
    expect(people.find('Carlos García <cgarcia@planfold.example>')).toBeUndefined();
    expect(people.find('Carlos García (owner 70002)')).toBeUndefined();
    expect(people.find('Carlos García')?.slack).toBe('U0CARLOS');
  });
});
