/**
 * The handoff binds marketing: every required field is something marketing must fill in
 * before a lead reaches sales. Routing and channel are how sales receives it.
 */
import { makeChange, tone } from '../change.js';
import { matchByKey, same } from '../match.js';
import { cond, enumWord, joined, listOf, say, type Arg, type Phrase } from '../phrase.js';
import type { RulesIR } from '../../compiler/ir.js';
import { describeCondition } from '../segments.js';
import type { Change } from '../types.js';
import { defined, wording, type DiffContext } from './context.js';

const at = '/handoff';

export function diffHandoff(ctx: DiffContext): Change[] {
  const b = ctx.base.handoff;
  const h = ctx.head.handoff;
  if (!b && !h) return [];
  if (!b)
    return [
      makeChange({
        section: 'handoff',
        pointer: at,
        kind: 'added',
        before: null,
        after: h?.requiredFields.map((f) => f.field) ?? [],
        direction: 'tightened',
        affects: 'marketing',
        summary: joined(say('handoff.added'), tone('tightened', 'marketing')),
      }),
    ];
  if (!h)
    return [
      makeChange({
        section: 'handoff',
        pointer: at,
        kind: 'removed',
        before: b.requiredFields.map((f) => f.field),
        after: null,
        direction: 'loosened',
        affects: 'marketing',
        clause: true,
        summary: joined(say('handoff.removed'), tone('loosened', 'marketing')),
      }),
    ];

  const out: (Change | undefined)[] = [];
  const fields = matchByKey(b.requiredFields, h.requiredFields, (f) => f.field, null);
  const label = (f: { field: string; label: string | null }): Arg => (f.label ? say('handoff.fieldLabel', { label: f.label, field: f.field }) : f.field);
  for (const { item, index } of fields.removed) {
    out.push(
      makeChange({
        section: 'handoff',
        pointer: `${at}/requiredFields/${index}`,
        kind: 'removed',
        before: item.field,
        after: null,
        direction: 'loosened',
        affects: 'marketing',
        summary: joined(say('handoff.fieldRemoved', { field: label(item) }), tone('loosened', 'marketing')),
      }),
    );
  }
  for (const p of fields.pairs) {
    out.push(
      wording(
        'handoff',
        `${at}/requiredFields/${p.headIndex}/label`,
        say('subject.handoffLabel', { field: p.head.field }),
        p.base.label,
        p.head.label,
        'marketing',
      ),
    );
  }
  for (const { item, index } of fields.added) {
    out.push(
      makeChange({
        section: 'handoff',
        pointer: `${at}/requiredFields/${index}`,
        kind: 'added',
        before: null,
        after: item.field,
        direction: 'tightened',
        affects: 'marketing',
        summary: joined(say('handoff.fieldAdded', { field: label(item) }), tone('tightened', 'marketing')),
      }),
    );
  }

  if (b.field !== h.field) {
    out.push(
      makeChange({
        section: 'handoff',
        pointer: `${at}/stage`,
        kind: 'changed',
        before: b.stage,
        after: h.stage,
        direction: 'neutral',
        affects: 'both',
        unclear: true,
        summary: joined(say('handoff.stage', { from: b.stage, to: h.stage }), tone('neutral', 'both', true)),
      }),
    );
  }
  if (b.channel !== h.channel) {
    out.push(
      makeChange({
        section: 'handoff',
        pointer: `${at}/channel`,
        kind: 'changed',
        before: b.channel,
        after: h.channel,
        direction: 'neutral',
        affects: 'both',
        summary: say('handoff.channel', { from: channel(b.channel), to: channel(h.channel) }),
        shown: { before: b.channel === null ? undefined : channel(b.channel), after: h.channel === null ? undefined : channel(h.channel) },
      }),
    );
  }
  // Routing rules apply in order (the first that matches wins), so here order is meaning.
  if (!same(b.routing, h.routing)) {
    const words = (r: typeof b.routing) => (r ? `${r.method}, ${r.rules.length} rule${r.rules.length === 1 ? '' : 's'}` : 'none');
    const shown = (r: typeof b.routing): Arg => (r ? say('routing.rules', { method: enumWord('method', r.method), count: r.rules.length }) : say('word.none'));
    const rules = changedRules(b.routing, h.routing);
    out.push(
      makeChange({
        section: 'handoff',
        pointer: `${at}/routing`,
        kind: 'changed',
        before: rules?.before ?? words(b.routing),
        after: rules?.after ?? words(h.routing),
        direction: 'neutral',
        affects: 'sales',
        shown: rules?.shown ?? { before: shown(b.routing), after: shown(h.routing) },
        summary: rules?.summary ?? say('handoff.routing', { from: shown(b.routing), to: shown(h.routing) }),
      }),
    );
  }
  out.push(wording('handoff', `${at}/description`, say('subject.handoffDescription'), b.description, h.description, 'both'));
  return defined(out);
}

function channel(c: string | null): Arg {
  return c === null ? say('word.none') : enumWord('handoffChannel', c);
}

type Routing = NonNullable<NonNullable<RulesIR['handoff']>['routing']>;
type RoutingRule = Routing['rules'][number];

/**
 * The same method and as many rules: which rules changed, and how (the changed rules,
 * numbered, are the values). Counting them alone said "territory, 5 rules → territory, 5
 * rules", as if nothing had changed.
 */
function changedRules(
  b: Routing | null,
  h: Routing | null,
): { summary: Phrase; before: string[]; after: string[]; shown: { before: Arg; after: Arg } } | undefined {
  if (!b || !h || b.method !== h.method || b.rules.length !== h.rules.length) return undefined;
  const parts: Arg[] = [];
  const before: string[] = [];
  const after: string[] = [];
  const shown: { before: Arg[]; after: Arg[] } = { before: [], after: [] };
  const numbered = (n: number, r: RoutingRule): Arg => say('routing.numbered', { n, rule: say('routing.target', { when: cond(r.when), to: r.to }) });
  h.rules.forEach((head, i) => {
    const base = b.rules[i];
    if (!base || same(base, head)) return;
    const sameWhen = same(base.when, head.when);
    const side = (r: RoutingRule): Arg => (sameWhen ? r.to : base.to === head.to ? cond(r.when) : say('routing.target', { when: cond(r.when), to: r.to }));
    parts.push(say('routing.rule', { n: i + 1, from: side(base), to: side(head) }));
    before.push(`${i + 1}. ${describeCondition(base.when)}: ${base.to}`);
    after.push(`${i + 1}. ${describeCondition(head.when)}: ${head.to}`);
    shown.before.push(numbered(i + 1, base));
    shown.after.push(numbered(i + 1, head));
  });
  return {
    summary: say('handoff.routingRules', { rules: listOf(parts, 'comma') }),
    before,
    after,
    shown: { before: listOf(shown.before, 'comma'), after: listOf(shown.after, 'comma') },
  };
}
