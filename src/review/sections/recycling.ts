/**
 * Recycling: the closed list of reasons sales may reject a lead with. Another reason is
 * one more way for sales to hand a lead back (looser for sales; marketing gets it back);
 * a reason taken away is one fewer. Where each reason goes is marketing's work.
 */
import { makeChange, tone } from '../change.js';
import { matchByKey, sameSet } from '../match.js';
import type { Change } from '../types.js';
import { enumWord, joined, listOf, say, type Arg } from '../phrase.js';
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
        summary: joined(say('recycling.added', { reasons: listOf(h?.reasons.map((r) => r.id) ?? []) }), tone('tightened', 'sales')),
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
        summary: joined(say('recycling.removed'), tone('loosened', 'sales')),
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
        summary: joined(say(h.feedbackRequired ? 'recycling.feedbackOn' : 'recycling.feedbackOff'), tone(d, 'sales')),
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
        summary: joined(say('reason.removed', { id: item.id, label: item.label }), tone('tightened', 'sales')),
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
        summary: say('renamed.reason', { from: r.base.id, to: r.head.id }),
      }),
    );
  for (const p of m.pairs) {
    const rb = p.base;
    const rh = p.head;
    const ptr = `${at}/reasons/${p.headIndex}`;
    const where = (r: typeof rb) => [r.destination, r.flow, r.after?.text, headId(ctx.renames.stages, r.stage)].filter(Boolean).join(', ');
    const whereHead = (r: typeof rh) => [r.destination, r.flow, r.after?.text, r.stage].filter(Boolean).join(', ');
    // The same, with the destination in the locale's words (the flow, the delay and the stage are the contract's).
    const shown = (r: typeof rh, stage: string | null): Arg =>
      listOf([enumWord('destination', r.destination), ...[r.flow, r.after?.text, stage].filter((x): x is string => Boolean(x))], 'comma');
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
          summary: say('reason.destination', { id: rh.id, from: shown(rb, headId(ctx.renames.stages, rb.stage)), to: shown(rh, rh.stage) }),
          shown: { before: shown(rb, headId(ctx.renames.stages, rb.stage)), after: shown(rh, rh.stage) },
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
          summary: say('reason.values', { id: rh.id, from: listOf(rb.values), to: listOf(rh.values) }),
        }),
      );
    }
    out.push(wording('recycling', `${ptr}/label`, say('subject.reasonLabel', { id: rh.id }), rb.label, rh.label, 'both'));
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
        summary: joined(
          say('reason.added', { id: item.id, label: item.label, destination: enumWord('destination', item.destination) }),
          tone('loosened', 'sales'),
        ),
      }),
    );
  }
  out.push(wording('recycling', `${at}/description`, say('subject.recyclingDescription'), b.description, h.description, 'both'));
  return defined(out);
}
