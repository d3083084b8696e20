/**
 * The compliance report as SQL (issue 7): the statements that turn the canonical `leads`
 * relation (src/sql/ddl.ts) into working tables, and the queries the report is read from.
 * `revpact compile --format sql` prints them as a script; `check --engine duckdb|postgres`
 * runs them through a SqlRunner (src/sql/report.ts assembles the report).
 *
 * The semantics are the streaming engine's (src/engine/metrics/*), rule for rule; each
 * statement names the module it mirrors. Instants travel as epoch milliseconds (bigint)
 * from the first working table on, so the arithmetic is exact and the same in DuckDB and
 * PostgreSQL. Business time comes from the calendar table (src/sql/calendar.ts): the
 * running business total at an instant is an as-of look-up of the interval at or before
 * it (DuckDB: ASOF JOIN; PostgreSQL: a LATERAL look-up on an index).
 *
 * Every value from the contract is an inlined literal (quote.ts): ids, reasons, zones,
 * condition values; every identifier is quoted or one of the fixed names below.
 */
import type { RuleCalendar, RuleCondition, RulesIR, RuleSla } from '../compiler/ir.js';
import { NUMBER_FIELDS, PII_FIELDS, TEXT_FIELDS, TIMESTAMP_FIELDS } from '../leads/lead.js';
import { EXIT_FIELDS, EXIT_KINDS, reachedFieldsOf } from '../engine/metrics/context.js';
import { BUCKET_QUARTERS } from '../engine/metrics/distribution.js';
import type { Period } from '../engine/period.js';
import { workingIntervals } from './calendar.js';
import { conditionSql, type FieldResolver, type FieldSql } from './condition.js';
import { columnOf, rejectionsTable, snakeCase } from './ddl.js';
import { asNumber, dialectOf, isBlank, jsTrim, numberText, type Dialect } from './dialect.js';
import { ident, num, str, tableName } from './quote.js';
import type { SqlDialect } from './runner.js';
import { fieldsRead } from '../engine/needs.js';
import { numericOrderFields, reportConditions } from '../engine/condition.js';
import { STAGE_KINDS } from '../contract/events.js';

export interface PlanOptions {
  dialect: SqlDialect;
  /** The canonical leads relation (a table or a view); its rejections are in `<table>_rejections`. */
  table: string;
  period: Period;
  asOfMs: number;
  /** Extra breakdown fields (`--by`). */
  by: readonly string[];
  showPii: boolean;
  /** Worst offenders per SLA and for the follow-up cadence. */
  worst: number;
  /**
   * How each lead's place in the input (`seq`) is found. `rank` (the default): numbered by
   * origin row, file and id, which sorts the whole relation. `origin-row`: the relation is
   * one file's leads, no two on one row, so its origin_row already is that place: no sort
   * (DuckDB reading the export itself; on 1,000,000 rows the sort was 4.6 s of 7.1).
   */
  seq?: 'rank' | 'origin-row';
  /**
   * Whether the verdicts are copied into input order once built (the default, and what the
   * printed script does), so that per-lead pages read a range without sorting. DuckDB running
   * the report skips the copy: a per-lead page sorts its own rows (ORDER BY seq, sla) and no
   * other query depends on the table's order (on 1,000,000 rows the copy cost ~0.7 s of CPU).
   */
  sortVerdicts?: boolean;
  /**
   * Attributes the relation carries as text columns of their own (attribute name → column),
   * each holding what `dialect.attribute` would read from the `attributes` JSON: DuckDB
   * reading the export itself builds no JSON only to take it apart again (on 1,000,000
   * HubSpot rows, building and reading it back cost about half a second). An attribute the
   * report reads that is not in the map is NULL, as a key the JSON lacks.
   */
  attributeColumns?: ReadonlyMap<string, string>;
}

/** One statement of the script, with the comment that says what it is for. */
export interface SqlStatement {
  title: string;
  sql: string;
}

/** Names of the working tables (temporary: they live as long as the session). */
export const T = {
  lead: 'revpact_lead',
  calendar: 'revpact_calendar',
  sla: 'revpact_sla_verdict',
  slaUnsorted: 'revpact_sla_verdict_unsorted',
  leadVerdicts: 'revpact_lead_verdicts',
  followUp: 'revpact_follow_up',
  flags: 'revpact_finding',
} as const;

/** Verdict codes in the working tables, as the engine's (metrics/sla.ts). */
export const MET = 0;
export const BREACHED = 1;
export const PENDING = 2;
export const EXCLUDED = 3;

/** The columns of revpact_lead that hold lead fields, and the attributes (by name) it carries. */
export interface LeadShape {
  attributes: string[];
  pii: string[];
  /** Timestamp fields read as "latest instant" (date-only stops, stage order). */
  late: string[];
}

const TIMESTAMPS: ReadonlySet<string> = new Set(TIMESTAMP_FIELDS);
const NUMBERS: ReadonlySet<string> = new Set(NUMBER_FIELDS);
const TEXTS: ReadonlySet<string> = new Set<string>([...TEXT_FIELDS, ...PII_FIELDS]);
const PII: ReadonlySet<string> = new Set(PII_FIELDS);

/** A calendar instant range for the table: what the report's business clocks will be asked about. */
export interface CalendarRange {
  fromMs: number;
  toMs: number;
}

export class SqlPlan {
  readonly d: Dialect;
  readonly shape: LeadShape;
  readonly rules: RulesIR;
  readonly options: PlanOptions;
  private readonly zone: string;
  private readonly from: string;
  private readonly to: string;
  private readonly asOf: string;
  private readonly lifecycle: RulesIR['stages'];
  private readonly stageFields: string[];

  constructor(rules: RulesIR, options: PlanOptions) {
    this.rules = rules;
    this.options = options;
    this.d = dialectOf(options.dialect);
    this.zone = rules.contract.timezone;
    this.from = num(options.period.fromMs);
    this.to = num(options.period.toMs);
    this.asOf = num(options.asOfMs);
    this.lifecycle = rules.stages.filter((s) => !EXIT_KINDS.has(s.kind)).sort((a, b) => a.order - b.order);
    const seen = new Set<string>();
    this.stageFields = this.lifecycle.filter((s) => !seen.has(s.field) && seen.add(s.field)).map((s) => s.field);
    this.shape = shapeOf(rules, options.by, options.showPii, this.stageFields);
  }

  // ---------------------------------------------------------------- helpers

  /** A field of revpact_lead, typed for conditions and breakdowns. */
  readonly field: FieldResolver = (field: string): FieldSql => {
    if (TIMESTAMPS.has(field)) return { kind: 'instant', expr: ident(snakeCase(field)) };
    if (NUMBERS.has(field)) return { kind: 'number', expr: ident(snakeCase(field)) };
    if (TEXTS.has(field)) return { kind: 'text', expr: ident(snakeCase(field)) };
    return { kind: 'text', expr: ident(attributeColumn(this.shape, field)) };
  };

  private when(c: RuleCondition | null): string {
    return conditionSql(c, this.d, this.field, this.zone);
  }

  private inPeriod(expr: string): string {
    return `(${expr} >= ${this.from} AND ${expr} < ${this.to})`;
  }

  private col(field: string): string {
    return ident(snakeCase(field));
  }

  /** The latest instant a timestamp may stand for (end of its day when the cell was date-only). */
  private late(field: string): string {
    return ident(`${snakeCase(field)}_late`);
  }

  /** Fields of `stageId` and every later lifecycle stage (EvalContext.reachedFields). */
  reachedFields(stageId: string): string[] {
    return reachedFieldsOf(this.rules, stageId);
  }

  /** Per field: whether any lead of the whole export has it (seen_<i>, in the order given); stages-seen.ts. */
  fieldsSeenQuery(fields: readonly string[]): string {
    const cols = fields.map((f, i) => `count(CASE WHEN ${this.col(f)} IS NOT NULL THEN 1 END) > 0 AS seen_${i}`);
    return `-- the stage dates commitments and funnel steps count by: whether the export has each at all (in no lead: not measured)\nSELECT\n  ${cols.join(',\n  ')}\nFROM ${T.lead}`;
  }

  /** Whether any of `fields` holds an instant at or before as-of (reachedBy); FALSE, never NULL, when none is there. */
  private reachedBy(fields: readonly string[]): string {
    return fields.length === 0 ? 'FALSE' : `coalesce(${fields.map((f) => `${this.col(f)} <= ${this.asOf}`).join(' OR ')}, FALSE)`;
  }

  private calendarOf(id: string | null): RuleCalendar | null {
    if (id === null) return null;
    const cal = this.rules.calendars.find((c) => c.id === id);
    if (!cal) throw new Error(`sql: unknown calendar "${id}" (the checks should have caught it)`);
    return cal;
  }

  /**
   * Joins the calendar interval at or before `instant` (a column of `from`) as `alias`:
   * its running business total up to `instant` is then `businessAt(alias, instant)`.
   */
  private asofAtOrBefore(alias: string, calendarId: string, instant: string): string {
    const a = ident(alias);
    if (this.d.name === 'duckdb') return `ASOF LEFT JOIN ${T.calendar} AS ${a} ON ${a}.calendar_id = ${str(calendarId)} AND ${instant} >= ${a}.start_ms`;
    return `LEFT JOIN LATERAL (SELECT cal.start_ms, cal.end_ms, cal.before_ms FROM ${T.calendar} AS cal WHERE cal.calendar_id = ${str(calendarId)} AND cal.start_ms <= ${instant} ORDER BY cal.start_ms DESC LIMIT 1) AS ${a} ON TRUE`;
  }

  /** Joins the first interval whose running total reaches `need` business ms (the due instant's interval). */
  private asofReaching(alias: string, calendarId: string, need: string): string {
    const a = ident(alias);
    if (this.d.name === 'duckdb') return `ASOF LEFT JOIN ${T.calendar} AS ${a} ON ${a}.calendar_id = ${str(calendarId)} AND ${need} <= ${a}.after_ms`;
    return `LEFT JOIN LATERAL (SELECT cal.start_ms, cal.before_ms FROM ${T.calendar} AS cal WHERE cal.calendar_id = ${str(calendarId)} AND cal.after_ms >= ${need} ORDER BY cal.after_ms LIMIT 1) AS ${a} ON TRUE`;
  }

  /** Joins the first interval that ends after `instant` (the next opening). */
  private asofOpenAfter(alias: string, calendarId: string, instant: string): string {
    const a = ident(alias);
    if (this.d.name === 'duckdb') return `ASOF LEFT JOIN ${T.calendar} AS ${a} ON ${a}.calendar_id = ${str(calendarId)} AND ${instant} < ${a}.end_ms`;
    return `LEFT JOIN LATERAL (SELECT cal.start_ms FROM ${T.calendar} AS cal WHERE cal.calendar_id = ${str(calendarId)} AND cal.end_ms > ${instant} ORDER BY cal.end_ms LIMIT 1) AS ${a} ON TRUE`;
  }

  private businessAt(alias: string, instant: string): string {
    const a = ident(alias);
    return `coalesce(${a}.before_ms + least(${instant}, ${a}.end_ms) - ${a}.start_ms, 0)`;
  }

  // ---------------------------------------------------------------- statements

  /** The working copy of the leads: instants as epoch ms, date-only stops read as the end of their day, the attributes the report reads. */
  leadStatements(): SqlStatement[] {
    const d = this.d;
    const l = (c: string) => `l.${ident(c)}`;
    const cols: string[] = [
      this.options.seq === 'origin-row'
        ? `CAST(l.origin_row AS BIGINT) AS seq`
        : `row_number() OVER (ORDER BY l.origin_row, ${d.binary('l.origin_file')}, ${d.binary('l.id')}) AS seq`,
    ];
    for (const f of TEXT_FIELDS) cols.push(`${l(snakeCase(f))} AS ${ident(snakeCase(f))}`);
    for (const f of NUMBER_FIELDS) cols.push(`${l(snakeCase(f))} AS ${ident(snakeCase(f))}`);
    for (const f of this.shape.pii) cols.push(`${l(snakeCase(f))} AS ${ident(snakeCase(f))}`);
    for (const f of TIMESTAMP_FIELDS) cols.push(`${d.epochMs(l(snakeCase(f)))} AS ${ident(snakeCase(f))}`);
    for (const f of this.shape.late) {
      const c = l(snakeCase(f));
      // metrics/context.ts latestInstant + period.ts endOfLocalDay: a local midnight in the contract's zone ends at the next one (23 or 25 h on DST days), anything else 24 h later.
      cols.push(
        `CASE WHEN l.date_only IS NULL OR ${c} IS NULL OR NOT ${d.arrayHas('l.date_only', f)} THEN ${d.epochMs(c)} WHEN ${d.isLocalMidnight(c, this.zone)} THEN ${d.nextLocalMidnightMs(c, this.zone)} ELSE ${d.epochMs(c)} + 86400000 END AS ${this.late(f)}`,
      );
    }
    cols.push(`coalesce(array_to_string(l.date_only, ', '), '') AS date_only_text`);
    const given = this.options.attributeColumns;
    this.shape.attributes.forEach((name) => {
      const column = given?.get(name);
      const text = given === undefined ? d.attribute('l.attributes', name) : column === undefined ? 'CAST(NULL AS TEXT)' : l(column);
      cols.push(`${text} AS ${ident(attributeColumn(this.shape, name))}`);
    });
    return [
      drop(T.lead),
      {
        title: 'revpact_lead: one row per lead in input order (seq), instants as epoch milliseconds',
        sql: `CREATE TEMP TABLE ${T.lead} AS\nSELECT\n  ${cols.join(',\n  ')}\nFROM ${tableName(this.options.table)} AS l`,
      },
    ];
  }

  /** Earliest and latest instants a business clock will be asked about (the calendar table must cover them). */
  clockRangeQuery(): string {
    const parts = [`SELECT ${this.from} AS lo, greatest(${this.to}, ${this.asOf}) AS hi`];
    const f = this.rules.followUp;
    if (f && f.minSpan.clock === 'business' && f.calendar !== null && this.giveUpReasons().length > 0) {
      parts.push(
        `SELECT min(least(first_touch_at, last_attempt_at)), max(greatest(first_touch_at, last_attempt_at)) FROM ${T.lead} WHERE ${this.giveUpReasonSql()}`,
      );
    }
    return `SELECT min(lo) AS lo, max(hi) AS hi FROM (\n  ${parts.join('\n  UNION ALL\n  ')}\n) AS r`;
  }

  /** The default range of the calendar table when no data says otherwise: the period with a quarter (92 days) before it. */
  defaultRange(): CalendarRange {
    return { fromMs: this.options.period.fromMs - 92 * 86_400_000, toMs: Math.max(this.options.period.toMs, this.options.asOfMs) };
  }

  /** revpact_calendar: working intervals of every calendar a business clock runs on. */
  calendarStatements(range: CalendarRange): SqlStatement[] {
    const used = this.clockCalendars();
    const extra = Math.max(0, ...this.rules.slas.map((s) => s.goal.minutes * 60_000)) + 86_400_000;
    const rows: string[] = [];
    for (const cal of used) {
      for (const i of workingIntervals(cal, range.fromMs, range.toMs, extra)) {
        rows.push(`(${str(i.calendar)}, ${num(i.startMs)}, ${num(i.endMs)}, ${num(i.beforeMs)}, ${num(i.beforeMs + i.endMs - i.startMs)})`);
      }
    }
    const out: SqlStatement[] = [
      drop(T.calendar),
      {
        title: `revpact_calendar: working intervals [start_ms, end_ms) of ${used.length === 0 ? 'no calendar (no business clock)' : used.map((c) => `"${c.id}" (${c.timezone})`).join(', ')}, with the business ms before each (before_ms) and up to its end (after_ms); holidays and weekends have no rows, DST days their wall-clock hours`,
        sql: `CREATE TEMP TABLE ${T.calendar} (calendar_id TEXT, start_ms BIGINT, end_ms BIGINT, before_ms BIGINT, after_ms BIGINT)`,
      },
    ];
    for (let i = 0; i < rows.length; i += 500) {
      out.push({
        title: `calendar rows ${i + 1}–${Math.min(rows.length, i + 500)} of ${rows.length}`,
        sql: `INSERT INTO ${T.calendar} VALUES\n  ${rows.slice(i, i + 500).join(',\n  ')}`,
      });
    }
    if (this.d.name === 'postgres') {
      out.push({ title: 'indexes for the as-of look-ups', sql: `CREATE INDEX ON ${T.calendar} (calendar_id, start_ms)` });
      out.push({ title: '', sql: `CREATE INDEX ON ${T.calendar} (calendar_id, after_ms)` });
      out.push({ title: '', sql: `CREATE INDEX ON ${T.calendar} (calendar_id, end_ms)` });
      out.push({ title: '', sql: `ANALYZE ${T.calendar}` });
    }
    return out;
  }

  private clockCalendars(): RuleCalendar[] {
    const ids = new Set<string>();
    for (const s of this.rules.slas) if (s.clock === 'business' && s.calendar !== null) ids.add(s.calendar);
    const f = this.rules.followUp;
    if (f && f.minSpan.clock === 'business' && f.calendar !== null) ids.add(f.calendar);
    return [...ids].map((id) => this.calendarOf(id) as RuleCalendar);
  }

  /** revpact_sla_verdict: per lead and SLA in this period's cohort, the verdict, elapsed minutes, due instant and finding (metrics/sla.ts). */
  slaStatements(): SqlStatement[] {
    const sorted = this.options.sortVerdicts !== false;
    const target = sorted ? T.slaUnsorted : T.sla;
    const out: SqlStatement[] = [
      drop(target),
      {
        title: 'revpact_sla_verdict: one row per lead and SLA the lead is this period’s business of; verdict 0 met, 1 breached, 2 pending, 3 excluded',
        sql: `CREATE TEMP TABLE ${target} (seq BIGINT, sla INTEGER, lead_id TEXT, owner TEXT, verdict INTEGER, elapsed DOUBLE PRECISION, due_ms DOUBLE PRECISION, finding TEXT, stopped BOOLEAN)`,
      },
    ];
    this.rules.slas.forEach((sla, i) => out.push({ title: `SLA "${sla.id}": ${describeSla(sla)}`, sql: this.slaInsert(sla, i, target) }));
    if (sorted) {
      // In input order, so the per-lead rows are read a range of leads at a time without sorting the whole table again.
      out.push(drop(T.sla));
      out.push({
        title: 'the verdicts in input order (per-lead rows are read from it page by page)',
        sql: `CREATE TEMP TABLE ${T.sla} AS SELECT * FROM ${T.slaUnsorted} ORDER BY seq, sla`,
      });
      out.push(drop(T.slaUnsorted));
    }
    if (this.d.name === 'postgres') out.push({ title: '', sql: `CREATE INDEX ON ${T.sla} (seq)` });
    out.push(drop(T.leadVerdicts));
    const pivot = this.rules.slas.map((_, i) => `max(CASE WHEN sla = ${i} THEN verdict END) AS v${i}`);
    out.push({
      title: 'revpact_lead_verdicts: the leads with a verdict on at least one SLA, one column per SLA (for the breakdowns)',
      sql: `CREATE TEMP TABLE ${T.leadVerdicts} AS\nSELECT seq${pivot.map((p) => `,\n  ${p}`).join('')}\nFROM ${T.sla}\nGROUP BY seq`,
    });
    return out;
  }

  private slaInsert(sla: RuleSla, index: number, into: string): string {
    const start = this.col(sla.start.field);
    const stopFields = [...new Set(sla.stop.map((s) => s.field))];
    // Phase 2 of SlaMetric.add: the earliest stop at or before as-of, date-only stops at the end of their day.
    const stop =
      stopFields.length === 0
        ? 'CAST(NULL AS BIGINT)'
        : `least(${stopFields.map((f) => `CASE WHEN ${this.late(f)} <= ${this.asOf} THEN ${this.late(f)} END`).join(', ')})`;
    // Evidence that a missing start did happen: a stop, a later stage reached, or the current stage.
    const startStage = sla.start.type === 'stage' ? this.rules.stages.find((s) => s.id === sla.start.event) : undefined;
    const evidenceFields = [...new Set([...stopFields, ...(startStage ? this.reachedFields(startStage.id).filter((f) => f !== sla.start.field) : [])])];
    const evidenceKinds = startStage ? [...new Set(this.lifecycle.filter((s) => s.order >= startStage.order).map((s) => s.kind))] : [];
    const evidence = [
      ...evidenceFields.map((f) => `${this.col(f)} IS NOT NULL`),
      ...(evidenceKinds.length > 0 ? [`stage IN (${evidenceKinds.map(str).join(', ')})`] : []),
    ];
    // A lead without a start is filed under its creation, else its earliest timestamp.
    const anchor = `coalesce(${this.col('createdAt')}, least(${TIMESTAMP_FIELDS.map((f) => this.col(f)).join(', ')}))`;
    const when = this.when(sla.when);
    const goal = sla.goal.minutes;
    const goalMs = num(goal * 60_000);
    const cal = sla.clock === 'business' ? this.calendarOf(sla.calendar) : null;

    const cohort = [
      `SELECT seq, id, owner, ${start} AS start_ms, ${stop} AS stop_ms,`,
      `    CASE`,
      `      WHEN ${start} IS NULL THEN CASE WHEN ${this.inPeriod(anchor)} AND ${evidence.length === 0 ? 'FALSE' : `(${evidence.join(' OR ')})`} THEN ${when === 'TRUE' ? `'missing-start'` : `CASE WHEN ${when} THEN 'missing-start' ELSE 'excluded' END`} ELSE 'out' END`,
      `      WHEN NOT ${this.inPeriod(start)} THEN 'out'`,
      ...(when === 'TRUE' ? [] : [`      WHEN NOT ${when} THEN 'excluded'`]),
      `      WHEN ${start} > ${this.asOf} THEN 'start-after-as-of'`,
      `      ELSE 'measured'`,
      `    END AS state`,
      `  FROM ${T.lead}`,
    ].join('\n');
    const measured = `SELECT seq, start_ms, stop_ms, coalesce(stop_ms, ${this.asOf}) AS end_ms FROM cohort WHERE state = 'measured'`;
    const zeroWhen = `m.end_ms <= m.start_ms`;
    let timed: string;
    if (cal === null) {
      timed = [
        `SELECT m.seq, m.stop_ms,`,
        `    CASE WHEN ${zeroWhen} THEN CAST(0 AS DOUBLE PRECISION) ELSE CAST(m.end_ms - m.start_ms AS DOUBLE PRECISION) / 60000 END AS elapsed,`,
        `    CAST(m.start_ms AS DOUBLE PRECISION) + ${goalMs} AS due_ms,`,
        `    (m.stop_ms IS NOT NULL AND m.stop_ms < m.start_ms) AS early`,
        `  FROM measured AS m`,
      ].join('\n');
    } else {
      const due =
        goal > 0
          ? { join: this.asofReaching('c', cal.id, 'b.need'), expr: `c.start_ms + (b.need - c.before_ms)` }
          : { join: this.asofOpenAfter('c', cal.id, 'b.start_ms'), expr: `greatest(c.start_ms, b.start_ms)` };
      timed = [
        `SELECT m.seq, m.stop_ms, m.start_ms, m.end_ms,`,
        `    ${this.businessAt('a', 'm.start_ms')} AS start_b,`,
        `    ${this.businessAt('e', 'm.end_ms')} AS end_b`,
        `  FROM measured AS m`,
        `  ${this.asofAtOrBefore('a', cal.id, 'm.start_ms')}`,
        `  ${this.asofAtOrBefore('e', cal.id, 'm.end_ms')}`,
        `), needs AS (`,
        `  SELECT b.*, CAST(b.start_b AS DOUBLE PRECISION) + ${goalMs} AS need FROM business AS b`,
        `), timed AS (`,
        `  SELECT b.seq, b.stop_ms,`,
        `    CASE WHEN b.end_ms <= b.start_ms THEN CAST(0 AS DOUBLE PRECISION) ELSE CAST(b.end_b - b.start_b AS DOUBLE PRECISION) / 60000 END AS elapsed,`,
        `    CAST(${due.expr} AS DOUBLE PRECISION) AS due_ms,`,
        `    (b.stop_ms IS NOT NULL AND b.stop_ms < b.start_ms) AS early`,
        `  FROM needs AS b`,
        `  ${due.join}`,
      ].join('\n');
    }
    const verdict = `CASE WHEN t.stop_ms IS NOT NULL THEN CASE WHEN t.elapsed <= ${num(goal)} THEN ${MET} ELSE ${BREACHED} END WHEN t.elapsed > ${num(goal)} THEN ${BREACHED} ELSE ${PENDING} END`;
    return [
      `INSERT INTO ${into}`,
      `WITH cohort AS (`,
      `  ${cohort}`,
      `), measured AS (`,
      `  ${measured}`,
      cal === null ? `), timed AS (` : `), business AS (`,
      `  ${timed}`,
      `)`,
      `SELECT c.seq, ${index} AS sla, c.id, c.owner,`,
      `  CASE WHEN c.state = 'measured' THEN ${verdict} ELSE ${EXCLUDED} END AS verdict,`,
      `  CASE WHEN c.state = 'measured' THEN CASE WHEN t.early THEN CAST(0 AS DOUBLE PRECISION) ELSE t.elapsed END END AS elapsed,`,
      `  t.due_ms,`,
      `  CASE WHEN c.state IN ('missing-start', 'start-after-as-of') THEN c.state WHEN t.early THEN 'stop-before-start' END AS finding,`,
      // Stopped by as-of, or still open (its elapsed time is then its age at as-of): the two are summarized apart.
      `  CASE WHEN c.state = 'measured' THEN t.stop_ms IS NOT NULL END AS stopped`,
      `FROM cohort AS c`,
      `LEFT JOIN timed AS t ON t.seq = c.seq`,
      `WHERE c.state <> 'out'`,
    ].join('\n');
  }

  // ---------------------------------------------------------------- follow-up

  private giveUpReasons(): string[] {
    const rule = this.rules.followUp;
    if (!rule || rule.giveUpReason === null) return [];
    const reason = this.rules.recycling?.reasons.find((r) => r.id === rule.giveUpReason);
    return [...new Set([rule.giveUpReason, ...(reason?.values ?? [])].map((s) => s.trim().toLowerCase()))];
  }

  private giveUpReasonSql(): string {
    const reasons = this.giveUpReasons();
    return reasons.length === 0 ? 'FALSE' : `(rejection_reason IS NOT NULL AND lower(${jsTrim('rejection_reason')}) IN (${reasons.map(str).join(', ')}))`;
  }

  /** revpact_follow_up: leads given up for lack of response in the period, with attempts and span (metrics/follow-up.ts). */
  followUpStatements(): SqlStatement[] {
    const rule = this.rules.followUp;
    if (!rule) return [];
    const gaveUp = `CASE WHEN rejected_at IS NULL THEN disqualified_at WHEN disqualified_at IS NULL THEN rejected_at ELSE least(rejected_at, disqualified_at) END`;
    const cal = rule.minSpan.clock === 'business' ? this.calendarOf(rule.calendar) : null;
    const given = `SELECT seq, id, attempts, first_touch_at, last_attempt_at FROM ${T.lead} WHERE ${this.giveUpReasonSql()} AND ${this.inPeriod(gaveUp)} AND ${gaveUp} <= ${this.asOf}`;
    const span =
      cal === null
        ? `CAST(g.last_attempt_at - g.first_touch_at AS DOUBLE PRECISION) / 60000`
        : `CAST(${this.businessAt('b', 'g.last_attempt_at')} - ${this.businessAt('a', 'g.first_touch_at')} AS DOUBLE PRECISION) / 60000`;
    const joins = cal === null ? '' : `\n${this.asofAtOrBefore('a', cal.id, 'g.first_touch_at')}\n${this.asofAtOrBefore('b', cal.id, 'g.last_attempt_at')}`;
    return [
      drop(T.followUp),
      {
        title: `revpact_follow_up: leads given up (rejected or disqualified, the earlier) in the period with reason ${rule.giveUpReason ?? '(none)'}; span = first touch → last attempt on the ${cal ? `"${cal.id}" business` : 'calendar'} clock`,
        sql: [
          `CREATE TEMP TABLE ${T.followUp} AS`,
          `WITH given AS (`,
          `  ${given}`,
          `)`,
          `SELECT g.seq, g.id, g.attempts,`,
          `  CASE WHEN g.first_touch_at IS NULL OR g.last_attempt_at IS NULL THEN NULL WHEN g.last_attempt_at <= g.first_touch_at THEN CAST(0 AS DOUBLE PRECISION) ELSE ${span} END AS span`,
          `FROM given AS g${joins}`,
        ].join('\n'),
      },
    ];
  }

  // ---------------------------------------------------------------- data quality

  /** revpact_finding: one row per data-quality flag, in the order the streaming engine raises them (seq, then ord). */
  findingStatements(): SqlStatement[] {
    const out: SqlStatement[] = [
      drop(T.flags),
      {
        title: 'revpact_finding: data-quality flags per lead (metrics/data-quality.ts); example is the lead id',
        sql: `CREATE TEMP TABLE ${T.flags} (seq BIGINT, ord INTEGER, code TEXT, sla TEXT, example TEXT, detail TEXT)`,
      },
    ];
    // SLA findings, with the fixed details of SlaMetric.
    const details = this.rules.slas.map((s, i) => {
      const stopFields = [...new Set(s.stop.map((x) => x.field))];
      return `WHEN v.sla = ${i} AND v.finding = 'stop-before-start' THEN ${str(`${stopFields.join('/')} before ${s.start.field}`)} WHEN v.sla = ${i} THEN ${str(s.start.field)}`;
    });
    const slaIds = this.rules.slas.map((s, i) => `WHEN ${i} THEN ${str(s.id)}`);
    if (this.rules.slas.length > 0) {
      out.push({
        title: 'findings of the SLAs: missing-start, start-after-as-of, stop-before-start',
        sql: `INSERT INTO ${T.flags}\nSELECT v.seq, v.sla, v.finding, CASE v.sla ${slaIds.join(' ')} END, v.lead_id, CASE ${details.join(' ')} END\nFROM ${T.sla} AS v\nWHERE v.finding IS NOT NULL`,
      });
    }
    // Commitments on money: a counted lead without a deal amount (one entry for all commitments, detail of the first flag).
    this.rules.commitments.forEach((c, i) => {
      if (c.kind !== 'pipeline' && c.kind !== 'revenue') return;
      out.push({
        title: `commitment "${c.id}": leads counted without a deal amount (missing-deal-amount)`,
        sql: `INSERT INTO ${T.flags}\nSELECT seq, ${1000 + i}, 'missing-deal-amount', NULL, id, ${str(`${c.stage} (commitment ${c.id})`)}\nFROM ${T.lead}\nWHERE ${this.commitmentCounted(c.field, c.when)} AND deal_amount IS NULL`,
      });
    });
    // The lead-level checks, on leads with at least one timestamp in the period.
    const active = `(${TIMESTAMP_FIELDS.map((f) => this.inPeriod(this.col(f))).join(' OR ')})`;
    const checks: string[] = [`SELECT seq, 2000, 'date-only', NULL, id, date_only_text FROM active WHERE date_only_text <> ''`];
    const r = this.rules.recycling;
    if (r) {
      const known = [...new Set(r.reasons.flatMap((x) => [x.id, ...x.values]).map((s) => s.trim().toLowerCase()))];
      const notKnown = known.length === 0 ? 'TRUE' : `lower(${jsTrim('rejection_reason')}) NOT IN (${known.map(str).join(', ')})`;
      checks.push(
        `SELECT seq, 2001, 'unknown-rejection-reason', NULL, id, '"' || ${jsTrim('rejection_reason')} || '"' FROM active WHERE NOT ${isBlank(this.d, 'rejection_reason')} AND ${notKnown}`,
      );
      if (r.feedbackRequired)
        checks.push(
          `SELECT seq, 2002, 'missing-rejection-reason', NULL, id, NULL FROM active WHERE rejected_at IS NOT NULL AND ${isBlank(this.d, 'rejection_reason')}`,
        );
    }
    const order = this.stageOrderSql();
    if (order !== null)
      checks.push(
        `SELECT seq, 2003, 'stage-order', NULL, id, stage_order FROM (SELECT seq, id, ${order} AS stage_order FROM active) AS s WHERE stage_order IS NOT NULL`,
      );
    // A value a numeric gt/gte/lt/lte cannot read: the first such field of the lead (DataQuality.checkLead).
    // Number fields (score, dealAmount) are numbers already.
    const numeric = numericOrderFields(reportConditions(this.rules))
      .map((name) => ({ name, f: this.field(name) }))
      .filter(({ f }) => f.kind === 'text');
    if (numeric.length > 0) {
      const whens = numeric.map(
        ({ name, f }) => `WHEN NOT ${isBlank(this.d, f.expr)} AND ${asNumber(this.d, f.expr)} IS NULL THEN ${str(`${name} "`)} || ${jsTrim(f.expr)} || '"'`,
      );
      checks.push(
        `SELECT seq, 2004, 'not-a-number', NULL, id, not_a_number FROM (SELECT seq, id, CASE ${whens.join(' ')} END AS not_a_number FROM active) AS n WHERE not_a_number IS NOT NULL`,
      );
    }
    // A current stage that is none of the stage kinds (DataQuality.checkLead): read as no stage.
    checks.push(
      `SELECT seq, 2005, 'unknown-stage', NULL, id, '"' || stage || '"' FROM active WHERE stage IS NOT NULL AND stage NOT IN (${STAGE_KINDS.map(str).join(', ')})`,
    );
    out.push({
      title: 'lead-level checks on leads active in the period: date-only cells, rejection reasons, stage order, values that are not numbers, stages',
      sql: `INSERT INTO ${T.flags}\nWITH active AS (SELECT * FROM ${T.lead} WHERE ${active})\n${checks.join('\nUNION ALL\n')}`,
    });
    return out;
  }

  /**
   * The first lifecycle stage entered before an earlier one ("sqlAt before salAt"): the
   * running maximum of the earlier stage dates, named after the first field that holds it;
   * a date-only stage date is out of order only if even the end of its day comes first.
   */
  private stageOrderSql(): string | null {
    const f = this.stageFields;
    if (f.length < 2) return null;
    const whens: string[] = [];
    for (let j = 1; j < f.length; j++) {
      const earlier = f.slice(0, j);
      const max = earlier.length === 1 ? this.col(earlier[0] as string) : `greatest(${earlier.map((x) => this.col(x)).join(', ')})`;
      const argmax =
        earlier.length === 1 ? str(earlier[0] as string) : `CASE ${earlier.map((x) => `WHEN ${this.col(x)} = ${max} THEN ${str(x)}`).join(' ')} END`;
      whens.push(`WHEN ${this.col(f[j] as string)} IS NOT NULL AND ${this.late(f[j] as string)} < ${max} THEN ${str(`${f[j]} before `)} || ${argmax}`);
    }
    return `CASE ${whens.join(' ')} END`;
  }

  // ---------------------------------------------------------------- queries

  /** Leads a commitment counts: its stage date in the period, at or before as-of, and its `when`. */
  commitmentCounted(field: string, when: RuleCondition | null): string {
    const c = this.col(field);
    return `${this.inPeriod(c)} AND ${c} <= ${this.asOf} AND ${this.when(when)}`;
  }

  /** Per commitment: counted, converted (conversion) and whether the export can measure it at all. */
  commitmentQuery(index: number): string {
    const c = this.rules.commitments[index];
    if (!c) throw new Error(`sql: no commitment ${index}`);
    const field = c.kind === 'conversion' ? c.fromField : c.field;
    const reached = c.kind === 'conversion' ? this.reachedFields(c.to) : [];
    const measurable =
      c.kind === 'pipeline' || c.kind === 'revenue'
        ? 'deal_amount IS NOT NULL'
        : c.kind === 'conversion'
          ? `(${reached.map((f) => `${this.col(f)} IS NOT NULL`).join(' OR ') || 'FALSE'})`
          : `${this.col(field)} IS NOT NULL`;
    return [
      `-- commitment "${c.id}" (${c.kind}): leads entering ${this.col(field)} in the period by as-of${c.kind === 'conversion' ? `, and of those the ones that reached ${reached.join('/')} by as-of` : ''}`,
      `SELECT`,
      `  count(CASE WHEN ${this.commitmentCounted(field, c.when)} THEN 1 END) AS counted,`,
      `  count(CASE WHEN ${this.commitmentCounted(field, c.when)} AND ${this.reachedBy(reached)} THEN 1 END) AS converted,`,
      `  count(CASE WHEN ${measurable} THEN 1 END) > 0 AS measurable`,
      `FROM ${T.lead}`,
    ].join('\n');
  }

  /** Deal amounts a money commitment sums, in input order (summed by the caller in that order, as the engine does). */
  commitmentAmountsQuery(index: number): string {
    const c = this.rules.commitments[index];
    if (!c || c.kind === 'volume' || c.kind === 'conversion') throw new Error(`sql: commitment ${index} has no amounts`);
    return `SELECT deal_amount FROM ${T.lead} WHERE ${this.commitmentCounted(c.field, c.when)} AND deal_amount IS NOT NULL ORDER BY seq`;
  }

  /** The funnel steps (metrics/funnel.ts): consecutive lifecycle stages, then the targets' other pairs. */
  funnelSteps(): { from: string; to: string; target: number | null }[] {
    const targets = this.rules.targets?.conversions ?? [];
    const steps: { from: string; to: string; target: number | null }[] = [];
    const add = (from: string, to: string) => {
      if (steps.some((s) => s.from === from && s.to === to)) return;
      if (!this.rules.stages.some((s) => s.id === from) || !this.rules.stages.some((s) => s.id === to)) return;
      steps.push({ from, to, target: targets.find((t) => t.from === from && t.to === to)?.rate ?? null });
    };
    for (let i = 1; i < this.lifecycle.length; i++) add((this.lifecycle[i - 1] as { id: string }).id, (this.lifecycle[i] as { id: string }).id);
    for (const t of targets) add(t.from, t.to);
    return steps;
  }

  funnelQuery(): string | null {
    const steps = this.funnelSteps();
    if (steps.length === 0) return null;
    const exits = this.reachedBy([...EXIT_FIELDS]);
    const cols = steps.flatMap((s, i) => {
      const field = this.col((this.rules.stages.find((x) => x.id === s.from) as { field: string }).field);
      const entered = `${this.inPeriod(field)} AND ${field} <= ${this.asOf}`;
      const reached = this.reachedBy(this.reachedFields(s.to));
      return [
        `count(CASE WHEN ${entered} THEN 1 END) AS entered_${i}`,
        `count(CASE WHEN ${entered} AND ${reached} THEN 1 END) AS converted_${i}`,
        `count(CASE WHEN ${entered} AND NOT ${reached} AND ${exits} THEN 1 END) AS exited_${i}`,
      ];
    });
    return `-- the funnel: per step, leads entering "from" in the period, converted (reached "to" or later by as-of), exited (lost, recycled, disqualified)\nSELECT\n  ${cols.join(',\n  ')}\nFROM ${T.lead}`;
  }

  handoffQuery(): string | null {
    const h = this.rules.handoff;
    if (!h) return null;
    const field = this.col(h.field);
    const missing = h.requiredFields.map((r) => {
      const f = this.field(r.field);
      return f.kind === 'text' ? isBlank(this.d, f.expr) : `${f.expr} IS NULL`;
    });
    const cols = [
      `count(*) AS leads`,
      `count(CASE WHEN ${missing.length === 0 ? 'TRUE' : `NOT (${missing.join(' OR ')})`} THEN 1 END) AS complete`,
      ...missing.map((m, i) => `count(CASE WHEN ${m} THEN 1 END) AS missing_${i}`),
    ];
    return `-- handoff completeness: leads entering ${h.stage} in the period, and which required fields they lack\nSELECT\n  ${cols.join(',\n  ')}\nFROM ${T.lead}\nWHERE ${this.inPeriod(field)} AND ${field} <= ${this.asOf}`;
  }

  /** Per required handoff field: whether any lead of the whole export has it (seen_<i>); HandoffMetric. */
  handoffSeenQuery(): string | null {
    const h = this.rules.handoff;
    if (!h) return null;
    const cols = h.requiredFields.map((r, i) => {
      const f = this.field(r.field);
      const missing = f.kind === 'text' ? isBlank(this.d, f.expr) : `${f.expr} IS NULL`;
      return `count(CASE WHEN NOT (${missing}) THEN 1 END) > 0 AS seen_${i}`;
    });
    return `-- handoff: whether the export carries each required field at all (in no lead: completeness not measured)\nSELECT\n  ${cols.length === 0 ? 'TRUE AS none' : cols.join(',\n  ')}\nFROM ${T.lead}`;
  }

  /** Per SLA: whether any lead of the whole export has one of the events that stop its clock (stop_seen_<i>); SlaMetric.stopsSeen. */
  slaStopsSeenQuery(): string | null {
    if (this.rules.slas.length === 0) return null;
    const cols = this.rules.slas.map((sla, i) => {
      const fields = [...new Set(sla.stop.map((s) => s.field))];
      const any = fields.length === 0 ? 'TRUE' : fields.map((f) => `${this.col(f)} IS NOT NULL`).join(' OR ');
      return `count(CASE WHEN ${any} THEN 1 END) > 0 AS stop_seen_${i}`;
    });
    return `-- per SLA: whether the export has the events that stop its clock at all (in no lead: not measured)\nSELECT\n  ${cols.join(',\n  ')}\nFROM ${T.lead}`;
  }

  /** Per SLA: verdict counts and how many elapsed times the percentiles pick from. */
  slaCountsQuery(): string {
    return `SELECT sla, verdict, count(*) AS n FROM ${T.sla} GROUP BY sla, verdict ORDER BY sla, verdict`;
  }

  /** Per SLA: leads whose clock stopped, and leads still open at as-of. */
  slaTimesQuery(): string {
    return `SELECT sla, count(CASE WHEN stopped THEN 1 END) AS stopped, count(CASE WHEN NOT stopped THEN 1 END) AS open FROM ${T.sla} GROUP BY sla ORDER BY sla`;
  }

  /** The elapsed time at a 0-based rank among the stopped (or the open) leads of an SLA (nearest-rank percentiles). */
  slaElapsedAtQuery(sla: number, rank: number, stopped = true): string {
    return `SELECT elapsed FROM ${T.sla} WHERE sla = ${sla} AND ${stopped ? 'stopped' : 'NOT stopped'} ORDER BY elapsed LIMIT 1 OFFSET ${rank}`;
  }

  /**
   * Per SLA, how many stopped leads fall in each bucket of elapsed time (metrics/distribution.ts):
   * bucket i holds 4·elapsed ≤ quarters[i]·goal and not the edge before, the streaming engine's exact
   * test. One pass over the verdicts for every SLA; null without SLAs. Empty buckets are absent.
   */
  slaDistributionQuery(): string | null {
    if (this.rules.slas.length === 0) return null;
    const perSla = this.rules.slas.map((s, i) => {
      const cases = BUCKET_QUARTERS.map((q, b) => `WHEN 4 * elapsed <= ${num(q * s.goal.minutes)} THEN ${b}`).join(' ');
      return `    WHEN ${i} THEN CASE ${cases} ELSE ${BUCKET_QUARTERS.length} END`;
    });
    return [
      `SELECT sla, bucket, count(*) AS n FROM (`,
      `  SELECT sla, CASE sla`,
      ...perSla,
      `  END AS bucket`,
      `  FROM ${T.sla} WHERE stopped`,
      `) AS b GROUP BY sla, bucket ORDER BY sla, bucket`,
    ].join('\n');
  }

  /** The most overdue breaches of an SLA: overdue descending, then lead id. */
  slaWorstQuery(sla: number): string {
    const s = this.rules.slas[sla] as RuleSla;
    const pii = this.options.showPii ? ', l.email, l.name' : '';
    return [
      `SELECT v.lead_id, v.elapsed, greatest(0, v.elapsed - ${num(s.goal.minutes)}) AS overdue, v.due_ms, v.owner${pii}`,
      `FROM ${T.sla} AS v${this.options.showPii ? `\nJOIN ${T.lead} AS l ON l.seq = v.seq` : ''}`,
      `WHERE v.sla = ${sla} AND v.verdict = ${BREACHED}`,
      `ORDER BY overdue DESC, ${this.d.binary('v.lead_id')}`,
      `LIMIT ${this.options.worst}`,
    ].join('\n');
  }

  /** The last seq with a verdict (0 when none): per-lead pages run up to it. */
  lastSeqQuery(): string {
    return `SELECT coalesce(max(seq), 0) AS last FROM ${T.sla}`;
  }

  /** Per-lead rows of leads seq in (after, upTo], in input order then SLA order. */
  perLeadQuery(after: number, upTo: number): string {
    return `SELECT seq, sla, lead_id, verdict, elapsed, due_ms, owner FROM ${T.sla} WHERE seq > ${after} AND seq <= ${upTo} ORDER BY seq, sla`;
  }

  followUpQueries(): { summary: string; worst: string } | null {
    const rule = this.rules.followUp;
    if (!rule) return null;
    const ok = `attempts IS NOT NULL AND attempts >= ${num(rule.minAttempts)} AND span IS NOT NULL AND span >= ${num(rule.minSpan.minutes)}`;
    return {
      summary: `SELECT count(*) AS checked, count(CASE WHEN NOT (${ok}) THEN 1 END) AS violations FROM ${T.followUp}`,
      worst: `SELECT id, attempts, span FROM ${T.followUp} WHERE NOT (${ok}) ORDER BY coalesce(attempts, -1), coalesce(span, -1), ${this.d.binary('id')} LIMIT ${this.options.worst}`,
    };
  }

  /** Findings: per (code, sla) the count, the first five examples with the first detail, and the first five distinct details. */
  findingQueries(): { counts: string; examples: string; details: string } {
    return {
      counts: `SELECT code, sla, count(*) AS n FROM ${T.flags} GROUP BY code, sla`,
      examples: `SELECT code, sla, example, detail, rn FROM (SELECT code, sla, example, detail, row_number() OVER (PARTITION BY code, sla ORDER BY seq, ord) AS rn FROM ${T.flags}) AS f WHERE rn <= 5 ORDER BY code, sla, rn`,
      details: [
        `SELECT code, sla, detail, rn FROM (`,
        `  SELECT code, sla, detail, row_number() OVER (PARTITION BY code, sla ORDER BY seq, ord) AS rn FROM (`,
        `    SELECT code, sla, detail, seq, ord, row_number() OVER (PARTITION BY code, sla, detail ORDER BY seq, ord) AS k FROM ${T.flags} WHERE detail IS NOT NULL`,
        `  ) AS first_seen WHERE k = 1`,
        `) AS d WHERE rn <= 5 ORDER BY code, sla, rn`,
      ].join('\n'),
    };
  }

  /** The rejected rows, in file order then row order. */
  rejectionsQuery(): string {
    return `SELECT ${ident('file')} AS file, ${ident('row')} AS row, ${ident('reason')} AS reason FROM ${tableName(rejectionsTable(this.options.table))}`;
  }

  /**
   * Where the leads' dates fall (evaluate.ts): with a date in the period (active), else by
   * the earliest date before or after it, or no date at all; and the earliest and latest
   * date of any lead (metrics/coverage.ts).
   */
  coverageQuery(): string {
    const cols = TIMESTAMP_FIELDS.map((f) => this.col(f));
    const active = `(${cols.map((c) => this.inPeriod(c)).join(' OR ')})`;
    const first = `least(${cols.join(', ')})`;
    return [
      `SELECT count(CASE WHEN ${active} THEN 1 END) AS active,`,
      `  count(CASE WHEN NOT coalesce(${active}, FALSE) AND ${first} < ${this.from} THEN 1 END) AS before,`,
      `  count(CASE WHEN NOT coalesce(${active}, FALSE) AND ${first} >= ${this.from} THEN 1 END) AS after,`,
      `  count(CASE WHEN ${first} IS NULL THEN 1 END) AS undated,`,
      `  min(${first}) AS lo, max(greatest(${cols.join(', ')})) AS hi`,
      `FROM ${T.lead}`,
    ].join('\n');
  }

  /** Per SLA: leads whose clock starts before the period (before_<i>) or after it (after_<i>), whatever their segment (SlaMetric.add). */
  slaOutsideQuery(): string | null {
    if (this.rules.slas.length === 0) return null;
    const cols = this.rules.slas.flatMap((s, i) => {
      const start = this.col(s.start.field);
      return [`count(CASE WHEN ${start} < ${this.from} THEN 1 END) AS before_${i}`, `count(CASE WHEN ${start} >= ${this.to} THEN 1 END) AS after_${i}`];
    });
    return `SELECT\n  ${cols.join(',\n  ')}\nFROM ${T.lead}`;
  }

  inputQuery(): string {
    return `SELECT count(*) AS evaluated FROM ${T.lead}`;
  }

  /**
   * A breakdown dimension (metrics/breakdowns.ts): the key of each lead with a verdict, the
   * first 1,000 distinct keys in input order on their own, later ones under "(other)".
   */
  breakdownQuery(field: string, tracked: number): string {
    const f = this.field(field);
    const key =
      f.kind === 'text'
        ? `CASE WHEN ${isBlank(this.d, `l.${f.expr}`)} THEN '(none)' ELSE ${jsTrim(`l.${f.expr}`)} END`
        : `CASE WHEN l.${f.expr} IS NULL THEN '(none)' ELSE ${numberText(`l.${f.expr}`)} END`;
    const counts = this.rules.slas.flatMap((_, i) => [MET, BREACHED, PENDING].map((v) => `count(CASE WHEN k.v${i} = ${v} THEN 1 END) AS s${i}_${v}`));
    return [
      `-- breakdown by ${field}`,
      `WITH keyed AS (`,
      `  SELECT v.*, ${key} AS key FROM ${T.leadVerdicts} AS v JOIN ${T.lead} AS l ON l.seq = v.seq`,
      `), firsts AS (`,
      `  SELECT key, row_number() OVER (ORDER BY min(seq)) AS rank FROM keyed GROUP BY key`,
      `), k AS (`,
      `  SELECT CASE WHEN f.rank <= ${tracked} THEN keyed.key ELSE '(other)' END AS bucket${this.rules.slas.map((_, i) => `, keyed.v${i}`).join('')} FROM keyed JOIN firsts AS f ON f.key = keyed.key`,
      `)`,
      `SELECT k.bucket AS key, count(*) AS leads${counts.map((c) => `,\n  ${c}`).join('')}`,
      `FROM k`,
      `GROUP BY k.bucket`,
    ].join('\n');
  }

  /** Every statement that builds the working tables, in order, for a calendar table over `range`. */
  setup(range: CalendarRange): SqlStatement[] {
    return [...this.leadStatements(), ...this.calendarStatements(range), ...this.slaStatements(), ...this.followUpStatements(), ...this.findingStatements()];
  }
}

function drop(table: string): SqlStatement {
  return { title: '', sql: `DROP TABLE IF EXISTS ${table}` };
}

function describeSla(sla: RuleSla): string {
  return `${sla.start.field} → first of ${[...new Set(sla.stop.map((s) => s.field))].join(', ')} within ${sla.goal.text} (${sla.goal.minutes} ${sla.clock} minutes${sla.calendar ? `, calendar "${sla.calendar}"` : ''})`;
}

/** The attributes, personal fields and "latest instant" fields the report reads. */
function shapeOf(rules: RulesIR, by: readonly string[], showPii: boolean, stageFields: readonly string[]): LeadShape {
  const attributes = new Set<string>();
  const pii = new Set<string>(showPii ? ['email', 'name'] : []);
  for (const field of fieldsRead(rules, by)) {
    if (PII.has(field)) pii.add(field);
    else if (!TIMESTAMPS.has(field) && !NUMBERS.has(field) && !TEXTS.has(field)) attributes.add(field);
  }
  const late = new Set<string>([...rules.slas.flatMap((s) => s.stop.map((x) => x.field)), ...stageFields]);
  return { attributes: [...attributes], pii: PII_FIELDS.filter((f) => pii.has(f)), late: TIMESTAMP_FIELDS.filter((f) => late.has(f)) };
}

/** The revpact_lead column of an attribute: a fixed name per position, whatever the attribute is called. */
function attributeColumn(shape: LeadShape, name: string): string {
  const i = shape.attributes.indexOf(name);
  if (i < 0) throw new Error(`sql: attribute "${name}" is not in the working table`);
  return `attr_${i}`;
}

export { columnOf };
