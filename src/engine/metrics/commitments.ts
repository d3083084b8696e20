/**
 * Commitments per period (DESIGN.md §2, §4): what each team promised, measured in the
 * report's period.
 * - volume: leads entering the stage in the period;
 * - conversion: of the leads entering `from` in the period, the share that reached `to`
 *   or any later lifecycle stage by as-of (skipped stages count as passed; lost, recycled
 *   and disqualified are exits, not later stages);
 * - pipeline: deal amount of the leads entering the stage in the period;
 * - revenue: deal amount of the leads won in the period.
 * Events after as-of have not happened yet and do not count. A commitment the export
 * cannot measure at all (no lead of the whole input carries the stage date, the `to`
 * stage date or a later one, or a deal amount) is `no-data` rather than a failure
 * against zero.
 */
import { DateTime } from 'luxon';
import type { PeriodUnit, RuleCommitment } from '../../compiler/ir.js';
import type { CommitmentResult, GoalScaling } from '../types.js';
import { compileCondition, type LeadPredicate } from '../condition.js';
import type { Lead } from '../../leads/lead.js';
import type { Period } from '../period.js';
import { has, reachedBy, ratio, timeIndex, type EvalContext, type Times } from './context.js';
import type { DataQuality } from './data-quality.js';

export type ScaledCommitmentResult = CommitmentResult & { goalScaling: GoalScaling };

const MONTHS: Partial<Record<PeriodUnit, number>> = { month: 1, quarter: 3, 'half-year': 6, year: 12 };
const ADJECTIVE: Record<PeriodUnit, string> = { week: 'weekly', month: 'monthly', quarter: 'quarterly', 'half-year': 'half-yearly', year: 'yearly' };

/** The factor that turns a goal per `unit` into a goal for `period`. */
export function goalScale(unit: PeriodUnit, period: Period): Omit<GoalScaling, 'stated'> {
  if (period.unit === unit) return { period: unit, factor: 1, method: 'same', note: `${ADJECTIVE[unit]} goal` };
  const a = period.unit === 'custom' ? undefined : MONTHS[period.unit];
  const b = MONTHS[unit];
  if (a !== undefined && b !== undefined) {
    const factor = a / b;
    const how = factor >= 1 ? `× ${factor}` : `× 1/${b / a}`;
    return { period: unit, factor, method: 'multiple', note: `${ADJECTIVE[unit]} goal ${how} for a ${period.unit}` };
  }
  // Weeks against months, or a custom range: the share of each contract period's days the report covers.
  let factor = 0;
  let days = 0;
  const zone = period.timezone;
  let p = periodStart(DateTime.fromMillis(period.fromMs, { zone }), unit);
  for (let guard = 0; p.toMillis() < period.toMs && guard < 10_000; guard++) {
    const next = p.plus(unitLength(unit));
    const from = DateTime.fromMillis(Math.max(period.fromMs, p.toMillis()), { zone });
    const to = DateTime.fromMillis(Math.min(period.toMs, next.toMillis()), { zone });
    const overlap = to.diff(from, 'days').days;
    factor += overlap / next.diff(p, 'days').days;
    days += overlap;
    p = next;
  }
  const shown = Math.round(days * 100) / 100;
  return {
    period: unit,
    factor,
    method: 'prorated-days',
    note: `${ADJECTIVE[unit]} goal prorated by days: the report covers ${shown} day${shown === 1 ? '' : 's'} (× ${Math.round(factor * 10_000) / 10_000})`,
  };
}

function periodStart(dt: DateTime, unit: PeriodUnit): DateTime {
  switch (unit) {
    case 'week':
      return dt.startOf('week');
    case 'month':
      return dt.startOf('month');
    case 'quarter':
      return dt.startOf('quarter');
    case 'half-year':
      return dt.startOf('year').plus({ months: dt.month > 6 ? 6 : 0 });
    case 'year':
      return dt.startOf('year');
  }
}

function unitLength(unit: PeriodUnit): { weeks: number } | { months: number } {
  return unit === 'week' ? { weeks: 1 } : { months: MONTHS[unit] ?? 1 };
}

/** What a CommitmentMetric counted (see SlaState). */
export interface CommitmentState {
  count: number;
  converted: number;
  sum: number;
  measurable: boolean;
}

export class CommitmentMetric {
  private readonly when: LeadPredicate;
  private readonly scaling: GoalScaling;
  /** Leads counted (volume), cohort (conversion), or leads summed (money). */
  private count = 0;
  private converted = 0;
  private sum = 0;
  /** Whether any lead of the whole input carries what this commitment measures. */
  private measurable = false;
  private readonly field: number;
  private readonly reached: readonly number[];

  constructor(
    private readonly c: RuleCommitment,
    private readonly ctx: EvalContext,
    private readonly dq: DataQuality,
  ) {
    this.when = compileCondition(c.when, ctx.timezone);
    this.field = timeIndex(c.kind === 'conversion' ? c.fromField : c.field);
    this.reached = c.kind === 'conversion' ? ctx.reachedFields(c.to).map(timeIndex) : [];
    this.scaling = commitmentScaling(c, ctx.period);
  }

  add(lead: Lead, times: Times): void {
    const c = this.c;
    const t = times[this.field] as number;
    if (!this.measurable) {
      if (c.kind === 'pipeline' || c.kind === 'revenue') this.measurable = lead.dealAmount !== undefined;
      else if (c.kind === 'conversion') this.measurable = this.reached.some((i) => has(times[i] as number));
      else this.measurable = has(t);
    }
    if (!this.ctx.inPeriod(t) || t > this.ctx.asOfMs || !this.when(lead)) return;
    this.count++;
    switch (c.kind) {
      case 'volume':
        break;
      case 'conversion':
        if (reachedBy(times, this.reached, this.ctx.asOfMs)) this.converted++;
        break;
      case 'pipeline':
      case 'revenue':
        if (lead.dealAmount !== undefined && Number.isFinite(lead.dealAmount)) this.sum += lead.dealAmount;
        else this.dq.flag('missing-deal-amount', lead.id, { fixedDetail: `${c.stage} (commitment ${c.id})` });
        break;
    }
  }

  state(): CommitmentState {
    return { count: this.count, converted: this.converted, sum: this.sum, measurable: this.measurable };
  }

  absorb(s: CommitmentState): void {
    this.count += s.count;
    this.converted += s.converted;
    this.sum += s.sum;
    this.measurable ||= s.measurable;
  }

  result(): ScaledCommitmentResult {
    return commitmentResult(this.c, { measurable: this.measurable, count: this.count, converted: this.converted, sum: this.sum }, this.scaling);
  }
}

/** How a commitment's goal applies to the report period: a rate as it is, a volume or an amount prorated (goalScale). */
export function commitmentScaling(c: RuleCommitment, period: Period): GoalScaling {
  const scale: Omit<GoalScaling, 'stated'> =
    c.kind === 'conversion' ? { period: c.period, factor: 1, method: 'ratio', note: 'a rate: the same goal for any period' } : goalScale(c.period, period);
  return { ...scale, stated: c.goal };
}

/** What a commitment's result is, from what was counted; the streaming and the SQL engines both end here. */
export function commitmentResult(
  c: RuleCommitment,
  tally: { measurable: boolean; count: number; converted: number; sum: number },
  scaling: GoalScaling,
): ScaledCommitmentResult {
  const goal = c.goal * scaling.factor;
  let actual: number | null;
  let base: number | undefined;
  if (c.kind === 'conversion') {
    actual = tally.measurable ? ratio(tally.converted, tally.count) : null;
    base = tally.count;
  } else if (!tally.measurable) {
    actual = null;
  } else {
    actual = c.kind === 'volume' ? tally.count : Math.round(tally.sum * 100) / 100;
  }
  const r: ScaledCommitmentResult = {
    id: c.id,
    owner: c.owner,
    kind: c.kind,
    actual,
    goal: c.kind === 'conversion' ? goal : Math.round(goal * 100) / 100,
    unit: c.unit,
    status: actual === null ? 'no-data' : actual >= goal ? 'pass' : 'fail',
    goalScaling: scaling,
  };
  if (base !== undefined) r.base = base;
  return r;
}
