/**
 * NDJSON (one JSON value per line) framed on bytes like csv.ts: each line is decoded on
 * its own. Blank lines are skipped; line numbers count them, as an editor shows them.
 */
import { decodeUtf8 } from './csv.js';

export type LineSink = (line: string, lineNumber: number) => void;

const LF = 10;
const CR = 13;

export class LineReader {
  private buf: Buffer = Buffer.allocUnsafe(1 << 16);
  private have = 0;
  private line = 0;

  constructor(private readonly sink: LineSink) {}

  push(bytes: Uint8Array): void {
    if (this.have + bytes.length > this.buf.length) {
      const grown = Buffer.allocUnsafe(Math.max(this.buf.length * 2, this.have + bytes.length));
      this.buf.copy(grown, 0, 0, this.have);
      this.buf = grown;
    }
    this.buf.set(bytes, this.have);
    this.have += bytes.length;
    this.scan(false);
  }

  end(): void {
    if (this.have > 0) this.scan(true);
    this.have = 0;
  }

  private scan(final: boolean): void {
    const view = this.buf.subarray(0, this.have);
    let pos = 0;
    while (pos < view.length) {
      let newline = view.indexOf(LF, pos);
      if (newline < 0) {
        if (!final) break;
        newline = view.length;
      }
      const stop = newline > pos && view[newline - 1] === CR ? newline - 1 : newline;
      this.line++;
      if (stop > pos) {
        const text = decodeUtf8(view, pos, stop);
        if (text.trim() !== '') this.sink(text, this.line);
      }
      pos = newline + 1;
    }
    if (pos >= view.length) {
      this.have = 0;
      return;
    }
    view.copy(this.buf, 0, pos, view.length);
    this.have = view.length - pos;
  }
}

/** One line → an object, or why it is not one. */
export function parseLine(line: string): Record<string, unknown> | string {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (e) {
    return `not valid JSON (${e instanceof Error ? e.message : String(e)})`;
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return `not a JSON object (found ${value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value})`;
  return value as Record<string, unknown>;
}
