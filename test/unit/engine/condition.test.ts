import { describe, expect, it } from 'vitest';
import type { RuleCondition } from '../../../src/compiler/ir.js';
import { compileCondition } from '../../../src/engine/condition.js';
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
