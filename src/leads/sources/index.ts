/**
 * Lead sources: export files → a stream of canonical leads and rejected rows. The only
 * module that knows about files, CSV and NDJSON (STYLE.md 8); the engine reads the
 * AsyncIterable and nothing else.
 *
 * The first input is the leads file; each further input is the file of the mapping's
 * join at that position (`--leads leads.csv --leads deals.csv`). Joined files are read
 * first (they are the small ones); the leads file then streams, a chunk at a time, so
 * memory does not grow with its rows: only the ids seen (8 bytes of hash each, for
 * duplicates) do.
 *
 * Within a chunk, a row becomes a lead only when the consumer asks for the next item: the
 * engine uses each lead before the next is made, so leads, their line and their cells die
 * young. Converting a whole 1 MB chunk ahead (4,000 leads waiting in a queue) made every
 * minor GC copy them all: 22% of the time of `check` on a million rows went to the GC.
 *
 * Nothing is dropped silently: every row of the leads file becomes one item, a lead or a
 * rejection with its row number and reason; a row of a joined file that cannot be used
 * (no key, a bad cell, a key no lead has) becomes a rejection too. So `stats.rows`, the
 * rows that stand on their own, always equals leads + rejections. Blank lines, the header,
 * rows above it, and footer rows (`csv.footer`) are not rows of data.
 */
import { extname } from 'node:path';
import type { Lead, LeadItems, LeadNeeds, SourceItem, SourceStats } from '../lead.js';
import { compileCsv, compileObjects, HeaderEcho, REPEATED_HEADER, type RowConverter } from '../mapping/convert.js';
import { zoneClock, type ZoneClock } from '../mapping/dates.js';
import { JoinTable } from '../mapping/join.js';
import type { CsvOptions, FileFormat, Mapping } from '../mapping/types.js';
import { CsvError, CsvReader, detectDelimiter, splitLine } from './csv.js';
import { GROUP, IdTable } from './ids.js';
import { isPullHeader, LineReader, parseLine, pullHeaderAgain } from './ndjson.js';
import { CHUNK_BYTES, SourceError, utf8Chunks, type ReadCursor } from './read.js';

export { SourceError, checkLeadFile } from './read.js';
export { sniffFile } from './sniff.js';
export { CsvReader, CsvError, detectDelimiter, splitLine } from './csv.js';
export { isPullHeader, LineReader, parseLine, PULL_HEADER_AGAIN, PULL_HEADER_KEY } from './ndjson.js';
export { IdTable, type IdTableData } from './ids.js';

export interface LeadInput {
  /** Where to read the file. */
  path: string;
  /** The file as the user named it: in rejections, lead origins and messages. */
  display: string;
}

export interface LeadSource {
  /** Each read of them reads the files anew; `items.batches(needs)` reads them in batches, with leads that carry only what is needed. */
  items: LeadItems;
  /** Live counts while `items` is read: rows = leads + rejections so far; bytes read from all files. */
  stats: SourceStats;
  /** With `range`: where the read of the range ended, once it has (see RangeEnd). */
  rangeEnd?: RangeEnd;
}

/**
 * One byte range of the leads file, read on its own (a worker thread's share, app/parallel.ts):
 * `from` and `to` are byte offsets that should fall at the start of a record (just after a
 * line break). A range not starting at 0 reads the file's head up to the header, then
 * jumps to `from`. Rows are numbered as if the range followed the header: the caller
 * renumbers them from RangeEnd. A mapping with joins cannot be read in ranges.
 */
export interface ByteRange {
  from: number;
  to: number;
  /**
   * The ids already seen, with the rows that first had them (an earlier range's): the
   * range's repeats of them are duplicates, and its new ids are added. Default: none.
   */
  ids?: IdTable;
  /** Number the range's first record `recordBase + 1` (default: after the header's). */
  recordBase?: number;
  /**
   * How many bytes of the file its id table is sized for (default: the range's own). The
   * first range's table later takes the ids of the segments the merge reads again: sized
   * for them up front, it does not grow by half (+60 MiB at 5,000,000 rows) at the merge.
   */
  reserveBytes?: number;
}

/** How a range's read ended: what the merge needs to number its rows and check its ids. */
export interface RangeEnd {
  /** The records (lines, for NDJSON) numbered by the end of the range, counting from the file's first. */
  records: number;
  /** Of them, the ones before the range (the head read up to the header); 0 for a range from 0. */
  before: number;
  /** The ids the range had (and those it was given), each with the row that first had it. */
  ids: IdTable;
  /** Records numbered minus rows numbered: the line Excel's `sep=` takes, when there is one. */
  skip: number;
  /** The hash lanes (a, b, a, b...) of the ids the range rejected as duplicates. */
  duplicates: number[];
}

/** A range's end did not fall at a record's end (a line break inside a quoted cell): its rows cannot be trusted. */
export class RangeSplitError extends Error {
  constructor(readonly to: number) {
    super(`a quoted cell with line breaks spans the cut at byte ${to}, which is not the end of a record`);
    this.name = 'RangeSplitError';
  }
}

export interface SourceOptions {
  /** Bytes per read (tests use small chunks to cut records anywhere). */
  chunkBytes?: number;
  /** Read only this byte range of the leads file. */
  range?: ByteRange;
}

/**
 * Opens the inputs under a mapping. Throws SourceError at once when the number of inputs
 * does not fit the mapping's joins; reading errors (a missing file, a header without the
 * id column) reject the iterator's `next()` with a SourceError.
 */
export function openLeadSource(inputs: LeadInput[], mapping: Mapping, options: SourceOptions = {}): LeadSource {
  const expected = 1 + mapping.joins.length;
  if (inputs.length !== expected) {
    const joins = mapping.joins.map((j) => j.name).join(', ');
    throw new SourceError(
      expected === 1
        ? `the mapping "${mapping.name}" reads one file, but ${inputs.length} were given${inputs.length > 1 ? ' (a mapping with "join" reads several)' : ''}`
        : `the mapping "${mapping.name}" reads ${expected} files: the leads file, then ${joins}; ${inputs.length} ${inputs.length === 1 ? 'was' : 'were'} given`,
      '',
    );
  }
  const { range } = options;
  if (range !== undefined && mapping.joins.length > 0) throw new SourceError(`the mapping "${mapping.name}" joins files: it cannot be read in byte ranges`, '');
  const stats: SourceStats = { rows: 0, bytes: 0 };
  const open = (needs: LeadNeeds | undefined) => {
    stats.rows = 0;
    stats.bytes = 0;
    return new LeadReader(inputs, mapping, stats, options.chunkBytes ?? CHUNK_BYTES, needs, range, (end) => (source.rangeEnd = end));
  };
  const source: LeadSource = {
    stats,
    items: {
      [Symbol.asyncIterator]: () => new ItemIterator(open(undefined)),
      batches: (needs) => ({ [Symbol.asyncIterator]: () => new BatchIterator(open(needs)) }),
    },
  };
  return source;
}

function formatOf(declared: FileFormat, path: string, firstBytes: Uint8Array | undefined): 'csv' | 'ndjson' {
  if (declared !== 'auto') return declared;
  const ext = extname(path).toLowerCase();
  if (ext === '.ndjson' || ext === '.jsonl') return 'ndjson';
  if (ext === '.csv' || ext === '.tsv' || ext === '.txt') return 'csv';
  if (firstBytes) {
    for (const b of firstBytes.subarray(0, 64)) {
      if (b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d) continue;
      return b === 0x7b ? 'ndjson' : 'csv'; // "{"
    }
  }
  return 'csv';
}

/**
 * Rows to expect in a file of `size` bytes, from the lines of its first chunk: the id
 * table is made that large at once instead of doubling its way there (each doubling
 * moves every id seen; 0.1 s of `check` on the 1M-row benchmark). At most MAX_RESERVED:
 * a wrong guess must not cost much memory.
 */
function expectedRows(first: Uint8Array, size: number): number {
  if (first.length === 0 || size <= first.length) return 0;
  let lines = 0;
  for (let i = first.indexOf(10); i >= 0; i = first.indexOf(10, i + 1)) lines++;
  return Math.min(MAX_RESERVED, Math.ceil((lines / first.length) * size));
}

// 20M rows (26.7M slots, 320 MB) covers the 10M-row benchmark: a table reserved short grows by half again and for a moment holds both copies (5M rows reserved at 4M peaked 70 MiB higher).
const MAX_RESERVED = 20_000_000;

/** Delimiter of a CSV file: the declared one, else detected from its first bytes. */
function delimiterOf(csv: CsvOptions, firstBytes: Uint8Array | undefined): string {
  if (csv.delimiter !== 'auto') return csv.delimiter;
  if (!firstBytes) return ',';
  return detectDelimiter(Buffer.from(firstBytes.buffer, firstBytes.byteOffset, Math.min(firstBytes.length, 64 * 1024)).toString('utf8'));
}

/**
 * What CsvLayout hands on: a quote-free line (cells lie between delimiters), a one-line
 * record with quotes (which the sink may decline: it is then split), or split cells.
 */
interface RowSink {
  line?: (line: string, row: number) => void;
  quotedLine?: (text: string, row: number) => boolean;
  cells: (cells: readonly string[], count: number, row: number, problem: string | undefined) => void;
}

/** A reader of the leads file: bytes in, one record at a time out (CsvReader, LineReader). */
interface Feed {
  feed(bytes: Uint8Array): void;
  /** Reads one record into the queue (or not, when it is not a row); false when it needs more bytes. */
  read(): boolean;
  /** No more bytes: reads what is left. */
  end(): void;
  /** After `end`: why the file gave no row of data (a header alone, nothing but blank lines), or undefined when it gave one. */
  noRows(): string | undefined;
  /** Bytes fed and not read: a record not complete. */
  pending(): number;
  /** Records (NDJSON: lines) numbered so far. */
  records(): number;
  /** Records that are not rows and come before them (Excel's `sep=` line). */
  skip(): number;
  /** Numbers the next record `n + 1`. */
  numberFrom(n: number): void;
}

type Held = { row: number; line: string; cells?: undefined } | { row: number; cells: string[]; line?: undefined };

/**
 * Records of a CSV file after its layout is applied: rows above the header skipped, an
 * Excel `sep=` line skipped, blank lines skipped, footer rows held back and dropped.
 */
class CsvLayout {
  private header = false;
  private skip = 0;
  private afterBlank = false;
  /** The first blank row where the header should be. */
  private blankAbove: number | undefined;
  private readonly held: Held[] = [];
  private readonly scratch: string[] = [];
  /** Footer rows seen (not data). */
  footerRows = 0;

  /** Records before the header that are not rows (Excel's `sep=` line). */
  get skipped(): number {
    return this.skip;
  }

  get hasHeader(): boolean {
    return this.header;
  }

  constructor(
    private readonly csv: CsvOptions,
    private readonly delimiter: string,
    private readonly onHeader: (cells: string[]) => void,
    private readonly rows: RowSink,
  ) {}

  /** A record without quotes. */
  line(line: string, record: number): void {
    if (!this.header) {
      if (record === 1 && /^sep=.$/.test(line)) {
        this.skip = 1; // Excel shows no row for it
        return;
      }
      const count = splitLine(line, this.delimiter, this.scratch);
      this.cells(this.scratch, count, record, undefined);
      return;
    }
    if (line === '') {
      if (this.csv.footer === 'auto') this.afterBlank = true;
      return;
    }
    if (this.afterBlank) {
      if (!line.includes(this.delimiter)) {
        this.footerRows++;
        return;
      }
      this.afterBlank = false;
    }
    const row = record - this.skip;
    if (this.hold({ row, line })) return;
    if (this.rows.line) this.rows.line(line, row);
    else this.rows.cells(this.scratch, splitLine(line, this.delimiter, this.scratch), row, undefined);
  }

  /**
   * A one-line record with quotes, offered as text: taken when it is a row of data the
   * sink can read where it lies; otherwise (the header, rows that may be footer rows, or
   * the sink declines) it comes back split, to `cells`.
   */
  quotedLine(text: string, record: number): boolean {
    if (!this.header || this.afterBlank || this.rows.quotedLine === undefined || typeof this.csv.footer === 'number') return false;
    return this.rows.quotedLine(text, record - this.skip);
  }

  /** A record split into cells. */
  cells(cells: string[], count: number, record: number, problem: string | undefined): void {
    const row = record - this.skip;
    if (!this.header) {
      if (record === 1 && count === 1 && /^sep=.$/.test(cells[0] ?? '')) {
        this.skip = 1; // Excel shows no row for it
        return;
      }
      if (row < this.csv.headerRow) return;
      // A blank line where the header should be made a header of one empty label: "no column
      // holds the lead id", with the real header read as a row (and a file of blank lines said so).
      if (count === 1 && cells[0] === '' && problem === undefined) {
        this.blankAbove ??= row;
        return;
      }
      if (this.blankAbove !== undefined)
        throw new CsvError(
          `row ${this.blankAbove} is blank, and the header is on row ${row}: remove the blank lines above the header, or read the file with a mapping that says csv: { headerRow: ${row} } (it may extend a preset: extends: hubspot)`,
          record,
        );
      this.header = true;
      this.onHeader(cells.slice(0, count));
      return;
    }
    if (count === 1 && cells[0] === '' && problem === undefined) {
      if (this.csv.footer === 'auto') this.afterBlank = true;
      return;
    }
    if (this.afterBlank) {
      if (count === 1 && problem === undefined) {
        this.footerRows++;
        return;
      }
      this.afterBlank = false;
    }
    if (problem === undefined && this.hold({ row, cells: cells.slice(0, count) })) return;
    this.rows.cells(cells, count, row, problem);
  }

  /** With `footer: N`, each row waits until N more have come: the last N are the footer. */
  private hold(entry: Held): boolean {
    const footer = this.csv.footer;
    if (typeof footer !== 'number' || footer <= 0) return false;
    this.held.push(entry);
    if (this.held.length > footer) {
      const oldest = this.held.shift() as Held;
      if (oldest.cells) this.rows.cells(oldest.cells, oldest.cells.length, oldest.row, undefined);
      else if (this.rows.line) this.rows.line(oldest.line, oldest.row);
      else this.rows.cells(this.scratch, splitLine(oldest.line, this.delimiter, this.scratch), oldest.row, undefined);
    }
    return true;
  }

  end(): void {
    this.footerRows += this.held.length;
    this.held.length = 0;
  }
}

// What is made for every row is made by a constructor: see LeadRecord in mapping/convert.ts.
class LeadItem {
  readonly kind = 'lead';
  constructor(readonly lead: Lead) {}
}

/** An iterator result that is not done. */
class Next {
  readonly done = false;
  constructor(readonly value: SourceItem) {}
}

/** Items one by one: a promise each. */
class ItemIterator implements AsyncIterator<SourceItem> {
  constructor(private readonly reader: LeadReader) {}

  async next(): Promise<IteratorResult<SourceItem>> {
    for (;;) {
      let item: SourceItem | undefined;
      try {
        item = this.reader.take();
      } catch (e) {
        await this.reader.close();
        throw e;
      }
      if (item !== undefined) return { done: false, value: item };
      if (!(await this.reader.fill())) return { done: true, value: undefined };
    }
  }

  async return(): Promise<IteratorResult<SourceItem>> {
    await this.reader.close();
    return { done: true, value: undefined };
  }
}

/**
 * Items a chunk of the file at a time (LeadItems#batches), each batch converting its rows
 * as it is iterated, without a promise per item: an `await` per row cost about 70 ns, 5%
 * of `check` on a million rows.
 */
class BatchIterator implements AsyncIterator<Iterable<SourceItem>> {
  private readonly batch: Iterable<SourceItem>;

  constructor(private readonly reader: LeadReader) {
    const items: Iterator<SourceItem> = {
      next: () => {
        const value = reader.take();
        return value === undefined ? { done: true, value: undefined } : new Next(value);
      },
    };
    this.batch = { [Symbol.iterator]: () => items };
  }

  async next(): Promise<IteratorResult<Iterable<SourceItem>>> {
    return (await this.reader.fill()) ? { done: false, value: this.batch } : { done: true, value: undefined };
  }

  async return(): Promise<IteratorResult<Iterable<SourceItem>>> {
    await this.reader.close();
    return { done: true, value: undefined };
  }
}

/**
 * Items read and not yet taken. Usually one at a time, so the array is reused in place:
 * emptying it by setting its length is a runtime call, which cost 1% of `check`.
 */
class ItemQueue {
  private readonly items: (SourceItem | undefined)[] = [];
  private head = 0;
  private tail = 0;

  get empty(): boolean {
    return this.head === this.tail;
  }

  push(item: SourceItem): void {
    this.items[this.tail++] = item;
  }

  shift(): SourceItem | undefined {
    if (this.head === this.tail) return undefined;
    const item = this.items[this.head];
    this.items[this.head++] = undefined;
    if (this.head === this.tail) this.head = this.tail = 0;
    return item;
  }
}

/**
 * One read of the inputs. `take()` hands on the next item from the bytes in hand, reading
 * one more record when the queue is empty (undefined when the bytes run out); `fill()`
 * reads the next chunk of the file (false at the end).
 */
class LeadReader {
  private readonly queue = new ItemQueue();
  private started = false;
  private finished = false;
  private chunks?: AsyncGenerator<Uint8Array>;
  private feed?: Feed;
  private readonly zone: ZoneClock;
  private readonly joins: JoinTable[];
  private readonly ids: IdTable;
  private readonly duplicates: number[] = [];
  private readonly waiting: Lead[] = [];
  private readonly waitingIds: string[] = new Array<string>(GROUP).fill('');
  private readonly waitingRows: number[] = new Array<number>(GROUP).fill(0);
  private readonly firsts = new Int32Array(GROUP);
  /** The join keys of the last lead converted (RowConverter#keys). */
  private keys: readonly string[] = [];
  private converter?: RowConverter;
  /** The leads file's size in bytes, once it is open. */
  private size = 0;
  /** With a range: where the next read goes, and (CSV) the jump to it waiting for the header. */
  private readonly cursor: ReadCursor | undefined;
  private jumpAfterHeader = false;
  /** Records (lines) numbered before the range's own: the head up to the header. */
  private before = 0;

  constructor(
    private readonly inputs: LeadInput[],
    private readonly mapping: Mapping,
    private readonly stats: SourceStats,
    private readonly chunkBytes: number,
    private readonly needs: LeadNeeds | undefined,
    private readonly range: ByteRange | undefined,
    private readonly onRangeEnd: (end: RangeEnd) => void,
  ) {
    this.cursor = range === undefined ? undefined : { jump: null, end: range.to };
    this.ids = range?.ids ?? new IdTable();
    this.zone = zoneClock(mapping.timeZone ?? 'UTC');
    this.joins = mapping.joins.map((rule, i) => new JoinTable(rule, (inputs[i + 1] as LeadInput).display, this.zone));
  }

  take(): SourceItem | undefined {
    const item = this.queue.shift();
    if (item !== undefined) return item;
    try {
      while (this.feed !== undefined && this.queue.empty && this.feed.read());
    } catch (e) {
      throw this.sourceError(e);
    }
    if (this.queue.empty) this.settle();
    return this.queue.shift();
  }

  /** Reads until there are items to take; false when the input has ended and none are left. The file is closed on an error. */
  async fill(): Promise<boolean> {
    if (!this.queue.empty) return true;
    if (this.finished) return false;
    try {
      await this.read();
    } catch (e) {
      await this.close();
      throw this.sourceError(e);
    }
    return !this.queue.empty;
  }

  async close(): Promise<void> {
    this.finished = true;
    await this.chunks?.return(undefined);
  }

  private sourceError(e: unknown): unknown {
    const display = (this.inputs[0] as LeadInput).display;
    return e instanceof CsvError ? new SourceError(`${display}: ${e.message}`, display) : e;
  }

  private reject(file: string, row: number, reason: string): void {
    this.settle(); // items stay in the order of their rows
    this.queueRejection(file, row, reason);
  }

  private queueRejection(file: string, row: number, reason: string): void {
    this.stats.rows++;
    this.queue.push({ kind: 'rejected', rejection: { file, row, reason } });
  }

  /**
   * A converted lead waits, with up to GROUP - 1 others, for its id to be checked against
   * the ids seen (IdTable#addAll checks a group faster than one by one). Leads of a
   * mapping with joins are settled at once: their keys are the converter's, for this row.
   */
  private accept(lead: Lead, converter: RowConverter): void {
    this.keys = converter.keys;
    const n = this.waiting.length;
    this.waiting.push(lead);
    this.waitingIds[n] = lead.id;
    this.waitingRows[n] = lead.origin.row;
    if (n + 1 === GROUP || this.joins.length > 0) this.settle();
  }

  /** Checks the ids of the waiting leads and queues each lead, or its row as a duplicate. */
  private settle(): void {
    const count = this.waiting.length;
    if (count === 0) return;
    this.ids.addAll(this.waitingIds, this.waitingRows, count, this.firsts);
    for (let k = 0; k < count; k++) {
      const lead = this.waiting[k] as Lead;
      const first = this.firsts[k] as number;
      if (first !== 0) {
        if (this.range !== undefined) this.duplicates.push(...IdTable.lanes(lead.id));
        this.queueRejection(lead.origin.file, lead.origin.row, `duplicate id ${JSON.stringify(lead.id)} (first seen at row ${first})`);
        continue;
      }
      for (let j = 0; j < this.joins.length; j++) (this.joins[j] as JoinTable).attach(lead, this.keys[j] as string);
      this.stats.rows++;
      this.queue.push(new LeadItem(lead));
    }
    this.waiting.length = 0;
  }

  /** Reads until at least one item is queued or the input ends. */
  private async read(): Promise<void> {
    if (!this.started) {
      this.started = true;
      for (let j = 0; j < this.joins.length; j++) await this.loadJoin(j);
      if (!this.queue.empty) return;
    }
    const primary = this.inputs[0] as LeadInput;
    this.chunks ??= utf8Chunks(
      primary.path,
      primary.display,
      this.mapping.csv.encoding,
      (n) => (this.stats.bytes += n),
      this.chunkBytes,
      (size) => (this.size = size),
      this.cursor,
    );
    while (this.queue.empty) {
      const r = await this.chunks.next();
      if (r.done) {
        const range = this.range;
        // A range that ends before the file does must end at a record's end, or its last rows are not what they seem.
        if (range !== undefined && range.to < this.size && this.feed !== undefined && this.feed.pending() > 0) throw new RangeSplitError(range.to);
        this.feed?.end();
        this.settle();
        if (range !== undefined && this.feed !== undefined) {
          this.finished = true;
          this.onRangeEnd({ records: this.feed.records(), before: this.before, ids: this.ids, skip: this.feed.skip(), duplicates: this.duplicates });
          return;
        }
        const none = this.feed === undefined ? 'is empty' : this.feed.noRows();
        if (none !== undefined)
          throw new SourceError(
            `${primary.display} ${none}: there is nothing to measure; is it the right file, or was the export filtered to no leads?`,
            primary.display,
          );
        for (const join of this.joins) for (const x of join.unmatched()) this.reject(x.file, x.row, x.reason);
        this.finished = true;
        return;
      }
      if (this.feed === undefined) {
        this.feed = this.primaryFeed(primary, r.value);
        const share = this.range === undefined ? 1 : (this.range.reserveBytes ?? this.range.to - this.range.from) / Math.max(1, this.size);
        this.ids.reserve(Math.ceil(expectedRows(r.value, this.size) * share));
        if (this.cursor?.jump != null) continue; // a range past the start: the head was only needed for its format
      }
      this.feed.feed(r.value);
      while (this.queue.empty && this.feed.read());
      if (this.queue.empty) this.settle();
    }
  }

  private primaryFeed(input: LeadInput, firstBytes: Uint8Array): Feed {
    const joinOn = this.mapping.joins.map((j) => j.on);
    if (formatOf(this.mapping.format, input.path, firstBytes) === 'ndjson') {
      const converter = compileObjects(this.mapping, input.display, this.zone, joinOn, this.needs);
      let lines = 0;
      const reader = new LineReader((line, n) => {
        const object = parseLine(line);
        if (isPullHeader(object, n)) return;
        lines++;
        if (typeof object !== 'string') this.stats.columns ??= Object.keys(object);
        const lead = typeof object === 'string' ? object : converter.convertObject(object, n);
        if (typeof lead === 'string') this.reject(input.display, n, pullHeaderAgain(object, lead));
        else this.accept(lead, converter);
      });
      // A range from past the start: NDJSON has no header, so straight to it.
      if (this.range !== undefined && this.range.from > 0) {
        this.jumpTo(this.range.from, 0);
        reader.numberFrom(this.before);
      }
      return {
        feed: (bytes) => reader.feed(bytes),
        read: () => reader.read(),
        end: () => reader.end(),
        noRows: () => (lines === 0 ? 'has only blank lines, no JSON object' : undefined),
        pending: () => reader.pending,
        records: () => reader.lines,
        skip: () => 0,
        numberFrom: (n) => reader.numberFrom(n),
      };
    }
    const delimiter = delimiterOf(this.mapping.csv, firstBytes);
    let rows = 0;
    const emit = (lead: Lead | string, row: number) => {
      rows++;
      if (typeof lead === 'string') this.reject(input.display, row, lead);
      else this.accept(lead, this.converter as RowConverter);
    };
    let echo: HeaderEcho | undefined;
    // A row that repeats the header is said as such (REPEATED_HEADER); the header of an export
    // with other columns stops the read (HeaderEcho.otherHeader): the rows after it cannot be
    // read right. Only a row that failed, or whose id is one of the header's labels, can be
    // either: the others cost one look-up.
    const echoed = (lead: Lead | string, row: number, split: () => [readonly string[], number]): Lead | string => {
      const e = echo as HeaderEcho;
      if (typeof lead !== 'string' && !e.mayRepeat(lead)) return lead;
      const [cells, count] = split();
      if (e.cells(cells, count)) return REPEATED_HEADER;
      const other = e.otherHeader(cells, count);
      if (other !== undefined) throw new SourceError(`${input.display}: row ${row} ${other}`, input.display);
      return lead;
    };
    const layout = new CsvLayout(
      this.mapping.csv,
      delimiter,
      (header) => {
        this.stats.columns ??= header.map((h) => h.trim());
        const compiled = compileCsv(this.mapping, header, input.display, this.zone, joinOn, this.needs);
        if (!compiled.ok) throw new SourceError(compiled.message, input.display);
        this.converter = compiled.value;
        echo = new HeaderEcho(header, compiled.value.idColumn);
        if (this.range !== undefined && this.range.from > 0) this.jumpAfterHeader = true;
      },
      {
        line: (line, row) =>
          emit(
            echoed((this.converter as RowConverter).convertLine(line, delimiter, row), row, () => {
              const cells = line.split(delimiter);
              return [cells, cells.length];
            }),
            row,
          ),
        quotedLine: (text, row) => {
          const lead = (this.converter as RowConverter).convertQuotedLine(text, delimiter, row);
          // Declined, the record comes back split, to `cells`, which tells a repeated header.
          if (lead === undefined || (echo as HeaderEcho).mayRepeat(lead)) return false;
          emit(lead, row);
          return true;
        },
        cells: (cells, count, row, problem) =>
          emit(problem ?? echoed((this.converter as RowConverter).convert(cells, count, row), row, () => [cells, count]), row),
      },
    );
    const reader = new CsvReader(
      delimiter,
      (cells, count, record, problem) => layout.cells(cells, count, record, problem),
      (line, record) => layout.line(line, record),
      (text, record) => layout.quotedLine(text, record),
    );
    return {
      feed: (bytes) => reader.feed(bytes),
      read: () => {
        const more = reader.read();
        if (!this.jumpAfterHeader) return more;
        // The header is read: the rest of the head is another range's; on to this one.
        this.jumpAfterHeader = false;
        reader.discard();
        this.jumpTo((this.range as ByteRange).from, reader.records);
        if (this.range?.recordBase !== undefined) reader.numberFrom(this.before);
        return false;
      },
      end: () => {
        reader.end();
        layout.end();
      },
      pending: () => reader.pending,
      records: () => reader.records,
      skip: () => layout.skipped,
      numberFrom: (n) => reader.numberFrom(n),
      noRows: () => {
        if (rows > 0) return undefined;
        if (!layout.hasHeader) return 'has only blank lines, no header';
        return layout.footerRows > 0 ? 'has a header and footer rows but no rows of data' : 'has a header but no rows of data';
      },
    };
  }

  /** Makes the next read start at `offset`, the records before it numbered `before`. */
  private jumpTo(offset: number, before: number): void {
    (this.cursor as ReadCursor).jump = offset;
    this.before = this.range?.recordBase ?? before;
  }

  /** Reads a joined file whole into its table; its unusable rows are queued as rejections. */
  private async loadJoin(j: number): Promise<void> {
    const input = this.inputs[j + 1] as LeadInput;
    const table = this.joins[j] as JoinTable;
    const rule = table.rule;
    let feed: { push(bytes: Uint8Array): void; end(): void } | undefined;
    try {
      for await (const bytes of utf8Chunks(input.path, input.display, rule.csv.encoding, (n) => (this.stats.bytes += n), this.chunkBytes)) {
        if (!feed) {
          if (formatOf(rule.format, input.path, bytes) === 'ndjson') {
            table.useObjects();
            feed = new LineReader((line, n) => {
              const object = parseLine(line);
              if (isPullHeader(object, n)) return;
              const problem = typeof object === 'string' ? object : table.addObject(object, n);
              if (problem !== undefined) this.reject(input.display, n, pullHeaderAgain(object, problem));
            });
          } else {
            const delimiter = delimiterOf(rule.csv, bytes);
            const layout = new CsvLayout(
              rule.csv,
              delimiter,
              (header) => {
                const ok = table.useHeader(header);
                if (!ok.ok) throw new SourceError(ok.message, input.display);
              },
              {
                cells: (cells, count, row, problem) => {
                  const other = problem === undefined ? table.otherHeader(cells, count) : undefined;
                  if (other !== undefined) throw new SourceError(`${input.display}: row ${row} ${other}`, input.display);
                  const reason = problem ?? table.addRow(cells, count, row);
                  if (reason !== undefined) this.reject(input.display, row, reason);
                },
              },
            );
            const reader = new CsvReader(delimiter, (cells, count, record, problem) => layout.cells(cells, count, record, problem));
            feed = { push: (b) => reader.push(b), end: () => (reader.end(), layout.end()) };
          }
        }
        feed.push(bytes);
      }
      // An empty joined file is refused as an empty export is: its columns (a deal amount, a
      // won date) would be "no data" in the report without a word about the file.
      if (!feed)
        throw new SourceError(
          `${input.display} is empty (not even a header), and the mapping joins it to ${this.inputs[0]?.display ?? 'the leads'}: is it the right file?`,
          input.display,
        );
      feed.end();
    } catch (e) {
      if (e instanceof CsvError) throw new SourceError(`${input.display}: ${e.message}`, input.display);
      throw e;
    }
  }
}
