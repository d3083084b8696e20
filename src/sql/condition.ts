/**
 * Contract conditions (`when` of SLAs and commitments) as SQL boolean expressions with the
 * streaming engine's comparison rules (src/engine/condition.ts), leaf for leaf:
 * - a missing value (NULL, empty or blank text) makes only `missing`, `ne` and `not-in` true;
 * - numbers compare numerically when both sides read as numbers (numeric text counts), and
 *   gt/gte/lt/lte with a number in the contract are FALSE for a value that does not;
 * - text compares trimmed and lower-cased;
 * - on timestamp fields a `YYYY-MM-DD` value is that whole local day in the contract's
 *   zone and an instant is an instant: the ranges are worked out here, in TypeScript, with
 *   the engine's own rules, and inlined as epoch-ms literals.
 * Every leaf is TRUE or FALSE, never NULL, so NOT and the connectives behave as in JavaScript.
 */
import type { RuleCondition } from '../compiler/ir.js';
import { instantRange } from '../engine/condition.js';
import { asNumber, isBlank, jsTrim, numberText, type Dialect } from './dialect.js';
import { num, str } from './quote.js';

/** How a field reads in SQL: a timestamp (epoch ms), a number (double) or text. */
export type FieldSql = { kind: 'instant'; expr: string } | { kind: 'number'; expr: string } | { kind: 'text'; expr: string };

export type FieldResolver = (field: string) => FieldSql;

type Leaf = Extract<RuleCondition, { op: string; value: unknown }>;
type Scalar = string | number | boolean;

const NUMERIC = /^\s*[-+]?(\d+(\.\d*)?|\.\d+)(e[-+]?\d+)?\s*$/i;

export function conditionSql(c: RuleCondition | null, d: Dialect, field: FieldResolver, timezone: string): string {
  if (c === null) return 'TRUE';
  return compile(c, d, field, timezone);
}

function compile(c: RuleCondition, d: Dialect, field: FieldResolver, tz: string): string {
  if ('all' in c) return c.all.length === 0 ? 'TRUE' : `(${c.all.map((x) => compile(x, d, field, tz)).join(' AND ')})`;
  if ('any' in c) return c.any.length === 0 ? 'FALSE' : `(${c.any.map((x) => compile(x, d, field, tz)).join(' OR ')})`;
  if ('not' in c) return `(NOT ${compile(c.not, d, field, tz)})`;
  const f = field(c.field);
  const missing = f.kind === 'text' ? isBlank(d, f.expr) : `(${f.expr} IS NULL)`;
  if (!('value' in c)) return c.op === 'exists' ? `(NOT ${missing})` : missing;
  const whenMissing = c.op === 'ne' || c.op === 'not-in' ? 'TRUE' : 'FALSE';
  const test =
    f.kind === 'instant'
      ? instantTest(c, f.expr, tz)
      : valueTest(
          c,
          f.kind === 'number' ? { num: f.expr, text: `lower(${numberText(f.expr)})` } : { num: asNumber(d, f.expr), text: `lower(${jsTrim(f.expr)})` },
        );
  return `(CASE WHEN ${missing} THEN ${whenMissing} ELSE ${test} END)`;
}

/** A value from the contract: its numeric reading (if any) and its folded text, as the engine's `operand`. */
function operand(value: Scalar): { num: number | undefined; text: string } {
  const n =
    typeof value === 'number' ? (Number.isFinite(value) ? value : undefined) : typeof value === 'string' && NUMERIC.test(value) ? Number(value) : undefined;
  return { num: n, text: String(value).trim().toLowerCase() };
}

interface Side {
  /** The lead's value as a number, NULL when it does not read as one. */
  num: string;
  /** The lead's value trimmed and lower-cased. */
  text: string;
}

function equals(v: Side, value: Scalar): string {
  const b = operand(value);
  if (b.num === undefined) return `(${v.text} = ${str(b.text)})`;
  return `(CASE WHEN ${v.num} IS NOT NULL THEN ${v.num} = ${num(b.num)} ELSE ${v.text} = ${str(b.text)} END)`;
}

function order(v: Side, value: Scalar, op: 'gt' | 'gte' | 'lt' | 'lte'): string {
  const b = operand(value);
  const sym = { gt: '>', gte: '>=', lt: '<', lte: '<=' }[op];
  const text = `(${v.text} ${sym} ${str(b.text)})`;
  if (b.num === undefined) return text;
  // A lead value that is not a number is neither more nor less than a number (engine's `order`).
  return `(CASE WHEN ${v.num} IS NOT NULL THEN ${v.num} ${sym} ${num(b.num)} ELSE FALSE END)`;
}

function valueTest(c: Leaf, v: Side): string {
  switch (c.op) {
    case 'in':
    case 'not-in': {
      const hit = c.value.length === 0 ? 'FALSE' : `(${c.value.map((x) => equals(v, x)).join(' OR ')})`;
      return c.op === 'in' ? hit : `(NOT ${hit})`;
    }
    case 'eq':
      return equals(v, c.value);
    case 'ne':
      return `(NOT ${equals(v, c.value)})`;
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte':
      return order(v, c.value, c.op);
    case 'contains':
      return `(strpos(${v.text}, ${str(String(c.value).trim().toLowerCase())}) > 0)`;
    case 'starts-with':
      return `starts_with(${v.text}, ${str(String(c.value).trim().toLowerCase())})`;
  }
}

function instantTest(c: Leaf, expr: string, tz: string): string {
  const within = ([from, to]: [number, number]) => `(${expr} >= ${num(from)} AND ${expr} < ${num(to)})`;
  switch (c.op) {
    case 'in':
    case 'not-in': {
      const ranges = c.value.map((x) => instantRange(x, tz)).filter((r): r is [number, number] => r !== undefined);
      const hit = ranges.length === 0 ? 'FALSE' : `(${ranges.map(within).join(' OR ')})`;
      return c.op === 'in' ? hit : `(NOT ${hit})`;
    }
    case 'eq':
    case 'ne': {
      const r = instantRange(c.value, tz);
      if (!r) return c.op === 'eq' ? 'FALSE' : 'TRUE';
      return c.op === 'eq' ? within(r) : `(NOT ${within(r)})`;
    }
    case 'gt':
    case 'gte':
    case 'lt':
    case 'lte': {
      const r = instantRange(c.value, tz);
      if (!r) return 'FALSE';
      const [from, to] = r;
      return c.op === 'gt'
        ? `(${expr} >= ${num(to)})`
        : c.op === 'gte'
          ? `(${expr} >= ${num(from)})`
          : c.op === 'lt'
            ? `(${expr} < ${num(from)})`
            : `(${expr} < ${num(to)})`;
    }
    case 'contains':
    case 'starts-with':
      return 'FALSE';
  }
}
