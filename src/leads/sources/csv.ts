/**
 * An RFC 4180 reader over UTF-8 bytes, fed chunk by chunk. Chosen over udsv and papaparse
 * by measurement (issue 4): records are framed on the bytes (`Buffer#indexOf` is memchr)
 * and each record is decoded on its own, so a line without a quote (most lines of a CRM
 * export) costs one search, one decode and a few `String#indexOf`; only lines with a
 * quote take the cell-by-cell path. Decoding per record also keeps memory flat: a cell
 * kept by the engine pins its own line, never a megabyte of text around it.
 *
 * It knows nothing about files, headers or leads: it turns bytes into records (lists of
 * cells) numbered from 1 as a spreadsheet numbers its rows. A record ends at an LF or CRLF
 * outside quotes; quoted cells may hold the delimiter, `""` for a quote, and line breaks.
 * A blank line is a record with one empty cell: the caller decides what it means.
 */

/** Receives each record. `cells` is reused between calls: copy what you keep. */
export type RecordSink = (cells: string[], count: number, record: number, problem: string | undefined) => void;

/**
 * Receives each record without a quote as its line of text (without the line break): its
 * cells are exactly what lies between delimiters. Lets a reader take cells where they lie.
 */
export type LineSink = (line: string, record: number) => void;

/**
 * Offered each one-line record with a quote, as its text: returns true when it took the
 * record, false to have it split into cells for `sink` as usual (when it cannot read it
 * where it lies: a quoted cell not closed on the line, for one).
 */
export type QuotedLineSink = (text: string, record: number) => boolean;

/** Longest record kept while waiting for its end: beyond it, a quote was surely never closed. */
export const MAX_RECORD_BYTES = 16 * 1024 * 1024;

/** The reason for a record whose last quoted cell the file ends inside (the report says it in its locale: report/render/locales/common.ts). */
export const NEVER_CLOSED = 'a quoted cell is never closed';

/** A file that cannot be read as CSV at all (as opposed to one bad row). */
export class CsvError extends Error {
  constructor(
    message: string,
    readonly record: number,
  ) {
    super(message);
    this.name = 'CsvError';
  }
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

/**
 * UTF-8 bytes → string. Node's own `utf8Slice` skips the argument handling of
 * `toString('utf8', start, end)`, which costs more than the decoding of a short line.
 */
interface Utf8Sliceable {
  utf8Slice(start: number, end: number): string;
}
export const decodeUtf8: (buf: Buffer, start: number, end: number) => string =
  typeof (Buffer.prototype as unknown as Partial<Utf8Sliceable>).utf8Slice === 'function'
    ? (buf, start, end) => (buf as unknown as Utf8Sliceable).utf8Slice(start, end)
    : (buf, start, end) => buf.toString('utf8', start, end);

export class CsvReader {
  private buf: Buffer = Buffer.allocUnsafe(1 << 16);
  /** `buf` up to the bytes fed so far: `indexOf` on it never sees stale bytes. */
  private view: Buffer = this.buf.subarray(0, 0);
  /** The first byte not read yet. */
  private start = 0;
  /** The next quote at or after `start`; -1: none in `view`; -2: not searched since the last feed. */
  private quote = -2;
  private ended = false;
  private record = 0;
  private readonly cells: string[] = [];
  private readonly delimiter: string;
  private readonly delimiterCode: number;

  constructor(
    delimiter: string,
    private readonly sink: RecordSink,
    /** When given, records without a quote come here instead of being split for `sink`. */
    private readonly lineSink?: LineSink,
    /** When given, one-line records with a quote are offered here first. */
    private readonly quotedLineSink?: QuotedLineSink,
  ) {
    const code = delimiter.charCodeAt(0);
    if (delimiter.length !== 1 || code > 127 || code === QUOTE || code === LF || code === CR)
      throw new Error(`invalid CSV delimiter ${JSON.stringify(delimiter)}`);
    this.delimiter = delimiter;
    this.delimiterCode = code;
  }

  /** Records completed so far (the number of the last one). */
  get records(): number {
    return this.record;
  }

  /** Numbers the next record `n + 1` (a reader of a byte range continues another's numbering). */
  numberFrom(n: number): void {
    this.record = n;
  }

  /** Bytes fed and not read yet: a record not complete (0 when the bytes fed end at a record's end). */
  get pending(): number {
    return this.view.length - this.start;
  }

  /** Forgets the bytes fed and not read (a reader of a byte range skips from the header to its range). */
  discard(): void {
    this.view = this.buf.subarray(0, 0);
    this.start = 0;
    this.quote = -2;
  }

  /** Reads the records that `bytes` completes; a record cut by the chunk's end waits for the next. */
  push(bytes: Uint8Array): void {
    this.feed(bytes);
    while (this.read());
  }

  /**
   * Takes bytes without reading them; `read()` then hands on one record at a time. Lets a
   * consumer use each record before the next is made, so that nothing a record turns into
   * lives long enough to be copied by the garbage collector (see sources/index.ts).
   */
  feed(bytes: Uint8Array): void {
    if (bytes.length === 0) return;
    const rest = this.view.length - this.start;
    if (this.start > 0) {
      if (rest > 0) this.buf.copy(this.buf, 0, this.start, this.view.length);
      this.quote = this.quote >= this.start ? this.quote - this.start : -2;
      this.start = 0;
    }
    if (rest + bytes.length > this.buf.length) {
      const grown = Buffer.allocUnsafe(Math.max(this.buf.length * 2, rest + bytes.length));
      this.buf.copy(grown, 0, 0, rest);
      this.buf = grown;
    }
    this.buf.set(bytes, rest);
    this.view = this.buf.subarray(0, rest + bytes.length);
    if (this.quote === -1) this.quote = -2; // the new bytes may hold one
  }

  /**
   * Reads the next record into the sinks. False when the bytes fed so far hold no complete
   * record (feed more, or call `end()`: a file need not end with a line break).
   */
  read(): boolean {
    const view = this.view;
    const end = view.length;
    const pos = this.start;
    if (pos >= end) return false;
    let newline = view.indexOf(LF, pos);
    if (newline < 0) {
      if (!this.ended) return this.incomplete(pos);
      newline = end;
    }
    let quote = this.quote;
    if (quote === -2 || (quote >= 0 && quote < pos)) this.quote = quote = view.indexOf(QUOTE, pos);
    if (quote < 0 || quote > newline) {
      this.plain(view, pos, newline);
      this.start = newline + 1;
      return true;
    }
    const next = this.quoted(view, pos, newline, this.ended);
    if (next < 0) return this.incomplete(pos);
    this.start = next;
    return true;
  }

  /** No more bytes: what is left is the last record (a file need not end with a line break). */
  end(): void {
    this.ended = true;
    while (this.read());
    this.view = this.buf.subarray(0, 0);
    this.start = 0;
    this.quote = -2;
    this.ended = false;
  }

  /** A record that goes on past the bytes there are; beyond MAX_RECORD_BYTES, a quote was surely never closed. */
  private incomplete(pos: number): false {
    if (this.view.length - pos > MAX_RECORD_BYTES) {
      // Only a quote can hold a line break: without one, the row really is that long.
      const why =
        this.view.indexOf(QUOTE, pos) >= 0
          ? 'a quoted cell is probably never closed'
          : 'it has no quote, so it is one row that long, and revpact reads none longer: leave the column that holds so much text out of the export';
      throw new CsvError(`row ${this.record + 1} is longer than ${MAX_RECORD_BYTES / (1024 * 1024)} MiB: ${why}`, this.record + 1);
    }
    return false;
  }

  /** A line without a quote: its cells are exactly what lies between delimiters. */
  private plain(view: Buffer, start: number, newline: number): void {
    const stop = newline > start && view[newline - 1] === CR ? newline - 1 : newline;
    const line = decodeUtf8(view, start, stop);
    if (this.lineSink) {
      this.lineSink(line, ++this.record);
      return;
    }
    const count = splitLine(line, this.delimiter, this.cells);
    this.sink(this.cells, count, ++this.record, undefined);
  }

  /**
   * A record with a quote. Usually it ends at `newline`; when that line break lies inside a
   * quoted cell, the record's end is found by counting quotes. Returns where the next record
   * starts, or -1 when the record goes on past the bytes there are (and more may come).
   */
  private quoted(view: Buffer, start: number, newline: number, final: boolean): number {
    let stop = newline;
    let text = decodeUtf8(view, start, stop > start && view[stop - 1] === CR ? stop - 1 : stop);
    if (this.quotedLineSink !== undefined && this.quotedLineSink(text, this.record + 1)) {
      this.record++;
      return stop + 1;
    }
    let count = this.splitRecord(text);
    let problem: string | undefined;
    if (count < 0) {
      stop = recordEnd(view, start);
      if (stop < 0) {
        if (!final) return -1;
        stop = view.length;
      }
      text = decodeUtf8(view, start, stop > start && view[stop - 1] === CR ? stop - 1 : stop);
      count = this.splitRecord(text);
      if (count < 0) {
        problem = NEVER_CLOSED;
        count = -count;
      }
    }
    this.sink(this.cells, count, ++this.record, problem);
    return stop + 1;
  }

  /**
   * Splits one record's text into cells. Returns the count, or minus the count when the
   * text ends inside a quoted cell (the last cell then holds what there was).
   */
  private splitRecord(s: string): number {
    const n = s.length;
    const cells = this.cells;
    const dc = this.delimiterCode;
    let count = 0;
    let pos = 0;
    for (;;) {
      if (pos < n && s.charCodeAt(pos) === QUOTE) {
        let from = pos + 1;
        let value = '';
        let closed = false;
        for (;;) {
          const q = s.indexOf('"', from);
          if (q < 0) {
            value += s.slice(from);
            pos = n;
            break;
          }
          if (q + 1 < n && s.charCodeAt(q + 1) === QUOTE) {
            value += s.slice(from, q + 1);
            from = q + 2;
            continue;
          }
          value += s.slice(from, q);
          pos = q + 1;
          closed = true;
          break;
        }
        if (!closed) {
          cells[count++] = value;
          return -count;
        }
        // Text between a closing quote and the delimiter is kept, as spreadsheets do.
        if (pos < n && s.charCodeAt(pos) !== dc) {
          const stop = cellEnd(s, pos, this.delimiter);
          value += s.slice(pos, stop);
          pos = stop;
        }
        cells[count++] = value;
      } else {
        const stop = cellEnd(s, pos, this.delimiter);
        cells[count++] = s.slice(pos, stop);
        pos = stop;
      }
      if (pos >= n) return count;
      pos++; // the delimiter
    }
  }
}

/** The cells of a line without quotes, into `cells`; returns how many. */
export function splitLine(line: string, delimiter: string, cells: string[]): number {
  let count = 0;
  let from = 0;
  for (;;) {
    const d = line.indexOf(delimiter, from);
    if (d < 0) {
      cells[count++] = from === 0 ? line : line.slice(from);
      return count;
    }
    cells[count++] = line.slice(from, d);
    from = d + 1;
  }
}

/** Where the cell starting at `from` ends: the next delimiter, or the end (indexOf rather than a loop over char codes: 15% faster on quoted records). */
function cellEnd(s: string, from: number, delimiter: string): number {
  const d = s.indexOf(delimiter, from);
  return d < 0 ? s.length : d;
}

/** The LF that ends the record starting at `start`, by quote parity; -1 when not in `view`. */
function recordEnd(view: Buffer, start: number): number {
  let i = start;
  let inQuotes = false;
  let newline = view.indexOf(LF, i);
  for (;;) {
    if (newline < 0) return -1;
    const q = view.indexOf(QUOTE, i);
    if (inQuotes) {
      if (q < 0) return -1;
      inQuotes = false;
      i = q + 1;
      if (newline < i) newline = view.indexOf(LF, i);
    } else {
      if (q < 0 || q > newline) return newline;
      inQuotes = true;
      i = q + 1;
    }
  }
}

/** Candidates tried when the delimiter is "auto", in order of preference on ties. */
export const DELIMITER_CANDIDATES = [',', ';', '\t', '|'] as const;

/**
 * The delimiter of a file from its first lines: the candidate seen most often outside
 * quotes on the header line, favoured when the next lines have as many. Excel's `sep=;`
 * first line wins outright, and so does `"sep=;"`: a tool that quotes every cell writes it
 * so, and the reader (CsvLayout, csv-inspect.ts) skips it as the one cell `sep=;` either way.
 * Read by the other candidates, `"sep=;"` was the header, and no column held the lead id.
 */
export function detectDelimiter(sample: string): string {
  const sep = /^(?:sep=(.)|"sep=([^"])")\r?\n/.exec(sample);
  const declared = sep?.[1] ?? sep?.[2];
  if (declared) return declared;
  const lines = firstLines(sample, 5);
  let best = ',';
  let bestScore = 0;
  for (const d of DELIMITER_CANDIDATES) {
    const counts = lines.map((l) => countOutsideQuotes(l, d));
    const header = counts[0] ?? 0;
    if (header === 0) continue;
    const consistent = counts.slice(1).filter((c) => c === header).length;
    const score = header * (1 + consistent);
    if (score > bestScore) {
      best = d;
      bestScore = score;
    }
  }
  return best;
}

function firstLines(sample: string, max: number): string[] {
  const out: string[] = [];
  let inQuotes = false;
  let from = 0;
  for (let i = 0; i < sample.length && out.length < max; i++) {
    const c = sample.charCodeAt(i);
    if (c === QUOTE) inQuotes = !inQuotes;
    else if (c === LF && !inQuotes) {
      out.push(sample.slice(from, i));
      from = i + 1;
    }
  }
  if (out.length < max && from < sample.length && !inQuotes) out.push(sample.slice(from));
  return out;
}

function countOutsideQuotes(line: string, d: string): number {
  let n = 0;
  let inQuotes = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (c === '"') inQuotes = !inQuotes;
    else if (c === d && !inQuotes) n++;
  }
  return n;
}
