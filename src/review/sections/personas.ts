/**
 * Personas: the buyers both teams agree on. When the qualification names a persona, its
 * criteria are part of the bar (a wider persona lets more leads qualify); otherwise a
 * persona is a shared description.
 */
import { makeChange } from '../change.js';
import { matchByKey } from '../match.js';
import { cond, joined, say } from '../phrase.js';
import { compareConditions, describeCondition } from '../segments.js';
import type { Change, Direction } from '../types.js';
import { defined, wording, type DiffContext } from './context.js';
import { qualificationTone } from './qualification.js';

export function diffPersonas(ctx: DiffContext): Change[] {
  const m = matchByKey(ctx.base.personas, ctx.head.personas, (p) => p.id);
  const qualifying = new Set(ctx.head.qualification?.personas ?? []);
  const out: (Change | undefined)[] = [];
  for (const { item, index } of m.removed) {
    out.push(
      makeChange({
        section: 'personas',
        pointer: `/personas/${index}`,
        kind: 'removed',
        before: item.id,
        after: null,
        direction: 'neutral',
        affects: 'both',
        clause: true,
        summary: say('persona.removed', { name: item.name }),
      }),
    );
  }
  for (const r of m.renamed)
    out.push(
      makeChange({
        section: 'personas',
        pointer: `/personas/${r.headIndex}/id`,
        kind: 'renamed',
        before: r.base.id,
        after: r.head.id,
        direction: 'neutral',
        affects: 'both',
        summary: say('renamed.persona', { from: r.base.id, to: r.head.id }),
      }),
    );
  for (const p of m.pairs) {
    const at = `/personas/${p.headIndex}`;
    const segment = compareConditions(p.base.criteria, p.head.criteria);
    if (segment !== 'same') {
      const counts = qualifying.has(p.head.id);
      const d: Direction = !counts ? 'neutral' : segment === 'wider' ? 'loosened' : segment === 'narrower' ? 'tightened' : 'neutral';
      const unclear = counts && segment === 'unclear';
      out.push(
        makeChange({
          section: 'personas',
          pointer: `${at}/criteria`,
          kind: 'changed',
          before: describeCondition(p.base.criteria),
          after: describeCondition(p.head.criteria),
          direction: d,
          affects: 'both',
          unclear,
          shown: { before: cond(p.base.criteria), after: cond(p.head.criteria) },
          summary: joined(
            say('persona.criteria', { name: p.head.name, from: cond(p.base.criteria), to: cond(p.head.criteria) }),
            counts ? qualificationTone(d, unclear) : '',
          ),
        }),
      );
    }
    out.push(wording('personas', `${at}/name`, say('subject.personaName', { id: p.head.id }), p.base.name, p.head.name, 'both'));
    out.push(
      wording('personas', `${at}/description`, say('subject.personaDescription', { name: p.head.name }), p.base.description, p.head.description, 'both'),
    );
  }
  for (const { item, index } of m.added)
    out.push(
      makeChange({
        section: 'personas',
        pointer: `/personas/${index}`,
        kind: 'added',
        before: null,
        after: item.id,
        direction: 'neutral',
        affects: 'both',
        summary: say('persona.added', { name: item.name }),
      }),
    );
  return defined(out);
}
