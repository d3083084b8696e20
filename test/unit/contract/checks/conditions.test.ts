import { describe, expect, it } from 'vitest';
import { conditions } from '../../../../src/contract/checks/conditions.js';
import { conditionsOf } from '../../../../src/contract/checks/walk.js';
import { expectQuietOnValidContracts, minimalWith, shaped, where } from '../../../helpers/contracts.js';

/** A contract whose qualification.fit is `condition` (YAML flow text). */
const fit = (condition: string) => shaped(minimalWith(`qualification:\n  fit: ${condition}`));

describe('check: conditions', () => {
  it('stays quiet on the valid contracts', () => {
    expectQuietOnValidContracts(conditions);
  });

  it('stays quiet on well-formed comparisons and combinations', () => {
    for (const ok of [
      '{ field: country, op: eq, value: ES }',
      '{ field: country, op: in, value: [ES, PT] }',
      '{ field: country, op: not-in, value: [US] }',
      '{ field: email, op: exists }',
      '{ field: email, op: missing }',
      '{ field: employees, op: gte, value: 50 }',
      '{ field: createdAt, op: lt, value: 2026-01-01 }',
      '{ field: optIn, op: ne, value: false }',
      '{ all: [{ field: a, op: exists }, { any: [{ field: b, op: exists }] }] }',
      '{ not: { field: a, op: exists } }',
    ]) {
      expect(conditions.run(fit(ok)), ok).toEqual([]);
    }
  });

  it.each([
    ['{ all: [{ field: a, op: exists }], any: [{ field: b, op: exists }] }', 'a condition mixes all and any'],
    ['{ all: [{ field: a, op: exists }], field: b, op: exists }', 'a condition mixes all and field/op/value'],
    ['{}', 'the condition is empty'],
    ['{ op: eq, value: 1 }', 'the comparison has no field'],
    ['{ field: country, value: ES }', 'the comparison on "country" has no op'],
    ['{ field: email, op: exists, value: true }', '"exists" takes no value'],
    ['{ field: email, op: missing, value: true }', '"missing" takes no value'],
    ['{ field: country, op: eq }', '"eq" needs a value'],
    ['{ field: country, op: in, value: ES }', '"in" compares with a list'],
    ['{ field: country, op: not-in, value: ES }', '"not-in" compares with a list'],
    ['{ field: country, op: eq, value: [ES, PT] }', '"eq" compares with one value, not a list'],
    ['{ field: employees, op: gt, value: true }', '"gt" compares with a number or a date'],
  ])('reports %s: %s', (condition, message) => {
    const findings = conditions.run(fit(condition));
    expect(where(findings)).toEqual([['invalid-condition', '/qualification/fit']]);
    expect(findings[0]?.message).toBe(message);
    expect(findings[0]?.suggest).toBeTruthy();
  });

  it('reports nested conditions at their own pointer', () => {
    const findings = conditions.run(fit('{ all: [{ field: a, op: exists }, { not: { field: b, op: in, value: x } }] }'));
    expect(where(findings)).toEqual([['invalid-condition', '/qualification/fit/all/1/not']]);
  });

  it('walks every place a condition can stand', () => {
    const bad = '{ field: x, op: eq }';
    const contract = shaped(
      minimalWith(`
personas:
  - { id: p, name: P, criteria: ${bad} }
qualification:
  fit: ${bad}
  engagement: ${bad}
  scoring:
    rules:
      - { id: r, category: fit, when: ${bad}, points: 1 }
commitments:
  - { id: c, owner: marketing, kind: volume, stage: mql, goal: 1, when: ${bad} }
slas:
  - { id: s, owner: sales, start: mql, stop: first-touch, clock: calendar, goal: 1h, target: 90%, when: ${bad} }
handoff:
  stage: mql
  requiredFields: [{ field: email }]
  routing: { method: territory, rules: [{ when: ${bad}, to: Iberia }] }
`),
    );
    const pointers = [
      '/personas/0/criteria',
      '/qualification/fit',
      '/qualification/engagement',
      '/qualification/scoring/rules/0/when',
      '/commitments/0/when',
      '/slas/0/when',
      '/handoff/routing/rules/0/when',
    ];
    expect([...conditionsOf(contract)].map((c) => c.pointer)).toEqual(pointers);
    expect(where(conditions.run(contract))).toEqual(pointers.map((p) => ['invalid-condition', p]));
  });
});
