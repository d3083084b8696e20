/**
 * What a file is, from its first bytes, when it is not text revpact can read: an Excel
 * workbook, a zip or gzip archive, UTF-16 text without a byte order mark, or binary data.
 * Read as CSV, each gave a header of noise and "0 rows" (issue 13, item 14); named, the
 * user knows what to export instead.
 */
import type { Encoding } from '../mapping/types.js';

/** Bytes looked at: enough for a header line, little enough to cost nothing. */
const SNIFF_BYTES = 4096;

/** The problem with a file whose first bytes are `head`, with the way out; undefined when it may be CSV or NDJSON. */
export function sniffFile(head: Uint8Array, encoding: Encoding): string | undefined {
  const b = (i: number) => head[i] ?? -1;
  if (b(0) === 0x50 && b(1) === 0x4b && b(2) === 0x03 && b(3) === 0x04)
    return 'is an Excel workbook (.xlsx) or another zip archive, not CSV: open it and save or export it as CSV (UTF-8)';
  if (b(0) === 0xd0 && b(1) === 0xcf && b(2) === 0x11 && b(3) === 0xe0)
    return 'is an Excel 97-2003 workbook (.xls), not CSV: open it and save or export it as CSV (UTF-8)';
  if (b(0) === 0x1f && b(1) === 0x8b) return 'is compressed with gzip: decompress it first (gunzip) and name the CSV file';
  if (jsonArray(head))
    return 'is a JSON array of records, not NDJSON (one JSON object per line) or CSV: write one record per line (jq -c ".[]" does it) and name that file';
  if (encoding === 'utf-16le') return undefined; // NULs are expected: the mapping says so
  // A UTF-16 byte order mark is transcoded (read.ts); without one, UTF-16 text is every other byte NUL.
  if ((b(0) === 0xff && b(1) === 0xfe) || (b(0) === 0xfe && b(1) === 0xff)) return undefined;
  const n = Math.min(head.length, SNIFF_BYTES);
  let evenNul = 0;
  let oddNul = 0;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = head[i] as number;
    if (c === 0) {
      if (i % 2 === 0) evenNul++;
      else oddNul++;
    } else if (c < 9 || (c > 13 && c < 32 && c !== 27)) control++;
  }
  // UTF-16 text of Latin letters: nearly every byte of one parity is zero, nearly none of the other.
  const half = n / 2;
  if (n >= 4 && Math.max(evenNul, oddNul) >= 0.7 * half && Math.min(evenNul, oddNul) <= 0.1 * half) {
    const le = oddNul > evenNul;
    return `looks like UTF-16 text without a byte order mark (every other byte is zero): save it as CSV (UTF-8)${le ? ', or read it with a mapping that says csv: { encoding: utf-16le }' : ''}`;
  }
  // Text has few control characters: a stray bell or NUL in a note is still text (a NUL in the
  // first 4 KiB refused the whole export as binary, while the same NUL further down was read).
  if (evenNul + oddNul > 2 || control > Math.max(4, n / 50)) return 'is a binary file, not CSV or NDJSON text: export the leads as CSV (UTF-8)';
  return undefined;
}

/** Whether the text starts as a JSON array of objects, `[` then `{` (blanks and a UTF-8 BOM aside): read as CSV, its header was "[". */
function jsonArray(head: Uint8Array): boolean {
  let i = head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf ? 3 : 0;
  const blank = (c: number | undefined) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
  while (blank(head[i])) i++;
  if (head[i] !== 0x5b) return false;
  i++;
  while (blank(head[i])) i++;
  return head[i] === 0x7b;
}
