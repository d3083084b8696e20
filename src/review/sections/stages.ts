/**
 * Stages: the lifecycle and who owns each step. Reordering the list is no change, except
 * that the order of the lifecycle stages is what "skipped stages count as passed" walks
 * (DESIGN.md §4), so a different lifecycle order is reported.
 */
import type { RulesIR } from '../../compiler/ir.js';
import { makeChange, tone } from '../change.js';
import { matchByKey, sameSet } from '../match.js';
import { joined, say } from '../phrase.js';
import type { Change } from '../types.js';
import { defined, headId, wording, type DiffContext } from './context.js';

/** Stages a lead leaves the funnel through; not part of the lifecycle order. */
const EXIT_KINDS: ReadonlySet<string> = new Set(['lost', 'recycled', 'disqualified']);

type Stage = RulesIR['stages'][number];

export function stageContent(s: Stage): unknown {
  const { id: _id, order: _order, ...rest } = s;
  return rest;
}

export function diffStages(ctx: DiffContext): Change[] {
  const m = matchByKey(ctx.base.stages, ctx.head.stages, (s) => s.id, stageContent);
  const out: (Change | undefined)[] = [];
  for (const { item, index } of m.removed) {
    out.push(
      makeChange({
        section: 'stages',
        pointer: `/stages/${index}`,
        kind: 'removed',
        before: item.id,
        after: null,
        direction: 'neutral',
        affects: 'both',
        clause: true,
        summary: say('stage.removed', { id: item.id, name: item.name ?? say(`stageKind.${item.kind}`), owner: say(`side.${item.owner}`) }),
      }),
    );
  }
  for (const r of m.renamed)
    out.push(
      makeChange({
        section: 'stages',
        pointer: `/stages/${r.headIndex}/id`,
        kind: 'renamed',
        before: r.base.id,
        after: r.head.id,
        direction: 'neutral',
        affects: 'both',
        summary: say('renamed.stage', { from: r.base.id, to: r.head.id }),
      }),
    );
  for (const p of m.pairs) {
    const b = p.base;
    const h = p.head;
    const at = `/stages/${p.headIndex}`;
    if (b.owner !== h.owner)
      out.push(
        makeChange({
          section: 'stages',
          pointer: `${at}/owner`,
          kind: 'changed',
          before: b.owner,
          after: h.owner,
          direction: 'neutral',
          affects: 'both',
          unclear: true,
          summary: joined(say('stage.owner', { id: h.id, from: say(`side.${b.owner}`), to: say(`side.${h.owner}`) }), tone('neutral', 'both', true)),
          shown: { before: say(`side.${b.owner}`), after: say(`side.${h.owner}`) },
        }),
      );
    if (b.kind !== h.kind)
      out.push(
        makeChange({
          section: 'stages',
          pointer: `${at}/kind`,
          kind: 'changed',
          before: b.kind,
          after: h.kind,
          direction: 'neutral',
          affects: 'both',
          unclear: true,
          summary: joined(say('stage.kind', { id: h.id, from: say(`stageKind.${b.kind}`), to: say(`stageKind.${h.kind}`) }), tone('neutral', 'both', true)),
          shown: { before: say(`stageKind.${b.kind}`), after: say(`stageKind.${h.kind}`) },
        }),
      );
    out.push(wording('stages', `${at}/name`, say('subject.stageName', { id: h.id }), b.name, h.name, h.owner));
    out.push(wording('stages', `${at}/description`, say('subject.stageDescription', { id: h.id }), b.description, h.description, h.owner));
    out.push(wording('stages', `${at}/entry`, say('subject.stageEntry', { id: h.id }), b.entry, h.entry, 'both'));
    if (
      !sameSet(
        b.personas.map((x) => headId(ctx.renames.personas, x)),
        h.personas,
      )
    ) {
      out.push(
        makeChange({
          section: 'stages',
          pointer: `${at}/personas`,
          kind: 'changed',
          before: b.personas,
          after: h.personas,
          direction: 'neutral',
          affects: 'both',
          wording: true,
          summary: say('stage.personas', { id: h.id }),
        }),
      );
    }
  }
  for (const { item, index } of m.added) {
    out.push(
      makeChange({
        section: 'stages',
        pointer: `/stages/${index}`,
        kind: 'added',
        before: null,
        after: item.id,
        direction: 'neutral',
        affects: 'both',
        summary: say('stage.added', { id: item.id, name: item.name ?? say(`stageKind.${item.kind}`), owner: say(`side.${item.owner}`) }),
      }),
    );
  }

  const lifecycle = (rules: RulesIR, rename: (id: string) => string) =>
    rules.stages
      .filter((s) => !EXIT_KINDS.has(s.kind))
      .sort((a, b) => a.order - b.order)
      .map((s) => rename(s.id));
  const before = lifecycle(ctx.base, (id) => headId(ctx.renames.stages, id));
  const after = lifecycle(ctx.head, (id) => id);
  const common = (xs: string[], ys: string[]) => xs.filter((x) => ys.includes(x));
  if (common(before, after).join('>') !== common(after, before).join('>')) {
    out.push(
      makeChange({
        section: 'stages',
        pointer: '/stages',
        kind: 'changed',
        before,
        after,
        direction: 'neutral',
        affects: 'both',
        unclear: true,
        summary: joined(say('stage.lifecycle', { from: before.join(' → '), to: after.join(' → ') }), tone('neutral', 'both', true)),
      }),
    );
  }
  return defined(out);
}
