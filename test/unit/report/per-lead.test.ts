import { describe, expect, it } from 'vitest';
import { createPerLeadWriter, csvText } from '../../../src/report/per-lead.js';
import type { PerLeadRow } from '../../../src/engine/types.js';
import { HOSTILE } from './fixtures.js';

function collect(rows: PerLeadRow[]): { chunks: string[]; csv: string } {
  const chunks: string[] = [];
  const w = createPerLeadWriter((c) => chunks.push(c));
  for (const r of rows) w.row(r);
  w.end();
  return { chunks, csv: chunks.join('') };
}

/** An RFC 4180 reader: CRLF records, quoted fields with doubled quotes and embedded line breaks. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let field = '';
  let record: string[] = [];
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
        continue;
      }
      if (c === '"') quoted = false;
      else field += c;
      i++;
      continue;
    }
    if (c === '"' && field === '') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else if (c === '"' || c === '\r' || c === '\n') throw new Error(`bare ${JSON.stringify(c)} at ${i}`);
    else field += c;
    i++;
  }
  if (quoted) throw new Error('unterminated quote');
  if (field !== '' || record.length > 0) throw new Error('last record without CRLF');
  return records;
}

const row = (over: Partial<PerLeadRow> = {}): PerLeadRow => ({
  leadId: '51234987001',
  ruleId: 'first-touch',
  verdict: 'breached',
  elapsedMinutes: 2710,
  dueAt: '2026-10-02T10:15:00+02:00',
  owner: 'Marta Puig',
  ...over,
});

describe('per-lead CSV', () => {
  it('writes the header and one CRLF-terminated row per lead and rule', () => {
    const { csv } = collect([
      row(),
      row({ leadId: '51234990412', verdict: 'pending', elapsedMinutes: null, dueAt: null, owner: null }),
      row({ ruleId: 'accept-or-reject', verdict: 'met', elapsedMinutes: 59.5 }),
    ]);
    expect(csv).toBe(
      [
        'lead_id,rule_id,verdict,elapsed_minutes,due_at,owner',
        '51234987001,first-touch,breached,2710,2026-10-02T10:15:00+02:00,Marta Puig',
        '51234990412,first-touch,pending,,,',
        '51234987001,accept-or-reject,met,59.5,2026-10-02T10:15:00+02:00,Marta Puig',
        '',
      ].join('\r\n'),
    );
  });

  it('writes only the header when there are no rows', () => {
    expect(collect([]).csv).toBe('lead_id,rule_id,verdict,elapsed_minutes,due_at,owner\r\n');
  });

  it('never writes minutes in exponent notation', () => {
    const { csv } = collect([row({ elapsedMinutes: 1e-7 }), row({ elapsedMinutes: 0.333333 }), row({ elapsedMinutes: 1234567.891 })]);
    expect(
      parseCsv(csv)
        .slice(1)
        .map((r) => r[3]),
    ).toEqual(['0', '0.33', '1234567.89']);
  });

  it('quotes per RFC 4180 and defuses formulas, and a CSV reader gets the values back', () => {
    const hostile = [HOSTILE.formula, '+1-555-0100', '-5', '@SUM(A1:A9)', '\tTab', '\rCR', 'a,b', 'say "hi"', 'two\nlines', HOSTILE.script, HOSTILE.everyone];
    const rows = hostile.map((s) => row({ leadId: s, owner: s }));
    const parsed = parseCsv(collect(rows).csv);
    expect(parsed[0]).toEqual(['lead_id', 'rule_id', 'verdict', 'elapsed_minutes', 'due_at', 'owner']);
    const expected = hostile.map((s) => (/^[=+\-@\t\r]/.test(s) ? `'${s}` : s));
    expect(parsed.slice(1).map((r) => r[0])).toEqual(expected);
    expect(parsed.slice(1).map((r) => r[5])).toEqual(expected);
    for (const r of parsed) expect(r).toHaveLength(6);
    expect(csvText(HOSTILE.formula)).toBe("'=cmd|' /C calc'!A0");
    expect(csvText('a,b')).toBe('"a,b"');
    expect(csvText('=1,2')).toBe('"\'=1,2"');
    expect(csvText('\r=x')).toBe('"\'\r=x"');
  });

  it('hands text over in chunks of about 64 KB, whatever the number of rows', () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => row({ leadId: `L${String(i).padStart(8, '0')}` }));
    const { chunks, csv } = collect(rows);
    expect(chunks.length).toBeGreaterThan(5);
    for (const c of chunks.slice(0, -1)) {
      expect(c.length).toBeGreaterThanOrEqual(64 * 1024);
      expect(c.length).toBeLessThan(64 * 1024 + 200);
      expect(c.endsWith('\r\n')).toBe(true);
    }
    expect(parseCsv(csv)).toHaveLength(20_001);
  });

  it('writes nothing until a chunk fills or the writer ends, and refuses rows after the end', () => {
    const chunks: string[] = [];
    const w = createPerLeadWriter((c) => chunks.push(c));
    w.row(row());
    expect(chunks).toEqual([]);
    w.end();
    expect(chunks).toHaveLength(1);
    w.end();
    expect(chunks).toHaveLength(1);
    expect(() => w.row(row())).toThrow(/after end/);
  });
});
