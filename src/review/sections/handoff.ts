/**
 * The handoff binds marketing: every required field is something marketing must fill in
 * before a lead reaches sales. Routing and channel are how sales receives it.
 */
import { makeChange, tone } from '../change.js';
import { matchByKey, same } from '../match.js';
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
        summary: `Handoff rules added${tone('tightened', 'marketing')}`,
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
        summary: `Handoff rules removed${tone('loosened', 'marketing')}`,
      }),
    ];

  const out: (Change | undefined)[] = [];
  const fields = matchByKey(b.requiredFields, h.requiredFields, (f) => f.field, null);
  const label = (f: { field: string; label: string | null }) => (f.label ? `“${f.label}” (${f.field})` : f.field);
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
        summary: `Handoff: ${label(item)} no longer required${tone('loosened', 'marketing')}`,
      }),
    );
  }
  for (const p of fields.pairs) {
    out.push(wording('handoff', `${at}/requiredFields/${p.headIndex}/label`, `Handoff field ${p.head.field}: label`, p.base.label, p.head.label, 'marketing'));
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
        summary: `Handoff: new required field ${label(item)}${tone('tightened', 'marketing')}`,
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
        summary: `Handoff happens at ${b.stage} → ${h.stage}${tone('neutral', 'both', true)}`,
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
        summary: `Handoff channel: ${b.channel ?? 'none'} → ${h.channel ?? 'none'}`,
      }),
    );
  }
  // Routing rules apply in order (the first that matches wins), so here order is meaning.
  if (!same(b.routing, h.routing)) {
    const words = (r: typeof b.routing) => (r ? `${r.method}, ${r.rules.length} rule${r.rules.length === 1 ? '' : 's'}` : 'none');
    out.push(
      makeChange({
        section: 'handoff',
        pointer: `${at}/routing`,
        kind: 'changed',
        before: words(b.routing),
        after: words(h.routing),
        direction: 'neutral',
        affects: 'sales',
        summary: `Lead routing changed (${words(b.routing)} → ${words(h.routing)})`,
      }),
    );
  }
  out.push(wording('handoff', `${at}/description`, 'Handoff description', b.description, h.description, 'both'));
  return defined(out);
}
