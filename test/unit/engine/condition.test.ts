import { describe, expect, it } from 'vitest';
import type { RuleCondition } from '../../../src/compiler/ir.js';
import { compileCondition, numericOrderFields } from '../../../src/engine/condition.js';
import { lead, ZONE } from './fixtures.js';

const L = lead('C1', {
  owner: 'Ana Pérez',
  score: 72,
  mqlAt: '2026-10-01T23:30:00+02:00',
  attributes: { country: 'es', employees: '250', industry: 'Software', vip: true, notes: '  ' },
});
const test = (c: RuleCondition) => compileCondition(c, ZONE)(L);

describe('conditions', () => {
  it('compares text case-insensitively', () => {
    expect(test({ field: 'country', op: 'eq', value: 'ES' })).toBe(true);
    expect(test({ field: 'country', op: 'in', value: ['PT', 'ES'] })).toBe(true);
    expect(test({ field: 'country', op: 'not-in', value: ['PT', 'ES'] })).toBe(false);
    expect(test({ field: 'industry', op: 'contains', value: 'WARE' })).toBe(true);
    expect(test({ field: 'owner', op: 'starts-with', value: 'ana' })).toBe(true);
    expect(test({ field: 'vip', op: 'eq', value: true })).toBe(true);
  });

  it('compares numbers numerically when both sides are numeric', () => {
    // "250" > 50 as numbers (as text "250" < "50").
    expect(test({ field: 'employees', op: 'gt', value: 50 })).toBe(true);
    expect(test({ field: 'employees', op: 'eq', value: '250.0' })).toBe(true);
    expect(test({ field: 'score', op: 'gte', value: 72 })).toBe(true);
    expect(test({ field: 'score', op: 'lt', value: 72 })).toBe(false);
    expect(test({ field: 'score', op: 'in', value: [70, 72] })).toBe(true);
  });

  it('holds no order comparison with a number for a value that is not one (issue 17 sweep: "51-200" gte 1000 was true as text)', () => {
    const sized = (employees: string | boolean) => lead('N1', { attributes: { employees } });
    for (const employees of ['51-200', 'many', '1,200', true]) {
      for (const op of ['gt', 'gte', 'lt', 'lte'] as const)
        expect(compileCondition({ field: 'employees', op, value: 1000 }, ZONE)(sized(employees)), `${String(employees)} ${op}`).toBe(false);
      // Not equal to a number either, so ne and not-in hold.
      expect(compileCondition({ field: 'employees', op: 'ne', value: 1000 }, ZONE)(sized(employees))).toBe(true);
    }
    // A number in the contract written as text is still a number; text in the contract still orders as text.
    expect(compileCondition({ field: 'employees', op: 'gte', value: '1000' }, ZONE)(sized('51-200'))).toBe(false);
    expect(compileCondition({ field: 'employees', op: 'gte', value: '1000' }, ZONE)(sized(' 1200 '))).toBe(true);
    expect(compileCondition({ field: 'industry', op: 'lt', value: 'Telecom' }, ZONE)(L)).toBe(true);
  });

  it('names the fields compared with a number by order, once, in order of first use', () => {
    expect(
      numericOrderFields([
        { all: [{ field: 'employees', op: 'gte', value: 50 }, { not: { field: 'revenue', op: 'lt', value: '1e6' } }] },
        null,
        {
          any: [
            { field: 'employees', op: 'lt', value: 1000 },
            { field: 'industry', op: 'gt', value: 'M' },
            { field: 'mqlAt', op: 'gt', value: 5 },
          ],
        },
        { field: 'seats', op: 'eq', value: 10 },
      ]),
    ).toEqual(['employees', 'revenue']);
  });

  it('makes only missing, ne and not-in true on a missing field (blank text is missing)', () => {
    for (const field of ['revenue', 'notes', 'source']) {
      expect(test({ field, op: 'missing' })).toBe(true);
      expect(test({ field, op: 'exists' })).toBe(false);
      expect(test({ field, op: 'ne', value: 'x' })).toBe(true);
      expect(test({ field, op: 'not-in', value: ['x'] })).toBe(true);
      expect(test({ field, op: 'eq', value: 'x' })).toBe(false);
      expect(test({ field, op: 'lt', value: 5 })).toBe(false);
      expect(test({ field, op: 'contains', value: '' })).toBe(false);
    }
  });

  it('reads dates on timestamp fields as whole local days in the contract zone', () => {
    // mqlAt is 2026-10-01 23:30 in Madrid (21:30 UTC).
    expect(test({ field: 'mqlAt', op: 'eq', value: '2026-10-01' })).toBe(true);
    expect(test({ field: 'mqlAt', op: 'gte', value: '2026-10-01' })).toBe(true);
    expect(test({ field: 'mqlAt', op: 'gt', value: '2026-10-01' })).toBe(false);
    expect(test({ field: 'mqlAt', op: 'lte', value: '2026-10-01' })).toBe(true);
    expect(test({ field: 'mqlAt', op: 'lt', value: '2026-10-02' })).toBe(true);
    expect(test({ field: 'mqlAt', op: 'gt', value: '2026-10-01T23:00:00+02:00' })).toBe(true);
    expect(compileCondition({ field: 'mqlAt', op: 'eq', value: '2026-10-01' }, 'UTC')(L)).toBe(true);
    expect(compileCondition({ field: 'mqlAt', op: 'eq', value: '2026-10-01' }, 'Asia/Tokyo')(L)).toBe(false);
  });

  it('combines with all, any and not; no condition accepts everything', () => {
    expect(
      test({
        all: [
          { field: 'country', op: 'eq', value: 'es' },
          { field: 'score', op: 'gt', value: 50 },
        ],
      }),
    ).toBe(true);
    expect(
      test({
        any: [
          { field: 'country', op: 'eq', value: 'fr' },
          { field: 'score', op: 'gt', value: 90 },
        ],
      }),
    ).toBe(false);
    expect(test({ not: { field: 'country', op: 'eq', value: 'fr' } })).toBe(true);
    expect(compileCondition(null, ZONE)(L)).toBe(true);
  });

  it('does not read inherited keys as attributes', () => {
    expect(test({ field: 'constructor', op: 'exists' })).toBe(false);
    expect(test({ field: '__proto__', op: 'exists' })).toBe(false);
  });
});
