import { describe, expect, it } from 'vitest';
import { owners } from '../../../../src/contract/checks/owners.js';
import { MINIMAL_YAML, expectQuietOnValidContracts, shaped, where } from '../../../helpers/contracts.js';

const withOwners = (marketing: string, sales: string) =>
  shaped(MINIMAL_YAML.replace('github: mkt-lead', `github: ${marketing}`).replace('github: sales-lead', `github: ${sales}`));

describe('check: owners', () => {
  it('stays quiet on the valid contracts', () => {
    expectQuietOnValidContracts(owners);
  });

  it('stays quiet on two different logins or teams', () => {
    expect(owners.run(withOwners('laiapuig', '"@acme/sales-leads"'))).toEqual([]);
    expect(owners.run(withOwners('"@acme/marketing"', '"@acme/sales"'))).toEqual([]);
  });

  it.each([
    ['jvidal', 'jvidal'],
    ['jvidal', 'JVidal'],
    ['jvidal', '"@jvidal"'],
    ['"@acme/leads"', 'acme/LEADS'],
  ])('reports %s and %s as the same owner, at the sales login', (marketing, sales) => {
    const findings = owners.run(withOwners(marketing, sales));
    expect(where(findings)).toEqual([['owners-not-distinct', '/metadata/owners/sales/github']]);
    expect(findings[0]?.message).toMatch(/each change needs one approval from each side$/);
  });
});
