/**
 * The compliance report: what `revpact check` produces and every renderer reads.
 * `--format json` prints exactly this object (docs/report-json.md documents it); keep
 * changes additive.
 */
import type { PeriodUnit, TeamId } from '../compiler/ir.js';

export type Status = 'pass' | 'fail' | 'no-data';
export type Verdict = 'met' | 'breached' | 'pending' | 'excluded';

export interface ComplianceReport {
  reportVersion: 1;
  contract: { name: string; version: string; hash: string; title: string | null; currency: string };
  period: {
    /** The period as asked: "2026-10", "2026-Q3", "2026-W41", or "from..to". */
    label: string;
    /** ISO instants with the contract zone's offset; `to` is exclusive. */
    from: string;
    to: string;
    asOf: string;
    timezone: string;
  };
  input: {
    files: string[];
    /** rows = evaluated + rejected, always. */
    rows: number;
    evaluated: number;
    rejected: number;
    /**
     * The evaluated leads by where their dates fall (issue 13): with a date in the period,
     * or none (the earliest before it, or every one after it), or no date at all.
     * inPeriod + before + after + undated = evaluated.
     */
    leads: { inPeriod: number; before: number; after: number; undated: number };
    /** Every rejected row (the first 1,000; `rejected` counts them all). */
    rejections: { file: string; row: number; reason: string }[];
  };
  slas: SlaResult[];
  commitments: CommitmentResult[];
  funnel: FunnelRow[];
  followUp: FollowUpResult | null;
  handoff: HandoffResult | null;
  dataQuality: DataQualityFinding[];
  breakdowns: {
    owner: BreakdownRow[];
    source: BreakdownRow[];
    /** One list per `--by` attribute. */
    attributes: Record<string, BreakdownRow[]>;
  };
  /** Overall: fail when any SLA or commitment fails. */
  status: Status;
  /** With `check --every`: the period cut into weeks, months or quarters, each measured on its own (absent otherwise). */
  series?: Series;
}

/**
 * The report's period sub-period by sub-period (`check --every`). Each measured entry holds
 * the numbers `check --period <label>` (a partial one: `--from <from> --to <to>`) gives on
 * the same data and as-of; docs/report-json.md documents it.
 */
export interface Series {
  every: 'week' | 'month' | 'quarter';
  periods: SeriesPeriod[];
}

export interface SeriesPeriod {
  /** "2026-03", "2026-Q1", or the ISO week "2026-W09" (week-year and week in the contract's zone). */
  label: string;
  /** ISO instants with the contract zone's offset; `to` is exclusive. Cut to the report's period when it starts or ends inside this one. */
  from: string;
  to: string;
  /** The report's period covers only part of this week, month or quarter: goals are prorated by the days covered. */
  partial: boolean;
  /** Starts at or after as-of: nothing could have happened in it yet, so nothing is measured (not "no data"). */
  future: boolean;
  /** As-of falls inside it: its numbers run to as-of, its goals are the whole sub-period's (a pace; its `dataQuality` says `period-in-progress` for the commitments short of them). */
  running: boolean;
  /** As the report's overall status; `future` for a future sub-period. */
  status: Status | 'future';
  /** Where the evaluated leads' dates fall relative to this sub-period (as input.leads); null when future. */
  leads: ComplianceReport['input']['leads'] | null;
  /** Empty when future; otherwise one per SLA, commitment, funnel step, data-quality finding, as the whole report has them. */
  slas: SeriesSla[];
  commitments: SeriesCommitment[];
  /** The leads that entered each step's stage in this sub-period (with --every month: the cohort month). */
  funnel: FunnelRow[];
  dataQuality: SeriesFinding[];
}

export type SeriesSla = Pick<
  SlaResult,
  'id' | 'met' | 'breached' | 'pending' | 'excluded' | 'attainment' | 'target' | 'status' | 'elapsedMinutes' | 'elapsedDistribution' | 'open'
>;
export type SeriesCommitment = Pick<CommitmentResult, 'id' | 'actual' | 'goal' | 'unit' | 'status' | 'base'>;
export type SeriesFinding = Pick<DataQualityFinding, 'code' | 'severity' | 'count' | 'sla'>;

export interface SlaResult {
  id: string;
  name: string | null;
  owner: TeamId;
  met: number;
  breached: number;
  pending: number;
  excluded: number;
  /** Leads whose clock started before or after the period: another period's business, not counted above. */
  outsidePeriod: { before: number; after: number };
  /** met / (met + breached); null when both are 0. */
  attainment: number | null;
  target: number;
  status: Status;
  goalMinutes: number;
  /** The goal as the contract writes it ("2bd", "1bh", "90m"): reports show it in these units. */
  goal: string;
  clock: 'business' | 'calendar';
  /** Over leads whose clock stopped (met or breached by a stop event); null when there are none. */
  elapsedMinutes: { median: number | null; p90: number | null };
  /** The same stopped leads counted by elapsed time in buckets relative to the goal (metrics/distribution.ts); open leads are not in it. */
  elapsedDistribution: ElapsedBucket[];
  /** Leads whose clock is still running at as-of (pending, or breached while open), with their ages up to as-of. */
  open: OpenAges;
  /** The most overdue breaches, by lead id (emails and names only with --show-pii). */
  worst: { leadId: string; elapsedMinutes: number; overdueMinutes: number; dueAt: string; owner: string | null; email?: string; name?: string }[];
}

/**
 * Stopped leads whose elapsed time t is over < t ≤ upTo, both as shares of the SLA's goal
 * (1 = the goal). The first bucket has over null (from zero, zero included), the last upTo null.
 */
export interface ElapsedBucket {
  over: number | null;
  upTo: number | null;
  count: number;
}

/** Open leads of an SLA: how many, and how long their clocks have run by as-of (minutes on the SLA's clock). */
export interface OpenAges {
  count: number;
  /** Lower middle age (nearest rank); null when no lead is open. */
  medianAgeMinutes: number | null;
  oldestAgeMinutes: number | null;
}

export interface CommitmentResult {
  id: string;
  owner: TeamId;
  kind: 'volume' | 'conversion' | 'pipeline' | 'revenue';
  /** Count of leads, ratio, or money, per `unit`. */
  actual: number | null;
  /** The goal for the report's period (scaled when the period is not the commitment's). */
  goal: number;
  unit: 'leads' | 'ratio' | 'money';
  status: Status;
  /** For conversion: the cohort size behind the ratio. */
  base?: number;
  /** How the contract's goal became the goal for this report's period. */
  goalScaling?: GoalScaling;
}

/** How the contract's goal was turned into the goal for the report's period. */
export interface GoalScaling {
  /** The period the contract states the goal for, and the goal as stated. */
  period: PeriodUnit;
  stated: number;
  factor: number;
  /** `same` period, a whole `multiple`/fraction of calendar periods, `prorated-days` (weeks against months, custom ranges), or `ratio` (rates are never scaled). */
  method: 'same' | 'multiple' | 'prorated-days' | 'ratio';
  note: string;
}

export interface FunnelRow {
  from: string;
  to: string;
  /** Leads that entered `from` in the period. */
  entered: number;
  /** Of those, leads that reached `to` or any later stage by as-of (skipped stages count as passed). */
  converted: number;
  /** Of those, leads that left the funnel (lost, disqualified, recycled) without converting. */
  exited: number;
  /** Still in `from` or between: entered − converted − exited. */
  open: number;
  rate: number | null;
  /** The contract's conversion rate for this step, when it states one. */
  target: number | null;
  status: Status;
}

export interface FollowUpResult {
  /** Leads given up for lack of response in the period. */
  checked: number;
  compliant: number;
  /** Gave up with too few attempts or over too short a span. */
  violations: number;
  rate: number | null;
  minAttempts: number;
  minSpanMinutes: number;
  /** The minimum span as the contract writes it ("7bd"): reports show it in these units. */
  minSpan: string;
  worst: { leadId: string; attempts: number | null; spanMinutes: number | null }[];
}

export interface HandoffResult {
  stage: string;
  leads: number;
  complete: number;
  /** complete / leads; null when no lead reached the stage, or when a required field is in no lead of the export (notInExport). */
  rate: number | null;
  missing: { field: string; count: number }[];
  /** Required fields no lead of the whole export has: not a column of it (or never filled), so completeness is not measured. */
  notInExport: string[];
}

export interface DataQualityFinding {
  code: string;
  severity: 'error' | 'warning' | 'info';
  count: number;
  message: string;
  /** Up to five lead ids (or file:row for rejected rows). */
  examples: string[];
  sla?: string;
  /**
   * What `message` was built from besides the code and the count (field names, a period
   * and dates, a stage): lets a report say the message in another language. Not in the
   * JSON report, whose `message` stays English.
   */
  detail?: string;
}

export interface BreakdownRow {
  key: string;
  leads: number;
  slas: Record<string, { met: number; breached: number; pending: number; attainment: number | null }>;
}

/** One row of `--per-lead`: lead_id,rule_id,verdict,elapsed_minutes,due_at,owner. */
export interface PerLeadRow {
  leadId: string;
  ruleId: string;
  verdict: Verdict;
  elapsedMinutes: number | null;
  dueAt: string | null;
  owner: string | null;
}
