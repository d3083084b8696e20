/**
 * A change's summary and an impact note as a value (issue 15, item 4): a message key of
 * the review catalogue (./summaries/) and its parameters, turned into words late, in the
 * locale a renderer asks for. The sections and the simulation build phrases; makeChange
 * renders the English one into `Change.summary` (the JSON's `summary`, unchanged), and
 * the text and Markdown renderers render the same phrase in es, pt or ca.
 *
 * A parameter is the contract's own words (a string, printed as it is), a number, a
 * nested phrase, or a quantity the locale formats: a share, a duration, money, a list,
 * a condition, a team, a calendar's working week.
 */
import type { RuleCalendar, RuleCondition, RuleDuration } from '../compiler/ir.js';
import type { DataQualityFinding } from '../engine/types.js';
import type { Affects } from './types.js';
import { EN_SUMMARIES, type SummaryKey } from './summaries/en.js';

export interface Phrase {
  key: SummaryKey;
  args: Readonly<Record<string, Arg>>;
}

export type Arg =
  /** The contract's or the data's own words: ids, names, field names, stage ids. */
  | string
  /** A number in the locale's digits; a parameter named `count` also picks the plural form. */
  | number
  | Phrase
  /** A ratio as a percentage (0.95 → 95%); null → the locale's "none". */
  | { pct: number | null }
  /** A duration as the contract states it: "2bh" → 2 business hours. */
  | { dur: Pick<RuleDuration, 'text' | 'clock'> }
  | { money: number; currency: string }
  /** +40, -10. */
  | { signed: number }
  /** "a, b and c" (`and`), "a or b or c" (`or`), an empty list the locale's "none"; or "a, b, c" (`comma`) and "a b c" (`space`), an empty list nothing. */
  | { list: readonly Arg[]; join: 'and' | 'or' | 'comma' | 'space' }
  | { cond: RuleCondition | null }
  | { team: Affects }
  | { week: Pick<RuleCalendar, 'week'> }
  /** A data-quality finding of a report, said as `check` says it in the locale. */
  | { finding: Pick<DataQualityFinding, 'code' | 'count' | 'detail' | 'message'> };

export function say(key: SummaryKey, args: Readonly<Record<string, Arg>> = {}): Phrase {
  return { key, args };
}

/** Several phrases one after the other, as one (a summary and its tone). */
export function joined(...parts: (Phrase | '')[]): Phrase {
  const args: Record<string, Arg> = {};
  parts.forEach((p, i) => (args[`p${i}`] = p));
  return say(JOIN_KEYS[parts.length - 2] ?? 'join.two', args);
}

const JOIN_KEYS: readonly SummaryKey[] = ['join.two', 'join.three'];

export const pct = (ratio: number | null): Arg => ({ pct: ratio });
export const dur = (d: Pick<RuleDuration, 'text' | 'clock'>): Arg => ({ dur: d });
export const money = (n: number, currency: string): Arg => ({ money: n, currency });
export const signed = (n: number): Arg => ({ signed: n });
export const listOf = (items: readonly Arg[], join: 'and' | 'or' | 'comma' | 'space' = 'and'): Arg => ({ list: items, join });
export const cond = (c: RuleCondition | null): Arg => ({ cond: c });
export const team = (t: Affects): Arg => ({ team: t });
export const week = (c: Pick<RuleCalendar, 'week'>): Arg => ({ week: c });
export const finding = (f: Pick<DataQualityFinding, 'code' | 'count' | 'detail' | 'message'>): Arg => ({ finding: f });
/** A contract enum value (a channel, a routing method) in the locale's words; a value the catalogue does not know, as it is. */
export function enumWord(prefix: 'handoffChannel' | 'contactChannel' | 'method' | 'destination', value: string): Arg {
  const key = `${prefix}.${value}`;
  return Object.hasOwn(EN_SUMMARIES, key) ? say(key as SummaryKey) : value;
}

/** A number, or the locale's word for none when there is none. */
export const numOrNone = (n: number | null): Arg => (n === null ? say('word.none') : n);
/** A name or id from the contract, or the locale's word for none. */
export const idOrNone = (s: string | null): Arg => (s === null ? say('word.none') : s);
