/**
 * Recycling: the closed list of reasons sales may reject a lead with. Another reason is
 * one more way for sales to hand a lead back (looser for sales; marketing gets it back);
 * a reason taken away is one fewer. Where each reason goes is marketing's work.
 */
import { makeChange, tone } from '../change.js';
import { matchByKey, sameSet } from '../match.js';
import type { Change } from '../types.js';
import { list } from '../words.js';
import { defined, headId, wording, type DiffContext } from './context.js';

const at = '/recycling';

export function diffRecycling(ctx: DiffContext): Change[] {
  const b = ctx.base.recycling;
  const h = ctx.head.recycling;
  if (!b && !h) return [];
  if (!b)
    return [
      makeChange({
        section: 'recycling',
        pointer: at,
        kind: 'added',
        before: null,
        after: h?.reasons.map((r) => r.id) ?? [],
        direction: 'tightened',
        affects: 'sales',
        summary: `Rejection reasons added: ${list(h?.reasons.map((r) => r.id) ?? [])}${tone('tightened', 'sales')}`,
      }),
    ];
  if (!h)
    return [
      makeChange({
        section: 'recycling',
        pointer: at,
        kind: 'removed',
        before: b.reasons.map((r) => r.id),
        after: null,
        direction: 'loosened',
        affects: 'sales',
        clause: true,
        summary: `Rejection reasons and recycling removed${tone('loosened', 'sales')}`,
      }),
    ];

  const out: (Change | undefined)[] = [];
  if (b.feedbackRequired !== h.feedbackRequired) {
    const d = h.feedbackRequired ? 'tightened' : 'loosened';
    out.push(
      makeChange({
        section: 'recycling',
        pointer: `${at}/feedbackRequired`,
        kind: 'changed',
        before: b.feedbackRequired,
        after: h.feedbackRequired,
        direction: d,
        affects: 'sales',
        summary: `A reason for every rejection: ${h.feedbackRequired ? 'now required' : 'no longer required'}${tone(d, 'sales')}`,
      }),
    );
  }
  const m = matchByKey(b.reasons, h.reasons, (r) => r.id);
  for (const { item, index } of m.removed) {
    out.push(
      makeChange({
        section: 'recycling',
        pointer: `${at}/reasons/${index}`,
        kind: 'removed',
        before: item.id,
        after: null,
        direction: 'tightened',
        affects: 'both',
        clause: true,
        summary: `Rejection reason ${item.id} (“${item.label}”) removed${tone('tightened', 'sales')}`,
      }),
    );
  }
  for (const r of m.renamed)
    out.push(
      makeChange({
        section: 'recycling',
        pointer: `${at}/reasons/${r.headIndex}/id`,
        kind: 'renamed',
        before: r.base.id,
        after: r.head.id,
        direction: 'neutral',
        affects: 'both',
        summary: `Rejection reason id ${r.base.id} → ${r.head.id} (same reason)`,
      }),
    );
  for (const p of m.pairs) {
    const rb = p.base;
    const rh = p.head;
    const ptr = `${at}/reasons/${p.headIndex}`;
    const where = (r: typeof rb) => [r.destination, r.flow, r.after?.text, headId(ctx.renames.stages, r.stage)].filter(Boolean).join(', ');
    const whereHead = (r: typeof rh) => [r.destination, r.flow, r.after?.text, r.stage].filter(Boolean).join(', ');
    if (where(rb) !== whereHead(rh)) {
      out.push(
        makeChange({
          section: 'recycling',
          pointer: `${ptr}/destination`,
          kind: 'changed',
          before: where(rb),
          after: whereHead(rh),
          direction: 'neutral',
          affects: 'marketing',
          summary: `Leads rejected as ${rh.id} go to ${where(rb)} → ${whereHead(rh)}`,
        }),
      );
    }
    if (!sameSet(rb.values, rh.values)) {
      out.push(
        makeChange({
          section: 'recycling',
          pointer: `${ptr}/values`,
          kind: 'changed',
          before: rb.values,
          after: rh.values,
          direction: 'neutral',
          affects: 'both',
          summary: `Rejection reason ${rh.id}: CRM values ${list(rb.values)} → ${list(rh.values)}`,
        }),
      );
    }
    out.push(wording('recycling', `${ptr}/label`, `Rejection reason ${rh.id}: label`, rb.label, rh.label, 'both'));
  }
  for (const { item, index } of m.added) {
    out.push(
      makeChange({
        section: 'recycling',
        pointer: `${at}/reasons/${index}`,
        kind: 'added',
        before: null,
        after: item.id,
        direction: 'loosened',
        affects: 'both',
        summary: `New rejection reason ${item.id} (“${item.label}”, to ${item.destination})${tone('loosened', 'sales')}`,
      }),
    );
  }
  out.push(wording('recycling', `${at}/description`, 'Recycling description', b.description, h.description, 'both'));
  return defined(out);
}
