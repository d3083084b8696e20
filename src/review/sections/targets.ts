/**
 * Targets are the plan both teams share: the revenue target binds both; deal size and
 * conversion rates are assumptions, and what they change is how many leads each stage
 * needs, reported as its own change for the team that owns the stage.
 */
import type { RulesIR } from '../../compiler/ir.js';
import { fieldChanges, makeChange, numericDirection, tone } from '../change.js';
import { matchByKey } from '../match.js';
import type { Change, Direction } from '../types.js';
import { joined, money as moneyArg, pct, say } from '../phrase.js';
import { money, percent } from '../words.js';
import { defined, headId, type DiffContext } from './context.js';

type Targets = NonNullable<RulesIR['targets']>;
const at = '/targets';

export function diffTargets(ctx: DiffContext): Change[] {
  const b = ctx.base.targets;
  const h = ctx.head.targets;
  if (!b && !h) return [];
  const currency = ctx.head.contract.currency;
  if (!b || !h) {
    const t = (b ?? h) as Targets;
    const direction: Direction = h ? 'tightened' : 'loosened';
    return [
      makeChange({
        section: 'targets',
        pointer: at,
        kind: h ? 'added' : 'removed',
        before: b ? money(b.revenue, currency) : null,
        after: h ? money(h.revenue, currency) : null,
        direction,
        affects: 'both',
        clause: true,
        summary: joined(
          say(h ? 'targets.added' : 'targets.removed', { amount: moneyArg(t.revenue, currency), per: say(`a.${t.period}`) }),
          tone(direction, 'both'),
        ),
      }),
    ];
  }
  const out: (Change | undefined)[] = [];
  // Pointers below already start at the targets clause; all but a stage's own count bind both teams.
  const changed = fieldChanges('targets', '', 'both');

  if (b.period !== h.period)
    out.push(
      changed(`${at}/period`, b.period, h.period, 'neutral', say('targets.period', { from: say(`per.${b.period}`), to: say(`per.${h.period}`) }), true, {
        before: say(`per.${b.period}`),
        after: say(`per.${h.period}`),
      }),
    );
  if (b.revenue !== h.revenue)
    out.push(
      changed(
        `${at}/revenue`,
        money(b.revenue, currency),
        money(h.revenue, currency),
        numericDirection(b.revenue, h.revenue, true),
        say('targets.revenue', { from: moneyArg(b.revenue, currency), to: moneyArg(h.revenue, currency), per: say(`a.${h.period}`) }),
        false,
        { before: moneyArg(b.revenue, currency), after: moneyArg(h.revenue, currency) },
      ),
    );

  // Assumptions: a larger deal or a higher rate means fewer leads are needed upstream.
  if (b.dealSize !== h.dealSize) {
    const d = numericDirection(b.dealSize ?? 0, h.dealSize ?? 0, false);
    out.push(
      changed(
        `${at}/dealSize`,
        b.dealSize === null ? null : money(b.dealSize, currency),
        h.dealSize === null ? null : money(h.dealSize, currency),
        b.dealSize === null || h.dealSize === null ? 'neutral' : d,
        say('targets.dealSize', {
          from: b.dealSize === null ? say('word.none') : moneyArg(b.dealSize, currency),
          to: h.dealSize === null ? say('word.none') : moneyArg(h.dealSize, currency),
        }),
        false,
        { before: b.dealSize === null ? undefined : moneyArg(b.dealSize, currency), after: h.dealSize === null ? undefined : moneyArg(h.dealSize, currency) },
      ),
    );
  }
  const conversions = matchByKey(
    b.conversions.map((c) => ({ ...c, from: headId(ctx.renames.stages, c.from), to: headId(ctx.renames.stages, c.to) })),
    h.conversions,
    (c) => `${c.from}>${c.to}`,
    null,
  );
  for (const { item, index } of conversions.removed)
    out.push(
      makeChange({
        section: 'targets',
        pointer: `${at}/conversions/${index}`,
        kind: 'removed',
        before: `${item.from} → ${item.to}`,
        after: null,
        direction: 'neutral',
        affects: 'both',
        summary: say('conversion.removed', { from: item.from, to: item.to, rate: pct(item.rate) }),
      }),
    );
  for (const p of conversions.pairs) {
    if (p.base.rate === p.head.rate) continue;
    out.push(
      changed(
        `${at}/conversions/${p.headIndex}`,
        percent(p.base.rate),
        percent(p.head.rate),
        numericDirection(p.base.rate, p.head.rate, false),
        say('conversion.rate', { from: p.head.from, to: p.head.to, before: pct(p.base.rate), after: pct(p.head.rate) }),
        false,
        { before: pct(p.base.rate), after: pct(p.head.rate) },
      ),
    );
  }
  for (const { item, index } of conversions.added)
    out.push(
      makeChange({
        section: 'targets',
        pointer: `${at}/conversions/${index}`,
        kind: 'added',
        before: null,
        after: `${item.from} → ${item.to}`,
        direction: 'neutral',
        affects: 'both',
        summary: say('conversion.added', { from: item.from, to: item.to, rate: pct(item.rate) }),
      }),
    );

  // What the funnel math now asks of each stage.
  const stageOwner = new Map(ctx.head.stages.map((s) => [s.id, s.owner]));
  const baseNeeded = new Map(Object.entries(b.needed).map(([stage, n]) => [headId(ctx.renames.stages, stage), n]));
  for (const [stage, after] of Object.entries(h.needed)) {
    const before = baseNeeded.get(stage);
    if (before === undefined || before === after) continue;
    const owner = stageOwner.get(stage) ?? 'both';
    out.push(
      fieldChanges('targets', '', owner)(
        `${at}`,
        before,
        after,
        numericDirection(before, after, true),
        say('funnel.needed', { from: before, to: after, stage, per: say(`a.${h.period}`) }),
      ),
    );
  }
  return defined(out);
}
