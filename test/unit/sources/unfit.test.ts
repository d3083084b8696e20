/**
 * Input that does not fit is said, never reported as "no data" (issue 13, item 14): an
 * export whose header gives none of the dates the rules measure, an export of another CRM
 * than the mapping's, a workbook, an archive, UTF-16 without a byte order mark, binary.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import type { Lead, LeadNeeds } from '../../../src/leads/lead.js';
import { presetMapping, type Mapping } from '../../../src/leads/mapping/index.js';
import { openLeadSource, sniffFile } from '../../../src/leads/sources/index.js';
import { file } from './helpers.js';

/** What a report on SLAs from MQL to first touch tells the source it reads. */
const needs: LeadNeeds = { pii: new Set(), attributes: new Set(), fields: new Set(['id', 'mqlAt', 'firstTouchAt', 'owner']) };

/** The leads of a file read as the engine reads it (in batches, told what it needs), or the error's message. */
async function read(path: string, mapping: Mapping, with_: LeadNeeds | null = needs): Promise<Lead[] | string> {
  const display = path.split('/').pop()?.replace(/^\d+-/, '') ?? path;
  const { items } = openLeadSource([{ path, display }], mapping);
  const leads: Lead[] = [];
  try {
    if (with_ === null) {
      for await (const item of items) if (item.kind === 'lead') leads.push(item.lead);
    } else {
      for await (const batch of items.batches?.(with_) ?? []) for (const item of batch) if (item.kind === 'lead') leads.push(item.lead);
    }
  } catch (e) {
    return `${(e as Error).name}: ${(e as Error).message}`;
  }
  return leads;
}

const canonical = presetMapping('canonical');

describe('the canonical layout in snake_case', () => {
  it('reads mql_at, first_touch_at, deal_amount... as the fields they name', async () => {
    const path = file(
      'snake.csv',
      'id,created_at,mql_at,first_touch_at,deal_amount,rejection_reason,region\nL1,2026-10-01T09:00:00Z,2026-10-02T09:00:00Z,2026-10-02T10:30:00Z,1200,,north\n',
    );
    const leads = await read(path, canonical);
    expect(leads).toMatchObject([
      {
        id: 'L1',
        createdAt: Date.parse('2026-10-01T09:00:00Z'),
        mqlAt: Date.parse('2026-10-02T09:00:00Z'),
        firstTouchAt: Date.parse('2026-10-02T10:30:00Z'),
        dealAmount: 1200,
        attributes: {},
      },
    ]);
    // Not attributes any more: what is not a field still is one.
    expect((await read(path, canonical, null)) as Lead[]).toMatchObject([{ attributes: { region: 'north' } }]);
  });
});

describe('a header that gives none of the dates the rules measure', () => {
  it('is refused, naming the fields, the labels the mapping reads them from, and the header', async () => {
    const path = file('leads.csv', 'id,MQL Date,First Touch,owner\nL1,2026-10-02T09:00:00Z,2026-10-02T10:30:00Z,ana\n');
    expect(await read(path, canonical)).toBe(
      'SourceError: leads.csv: no column gives mqlAt, firstTouchAt, the dates the contract\'s rules measure, so every figure would be "no data" ' +
        '(the mapping "canonical" reads mqlAt from "mqlAt" or "mql_at"; firstTouchAt from "firstTouchAt" (did you mean "First Touch"?) or "first_touch_at" (did you mean "First Touch"?); the header has "id", "MQL Date", "First Touch", "owner"); ' +
        'map those columns in a mapping file (columns: { "MQL Date": mqlAt }), or pass the --mapping the export needs',
    );
  });

  it('suggests the header label a mapping label is close to', async () => {
    const path = file('leads.csv', 'id,mqlat_,firstTouch\nL1,2026-10-02T09:00:00Z,2026-10-02T10:30:00Z\n');
    expect(await read(path, canonical)).toMatch(
      /reads mqlAt from "mqlAt" \(did you mean "mqlat_"\?\) or "mql_at" \(did you mean "mqlat_"\?\); firstTouchAt from "firstTouchAt" \(did you mean "firstTouch"\?\)/,
    );
  });

  it('is read when one of them has a column (a sparse export), and when the rules read no date', async () => {
    expect(await read(file('some.csv', 'id,mqlAt\nL1,2026-10-02T09:00:00Z\n'), canonical)).toHaveLength(1);
    expect(
      await read(file('ids.csv', 'id,owner\nL1,ana\n'), canonical, { pii: new Set(), attributes: new Set(), fields: new Set(['id', 'owner']) }),
    ).toHaveLength(1);
  });
});

describe('an export of another CRM than the mapping reads', () => {
  const hubspot =
    'Record ID,First Name,Last Name,Email,Create Date,Lifecycle Stage,Contact owner,Became a Marketing Qualified Lead Date\n101,Ana,Puig,a@x.io,2026-10-01 09:00,lead,Bruno,\n';
  const salesforce =
    '"Lead ID","First Name","Last Name","Lead Source","Lead Owner","Create Date","MQL Date"\n"00Q1","Ana","Puig","Web","Bruno","10/1/2026 9:00 AM",""\n';

  it('is named, with the mapping to use', async () => {
    expect(await read(file('contacts.csv', hubspot), canonical)).toMatch(
      /^SourceError: contacts\.csv: no column holds the lead id .*; looks like a HubSpot export: use --mapping hubspot$/,
    );
    expect(await read(file('report.csv', salesforce), canonical)).toMatch(/; looks like a Salesforce export: use --mapping salesforce$/);
    expect(await read(file('contacts.csv', hubspot), presetMapping('salesforce'))).toMatch(/; looks like a HubSpot export: use --mapping hubspot$/);
    expect(await read(file('report.csv', salesforce), presetMapping('hubspot'))).toMatch(/; looks like a Salesforce export: use --mapping salesforce$/);
    // A canonical file read with a CRM's mapping (a contract's metadata.mapping, say).
    expect(await read(file('leads.csv', 'id,mqlAt\nL1,2026-10-02T09:00:00Z\n'), presetMapping('hubspot'))).toMatch(
      /^SourceError: leads\.csv: no column holds the lead id \(the mapping "hubspot" expects "Record ID"\); looks like the canonical layout: use --mapping canonical$/,
    );
    expect(await read(file('other.csv', 'id,Region\nL1,x\n'), presetMapping('hubspot'))).toMatch(/is this the right export, and the right --mapping\?$/);
    // Read with its own mapping, it is read.
    expect(await read(file('contacts.csv', hubspot), presetMapping('hubspot'))).toHaveLength(1);
  });
});

describe('files that are not text', () => {
  const text = 'id,mqlAt\nL1,2026-10-02T09:00:00Z\n';
  const cases: [string, Uint8Array, RegExp][] = [
    [
      'leads.xlsx',
      Buffer.concat([Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0]), Buffer.alloc(200, 1)]),
      /leads\.xlsx is an Excel workbook \(\.xlsx\) or another zip archive, not CSV: open it and save or export it as CSV \(UTF-8\)$/,
    ],
    ['leads.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), /leads\.xls is an Excel 97-2003 workbook/],
    ['leads.csv.gz', gzipSync(text), /leads\.csv\.gz is compressed with gzip: decompress it first/],
    ['utf16.csv', Buffer.from(text, 'utf16le'), /utf16\.csv looks like UTF-16 text without a byte order mark .*csv: \{ encoding: utf-16le \}$/],
    [
      'utf16be.csv',
      Buffer.from(text, 'utf16le').swap16(),
      /utf16be\.csv looks like UTF-16 text without a byte order mark \(every other byte is zero\): save it as CSV \(UTF-8\)$/,
    ],
    [
      'photo.csv',
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 0]),
      /photo\.csv is a binary file, not CSV or NDJSON text/,
    ],
  ];

  it.each(cases)('%s is named for what it is', async (name, bytes, message) => {
    expect(await read(file(name, bytes), canonical)).toMatch(message);
  });

  it('while UTF-16 with its byte order mark, declared UTF-16, and text with a stray control character are read', async () => {
    expect(await read(file('bom.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])), canonical)).toHaveLength(1);
    const declared: Mapping = { ...canonical, csv: { ...canonical.csv, encoding: 'utf-16le' } };
    expect(await read(file('declared.csv', Buffer.from(text, 'utf16le')), declared)).toHaveLength(1);
    expect(await read(file('bell.csv', `id,mqlAt,notes\nL1,2026-10-02T09:00:00Z,ring\u0007\n`), canonical)).toHaveLength(1);
    // A stray NUL in a cell near the top: it was "a binary file", though one further down was read.
    expect(await read(file('nul.csv', `id,mqlAt,notes\nL1,2026-10-02T09:00:00Z,a\u0000b\n`), canonical)).toHaveLength(1);
    expect(sniffFile(Buffer.from(text), 'utf-8')).toBeUndefined();
  });
});

describe('blank lines where the header should be', () => {
  const rows = 'id,mqlAt\r\nL1,2026-10-02T09:00:00Z\r\n';
  it('above the header: named, with the row the header is on (it was "no column holds the lead id")', async () => {
    expect(await read(file('above.csv', `\ufeff\r\n\r\n${rows}`), canonical)).toBe(
      'SourceError: above.csv: row 1 is blank, and the header is on row 3: remove the blank lines above the header, or read the file with a mapping that says csv: { headerRow: 3 } (it may extend a preset: extends: hubspot)',
    );
    // As the message says: with the header's row given, the file is read.
    expect(await read(file('above.csv', `\r\n\r\n${rows}`), { ...canonical, csv: { ...canonical.csv, headerRow: 3 } })).toHaveLength(1);
  });

  it('and nothing else: a file of blank lines is said to be one', async () => {
    for (const text of ['\n', '\r\n\r\n', '\ufeff\r\n', 'sep=;\n\n'])
      expect(await read(file('blank.csv', text), canonical), JSON.stringify(text)).toBe(
        'SourceError: blank.csv has only blank lines, no header: there is nothing to measure; is it the right file, or was the export filtered to no leads?',
      );
  });
});
