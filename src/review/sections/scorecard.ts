/**
 * The report card: what each team needs from the other and how it is graded. A need
 * listed under `needs.marketing` is something sales is graded on, and the reverse.
 */
import type { TeamId } from '../../compiler/ir.js';
import { makeChange } from '../change.js';
import { matchByKey, same } from '../match.js';
import type { Change } from '../types.js';
import { defined, wording, type DiffContext } from './context.js';

const at = '/scorecard';

export function diffScorecard(ctx: DiffContext): Change[] {
  const b = ctx.base.scorecard;
  const h = ctx.head.scorecard;
  if (!b && !h) return [];
  if (!b || !h)
    return [
      makeChange({
        section: 'scorecard',
        pointer: at,
        kind: b ? 'removed' : 'added',
        before: b ? 'scorecard' : null,
        after: h ? 'scorecard' : null,
        direction: 'neutral',
        affects: 'both',
        clause: true,
        summary: `Report card ${b ? 'removed' : 'added'}`,
      }),
    ];
  const out: (Change | undefined)[] = [];
  const neutral = (pointer: string, before: Change['before'], after: Change['after'], summary: string) =>
    makeChange({ section: 'scorecard', pointer, kind: 'changed', before, after, direction: 'neutral', affects: 'both', summary });
  if (b.cadence !== h.cadence) out.push(neutral(`${at}/cadence`, b.cadence, h.cadence, `Report card: ${b.cadence} → ${h.cadence}`));
  if (b.commentBelow !== h.commentBelow)
    out.push(neutral(`${at}/commentBelow`, b.commentBelow, h.commentBelow, `Report card: comments required below ${b.commentBelow} → ${h.commentBelow}`));
  const grades = (s: typeof b) => s.scale.map((g) => g.grade);
  if (!same(grades(b), grades(h)))
    out.push(neutral(`${at}/scale`, grades(b), grades(h), `Report card grades: ${grades(b).join(', ')} → ${grades(h).join(', ')}`));
  else
    b.scale.forEach((g, i) =>
      out.push(wording('scorecard', `${at}/scale/${i}/meaning`, `Grade ${g.grade}: meaning`, g.meaning, h.scale[i]?.meaning ?? null, 'both')),
    );

  for (const team of ['marketing', 'sales'] as TeamId[]) {
    // Needs of one team are what the other is graded on.
    const graded: TeamId = team === 'marketing' ? 'sales' : 'marketing';
    const m = matchByKey(b.needs[team], h.needs[team], (n) => n.id);
    const ptr = `${at}/needs/${team}`;
    for (const { item, index } of m.removed)
      out.push(
        makeChange({
          section: 'scorecard',
          pointer: `${ptr}/${index}`,
          kind: 'removed',
          before: item.id,
          after: null,
          direction: 'loosened',
          affects: graded,
          clause: true,
          summary: `Report card: ${team} no longer grades ${graded} on “${item.need}”`,
        }),
      );
    for (const r of m.renamed)
      out.push(
        makeChange({
          section: 'scorecard',
          pointer: `${ptr}/${r.headIndex}/id`,
          kind: 'renamed',
          before: r.base.id,
          after: r.head.id,
          direction: 'neutral',
          affects: graded,
          summary: `Report card need id ${r.base.id} → ${r.head.id} (same need)`,
        }),
      );
    for (const p of m.pairs) out.push(wording('scorecard', `${ptr}/${p.headIndex}/need`, `Report card need ${p.head.id}`, p.base.need, p.head.need, graded));
    for (const { item, index } of m.added)
      out.push(
        makeChange({
          section: 'scorecard',
          pointer: `${ptr}/${index}`,
          kind: 'added',
          before: null,
          after: item.id,
          direction: 'neutral',
          affects: graded,
          summary: `Report card: ${team} now also grades ${graded} on “${item.need}”`,
        }),
      );
  }
  return defined(out);
}
