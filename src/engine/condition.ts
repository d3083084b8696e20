/**
 * Conditions (`when` of SLAs and commitments, segments) evaluated on canonical leads.
 * A condition is compiled once into a closure, so the per-lead cost is a few
 * comparisons, not a walk over the condition tree with parsing on the way.
 *
 * Comparison rules:
 * - a field is a canonical lead field (mqlAt, owner, score...) or else an attribute;
 * - a missing field (absent, empty or blank text) makes only `missing`, `ne` and `not-in` true;
 * - numbers compare numerically when both sides are numeric (numeric text counts);
 * - gt, gte, lt and lte with a number in the contract hold only for a lead value that reads
 *   as a number: "51-200" or "many" is neither more nor less than 1000, so it matches none of
 *   them (and the report says so: `not-a-number`, see numericOrderFields);
 * - text compares case-insensitively (eq, ne, in, not-in, contains, starts-with, and the
 *   order of gt/lt when the contract's value is text);
 * - on timestamp fields a `YYYY-MM-DD` value is that whole local day in the contract's
 *   zone (`gt 2026-10-01` = from 2026-10-02 on, `lte` = up to the end of that day, `eq` =
 *   during it), and an ISO instant compares as an instant.
 */
import { DateTime } from 'luxon';
import type { RuleCondition, RulesIR } from '../compiler/ir.js';
import { NUMBER_FIELDS, PII_FIELDS, TEXT_FIELDS, TIMESTAMP_FIELDS, type AttributeValue, type Lead } from '../leads/lead.js';

export type LeadPredicate = (lead: Lead) => boolean;
export type FieldGetter = (lead: Lead) => AttributeValue | undefined;

const CANONICAL = new Set<string>([...TIMESTAMP_FIELDS, ...NUMBER_FIELDS, ...TEXT_FIELDS, ...PII_FIELDS]);
const TIMESTAMPS = new Set<string>(TIMESTAMP_FIELDS);
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const NUMERIC = /^\s*[-+]?(\d+(\.\d*)?|\.\d+)(e[-+]?\d+)?\s*$/i;

/** Reads a canonical field, or an attribute of that name (own keys only: no `__proto__` surprises). */
export function fieldGetter(field: string): FieldGetter {
  if (CANONICAL.has(field)) return (lead) => (lead as unknown as Record<string, AttributeValue | undefined>)[field];
  return (lead) => (Object.hasOwn(lead.attributes, field) ? lead.attributes[field] : undefined);
}

export function isMissing(v: AttributeValue | undefined | null): v is undefined | null {
  return v === undefined || v === null || (typeof v === 'string' && v.trim() === '') || (typeof v === 'number' && Number.isNaN(v));
}

export function asNumber(v: AttributeValue): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v === 'string' && NUMERIC.test(v)) return Number(v);
  return undefined;
}

const lower = (v: AttributeValue): string => String(v).trim().toLowerCase();

const always: LeadPredicate = () => true;

/**
 * Compiled conditions by condition and zone: the same rules measured again in this thread
 * (a file read in segments makes an evaluation per segment) reuse closures the JIT has
 * already made fast, instead of new ones that start interpreted. A predicate is a pure
 * function of its condition and zone.
 */
const compiled = new WeakMap<RuleCondition, Map<string, LeadPredicate>>();

/** Compiles a condition; `null` (no condition) accepts every lead. */
export function compileCondition(condition: RuleCondition | null, timezone: string): LeadPredicate {
  if (condition === null) return always;
  let byZone = compiled.get(condition);
  if (!byZone) compiled.set(condition, (byZone = new Map<string, LeadPredicate>()));
  let predicate = byZone.get(timezone);
  if (!predicate) byZone.set(timezone, (predicate = compile(condition, timezone)));
  return predicate;
}

function compile(c: RuleCondition, tz: string): LeadPredicate {
  if ('all' in c) {
    const parts = c.all.map((x) => compile(x, tz));
    return (lead) => parts.every((p) => p(lead));
  }
  if ('any' in c) {
    const parts = c.any.map((x) => compile(x, tz));
    return (lead) => parts.some((p) => p(lead));
  }
  if ('not' in c) {
    const inner = compile(c.not, tz);
    return (lead) => !inner(lead);
  }
  const get = fieldGetter(c.field);
  if (!('value' in c)) return c.op === 'exists' ? (lead) => !isMissing(get(lead)) : (lead) => isMissing(get(lead));
  const whenMissing = c.op === 'ne' || c.op === 'not-in';
  const test = TIMESTAMPS.has(c.field) ? timestampTest(c, tz) : valueTest(c);
  return (lead) => {
    const v = get(lead);
    return isMissing(v) ? whenMissing : test(v);
  };
}

type Leaf = Extract<RuleCondition, { op: string; value: unknown }>;
type ValueTest = (v: AttributeValue) => boolean;

/** One value on either side: its numeric reading (if any) and its case-folded text. */
function operand(value: string | number | boolean): { num: number | undefined; text: string } {
  return { num: asNumber(value), text: lower(value) };
}

function equals(v: AttributeValue, b: { num: number | undefined; text: string }): boolean {
  if (b.num !== undefined) {
    const a = asNumber(v);
    if (a !== undefined) return a === b.num;
  }
  return lower(v) === b.text;
}

/** The sign of v − b; NaN, which no comparison holds for, when b is a number and v does not read as one. */
function order(v: AttributeValue, b: { num: number | undefined; text: string }): number {
  if (b.num !== undefined) {
    const a = asNumber(v);
    return a === undefined ? Number.NaN : a - b.num;
  }
  const a = lower(v);
  return a < b.text ? -1 : a > b.text ? 1 : 0;
}

function valueTest(c: Leaf): ValueTest {
  switch (c.op) {
    case 'in':
    case 'not-in': {
      const list = c.value.map(operand);
      const hit = (v: AttributeValue) => list.some((b) => equals(v, b));
      return c.op === 'in' ? hit : (v) => !hit(v);
    }
    case 'eq':
    case 'ne': {
      const b = operand(c.value);
      return c.op === 'eq' ? (v) => equals(v, b) : (v) => !equals(v, b);
    }
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte': {
      const b = operand(c.value);
      const op = c.op;
      return (v) => {
        const d = order(v, b);
        return op === 'gt' ? d > 0 : op === 'gte' ? d >= 0 : op === 'lt' ? d < 0 : d <= 0;
      };
    }
    case 'contains': {
      const b = lower(c.value);
      return (v) => lower(v).includes(b);
    }
    case 'starts-with': {
      const b = lower(c.value);
      return (v) => lower(v).startsWith(b);
    }
  }
}

/** A condition value on a timestamp field, as an instant range [from, to): a date is its whole local day. The SQL engines read it the same way. */
export function instantRange(value: string | number | boolean, tz: string): [number, number] | undefined {
  if (typeof value === 'number') return [value, value + 1];
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  const dt = DateTime.fromISO(text, { zone: tz });
  if (!dt.isValid) return undefined;
  if (DATE.test(text)) return [dt.startOf('day').toMillis(), dt.startOf('day').plus({ days: 1 }).toMillis()];
  return [dt.toMillis(), dt.toMillis() + 1];
}

function timestampTest(c: Leaf, tz: string): ValueTest {
  const never: ValueTest = () => false;
  const ts = (v: AttributeValue): number | undefined => (typeof v === 'number' ? v : undefined);
  const within = (r: [number, number]) => (v: AttributeValue) => {
    const t = ts(v);
    return t !== undefined && t >= r[0] && t < r[1];
  };
  switch (c.op) {
    case 'in':
    case 'not-in': {
      const ranges = c.value.map((x) => instantRange(x, tz)).filter((r): r is [number, number] => r !== undefined);
      const hit = (v: AttributeValue) => ranges.some((r) => within(r)(v));
      return c.op === 'in' ? hit : (v) => !hit(v);
    }
    case 'eq':
    case 'ne': {
      const r = instantRange(c.value, tz);
      if (!r) return c.op === 'eq' ? never : () => true;
      const hit = within(r);
      return c.op === 'eq' ? hit : (v) => !hit(v);
    }
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte': {
      const r = instantRange(c.value, tz);
      if (!r) return never;
      const [from, to] = r;
      const op = c.op;
      return (v) => {
        const t = ts(v);
        if (t === undefined) return false;
        return op === 'gt' ? t >= to : op === 'gte' ? t >= from : op === 'lt' ? t < from : t < to;
      };
    }
    case 'contains':
    case 'starts-with':
      return never;
  }
}

const ORDER_OPS: ReadonlySet<string> = new Set(['gt', 'gte', 'lt', 'lte']);

/**
 * The fields of these conditions that gt, gte, lt or lte compare with a number, in order of
 * first use: a lead value of one of them that is not a number matches none of those leaves,
 * which the report counts (`not-a-number`) instead of leaving silent. Timestamp fields compare
 * as instants and are left out.
 */
export function numericOrderFields(conditions: readonly (RuleCondition | null)[]): string[] {
  const fields = new Set<string>();
  for (const c of conditions)
    for (const leaf of comparisons(c))
      if ('value' in leaf && ORDER_OPS.has(leaf.op) && !TIMESTAMPS.has(leaf.field) && !Array.isArray(leaf.value) && operand(leaf.value).num !== undefined)
        fields.add(leaf.field);
  return [...fields];
}

/** The conditions a report evaluates: each SLA's and each commitment's `when`, in that order. */
export function reportConditions(rules: Pick<RulesIR, 'slas' | 'commitments'>): (RuleCondition | null)[] {
  return [...rules.slas.map((s) => s.when), ...rules.commitments.map((c) => c.when)];
}

/** The comparisons of a condition (`{field, op, value?}`), below its all, any and not, in order. */
export function comparisons(c: RuleCondition | null): Extract<RuleCondition, { field: string }>[] {
  if (c === null) return [];
  if ('all' in c) return c.all.flatMap(comparisons);
  if ('any' in c) return c.any.flatMap(comparisons);
  if ('not' in c) return comparisons(c.not);
  return [c];
}
