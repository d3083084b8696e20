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
import type { RulesIR } from '../compiler/ir.js';
import type { ComplianceReport, PerLeadRow, Status } from './types.js';
import type { LeadItems, Rejection, SourceItem } from '../leads/lead.js';
import { leadNeeds } from './needs.js';
import type { Period } from './period.js';
import { BreakdownMetric } from './metrics/breakdowns.js';
import { CommitmentMetric } from './metrics/commitments.js';
import { createContext, newTimes, readTimes, type EvalContext, type Times } from './metrics/context.js';
import { compareFindings, DataQuality } from './metrics/data-quality.js';
import { gapFinding, periodGap, withoutData } from './metrics/coverage.js';
import { FollowUpMetric } from './metrics/follow-up.js';
import { FunnelMetric } from './metrics/funnel.js';
import { handoffFinding, HandoffMetric } from './metrics/handoff.js';
import { SlaMetric, type VerdictCode } from './metrics/sla.js';

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
  const { period, asOfMs } = options;
  const ctx = createContext(rules, period, asOfMs);
  const worst = options.worst ?? DEFAULT_WORST;

  // Phase 1: the metrics.
  const dq = new DataQuality(ctx);
  const slas = rules.slas.map((s) => new SlaMetric(s, ctx, dq, { worst, showPii: options.showPii ?? false, onPerLead: options.onPerLead }));
  const commitments = rules.commitments.map((c) => new CommitmentMetric(c, ctx, dq));
  const funnel = new FunnelMetric(ctx);
  const followUp = rules.followUp ? new FollowUpMetric(ctx, worst) : null;
  const handoff = rules.handoff ? new HandoffMetric(ctx) : null;
  const breakdowns = new BreakdownMetric(
    slas.map((s) => s.id),
    options.by ?? [],
  );

  // Phase 2: one pass over the rows.
  const rejections: Rejection[] = [];
  let rejected = 0;
  let evaluated = 0;
  // Coverage (metrics/coverage.ts): leads with a date in the period, and the export's date range.
  const leads = { inPeriod: 0, before: 0, after: 0, undated: 0 };
  let earliest = Infinity;
  let latest = -Infinity;
  const verdicts: VerdictCode[] = new Array<VerdictCode>(slas.length);
  const times = newTimes();
  const reject = (r: Rejection) => {
    rejected++;
    if (rejections.length < MAX_LISTED_REJECTIONS) rejections.push(r);
    dq.addRejection(r);
  };

  // In batches when the source can (no promise per row), with leads that carry only what the metrics read.
  const batches = 'batches' in items && items.batches ? items.batches(leadNeeds(rules, options.by ?? [], options.showPii ?? false)) : oneByOne(items);
  for await (const batch of batches) {
    for (const item of batch) {
      if (item.kind === 'rejected') {
        reject(item.rejection);
        continue;
      }
      const lead = item.lead;
      evaluated++;
      readTimes(lead, times);
      for (let i = 0; i < slas.length; i++) verdicts[i] = (slas[i] as SlaMetric).add(lead, times);
      for (const c of commitments) c.add(lead, times);
      funnel.add(times);
      followUp?.add(lead, times);
      handoff?.add(lead, times);
      breakdowns.add(lead, verdicts);
      // Where the lead's dates fall: in the period, or (by its earliest date) before or after it.
      let first = Infinity;
      for (const t of times) {
        if (t < first) first = t;
        if (t > latest) latest = t;
      }
      if (first < earliest) earliest = first;
      if (activeInPeriod(times, ctx)) {
        leads.inPeriod++;
        dq.checkLead(lead, times);
      } else if (first === Infinity) leads.undated++;
      else if (first < period.fromMs) leads.before++;
      else leads.after++;
    }
  }

  // Phase 3: the report. A period with nothing to measure is no data, never a breach.
  const fmt = ctx.formatter;
  const coverage = { evaluated, active: leads.inPeriod, earliestMs: earliest === Infinity ? null : earliest, latestMs: latest === -Infinity ? null : latest };
  const gap = periodGap(rules, period, coverage);
  let measured = { slas: slas.map((s) => s.result()), commitments: commitments.map((c) => c.result()), funnel: funnel.result() };
  const dataQuality = dq.findings();
  const handoffResult = handoff?.result() ?? null;
  const notInExport = handoffFinding(handoffResult, evaluated);
  if (notInExport !== null) dataQuality.push(notInExport);
  if (gap !== null) {
    measured = withoutData(gap, measured);
    dataQuality.push(gapFinding(gap, rules, period, coverage, fmt));
  }
  dataQuality.sort(compareFindings);
  const { slas: slaResults, commitments: commitmentResults } = measured;
  return {
    reportVersion: 1,
    contract: reportedContract(rules),
    period: { label: period.label, from: fmt.format(period.fromMs), to: fmt.format(period.toMs), asOf: fmt.format(asOfMs), timezone: ctx.timezone },
    input: { files: [...options.files], rows: evaluated + rejected, evaluated, rejected, leads, rejections },
    slas: slaResults,
    commitments: commitmentResults,
    funnel: measured.funnel,
    followUp: followUp?.result() ?? null,
    handoff: handoffResult,
    dataQuality,
    breakdowns: breakdowns.result(),
    status: overallStatus([...slaResults.map((r) => r.status), ...commitmentResults.map((r) => r.status)]),
  };
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
function activeInPeriod(times: Times, ctx: EvalContext): boolean {
  for (const t of times) if (ctx.inPeriod(t)) return true;
  return false;
}

/** Which contract a report measured, as every engine names it. */
export function reportedContract(rules: RulesIR): ComplianceReport['contract'] {
  const { name, version, hash, title, currency } = rules.contract;
  return { name, version, hash, title, currency };
}
