/**
 * The machine rules: what `<name>.rules.json` holds and what the engine (and the SQL
 * compiler, and the documents) run on. Engine-neutral and fully normalized: every
 * duration in minutes, every share a ratio, every reference resolved, every derived
 * value computed. schema/rules.schema.json documents the same shape.
 */
import type { RuleDuration } from '../shared/quantities.js';
import type { StageKind } from '../contract/events.js';

export const RULES_API_VERSION = 'revpact.rules/v1';

export type TeamId = 'marketing' | 'sales';
export type Weekday = 'mon' | 'tue' | 'wed' | 'thu' | 'fri' | 'sat' | 'sun';
export type PeriodUnit = 'week' | 'month' | 'quarter' | 'half-year' | 'year';

/** Conditions in one canonical form: `in`/`not-in` values are always lists; nested all/any of the same kind are flattened. */
export type RuleCondition =
  | { all: RuleCondition[] }
  | { any: RuleCondition[] }
  | { not: RuleCondition }
  | { field: string; op: 'exists' | 'missing' }
  | { field: string; op: 'in' | 'not-in'; value: (string | number | boolean)[] }
  | { field: string; op: 'eq' | 'ne' | 'gt' | 'gte' | 'lt' | 'lte' | 'contains' | 'starts-with'; value: string | number | boolean };

/** A clock event resolved to the canonical lead field that holds its instant. */
export interface RuleEvent {
  event: string;
  type: 'stage' | 'activity';
  field: string;
}

export interface RuleCalendar {
  id: string;
  name: string | null;
  timezone: string;
  /** Working intervals per weekday in minutes from local midnight, [start, end); every weekday present (empty = closed). */
  week: Record<Weekday, [number, number][]>;
  holidayDates: { date: string; name: string | null }[];
  /** date-holidays region codes; their public holidays close the day. Kept as written, for provenance. */
  holidayRegions: string[];
  /**
   * The holidays of the contract's effective year, resolved (issue 13 item 29): the
   * explicit dates of that year and the public holidays of each region, by date, with
   * where each comes from ("contract" or the region code) and its name (regions' names in
   * English). What the documents list; the engine resolves any year the same way.
   */
  holidays: RuleHolidays;
  /** Average working minutes per open weekday: the length of one business day ("bd"). */
  minutesPerBusinessDay: number;
  minutesPerWeek: number;
}

export interface RuleHolidays {
  year: number;
  dates: { date: string; name: string | null; source: string }[];
}

export type { RuleDuration };

export interface RuleStage {
  id: string;
  name: string | null;
  kind: StageKind;
  owner: TeamId;
  /** Canonical lead field holding the instant the lead entered this stage. */
  field: string;
  /** Position in the lifecycle, from 0. */
  order: number;
  description: string | null;
  entry: string | null;
  personas: string[];
}

export interface RuleSla {
  id: string;
  name: string | null;
  description: string | null;
  owner: TeamId;
  start: RuleEvent;
  /** The clock stops at the earliest of these. */
  stop: RuleEvent[];
  clock: 'business' | 'calendar';
  /** Calendar id for business clocks; null on the calendar clock. */
  calendar: string | null;
  goal: RuleDuration;
  /** Attainment target as a ratio, e.g. 0.95. */
  target: number;
  when: RuleCondition | null;
}

export type RuleCommitment = {
  id: string;
  owner: TeamId;
  description: string | null;
  period: PeriodUnit;
  when: RuleCondition | null;
} & (
  | { kind: 'volume'; stage: string; field: string; goal: number; unit: 'leads' }
  | { kind: 'conversion'; from: string; fromField: string; to: string; toField: string; goal: number; unit: 'ratio' }
  | { kind: 'pipeline'; stage: string; field: string; goal: number; unit: 'money' }
  | { kind: 'revenue'; stage: string; field: string; goal: number; unit: 'money' }
);

export interface RuleFunnelStep {
  stage: string;
  needed: number;
  basis:
    | { kind: 'deals-from-revenue'; revenue: number; dealSize: number; exact: number }
    | { kind: 'deals-stated' }
    | { kind: 'conversion'; from: string; to: string; toNeeded: number; rate: number; oneIn: number | null; exact: number };
}

export interface RulesIR {
  apiVersion: typeof RULES_API_VERSION;
  compiler: { name: 'revpact'; version: string };
  contract: {
    name: string;
    title: string | null;
    description: string | null;
    version: string;
    effective: string;
    status: 'draft' | 'active' | 'retired';
    locale: 'en' | 'es' | 'pt' | 'ca';
    currency: string;
    /** Zone in which periods are cut. */
    timezone: string;
    /** sha256 of the contract's data (canonical JSON, keys sorted), "sha256:<hex>". */
    hash: string;
    mapping: string | null;
  };
  owners: Record<TeamId, { name: string; title: string | null; github: string; email: string | null }>;
  approvers: { github: string; name: string | null; for: TeamId }[];
  roles: Record<TeamId, { summary: string; responsibilities: string[] } | null>;
  personas: { id: string; name: string; description: string | null; criteria: RuleCondition | null }[];
  stages: RuleStage[];
  qualification: {
    description: string | null;
    personas: string[];
    fit: RuleCondition | null;
    engagement: RuleCondition | null;
    scoring: {
      rules: { id: string; category: 'fit' | 'engagement'; description: string | null; when: RuleCondition; points: number; max: number | null }[];
      caps: { fit: number | null; engagement: number | null; total: number | null };
      decay: { everyMinutes: number; every: string; by: number; category: 'fit' | 'engagement' } | null;
    } | null;
    thresholds: { id: string; stage: string; score: number; minFit: number | null; minEngagement: number | null }[];
  } | null;
  targets: {
    period: PeriodUnit;
    revenue: number;
    dealSize: number | null;
    deals: number | null;
    conversions: { from: string; to: string; rate: number; oneIn: number | null }[];
    /** Derived: leads needed per stage per period, working back from the revenue target. */
    needed: Record<string, number>;
    /** The derivation, in order from deals to the top of the funnel. */
    steps: RuleFunnelStep[];
  } | null;
  commitments: RuleCommitment[];
  handoff: {
    stage: string;
    field: string;
    description: string | null;
    requiredFields: { field: string; label: string | null }[];
    channel: string | null;
    routing: { method: string; rules: { when: RuleCondition; to: string }[] } | null;
  } | null;
  slas: RuleSla[];
  followUp: {
    description: string | null;
    firstChannel: string | null;
    channels: string[];
    attemptsPerDay: number | null;
    minAttempts: number;
    minSpan: RuleDuration;
    calendar: string | null;
    giveUpReason: string | null;
  } | null;
  recycling: {
    description: string | null;
    feedbackRequired: boolean;
    reasons: {
      id: string;
      label: string;
      values: string[];
      destination: 'nurture' | 'disqualified' | 'sales-later';
      flow: string | null;
      after: RuleDuration | null;
      stage: string | null;
    }[];
  } | null;
  calendars: RuleCalendar[];
  metrics: {
    id: string;
    name: string;
    definition: string;
    owner: 'marketing' | 'sales' | 'both';
    cadence: PeriodUnit | null;
    measure: {
      kind: 'count' | 'conversion' | 'sla-attainment' | 'elapsed' | 'sum';
      stage: string | null;
      from: string | null;
      to: string | null;
      sla: string | null;
      field: string | null;
    } | null;
  }[];
  meetings: {
    id: string;
    name: string;
    purpose: string | null;
    cadence: 'weekly' | 'biweekly' | 'monthly' | 'quarterly' | 'half-yearly';
    day: Weekday | null;
    week: 'first' | 'second' | 'third' | 'fourth' | 'last' | null;
    /** Local start, HH:MM, in `timezone`. */
    time: string | null;
    durationMinutes: number | null;
    timezone: string;
    attendees: ('marketing' | 'sales' | 'both')[];
    agenda: string[];
  }[];
  scorecard: {
    cadence: 'quarterly' | 'half-yearly' | 'yearly';
    scale: { grade: string; meaning: string | null }[];
    commentBelow: string;
    needs: Record<TeamId, { id: string; need: string }[]>;
  } | null;
}
