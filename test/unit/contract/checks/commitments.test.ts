import { describe, expect, it } from 'vitest';
import { commitments } from '../../../../src/contract/checks/commitments.js';
import { durations } from '../../../../src/contract/checks/durations.js';
import { expectQuietOnValidContracts, minimalWith, shaped, where } from '../../../helpers/contracts.js';

describe('check: commitments', () => {
  it('stays quiet on the valid contracts', () => {
    expectQuietOnValidContracts(commitments);
  });

  it('reports a revenue commitment when no stage is of kind customer', () => {
    // The minimal contract's lifecycle is lead → mql: nowhere to count a won deal.
    const text = minimalWith('commitments:\n  - { id: revenue, owner: sales, kind: revenue, goal: 1000 }');
    expect(where(commitments.run(shaped(text)))).toEqual([['unresolved-reference', '/commitments/0/kind']]);
    const withCustomer = text.replace('  - { id: mql, owner: marketing }', '  - { id: mql, owner: marketing }\n  - { id: won, kind: customer, owner: sales }');
    expect(withCustomer).not.toBe(text);
    expect(commitments.run(shaped(withCustomer))).toEqual([]);
  });

  it('reports a pipeline commitment with no stage when there is no opportunity or sql stage', () => {
    // lead → mql only: no opportunity or sql stage.
    const text = minimalWith('commitments:\n  - { id: pipe, owner: marketing, kind: pipeline, goal: 1000 }');
    const findings = commitments.run(shaped(text));
    expect(where(findings)).toEqual([['unresolved-reference', '/commitments/0']]);
    expect(commitments.run(shaped(text.replace('kind: pipeline, goal', 'kind: pipeline, stage: mql, goal')))).toEqual([]);
  });
});

describe('check: durations outside SLAs', () => {
  it('refuses business units where nothing runs a business clock', () => {
    const text = minimalWith(`reporting:
  meetings:
    - { id: weekly, name: Weekly, cadence: weekly, duration: 1bh }
    - { id: offsite, name: Offsite, cadence: quarterly, duration: 2d }`);
    expect(where(durations.run(shaped(text)))).toEqual([
      ['invalid-duration', '/reporting/meetings/0/duration'],
      ['invalid-duration', '/reporting/meetings/1/duration'],
    ]);
  });

  it('asks for business days instead of days on a business clock', () => {
    const text = minimalWith(`slas:
  - { id: touch, owner: sales, start: mql, stop: first-touch, clock: business, goal: 3d, target: 90% }
calendars:
  - { id: office, timezone: Europe/Madrid, hours: { weekdays: ["09:00-17:00"] } }`);
    const findings = durations.run(shaped(text));
    expect(findings.map((f) => f.code)).toContain('invalid-duration');
    expect(findings.find((f) => f.code === 'invalid-duration')?.suggest).toContain('3bd');
  });
});
