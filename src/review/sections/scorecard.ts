/**
 * The report card: what each team needs from the other and how it is graded. A need
 * listed under `needs.marketing` is something sales is graded on, and the reverse.
 */
import type { TeamId } from '../../compiler/ir.js';
import { makeChange } from '../change.js';
import { matchByKey, same } from '../match.js';
import { say, type Arg, type Phrase } from '../phrase.js';
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
        summary: say(b ? 'scorecard.removed' : 'scorecard.added'),
      }),
    ];
  const out: (Change | undefined)[] = [];
  const neutral = (pointer: string, before: Change['before'], after: Change['after'], summary: Phrase, shown?: { before?: Arg; after?: Arg }) =>
    makeChange({ section: 'scorecard', pointer, kind: 'changed', before, after, direction: 'neutral', affects: 'both', summary, shown });
  if (b.cadence !== h.cadence)
    out.push(
      neutral(`${at}/cadence`, b.cadence, h.cadence, say('scorecard.cadence', { from: say(`cadence.${b.cadence}`), to: say(`cadence.${h.cadence}`) }), {
        before: say(`cadence.${b.cadence}`),
        after: say(`cadence.${h.cadence}`),
      }),
    );
  if (b.commentBelow !== h.commentBelow)
    out.push(neutral(`${at}/commentBelow`, b.commentBelow, h.commentBelow, say('scorecard.commentBelow', { from: b.commentBelow, to: h.commentBelow })));
  const grades = (s: typeof b) => s.scale.map((g) => g.grade);
  if (!same(grades(b), grades(h)))
    out.push(neutral(`${at}/scale`, grades(b), grades(h), say('scorecard.scale', { from: grades(b).join(', '), to: grades(h).join(', ') })));
  else
    b.scale.forEach((g, i) =>
      out.push(
        wording('scorecard', `${at}/scale/${i}/meaning`, say('subject.gradeMeaning', { grade: g.grade }), g.meaning, h.scale[i]?.meaning ?? null, 'both'),
      ),
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
          summary: say('need.removed', { team: say(`side.${team}`), graded: say(`side.${graded}`), need: item.need }),
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
          summary: say('renamed.need', { from: r.base.id, to: r.head.id }),
        }),
      );
    for (const p of m.pairs)
      out.push(wording('scorecard', `${ptr}/${p.headIndex}/need`, say('subject.need', { id: p.head.id }), p.base.need, p.head.need, graded));
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
          summary: say('need.added', { team: say(`side.${team}`), graded: say(`side.${graded}`), need: item.need }),
        }),
      );
  }
  return defined(out);
}
