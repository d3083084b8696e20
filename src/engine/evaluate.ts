/**
 * rows + rules → compliance report (DESIGN.md §4, §5). One pass over the source: each
 * lead is handed to every metric and forgotten. What stays in memory is what the report
 * needs: counters, one number per measured SLA verdict (for exact median and p90),
 * bounded worst-offender heaps and bounded breakdown keys. Per-lead verdicts go to
 * `onPerLead` as they are made.
 *
 * Lead ids are unique in `items`: a source rejects a repeated id as a row (see
 * sources/index.ts), so the engine does not keep a second table of every id.
 *
 * Pure apart from consuming `items`: no clock (`asOfMs` is given), no I/O.
 */
import type { RuleSla, RulesIR } from '../compiler/ir.js';
import type { ComplianceReport, PerLeadRow, Status } from './types.js';
import type { Lead, LeadItems, Rejection, SourceItem } from '../leads/lead.js';
import { leadNeeds } from './needs.js';
import type { Period } from './period.js';
import { BreakdownMetric, type BreakdownState } from './metrics/breakdowns.js';
import { CommitmentMetric, type CommitmentState } from './metrics/commitments.js';
import { createContext, has, newTimes, readTimes, timeIndex, type EvalContext, type Times } from './metrics/context.js';
import { compareFindings, DataQuality, renumberReason, type FindingState, type Renumber } from './metrics/data-quality.js';
import { effectiveFinding, gapFinding, periodGap, progressFinding, withoutData } from './metrics/coverage.js';
import { FollowUpMetric, type FollowUpState } from './metrics/follow-up.js';
import { FunnelMetric } from './metrics/funnel.js';
import { stageFieldsWatched, withUnseenStages } from './metrics/stages-seen.js';
import { handoffFinding, HandoffMetric, handoffOfRead, type HandoffState } from './metrics/handoff.js';
import { SlaMetric, stopFinding, type SlaState, type VerdictCode } from './metrics/sla.js';

export type { Renumber } from './metrics/data-quality.js';

export interface EvaluateOptions {
  period: Period;
  /** The instant the report is "as of": stops after it have not happened yet. */
  asOfMs: number;
  /** Extra breakdown fields (attributes or canonical fields), e.g. ["country"]. */
  by?: string[];
  /** Put emails and names of the worst offenders in the report. */
  showPii?: boolean;
  /** Input files as named by the user, for the report. */
  files: string[];
  /** Called once per lead and SLA as soon as the verdict is known (rows are never kept). */
  onPerLead?: (row: PerLeadRow) => void;
  /** Worst offenders kept per SLA and for the follow-up cadence; 10 by default. */
  worst?: number;
}

/** Rejected rows listed one by one in the report; the count covers them all. */
export const MAX_LISTED_REJECTIONS = 1000;
const DEFAULT_WORST = 10;

export async function evaluate(rules: RulesIR, items: AsyncIterable<SourceItem> | LeadItems, options: EvaluateOptions): Promise<ComplianceReport> {
  return (await evaluateSeries(rules, items, options, [])).report;
}

/**
 * The report, and one report per period of `also` (the sub-periods of a series), from ONE
 * pass over the rows: each lead, once read, goes to the report's metrics and to every
 * sub-period's, the same metric code `evaluate` runs for a period of its own, so a
 * sub-period's report is the report `check --period <it>` makes. The sub-period reports
 * keep no worst offenders, no breakdowns and no per-lead rows (a series shows none).
 */
export async function evaluateSeries(
  rules: RulesIR,
  items: AsyncIterable<SourceItem> | LeadItems,
  options: EvaluateOptions,
  also: readonly Period[],
): Promise<{ report: ComplianceReport; parts: ComplianceReport[] }> {
  const evaluation = new Evaluation(rules, options, also);
  await evaluation.read(items);
  return evaluation.reports();
}

/**
 * What an Evaluation counted, as plain data (typed arrays, arrays, strings, numbers): one
 * share of the leads, read by a worker thread, posted to the thread that merges.
 */
export interface EvaluationState {
  runs: RunState[];
}

/**
 * The report's period and each sub-period, measured over leads as they are read. Leads
 * may be read in shares (byte ranges of one file, on several threads): each share's
 * Evaluation gives its `state()`, and the Evaluation of the first share `absorb`s the
 * others' in file order; the reports are then those of one pass over the whole file, as
 * long as `exactMerge` holds (test/unit/engine/parallel.test.ts).
 */
export class Evaluation {
  private readonly runs: PeriodRun[];

  constructor(
    rules: RulesIR,
    private readonly options: EvaluateOptions,
    also: readonly Period[],
  ) {
    const main = new PeriodRun(rules, options.period, options.asOfMs, {
      worst: options.worst ?? DEFAULT_WORST,
      showPii: options.showPii ?? false,
      onPerLead: options.onPerLead,
      by: options.by ?? [],
      breakdowns: true,
    });
    const parts = also.map((p) => new PeriodRun(rules, p, options.asOfMs, { worst: 0, showPii: false, onPerLead: undefined, by: [], breakdowns: false }));
    this.runs = [main, ...parts];
    this.needs = leadNeeds(rules, options.by ?? [], options.showPii ?? false);
  }

  private readonly needs: ReturnType<typeof leadNeeds>;

  async read(items: AsyncIterable<SourceItem> | LeadItems): Promise<void> {
    const runs = this.runs;
    const times = newTimes();
    // In batches when the source can (no promise per row), with leads that carry only what the metrics read.
    const batches = 'batches' in items && items.batches ? items.batches(this.needs) : oneByOne(items);
    for await (const batch of batches) {
      for (const item of batch) {
        if (item.kind === 'rejected') {
          for (const run of runs) run.reject(item.rejection);
          continue;
        }
        readTimes(item.lead, times);
        // The lead's earliest and latest instant, the same for every period: found once.
        let first = Infinity;
        let last = -Infinity;
        for (const t of times) {
          if (t < first) first = t;
          if (t > last) last = t;
        }
        for (const run of runs) run.add(item.lead, times, first, last);
      }
    }
  }

  state(): EvaluationState {
    return { runs: this.runs.map((r) => r.state()) };
  }

  /** Whether absorbing `s` gives the reports of one pass (see BreakdownMetric.exactMerge). */
  static exactMerge(s: EvaluationState): boolean {
    return s.runs.every((r) => r.breakdowns === null || BreakdownMetric.exactMerge(r.breakdowns));
  }

  /**
   * Adds the counts of the share read after this one; `renumber` gives its rows their
   * numbers in the whole file. The state's typed columns are taken over, not copied.
   */
  absorb(s: EvaluationState, renumber: Renumber): void {
    this.runs.forEach((run, i) => {
      const state = s.runs[i];
      if (state !== undefined) run.absorb(state, renumber);
    });
  }

  reports(): { report: ComplianceReport; parts: ComplianceReport[] } {
    const [main, ...parts] = this.runs as [PeriodRun, ...PeriodRun[]];
    return { report: main.report(this.options.files), parts: parts.map((p) => p.report(this.options.files)) };
  }
}

interface RunOptions {
  worst: number;
  showPii: boolean;
  onPerLead: ((row: PerLeadRow) => void) | undefined;
  by: readonly string[];
  /** Whether to keep the breakdowns (owner, source, --by). */
  breakdowns: boolean;
}

/** What a PeriodRun counted (see EvaluationState). */
interface RunState {
  rejections: Rejection[];
  rejected: number;
  evaluated: number;
  leads: { inPeriod: number; before: number; after: number; undated: number };
  earliest: number;
  latest: number;
  dq: FindingState[];
  slas: SlaState[];
  commitments: CommitmentState[];
  funnel: number[][];
  followUp: FollowUpState | null;
  handoff: HandoffState | null;
  breakdowns: BreakdownState | null;
  /** Which of the watched stage dates some lead had: bit i for PeriodRun's watched[i]. */
  stagesSeen: number;
}

/** One period's metrics over the leads handed to it: what `evaluate` measures, lead by lead. */
class PeriodRun {
  private readonly ctx: EvalContext;
  private readonly dq: DataQuality;
  private readonly slas: SlaMetric[];
  private readonly commitments: CommitmentMetric[];
  private readonly funnel: FunnelMetric;
  private readonly followUp: FollowUpMetric | null;
  private readonly handoff: HandoffMetric | null;
  private readonly breakdowns: BreakdownMetric | null;
  private readonly rejections: Rejection[] = [];
  private rejected = 0;
  private evaluated = 0;
  // Coverage (metrics/coverage.ts): leads with a date in the period, and the export's date range.
  private readonly leads = { inPeriod: 0, before: 0, after: 0, undated: 0 };
  private earliest = Infinity;
  private latest = -Infinity;
  private readonly verdicts: VerdictCode[];
  /** The stage dates whose absence from every lead leaves a commitment or funnel step unmeasured (stages-seen.ts), and which were seen. */
  private readonly watched: readonly number[];
  private stagesSeen = 0;
  private readonly allSeen: number;

  constructor(
    private readonly rules: RulesIR,
    private readonly period: Period,
    private readonly asOfMs: number,
    options: RunOptions,
  ) {
    const ctx = (this.ctx = createContext(rules, period, asOfMs));
    const dq = (this.dq = new DataQuality(ctx));
    this.slas = rules.slas.map((s) => new SlaMetric(s, ctx, dq, { worst: options.worst, showPii: options.showPii, onPerLead: options.onPerLead }));
    this.commitments = rules.commitments.map((c) => new CommitmentMetric(c, ctx, dq));
    this.funnel = new FunnelMetric(ctx);
    this.followUp = rules.followUp ? new FollowUpMetric(ctx, options.worst) : null;
    this.handoff = rules.handoff ? new HandoffMetric(ctx) : null;
    this.breakdowns = options.breakdowns
      ? new BreakdownMetric(
          this.slas.map((s) => s.id),
          [...options.by],
        )
      : null;
    this.verdicts = new Array<VerdictCode>(this.slas.length);
    this.watched = stageFieldsWatched(rules, this.funnel.targets()).map(timeIndex);
    this.allSeen = 2 ** this.watched.length - 1;
  }

  reject(r: Rejection): void {
    this.rejected++;
    if (this.rejections.length < MAX_LISTED_REJECTIONS) this.rejections.push(r);
    this.dq.addRejection(r);
  }

  /** `first` and `last`: the earliest and latest of `times` (±Infinity when it has none). */
  add(lead: Lead, times: Times, first: number, last: number): void {
    const { slas, verdicts, leads } = this;
    this.evaluated++;
    for (let i = 0; i < slas.length; i++) verdicts[i] = (slas[i] as SlaMetric).add(lead, times);
    for (const c of this.commitments) c.add(lead, times);
    this.funnel.add(times);
    this.followUp?.add(lead, times);
    this.handoff?.add(lead, times);
    this.breakdowns?.add(lead, verdicts);
    if (this.stagesSeen !== this.allSeen)
      this.watched.forEach((f, i) => {
        if (has(times[f] as number)) this.stagesSeen |= 1 << i;
      });
    // Where the lead's dates fall: in the period, or (by its earliest date) before or after it.
    if (last > this.latest) this.latest = last;
    if (first < this.earliest) this.earliest = first;
    if (activeInPeriod(times, this.period)) {
      leads.inPeriod++;
      this.dq.checkLead(lead, times);
    } else if (first === Infinity) leads.undated++;
    else if (first < this.period.fromMs) leads.before++;
    else leads.after++;
  }

  state(): RunState {
    return {
      rejections: this.rejections,
      rejected: this.rejected,
      evaluated: this.evaluated,
      leads: { ...this.leads },
      earliest: this.earliest,
      latest: this.latest,
      dq: this.dq.state(),
      slas: this.slas.map((s) => s.state()),
      commitments: this.commitments.map((c) => c.state()),
      funnel: this.funnel.state(),
      followUp: this.followUp?.state() ?? null,
      handoff: this.handoff?.state() ?? null,
      breakdowns: this.breakdowns?.state() ?? null,
      stagesSeen: this.stagesSeen,
    };
  }

  absorb(s: RunState, renumber: Renumber): void {
    for (const r of s.rejections) {
      if (this.rejections.length >= MAX_LISTED_REJECTIONS) break;
      this.rejections.push({ ...r, row: renumber(r.row), reason: renumberReason(r.reason, renumber) });
    }
    this.rejected += s.rejected;
    this.evaluated += s.evaluated;
    const { leads } = this;
    leads.inPeriod += s.leads.inPeriod;
    leads.before += s.leads.before;
    leads.after += s.leads.after;
    leads.undated += s.leads.undated;
    if (s.earliest < this.earliest) this.earliest = s.earliest;
    if (s.latest > this.latest) this.latest = s.latest;
    this.dq.absorb(s.dq, renumber);
    this.slas.forEach((m, i) => m.absorb(s.slas[i] as SlaState));
    this.commitments.forEach((m, i) => m.absorb(s.commitments[i] as CommitmentState));
    this.funnel.absorb(s.funnel);
    if (this.followUp && s.followUp) this.followUp.absorb(s.followUp);
    if (this.handoff && s.handoff) this.handoff.absorb(s.handoff);
    if (this.breakdowns && s.breakdowns) this.breakdowns.absorb(s.breakdowns);
    this.stagesSeen |= s.stagesSeen;
  }

  /** The report. A period with nothing to measure is no data, never a breach. */
  report(files: readonly string[]): ComplianceReport {
    const { rules, period, ctx, evaluated, rejected } = this;
    const fmt = ctx.formatter;
    const coverage = {
      evaluated,
      active: this.leads.inPeriod,
      earliestMs: this.earliest === Infinity ? null : this.earliest,
      latestMs: this.latest === -Infinity ? null : this.latest,
    };
    const gap = periodGap(rules, period, coverage);
    const dataQuality = this.dq.findings();
    const slas = this.slas.map((s, i) => {
      const result = s.result();
      const finding = stopFinding(result, rules.slas[i] as RuleSla, s.stopsSeen);
      if (finding !== null) dataQuality.push(finding);
      return result;
    });
    const seen = (field: string) => {
      const i = this.watched.indexOf(timeIndex(field));
      return i >= 0 && (this.stagesSeen & (1 << i)) !== 0;
    };
    const staged = withUnseenStages(rules, { commitments: this.commitments.map((c) => c.result()), funnel: this.funnel.result() }, seen, evaluated);
    dataQuality.push(...staged.findings);
    let measured = { slas, commitments: staged.commitments, funnel: staged.funnel };
    const handoffResult = handoffOfRead(this.handoff?.result() ?? null, evaluated);
    const notInExport = handoffFinding(handoffResult, evaluated);
    if (notInExport !== null) dataQuality.push(notInExport);
    if (gap !== null) {
      measured = withoutData(gap, measured);
      dataQuality.push(gapFinding(gap, rules, period, coverage, fmt));
    }
    const midPeriod = effectiveFinding(rules, period, coverage);
    if (midPeriod !== null) dataQuality.push(midPeriod);
    const inProgress = progressFinding(period, this.asOfMs, measured.commitments, fmt);
    if (inProgress !== null) dataQuality.push(inProgress);
    dataQuality.sort(compareFindings);
    const { slas: slaResults, commitments: commitmentResults } = measured;
    return {
      reportVersion: 1,
      contract: reportedContract(rules),
      period: { label: period.label, from: fmt.format(period.fromMs), to: fmt.format(period.toMs), asOf: fmt.format(this.asOfMs), timezone: ctx.timezone },
      input: { files: [...files], rows: evaluated + rejected, evaluated, rejected, leads: { ...this.leads }, rejections: this.rejections },
      slas: slaResults,
      commitments: commitmentResults,
      funnel: measured.funnel,
      followUp: this.followUp?.result() ?? null,
      handoff: handoffResult,
      dataQuality,
      breakdowns: this.breakdowns?.result() ?? { owner: [], source: [], attributes: {} },
      status: overallStatus([...slaResults.map((r) => r.status), ...commitmentResults.map((r) => r.status)]),
    };
  }
}

/** A source without batches: each item a batch of its own. */
async function* oneByOne(items: AsyncIterable<SourceItem>): AsyncIterable<Iterable<SourceItem>> {
  for await (const item of items) yield [item];
}

/** Fail when any SLA or commitment fails; pass when at least one passes and none fails. */
export function overallStatus(statuses: readonly Status[]): Status {
  if (statuses.includes('fail')) return 'fail';
  return statuses.includes('pass') ? 'pass' : 'no-data';
}

/** A lead with at least one timestamp in the period: the leads lead-level data-quality checks look at. */
function activeInPeriod(times: Times, period: Period): boolean {
  const { fromMs, toMs } = period;
  for (const t of times) if (t >= fromMs && t < toMs) return true;
  return false;
}

/** Which contract a report measured, as every engine names it. */
export function reportedContract(rules: RulesIR): ComplianceReport['contract'] {
  const { name, version, hash, title, currency } = rules.contract;
  return { name, version, hash, title, currency };
}
