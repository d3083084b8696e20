/**
 * What DuckDB's CSV reader needs to be told about an export before it reads it directly
 * (`check --engine duckdb`, issue 7), and whether it can read it exactly as the streaming
 * source does (src/leads/sources). One pass over the bytes with `Buffer#indexOf`, searching
 * only for bytes that are rare in an export (0.17 s on the 237 MB HubSpot bench file; 0.87 s
 * when it looked after every delimiter): the header and delimiter from the first chunk, then
 * the layouts on which DuckDB and the source would number or split rows differently.
 *
 * DuckDB skips blank lines, where the source counts them as rows (a spreadsheet shows
 * them); it ends a record at a lone CR, the source does not; it reads ` "x"` (a space, then
 * a quoted cell) as `x`, the source as ` "x"`. A file with any of these, other than the
 * blank line before a footer, is read by the streaming source instead (the reason is
 * printed). Everything else that could differ — an unclosed quote, a row wider than the
 * header allows for, text after a closing quote — makes DuckDB fail, which falls back too.
 */
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { extname } from 'node:path';
import { CsvReader, detectDelimiter, sniffFile } from '../../leads/sources/index.js';
import type { CsvOptions, FileFormat } from '../../leads/mapping/types.js';

export type Inspection =
  | {
      ok: true;
      header: string[];
      delimiter: string;
      /** Lines DuckDB skips before the data: the header, and an Excel `sep=` line. */
      skip: number;
      /** Footer records at the end of the file, to drop after reading. */
      footerRecords: number;
      bytes: number;
    }
  | { ok: false; reason: string };

const SCAN_BYTES = 4 << 20;
/** A space or a tab, then a quote. */
const SPACED_QUOTES = [Buffer.from(' "'), Buffer.from('\t"')];

function isBlank(byte: number): boolean {
  return byte === 32 || byte === 9;
}
/** The bytes after the first blank line that are read in JavaScript to tell a footer from more data. */
const MAX_TAIL = 1 << 20;

/** CSV or NDJSON, as the source decides (sources/index.ts, formatOf). */
export function formatOf(declared: FileFormat, path: string, firstBytes: Uint8Array): 'csv' | 'ndjson' {
  if (declared !== 'auto') return declared;
  const ext = extname(path).toLowerCase();
  if (ext === '.ndjson' || ext === '.jsonl') return 'ndjson';
  if (ext === '.csv' || ext === '.tsv' || ext === '.txt') return 'csv';
  for (const b of firstBytes.subarray(0, 64)) {
    if (b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d) continue;
    return b === 0x7b ? 'ndjson' : 'csv';
  }
  return 'csv';
}

export function inspectCsv(path: string, csv: CsvOptions, format: FileFormat): Inspection {
  // Non-blocking, and only a regular file: a FIFO without a writer would block here forever
  // (the streaming source, which reads it next, says what it is).
  const fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw new Error('not a regular file');
    const size = stats.size;
    const first = Buffer.allocUnsafe(Math.min(size, 1 << 16));
    const n = readSync(fd, first, 0, first.length, 0);
    let head = first.subarray(0, n);
    if (sniffFile(head, csv.encoding) !== undefined) return { ok: false, reason: '' }; // not text: the streaming source names it
    if (formatOf(format, path, head) === 'ndjson') return { ok: false, reason: 'an NDJSON file' };
    if (csv.encoding !== 'utf-8') return { ok: false, reason: `the mapping's encoding ${csv.encoding}` };
    if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return { ok: false, reason: 'a UTF-16 file' };
    if (typeof csv.footer === 'number') return { ok: false, reason: 'a footer of a fixed number of rows' };
    if (csv.headerRow !== 1) return { ok: false, reason: 'a header below row 1' };
    const bom = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
    head = head.subarray(bom);
    const sample = head.toString('utf8');
    const delimiter = csv.delimiter === 'auto' ? detectDelimiter(sample) : csv.delimiter;
    if (Buffer.byteLength(delimiter) !== 1) return { ok: false, reason: `the delimiter ${JSON.stringify(delimiter)}` };

    // The layout: lone CRs, blank lines, a space before a quoted cell.
    const d = delimiter.charCodeAt(0);
    const buf = Buffer.allocUnsafe(SCAN_BYTES + 8);
    let carry = 0;
    let pos = bom;
    let blankAt = -1;
    // The last byte before this read's that is not a space or tab; the file's start counts as a line's.
    let before = 10;
    while (pos < size) {
      const got = readSync(fd, buf, carry, SCAN_BYTES, pos);
      if (got === 0) break;
      const end = carry + got;
      const view = buf.subarray(0, end);
      const base = pos - carry;
      const final = pos + got >= size;
      // Stop short of bytes whose meaning depends on what follows, unless the file ends.
      const limit = final ? end : end - 4;
      for (let i = view.indexOf(13); i >= 0 && i < limit; i = view.indexOf(13, i + 1)) {
        if (view[i + 1] !== 10) return { ok: false, reason: 'a line ending in a lone CR' };
      }
      if (blankAt < 0) {
        for (const pattern of ['\n\n', '\n\r\n']) {
          const i = view.indexOf(pattern);
          if (i >= 0 && i < limit && (blankAt < 0 || base + i < blankAt)) blankAt = base + i;
        }
      }
      // A quote right after a space or tab (rare: a search of two bytes, at memchr speed, not a
      // look after every delimiter), whose run of spaces and tabs starts a cell.
      for (const pattern of SPACED_QUOTES) {
        for (let i = view.indexOf(pattern); i >= 0 && i < limit; i = view.indexOf(pattern, i + 1)) {
          let k = i;
          while (k >= 0 && isBlank(view[k] as number)) k--;
          const lead = k >= 0 ? (view[k] as number) : before;
          if (lead === d || lead === 10) return { ok: false, reason: 'a quoted cell after spaces' };
        }
      }
      for (let k = limit - 1; k >= 0; k--) {
        if (isBlank(view[k] as number)) continue;
        before = view[k] as number;
        break;
      }
      // Keep the last bytes: a pattern may straddle two reads.
      carry = end - limit;
      view.copy(buf, 0, limit, end);
      pos += got;
    }

    // The header: the first record, after an Excel `sep=` line; on one line of its own.
    const records: string[][] = [];
    const reader = new CsvReader(delimiter, (cells, count) => void (records.length < 2 && records.push(cells.slice(0, count))));
    reader.feed(head);
    // The whole file in hand: its last line is a record without a line break (a header alone, say).
    if (n === size) reader.end();
    else while (records.length < 2 && reader.read());
    let skip = 1;
    let header = records[0];
    if (header && header.length === 1 && /^sep=.$/.test(header[0] ?? '')) {
      skip = 2;
      header = records[1];
    }
    if (!header) return { ok: false, reason: head.length === 0 ? '' : 'no complete header in the first 64 KiB' }; // empty, or a BOM alone: the source says so
    if (header.length === 1 && header[0] === '') return { ok: false, reason: '' }; // a blank line above the header: the source says so
    if (header.some((c) => c.includes('\n') || c.includes('\r'))) return { ok: false, reason: 'a header cell with a line break' };

    // After the first blank line: only blank lines, or (footer: auto) one-cell footer rows.
    let footerRecords = 0;
    if (blankAt >= 0) {
      const from = blankAt + 1;
      if (size - from > MAX_TAIL) return { ok: false, reason: 'a blank line inside the data' };
      const tail = Buffer.allocUnsafe(size - from);
      readSync(fd, tail, 0, tail.length, from);
      let more = false;
      const tailReader = new CsvReader(delimiter, (cells, count, _record, problem) => {
        if (count === 1 && cells[0] === '' && problem === undefined) return;
        if (csv.footer === 'auto' && count === 1 && problem === undefined) footerRecords++;
        else more = true;
      });
      tailReader.push(tail);
      tailReader.end();
      if (more)
        return { ok: false, reason: csv.footer === 'auto' ? 'a blank line inside the data' : 'a blank line inside the data (the mapping has no footer)' };
    }
    return { ok: true, header, delimiter, skip, footerRecords, bytes: size };
  } finally {
    closeSync(fd);
  }
}
