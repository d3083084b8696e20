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
 * Nothing is dropped silently: every row of the leads file becomes one item, a lead or a
 * rejection with its row number and reason; a row of a joined file that cannot be used
 * (no key, a bad cell, a key no lead has) becomes a rejection too. So `stats.rows`, the
 * rows that stand on their own, always equals leads + rejections. Blank lines, the header,
 * rows above it, and footer rows (`csv.footer`) are not rows of data.
 */
import { extname } from 'node:path';
import type { Lead, SourceItem, SourceStats } from '../lead.js';
import { compileCsv, compileObjects, type RowConverter } from '../mapping/convert.js';
import { zoneClock, type ZoneClock } from '../mapping/dates.js';
import { JoinTable } from '../mapping/join.js';
import type { CsvOptions, FileFormat, Mapping } from '../mapping/types.js';
import { CsvError, CsvReader, detectDelimiter, splitLine } from './csv.js';
import { IdTable } from './ids.js';
import { LineReader, parseLine } from './ndjson.js';
import { CHUNK_BYTES, SourceError, utf8Chunks } from './read.js';

export { SourceError } from './read.js';
export { CsvReader, CsvError, detectDelimiter, splitLine } from './csv.js';
export { LineReader, parseLine } from './ndjson.js';
export { IdTable } from './ids.js';

export interface LeadInput {
  /** Where to read the file. */
  path: string;
  /** The file as the user named it: in rejections, lead origins and messages. */
  display: string;
}

export interface LeadSource {
  items: AsyncIterable<SourceItem>;
  /** Live counts while `items` is read: rows = leads + rejections so far; bytes read from all files. */
  stats: SourceStats;
}

export interface SourceOptions {
  /** Bytes per read (tests use small chunks to cut records anywhere). */
  chunkBytes?: number;
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
  const stats: SourceStats = { rows: 0, bytes: 0 };
  return {
    stats,
    items: {
      [Symbol.asyncIterator]: () => {
        stats.rows = 0;
        stats.bytes = 0;
        return new LeadIterator(inputs, mapping, stats, options.chunkBytes ?? CHUNK_BYTES);
      },
    },
  };
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

/** Delimiter of a CSV file: the declared one, else detected from its first bytes. */
function delimiterOf(csv: CsvOptions, firstBytes: Uint8Array | undefined): string {
  if (csv.delimiter !== 'auto') return csv.delimiter;
  if (!firstBytes) return ',';
  return detectDelimiter(Buffer.from(firstBytes.buffer, firstBytes.byteOffset, Math.min(firstBytes.length, 64 * 1024)).toString('utf8'));
}

/** What CsvLayout hands on: a quote-free line (cells lie between delimiters) or split cells. */
interface RowSink {
  line?: (line: string, row: number) => void;
  cells: (cells: readonly string[], count: number, row: number, problem: string | undefined) => void;
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
  private readonly held: Held[] = [];
  private readonly scratch: string[] = [];
  /** Footer rows seen (not data). */
  footerRows = 0;

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

  /** A record split into cells. */
  cells(cells: string[], count: number, record: number, problem: string | undefined): void {
    const row = record - this.skip;
    if (!this.header) {
      if (record === 1 && count === 1 && /^sep=.$/.test(cells[0] ?? '')) {
        this.skip = 1; // Excel shows no row for it
        return;
      }
      if (row < this.csv.headerRow) return;
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

class LeadIterator implements AsyncIterator<SourceItem> {
  private readonly queue: SourceItem[] = [];
  private head = 0;
  private started = false;
  private finished = false;
  private chunks?: AsyncGenerator<Uint8Array>;
  private feed?: { push(bytes: Uint8Array): void; end(): void };
  private readonly zone: ZoneClock;
  private readonly joins: JoinTable[];
  private readonly ids = new IdTable();
  private converter?: RowConverter;

  constructor(
    private readonly inputs: LeadInput[],
    private readonly mapping: Mapping,
    private readonly stats: SourceStats,
    private readonly chunkBytes: number,
  ) {
    this.zone = zoneClock(mapping.timeZone ?? 'UTC');
    this.joins = mapping.joins.map((rule, i) => new JoinTable(rule, (inputs[i + 1] as LeadInput).display, this.zone));
  }

  async next(): Promise<IteratorResult<SourceItem>> {
    while (this.head >= this.queue.length) {
      if (this.finished) return { done: true, value: undefined };
      this.queue.length = 0;
      this.head = 0;
      try {
        await this.fill();
      } catch (e) {
        await this.return();
        if (e instanceof CsvError) throw new SourceError(`${(this.inputs[0] as LeadInput).display}: ${e.message}`, (this.inputs[0] as LeadInput).display);
        throw e;
      }
    }
    return { done: false, value: this.queue[this.head++] as SourceItem };
  }

  async return(): Promise<IteratorResult<SourceItem>> {
    this.finished = true;
    await this.chunks?.return(undefined);
    return { done: true, value: undefined };
  }

  private reject(file: string, row: number, reason: string): void {
    this.stats.rows++;
    this.queue.push({ kind: 'rejected', rejection: { file, row, reason } });
  }

  private accept(lead: Lead, converter: RowConverter): void {
    const first = this.ids.add(lead.id, lead.origin.row);
    if (first !== 0) {
      this.reject(lead.origin.file, lead.origin.row, `duplicate id ${JSON.stringify(lead.id)} (first seen at row ${first})`);
      return;
    }
    for (let j = 0; j < this.joins.length; j++) (this.joins[j] as JoinTable).attach(lead, converter.keys[j] as string);
    this.stats.rows++;
    this.queue.push({ kind: 'lead', lead });
  }

  /** Reads until at least one item is queued or the input ends. */
  private async fill(): Promise<void> {
    if (!this.started) {
      this.started = true;
      for (let j = 0; j < this.joins.length; j++) await this.loadJoin(j);
      if (this.queue.length > 0) return;
    }
    const primary = this.inputs[0] as LeadInput;
    this.chunks ??= utf8Chunks(primary.path, primary.display, this.mapping.csv.encoding, (n) => (this.stats.bytes += n), this.chunkBytes);
    while (this.queue.length === 0) {
      const r = await this.chunks.next();
      if (r.done) {
        this.feed?.end();
        for (const join of this.joins) for (const x of join.unmatched()) this.reject(x.file, x.row, x.reason);
        this.finished = true;
        return;
      }
      this.feed ??= this.primaryFeed(primary, r.value);
      this.feed.push(r.value);
    }
  }

  private primaryFeed(input: LeadInput, firstBytes: Uint8Array): { push(bytes: Uint8Array): void; end(): void } {
    const joinOn = this.mapping.joins.map((j) => j.on);
    if (formatOf(this.mapping.format, input.path, firstBytes) === 'ndjson') {
      const converter = compileObjects(this.mapping, input.display, this.zone, joinOn);
      return new LineReader((line, n) => {
        const object = parseLine(line);
        const lead = typeof object === 'string' ? object : converter.convertObject(object, n);
        if (typeof lead === 'string') this.reject(input.display, n, lead);
        else this.accept(lead, converter);
      });
    }
    const delimiter = delimiterOf(this.mapping.csv, firstBytes);
    const emit = (lead: Lead | string, row: number) => {
      if (typeof lead === 'string') this.reject(input.display, row, lead);
      else this.accept(lead, this.converter as RowConverter);
    };
    const layout = new CsvLayout(
      this.mapping.csv,
      delimiter,
      (header) => {
        const compiled = compileCsv(this.mapping, header, input.display, this.zone, joinOn);
        if (!compiled.ok) throw new SourceError(compiled.message, input.display);
        this.converter = compiled.value;
      },
      {
        line: (line, row) => emit((this.converter as RowConverter).convertLine(line, delimiter, row), row),
        cells: (cells, count, row, problem) => emit(problem ?? (this.converter as RowConverter).convert(cells, count, row), row),
      },
    );
    const reader = new CsvReader(
      delimiter,
      (cells, count, record, problem) => layout.cells(cells, count, record, problem),
      (line, record) => layout.line(line, record),
    );
    return {
      push: (bytes) => reader.push(bytes),
      end: () => {
        reader.end();
        layout.end();
      },
    };
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
              const problem = typeof object === 'string' ? object : table.addObject(object, n);
              if (problem !== undefined) this.reject(input.display, n, problem);
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
      feed?.end();
    } catch (e) {
      if (e instanceof CsvError) throw new SourceError(`${input.display}: ${e.message}`, input.display);
      throw e;
    }
  }
}
