/**
 * SLAs bind their owner: a shorter goal, a higher target, a wider segment, a clock that
 * counts more of the time, or fewer events that stop it ask more of the owner.
 */
import type { RuleSla } from '../../compiler/ir.js';
import { fieldChanges, makeChange, numericDirection, tone } from '../change.js';
import { matchAlike, matchByKey, sameSet, type MatchedAlike, type Pair } from '../match.js';
import { compareConditions, describeCondition } from '../segments.js';
import type { Change, Direction } from '../types.js';
import { cond, dur, joined, listOf, idOrNone, pct, say } from '../phrase.js';
import { named, percent } from '../words.js';
import { defined, headId, wording, type DiffContext } from './context.js';

/**
 * SLAs matched by id; then by content apart from the id (renamed); then, of those left, by
 * what makes an SLA that SLA: the team it binds and the events that start and stop its
 * clock (renamed and changed, matchAlike). The goal, target, calendar, segment, name and
 * description are what an edit changes; a clock on other events or another team's clock
 * is another clause. Events compare by their lead field, so a renamed stage is the same event.
 */
export function matchSlas(base: readonly RuleSla[], head: readonly RuleSla[]): MatchedAlike<RuleSla> {
  return matchAlike(
    matchByKey(base, head, (s) => s.id),
    slaIdentity,
    (s) => s.name,
  );
}

function slaIdentity(s: RuleSla): string {
  const stops = s.stop.map((e) => e.field).sort();
  return JSON.stringify([s.owner, s.start.field, stops]);
}

export function diffSlas(ctx: DiffContext): Change[] {
  const m = matchSlas(ctx.base.slas, ctx.head.slas);
  const out: Change[] = [];
  for (const { item, index } of m.removed) {
    out.push(
      makeChange({
        section: 'slas',
        pointer: `/slas/${index}`,
        kind: 'removed',
        before: item.id,
        after: null,
        direction: 'loosened',
        affects: item.owner,
        clause: true,
        summary: joined(say('sla.removed', { name: named(item) }), tone('loosened', item.owner)),
      }),
    );
  }
  const renamed = (r: Pair<RuleSla>, summary: 'renamed.sla' | 'renamed.slaChanged') =>
    makeChange({
      section: 'slas',
      pointer: `/slas/${r.headIndex}/id`,
      kind: 'renamed',
      before: r.base.id,
      after: r.head.id,
      direction: 'neutral',
      affects: r.head.owner,
      summary: say(summary, { from: r.base.id, to: r.head.id }),
    });
  for (const r of m.renamed) out.push(renamed(r, 'renamed.sla'));
  // Renamed and changed: the rename, then what changed, as for an SLA that kept its id.
  for (const r of m.renamedChanged) out.push(renamed(r, 'renamed.slaChanged'), ...diffSla(ctx, r.base, r.head, `/slas/${r.headIndex}`));
  for (const p of m.pairs) out.push(...diffSla(ctx, p.base, p.head, `/slas/${p.headIndex}`));
  for (const { item, index } of m.added) {
    out.push(
      makeChange({
        section: 'slas',
        pointer: `/slas/${index}`,
        kind: 'added',
        before: null,
        after: item.id,
        direction: 'tightened',
        affects: item.owner,
        summary: joined(say('sla.added', { name: named(item), goal: dur(item.goal), target: pct(item.target) }), tone('tightened', item.owner)),
      }),
    );
  }
  return out;
}

function diffSla(ctx: DiffContext, b: RuleSla, h: RuleSla, at: string): Change[] {
  const name = named(h);
  const owner = h.owner;
  const changed = fieldChanges('slas', at, owner);
  const out: (Change | undefined)[] = [];

  // Ownership first: when the SLA moves to the other team, both are affected.
  if (b.owner !== h.owner) {
    out.push(
      makeChange({
        section: 'slas',
        pointer: `${at}/owner`,
        kind: 'changed',
        before: b.owner,
        after: h.owner,
        direction: 'neutral',
        affects: 'both',
        unclear: true,
        summary: joined(say('sla.owner', { name, from: say(`side.${b.owner}`), to: say(`side.${h.owner}`) }), tone('neutral', 'both', true)),
        shown: { before: say(`side.${b.owner}`), after: say(`side.${h.owner}`) },
      }),
    );
  }

  // The goal and its clock: compared in minutes on the clock, so 1bh and 60m (business) are equal.
  if (b.clock !== h.clock) {
    // Calendar time runs at least as fast as business time: the same or fewer calendar
    // minutes is tighter than business minutes, and the reverse is looser.
    const direction: Direction =
      b.clock === 'business' && h.goal.minutes <= b.goal.minutes
        ? 'tightened'
        : b.clock === 'calendar' && h.goal.minutes >= b.goal.minutes
          ? 'loosened'
          : 'neutral';
    out.push(changed('/goal', b.goal.text, h.goal.text, direction, say('sla.goal', { name, from: dur(b.goal), to: dur(h.goal) }), direction === 'neutral'));
  } else if (b.goal.text !== h.goal.text && b.goal.minutes !== h.goal.minutes) {
    const direction = numericDirection(b.goal.minutes, h.goal.minutes, false);
    out.push(changed('/goal', b.goal.text, h.goal.text, direction, say('sla.goal', { name, from: dur(b.goal), to: dur(h.goal) })));
  }
  if (b.target !== h.target) {
    const direction = numericDirection(b.target, h.target, true);
    out.push(
      changed('/target', percent(b.target), percent(h.target), direction, say('sla.target', { name, from: pct(b.target), to: pct(h.target) }), false, {
        before: pct(b.target),
        after: pct(h.target),
      }),
    );
  }
  if (b.clock === 'business' && h.clock === 'business' && headId(ctx.renames.calendars, b.calendar) !== h.calendar) {
    out.push(
      changed('/calendar', b.calendar, h.calendar, 'neutral', say('sla.calendar', { name, from: idOrNone(b.calendar), to: idOrNone(h.calendar) }), true),
    );
  }

  // The events: another start is a different clause; more stop events end the clock sooner.
  if (b.start.field !== h.start.field) {
    out.push(changed('/start', b.start.event, h.start.event, 'neutral', say('sla.start', { name, from: b.start.event, to: h.start.event }), true));
  }
  const bStops = b.stop.map((s) => s.field);
  const hStops = h.stop.map((s) => s.field);
  if (!sameSet(bStops, hStops)) {
    const more = bStops.every((f) => hStops.includes(f));
    const fewer = hStops.every((f) => bStops.includes(f));
    const direction: Direction = more ? 'loosened' : fewer ? 'tightened' : 'neutral';
    const words = (sla: RuleSla) => listOf(stopEvents(sla), 'or');
    out.push(changed('/stop', stopEvents(b), stopEvents(h), direction, say('sla.stop', { name, from: words(b), to: words(h) }), direction === 'neutral'));
  }

  // The segment: more leads under the SLA is more work for its owner.
  const segment = compareConditions(b.when, h.when);
  if (segment !== 'same') {
    const direction: Direction = segment === 'wider' ? 'tightened' : segment === 'narrower' ? 'loosened' : 'neutral';
    const key = segment === 'wider' ? 'sla.wider' : segment === 'narrower' ? 'sla.narrower' : 'sla.other';
    out.push(
      changed(
        '/when',
        describeCondition(b.when),
        describeCondition(h.when),
        direction,
        say(key, { name, from: cond(b.when), to: cond(h.when) }),
        segment === 'unclear',
        { before: cond(b.when), after: cond(h.when) },
      ),
    );
  }

  out.push(wording('slas', `${at}/name`, say('subject.slaName', { name }), b.name, h.name, owner));
  out.push(wording('slas', `${at}/description`, say('subject.slaDescription', { name }), b.description, h.description, owner));
  return defined(out);
}

function stopEvents(sla: RuleSla): string[] {
  return sla.stop.map((e) => e.event);
}
