/**
 * SLA verdicts (DESIGN.md §4): per lead and SLA one of met, breached, pending, excluded,
 * with elapsed minutes on the SLA's clock and the due instant; per SLA the counts,
 * attainment against the target, median and p90 elapsed, and the worst breaches.
 *
 * Cohort: leads whose start instant falls in the report period. A lead without a start
 * belongs to the period of its creation (or its earliest timestamp) and only counts, as
 * excluded with a `missing-start` finding, when something shows the start did happen: a
 * stop event is present, or (for a stage start) the lead reached that stage or a later
 * one. A lead that simply never got there (never became an MQL) is not in the SLA at all.
 */
import type { RuleSla } from '../../compiler/ir.js';
import type { DataQualityFinding, PerLeadRow, SlaResult, Verdict } from '../types.js';
import { compileCondition, type LeadPredicate } from '../condition.js';
import type { Lead } from '../../leads/lead.js';
import { detach, NumberColumn, TopK, type Numbers } from '../stats.js';
import { has, latestInstant, ratio, roundMinutes, timeIndex, type Clock, type EvalContext, type Times } from './context.js';
import { message, SEVERITY, type DataQuality } from './data-quality.js';
import { elapsedDistribution } from './distribution.js';

/** Verdict of one lead on one SLA; NOT_IN_COHORT when the lead is not this period's business. */
export const MET = 0;
export const BREACHED = 1;
export const PENDING = 2;
export const EXCLUDED = 3;
export const NOT_IN_COHORT = -1;
export type VerdictCode = typeof MET | typeof BREACHED | typeof PENDING | typeof EXCLUDED | typeof NOT_IN_COHORT;
export const VERDICT_NAMES: readonly Verdict[] = ['met', 'breached', 'pending', 'excluded'];

export interface SlaOptions {
  worst: number;
  showPii: boolean;
  onPerLead: ((row: PerLeadRow) => void) | undefined;
}

interface Offender {
  leadId: string;
  elapsed: number;
  overdue: number;
  dueMs: number;
  owner: string | null;
  email: string | undefined;
  name: string | undefined;
}

/** Ranks the more overdue first; ties by lead id so the list does not depend on row order. */
const byOverdue = (a: Offender, b: Offender): number => a.overdue - b.overdue || (a.leadId < b.leadId ? 1 : a.leadId > b.leadId ? -1 : 0);

/** What an SlaMetric counted, as plain data: a worker thread's share, merged by `absorb`. */
export interface SlaState {
  counts: number[];
  before: number;
  after: number;
  elapsed: Numbers;
  ages: Numbers;
  worst: Offender[];
  stopSeen: boolean;
}

export class SlaMetric {
  readonly id: string;
  private readonly clock: Clock;
  private readonly when: LeadPredicate;
  private readonly stopFields: string[];
  private readonly startIndex: number;
  private readonly stopIndexes: number[];
  private readonly goal: number;
  /** For a stage start: the start stage and every later lifecycle stage (evidence the start happened). */
  private readonly evidence: readonly number[];
  private readonly evidenceKinds: ReadonlySet<string>;
  private readonly counts = [0, 0, 0, 0];
  /** Leads whose start falls before / after the period (not in this cohort, but said: issue 13). */
  private before = 0;
  private after = 0;
  /** Elapsed minutes of leads whose clock stopped, for exact median and p90. */
  private readonly elapsed = new NumberColumn(4096);
  /** Ages (minutes up to as-of) of leads still open: apart, so a "time to won" SLA does not show 300 days of open pipeline as its median. */
  private readonly ages = new NumberColumn(1024);
  private readonly worst: TopK<Offender>;
  /** Whether any lead of the whole input has one of the stop events (else the engine warns: `stopFinding`). */
  private stopSeen = false;

  constructor(
    private readonly sla: RuleSla,
    private readonly ctx: EvalContext,
    private readonly dq: DataQuality,
    private readonly options: SlaOptions,
  ) {
    this.id = sla.id;
    this.clock = ctx.clock(sla.clock === 'business' ? sla.calendar : null);
    this.when = compileCondition(sla.when, ctx.timezone);
    this.stopFields = [...new Set(sla.stop.map((s) => s.field))];
    this.startIndex = timeIndex(sla.start.field);
    this.stopIndexes = this.stopFields.map(timeIndex);
    this.goal = sla.goal.minutes;
    const startStage = sla.start.type === 'stage' ? ctx.stageById.get(sla.start.event) : undefined;
    this.evidence = [...this.stopIndexes, ...(startStage ? ctx.reachedFields(startStage.id).filter((f) => f !== sla.start.field) : []).map(timeIndex)];
    this.evidenceKinds = new Set(startStage ? ctx.lifecycle.filter((s) => s.order >= startStage.order).map((s) => s.kind) : []);
    this.worst = new TopK(options.worst, byOverdue);
  }

  add(lead: Lead, times: Times): VerdictCode {
    const ctx = this.ctx;
    const start = times[this.startIndex] as number;
    if (!this.stopSeen) for (const i of this.stopIndexes) if (has(times[i] as number)) this.stopSeen = true;

    // Phase 1: is the lead in this period's cohort, and does the SLA apply to it?
    if (!has(start)) {
      if (!ctx.inPeriod(anchor(times)) || !this.startEvidenced(lead, times)) return NOT_IN_COHORT;
      if (this.when(lead)) this.dq.flag('missing-start', lead.id, { sla: this.id, fixedDetail: this.sla.start.field });
      return this.excluded(lead);
    }
    if (!ctx.inPeriod(start)) {
      if (start < ctx.period.fromMs) this.before++;
      else this.after++;
      return NOT_IN_COHORT;
    }
    if (!this.when(lead)) return this.excluded(lead);
    if (start > ctx.asOfMs) {
      this.dq.flag('start-after-as-of', lead.id, { sla: this.id, fixedDetail: this.sla.start.field });
      return this.excluded(lead);
    }

    // Phase 2: the stop, as of the report. A stop after as-of has not happened yet.
    let stop = Infinity;
    for (let k = 0; k < this.stopIndexes.length; k++) {
      const t = times[this.stopIndexes[k] as number] as number;
      if (!has(t)) continue;
      const latest = lead.dateOnly === undefined ? t : latestInstant(lead, this.stopFields[k] as string, t, ctx.timezone);
      if (latest <= ctx.asOfMs && latest < stop) stop = latest;
    }

    // Phase 3: the verdict. The due instant costs a calendar walk: computed only when needed.
    let dueMs = NaN;
    let verdict: VerdictCode;
    let elapsed: number;
    if (stop !== Infinity) {
      if (stop < start) {
        this.dq.flag('stop-before-start', lead.id, { sla: this.id, fixedDetail: `${this.stopFields.join('/')} before ${this.sla.start.field}` });
        elapsed = 0;
      } else {
        elapsed = this.clock.minutesBetween(start, stop);
      }
      verdict = elapsed <= this.goal ? MET : BREACHED;
    } else {
      elapsed = this.clock.minutesBetween(start, ctx.asOfMs);
      // The same rule as for a stopped lead: late once the elapsed time exceeds the goal.
      // (On a business clock, Friday's close and Monday's opening are one business instant:
      // a lead open over the weekend can still be met at Monday 09:00 sharp.)
      verdict = elapsed > this.goal ? BREACHED : PENDING;
    }
    this.counts[verdict] = (this.counts[verdict] ?? 0) + 1;
    if (stop !== Infinity) this.elapsed.push(elapsed);
    else this.ages.push(elapsed);
    if (verdict === BREACHED) this.offender(lead, elapsed, start, dueMs);
    if (this.options.onPerLead) {
      if (!has(dueMs)) dueMs = this.clock.addMinutes(start, this.goal);
      this.options.onPerLead({
        leadId: lead.id,
        ruleId: this.id,
        verdict: VERDICT_NAMES[verdict] as Verdict,
        elapsedMinutes: roundMinutes(elapsed),
        dueAt: ctx.formatter.format(dueMs),
        owner: lead.owner ?? null,
      });
    }
    return verdict;
  }

  state(): SlaState {
    return {
      counts: [...this.counts],
      before: this.before,
      after: this.after,
      elapsed: this.elapsed.values(),
      ages: this.ages.values(),
      worst: this.worst.items(),
      stopSeen: this.stopSeen,
    };
  }

  /**
   * Adds what another share of the leads counted: every figure then is the figure of both
   * shares together. The state's columns become this metric's own (not copied).
   */
  absorb(s: SlaState): void {
    for (let i = 0; i < this.counts.length; i++) this.counts[i] = (this.counts[i] ?? 0) + (s.counts[i] ?? 0);
    this.before += s.before;
    this.after += s.after;
    this.elapsed.adopt(s.elapsed);
    this.ages.adopt(s.ages);
    for (const o of s.worst) this.worst.push(o);
    this.stopSeen ||= s.stopSeen;
  }

  /** Whether any lead read so far has one of the events that stop this SLA's clock. */
  get stopsSeen(): boolean {
    return this.stopSeen;
  }

  result(): SlaResult {
    const [met = 0, breached = 0, pending = 0, excluded = 0] = this.counts;
    const attainment = ratio(met, met + breached);
    const [median = null, p90 = null] = this.elapsed.percentiles([0.5, 0.9]);
    const [medianAge = null, oldest = null] = this.ages.percentiles([0.5, 1]);
    const round = (x: number | null) => (x === null ? null : roundMinutes(x));
    return {
      id: this.id,
      name: this.sla.name,
      owner: this.sla.owner,
      met,
      breached,
      pending,
      excluded,
      outsidePeriod: { before: this.before, after: this.after },
      attainment,
      target: this.sla.target,
      status: attainment === null ? 'no-data' : attainment >= this.sla.target ? 'pass' : 'fail',
      goalMinutes: this.goal,
      goal: this.sla.goal.text,
      clock: this.sla.clock,
      // Nearest-rank percentiles: each is an elapsed time some lead actually had.
      elapsedMinutes: { median: round(median), p90: round(p90) },
      elapsedDistribution: elapsedDistribution(this.goal, this.elapsed),
      open: { count: this.ages.length, medianAgeMinutes: round(medianAge), oldestAgeMinutes: round(oldest) },
      worst: this.worst.toSortedArray().map((o) => {
        const w: SlaResult['worst'][number] = {
          leadId: o.leadId,
          elapsedMinutes: roundMinutes(o.elapsed),
          overdueMinutes: roundMinutes(o.overdue),
          dueAt: this.ctx.formatter.format(o.dueMs),
          owner: o.owner,
        };
        if (o.email !== undefined) w.email = o.email;
        if (o.name !== undefined) w.name = o.name;
        return w;
      }),
    };
  }

  private excluded(lead: Lead): VerdictCode {
    this.counts[EXCLUDED] = (this.counts[EXCLUDED] ?? 0) + 1;
    this.options.onPerLead?.({ leadId: lead.id, ruleId: this.id, verdict: 'excluded', elapsedMinutes: null, dueAt: null, owner: lead.owner ?? null });
    return EXCLUDED;
  }

  /** `dueMs` may be NaN (not computed yet). */
  private offender(lead: Lead, elapsed: number, start: number, dueMs: number): void {
    const probe: Offender = {
      leadId: lead.id,
      elapsed,
      overdue: Math.max(0, elapsed - this.goal),
      dueMs,
      owner: lead.owner ?? null,
      email: undefined,
      name: undefined,
    };
    if (!this.worst.wouldKeep(probe)) return;
    if (!has(dueMs)) probe.dueMs = this.clock.addMinutes(start, this.goal);
    probe.leadId = detach(lead.id);
    if (probe.owner !== null) probe.owner = detach(probe.owner);
    if (this.options.showPii) {
      probe.email = lead.email;
      probe.name = lead.name;
    }
    this.worst.push(probe);
  }

  private startEvidenced(lead: Lead, times: Times): boolean {
    for (const i of this.evidence) if (has(times[i] as number)) return true;
    return lead.stage !== undefined && this.evidenceKinds.has(lead.stage);
  }
}

/**
 * The warning for an SLA whose stop events no lead of the whole input has (a column the
 * mapping does not map, or one never filled), or null when some lead has one, when the SLA
 * had no lead to measure, or when it has no stop event. The engines say it; whether the
 * SLA is then measured at all is the caller's to decide, knowing the export's columns
 * (app/measure.ts, which applies `unmeasured`). Shared by the streaming and SQL engines.
 */
export function stopFinding(r: SlaResult, sla: RuleSla, stopSeen: boolean): DataQualityFinding | null {
  const leads = r.met + r.breached + r.pending;
  if (stopSeen || leads === 0 || sla.stop.length === 0) return null;
  const code = 'sla-stop-not-in-export';
  const detail = `${sla.id}|${[...new Set(sla.stop.map((s) => s.field))].join('/')}`;
  return { code, severity: SEVERITY[code], count: leads, message: message(code, leads, detail), examples: [], sla: sla.id, detail };
}

/**
 * An SLA the export cannot measure: every lead in it would look late or open, as if sales
 * never touched one. It is `no-data`, never a failure, and its worst offenders (nobody's
 * fault) are not listed; its counts stay as the engine read them.
 */
export function unmeasured(r: SlaResult): SlaResult {
  return { ...r, attainment: null, status: 'no-data', worst: [] };
}

/** The instant a lead without an SLA start is filed under: its creation, else its earliest timestamp. */
function anchor(times: Times): number {
  const created = times[CREATED] as number;
  if (has(created)) return created;
  let earliest = NaN;
  for (const t of times) if (t < earliest || !has(earliest)) earliest = t;
  return earliest;
}

const CREATED = timeIndex('createdAt');
