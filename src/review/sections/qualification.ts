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
import { list, num, percent } from '../words.js';
import { defined, headId, wording, type DiffContext } from './context.js';

type Qualification = NonNullable<RulesIR['qualification']>;
type Scoring = NonNullable<Qualification['scoring']>;
type ScoringRule = Scoring['rules'][number];

/** The qualification's own tone: what marketing must deliver, and what sales then gets. */
export function qualificationTone(direction: Direction, unclear = false): string {
  if (unclear) return ' (may tighten or loosen for marketing and sales: review)';
  if (direction === 'loosened') return ' (looser for marketing; more leads for sales to work)';
  if (direction === 'tightened') return ' (tighter for marketing; fewer leads for sales)';
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
        summary: `Qualification defined${qualificationTone('tightened')}`,
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
        summary: `Qualification removed${qualificationTone('loosened')}`,
      }),
    ];

  const out: (Change | undefined)[] = [];
  const changed = (pointer: string, before: Change['before'], after: Change['after'], direction: Direction, summary: string, unclear = false) =>
    makeChange({
      section: 'qualification',
      pointer,
      kind: 'changed',
      before,
      after,
      direction,
      affects: 'both',
      summary: `${summary}${qualificationTone(direction, unclear)}`,
      unclear,
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
        summary: `Threshold ${item.id} (${item.stage} at ${num(item.score)}) removed${qualificationTone('loosened')}`,
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
        summary: `Threshold id ${r.base.id} → ${r.head.id} (same clause)`,
      }),
    );
  for (const p of th.pairs) {
    const t = p.head;
    const where = `${at}/thresholds/${p.headIndex}`;
    const label = `${t.stage.toUpperCase()} threshold`;
    if (p.base.score !== t.score)
      out.push(
        changed(
          `${where}/score`,
          p.base.score,
          t.score,
          numericDirection(p.base.score, t.score, true),
          `${label}: score ${num(p.base.score)} → ${num(t.score)}`,
        ),
      );
    for (const key of ['minFit', 'minEngagement'] as const) {
      const before = p.base[key];
      const after = t[key];
      if (before === after) continue;
      const words = key === 'minFit' ? 'minimum fit points' : 'minimum engagement points';
      out.push(
        changed(
          `${where}/${key}`,
          before,
          after,
          numericDirection(before ?? 0, after ?? 0, true),
          `${label}: ${words} ${before === null ? 'none' : num(before)} → ${after === null ? 'none' : num(after)}`,
        ),
      );
    }
    if (headId(ctx.renames.stages, p.base.stage) !== t.stage)
      out.push(changed(`${where}/stage`, p.base.stage, t.stage, 'neutral', `Threshold ${t.id}: stage ${p.base.stage} → ${t.stage}`, true));
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
        summary: `New threshold ${item.id}: ${item.stage} at a score of ${num(item.score)}${qualificationTone('tightened')}`,
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
        `Qualification ${key}: ${describeCondition(b[key])} → ${describeCondition(h[key])}`,
        segment === 'unclear',
      ),
    );
  }
  const personas = setDiff(
    b.personas.map((p) => headId(ctx.renames.personas, p)),
    h.personas,
  );
  if (personas.added.length > 0 || personas.removed.length > 0) {
    const direction: Direction = personas.removed.length === 0 ? 'loosened' : personas.added.length === 0 ? 'tightened' : 'neutral';
    const parts = [personas.added.length > 0 ? `adds ${list(personas.added)}` : '', personas.removed.length > 0 ? `drops ${list(personas.removed)}` : '']
      .filter(Boolean)
      .join(', ');
    out.push(changed(`${at}/personas`, b.personas, h.personas, direction, `Qualifying personas: ${parts}`, direction === 'neutral'));
  }

  out.push(...diffScoring(b.scoring, h.scoring, changed));
  out.push(wording('qualification', `${at}/description`, 'Qualification description', b.description, h.description, 'both'));
  return defined(out);
}

type Changed = (pointer: string, before: Change['before'], after: Change['after'], direction: Direction, summary: string, unclear?: boolean) => Change;

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
        summary: `Lead scoring ${b ? 'removed' : 'added'}${qualificationTone('neutral', true)}`,
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
        summary: `Scoring rule ${item.id} (${signed(item.points)} points) removed${qualificationTone(d)}`,
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
        summary: `Scoring rule id ${r.base.id} → ${r.head.id} (same rule)`,
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
          `Scoring rule ${rh.id}: ${signed(rb.points)} → ${signed(rh.points)} points`,
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
          `Scoring rule ${rh.id}: at most ${rb.max === null ? 'unlimited' : num(rb.max)} → ${rh.max === null ? 'unlimited' : num(rh.max)} points`,
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
          `Scoring rule ${rh.id} applies when ${describeCondition(rb.when)} → ${describeCondition(rh.when)}`,
          segment === 'unclear',
        ),
      );
    }
    if (rb.category !== rh.category)
      out.push(changed(`${ptr}/category`, rb.category, rh.category, 'neutral', `Scoring rule ${rh.id}: ${rb.category} → ${rh.category} points`, true));
    out.push(wording('qualification', `${ptr}/description`, `Scoring rule ${rh.id}: description`, rb.description, rh.description, 'both'));
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
        summary: `New scoring rule ${item.id}: ${signed(item.points)} points when ${describeCondition(item.when)}${qualificationTone(d)}`,
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
        `Score cap (${key}): ${before === null ? 'none' : num(before)} → ${after === null ? 'none' : num(after)}`,
      ),
    );
  }

  const db = b.decay;
  const dh = h.decay;
  if (!db !== !dh) {
    const d: Direction = dh ? 'tightened' : 'loosened';
    out.push(
      changed(
        `${where}/decay`,
        db ? `${percent(db.by)} every ${db.every}` : null,
        dh ? `${percent(dh.by)} every ${dh.every}` : null,
        d,
        `Score decay ${dh ? 'added' : 'removed'}`,
      ),
    );
  } else if (db && dh && (db.by !== dh.by || db.everyMinutes !== dh.everyMinutes || db.category !== dh.category)) {
    // Faster decay (more per step, or shorter steps) takes points away sooner: tighter for marketing.
    const rate = (d: typeof db) => d.by / d.everyMinutes;
    const d: Direction = db.category !== dh.category ? 'neutral' : numericDirection(rate(db), rate(dh), true);
    out.push(
      changed(
        `${where}/decay`,
        `${percent(db.by)} every ${db.every}`,
        `${percent(dh.by)} every ${dh.every}`,
        d,
        `Score decay: ${percent(db.by)} every ${db.every} → ${percent(dh.by)} every ${dh.every}`,
        db.category !== dh.category,
      ),
    );
  }
  return out;
}

function signed(n: number): string {
  return n > 0 ? `+${num(n)}` : num(n);
}
