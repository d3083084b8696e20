import { describe, expect, it } from 'vitest';
import { uniqueNames } from '../../../../src/contract/checks/unique-names.js';
import { checkContract } from '../../../../src/contract/index.js';
import { expectQuietOnValidContracts, minimalWith, shaped, where } from '../../../helpers/contracts.js';

const SLAS = `slas:
  - { id: first-touch, name: First touch, owner: sales, start: mql, stop: first-touch, goal: 1h, target: 90% }
  - { id: first-touch-ads, name: "first  Touch ", owner: sales, start: mql, stop: first-touch, goal: 2h, target: 90% }
  - { id: unnamed, owner: sales, start: mql, stop: first-touch, goal: 3h, target: 90% }
  - { id: other, name: Accept or reject, owner: sales, start: mql, stop: first-touch, goal: 4h, target: 90% }`;

describe('check: unique-names', () => {
  it('stays quiet on the valid contracts', () => {
    expectQuietOnValidContracts(uniqueNames);
  });

  it('warns of two SLAs with one name, compared without regard to case and spaces, at the second', () => {
    expect(uniqueNames.run(shaped(minimalWith(SLAS)))).toEqual([
      {
        code: 'duplicate-name',
        pointer: '/slas/1/name',
        message:
          'SLA "first-touch-ads" is named "first  Touch ", as SLA "first-touch" is (slas[0].name): documents and reports that show the name cannot tell the two apart',
        suggest: 'give each SLA a name of its own',
      },
    ]);
  });

  it('looks at every section whose items are shown by name, each section on its own', () => {
    const text = minimalWith(`
personas:
  - { id: a, name: Buyer }
  - { id: b, name: Buyer }
calendars:
  - { id: one, name: Office, timezone: Europe/Madrid, hours: { weekdays: ["09:00-18:00"] } }
  - { id: two, name: Office, timezone: Europe/Lisbon, hours: { weekdays: ["09:00-18:00"] } }
reporting:
  metrics:
    - { id: m1, name: Office, definition: One. }
    - { id: m2, name: MQLs, definition: Two. }
    - { id: m3, name: MQLs, definition: Three. }
  meetings:
    - { id: w1, name: Weekly review, cadence: weekly, day: mon }
    - { id: w2, name: Weekly review, cadence: weekly, day: thu }`);
    // The metric named like a calendar is no repeat: they are never listed together.
    expect(where(uniqueNames.run(shaped(text)))).toEqual([
      ['duplicate-name', '/personas/1/name'],
      ['duplicate-name', '/calendars/1/name'],
      ['duplicate-name', '/reporting/metrics/2/name'],
      ['duplicate-name', '/reporting/meetings/1/name'],
    ]);
  });

  it('compares stage names too', () => {
    const text = minimalWith('').replace(
      '  - { id: lead, owner: marketing }\n  - { id: mql, owner: marketing }',
      '  - { id: lead, name: New, owner: marketing }\n  - { id: mql, name: new, owner: marketing }',
    );
    expect(where(uniqueNames.run(shaped(text)))).toEqual([['duplicate-name', '/stages/1/name']]);
  });

  it('is a warning at the second name: the contract stays valid', () => {
    const text = minimalWith(SLAS);
    const result = checkContract('c.yaml', text);
    expect(result.ok).toBe(true);
    const line = text.split('\n').findIndex((l) => l.includes('first-touch-ads')) + 1;
    expect(result.diagnostics.map((d) => [d.severity, d.code, d.line])).toEqual([['warning', 'duplicate-name', line]]);
  });
});
