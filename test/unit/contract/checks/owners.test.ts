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

describe('check: owners, with delegates', () => {
  const withApprovers = (approvers: string) => shaped(MINIMAL_YAML.replace('  owners:\n', `  approvers:\n${approvers}  owners:\n`));

  it('stays quiet on a delegate for each side, and on two delegates for one side', () => {
    expect(owners.run(withApprovers('    - { github: mkt-deputy, for: marketing }\n    - { github: sales-deputy, for: sales }\n'))).toEqual([]);
    expect(owners.run(withApprovers('    - { github: deputy-a, for: sales }\n    - { github: deputy-b, for: sales }\n'))).toEqual([]);
    // The owner named again as a delegate of their own side changes nothing.
    expect(owners.run(withApprovers('    - { github: "@MKT-LEAD", for: marketing }\n'))).toEqual([]);
  });

  // Before: valid, and the Action counted the one login's approval for marketing and for sales.
  it.each([
    ['the marketing owner as a delegate for sales', '    - { github: MKT-lead, for: sales }\n', 0, /as the marketing owner and as a delegate for sales/],
    [
      'the sales owner as a delegate for marketing',
      '    - { github: "@sales-lead", for: marketing }\n',
      0,
      /as the sales owner and as a delegate for marketing/,
    ],
    [
      'one delegate for both sides',
      '    - { github: deputy, for: marketing }\n    - { github: Deputy, for: sales }\n',
      1,
      /as a delegate for marketing and as a delegate for sales/,
    ],
  ])('reports %s, at the delegate', (_name, approvers, index, message) => {
    const findings = owners.run(withApprovers(approvers));
    expect(where(findings)).toEqual([['owners-not-distinct', `/metadata/approvers/${index}/github`]]);
    expect(findings[0]?.message).toMatch(message);
  });
});

describe('check: owners, a team as a delegate', () => {
  const withApprovers = (approvers: string) => shaped(MINIMAL_YAML.replace('  owners:\n', `  approvers:\n${approvers}  owners:\n`));

  // Before: valid, and the Action matched reviews against the delegate's login only, so no member of the team ever counted.
  it('refuses a team among the delegates, at its login, pointing at a team owner instead', () => {
    const findings = owners.run(withApprovers('    - { github: mkt-deputy, for: marketing }\n    - { github: "@acme/deputies", for: sales }\n'));
    expect(where(findings)).toEqual([['team-delegate', '/metadata/approvers/1/github']]);
    expect(findings[0]?.message).toMatch(/^"@acme\/deputies" is a team; a delegate is one person/);
    expect(findings[0]?.suggest).toMatch(/make the team the sales owner \(owners\.sales\.github\)/);
  });
});
