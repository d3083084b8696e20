import { describe, expect, it } from 'vitest';
import { parseMapping, type Mapping } from '../../../src/leads/mapping/index.js';
import { IdTable } from '../../../src/leads/sources/index.js';
import { GROUP } from '../../../src/leads/sources/ids.js';
import { file, readAll } from './helpers.js';

function mapping(yaml: string): Mapping {
  const r = parseMapping('m.yaml', `apiVersion: revpact/v1\nkind: mapping\n${yaml}`);
  if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
  return r.value;
}

describe('CSV layout options', () => {
  it('starts at headerRow and skips a fixed number of footer rows, counting neither', async () => {
    const m = mapping('extends: canonical\ncsv: { headerRow: 3, footer: 2 }\n');
    const text = 'Lead report\nexported 2026-10-31\nid,owner\nL1,ana\nL2,"bruno\nsecond line"\nL3,carla\nTotal: 3\n"Generated, by revpact"\n';
    const r = await readAll([file('report.csv', text)], m);
    expect(r.leads.map((l) => [l.id, l.origin.row])).toEqual([
      ['L1', 4],
      ['L2', 5],
      ['L3', 6],
    ]);
    expect(r.rows).toBe(3);
    expect(r.rejections).toEqual([]);
  });

  it('reads Windows-1252 files when told', async () => {
    const m = mapping('extends: canonical\ncsv: { encoding: windows-1252 }\n');
    const bytes = Buffer.concat([
      Buffer.from('id,owner\nL1,Jos'),
      Buffer.from([0xe9]),
      Buffer.from(' M'),
      Buffer.from([0xfc]),
      Buffer.from('ller \x80\n', 'latin1'),
    ]);
    const r = await readAll([file('cp1252.csv', bytes)], m);
    expect(r.leads[0]?.owner).toBe('José Müller €');
  });

  it('refuses a Windows-1252 file read as UTF-8, naming the byte and both ways out (it read "Jos� N��ez" without a word)', async () => {
    const bytes = Buffer.concat([Buffer.from('id,owner\nL1,ana\nL2,Jos'), Buffer.from([0xe9]), Buffer.from(' Nu\n')]);
    await expect(readAll([file('excel.csv', bytes)], mapping('extends: canonical\n'))).rejects.toThrow(
      'excel.csv is not UTF-8 text: byte 22 (in ",owner L1,ana L2,Jos\u00e9 Nu ") is not a UTF-8 character',
    );
    await expect(readAll([file('excel.csv', bytes)], mapping('extends: canonical\n'))).rejects.toThrow('csv: { encoding: windows-1252 }');
  });

  it('reads UTF-8 whose characters are cut by the end of a chunk, and a byte order mark', async () => {
    // Each of these characters takes 2, 3 or 4 bytes: at every chunk size some are cut in two.
    const owner = 'Núñez – 東京 🙂'.repeat(40);
    const text = `\ufeffid,owner\n${Array.from({ length: 50 }, (_, i) => `L${i},${owner}`).join('\n')}\n`;
    for (const chunkBytes of [1 << 20, 7, 5, 3]) {
      const r = await readAll([file('utf8.csv', text)], mapping('extends: canonical\n'), { chunkBytes });
      expect(r.leads, `chunks of ${chunkBytes}`).toHaveLength(50);
      expect(r.leads.every((l) => l.owner === owner)).toBe(true);
    }
    // And a bad byte past the first chunk is found, at its place in the file.
    const bad = Buffer.concat([Buffer.from(text), Buffer.from('L50,Jos'), Buffer.from([0xe9]), Buffer.from('\n')]);
    await expect(readAll([file('late.csv', bad)], mapping('extends: canonical\n'), { chunkBytes: 7 })).rejects.toThrow(
      `late.csv is not UTF-8 text: byte ${(Buffer.byteLength(text) + 7).toLocaleString('en-US')} `,
    );
  });

  it('rejects values outside a value map when told, naming what it expected', async () => {
    const m = mapping(
      'columns:\n  id: id\n  stage: { field: stage, values: { New: lead, MQL: mql }, otherwise: reject }\n  seg: { attribute: segment, values: { "N/A": null } }\n',
    );
    const r = await readAll([file('v.csv', 'id,stage,seg\nL1,mql,N/A\nL2,Won,x\n')], m);
    expect(r.leads).toMatchObject([{ id: 'L1', stage: 'mql', attributes: {} }]);
    expect(r.rejections).toEqual([{ file: 'v.csv', row: 3, reason: 'unexpected value "Won" in column "stage" (expected one of New, MQL)' }]);
  });

  it('names attributes from unmapped columns, and never sets a prototype', async () => {
    const m = mapping('columns: { ID: id }\n');
    const r = await readAll([file('a.csv', 'ID,Annual Revenue,Country/Region,__proto__,Postal Code,Active\nL1,1000,ES,x,08001,true\n')], m);
    expect(r.leads[0]?.attributes).toEqual({ annualRevenue: 1000, countryRegion: 'ES', proto: 'x', postalCode: '08001', active: true });
  });

  it('reports a column the mapping names that the header lacks, with a suggestion', async () => {
    const m = mapping('columns: { ID: id, Created Date: createdAt }\n');
    await expect(readAll([file('c.csv', 'ID,Create Date\nL1,2026-10-05\n')], m)).rejects.toThrow(
      'c.csv: the header has no column "Created Date" (did you mean "Create Date"?), which the mapping "m" names',
    );
  });
});

describe('IdTable', () => {
  it('tells new ids from seen ones, with the first row, across growth', () => {
    const t = new IdTable();
    for (let i = 0; i < 100_000; i++) expect(t.add(`00Q5g0000${i.toString(36).padStart(6, '0')}`, i + 2)).toBe(0);
    expect(t.size).toBe(100_000);
    expect(t.add('00Q5g0000000000', 999_999)).toBe(2);
    expect(t.add(`00Q5g0000${(99_999).toString(36).padStart(6, '0')}`, 5)).toBe(100_001);
    expect(t.add('', 7)).toBe(0);
  });

  it('answers the same with room reserved up front, before or after the first ids', () => {
    const early = new IdTable();
    early.reserve(50_000);
    const late = new IdTable();
    for (let i = 0; i < 1000; i++) late.add(`L${i}`, i + 2);
    late.reserve(50_000);
    for (let i = 0; i < 1000; i++) early.add(`L${i}`, i + 2);
    for (let i = 0; i < 60_000; i++) {
      const id = `L${(i * 7919) % 70_000}`;
      expect(early.add(id, i + 5000)).toBe(late.add(id, i + 5000));
    }
    expect(early.size).toBe(late.size);
  });

  it('hands over its slots: every id once, with its lanes and first row, and is empty afterwards', () => {
    const t = new IdTable();
    const ids = Array.from({ length: 20_000 }, (_, i) => `L${i}`);
    ids.forEach((id, i) => t.add(id, i + 2));
    t.add('L7', 99_999); // a repeat keeps the first row
    const { cells, count } = t.release();
    expect(count).toBe(20_000);
    const held = new Map<string, number>();
    for (let j = 0; j < cells.length; j += 3) if (cells[j + 2] !== 0) held.set(`${cells[j]}:${cells[j + 1]}`, cells[j + 2] as number);
    expect(held.size).toBe(20_000);
    ids.forEach((id, i) => expect(held.get(IdTable.lanes(id).join(':'))).toBe(i + 2));
    expect(t.size).toBe(0);
    expect(t.add('L7', 5)).toBe(0);
  });

  it('answers a group of ids as one by one, duplicates within the group included', () => {
    const single = new IdTable();
    const grouped = new IdTable();
    const ids = Array.from({ length: 5000 }, (_, i) => `L${(i * 7919) % 3000}`);
    const firsts = new Int32Array(GROUP);
    for (let at = 0; at < ids.length; at += GROUP) {
      const group = ids.slice(at, at + GROUP);
      const rows = group.map((_, k) => at + k + 2);
      grouped.addAll(group, rows, group.length, firsts);
      group.forEach((id, k) => expect(firsts[k]).toBe(single.add(id, rows[k] as number)));
    }
    expect(grouped.size).toBe(single.size);
  });
});
