/**
 * Follow-up cadence (DESIGN.md §4): a lead sales gave up on for lack of response must
 * show at least `minAttempts` attempts over at least `minSpan` (first touch → last
 * attempt, on the cadence's clock). Given up = rejected or disqualified in the period
 * (the earlier of the two) with the contract's `giveUpReason`, by its id or any of its
 * spellings in the export. A lead with no attempt count or no dates to measure the span
 * cannot show the cadence and counts as a violation.
 */
import type { FollowUpResult } from '../types.js';
import type { Lead } from '../../leads/lead.js';
import { detach, TopK } from '../stats.js';
import { has, ratio, roundMinutes, timeIndex, type Clock, type EvalContext, type Times } from './context.js';

const REJECTED = timeIndex('rejectedAt');
const DISQUALIFIED = timeIndex('disqualifiedAt');
const FIRST_TOUCH = timeIndex('firstTouchAt');
const LAST_ATTEMPT = timeIndex('lastAttemptAt');

interface Violation {
  leadId: string;
  attempts: number | null;
  span: number | null;
}

/** Worst first: fewest attempts, then shortest span; missing values rank worst. */
const byShortfall = (a: Violation, b: Violation): number =>
  (b.attempts ?? -1) - (a.attempts ?? -1) || (b.span ?? -1) - (a.span ?? -1) || (a.leadId < b.leadId ? 1 : a.leadId > b.leadId ? -1 : 0);

/** What a FollowUpMetric counted (see SlaState). */
export interface FollowUpState {
  checked: number;
  violations: number;
  worst: Violation[];
}

export class FollowUpMetric {
  private readonly rule: NonNullable<EvalContext['rules']['followUp']>;
  private readonly clock: Clock;
  private readonly reasons: ReadonlySet<string>;
  private checked = 0;
  private violations = 0;
  private readonly worst: TopK<Violation>;

  constructor(
    private readonly ctx: EvalContext,
    worst: number,
  ) {
    const rule = ctx.rules.followUp;
    if (!rule) throw new Error('FollowUpMetric: the contract has no followUp');
    this.rule = rule;
    this.clock = ctx.clock(rule.minSpan.clock === 'business' ? rule.calendar : null);
    const reason = rule.giveUpReason === null ? undefined : ctx.rules.recycling?.reasons.find((r) => r.id === rule.giveUpReason);
    this.reasons = new Set(rule.giveUpReason === null ? [] : [rule.giveUpReason, ...(reason?.values ?? [])].map((s) => s.trim().toLowerCase()));
    this.worst = new TopK(worst, byShortfall);
  }

  add(lead: Lead, times: Times): void {
    if (this.reasons.size === 0 || lead.rejectionReason === undefined || !this.reasons.has(lead.rejectionReason.trim().toLowerCase())) return;
    const rejected = times[REJECTED] as number;
    const disqualified = times[DISQUALIFIED] as number;
    const gaveUp = !has(rejected) ? disqualified : !has(disqualified) ? rejected : Math.min(rejected, disqualified);
    if (!this.ctx.inPeriod(gaveUp) || gaveUp > this.ctx.asOfMs) return;
    this.checked++;
    const attempts = lead.attempts ?? null;
    const first = times[FIRST_TOUCH] as number;
    const last = times[LAST_ATTEMPT] as number;
    const span = has(first) && has(last) ? (last <= first ? 0 : this.clock.minutesBetween(first, last)) : null;
    const ok = attempts !== null && attempts >= this.rule.minAttempts && span !== null && span >= this.rule.minSpan.minutes;
    if (ok) return;
    this.violations++;
    const v: Violation = { leadId: lead.id, attempts, span };
    if (!this.worst.wouldKeep(v)) return;
    v.leadId = detach(lead.id);
    this.worst.push(v);
  }

  state(): FollowUpState {
    return { checked: this.checked, violations: this.violations, worst: this.worst.items() };
  }

  absorb(s: FollowUpState): void {
    this.checked += s.checked;
    this.violations += s.violations;
    for (const v of s.worst) this.worst.push(v);
  }

  result(): FollowUpResult {
    return {
      checked: this.checked,
      compliant: this.checked - this.violations,
      violations: this.violations,
      rate: ratio(this.checked - this.violations, this.checked),
      minAttempts: this.rule.minAttempts,
      minSpanMinutes: this.rule.minSpan.minutes,
      minSpan: this.rule.minSpan.text,
      worst: this.worst.toSortedArray().map((v) => ({ leadId: v.leadId, attempts: v.attempts, spanMinutes: v.span === null ? null : roundMinutes(v.span) })),
    };
  }
}
