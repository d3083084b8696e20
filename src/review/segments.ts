/**
 * Comparing two conditions (qualification fit, SLA segments, commitment filters): the
 * same, wider (lets more leads in), narrower, or a rewrite whose effect cannot be told.
 *
 * `implies(a, b)` is a conservative proof that every lead matching `a` matches `b`: it
 * knows the shapes contracts use (all/any/not, in-lists, numeric bounds, eq, exists) and
 * answers false when unsure, which only ever makes a comparison "unclear", never wrong.
 * Order inside all/any lists and in-lists carries no meaning, so it is ignored.
 */
import { canonicalJson } from '../compiler/canonical.js';
import type { RuleCondition } from '../compiler/ir.js';

export type SegmentChange = 'same' | 'wider' | 'narrower' | 'unclear';

/** `null` is "every lead". */
export function compareConditions(before: RuleCondition | null, after: RuleCondition | null): SegmentChange {
  if (conditionKey(before) === conditionKey(after)) return 'same';
  const narrower = implies(after, before);
  const wider = implies(before, after);
  if (narrower && wider) return 'same';
  if (narrower) return 'narrower';
  if (wider) return 'wider';
  return 'unclear';
}

/** A key equal for conditions that differ only in the order of list members. */
export function conditionKey(c: RuleCondition | null): string {
  return canonicalJson(sorted(c));
}

function sorted(c: RuleCondition | null): unknown {
  if (c === null) return null;
  if ('all' in c)
    return {
      all: c.all
        .map(sorted)
        .map((x) => canonicalJson(x))
        .sort(),
    };
  if ('any' in c)
    return {
      any: c.any
        .map(sorted)
        .map((x) => canonicalJson(x))
        .sort(),
    };
  if ('not' in c) return { not: sorted(c.not) };
  if ('value' in c && Array.isArray(c.value)) return { ...c, value: [...c.value].map((v) => JSON.stringify(v)).sort() };
  return c;
}

export function implies(a: RuleCondition | null, b: RuleCondition | null): boolean {
  if (b === null) return true;
  if (a === null) return false;
  if (conditionKey(a) === conditionKey(b)) return true;
  // Split the right side first (a ⊆ b₁ ∩ b₂ iff a ⊆ each), then the left.
  if ('all' in b) return b.all.every((x) => implies(a, x));
  if ('any' in a) return a.any.every((x) => implies(x, b));
  if ('all' in a) return a.all.some((x) => implies(x, b));
  if ('any' in b) return b.any.some((x) => implies(a, x));
  if ('not' in a && 'not' in b) return implies(b.not, a.not);
  if ('not' in a || 'not' in b) return false;
  return leafImplies(a, b);
}

type Leaf = Exclude<RuleCondition, { all: RuleCondition[] } | { any: RuleCondition[] } | { not: RuleCondition }>;
type Scalar = string | number | boolean;

function leafImplies(a: Leaf, b: Leaf): boolean {
  if (a.field !== b.field) return false;
  if (b.op === 'exists') return a.op !== 'missing' && a.op !== 'ne' && a.op !== 'not-in';
  if (a.op === 'exists' || a.op === 'missing' || b.op === 'missing') return a.op === b.op;
  const values = allowedValues(a);
  if (values) return values.every((v) => holds(b, v));
  // Numeric bounds: a ⊆ b when a's bound is at least as strict on the same side.
  const av = 'value' in a ? a.value : undefined;
  const bv = 'value' in b ? b.value : undefined;
  if (typeof av !== 'number' || typeof bv !== 'number') return false;
  const lower = (op: string) => op === 'gt' || op === 'gte';
  const upper = (op: string) => op === 'lt' || op === 'lte';
  if (lower(a.op) && lower(b.op)) return av > bv || (av === bv && (a.op === b.op || a.op === 'gt'));
  if (upper(a.op) && upper(b.op)) return av < bv || (av === bv && (a.op === b.op || a.op === 'lt'));
  return false;
}

/** The finite set of values a leaf lets through (eq, in), when it is one. */
function allowedValues(c: Leaf): Scalar[] | undefined {
  if (c.op === 'eq') return [c.value];
  if (c.op === 'in') return c.value;
  return undefined;
}

function holds(c: Leaf, v: Scalar): boolean {
  switch (c.op) {
    case 'exists':
      return true;
    case 'missing':
      return false;
    case 'in':
      return c.value.includes(v);
    case 'not-in':
      return !c.value.includes(v);
    case 'eq':
      return c.value === v;
    case 'ne':
      return c.value !== v;
    default: {
      const bound = c.value;
      if (typeof bound === 'number' && typeof v === 'number') {
        if (c.op === 'gt') return v > bound;
        if (c.op === 'gte') return v >= bound;
        if (c.op === 'lt') return v < bound;
        if (c.op === 'lte') return v <= bound;
      }
      return false;
    }
  }
}

/** A condition in one short line of contract words: "employees ≥ 1000 and country in ES, PT". */
export function describeCondition(c: RuleCondition | null): string {
  if (c === null) return 'every lead';
  if ('all' in c) return c.all.map((x) => wrap(x, describeCondition(x))).join(' and ');
  if ('any' in c) return c.any.map((x) => wrap(x, describeCondition(x))).join(' or ');
  if ('not' in c) return `not (${describeCondition(c.not)})`;
  if (!('value' in c)) return `${c.field} ${c.op === 'exists' ? 'present' : 'missing'}`;
  const value = Array.isArray(c.value) ? c.value.map(String).join(', ') : String(c.value);
  return `${c.field} ${OPS[c.op]} ${value}`;
}

const OPS: Record<string, string> = {
  in: 'in',
  'not-in': 'not in',
  eq: '=',
  ne: '≠',
  gt: '>',
  gte: '≥',
  lt: '<',
  lte: '≤',
  contains: 'contains',
  'starts-with': 'starts with',
};

function wrap(c: RuleCondition, text: string): string {
  return 'all' in c || 'any' in c ? `(${text})` : text;
}
