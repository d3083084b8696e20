/**
 * HubSpot owner ids → names. Two people with one name were one owner in every breakdown,
 * in due, and in notify (one member got both people's leads); each is named with their
 * e-mail address (or owner id) instead, and that is said once.
 */
import { describe, expect, it } from 'vitest';
import { ownerNames, sharedNameWarning, unknownOwnerWarning } from '../../../src/leads/crm/hubspot/source.js';

describe('HubSpot owner names', () => {
  it('names each of two people who share a name with their e-mail address, or the owner id without one', () => {
    const { names, shared } = ownerNames([
      { id: '70001', firstName: 'Carlos', lastName: 'García', email: 'carlos.garcia@planfold.example' },
      { id: '70002', firstName: 'carlos ', lastName: 'garcía', email: 'cgarcia@planfold.example' },
      { id: '70003', firstName: 'Carlos', lastName: 'García' },
      { id: '70004', firstName: 'Ana', lastName: 'Souza', email: 'ana@planfold.example' },
    ]);
    expect(Object.fromEntries(names)).toEqual({
      '70001': 'Carlos García <carlos.garcia@planfold.example>',
      '70002': 'carlos  garcía <cgarcia@planfold.example>',
      '70003': 'Carlos García (owner 70003)',
      '70004': 'Ana Souza',
    });
    expect(shared).toHaveLength(1);
    expect(sharedNameWarning(shared[0] as (typeof shared)[number])).toBe(
      'hubspot: 3 owners are named "Carlos García" (owner ids 70001, 70002, 70003): to keep their leads apart, each is named "Carlos García <their e-mail address>" ' +
        'in the report, due and notify ("Carlos García (owner <id>)" when the CRM has no address for them); ' +
        "in people:, give each member their e-mail address (email:) so notify routes each one's leads, or rename one in HubSpot (Settings → Users & Teams)",
    );
  });

  it('keeps one name for one person with two owner records (deactivated, then invited again): same address', () => {
    const { names, shared } = ownerNames([
      { id: '70001', firstName: 'Carlos', lastName: 'García', email: 'carlos.garcia@planfold.example' },
      { id: '70009', firstName: 'Carlos', lastName: 'García', email: 'Carlos.Garcia@planfold.example' },
    ]);
    expect([...names.values()]).toEqual(['Carlos García', 'Carlos García']);
    expect(shared).toEqual([]);
  });

  it('says owner ids the owners list does not have once, with how many contacts and the first ids', () => {
    const ids = new Map(['1', '2', '3', '4', '5', '6'].map((id) => [`7009${id}`, id === '1' ? 3 : 1]));
    expect(unknownOwnerWarning(ids)).toBe(
      "hubspot: 8 contacts have owners that HubSpot's owners list (GET /crm/v3/owners, active and deactivated) does not have: owner ids 70091, 70092, 70093, 70094, 70095, and 1 more, " +
        'shown as the id in the report, due and notify; the user was removed from the portal (Settings → Users & Teams) or the id was written by an integration: assign those contacts to a current owner in HubSpot',
    );
  });
});
