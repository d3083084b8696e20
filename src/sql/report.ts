/**
 * The SQL engines' pipeline (issue 7): compiled SQL → a SqlRunner → a ComplianceReport and
 * per-lead rows, the same objects the streaming engine (src/engine/evaluate.ts) makes. The
 * database does the per-lead work (verdicts, clocks, counts, findings); this module only
 * reads small results and puts them in the report's shape, with the engine's own rounding,
 * formatting, messages and orderings, so the two engines' reports are equal value for value.
 *
 * DuckDB and PostgreSQL share all of it; they differ in the runner and in how the `leads`
 * relation came to exist (src/sql/duckdb/load.ts, `revpact load`).
 */
import type { RuleSla, RulesIR } from '../compiler/ir.js';
import { overallStatus, reportedContract } from '../engine/evaluate.js';
import { commitmentResult, commitmentScaling } from '../engine/metrics/commitments.js';
import { ratio, roundMinutes } from '../engine/metrics/context.js';
import { compareFindings, message, reasonKind, rejectionDetail, SEVERITY, type FindingCode } from '../engine/metrics/data-quality.js';
import { effectiveFinding, gapFinding, periodGap, progressFinding, withoutData } from '../engine/metrics/coverage.js';
import { handoffFinding, handoffOfRead, handoffResult } from '../engine/metrics/handoff.js';
import { OTHER, TOP_KEYS, TRACKED_KEYS } from '../engine/metrics/breakdowns.js';
import { stopFinding, VERDICT_NAMES } from '../engine/metrics/sla.js';
import { stageFieldsWatched, withUnseenStages } from '../engine/metrics/stages-seen.js';
import { emptyDistribution } from '../engine/metrics/distribution.js';
import { InstantFormatter, type Period } from '../engine/period.js';
import type {
  BreakdownRow,
  CommitmentResult,
  ComplianceReport,
  DataQualityFinding,
  FollowUpResult,
  FunnelRow,
  HandoffResult,
  PerLeadRow,
  SlaResult,
  Verdict,
} from '../engine/types.js';
import { BREACHED, EXCLUDED, MET, PENDING, SqlPlan, type CalendarRange } from './plan.js';
import type { SqlRunner } from './runner.js';
import type { EvaluateOptions } from '../engine/evaluate.js';

/** What `evaluate` takes (files: the leads file first, then joined files), and the relation to read. */
export interface SqlReportOptions extends EvaluateOptions {
  /** The canonical leads relation (rejections in `<table>_rejections`). */
  table: string;
  /**
   * Reports run one after another on the same runner and the same, unchanged leads (a
   * series' sub-periods): the working copy of the leads does not depend on the period, so
   * when its SQL is the very SQL that built the one already there, it is not built again.
   */
  session?: SqlSession;
  /** How the plan numbers the leads in input order (PlanOptions.seq). */
  seq?: 'rank' | 'origin-row';
  /** PlanOptions.sortVerdicts (default true). */
  sortVerdicts?: boolean;
  /** PlanOptions.attributeColumns. */
  attributeColumns?: ReadonlyMap<string, string>;
  /**
   * Run once the working copy of the leads is built: the statements that drop what only
   * that copy read (DirectLoad.release), so that the rest of the report has their memory.
   * Only for a report that is the last to read `table`.
   */
  afterLeadTable?: string;
}

/** What successive reports on one runner share. */
export interface SqlSession {
  /** The SQL that built the current revpact_lead working table. */
  leadTableSql?: string;
}

/** Rejected rows listed one by one in the report (as evaluate.ts). */
const MAX_LISTED_REJECTIONS = 1000;
/** How mapping/join.ts words a joined row whose key no lead has. */
const UNMATCHED_KEY = 'no lead has the key';
/** Leads per page of per-lead rows: pages keep memory flat on millions of leads. */
const PAGE_LEADS = 50_000;

export async function sqlReport(runner: SqlRunner, rules: RulesIR, options: SqlReportOptions): Promise<ComplianceReport> {
  const { period, asOfMs } = options;
  const plan = new SqlPlan(rules, {
    dialect: runner.dialect,
    table: options.table,
    period,
    asOfMs,
    by: options.by ?? [],
    showPii: options.showPii ?? false,
    worst: options.worst ?? 10,
    seq: options.seq ?? 'rank',
    sortVerdicts: options.sortVerdicts ?? true,
    ...(options.attributeColumns === undefined ? {} : { attributeColumns: options.attributeColumns }),
  });
  const fmt = new InstantFormatter(rules.contract.timezone);

  // Phase 1: the working tables. The calendar table covers what the data asks of the clocks.
  const leadStatements = plan.leadStatements();
  const leadTableSql = leadStatements.map((s) => s.sql).join(';\n');
  if (options.session?.leadTableSql !== leadTableSql) {
    for (const s of leadStatements) await runner.exec(s.sql);
    if (options.session) options.session.leadTableSql = leadTableSql;
  }
  if (options.afterLeadTable !== undefined) await runner.exec(options.afterLeadTable);
  const [span] = await runner.all(plan.clockRangeQuery());
  const range: CalendarRange = {
    fromMs: Math.min(period.fromMs, numberOr(span?.['lo'], period.fromMs)),
    toMs: Math.max(period.toMs, asOfMs, numberOr(span?.['hi'], asOfMs)),
  };
  for (const s of [...plan.calendarStatements(range), ...plan.slaStatements(), ...plan.followUpStatements(), ...plan.findingStatements()])
    await runner.exec(s.sql);

  // Phase 2: the sections.
  const [input] = await runner.all(plan.inputQuery());
  const evaluated = Number(input?.['evaluated'] ?? 0);
  const [cov] = await runner.all(plan.coverageQuery());
  const leads = { inPeriod: n(cov?.['active']), before: n(cov?.['before']), after: n(cov?.['after']), undated: n(cov?.['undated']) };
  const rejections = await readRejections(runner, plan, options.files);
  const dataQuality = await findings(runner, plan, rejections);
  const stopsSql = plan.slaStopsSeenQuery();
  const [stops = {}] = stopsSql === null ? [] : await runner.all(stopsSql);
  const slaRows = await slaResults(runner, plan, fmt);
  slaRows.forEach((r, i) => {
    const finding = stopFinding(r, rules.slas[i] as RuleSla, stops[`stop_seen_${i}`] === true);
    if (finding !== null) dataQuality.push(finding);
  });
  const watched = stageFieldsWatched(rules, plan.funnelSteps());
  const [seenRow = {}] = watched.length === 0 ? [] : await runner.all(plan.fieldsSeenQuery(watched));
  const seen = (field: string) => seenRow[`seen_${watched.indexOf(field)}`] === true;
  const staged = withUnseenStages(rules, { commitments: await commitmentResults(runner, plan), funnel: await funnel(runner, plan) }, seen, evaluated);
  dataQuality.push(...staged.findings);
  let measured = { slas: slaRows, commitments: staged.commitments, funnel: staged.funnel };
  const handoffResult = handoffOfRead(await handoff(runner, plan), evaluated);
  const notInExport = handoffFinding(handoffResult, evaluated);
  if (notInExport !== null) dataQuality.push(notInExport);
  // A period with nothing to measure is no data, never a breach (engine/metrics/coverage.ts).
  const coverage = { evaluated, active: leads.inPeriod, earliestMs: nullableNumber(cov?.['lo']), latestMs: nullableNumber(cov?.['hi']) };
  const gap = periodGap(rules, period, coverage);
  if (gap !== null) {
    measured = withoutData(gap, measured);
    dataQuality.push(gapFinding(gap, rules, period, coverage, fmt));
  }
  const midPeriod = effectiveFinding(rules, period, coverage);
  if (midPeriod !== null) dataQuality.push(midPeriod);
  const inProgress = progressFinding(period, asOfMs, measured.commitments, fmt);
  if (inProgress !== null) dataQuality.push(inProgress);
  dataQuality.sort(compareFindings);
  const { slas, commitments } = measured;
  if (options.onPerLead) await perLead(runner, plan, fmt, options.onPerLead);

  return {
    reportVersion: 1,
    contract: reportedContract(rules),
    period: { label: period.label, from: fmt.format(period.fromMs), to: fmt.format(period.toMs), asOf: fmt.format(asOfMs), timezone: rules.contract.timezone },
    input: {
      files: [...options.files],
      rows: evaluated + rejections.length,
      evaluated,
      rejected: rejections.length,
      leads,
      rejections: rejections.slice(0, MAX_LISTED_REJECTIONS),
    },
    slas,
    commitments,
    funnel: measured.funnel,
    followUp: await followUp(runner, plan),
    handoff: handoffResult,
    dataQuality,
    breakdowns: await breakdowns(runner, plan),
    status: overallStatus([...slas.map((r) => r.status), ...commitments.map((r) => r.status)]),
  };
}

/**
 * The options for a sub-period of a series: the same data and as-of, no worst offenders,
 * no --by breakdowns, no per-lead rows (a series shows none, and none of them changes a
 * number it shows).
 */
export function subPeriodOptions(
  options: EvaluateOptions & Pick<SqlReportOptions, 'seq' | 'sortVerdicts' | 'attributeColumns'>,
  period: Period,
  table: string,
  session: SqlSession,
): SqlReportOptions {
  return {
    period,
    asOfMs: options.asOfMs,
    files: options.files,
    by: [],
    showPii: false,
    worst: 0,
    table,
    session,
    seq: options.seq ?? 'rank',
    sortVerdicts: options.sortVerdicts ?? true,
    ...(options.attributeColumns === undefined ? {} : { attributeColumns: options.attributeColumns }),
  };
}

function numberOr(v: unknown, fallback: number): number {
  return typeof v === 'number' && Number.isFinite(v) ? v : fallback;
}

/** A text value from a row (numbers and booleans printed, absent as ""). */
function textOf(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return String(v);
  return '';
}

const n = (v: unknown): number => (typeof v === 'number' ? v : Number(v ?? 0));
const nullableNumber = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));

/**
 * The rejected rows in the order the streaming source reports them: the joined files
 * (read first), then the leads file, by row within a file; last, the joined rows whose key
 * no lead has (known only once the leads file has been read: sources/index.ts).
 */
async function readRejections(runner: SqlRunner, plan: SqlPlan, files: readonly string[]): Promise<{ file: string; row: number; reason: string }[]> {
  const rows = await runner.all(plan.rejectionsQuery());
  const rank = (file: string) => {
    const i = files.indexOf(file);
    return i < 0 ? files.length + 1 : i === 0 ? files.length : i;
  };
  const late = (r: { reason: string }) => (r.reason.startsWith(UNMATCHED_KEY) ? 1 : 0);
  return rows
    .map((r) => ({ file: textOf(r['file']), row: n(r['row']), reason: textOf(r['reason']) }))
    .sort((a, b) => late(a) - late(b) || rank(a.file) - rank(b.file) || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) || a.row - b.row);
}

async function slaResults(runner: SqlRunner, plan: SqlPlan, fmt: InstantFormatter): Promise<SlaResult[]> {
  const counts = plan.rules.slas.map(() => [0, 0, 0, 0]);
  for (const r of await runner.all(plan.slaCountsQuery())) {
    const c = counts[n(r['sla'])];
    if (c) c[n(r['verdict'])] = n(r['n']);
  }
  const outsideSql = plan.slaOutsideQuery();
  const [outside = {}] = outsideSql === null ? [] : await runner.all(outsideSql);
  const sizes = plan.rules.slas.map(() => ({ stopped: 0, open: 0 }));
  for (const r of await runner.all(plan.slaTimesQuery())) {
    const z = sizes[n(r['sla'])];
    if (z) Object.assign(z, { stopped: n(r['stopped']), open: n(r['open']) });
  }
  const distributions = plan.rules.slas.map(() => emptyDistribution());
  const distributionSql = plan.slaDistributionQuery();
  for (const r of distributionSql === null ? [] : await runner.all(distributionSql)) {
    const bucket = distributions[n(r['sla'])]?.[n(r['bucket'])];
    if (bucket) bucket.count = n(r['n']);
  }
  const out: SlaResult[] = [];
  for (const [i, sla] of plan.rules.slas.entries()) {
    const [met = 0, breached = 0, pending = 0, excluded = 0] = counts[i] ?? [];
    const { stopped, open } = sizes[i] ?? { stopped: 0, open: 0 };
    // Nearest-rank percentiles (stats.ts NumberColumn.percentiles), over stopped leads' elapsed times or open leads' ages apart.
    const at = async (p: number, ofStopped = true): Promise<number | null> => {
      const size = ofStopped ? stopped : open;
      if (size === 0) return null;
      const rank = Math.min(size, Math.max(1, Math.ceil(p * size))) - 1;
      const [row] = await runner.all(plan.slaElapsedAtQuery(i, rank, ofStopped));
      return row ? roundMinutes(n(row['elapsed'])) : null;
    };
    const attainment = ratio(met, met + breached);
    const worst = (await runner.all(plan.slaWorstQuery(i))).map((r) => {
      const w: SlaResult['worst'][number] = {
        leadId: textOf(r['lead_id']),
        elapsedMinutes: roundMinutes(n(r['elapsed'])),
        overdueMinutes: roundMinutes(n(r['overdue'])),
        dueAt: fmt.format(n(r['due_ms'])),
        owner: (r['owner'] as string | null) ?? null,
      };
      if (plan.options.showPii) {
        if (typeof r['email'] === 'string') w.email = r['email'];
        if (typeof r['name'] === 'string') w.name = r['name'];
      }
      return w;
    });
    out.push({
      id: sla.id,
      name: sla.name,
      owner: sla.owner,
      met,
      breached,
      pending,
      excluded,
      outsidePeriod: { before: n(outside[`before_${i}`]), after: n(outside[`after_${i}`]) },
      attainment,
      target: sla.target,
      status: attainment === null ? 'no-data' : attainment >= sla.target ? 'pass' : 'fail',
      goalMinutes: sla.goal.minutes,
      goal: sla.goal.text,
      clock: sla.clock,
      elapsedMinutes: { median: await at(0.5), p90: await at(0.9) },
      elapsedDistribution: distributions[i] ?? emptyDistribution(),
      open: { count: open, medianAgeMinutes: await at(0.5, false), oldestAgeMinutes: await at(1, false) },
      worst,
    });
  }
  return out;
}

async function commitmentResults(runner: SqlRunner, plan: SqlPlan): Promise<CommitmentResult[]> {
  const out: CommitmentResult[] = [];
  for (const [i, c] of plan.rules.commitments.entries()) {
    const [row] = await runner.all(plan.commitmentQuery(i));
    const count = n(row?.['counted']);
    const converted = n(row?.['converted']);
    const measurable = row?.['measurable'] === true;
    // Summed here in input order, as the streaming engine sums (a database's SUM may add in any order).
    let sum = 0;
    if (measurable && (c.kind === 'pipeline' || c.kind === 'revenue')) {
      for (const r of await runner.all(plan.commitmentAmountsQuery(i))) {
        const amount = n(r['deal_amount']);
        if (Number.isFinite(amount)) sum += amount;
      }
    }
    out.push(commitmentResult(c, { measurable, count, converted, sum }, commitmentScaling(c, plan.options.period)));
  }
  return out;
}

async function funnel(runner: SqlRunner, plan: SqlPlan): Promise<FunnelRow[]> {
  const sql = plan.funnelQuery();
  if (sql === null) return [];
  const [row = {}] = await runner.all(sql);
  return plan.funnelSteps().map((s, i) => {
    const entered = n(row[`entered_${i}`]);
    const converted = n(row[`converted_${i}`]);
    const exited = n(row[`exited_${i}`]);
    const rate = ratio(converted, entered);
    return {
      from: s.from,
      to: s.to,
      entered,
      converted,
      exited,
      open: entered - converted - exited,
      rate,
      target: s.target,
      status: rate === null || s.target === null ? 'no-data' : rate >= s.target ? 'pass' : 'fail',
    };
  });
}

async function followUp(runner: SqlRunner, plan: SqlPlan): Promise<FollowUpResult | null> {
  const rule = plan.rules.followUp;
  const q = plan.followUpQueries();
  if (!rule || !q) return null;
  const [summary] = await runner.all(q.summary);
  const checked = n(summary?.['checked']);
  const violations = n(summary?.['violations']);
  const worst = (await runner.all(q.worst)).map((r) => {
    const span = nullableNumber(r['span']);
    return { leadId: textOf(r['id']), attempts: nullableNumber(r['attempts']), spanMinutes: span === null ? null : roundMinutes(span) };
  });
  return {
    checked,
    compliant: checked - violations,
    violations,
    rate: ratio(checked - violations, checked),
    minAttempts: rule.minAttempts,
    minSpanMinutes: rule.minSpan.minutes,
    minSpan: rule.minSpan.text,
    worst,
  };
}

async function handoff(runner: SqlRunner, plan: SqlPlan): Promise<HandoffResult | null> {
  const rule = plan.rules.handoff;
  const sql = plan.handoffQuery();
  if (!rule || sql === null) return null;
  const [row = {}] = await runner.all(sql);
  const [seen = {}] = await runner.all(plan.handoffSeenQuery() as string);
  return handoffResult(
    rule.stage,
    { leads: n(row['leads']), complete: n(row['complete']) },
    rule.requiredFields.map((f, i) => ({ field: f.field, count: n(row[`missing_${i}`]), seen: seen[`seen_${i}`] === true })),
  );
}

interface Entry {
  code: FindingCode;
  sla: string | undefined;
  count: number;
  examples: string[];
  /** The fixed detail (the first flag's), or the distinct details joined. */
  detail: string;
}

/** Codes whose message carries the first flag's detail; the others list up to five distinct details. */
const FIXED_DETAIL: ReadonlySet<string> = new Set(['missing-start', 'stop-before-start', 'start-after-as-of', 'missing-deal-amount', 'rejected-rows']);

async function findings(runner: SqlRunner, plan: SqlPlan, rejections: readonly { file: string; row: number; reason: string }[]): Promise<DataQualityFinding[]> {
  const q = plan.findingQueries();
  const key = (code: unknown, sla: unknown) => `${textOf(code)}\u0000${sla === null || sla === undefined ? '' : textOf(sla)}`;
  const entries = new Map<string, Entry>();
  for (const r of await runner.all(q.counts)) {
    const sla = r['sla'] === null || r['sla'] === undefined ? undefined : textOf(r['sla']);
    entries.set(key(r['code'], r['sla']), { code: textOf(r['code']) as FindingCode, sla, count: n(r['n']), examples: [], detail: '' });
  }
  for (const r of await runner.all(q.examples)) {
    const e = entries.get(key(r['code'], r['sla']));
    if (!e) continue;
    e.examples.push(textOf(r['example']));
    if (n(r['rn']) === 1 && FIXED_DETAIL.has(e.code)) e.detail = r['detail'] === null || r['detail'] === undefined ? '' : textOf(r['detail']);
  }
  const details = new Map<string, string[]>();
  for (const r of await runner.all(q.details)) {
    const k = key(r['code'], r['sla']);
    details.set(k, [...(details.get(k) ?? []), textOf(r['detail'])]);
  }
  for (const [k, e] of entries) if (!FIXED_DETAIL.has(e.code)) e.detail = (details.get(k) ?? []).join('; ');

  // Rejected rows, grouped by the kind of their reason (DataQuality.addRejection).
  const rejected = new Map<string, Entry>();
  for (const r of rejections) {
    const kind = reasonKind(r.reason);
    let e = rejected.get(kind);
    if (!e) {
      e = { code: 'rejected-rows', sla: undefined, count: 0, examples: [], detail: rejectionDetail(r.reason) };
      rejected.set(kind, e);
    }
    e.count++;
    if (e.examples.length < 5) e.examples.push(`${r.file}:${r.row}`);
  }

  const out: DataQualityFinding[] = [...entries.values(), ...rejected.values()].map((e) => {
    const f: DataQualityFinding = {
      code: e.code,
      severity: SEVERITY[e.code],
      count: e.count,
      message: message(e.code, e.count, e.detail),
      detail: e.detail,
      examples: e.examples,
    };
    if (e.sla !== undefined) f.sla = e.sla;
    return f;
  });
  return out.sort(compareFindings);
}

async function breakdowns(runner: SqlRunner, plan: SqlPlan): Promise<ComplianceReport['breakdowns']> {
  const dimension = async (field: string): Promise<BreakdownRow[]> => {
    const rows = await runner.all(plan.breakdownQuery(field, TRACKED_KEYS));
    const cells = rows.map((r) => ({
      key: textOf(r['key']),
      leads: n(r['leads']),
      counts: plan.rules.slas.flatMap((_, i) => [MET, BREACHED, PENDING].map((v) => n(r[`s${i}_${v}`]))),
    }));
    // BreakdownMetric.rows: "(other)" last, more leads first, then key; the top 50 keys, the rest folded into "(other)".
    const sorted = cells.sort(
      (a, b) => (a.key === OTHER ? 1 : 0) - (b.key === OTHER ? 1 : 0) || b.leads - a.leads || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0),
    );
    const kept = sorted.filter((c) => c.key !== OTHER).slice(0, TOP_KEYS);
    const keptKeys = new Set(kept.map((c) => c.key));
    const rest = sorted.filter((c) => !keptKeys.has(c.key));
    if (rest.length > 0) {
      const other = { key: OTHER, leads: 0, counts: new Array<number>(plan.rules.slas.length * 3).fill(0) };
      for (const c of rest) {
        other.leads += c.leads;
        c.counts.forEach((x, i) => (other.counts[i] = (other.counts[i] ?? 0) + x));
      }
      kept.push(other);
    }
    return kept.map((c) => {
      const slas: BreakdownRow['slas'] = {};
      plan.rules.slas.forEach((s, i) => {
        const met = c.counts[i * 3] ?? 0;
        const breached = c.counts[i * 3 + 1] ?? 0;
        const pending = c.counts[i * 3 + 2] ?? 0;
        slas[s.id] = { met, breached, pending, attainment: ratio(met, met + breached) };
      });
      return { key: c.key, leads: c.leads, slas };
    });
  };
  const attributes: Record<string, BreakdownRow[]> = Object.create(null) as Record<string, BreakdownRow[]>;
  for (const f of new Set(plan.options.by)) attributes[f] = await dimension(f);
  return { owner: await dimension('owner'), source: await dimension('source'), attributes };
}

/** Per-lead rows in input order, a page of leads at a time (seq may have gaps: pages run to the last one). */
async function perLead(runner: SqlRunner, plan: SqlPlan, fmt: InstantFormatter, onRow: (row: PerLeadRow) => void): Promise<void> {
  const ids = plan.rules.slas.map((s) => s.id);
  const [last] = await runner.all(plan.lastSeqQuery());
  const upTo = n(last?.['last']);
  for (let after = 0; after < upTo; after += PAGE_LEADS) {
    for (const r of await runner.all(plan.perLeadQuery(after, after + PAGE_LEADS))) {
      const verdict = n(r['verdict']);
      const elapsed = nullableNumber(r['elapsed']);
      const due = nullableNumber(r['due_ms']);
      onRow({
        leadId: textOf(r['lead_id']),
        ruleId: ids[n(r['sla'])] as string,
        verdict: VERDICT_NAMES[verdict] as Verdict,
        elapsedMinutes: verdict === EXCLUDED || elapsed === null ? null : roundMinutes(elapsed),
        dueAt: verdict === EXCLUDED || due === null ? null : fmt.format(due),
        owner: (r['owner'] as string | null) ?? null,
      });
    }
  }
}
