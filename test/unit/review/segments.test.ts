/** Comparing conditions: the same (order ignored), wider, narrower, or unclear. */
import { describe, expect, it } from 'vitest';
import type { RuleCondition } from '../../../src/compiler/ir.js';
import { compareConditions, describeCondition, implies } from '../../../src/review/segments.js';

const gte = (field: string, value: number): RuleCondition => ({ field, op: 'gte', value });
const inList = (field: string, ...value: string[]): RuleCondition => ({ field, op: 'in', value });

describe('compareConditions', () => {
  it.each<[string, RuleCondition | null, RuleCondition | null, string]>([
    ['identical', gte('employees', 50), gte('employees', 50), 'same'],
    ['in-list order', inList('country', 'ES', 'PT'), inList('country', 'PT', 'ES'), 'same'],
    ['all-list order', { all: [gte('a', 1), gte('b', 2)] }, { all: [gte('b', 2), gte('a', 1)] }, 'same'],
    ['lower bound lowered', gte('employees', 50), gte('employees', 20), 'wider'],
    ['lower bound raised', gte('employees', 50), gte('employees', 100), 'narrower'],
    ['gt to gte at the same bound', { field: 'x', op: 'gt', value: 5 }, gte('x', 5), 'wider'],
    ['upper bound', { field: 'x', op: 'lt', value: 5 }, { field: 'x', op: 'lte', value: 9 }, 'wider'],
    ['in-list grows', inList('country', 'ES'), inList('country', 'ES', 'PT'), 'wider'],
    ['eq to in', { field: 'country', op: 'eq', value: 'ES' }, inList('country', 'ES', 'PT'), 'wider'],
    ['a condition added to all', gte('a', 1), { all: [gte('a', 1), gte('b', 1)] }, 'narrower'],
    ['an alternative added to any', { any: [gte('a', 1)] }, { any: [gte('a', 1), gte('b', 1)] }, 'wider'],
    ['every lead to a segment', null, gte('a', 1), 'narrower'],
    ['a segment to every lead', gte('a', 1), null, 'wider'],
    ['exists is implied by a value', inList('country', 'ES'), { field: 'country', op: 'exists' }, 'wider'],
    ['not of a narrower condition is wider', { not: inList('d', 'x', 'y') }, { not: inList('d', 'x') }, 'wider'],
    ['another field', gte('a', 1), gte('b', 1), 'unclear'],
    ['both grow and shrink', inList('c', 'ES', 'PT'), inList('c', 'ES', 'FR'), 'unclear'],
  ])('%s', (_name, before, after, expected) => {
    expect(compareConditions(before, after)).toBe(expected);
  });

  it('is conservative: what it cannot prove is not implied', () => {
    expect(implies({ field: 'a', op: 'contains', value: 'x' }, { field: 'a', op: 'contains', value: 'xy' })).toBe(false);
  });
});

describe('describeCondition', () => {
  it('writes a condition in one short line', () => {
    expect(describeCondition({ all: [gte('employees', 1000), { any: [inList('country', 'ES', 'PT'), { field: 'x', op: 'missing' }] }] })).toBe(
      'employees ≥ 1000 and (country in ES, PT or x missing)',
    );
    expect(describeCondition(null)).toBe('every lead');
  });
});
