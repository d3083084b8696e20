import { describe, expect, it } from 'vitest';
import { uniqueIds } from '../../../../src/contract/checks/unique-ids.js';
import { expectQuietOnValidContracts, minimalWith, shaped, where } from '../../../helpers/contracts.js';

describe('check: unique-ids', () => {
  it('stays quiet on the valid contracts', () => {
    expectQuietOnValidContracts(uniqueIds);
  });

  it("stays quiet when sections reuse each other's ids (ids are unique per section)", () => {
    const contract = shaped(
      minimalWith(`
personas: [{ id: mql, name: Same id as a stage }]
slas: [{ id: mql, owner: sales, start: mql, stop: first-touch, clock: calendar, goal: 1h, target: 90% }]
`),
    );
    expect(uniqueIds.run(contract)).toEqual([]);
  });

  it('reports a repeated id in every section, at the later one', () => {
    const contract = shaped(
      minimalWith(`
personas: [{ id: p, name: P }, { id: p, name: P2 }]
qualification:
  scoring:
    rules:
      - { id: r, category: fit, when: { field: a, op: exists }, points: 1 }
      - { id: r, category: fit, when: { field: b, op: exists }, points: 1 }
  thresholds: [{ id: t, stage: mql, score: 1 }, { id: t, stage: mql, score: 2 }]
commitments:
  - { id: c, owner: marketing, kind: volume, stage: mql, goal: 1 }
  - { id: c, owner: sales, kind: revenue, goal: 1 }
slas:
  - { id: s, owner: sales, start: mql, stop: first-touch, clock: calendar, goal: 1h, target: 90% }
  - { id: s, owner: sales, start: mql, stop: feedback, clock: calendar, goal: 1h, target: 90% }
recycling:
  reasons: [{ id: x, label: X, destination: nurture }, { id: x, label: Y, destination: disqualified }]
calendars:
  - { id: k, timezone: UTC, hours: { weekdays: ["09:00-17:00"] } }
  - { id: k, timezone: UTC, hours: { weekdays: ["10:00-18:00"] } }
reporting:
  metrics: [{ id: m, name: M, definition: D }, { id: m, name: M2, definition: D2 }]
  meetings: [{ id: w, name: W, cadence: weekly }, { id: w, name: W2, cadence: monthly }]
scorecard:
  scale: [{ grade: A }, { grade: B }, { grade: A }]
  needs:
    marketing: [{ id: n, need: One }]
    sales: [{ id: n, need: Two }]
`).replace('- { id: mql, owner: marketing }', '- { id: mql, owner: marketing }\n  - { id: lead, kind: sal, owner: sales }'),
    );
    const findings = uniqueIds.run(contract);
    expect(where(findings)).toEqual([
      ['duplicate-id', '/personas/1/id'],
      ['duplicate-id', '/stages/2/id'],
      ['duplicate-id', '/qualification/scoring/rules/1/id'],
      ['duplicate-id', '/qualification/thresholds/1/id'],
      ['duplicate-id', '/commitments/1/id'],
      ['duplicate-id', '/slas/1/id'],
      ['duplicate-id', '/recycling/reasons/1/id'],
      ['duplicate-id', '/calendars/1/id'],
      ['duplicate-id', '/reporting/metrics/1/id'],
      ['duplicate-id', '/reporting/meetings/1/id'],
      ['duplicate-id', '/scorecard/needs/sales/0/id'],
      ['duplicate-id', '/scorecard/scale/2/grade'],
    ]);
    expect(findings[0]).toMatchObject({ message: 'persona id "p" is already used by personas[0].id', suggest: 'give this persona another id' });
    expect(findings[10]?.message).toBe('scorecard need id "n" is already used by scorecard.needs.marketing[0].id');
  });
});
