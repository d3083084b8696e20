import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { checkLeadFile, CsvReader, detectDelimiter } from '../../../src/leads/sources/index.js';
import { MAX_RECORD_BYTES } from '../../../src/leads/sources/csv.js';
import { parseMapping, presetMapping } from '../../../src/leads/mapping/index.js';
import { REPEATED_HEADER } from '../../../src/leads/mapping/convert.js';
import { file, readAll, tmp } from './helpers.js';

/** Records of `text`, fed in chunks of `chunk` bytes (1 cuts every record everywhere). */
function records(text: string, delimiter = ',', chunk = 1 << 20): { cells: string[]; record: number; problem?: string }[] {
  const out: { cells: string[]; record: number; problem?: string }[] = [];
  const reader = new CsvReader(delimiter, (cells, count, record, problem) =>
    out.push({ cells: cells.slice(0, count), record, ...(problem ? { problem } : {}) }),
  );
  const bytes = Buffer.from(text, 'utf8');
  for (let i = 0; i < bytes.length; i += chunk) reader.push(bytes.subarray(i, i + chunk));
  reader.end();
  return out;
}

const cellsOf = (text: string, delimiter = ',', chunk?: number) => records(text, delimiter, chunk).map((r) => r.cells);

describe('CsvReader (RFC 4180)', () => {
  const tricky = 'id,company,notes\r\n1,"Acme, Inc.","said ""hi"""\r\n2,"Multi\nline\r\ncell",plain\r\n3,,"" \r\n4,Müller & Łukasz,€\r\n';

  it('reads quoted commas, escaped quotes, quoted line breaks and CRLF', () => {
    expect(cellsOf(tricky)).toEqual([
      ['id', 'company', 'notes'],
      ['1', 'Acme, Inc.', 'said "hi"'],
      ['2', 'Multi\nline\r\ncell', 'plain'],
      ['3', '', ' '],
      ['4', 'Müller & Łukasz', '€'],
    ]);
  });

  it('gives the same records whatever the chunk size, even cutting UTF-8 sequences', () => {
    const whole = cellsOf(tricky);
    for (const chunk of [1, 2, 3, 5, 7, 16]) expect(cellsOf(tricky, ',', chunk)).toEqual(whole);
  });

  it('numbers records as spreadsheet rows: a quoted line break stays in its row', () => {
    expect(records(tricky).map((r) => r.record)).toEqual([1, 2, 3, 4, 5]);
  });

  it('reads a last line without a line break, and one with it, the same', () => {
    expect(cellsOf('a,b\n1,2')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
    expect(cellsOf('a,b\n1,2\n')).toEqual(cellsOf('a,b\n1,2'));
    expect(cellsOf('a,b\r\n"1","2"')).toEqual(cellsOf('a,b\n1,2'));
  });

  it('makes a blank line a record with one empty cell, and reads nothing from nothing', () => {
    expect(cellsOf('a\n\nb\n')).toEqual([['a'], [''], ['b']]);
    expect(cellsOf('')).toEqual([]);
  });

  it('keeps empty cells, including trailing ones', () => {
    expect(cellsOf('a,,c,\n,,,\n')).toEqual([
      ['a', '', 'c', ''],
      ['', '', '', ''],
    ]);
  });

  it('splits on any one-character delimiter', () => {
    expect(cellsOf('a;b;"c;d"\n1;2;3\n', ';')).toEqual([
      ['a', 'b', 'c;d'],
      ['1', '2', '3'],
    ]);
    expect(cellsOf('a\tb\n1\t2\n', '\t')).toEqual([
      ['a', 'b'],
      ['1', '2'],
    ]);
  });

  it('keeps text after a closing quote, as spreadsheets do, and a quote inside an unquoted cell', () => {
    expect(cellsOf('"ab"c,5" screen\n')).toEqual([['abc', '5" screen']]);
  });

  it('reports a quoted cell that is never closed, on its row', () => {
    const out = records('a,b\n1,"open\n2,3\n');
    expect(out).toHaveLength(2);
    expect(out[1]).toMatchObject({ record: 2, problem: 'a quoted cell is never closed', cells: ['1', 'open\n2,3\n'] });
  });

  it('refuses a row longer than MAX_RECORD_BYTES, blaming an open quote only when there is one', () => {
    const long = 'x'.repeat(MAX_RECORD_BYTES + 1);
    expect(() => records(`a,b\n1,"${long}`, ',', 1 << 22)).toThrow(/^row 2 is longer than 16 MiB: a quoted cell is probably never closed$/);
    // A cell of 17 MB without a quote was said to be an open quote too.
    expect(() => records(`a,b\n1,${long}`, ',', 1 << 22)).toThrow(/^row 2 is longer than 16 MiB: it has no quote, so it is one row that long/);
  });
});

describe('detectDelimiter', () => {
  it('finds the delimiter from the first lines, outside quotes', () => {
    expect(detectDelimiter('id;name;"a,b,c,d"\n1;x;y\n')).toBe(';');
    expect(detectDelimiter('id,name\n1,x\n')).toBe(',');
    expect(detectDelimiter('id\tname\tcountry\n1\tx\tES\n')).toBe('\t');
    expect(detectDelimiter('id|name\n1|x\n')).toBe('|');
    expect(detectDelimiter('id\n1\n')).toBe(',');
  });

  it("obeys Excel's sep= line", () => {
    expect(detectDelimiter('sep=;\nid,name;x\n')).toBe(';');
    // Quoted, as a tool that quotes every cell writes it.
    expect(detectDelimiter('"sep=;"\r\nid,name;x\n')).toBe(';');
    expect(detectDelimiter('"sep=|"\nid,name|x\n')).toBe('|');
  });
});

describe('CSV lead files', () => {
  const canonical = presetMapping('canonical');

  it('skips a byte order mark and auto-detects ";"', async () => {
    const path = file('bom.csv', '\ufeffid;owner;createdAt\r\nL1;ana;2026-10-05T09:00:00Z\r\nL2;"bruno; jr";2026-10-05\r\n');
    const r = await readAll([path], canonical);
    expect(r.rejections).toEqual([]);
    expect(r.leads.map((l) => [l.id, l.owner, l.origin.row])).toEqual([
      ['L1', 'ana', 2],
      ['L2', 'bruno; jr', 3],
    ]);
    expect(r.leads[1]?.dateOnly).toEqual(['createdAt']);
  });

  it('refuses a file that gives no row of data, naming it, rather than report on nothing (issue 13, item 2)', async () => {
    const none = async (name: string, text: string) =>
      (
        await readAll([file(name, text)], canonical).then(
          () => 'read',
          (e: Error) => `${e.name}: ${e.message}`,
        )
      ).replace(/^SourceError: /, '');
    const hint = ': there is nothing to measure; is it the right file, or was the export filtered to no leads?';
    expect(await none('empty.csv', '')).toBe(`empty.csv is empty${hint}`);
    expect(await none('header.csv', 'id,owner\n')).toBe(`header.csv has a header but no rows of data${hint}`);
    expect(await none('header-no-eol.csv', 'id,owner')).toBe(`header-no-eol.csv has a header but no rows of data${hint}`);
    expect(await none('blank-rows.csv', 'id,owner\r\n\r\n\r\n')).toBe(`blank-rows.csv has a header but no rows of data${hint}`);
    const salesforce = presetMapping('salesforce');
    const footerOnly = 'Lead ID,Lead Status,Created Date\n\n"Grand Totals (0 records)"\n"Generated By: Ana"\n';
    expect(await readAll([file('report.csv', footerOnly)], salesforce).catch((e: Error) => e.message)).toMatch(
      /^report\.csv has a header and footer rows but no rows of data/,
    );
    expect(await none('leads.ndjson', '\n  \n')).toBe(`leads.ndjson has only blank lines, no JSON object${hint}`);
    // A file whose every row is rejected is not empty: its rows are counted and listed.
    expect(await readAll([file('bad.csv', 'id,createdAt\n,2026-10-05\n')], canonical)).toMatchObject({ leads: [], rows: 1 });
  });

  it('reads CR-only line endings (classic Mac, Excel "CSV (Macintosh)") as LF and CRLF ones (issue 13, item 2)', async () => {
    const lines = ['id,owner,createdAt,notes', 'L1,Ana,2026-10-05T09:00:00Z,"two\nlines"', 'L2,Bruno,2026-10-06,', 'L3,,,x'];
    const lf = await readAll([file('lf.csv', lines.join('\n') + '\n')], canonical);
    expect(lf.leads.map((l) => l.id)).toEqual(['L1', 'L2', 'L3']);
    for (const [name, eol] of [
      ['crlf.csv', '\r\n'],
      ['cr.csv', '\r'],
    ] as const) {
      for (const chunkBytes of [1 << 20, 7]) {
        const r = await readAll([file(name, lines.join(eol).replace('two\nlines', `two${eol}lines`) + eol)], canonical, { chunkBytes });
        expect(
          r.leads.map((l) => [l.id, l.owner, l.createdAt, l.origin.row]),
          `${name} in chunks of ${chunkBytes}`,
        ).toEqual(lf.leads.map((l) => [l.id, l.owner, l.createdAt, l.origin.row]));
        expect(r.leads[0]?.attributes['notes']).toBe(eol === '\r' ? 'two\nlines' : `two${eol}lines`);
      }
    }
    // Without a line break at the end, with a BOM, and as NDJSON.
    expect((await readAll([file('cr-bom.csv', '\ufeffid,owner\rL1,Ana\rL2,Bruno')], canonical)).leads.map((l) => l.owner)).toEqual(['Ana', 'Bruno']);
    expect((await readAll([file('cr.ndjson', '{"id":"L1"}\r{"id":"L2"}\r')], canonical)).leads.map((l) => l.id)).toEqual(['L1', 'L2']);
  });

  it('reads one-line records with quotes where they lie, with the same leads and reasons as split cells', async () => {
    const path = file(
      'quoted.csv',
      [
        'id,owner,createdAt,attempts,notes',
        'L1,"Ana ""the boss"" Pérez",2026-10-05T09:00:00Z,3,"x, y"', // 2
        '"L2","bruno"jr,2026-10-05,,', // 3: text after the closing quote is kept
        'L3,"",2026-10-05,1,""', // 4: empty quoted cells
        '"L4",ana,"2026-02-30",1,z', // 5: a bad quoted date
        '"L5",ana,2026-10-05', // 6: too few cells
        'L7,"ana",2026-10-05,1,"a ""b"" c"', // 7
        '"L1",ana,2026-10-05,1,z', // 8: duplicate
        'L8,"ana",2026-10-05,1,"x",', // 9: too many cells
        'L10,ab"c,2026-10-05,1," q"', // 10: a quote inside a cell is text
        '"L9,ana', // 11: never closed
      ].join('\n'),
    );
    const r = await readAll([path], presetMapping('canonical'));
    expect(r.leads.map((l) => [l.id, l.owner, l.attempts, l.attributes['notes'], l.origin.row])).toEqual([
      ['L1', 'Ana "the boss" Pérez', 3, 'x, y', 2],
      ['L2', 'brunojr', undefined, undefined, 3],
      ['L3', undefined, 1, undefined, 4],
      ['L7', 'ana', 1, 'a "b" c', 7],
      ['L10', 'ab"c', 1, 'q', 10],
    ]);
    expect(r.rejections.map((x) => [x.row, x.reason])).toEqual([
      [5, 'unparseable date "2026-02-30" in column "createdAt" (expected ISO 8601)'],
      [6, 'row has 3 cells where the header has 5'],
      [8, 'duplicate id "L1" (first seen at row 2)'],
      [9, 'row has 6 cells where the header has 5'],
      [11, 'a quoted cell is never closed'],
    ]);
  });

  it('says, beside the cell count, that a quoted cell runs over lines: the sign of a quote left open', async () => {
    const path = file(
      'open-quote.csv',
      [
        'id,owner,createdAt,attempts,notes',
        'L1,"Ana, 2026-10-05,1,x', // 2: the quote is not closed where it should be…
        'L2,bruno,2026-10-05,1,y',
        'L3,carla",2026-10-05,1,z,extra', // …the next one closes it: three lines are one record
        'L4,dan,2026-10-05,1,w', // 3
        'L5,"two', // 4: a quoted cell on two lines, legitimately, but too few cells
        'lines",2026-10-05',
      ].join('\n'),
    );
    const r = await readAll([path], presetMapping('canonical'));
    expect(r.leads.map((l) => l.id)).toEqual(['L4']);
    const joined =
      ', and a quoted cell in it runs over more than one line: if a quote was left open, the lines after it were read into this row, up to the next quote';
    expect(r.rejections.map((x) => [x.row, x.reason])).toEqual([
      [2, `row has 6 cells where the header has 5${joined}`],
      [4, `row has 3 cells where the header has 5${joined}`],
    ]);
  });

  it('says, beside the cell count, that a carriage return alone joined two lines of a file whose lines end in LF or CRLF', async () => {
    const mixed =
      'id,owner,createdAt\r\nL1,ana,2026-10-05\nL2,bruno,2026-10-05\rL3,carla,2026-10-05\nL4,"dan",2026-10-05\rL5,"eva",2026-10-05\nL6,"quoted\r\ncell",2026-10-05\n';
    const r = await readAll([file('mixed.csv', mixed)], presetMapping('canonical'));
    expect(r.leads.map((l) => l.id)).toEqual(['L1', 'L6']);
    const note =
      ', and a carriage return (CR) without a line feed in it ends a line for some programs but not in this file, whose lines end in LF or CRLF: the export mixes line endings, so the line after the CR was read into this row; save the file again as CSV UTF-8';
    expect(r.rejections.map((x) => [x.row, x.reason])).toEqual([
      [3, `row has 5 cells where the header has 3${note}`],
      [4, `row has 5 cells where the header has 3${note}`],
    ]);
    // A CRLF inside a quoted cell is no stray CR: L6 is read, its owner holding the line break.
    expect(r.leads[1]?.owner).toBe('quoted\r\ncell');
  });

  it('reads UTF-16 files with a byte order mark (Excel "Unicode text")', async () => {
    const text = '\ufeffid\towner\r\nL1\tJosé\r\n';
    const r = await readAll([file('utf16.txt', Buffer.from(text, 'utf16le'))], canonical);
    expect(r.leads.map((l) => [l.id, l.owner])).toEqual([['L1', 'José']]);
  });

  it('skips the Excel sep= line without shifting row numbers, quoted or not, after a BOM or not', async () => {
    for (const sep of ['sep=;', '"sep=;"', '\ufeff"sep=;"']) {
      const r = await readAll([file('sep.csv', `${sep}\nid;createdAt\nL1;2026-10-05\nL2;bad\n`)], canonical);
      expect(
        r.leads.map((l) => l.origin.row),
        sep,
      ).toEqual([2]);
      expect(r.rejections).toEqual([{ file: 'sep.csv', row: 3, reason: 'unparseable date "bad" in column "createdAt" (expected ISO 8601)' }]);
    }
  });

  it('gives every malformed row its row number and a reason, and drops none', async () => {
    const path = file(
      'bad.csv',
      [
        'id,createdAt,attempts,owner',
        'L1,2026-10-05T09:00:00+02:00,2,ana', // row 2
        ',2026-10-05,1,ana', // 3: missing id
        'L3,2026-02-30,1,ana', // 4: no such day
        'L4,2026-10-05,two,ana', // 5: not a number
        'L5,2026-10-05', // 6: too few cells
        'L6,2026-10-05,1,ana,extra', // 7: too many
        '"L7","2026-10-05",1', // 8: too few, quoted
        'L1,2026-10-06,1,bruno', // 9: duplicate
        '', // blank: not a row
        'L8,2026-10-07,,', // 11
      ].join('\n'),
    );
    const r = await readAll([path], canonical);
    expect(r.leads.map((l) => [l.id, l.origin.row])).toEqual([
      ['L1', 2],
      ['L8', 11],
    ]);
    expect(r.rejections).toEqual([
      { file: 'bad.csv', row: 3, reason: 'missing id (column "id" is empty)' },
      { file: 'bad.csv', row: 4, reason: 'unparseable date "2026-02-30" in column "createdAt" (expected ISO 8601)' },
      { file: 'bad.csv', row: 5, reason: 'unparseable number "two" in column "attempts"' },
      { file: 'bad.csv', row: 6, reason: 'row has 2 cells where the header has 4' },
      { file: 'bad.csv', row: 7, reason: 'row has 5 cells where the header has 4' },
      { file: 'bad.csv', row: 8, reason: 'row has 3 cells where the header has 4' },
      { file: 'bad.csv', row: 9, reason: 'duplicate id "L1" (first seen at row 2)' },
    ]);
    expect(r.rows).toBe(r.leads.length + r.rejections.length);
  });

  it('reads the same leads whatever the chunk size', async () => {
    const lines = ['id,owner,createdAt,notes'];
    for (let i = 0; i < 200; i++) lines.push(`L${i},"Owner, ${i % 7}",2026-10-${String((i % 28) + 1).padStart(2, '0')} 10:00,"line one\nline ""two"""`);
    const path = file('chunks.csv', lines.join('\r\n'));
    const whole = await readAll([path], canonical);
    for (const chunkBytes of [1, 13, 4096]) expect(await readAll([path], canonical, { chunkBytes })).toEqual(whole);
    expect(whole.leads).toHaveLength(200);
    expect(whole.leads[5]?.attributes['notes']).toBe('line one\nline "two"');
  });

  it('fails with a message naming the file when the id column is missing, with a suggestion', async () => {
    await expect(readAll([file('noid.csv', 'Id,owner\nL1,ana\n')], presetMapping('hubspot'))).rejects.toThrow(
      /noid\.csv: no column holds the lead id \(the mapping "hubspot" expects "Record ID"\)/,
    );
    await expect(readAll([file('missing.csv', 'x\n1\n')], canonical)).rejects.toThrow(/no column holds the lead id/);
  });

  it('refuses a header that holds a column the mapping reads twice, instead of reading the first without a word', async () => {
    const twice = 'id,createdAt,mqlAt,owner,mqlAt\nL1,2026-10-02T09:00:00+02:00,,ana,2026-10-02T17:30:00+02:00\n';
    await expect(readAll([file('twice.csv', twice)], canonical)).rejects.toThrow(
      'twice.csv: the header has 2 columns "mqlAt" (columns 3, 5), which the mapping "canonical" reads: which one holds the data is not known; rename or remove all but one',
    );
    // Twice in a column nobody reads is no question: read as before.
    const notes = 'id,createdAt,notes,notes\nL1,2026-10-02T09:00:00+02:00,a,b\n';
    expect((await readAll([file('notes.csv', notes)], canonical)).leads.map((l) => l.id)).toEqual(['L1']);
  });

  it('fails with a message naming the file when it cannot be read', async () => {
    await expect(readAll(['/no/such/leads.csv'], canonical)).rejects.toThrow('cannot read leads.csv: no such file');
  });
});

describe('exports joined by hand (cat september.csv october.csv > both.csv)', () => {
  const canonical = presetMapping('canonical');
  const september = 'id,owner,createdAt\r\nL1,ana,2026-09-05T09:00:00Z\r\nL2,bruno,2026-09-06T09:00:00Z\r\n';
  const october = 'id,owner,createdAt\r\nL3,carla,2026-10-05T09:00:00Z\r\nL4,dan,2026-10-06T09:00:00Z\r\n';

  it('rejects the second header as a repeated header, not as a row with an unparseable date, and reads the rows after it', async () => {
    const path = file('both.csv', september + october);
    for (const chunkBytes of [1 << 20, 1, 7]) {
      const r = await readAll([path], canonical, { chunkBytes });
      expect(r.leads.map((l) => [l.id, l.origin.row])).toEqual([
        ['L1', 2],
        ['L2', 3],
        ['L3', 5],
        ['L4', 6],
      ]);
      expect(r.rejections).toEqual([{ file: 'both.csv', row: 4, reason: REPEATED_HEADER }]);
      expect(r.rows).toBe(5);
    }
    expect(REPEATED_HEADER).toMatch(/^row repeats the header .*: the file looks like several exports joined one after another; delete this line/);
    // Only when every cell is its label: a row that repeats some labels keeps its own reason.
    const some = await readAll([file('some.csv', `${september}id,owner,2026-13-01\nid,owner\n`)], canonical);
    expect(some.rejections.map((x) => [x.row, x.reason])).toEqual([
      [4, 'unparseable date "2026-13-01" in column "createdAt" (expected ISO 8601)'],
      [5, 'row has 2 cells where the header has 3'],
    ]);
  });

  it('with a byte order mark in the middle of the file (two UTF-8 exports with a BOM each), and quoted labels', async () => {
    const quoted = '\ufeff"id","owner","createdAt"\r\nL3,carla,2026-10-05T09:00:00Z\r\n';
    for (const second of ['\ufeff' + october, quoted]) {
      const r = await readAll([file('both.csv', '\ufeff' + september + second)], canonical);
      expect(r.rejections, JSON.stringify(second)).toEqual([{ file: 'both.csv', row: 4, reason: REPEATED_HEADER }]);
      expect(r.leads.map((l) => l.id)).toContain('L3');
    }
  });

  it('also when every cell of the header would read as a value (no date column): no lead "id" comes of it', async () => {
    const r = await readAll([file('text.csv', 'id,owner\nL1,ana\nid,owner\nL2,bruno\n"id","owner"\n\ufeff"id","owner"\n')], canonical);
    expect(r.leads.map((l) => l.id)).toEqual(['L1', 'L2']);
    expect(r.rejections.map((x) => [x.row, x.reason])).toEqual([
      [3, REPEATED_HEADER],
      [5, REPEATED_HEADER],
      [6, REPEATED_HEADER],
    ]);
  });
});

describe('a header that ends in empty columns (id,owner,createdAt,,, from a spreadsheet)', () => {
  const canonical = presetMapping('canonical');
  const header = 'id,owner,createdAt,,,\n';

  it('reads rows padded to its width, empty cells as nothing; a row short of only those columns is rejected saying so', async () => {
    const text =
      header +
      'L1,ana,2026-10-05T09:00:00Z,,,\n' + // 2: padded
      'L2,"bruno, jr",2026-10-05T09:00:00Z,,,\n' + // 3: padded, quoted
      'L3,carla,2026-10-05T09:00:00Z\n' + // 4: no padding
      'L4,"dan",2026-10-05T09:00:00Z,\n' + // 5: some, quoted
      'L5,2026-10-05T09:00:00Z\n' + // 6: a labelled cell missing too
      'id,owner,createdAt,,,\n'; // 7: the header again, empty columns and all
    const r = await readAll([file('ghosts.csv', text)], canonical);
    expect(r.leads.map((l) => [l.id, Object.keys(l.attributes)])).toEqual([
      ['L1', []],
      ['L2', []],
    ]);
    const note =
      ", but every column with a label: the header ends in 3 columns without one (a spreadsheet saved empty columns into it); delete the delimiters after the header's last label";
    expect(r.rejections.map((x) => [x.row, x.reason])).toEqual([
      [4, `row has 3 cells where the header has 6${note}`],
      [5, `row has 4 cells where the header has 6${note}`],
      [6, 'row has 2 cells where the header has 6'],
      [7, REPEATED_HEADER],
    ]);
    const one = await readAll([file('ghost.csv', 'id,owner,\nL1,ana\n')], canonical);
    expect(one.rejections.map((x) => x.reason)).toEqual([
      "row has 2 cells where the header has 3, but every column with a label: the header ends in a column without one (a spreadsheet saved empty columns into it); delete the delimiters after the header's last label",
    ]);
  });
});

describe('a number with a decimal comma read with a mapping whose decimal is "."', () => {
  it('is rejected with the mapping setting that reads it ("1,234" may be thousands: no hint)', async () => {
    const text = 'id;dealAmount\nA;67234,91\nB;1.234,5\nC;1,234\nD;two\n';
    const r = await readAll([file('eu.csv', text)], presetMapping('canonical'));
    const hint = ' (a decimal comma: a mapping file that says numbers: { decimal: "," } reads it, and may extend a preset: extends: hubspot)';
    expect(r.rejections.map((x) => x.reason)).toEqual([
      `unparseable number "67234,91" in column "dealAmount"${hint}`,
      `unparseable number "1.234,5" in column "dealAmount"${hint}`,
      'unparseable number "1,234" in column "dealAmount"',
      'unparseable number "two" in column "dealAmount"',
    ]);
    const comma = parseMapping('eu.yaml', 'apiVersion: revpact/v1\nkind: mapping\nname: eu\nextends: canonical\nnumbers: { decimal: ",", thousands: "." }\n');
    if (!comma.ok) throw new Error('the mapping does not parse');
    expect((await readAll([file('eu.csv', text)], comma.value)).leads.map((l) => l.dealAmount)).toEqual([67234.91, 1234.5, 1.234]);
  });
});

describe('value maps for blank cells (issue 13, item 21)', () => {
  const parsed = parseMapping(
    'blank.mapping.yaml',
    [
      'apiVersion: revpact/v1',
      'kind: mapping',
      'columns:',
      '  Ref: id',
      '  Origin: { field: source, values: { "": "(blank)", web: Website } }',
      '  Segment: { attribute: segment, type: text, values: { " ": unknown } }',
      '  Stage: { field: stage, values: { "": null, MQL: mql }, otherwise: reject }',
      '  Owner: owner',
    ].join('\n'),
  );
  if (!parsed.ok) throw new Error('the mapping is valid');
  const mapping = parsed.value;

  it('gives blank cells (empty, spaces, quoted empty) the value the map names for them, in CSV', async () => {
    const text = ['Ref,Origin,Segment,Stage,Owner', 'A,,,,', 'B,  , ,,Ana', 'C,"","",MQL,', 'D,web,SMB,,', 'E,"x, y",,,'].join('\n') + '\n';
    for (const chunkBytes of [1 << 20, 5]) {
      const r = await readAll([file('blank.csv', text)], mapping, { chunkBytes });
      expect(r.rejections).toEqual([]);
      expect(r.leads.map((l) => [l.id, l.source, l.attributes['segment'], l.stage, l.owner])).toEqual([
        ['A', '(blank)', 'unknown', undefined, undefined],
        ['B', '(blank)', 'unknown', undefined, 'Ana'],
        ['C', '(blank)', 'unknown', 'mql', undefined],
        ['D', 'Website', 'SMB', undefined, undefined],
        ['E', 'x, y', 'unknown', undefined, undefined],
      ]);
    }
  });

  it('and in NDJSON, where a null, an empty string and an absent key are blank', async () => {
    const text = ['{"Ref":"A","Origin":null}', '{"Ref":"B","Origin":""}', '{"Ref":"C"}', '{"Ref":"D","Origin":"web","Segment":"SMB"}'].join('\n');
    const r = await readAll([file('blank.ndjson', text)], mapping);
    expect(r.leads.map((l) => [l.id, l.source, l.attributes['segment']])).toEqual([
      ['A', '(blank)', 'unknown'],
      ['B', '(blank)', 'unknown'],
      ['C', '(blank)', 'unknown'],
      ['D', 'Website', 'SMB'],
    ]);
  });
});

describe('inputs that are not regular files (issue 13, item 10)', () => {
  // mkfifo is POSIX; Windows has no named pipes in the file system.
  const fifo = process.platform === 'win32' ? undefined : join(tmp, 'leads-fifo.csv');
  if (fifo) execFileSync('mkfifo', [fifo]);

  it.skipIf(fifo === undefined)('refuses a FIFO with no writer at once instead of waiting for one forever', async () => {
    const started = performance.now();
    await expect(readAll([fifo as string], presetMapping('canonical'))).rejects.toThrow(
      /^cannot read leads-fifo\.csv: it is a named pipe \(FIFO\), not a file: save the export to a file and name that$/,
    );
    expect(() => checkLeadFile(fifo as string, 'leads.csv')).toThrow(/leads\.csv: it is a named pipe/);
    expect(performance.now() - started).toBeLessThan(5_000); // it used to never return
  });

  it('names a folder and a device for what they are', async () => {
    await expect(readAll([tmp], presetMapping('canonical'))).rejects.toThrow(/: it is a folder, not a file$/);
    if (process.platform !== 'win32') {
      await expect(readAll(['/dev/zero'], presetMapping('canonical'))).rejects.toThrow(/^cannot read zero: it is a device, not a file/);
      expect(() => checkLeadFile('/dev/null', '/dev/null')).toThrow(/device/);
    }
    expect(() => checkLeadFile(join(tmp, 'nothing-here.csv'), 'nothing-here.csv')).toThrow(/^cannot read nothing-here\.csv: no such file$/);
  });
});
