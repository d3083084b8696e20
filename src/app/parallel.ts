/**
 * The streaming engine on several threads (issue 17): one export file cut into byte ranges
 * at record boundaries, each range read and evaluated on a thread of its own (this one
 * takes the first), and the counts merged in file order into the report one pass would
 * make, byte for byte (test/unit/app/parallel.test.ts and the differential tests).
 *
 * What makes the merge exact: every figure is a sum, a min/max, a top-K with a total order
 * (ties by lead id), the union of the elapsed-time columns (percentiles are selected, not
 * accumulated), or a first-N list merged in file order (Evaluation#absorb). Rows of a later
 * range are renumbered once the earlier ranges' record counts are known. Three things one
 * pass sees and a range cannot are checked at the merge, so the report never depends on
 * the cut:
 * - an id in two ranges (one pass would reject the second as a duplicate): the segments
 *   that read it wrongly are read again, in this thread, with the ids seen before them;
 * - a cut that is not a record's end (a line break inside a quoted cell), and
 * - a breakdown whose keys overflowed in a later range (its order of first sight is lost):
 *   the file is read again on one thread.
 *
 * Pipeline and revenue sums are added per range, then range by range: floating-point
 * addition in another order, shown rounded to cents (as the SQL engines' own sums are).
 */
import { closeSync, existsSync, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { RulesIR } from '../compiler/ir.js';
import { Evaluation, type EvaluateOptions, type EvaluationState } from '../engine/evaluate.js';
import type { Period } from '../engine/period.js';
import type { ComplianceReport } from '../engine/types.js';
import type { SourceStats } from '../leads/lead.js';
import { holidayTable, seedHolidays, type HolidayTable } from '../shared/holidays.js';
import type { Mapping } from '../leads/mapping/types.js';
import { IdTable, openLeadSource, SourceError, type ByteRange, type IdTableData, type LeadInput, type RangeEnd } from '../leads/sources/index.js';

/**
 * Below this size a file is read on one thread: a worker costs about half a second (loading
 * the engine into it, then the merge), which a small file does not win back. Measured
 * (`npm run bench -- --runs 3 --skip-pull`, Node 20.20.2, 2 vCPUs, b2b-saas): 100,000 rows
 * (24 MB) 1.16 s on one thread, 1.66 s on two; 1,000,000 rows (237 MB) 4.81 s and 3.62 s:
 * two threads gain about 5 ms a MB, so they pay from about 100 MB.
 * REVPACT_PARALLEL_MIN_BYTES overrides it (tests, tuning).
 */
export const PARALLEL_MIN_BYTES = 100 * 1000 * 1000;

/** Threads `check` uses by default: both cores of the machines revpact is measured on, no more than the machine has. */
export function defaultThreads(): number {
  return Math.max(1, Math.min(2, availableParallelism()));
}

/** What a thread needs to read and evaluate its share: plain data, posted to a worker as is. */
export interface ShareJob {
  rules: RulesIR;
  input: LeadInput;
  /** With the contract's time zone applied as the default (withDefaultTimeZone). */
  mapping: Mapping;
  options: Omit<EvaluateOptions, 'onPerLead'>;
  also: Period[];
  /** The share: consecutive ranges, each measured apart (a segment), read in order with one table of ids. */
  ranges: { from: number; to: number }[];
  /** The calendars' public holidays around the period, computed by the thread that starts the worker (holidaysAround). */
  holidays?: HolidayTable;
}

/** One segment of a share: its counts and where its records fall. */
export interface SegmentResult {
  /** Null once absorbed: the merge lets go of each segment's columns as soon as it has added them. */
  state: EvaluationState | null;
  from: number;
  to: number;
  /** The last record's number, and the number before the first (in the share's own numbering). */
  records: number;
  before: number;
  skip: number;
  /** Hash lanes of the ids it rejected as repeats. */
  duplicates: number[];
}

/** What a thread posts back. */
export interface ShareResult {
  segments: SegmentResult[];
  /** The share's ids, each with the first row (share numbering) that had it: the table's slots (IdTable#release), empty ones with row 0. */
  ids: IdTableData;
  rows: number;
  bytes: number;
}

/** Reads one range into an Evaluation, in this thread. */
async function readRange(
  job: Omit<ShareJob, 'ranges'>,
  range: ByteRange,
  onStats?: (stats: SourceStats) => void,
): Promise<{ evaluation: Evaluation; end: RangeEnd; stats: SourceStats }> {
  const source = openLeadSource([job.input], job.mapping, { range });
  onStats?.(source.stats);
  const evaluation = new Evaluation(job.rules, job.options, job.also);
  await evaluation.read(source.items);
  if (source.rangeEnd === undefined) throw new Error('readRange: the range was read without an end');
  return { evaluation, end: source.rangeEnd, stats: source.stats };
}

/**
 * A worker's share, segment by segment: each segment gets its own counts, so that the merge
 * can read one again on its own when an id of it turns out to be an earlier share's.
 */
export async function readShare(job: ShareJob, onStats?: (rows: number, bytes: number) => void): Promise<ShareResult> {
  if (job.holidays) seedHolidays(job.holidays);
  const ids = new IdTable();
  const segments: SegmentResult[] = [];
  let base: number | undefined;
  let rows = 0;
  let bytes = 0;
  // One table for the share's ids, sized for the whole share when its first segment starts
  // (sized per segment, it grew by half six times, each time holding both copies for a moment).
  const shareBytes = job.ranges.reduce((n, r) => n + (r.to - r.from), 0);
  for (const r of job.ranges) {
    let live: SourceStats | undefined;
    const timer = onStats ? setInterval(() => live && onStats(rows + live.rows, bytes + live.bytes), 200) : undefined;
    try {
      const { evaluation, end, stats } = await readRange(
        job,
        { from: r.from, to: r.to, ids, ...(base === undefined ? { reserveBytes: shareBytes } : { recordBase: base }) },
        (s) => (live = s),
      );
      segments.push({
        state: evaluation.state(),
        from: r.from,
        to: r.to,
        records: end.records,
        before: end.before,
        skip: end.skip,
        duplicates: end.duplicates,
      });
      base = end.records;
      rows += stats.rows;
      bytes += stats.bytes;
    } finally {
      if (timer) clearInterval(timer);
    }
  }
  return { segments, ids: ids.release(), rows, bytes };
}

/** The buffers a ShareResult can hand over instead of copying. */
export function transferables(r: ShareResult): ArrayBuffer[] {
  const out: ArrayBuffer[] = [r.ids.cells.buffer];
  for (const seg of r.segments)
    for (const run of seg.state?.runs ?? []) for (const s of run.slas) out.push(s.elapsed.buffer as ArrayBuffer, s.ages.buffer as ArrayBuffer);
  return out;
}

const WINDOW = 64 * 1024;
const MAX_SEARCH = 4 * 1024 * 1024;

/** Segments of each share after the first: the unit read again when an id of it proves to be an earlier share's. */
export const SEGMENTS = 8;

/**
 * How fast a thread reads, for sharing a file so that the threads end together (measured
 * with REVPACT_PARALLEL_TRACE=1 on the 1M- and 5M-row files, 3 runs each, Node 20.20,
 * 2 vCPUs, both threads busy): this thread 49–54 MB/s, a worker 42–47 MB/s (a sixth
 * slower at both sizes), after a start of about 0.3 s (loading the engine into it).
 */
const MAIN_MB_PER_S = 54;
const WORKER_MB_PER_S = 46.5;
const WORKER_START_S = 0.3;

/**
 * This thread's fraction of a file of `size` bytes read on `threads` threads: the x at
 * which x·size / main speed = worker start + (1 − x)·size / (workers · worker speed). A
 * worker's start weighs more on a smaller file: 0.57 of 237 MB, 0.54 of 1,186 MB (a fixed
 * 0.55 left this thread reading 0.8 s after the worker had ended on the larger one).
 */
export function firstShareOf(size: number, threads: number): number {
  const mb = size / 1e6;
  const workers = (threads - 1) * WORKER_MB_PER_S;
  const x = (WORKER_START_S / mb + 1 / workers) / (1 / MAIN_MB_PER_S + 1 / workers);
  return Math.min(0.9, Math.max(1 / threads, x));
}

/** How a file is read on several threads: the first range on this thread, each share after it on a worker. */
export interface RangePlan {
  first: ByteRange;
  shares: { from: number; to: number }[][];
}

/**
 * Cuts `path` into `threads` shares, this thread's the fraction `share` of the file
 * (default firstShareOf: the threads end together) and the workers' equal, and each share
 * after the first into `segments`, each cut just after a line break that follows a
 * non-blank line (a blank line may start a footer: it stays with what follows it). For CSV
 * a cut is a guess, checked by the reader of the range it ends (RangeSplitError). A string
 * says why the file is read on one thread.
 */
export function planRanges(path: string, threads: number, minBytes: number, segments = SEGMENTS, share?: number): RangePlan | string {
  if (threads <= 1) return 'one thread asked for';
  // Not opened unless it is a regular file: opening a named pipe without a writer blocks (the source says what it is).
  try {
    if (!statSync(path).isFile()) return 'it is not a regular file';
  } catch {
    return 'the file cannot be read here (the source says why)';
  }
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch {
    return 'the file cannot be opened here (the source says why)';
  }
  try {
    const { size } = fstatSync(fd);
    if (size < Math.max(minBytes, 1)) return `the file is under ${megabytes(minBytes)}, where a worker thread costs more time than it saves`;
    const head = Buffer.alloc(Math.min(size, WINDOW));
    readSync(fd, head, 0, head.length, 0);
    if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return 'the file is UTF-16';
    const cr = head.indexOf(13);
    const lf = head.indexOf(10);
    if (cr >= 0 && (lf < 0 || cr + 1 < lf)) return 'the file breaks lines with a lone CR';
    // Cuts at each share's start, then within each share; a cut that finds no line break is left out.
    const firstShare = share ?? firstShareOf(size, threads);
    const cuts: number[] = [0];
    const starts = new Set<number>();
    for (let t = 1; t < threads; t++) {
      for (let k = 0; k < segments; k++) {
        const share = (1 - firstShare) / (threads - 1);
        const target = Math.floor(size * (firstShare + share * (t - 1 + segmentStart(k, segments))));
        const cut = lineStartAfter(fd, target, size);
        if (cut === undefined || cut <= (cuts[cuts.length - 1] as number) || cut >= size) continue;
        cuts.push(cut);
        if (k === 0) starts.add(cut);
      }
    }
    if (starts.size === 0) return 'no line break found near a cut';
    cuts.push(size);
    const first: ByteRange = { from: 0, to: cuts[1] as number };
    if (!starts.has(first.to)) return 'no line break found near the first cut';
    const shares: { from: number; to: number }[][] = [];
    for (let i = 1; i < cuts.length - 1; i++) {
      const from = cuts[i] as number;
      if (starts.has(from)) shares.push([]);
      (shares[shares.length - 1] as { from: number; to: number }[]).push({ from, to: cuts[i + 1] as number });
    }
    return { first, shares };
  } finally {
    closeSync(fd);
  }
}

/**
 * Where segment k starts within its share, as a fraction of the share: the first segment is
 * a 64th of it, the rest share the remainder evenly. Repeats of an earlier share's ids come
 * soonest after the cut (an export is in the order records were made or changed, and a
 * repeat is most often of a recent record), and the segment that holds them is read again.
 */
function segmentStart(k: number, segments: number): number {
  if (k === 0 || segments <= 1) return 0;
  const first = 1 / 64;
  return first + ((k - 1) * (1 - first)) / (segments - 1);
}

/** A size for a message: "100 MB", "1.5 MB". */
function megabytes(bytes: number): string {
  return `${Number((bytes / 1e6).toFixed(1))} MB`;
}

/** The offset just after the first line break at or after `at` whose line is not blank. */
function lineStartAfter(fd: number, at: number, size: number): number | undefined {
  const buf = Buffer.alloc(WINDOW + 2);
  for (let pos = at; pos < size && pos - at < MAX_SEARCH; pos += WINDOW) {
    // Two bytes before the window too: whether the line ending there is blank.
    const from = Math.max(0, pos - 2);
    const n = readSync(fd, buf, 0, Math.min(buf.length, size - from), from);
    const view = buf.subarray(0, n);
    for (let i = view.indexOf(10, pos - from); i >= 0; i = view.indexOf(10, i + 1)) {
      const prev = view[i - 1];
      const blank = prev === undefined || prev === 10 || (prev === 13 && (i < 2 || view[i - 2] === 10));
      if (!blank) return from + i + 1;
    }
  }
  return undefined;
}

/**
 * The worker's young generation, in MB. V8's default lets it grow to 32 MB of nursery on
 * top of the main thread's own; at 4 MB the worker read its 45% of the 5,000,000-row file
 * in the same time (10.3 s against 10.0–10.7 s) and the process peaked at 318 MiB instead
 * of 339–366 MiB (Node 20.20, 2 vCPUs). The main thread's cannot be set from inside.
 */
const WORKER_YOUNG_GENERATION_MB = 4;

/**
 * The public holidays a worker's business clocks are likely to ask for, computed here once:
 * every region of the contract's calendars, in each year from the one before the period to
 * the one after the period or the as-of date, whichever is later (a lead's clock runs past
 * the period's end; time zones shift a year's edge). A worker handed them never loads
 * date-holidays (30 MiB a thread); a lead whose clock reaches another year makes the
 * worker load it, with the same answer.
 */
const MAX_TABLE_YEARS = 8;

export function holidaysAround(rules: RulesIR, periods: readonly Period[], asOfMs: number): HolidayTable {
  const regions = rules.calendars.flatMap((c) => c.holidayRegions);
  const yearOf = (ms: number) => new Date(ms).getUTCFullYear();
  const first = Math.min(...periods.map((p) => yearOf(p.fromMs))) - 1;
  const last = Math.max(yearOf(asOfMs), ...periods.map((p) => yearOf(p.toMs))) + 1;
  const years: number[] = [];
  // A period of many years (--from 2000-01-01): the workers load date-holidays rather than this thread computing every year for them.
  if (last - first < MAX_TABLE_YEARS) for (let y = first; y <= last; y++) years.push(y);
  return holidayTable(regions, years);
}

/** Runs a job on a worker thread; rejects when the worker fails or cannot start. */
export function runOnWorker(job: ShareJob, onStats: (rows: number, bytes: number) => void): Promise<ShareResult> {
  const script = new URL('./parallel-worker.js', import.meta.url);
  if (script.protocol !== 'file:' || !existsSync(fileURLToPath(script))) return Promise.reject(new Error('the worker script is not beside this module'));
  return new Promise((resolve, reject) => {
    const worker = new Worker(script, { workerData: job, resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB } });
    let settled = false;
    worker.on(
      'message',
      (m: { progress?: { rows: number; bytes: number }; result?: ShareResult; error?: string; sourceError?: { message: string; file: string } }) => {
        if (m.progress) onStats(m.progress.rows, m.progress.bytes);
        if (m.result) {
          settled = true;
          resolve(m.result);
        }
        if (m.error !== undefined) {
          settled = true;
          reject(m.sourceError ? new SourceError(m.sourceError.message, m.sourceError.file) : new Error(m.error));
        }
      },
    );
    worker.on('error', (e) => {
      settled = true;
      reject(e);
    });
    worker.on('exit', (code) => {
      if (!settled) reject(new Error(`the worker stopped (exit code ${code}) without a result`));
    });
  });
}

export interface SharesOptions {
  rules: RulesIR;
  input: LeadInput;
  mapping: Mapping;
  options: Omit<EvaluateOptions, 'onPerLead'>;
  also: readonly Period[];
  plan: RangePlan;
  /** How a share is read: on a worker (runOnWorker), or in this thread (tests). */
  run: (job: ShareJob, onStats: (rows: number, bytes: number) => void) => Promise<ShareResult>;
  /** Live counts of all ranges together, for a progress line. */
  stats?: SourceStats;
}

/** The reports, and how many segments were read again at the merge. */
type Reports = { report: ComplianceReport; parts: ComplianceReport[]; reread: number };

/**
 * The reports of one pass, from the shares read at once; or, when the shares cannot give
 * them exactly (see the top of this file), why not: the caller then reads on one thread.
 */
export async function evaluateInRanges(o: SharesOptions): Promise<Reports | { fallback: string; inputFault?: true }> {
  const base = { rules: o.rules, input: o.input, mapping: o.mapping, options: o.options, also: [...o.also] };
  const live = o.plan.shares.map(() => ({ rows: 0, bytes: 0 }));
  let own: SourceStats | undefined;
  const total = o.stats;
  const update = () => {
    if (!total) return;
    total.rows = (own?.rows ?? 0) + live.reduce((n, s) => n + s.rows, 0);
    total.bytes = (own?.bytes ?? 0) + live.reduce((n, s) => n + s.bytes, 0);
    if (own?.columns) total.columns = own.columns;
  };
  const holidays = holidaysAround(o.rules, [o.options.period, ...o.also], o.options.asOfMs);
  // Settled from the start: a worker that fails while this thread still reads its own range
  // (a worker script missing from the install rejects at once) is a fallback, not an
  // unhandled rejection that ends the process with a stack trace.
  const others = Promise.allSettled(
    o.plan.shares.map((ranges, i) =>
      o.run({ ...base, ranges, holidays }, (rows, bytes) => {
        live[i] = { rows, bytes };
        update();
      }),
    ),
  );
  const timer = total ? setInterval(update, 200) : undefined;
  const trace = traceLine();
  let mine: Awaited<ReturnType<typeof readRange>> | undefined;
  let mineError: unknown;
  let settled: PromiseSettledResult<ShareResult>[];
  try {
    try {
      // Room in this range's id table for the segments most likely read again: each share's first.
      const reserveBytes = o.plan.shares.reduce((n, share) => n + (share[0] ? share[0].to - share[0].from : 0), o.plan.first.to - o.plan.first.from);
      mine = await readRange(base, { ...o.plan.first, reserveBytes }, (s) => (own = s));
    } catch (e) {
      mineError = e;
    }
    trace('first range read');
    settled = await others;
    trace('workers done');
  } finally {
    if (timer) clearInterval(timer);
    update();
  }
  if (mine === undefined) return { fallback: `the first range failed: ${message(mineError)}`, ...inputFault(mineError) };
  const failed = settled.find((s) => s.status === 'rejected');
  if (failed) return { fallback: `a range failed: ${message(failed.reason)}`, ...inputFault(failed.reason) };
  const { evaluation } = mine;
  const seen = mine.end.ids;
  let end = mine.end.records;
  let rows = mine.stats.rows;
  let reread = 0;
  for (const [k, s] of settled.entries()) {
    const share = (s as PromiseFulfilledResult<ShareResult>).value;
    const merged = await absorbShare(base, evaluation, seen, end, share, k === settled.length - 1);
    if (typeof merged === 'string') return { fallback: merged };
    end = merged.end;
    reread += merged.reread;
    rows += share.rows;
  }
  trace(`merged (${reread} segments read again)`);
  // No row at all: one pass says why, in the source's own words.
  if (rows === 0) return { fallback: 'no rows' };
  return { ...evaluation.reports(), reread };
}

/**
 * Adds a share's segments to `evaluation` in file order, renumbering its rows to follow
 * record `end`. A segment whose counts one pass would not have made (an id first seen in
 * it was an earlier share's, or it names such an id as a repeat of its own first row) is
 * read again here, with the ids seen before it. `seen` gets the share's ids (all of them
 * unless it is the `last` share: no share after it asks). Returns the share's last record
 * number in the file, or why the share cannot be merged.
 */
async function absorbShare(
  base: Omit<ShareJob, 'ranges'>,
  evaluation: Evaluation,
  seen: IdTable,
  end: number,
  share: ShareResult,
  last: boolean,
): Promise<{ end: number; reread: number } | string> {
  const segments = share.segments;
  const head = segments[0];
  if (head === undefined) return { end, reread: 0 };
  const offset = end - head.before;
  // The share's id slots: lanes a, b and the row, three numbers a slot; row 0 is an empty slot.
  const { cells } = share.ids;
  const again = new Set<number>();
  const earlier = new Set<string>();
  if (!segments.every((g) => g.state === null || Evaluation.exactMerge(g.state))) return 'a breakdown has more keys than it tracks in one range';
  for (let j = 0; j < cells.length; j += 3) {
    const row = cells[j + 2] as number;
    if (row === 0 || seen.lookup(cells[j] as number, cells[j + 1] as number) === 0) continue;
    earlier.add(`${cells[j]}:${cells[j + 1]}`);
    const i = segments.findIndex((g) => row > g.before - g.skip && row <= g.records - g.skip);
    if (i >= 0) again.add(i);
  }
  segments.forEach((g, i) => {
    for (let k = 0; k + 1 < g.duplicates.length; k += 2) if (earlier.has(`${g.duplicates[k]}:${g.duplicates[k + 1]}`)) again.add(i);
  });
  for (let i = 0; i < segments.length; i++) {
    const g = segments[i] as SegmentResult;
    const state = g.state;
    g.state = null;
    if (state === null) throw new Error('absorbShare: a segment was absorbed twice');
    if (!again.has(i)) {
      evaluation.absorb(state, (row) => row + offset);
      continue;
    }
    // The ids one pass would have seen before this segment: the earlier shares', and this
    // share's up to here (added to `seen` now: they would be at the end anyway; the
    // segment's own are added by reading it).
    const upTo = g.before - g.skip;
    for (let j = 0; j < cells.length; j += 3) {
      const row = cells[j + 2] as number;
      if (row !== 0 && row <= upTo) seen.addLanes(cells[j] as number, cells[j + 1] as number, row + offset);
    }
    const read = await readRange(base, { from: g.from, to: g.to, ids: seen, recordBase: g.before + offset });
    if (read.end.records !== g.records + offset) return 'a segment read again ended at another record';
    evaluation.absorb(read.evaluation.state(), (row) => row);
  }
  if (!last) {
    for (let j = 0; j < cells.length; j += 3) {
      const row = cells[j + 2] as number;
      if (row !== 0) seen.addLanes(cells[j] as number, cells[j + 1] as number, row + offset);
    }
  }
  return { end: (segments[segments.length - 1] as SegmentResult).records + offset, reread: again.size };
}

/** REVPACT_PARALLEL_TRACE=1: when each phase ended, on stderr (for tuning; the bench reads only totals). */
function traceLine(): (what: string) => void {
  if (process.env['REVPACT_PARALLEL_TRACE'] !== '1') return () => undefined;
  const start = performance.now();
  return (what) =>
    process.stderr.write(
      `revpact parallel: ${((performance.now() - start) / 1000).toFixed(3)} s ${what} (process: ${process.uptime().toFixed(3)} s, rss ${Math.round(process.memoryUsage.rss() / 2 ** 20)} MiB)\n`,
    );
}

/**
 * A range that stopped at a fault of the input (SourceError: a second export's header...): the
 * one pass after it stops there too, and says it with the row's number in the file (a worker
 * numbers its rows from its range's start), so the fallback need not be said as well.
 */
function inputFault(e: unknown): { inputFault?: true } {
  return e instanceof SourceError ? { inputFault: true } : {};
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
