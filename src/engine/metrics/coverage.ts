/**
 * Whether the report's period has anything to measure (issue 13, item 15). No data is "no
 * data", never a breach: a period in which no lead has a single date (a month the export
 * does not cover, a typo in --period) or a period that ends before the contract took
 * effect measures nothing against the contract, so every SLA, commitment and funnel step
 * is `no-data` and a warning says why. Without this a volume commitment counted 0 leads
 * against its goal and failed, and `--fail-on breach` exited 1 on an empty month.
 *
 * Shared by the streaming engine (evaluate.ts) and the SQL engines (sql/report.ts): each
 * counts the leads active in the period and the export's date range, this decides.
 */
import { DateTime } from 'luxon';
import type { RulesIR } from '../../compiler/ir.js';
import type { CommitmentResult, DataQualityFinding, FunnelRow, SlaResult } from '../types.js';
import type { InstantFormatter, Period } from '../period.js';
import { message, SEVERITY } from './data-quality.js';

/** What an engine counted over the whole input. */
export interface Coverage {
  /** Leads evaluated. */
  evaluated: number;
  /** Leads with at least one timestamp in the period. */
  active: number;
  /** Earliest and latest timestamp of any lead, null when no lead has one. */
  earliestMs: number | null;
  latestMs: number | null;
}

export type PeriodGap = 'no-leads-in-period' | 'before-effective';

/** Why the period has nothing to measure, or null when it has. */
export function periodGap(rules: RulesIR, period: Period, coverage: Coverage): PeriodGap | null {
  // The contract binds from the start of its effective day, in its own zone.
  const effective = DateTime.fromISO(rules.contract.effective, { zone: rules.contract.timezone });
  if (effective.isValid && period.toMs <= effective.startOf('day').toMillis()) return 'before-effective';
  return coverage.active === 0 ? 'no-leads-in-period' : null;
}

/** The finding that says why a period is not measured. */
export function gapFinding(gap: PeriodGap, rules: RulesIR, period: Period, coverage: Coverage, fmt: InstantFormatter): DataQualityFinding {
  const day = (ms: number | null) => (ms === null ? '' : fmt.format(ms).slice(0, 10));
  const detail =
    gap === 'before-effective'
      ? `${period.label}|${rules.contract.effective}`
      : `${period.label}|${coverage.earliestMs === null ? '' : `${day(coverage.earliestMs)} to ${day(coverage.latestMs)}`}`;
  const count = gap === 'before-effective' ? coverage.active : coverage.evaluated;
  return { code: gap, severity: SEVERITY[gap], count, message: message(gap, count, detail), examples: [], detail };
}

/**
 * A contract that took effect after the period began, while leads are in it: each of them
 * is measured against this version, those from before it bound anyone too. Said, not
 * silent (a warning); the figures stay as measured.
 */
export function effectiveFinding(rules: RulesIR, period: Period, coverage: Coverage): DataQualityFinding | null {
  const effective = DateTime.fromISO(rules.contract.effective, { zone: rules.contract.timezone });
  if (!effective.isValid || coverage.active === 0) return null;
  const from = effective.startOf('day').toMillis();
  if (from <= period.fromMs || from >= period.toMs) return null;
  const code = 'effective-in-period';
  const detail = `${period.label}|${rules.contract.effective}`;
  return { code, severity: SEVERITY[code], count: coverage.active, message: message(code, coverage.active, detail), examples: [], detail };
}

/**
 * A period not over at as-of (an explicit `--period` that includes today): commitments
 * count what happened so far against the whole period's goal, so one below it may still
 * reach it. Said (a warning) for those that fall short; the figures and statuses stay as
 * measured, as a pace a reader can judge.
 */
export function progressFinding(period: Period, asOfMs: number, commitments: readonly CommitmentResult[], fmt: InstantFormatter): DataQualityFinding | null {
  if (asOfMs >= period.toMs) return null;
  const short = commitments.filter((c) => c.status === 'fail').map((c) => c.id);
  if (short.length === 0) return null;
  const passed = Math.floor((100 * Math.max(0, asOfMs - period.fromMs)) / (period.toMs - period.fromMs));
  const code = 'period-in-progress';
  const detail = `${period.label}|${passed}|${fmt.format(period.toMs - 1).slice(0, 10)}|${short.join(',')}`;
  return { code, severity: SEVERITY[code], count: short.length, message: message(code, short.length, detail), examples: [], detail };
}

/** The results of a period with nothing to measure: statuses `no-data`, and no commitment actual where no lead was there to count. */
export function withoutData<C extends CommitmentResult>(
  gap: PeriodGap,
  r: { slas: SlaResult[]; commitments: C[]; funnel: FunnelRow[] },
): { slas: SlaResult[]; commitments: C[]; funnel: FunnelRow[] } {
  return {
    slas: r.slas.map((s) => ({ ...s, status: 'no-data' })),
    commitments: r.commitments.map((c) => ({ ...c, actual: gap === 'no-leads-in-period' ? null : c.actual, status: 'no-data' })),
    funnel: r.funnel.map((f) => ({ ...f, status: 'no-data' })),
  };
}
