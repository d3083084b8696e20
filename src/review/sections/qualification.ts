/**
 * The qualification bar binds marketing: a lower threshold, a wider fit or more points
 * let more leads through, which is looser for marketing and more work for sales (both
 * teams are affected by every change of meaning here).
 */
import type { RulesIR } from '../../compiler/ir.js';
import { makeChange, numericDirection, opposite } from '../change.js';
import { matchByKey, setDiff } from '../match.js';
import { compareConditions, describeCondition } from '../segments.js';
import type { Change, Direction } from '../types.js';
import { percent } from '../words.js';
import { cond, joined, listOf, numOrNone, pct, say, signed, type Arg, type Phrase } from '../phrase.js';
import { defined, headId, wording, type DiffContext } from './context.js';

type Qualification = NonNullable<RulesIR['qualification']>;
type Scoring = NonNullable<Qualification['scoring']>;
type ScoringRule = Scoring['rules'][number];

/** The qualification's own tone: what marketing must deliver, and what sales then gets. */
export function qualificationTone(direction: Direction, unclear = false): Phrase | '' {
  if (unclear) return say('qtone.unclear');
  if (direction === 'loosened') return say('qtone.looser');
  if (direction === 'tightened') return say('qtone.tighter');
  return '';
}

const at = '/qualification';

export function diffQualification(ctx: DiffContext): Change[] {
  const b = ctx.base.qualification;
  const h = ctx.head.qualification;
  if (!b && !h) return [];
  if (!b)
    return [
      makeChange({
        section: 'qualification',
        pointer: at,
        kind: 'added',
        before: null,
        after: 'qualification',
        direction: 'tightened',
        affects: 'both',
        summary: joined(say('qual.added'), qualificationTone('tightened')),
      }),
    ];
  if (!h)
    return [
      makeChange({
        section: 'qualification',
        pointer: at,
        kind: 'removed',
        before: 'qualification',
        after: null,
        direction: 'loosened',
        affects: 'both',
        clause: true,
        summary: joined(say('qual.removed'), qualificationTone('loosened')),
      }),
    ];

  const out: (Change | undefined)[] = [];
  const changed: Changed = (pointer, before, after, direction, summary, unclear = false, shown) =>
    makeChange({
      section: 'qualification',
      pointer,
      kind: 'changed',
      before,
      after,
      direction,
      affects: 'both',
      summary: joined(summary, qualificationTone(direction, unclear)),
      unclear,
      shown,
    });

  // Thresholds: the score (and minimum fit or engagement) a lead needs.
  const th = matchByKey(b.thresholds, h.thresholds, (t) => t.id);
  for (const { item, index } of th.removed) {
    out.push(
      makeChange({
        section: 'qualification',
        pointer: `${at}/thresholds/${index}`,
        kind: 'removed',
        before: item.id,
        after: null,
        direction: 'loosened',
        affects: 'both',
        clause: true,
        summary: joined(say('threshold.removed', { id: item.id, stage: item.stage, score: item.score }), qualificationTone('loosened')),
      }),
    );
  }
  for (const r of th.renamed)
    out.push(
      makeChange({
        section: 'qualification',
        pointer: `${at}/thresholds/${r.headIndex}/id`,
        kind: 'renamed',
        before: r.base.id,
        after: r.head.id,
        direction: 'neutral',
        affects: 'both',
        summary: say('renamed.threshold', { from: r.base.id, to: r.head.id }),
      }),
    );
  for (const p of th.pairs) {
    const t = p.head;
    const where = `${at}/thresholds/${p.headIndex}`;
    const stage = t.stage.toUpperCase();
    if (p.base.score !== t.score)
      out.push(
        changed(
          `${where}/score`,
          p.base.score,
          t.score,
          numericDirection(p.base.score, t.score, true),
          say('threshold.score', { stage, from: p.base.score, to: t.score }),
        ),
      );
    for (const key of ['minFit', 'minEngagement'] as const) {
      const before = p.base[key];
      const after = t[key];
      if (before === after) continue;
      out.push(
        changed(
          `${where}/${key}`,
          before,
          after,
          numericDirection(before ?? 0, after ?? 0, true),
          say(key === 'minFit' ? 'threshold.minFit' : 'threshold.minEngagement', { stage, from: numOrNone(before), to: numOrNone(after) }),
        ),
      );
    }
    if (headId(ctx.renames.stages, p.base.stage) !== t.stage)
      out.push(changed(`${where}/stage`, p.base.stage, t.stage, 'neutral', say('threshold.stage', { id: t.id, from: p.base.stage, to: t.stage }), true));
  }
  for (const { item, index } of th.added) {
    out.push(
      makeChange({
        section: 'qualification',
        pointer: `${at}/thresholds/${index}`,
        kind: 'added',
        before: null,
        after: item.id,
        direction: 'tightened',
        affects: 'both',
        summary: joined(say('threshold.added', { id: item.id, stage: item.stage, score: item.score }), qualificationTone('tightened')),
      }),
    );
  }

  // Fit and engagement: which leads can qualify at all.
  for (const key of ['fit', 'engagement'] as const) {
    const segment = compareConditions(b[key], h[key]);
    if (segment === 'same') continue;
    const direction: Direction = segment === 'wider' ? 'loosened' : segment === 'narrower' ? 'tightened' : 'neutral';
    out.push(
      changed(
        `${at}/${key}`,
        describeCondition(b[key]),
        describeCondition(h[key]),
        direction,
        say(key === 'fit' ? 'qual.fit' : 'qual.engagement', { from: cond(b[key]), to: cond(h[key]) }),
        segment === 'unclear',
        { before: cond(b[key]), after: cond(h[key]) },
      ),
    );
  }
  const personas = setDiff(
    b.personas.map((p) => headId(ctx.renames.personas, p)),
    h.personas,
  );
  if (personas.added.length > 0 || personas.removed.length > 0) {
    const direction: Direction = personas.removed.length === 0 ? 'loosened' : personas.added.length === 0 ? 'tightened' : 'neutral';
    const change = addsDrops(personas, 'change.addsDrops');
    out.push(changed(`${at}/personas`, b.personas, h.personas, direction, say('qual.personas', { change }), direction === 'neutral'));
  }

  out.push(...diffScoring(b.scoring, h.scoring, changed));
  out.push(wording('qualification', `${at}/description`, say('subject.qualDescription'), b.description, h.description, 'both'));
  return defined(out);
}

type Changed = (
  pointer: string,
  before: Change['before'],
  after: Change['after'],
  direction: Direction,
  summary: Phrase,
  unclear?: boolean,
  shown?: { before?: Arg; after?: Arg },
) => Change;

/** "adds a and b, drops c" (or with a semicolon between the two), for two lists of ids. */
export function addsDrops(d: { added: readonly Arg[]; removed: readonly Arg[] }, both: 'change.addsDrops' | 'change.addsDropsSemi'): Phrase {
  const added = listOf(d.added);
  const removed = listOf(d.removed);
  if (d.added.length > 0 && d.removed.length > 0) return say(both, { added, removed });
  return d.added.length > 0 ? say('change.adds', { added }) : say('change.drops', { removed });
}

function diffScoring(b: Scoring | null, h: Scoring | null, changed: Changed): (Change | undefined)[] {
  const where = `${at}/scoring`;
  if (!b && !h) return [];
  if (!b || !h) {
    return [
      makeChange({
        section: 'qualification',
        pointer: where,
        kind: b ? 'removed' : 'added',
        before: b ? 'scoring' : null,
        after: h ? 'scoring' : null,
        direction: 'neutral',
        affects: 'both',
        clause: true,
        unclear: true,
        summary: joined(say(b ? 'scoring.removed' : 'scoring.added'), qualificationTone('neutral', true)),
      }),
    ];
  }
  const out: (Change | undefined)[] = [];
  const rules = matchByKey(b.rules, h.rules, (r) => r.id);
  // Positive points help a lead qualify: more of them is looser for marketing; negative points the reverse.
  const pointsDirection = (r: ScoringRule, adding: boolean): Direction => (r.points === 0 ? 'neutral' : r.points > 0 === adding ? 'loosened' : 'tightened');
  for (const { item, index } of rules.removed) {
    const d = pointsDirection(item, false);
    out.push(
      makeChange({
        section: 'qualification',
        pointer: `${where}/rules/${index}`,
        kind: 'removed',
        before: item.id,
        after: null,
        direction: d,
        affects: 'both',
        clause: true,
        summary: joined(say('rule.removed', { id: item.id, points: signed(item.points) }), qualificationTone(d)),
      }),
    );
  }
  for (const r of rules.renamed)
    out.push(
      makeChange({
        section: 'qualification',
        pointer: `${where}/rules/${r.headIndex}/id`,
        kind: 'renamed',
        before: r.base.id,
        after: r.head.id,
        direction: 'neutral',
        affects: 'both',
        summary: say('renamed.scoringRule', { from: r.base.id, to: r.head.id }),
      }),
    );
  for (const p of rules.pairs) {
    const rb = p.base;
    const rh = p.head;
    const ptr = `${where}/rules/${p.headIndex}`;
    if (rb.points !== rh.points)
      out.push(
        changed(
          `${ptr}/points`,
          rb.points,
          rh.points,
          numericDirection(rb.points, rh.points, false),
          say('rule.points', { id: rh.id, from: signed(rb.points), to: signed(rh.points) }),
        ),
      );
    if (rb.max !== rh.max) {
      // A higher cap lets positive points add up further (looser) and negative ones further down (tighter).
      const up = numericDirection(rb.max ?? Infinity, rh.max ?? Infinity, false);
      const d = rh.points >= 0 ? up : opposite(up);
      out.push(
        changed(
          `${ptr}/max`,
          rb.max,
          rh.max,
          d,
          say('rule.max', { id: rh.id, from: rb.max === null ? say('word.unlimited') : rb.max, to: rh.max === null ? say('word.unlimited') : rh.max }),
        ),
      );
    }
    const segment = compareConditions(rb.when, rh.when);
    if (segment !== 'same') {
      const wider: Direction = rh.points >= 0 ? 'loosened' : 'tightened';
      const d: Direction = segment === 'wider' ? wider : segment === 'narrower' ? opposite(wider) : 'neutral';
      out.push(
        changed(
          `${ptr}/when`,
          describeCondition(rb.when),
          describeCondition(rh.when),
          d,
          say('rule.when', { id: rh.id, from: cond(rb.when), to: cond(rh.when) }),
          segment === 'unclear',
          { before: cond(rb.when), after: cond(rh.when) },
        ),
      );
    }
    if (rb.category !== rh.category)
      out.push(
        changed(
          `${ptr}/category`,
          rb.category,
          rh.category,
          'neutral',
          say('rule.category', { id: rh.id, from: say(`category.${rb.category}`), to: say(`category.${rh.category}`) }),
          true,
          { before: say(`category.${rb.category}`), after: say(`category.${rh.category}`) },
        ),
      );
    out.push(wording('qualification', `${ptr}/description`, say('subject.ruleDescription', { id: rh.id }), rb.description, rh.description, 'both'));
  }
  for (const { item, index } of rules.added) {
    const d = pointsDirection(item, true);
    out.push(
      makeChange({
        section: 'qualification',
        pointer: `${where}/rules/${index}`,
        kind: 'added',
        before: null,
        after: item.id,
        direction: d,
        affects: 'both',
        summary: joined(say('rule.added', { id: item.id, points: signed(item.points), when: cond(item.when) }), qualificationTone(d)),
      }),
    );
  }

  for (const key of ['fit', 'engagement', 'total'] as const) {
    const before = b.caps[key];
    const after = h.caps[key];
    if (before === after) continue;
    const d = numericDirection(before ?? Infinity, after ?? Infinity, false);
    out.push(
      changed(
        `${where}/caps/${key}`,
        before,
        after,
        d,
        say('cap.changed', { category: say(`category.${key}`), from: numOrNone(before), to: numOrNone(after) }),
      ),
    );
  }

  const db = b.decay;
  const dh = h.decay;
  if (!db !== !dh) {
    const d: Direction = dh ? 'tightened' : 'loosened';
    out.push(
      changed(`${where}/decay`, db ? rateWords(db) : null, dh ? rateWords(dh) : null, d, say(dh ? 'decay.added' : 'decay.removed'), false, {
        before: db ? rate(db) : undefined,
        after: dh ? rate(dh) : undefined,
      }),
    );
  } else if (db && dh && (db.by !== dh.by || db.everyMinutes !== dh.everyMinutes || db.category !== dh.category)) {
    // Faster decay (more per step, or shorter steps) takes points away sooner: tighter for marketing.
    const speed = (d: typeof db) => d.by / d.everyMinutes;
    const d: Direction = db.category !== dh.category ? 'neutral' : numericDirection(speed(db), speed(dh), true);
    out.push(
      changed(`${where}/decay`, rateWords(db), rateWords(dh), d, say('decay.changed', { from: rate(db), to: rate(dh) }), db.category !== dh.category, {
        before: rate(db),
        after: rate(dh),
      }),
    );
  }
  return out;
}

/** "10% every 30d": a decay's rate as the contract states it. */
function rate(d: { by: number; every: string }): Phrase {
  return say('decay.rate', { by: pct(d.by), every: d.every });
}

/** The English words `before`/`after` of a decay hold (the JSON's values). */
function rateWords(d: { by: number; every: string }): string {
  return `${percent(d.by)} every ${d.every}`;
}
