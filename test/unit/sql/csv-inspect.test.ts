/**
 * The layout scan before DuckDB reads an export directly (src/sql/duckdb/csv-inspect.ts):
 * a quoted cell after spaces is read as its text by DuckDB and with the spaces and quotes
 * by the streaming source, so such a file must go through the streaming source. The scan
 * looks for a space or tab right before a quote and walks back over the run; these cases
 * pin where the run starts a cell and where it does not, across the scan's 4 MiB reads.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { inspectCsv } from '../../../src/sql/duckdb/csv-inspect.js';
import type { CsvOptions } from '../../../src/leads/mapping/types.js';

const dir = mkdtempSync(join(tmpdir(), 'revpact-inspect-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const CSV: CsvOptions = { delimiter: 'auto', encoding: 'utf-8', headerRow: 1, footer: 'auto' };

function inspect(name: string, text: string | Buffer, csv: Partial<CsvOptions> = {}) {
  const file = join(dir, name);
  writeFileSync(file, text);
  const r = inspectCsv(file, { ...CSV, ...csv }, 'csv');
  return r.ok ? 'ok' : r.reason;
}

const SPACED = 'a quoted cell after spaces';
/** Rows of plain data: `n` bytes or a little more. */
function filler(n: number): string {
  const row = 'L1,Ana,2026-10-01T10:00:00Z\n';
  return row.repeat(Math.ceil(n / row.length));
}

describe('a quoted cell after spaces', () => {
  it.each([
    ['after a delimiter', 'id,owner,mqlAt\nA, "Ana",2026-10-01\n'],
    ['after a tab', 'id,owner,mqlAt\nA,\t"Ana",2026-10-01\n'],
    ['after spaces and tabs', 'id,owner,mqlAt\nA, \t  "Ana",2026-10-01\n'],
    ['at the start of a line', 'id,owner,mqlAt\n  "A",Ana,2026-10-01\n'],
    ['at the start of a line ended by CRLF', 'id,owner,mqlAt\r\n "A",Ana,2026-10-01\r\n'],
    ['in the first cell of the file', ' "id",owner,mqlAt\nA,Ana,2026-10-01\n'],
    ['in the first cell after a byte-order mark', '\ufeff "id",owner,mqlAt\nA,Ana,2026-10-01\n'],
    ['after a semicolon delimiter', 'id;owner;mqlAt\nA; "Ana";2026-10-01\n'],
  ])('is found %s', (_, text) => {
    expect(inspect('spaced.csv', text)).toBe(SPACED);
  });

  it.each([
    ['a quote after a space inside a cell', 'id,owner,mqlAt\nA,"Ana ""the boss""",2026-10-01\n'],
    ['a space then a quote after a letter', 'id,owner,mqlAt\nA,Ana "B",2026-10-01\n'],
    ['a space at the end of a cell before a quoted one', 'id,owner,mqlAt\nA ,"Ana",2026-10-01\n'],
    ['spaces and no quote', 'id,owner,mqlAt\nA, Ana ,2026-10-01\n'],
  ])('is not claimed for %s', (_, text) => {
    expect(inspect('plain.csv', text)).toBe('ok');
  });

  it('is found where the spaces and the quote fall in two reads of the scan', () => {
    const head = 'id,owner,mqlAt\n';
    const read = 4 << 20;
    for (const at of [read - 3, read - 2, read - 1, read, read + 1]) {
      // The padding puts the run of spaces (then the quote) from byte `at` of the file.
      const body = filler(at);
      const cut = body.lastIndexOf('\n', at - head.length - 3) + 1;
      const pad = 'x'.repeat(at - head.length - cut - 2);
      const text = `${head}${body.slice(0, cut)}A${pad},  "Ana",2026-10-01\n${filler(1000)}`;
      expect(text.indexOf(',  "'), String(at)).toBe(at - 1);
      expect(inspect('straddle.csv', text), String(at)).toBe(SPACED);
    }
  });

  it('is found after a run of spaces longer than a read', () => {
    const text = `id,owner,mqlAt\nA,${' '.repeat(5 << 20)}"Ana",2026-10-01\n`;
    expect(inspect('long-run.csv', text)).toBe(SPACED);
  });

  it('leaves a large plain file to DuckDB', () => {
    expect(inspect('large.csv', `id,owner,mqlAt\n${filler(9 << 20)}`)).toBe('ok');
  });
});
