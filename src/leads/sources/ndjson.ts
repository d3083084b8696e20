/**
 * NDJSON (one JSON value per line) framed on bytes like csv.ts: each line is decoded on
 * its own. Blank lines are skipped; line numbers count them, as an editor shows them.
 */
import { decodeUtf8 } from './csv.js';
import { repeatedKeyIn, repeatedKeyProblem } from './repeated-keys.js';

export type LineSink = (line: string, lineNumber: number) => void;

const LF = 10;
const CR = 13;

export class LineReader {
  private buf: Buffer = Buffer.allocUnsafe(1 << 16);
  /** `buf` up to the bytes fed so far. */
  private view: Buffer = this.buf.subarray(0, 0);
  /** The first byte not read yet. */
  private start = 0;
  private ended = false;
  private line = 0;

  constructor(private readonly sink: LineSink) {}

  /** Lines read so far (blank ones too). */
  get lines(): number {
    return this.line;
  }

  /** Numbers the next line `n + 1`. */
  numberFrom(n: number): void {
    this.line = n;
  }

  /** Bytes fed and not read yet: a line not complete. */
  get pending(): number {
    return this.view.length - this.start;
  }

  push(bytes: Uint8Array): void {
    this.feed(bytes);
    while (this.read());
  }

  /** Takes bytes without reading them; `read()` then hands on one line at a time (as CsvReader#feed). */
  feed(bytes: Uint8Array): void {
    if (bytes.length === 0) return;
    const rest = this.view.length - this.start;
    if (this.start > 0) {
      if (rest > 0) this.buf.copy(this.buf, 0, this.start, this.view.length);
      this.start = 0;
    }
    if (rest + bytes.length > this.buf.length) {
      const grown = Buffer.allocUnsafe(Math.max(this.buf.length * 2, rest + bytes.length));
      this.buf.copy(grown, 0, 0, rest);
      this.buf = grown;
    }
    this.buf.set(bytes, rest);
    this.view = this.buf.subarray(0, rest + bytes.length);
  }

  /** Reads the next line (blank ones are skipped, but counted); false when the bytes fed so far hold no complete line. */
  read(): boolean {
    const view = this.view;
    const pos = this.start;
    if (pos >= view.length) return false;
    let newline = view.indexOf(LF, pos);
    if (newline < 0) {
      if (!this.ended) return false;
      newline = view.length;
    }
    const stop = newline > pos && view[newline - 1] === CR ? newline - 1 : newline;
    this.line++;
    this.start = newline + 1;
    if (stop > pos) {
      const text = decodeUtf8(view, pos, stop);
      if (text.trim() !== '') this.sink(text, this.line);
    }
    return true;
  }

  end(): void {
    this.ended = true;
    while (this.read());
    this.view = this.buf.subarray(0, 0);
    this.start = 0;
    this.ended = false;
  }
}

/** What to do about a line that is no JSON object, said after the reason. */
const LINE_FIX = 'each line of an NDJSON file is one record, a JSON object such as {"id": "L-1", "mqlAt": "2026-10-05T14:03:00Z"}';
const LIST_FIX = 'write each record of the list on a line of its own, as a JSON object {…} without the brackets';

/** One line → an object, or why it is not one. */
export function parseLine(line: string): Record<string, unknown> | string {
  let value: unknown;
  try {
    // A byte order mark at the head of a line, not only of the file: files joined with
    // `cat a.ndjson b.ndjson` keep the second one's, and its first record was rejected as
    // "not valid JSON (Unexpected token …)" over a character no one can see (U+FEFF).
    value = JSON.parse(line.charCodeAt(0) === 0xfeff ? line.slice(1) : line);
  } catch (e) {
    return `not valid JSON (${e instanceof Error ? e.message : String(e)})`;
  }
  // The fix goes with the reason: a list on a line is most often several records written
  // as one (or one wrapped in brackets), anything else a line that is no record at all.
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return `not a JSON object (found ${value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value}): ${Array.isArray(value) ? LIST_FIX : LINE_FIX}`;
  const object = value as Record<string, unknown>;
  const repeated = repeatedKeyIn(line, object);
  return repeated === undefined ? object : repeatedKeyProblem(repeated[0], repeated[1]);
}

/**
 * The first line of a file `revpact pull` wrote: `{"#revpact-pull": {...}}`, what was pulled
 * and when (docs/pull-file.md). It is no record: readers skip it, and the records after it
 * are numbered from line 2, as the rows of the same export.
 */
export const PULL_HEADER_KEY = '#revpact-pull';

export function isPullHeader(object: Record<string, unknown> | string, lineNumber: number): boolean {
  return lineNumber === 1 && isPullHeaderLine(object);
}

/** Whether an object is a pull file's header, on whatever line. */
function isPullHeaderLine(object: Record<string, unknown> | string): boolean {
  if (typeof object === 'string') return false;
  const keys = Object.keys(object);
  return keys.length === 1 && keys[0] === PULL_HEADER_KEY;
}

/**
 * The reason for a pull file's header after line 1: what `cat a.ndjson b.ndjson` leaves where
 * the second pull begins. Read as a record it was rejected for a "missing id", which told
 * nobody what the line was. The records after it are read: NDJSON names each value's column.
 */
export const PULL_HEADER_AGAIN =
  'a revpact pull header ({"#revpact-pull": …}) after line 1: the file looks like pull files joined one after another; delete this line (revpact pull merges what it pulls into one file, by id)';

/** `reason` for a line that failed, unless the line is a pull file's header: then PULL_HEADER_AGAIN. Asked only of lines that failed. */
export function pullHeaderAgain(object: Record<string, unknown> | string, reason: string): string {
  return isPullHeaderLine(object) ? PULL_HEADER_AGAIN : reason;
}
