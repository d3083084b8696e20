/**
 * What every metric shares while a report is evaluated: the period, the as-of instant,
 * clocks per calendar, the lifecycle order, and the finding collector. Built once per
 * report by evaluate.ts; metrics read it, none of them does I/O or reads the clock.
 */
import type { RuleCalendar, RulesIR, RuleStage } from '../../compiler/ir.js';
import { createBusinessClock, type ResolvedCalendar } from '../calendar.js';
import { TIMESTAMP_FIELDS, type Lead, type TimestampField } from '../../leads/lead.js';
import { endOfLocalDay, InstantFormatter, type Period } from '../period.js';

/** Elapsed minutes and due instants on one clock: business hours of a calendar, or every minute. */
export interface Clock {
  minutesBetween(startMs: number, stopMs: number): number;
  addMinutes(startMs: number, minutes: number): number;
}

export const CALENDAR_CLOCK: Clock = {
  minutesBetween: (startMs, stopMs) => (stopMs - startMs) / 60_000,
  addMinutes: (startMs, minutes) => startMs + minutes * 60_000,
};

/** Stage kinds that leave the funnel: not "later" stages, so never a conversion. */
export const EXIT_KINDS: ReadonlySet<string> = new Set(['lost', 'recycled', 'disqualified']);
/** The canonical fields of those exits, whether or not the contract lists the stages. */
export const EXIT_FIELDS = ['lostAt', 'recycledAt', 'disqualifiedAt'] as const;

export interface EvalContext {
  rules: RulesIR;
  period: Period;
  asOfMs: number;
  /** The contract's zone: periods are cut and instants printed in it. */
  timezone: string;
  formatter: InstantFormatter;
  /** The clock of a calendar id; `null` is the calendar clock. */
  clock(calendarId: string | null): Clock;
  /** Lifecycle stages that are not exits, in order. */
  lifecycle: RuleStage[];
  stageById: ReadonlyMap<string, RuleStage>;
  /** Fields of `stageId` and every later lifecycle stage (one entry per distinct field). */
  reachedFields(stageId: string): readonly string[];
  /** Whether an instant falls in [from, to); false for NaN (absent). */
  inPeriod(ms: number): boolean;
}

/** Fields of `stageId` and every later lifecycle stage: a lead with any of them got past the stage (skipped stages count as passed). */
export function reachedFieldsOf(rules: RulesIR, stageId: string): string[] {
  const stage = rules.stages.find((s) => s.id === stageId);
  if (!stage) throw new Error(`evaluate: unknown stage "${stageId}" (the checks should have caught it)`);
  if (EXIT_KINDS.has(stage.kind)) return [stage.field];
  const lifecycle = rules.stages.filter((s) => !EXIT_KINDS.has(s.kind)).sort((a, b) => a.order - b.order);
  return [...new Set(lifecycle.filter((s) => s.order >= stage.order).map((s) => s.field))];
}

export function resolveCalendar(c: RuleCalendar): ResolvedCalendar {
  return { id: c.id, timezone: c.timezone, week: c.week, holidayDates: c.holidayDates.map((h) => h.date), holidayRegions: c.holidayRegions };
}

/**
 * Business clocks by calendar, shared by every context made from the same rules in this
 * thread: a clock works out its holidays and opening hours lazily and keeps them, so a
 * new one starts cold. A file read in segments (app/parallel.ts) makes a context per
 * segment: with a clock each, reading a 1.6 MB segment took ~110 ms where ~40 ms read it
 * with a warm one. A clock is a pure function of its calendar, so sharing it changes no
 * answer; keyed by the compiled calendar, it goes when the rules go.
 */
const sharedClocks = new WeakMap<RuleCalendar, Clock>();

export function createContext(rules: RulesIR, period: Period, asOfMs: number): EvalContext {
  const calendars = new Map(rules.calendars.map((c) => [c.id, c]));
  const clocks = new Map<string, Clock>();
  const lifecycle = rules.stages.filter((s) => !EXIT_KINDS.has(s.kind)).sort((a, b) => a.order - b.order);
  const stageById = new Map(rules.stages.map((s) => [s.id, s]));
  const reached = new Map<string, string[]>();
  const { fromMs, toMs } = period;
  return {
    rules,
    period,
    asOfMs,
    timezone: rules.contract.timezone,
    formatter: new InstantFormatter(rules.contract.timezone),
    lifecycle,
    stageById,
    clock(calendarId) {
      if (calendarId === null) return CALENDAR_CLOCK;
      let clock = clocks.get(calendarId);
      if (!clock) {
        const cal = calendars.get(calendarId);
        if (!cal) throw new Error(`evaluate: unknown calendar "${calendarId}" (the checks should have caught it)`);
        clock = sharedClocks.get(cal);
        if (!clock) {
          clock = createBusinessClock(resolveCalendar(cal));
          sharedClocks.set(cal, clock);
        }
        clocks.set(calendarId, clock);
      }
      return clock;
    },
    reachedFields(stageId) {
      let fields = reached.get(stageId);
      if (!fields) {
        fields = reachedFieldsOf(rules, stageId);
        reached.set(stageId, fields);
      }
      return fields;
    },
    inPeriod: (ms) => ms >= fromMs && ms < toMs,
  };
}

/**
 * A lead's timestamps, indexed like TIMESTAMP_FIELDS, NaN when absent. evaluate reads
 * them once per lead; metrics resolve field names to indexes once, at construction, and
 * then only index (no per-metric property look-ups on leads of many shapes). NaN fails
 * every comparison, so an absent instant is never in a period nor at or before as-of.
 */
export type Times = Float64Array;

const TIME_INDEX: ReadonlyMap<string, number> = new Map(TIMESTAMP_FIELDS.map((f, i) => [f, i]));

/** The index of a timestamp field in Times. */
export function timeIndex(field: string): number {
  const i = TIME_INDEX.get(field);
  if (i === undefined) throw new Error(`evaluate: "${field}" is not a timestamp field of the canonical lead`);
  return i;
}

export function newTimes(): Times {
  return new Float64Array(TIMESTAMP_FIELDS.length);
}

/** Fills `t` with the lead's timestamps (order of TIMESTAMP_FIELDS). */
export function readTimes(lead: Lead, t: Times): Times {
  t[0] = instant(lead.createdAt);
  t[1] = instant(lead.mqlAt);
  t[2] = instant(lead.salAt);
  t[3] = instant(lead.sqlAt);
  t[4] = instant(lead.opportunityAt);
  t[5] = instant(lead.wonAt);
  t[6] = instant(lead.lostAt);
  t[7] = instant(lead.recycledAt);
  t[8] = instant(lead.disqualifiedAt);
  t[9] = instant(lead.firstTouchAt);
  t[10] = instant(lead.lastAttemptAt);
  t[11] = instant(lead.rejectedAt);
  t[12] = instant(lead.feedbackAt);
  return t;
}

function instant(v: number | undefined): number {
  return typeof v === 'number' && Number.isFinite(v) ? v : NaN;
}

/** Whether a Times entry holds an instant. */
export function has(ms: number): boolean {
  return ms === ms; // false for NaN only
}

export function isDateOnly(lead: Lead, field: string): boolean {
  return lead.dateOnly !== undefined && lead.dateOnly.length > 0 && lead.dateOnly.includes(field as TimestampField);
}

/**
 * The latest instant a timestamp may stand for: the end of its day when the cell held
 * only a date (a stop read that way can only make the verdict stricter, never kinder).
 */
export function latestInstant(lead: Lead, field: string, ms: number, timezone: string): number {
  return isDateOnly(lead, field) ? endOfLocalDay(ms, timezone) : ms;
}

/** Whether the lead reached one of the timestamps `indexes` at or before as-of. */
export function reachedBy(t: Times, indexes: readonly number[], asOfMs: number): boolean {
  for (const i of indexes) if ((t[i] as number) <= asOfMs) return true;
  return false;
}

/** Rounds minutes for output: business minutes can carry float noise (59.99999). */
export function roundMinutes(m: number): number {
  return Math.round(m * 100) / 100;
}

export function ratio(part: number, whole: number): number | null {
  return whole > 0 ? part / whole : null;
}
