/**
 * Commitments bind their owner: a higher goal (per day, when the period changes too) asks
 * more; for counts and sums, a narrower filter leaves fewer leads to count.
 */
import type { PeriodUnit, RuleCommitment, RulesIR } from '../../compiler/ir.js';
import { fieldChanges, makeChange, numericDirection, tone } from '../change.js';
import { matchByKey } from '../match.js';
import { compareConditions, describeCondition } from '../segments.js';
import type { Change, Direction } from '../types.js';
import { cond, joined, money as moneyArg, pct, say, type Arg, type Phrase } from '../phrase.js';
import { money, num, percent } from '../words.js';
import { defined, wording, type DiffContext } from './context.js';

/** Average days per period, to compare goals stated per different periods. */
const DAYS: Record<PeriodUnit, number> = { week: 7, month: 365.2425 / 12, quarter: 365.2425 / 4, 'half-year': 365.2425 / 2, year: 365.2425 };

export function diffCommitments(ctx: DiffContext): Change[] {
  const m = matchByKey(ctx.base.commitments, ctx.head.commitments, (c) => c.id);
  const out: Change[] = [];
  for (const { item, index } of m.removed) {
    out.push(
      makeChange({
        section: 'commitments',
        pointer: `/commitments/${index}`,
        kind: 'removed',
        before: item.id,
        after: null,
        direction: 'loosened',
        affects: item.owner,
        clause: true,
        summary: joined(say('commitment.removed', { id: item.id }), tone('loosened', item.owner)),
      }),
    );
  }
  for (const r of m.renamed) {
    out.push(
      makeChange({
        section: 'commitments',
        pointer: `/commitments/${r.headIndex}/id`,
        kind: 'renamed',
        before: r.base.id,
        after: r.head.id,
        direction: 'neutral',
        affects: r.head.owner,
        summary: say('renamed.commitment', { from: r.base.id, to: r.head.id }),
      }),
    );
  }
  for (const p of m.pairs) out.push(...diffCommitment(ctx, p.base, p.head, `/commitments/${p.headIndex}`));
  for (const { item, index } of m.added) {
    out.push(
      makeChange({
        section: 'commitments',
        pointer: `/commitments/${index}`,
        kind: 'added',
        before: null,
        after: item.id,
        direction: 'tightened',
        affects: item.owner,
        summary: joined(
          say('commitment.added', { id: item.id, owner: say(`side.${item.owner}`), promise: promisePhrase(item, ctx.head) }),
          tone('tightened', item.owner),
        ),
      }),
    );
  }
  return out;
}

function diffCommitment(ctx: DiffContext, b: RuleCommitment, h: RuleCommitment, at: string): Change[] {
  const owner = h.owner;
  const changed = fieldChanges('commitments', at, owner);
  const out: (Change | undefined)[] = [];

  if (b.owner !== h.owner) {
    out.push(
      makeChange({
        section: 'commitments',
        pointer: `${at}/owner`,
        kind: 'changed',
        before: b.owner,
        after: h.owner,
        direction: 'neutral',
        affects: 'both',
        unclear: true,
        summary: joined(say('commitment.owner', { id: h.id, from: say(`side.${b.owner}`), to: say(`side.${h.owner}`) }), tone('neutral', 'both', true)),
        shown: { before: say(`side.${b.owner}`), after: say(`side.${h.owner}`) },
      }),
    );
  }
  if (b.kind !== h.kind || measuredField(b) !== measuredField(h)) {
    out.push(
      changed(
        '',
        promise(b, ctx.base),
        promise(h, ctx.head),
        'neutral',
        say('commitment.promise', { id: h.id, from: promisePhrase(b, ctx.base), to: promisePhrase(h, ctx.head) }),
        true,
        { before: promisePhrase(b, ctx.base), after: promisePhrase(h, ctx.head) },
      ),
    );
  } else if (b.goal !== h.goal || b.period !== h.period) {
    // Counts and money compare per day; a rate is the same rate over any period.
    const perDay = (c: RuleCommitment) => (c.unit === 'ratio' ? c.goal : c.goal / DAYS[c.period]);
    const direction = numericDirection(perDay(b), perDay(h), true);
    out.push(
      changed(
        b.goal !== h.goal ? '/goal' : '/period',
        goalWords(b, ctx.base),
        goalWords(h, ctx.head),
        direction,
        say('commitment.promise', { id: h.id, from: promisePhrase(b, ctx.base), to: promisePhrase(h, ctx.head) }),
        false,
        { before: goalPhrase(b, ctx.base), after: goalPhrase(h, ctx.head) },
      ),
    );
  }

  const segment = compareConditions(b.when, h.when);
  if (segment !== 'same') {
    // For a count or a sum, fewer leads in the filter leave less to count; a rate's filter cuts both sides.
    const counts = h.kind !== 'conversion';
    const direction: Direction = counts && segment === 'narrower' ? 'tightened' : counts && segment === 'wider' ? 'loosened' : 'neutral';
    out.push(
      changed(
        '/when',
        describeCondition(b.when),
        describeCondition(h.when),
        direction,
        say('commitment.when', { id: h.id, from: cond(b.when), to: cond(h.when) }),
        direction === 'neutral',
        { before: cond(b.when), after: cond(h.when) },
      ),
    );
  }
  out.push(wording('commitments', `${at}/description`, say('subject.commitmentDescription', { id: h.id }), b.description, h.description, owner));
  return defined(out);

  function measuredField(c: RuleCommitment): string {
    return c.kind === 'conversion' ? `${c.fromField}>${c.toField}` : c.field;
  }
}

function goalWords(c: RuleCommitment, rules: RulesIR): string {
  const per = c.period === 'half-year' ? 'half-year' : c.period;
  if (c.unit === 'ratio') return `${percent(c.goal)} a ${per}`;
  if (c.unit === 'money') return `${money(c.goal, rules.contract.currency)} a ${per}`;
  return `${num(c.goal)} a ${per}`;
}

/** The goal and its period as a phrase: "220 a month", "40% a month". */
function goalPhrase(c: RuleCommitment, rules: RulesIR): Phrase {
  const goal: Arg = c.unit === 'ratio' ? pct(c.goal) : c.unit === 'money' ? moneyArg(c.goal, rules.contract.currency) : c.goal;
  return say('goal.per', { goal, per: say(`a.${c.period}`) });
}

/** The promise as a phrase, for the renderers: the same words as promise() in English. */
export function promisePhrase(c: RuleCommitment, rules: RulesIR): Phrase {
  const per = say(`a.${c.period}`);
  switch (c.kind) {
    case 'volume':
      return say('promise.volume', { goal: c.goal, stage: c.stage, per });
    case 'conversion':
      return say('promise.conversion', { from: c.from, to: c.to, goal: pct(c.goal), per });
    case 'pipeline':
      return say('promise.pipeline', { goal: moneyArg(c.goal, rules.contract.currency), per });
    case 'revenue':
      return say('promise.revenue', { goal: moneyArg(c.goal, rules.contract.currency), per });
  }
}

/** "≥ 220 mql leads a month", "mql → sql ≥ 40%", "≥ 720,000 EUR pipeline a month": the English words of `before`/`after`. */
export function promise(c: RuleCommitment, rules: RulesIR): string {
  switch (c.kind) {
    case 'volume':
      return `≥ ${num(c.goal)} ${c.stage} leads a ${c.period}`;
    case 'conversion':
      return `${c.from} → ${c.to} ≥ ${percent(c.goal)} a ${c.period}`;
    case 'pipeline':
      return `≥ ${money(c.goal, rules.contract.currency)} pipeline a ${c.period}`;
    case 'revenue':
      return `≥ ${money(c.goal, rules.contract.currency)} revenue a ${c.period}`;
  }
}
