/**
 * Measuring a contract on lead data, on any engine: the streaming engine (the default),
 * the rules as SQL in embedded DuckDB, or on a PostgreSQL table that `revpact load`
 * filled. All three give the same report (test/differential); this is the one place that
 * picks and runs them. The native DuckDB module and the PostgreSQL client load lazily,
 * only for the engine that needs them.
 */
import { statSync } from 'node:fs';
import type { RulesIR } from '../compiler/ir.js';
import { evaluateSeries, type EvaluateOptions } from '../engine/evaluate.js';
import { settleUnmeasured } from '../engine/unmeasured.js';
import { noteSegments } from '../engine/segments.js';
import { notePending } from '../engine/pending.js';
import type { Period, SeriesUnit } from '../engine/period.js';
import { buildSeries, seriesPlan } from '../engine/series.js';
import type { ComplianceReport, PerLeadRow } from '../engine/types.js';
import type { SourceStats } from '../leads/lead.js';
import { withDefaultTimeZone } from '../leads/mapping/index.js';
import { fieldsWithColumn } from '../leads/mapping/convert.js';
import { attributesGiven, checkBy, resolveBy } from './by.js';
import { sourceUsage, type LeadData } from './lead-data.js';
import { privateRejection } from '../report/render/privacy.js';
import { UsageError } from '../shared/errors.js';
import { evaluateInRanges, PARALLEL_MIN_BYTES, planRanges, runOnWorker } from './parallel.js';

export const ENGINES = ['streaming', 'duckdb', 'postgres', 'auto'] as const;
export type Engine = (typeof ENGINES)[number];

/** Starts a progress line over running counts; returns the function that stops it. */
export type Watch = (stats: SourceStats, engine: 'streaming' | 'duckdb') => () => void;

/**
 * `--engine auto` picks DuckDB for export files larger than this many bytes in all. Measured
 * (issue 17; README "SQL engines", Speed; Node 20.20.2, 2 vCPUs, DuckDB with 2 threads and
 * 512 MB, b2b-saas on the generated HubSpot exports, both engines on the same machine):
 * 1,000,000 rows (237 MB), best of 3: streaming 2.96 s / 192 MiB on two threads, DuckDB
 * 9.35 s / 848 MiB; 10,000,000 rows (2.37 GB), one run each: streaming 22.3 s / 413 MiB,
 * DuckDB 111–118 s / 977–991 MiB (it spills about 8 GB). DuckDB is slower at every size
 * measured and its gap widens with size, so there is no threshold: `auto` stays on the
 * streaming engine until a measurement says otherwise.
 */
export const AUTO_DUCKDB_BYTES = Number.POSITIVE_INFINITY;
/** DuckDB's worker threads: the loader and the SQL share the machine with Node's own thread. */
const DUCKDB_THREADS = 2;
/** DuckDB's memory limit: beyond it, it spills to a temporary directory rather than grow. */
const DUCKDB_MEMORY = '512MB';

/** Where the leads are: data read by revpact (files, later a CRM), or a table in PostgreSQL. */
export type LeadOrigin = { kind: 'data'; data: LeadData } | { kind: 'postgres'; url: string; table: string };

export interface MeasureOptions {
  period: Period;
  asOfMs: number;
  /** Extra breakdowns, by lead field. */
  by?: string[];
  showPii?: boolean;
  /** Each lead's verdict per rule, as it is decided. */
  onPerLead?: (row: PerLeadRow) => void;
  /** Said, never silent: why DuckDB reads the export through revpact's own source. */
  onFallback?: (reason: string) => void;
  /**
   * Called once the data is open, with its running counts and the engine reading it (for a
   * progress line); returns the function that stops it. DuckDB reading an export itself
   * counts no rows as it goes: a progress line shows its time instead.
   */
  watch?: Watch;
  /** `--every`: also measure each week, month or quarter of the period, in the same pass (report.series). */
  every?: SeriesUnit | undefined;
  /**
   * The period the series cuts into sub-periods, when it is not the report's own: the
   * monthly report measures its month in full and the 12 months ending with it as a
   * series, in the same pass over the data (one read of a CRM, not two).
   */
  seriesOver?: Period | undefined;
  /** `--engine auto`: inputs larger than this many bytes go to DuckDB (default AUTO_DUCKDB_BYTES, measured; tests pass their own). */
  autoDuckDbBytes?: number;
  /**
   * Threads the streaming engine may use on one export file (app/parallel.ts); 1 by default.
   * More than one reads the file in byte ranges at once when it is large enough, with the
   * same report as one thread.
   */
  threads?: number;
  /** Why the streaming engine read on one thread although more were asked for. */
  onOneThread?: (reason: string) => void;
}

export async function measure(rules: RulesIR, origin: LeadOrigin, engine: Engine, options: MeasureOptions): Promise<ComplianceReport> {
  const { period, asOfMs, showPii = false, onPerLead, every } = options;
  const mapping = origin.kind === 'data' ? origin.data.mapping : undefined;
  const asked = resolveBy(options.by ?? [], mapping, showPii);
  const by = asked.map((b) => b.field);
  // A series: the sub-periods, each measured on the data read once (engine/series.ts).
  const plan = every === undefined ? undefined : seriesPlan(options.seriesOver ?? period, every, asOfMs);
  const also = plan?.measured ?? [];
  // Which fields the export has a column for: known once it is read (undefined for a table).
  let columns: () => string[] | undefined = () => undefined;
  const withSeries = (r: { report: ComplianceReport; parts: ComplianceReport[] }): ComplianceReport => {
    const header = columns();
    const given = header === undefined || mapping === undefined ? undefined : fieldsWithColumn(mapping, header);
    const attributes = header === undefined || mapping === undefined ? undefined : attributesGiven(header, mapping);
    // Each sub-period as its own check would settle it (differential/series.test.ts).
    const settle = (one: ComplianceReport) => notePending(noteSegments(settleUnmeasured(one, rules, given), rules, attributes));
    const report = settle(r.report);
    if (plan === undefined || every === undefined) return report;
    const parts = r.parts.map(settle);
    return { ...report, series: buildSeries(every, plan.subs, parts, asOfMs, rules.contract.timezone) };
  };
  if (origin.kind === 'postgres') {
    const report = withSeries(await measureOnPostgres(rules, origin.url, origin.table, { period, asOfMs, by, showPii, onPerLead }, also));
    refuseUnread(report, showPii);
    checkBy(asked, undefined, undefined, report);
    return report;
  }

  const { data } = origin;
  const source = data.open(rules.contract.timezone);
  columns = () => source.stats.columns;
  const chosen = engine === 'auto' ? autoEngine(data, options.autoDuckDbBytes ?? AUTO_DUCKDB_BYTES) : engine;
  if (chosen === 'postgres') throw new Error('measure: the postgres engine reads a table, not lead data');
  const stop = options.watch?.(source.stats, chosen);
  let report: ComplianceReport;
  try {
    const shared = { period, asOfMs, by, showPii, files: data.files };
    const common = { ...shared, onPerLead };
    if (chosen === 'duckdb') {
      const { measureWithDuckDb } = await import('../sql/duckdb/index.js');
      // Files are read by DuckDB itself; data without files (a CRM's API) is loaded from the stream.
      const direct =
        data.inputs.length > 0
          ? {
              inputs: data.inputs,
              mapping: withDefaultTimeZone(data.mapping, rules.contract.timezone),
              onFallback: options.onFallback,
              onHeader: (header: string[]) => (source.stats.columns ??= header),
            }
          : undefined;
      report = withSeries(
        await measureWithDuckDb(rules, source.items, { ...common, threads: DUCKDB_THREADS, memoryLimit: DUCKDB_MEMORY, ...(direct ? { direct } : {}) }, also),
      );
    } else {
      const inRanges = await measureInRanges(rules, data, shared, also, options, source.stats);
      report = withSeries(inRanges ?? (await evaluateSeries(rules, source.items, common, also)));
    }
  } catch (e) {
    throw sourceUsage(e);
  } finally {
    stop?.();
  }
  refuseUnread(report, showPii);
  checkBy(asked, data.mapping, source.stats, report);
  return report;
}

/**
 * Data of which not one row could be read as a lead (a date format the mapping does not
 * read, the id in another column, a delimiter it does not expect) does not fit: a report of
 * it is "no data" everywhere with exit 0, and a scheduled check or notify would go quiet
 * without anyone noticing. Every command that measures stops instead (exit 2), with the
 * first row's reason (e-mail addresses masked unless showPii). Also used by the change review.
 */
export function refuseUnread(report: ComplianceReport, showPii: boolean): void {
  const { evaluated, rejected, rejections } = report.input;
  if (evaluated > 0 || rejected === 0) return;
  const first = rejections[0];
  const why = first === undefined ? '' : `, such as: ${privateRejection(first, showPii).reason} (${first.file}:${first.row})`;
  throw new UsageError(
    `no row could be read as a lead: ${rejected === 1 ? 'the one row was' : `all ${rejected.toLocaleString('en-US')} rows were`} rejected${why}`,
    'the mapping does not fit this export: check its columns, date formats and delimiter against the file (see README, Lead data that does not fit)',
  );
}

/**
 * What `--engine auto` runs: DuckDB for export files larger than `threshold` bytes in all,
 * the streaming engine otherwise, and for data without files (a CRM's API), which DuckDB
 * could only load from the stream.
 */
export function autoEngine(data: LeadData, threshold: number): 'streaming' | 'duckdb' {
  return data.inputs.length > 0 && totalBytes(data) > threshold ? 'duckdb' : 'streaming';
}

/**
 * The streaming engine on several threads, when asked for and the data allow it (one
 * export file, no joins, no per-lead output, large enough); undefined: read on one thread.
 */
async function measureInRanges(
  rules: RulesIR,
  data: LeadData,
  common: Omit<EvaluateOptions, 'onPerLead'>,
  also: readonly Period[],
  options: MeasureOptions,
  stats: SourceStats,
): Promise<{ report: ComplianceReport; parts: ComplianceReport[] } | undefined> {
  const threads = options.threads ?? 1;
  if (threads <= 1) return undefined;
  const oneThread = (why: string) => {
    options.onOneThread?.(why);
    return undefined;
  };
  const input = data.inputs[0];
  if (data.inputs.length !== 1 || input === undefined) return oneThread('the data is not one export file');
  if (data.mapping.joins.length > 0) return oneThread('the mapping joins files');
  if (options.onPerLead) return oneThread('--per-lead lists leads in file order');
  if (typeof data.mapping.csv.footer === 'number') return oneThread('the mapping sets a number of footer rows');
  if (data.mapping.csv.encoding !== 'utf-8') return oneThread(`the file is read as ${data.mapping.csv.encoding}`);
  const plan = planRanges(input.path, threads, parallelMinBytes());
  if (typeof plan === 'string') return oneThread(plan);
  const r = await evaluateInRanges({
    rules,
    input,
    mapping: withDefaultTimeZone(data.mapping, rules.contract.timezone),
    options: common,
    also,
    plan,
    run: runOnWorker,
    stats,
  });
  if ('fallback' in r) return r.inputFault ? undefined : oneThread(r.fallback);
  return r;
}

function parallelMinBytes(): number {
  const set = Number(process.env['REVPACT_PARALLEL_MIN_BYTES']);
  return process.env['REVPACT_PARALLEL_MIN_BYTES'] !== undefined && Number.isFinite(set) && set >= 0 ? set : PARALLEL_MIN_BYTES;
}

function totalBytes(data: LeadData): number {
  let sum = 0;
  for (const input of data.inputs) {
    try {
      sum += statSync(input.path).size;
    } catch {
      // A missing file is reported by the source, with its name.
    }
  }
  return sum;
}

/** The rules as SQL on a PostgreSQL table. */
async function measureOnPostgres(
  rules: RulesIR,
  url: string,
  table: string,
  options: { period: Period; asOfMs: number; by: string[]; showPii: boolean; onPerLead: ((r: PerLeadRow) => void) | undefined },
  also: readonly Period[],
): Promise<{ report: ComplianceReport; parts: ComplianceReport[] }> {
  const { connectPostgres } = await import('../sql/postgres/client.js');
  const { sqlReport, subPeriodOptions } = await import('../sql/report.js');
  const { tableName } = await import('../sql/quote.js');
  const runner = await connectPostgres(url);
  try {
    // The files the table was loaded from stand in for --leads in the report.
    const files = (await runner.all(`SELECT DISTINCT origin_file FROM ${tableName(table)} ORDER BY 1`)).map((r) => String(r['origin_file']));
    const session = {};
    const report = await sqlReport(runner, rules, { ...options, table, files, session });
    // The table is read where it is, once per sub-period: the same plan on the same rows.
    const parts: ComplianceReport[] = [];
    for (const p of also) parts.push(await sqlReport(runner, rules, subPeriodOptions({ ...options, files }, p, table, session)));
    return { report, parts };
  } finally {
    await runner.close();
  }
}
