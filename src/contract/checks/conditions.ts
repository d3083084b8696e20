import type { Finding } from '../diagnostics.js';
import type { Condition, RevpactContract } from '../types.generated.js';
import type { Check } from './types.js';
import { conditionsOf } from './walk.js';

const COMBINATIONS = ['all', 'any', 'not'] as const;

/** A condition is exactly one comparison or one combination, with the operands its operator needs. */
export const conditions: Check = {
  id: 'conditions',
  run(c: RevpactContract) {
    const findings: Finding[] = [];
    for (const { condition, pointer } of conditionsOf(c)) {
      const problem = shapeProblem(condition);
      if (problem) findings.push({ code: 'invalid-condition', pointer, message: problem.message, suggest: problem.suggest });
    }
    return findings;
  },
};

function shapeProblem(k: Condition): { message: string; suggest: string } | undefined {
  const combos = COMBINATIONS.filter((key) => k[key] !== undefined);
  const comparison = k.field !== undefined || k.op !== undefined || k.value !== undefined;
  if (combos.length > 1 || (combos.length === 1 && comparison)) {
    return { message: `a condition mixes ${[...combos, ...(comparison ? ['field/op/value'] : [])].join(' and ')}`, suggest: 'nest them: all: [{...}, {...}]' };
  }
  if (combos.length === 1) return undefined;
  if (!comparison) return { message: 'the condition is empty', suggest: 'write {field, op, value} or all/any/not' };
  if (k.field === undefined) return { message: 'the comparison has no field', suggest: 'add field: the lead field to compare' };
  if (k.op === undefined) return { message: `the comparison on "${k.field}" has no op`, suggest: 'add op: eq, ne, in, gt, gte, lt, lte, exists, ...' };
  const unary = k.op === 'exists' || k.op === 'missing';
  if (unary && k.value !== undefined) return { message: `"${k.op}" takes no value`, suggest: 'remove value' };
  if (!unary && k.value === undefined) return { message: `"${k.op}" needs a value`, suggest: 'add value' };
  const list = k.op === 'in' || k.op === 'not-in';
  if (list && !Array.isArray(k.value)) return { message: `"${k.op}" compares with a list`, suggest: 'write value: [a, b]' };
  if (!list && !unary && Array.isArray(k.value)) return { message: `"${k.op}" compares with one value, not a list`, suggest: 'use op: in for a list' };
  if (['gt', 'gte', 'lt', 'lte'].includes(k.op) && typeof k.value !== 'number' && typeof k.value !== 'string') {
    return { message: `"${k.op}" compares with a number or a date`, suggest: 'write a number, or a date as YYYY-MM-DD' };
  }
  return undefined;
}
