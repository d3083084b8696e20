/**
 * The direct DuckDB reader (src/sql/duckdb/direct.ts, issue 7) against the streaming source,
 * lead by lead and field by field: DuckDB's CSV reader with the mapping in SQL must give the
 * leads and rejections revpact's own source gives, on cells chosen to be awkward — DST gaps
 * and overlaps, day-first and 12-hour dates, two-digit years, ISO variants, formatted
 * numbers, padded and mapped values, aliases, date-only columns with times.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Lead, SourceItem } from '../../../src/leads/lead.js';
import { REPEATED_HEADER } from '../../../src/leads/mapping/convert.js';
import { parseMapping, presetMapping, withDefaultTimeZone, type Mapping } from '../../../src/leads/mapping/index.js';
import { openLeadSource } from '../../../src/leads/sources/index.js';
import { zoneClock } from '../../../src/shared/zone.js';
import { LEAD_COLUMNS } from '../../../src/sql/ddl.js';
import { formatPattern, loadDirect } from '../../../src/sql/duckdb/direct.js';
import { openDuckDb } from '../../../src/sql/duckdb/runner.js';
import { BUCKET_MS, buckets, localDayRows, utcDayRows, type DayRow } from '../../../src/sql/duckdb/zone-days.js';

const dir = mkdtempSync(join(tmpdir(), 'revpact-direct-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const DAY = 86_400_000;
const shiftOf = (rows: readonly DayRow[], ms: number) => {
  const row = rows.find((r) => r.day === Math.floor(ms / DAY)) as DayRow;
  const within = ms - row.day * DAY;
  return within < row.c1 ? row.s0 : within < row.c2 ? row.s1 : row.s2;
};

describe('zone days', () => {
  it.each([
    // [zone, wall clock, instant]: the gap moves forward by the change; the overlap takes zone.ts's reading.
    ['Europe/Madrid', '2026-03-29T02:30', '2026-03-29T01:30:00.000Z'],
    ['Europe/Madrid', '2026-10-25T02:30', '2026-10-25T01:30:00.000Z'],
    ['America/New_York', '2026-03-08T02:15', '2026-03-08T07:15:00.000Z'],
    // Where DuckDB's ICU takes the later reading (06:30Z): the reason the SQL does not call it.
    ['America/New_York', '2026-11-01T01:30', '2026-11-01T05:30:00.000Z'],
    ['Australia/Lord_Howe', '2026-04-05T01:45', '2026-04-04T15:15:00.000Z'],
  ])('%s %s is %s, as the streaming source reads it', (zone, wall, instant) => {
    const local = Date.parse(`${wall}:00Z`);
    const rows = localDayRows(zone, Math.floor(local / DAY) - 1, Math.floor(local / DAY) + 1) as DayRow[];
    expect(new Date(local - shiftOf(rows, local)).toISOString()).toBe(instant);
    expect(local - shiftOf(rows, local)).toBe(zoneClock(zone).toEpoch(local));
  });

  it('agrees with zone.ts every 7 minutes over the DST changes of several years, by local and by UTC day', () => {
    for (const zone of ['Europe/Madrid', 'America/New_York', 'America/Santiago', 'Asia/Kathmandu']) {
      const first = Date.UTC(2024, 0, 1) / DAY;
      const last = Date.UTC(2027, 11, 31) / DAY;
      const local = localDayRows(zone, first, last) as DayRow[];
      const utc = utcDayRows(zone, first, last) as DayRow[];
      const clock = zoneClock(zone);
      let wrong = 0;
      for (let t = first * DAY; t < last * DAY; t += 7 * 60_000 + 1) {
        if (t - shiftOf(local, t) !== clock.toEpoch(t)) wrong++;
        if (shiftOf(utc, t) !== clock.offsetAt(t) * 60_000) wrong++;
      }
      expect(wrong, zone).toBe(0);
    }
  });
});

describe('zone steps per bucket (what the SQL looks up)', () => {
  it('give the day rows’ shift at every instant, changes inside a bucket included', () => {
    for (const zone of ['Europe/Madrid', 'America/New_York', 'Australia/Lord_Howe']) {
      const first = Date.UTC(2020, 0, 1) / DAY;
      const last = Date.UTC(2029, 11, 31) / DAY;
      const rows = localDayRows(zone, first, last) as DayRow[];
      const b = buckets(rows);
      if (!b) throw new Error('more than two changes in a bucket');
      const clock = zoneClock(zone);
      let wrong = 0;
      for (let t = first * DAY + BUCKET_MS; t < last * DAY - BUCKET_MS; t += 11 * 60_000 + 7) {
        const i = Math.floor(t / BUCKET_MS) - b.base;
        const shift = t < (b.a1[i] as number) ? b.v0[i] : t < (b.a2[i] as number) ? b.v1[i] : b.v2[i];
        if (t - (shift as number) !== clock.toEpoch(t)) wrong++;
      }
      expect(wrong, zone).toBe(0);
    }
  });
});

describe('date formats as regular expressions', () => {
  it('reads formats of numeric tokens, and leaves the others to luxon (a fallback)', () => {
    expect(formatPattern('dd/MM/yyyy HH:mm')?.regex).toBe('^(\\d{1,2})/(\\d{1,2})/(\\d{4})[ \\t\\x{00a0}]+(\\d{1,2}):(\\d{1,2})$');
    expect(formatPattern('M/d/yyyy h:mm a')?.timed).toBe(true);
    expect(formatPattern('dd/MM/yyyy')?.timed).toBe(false);
    expect(formatPattern("yyyy-MM-dd'T'HH:mm")).toBeDefined();
    expect(formatPattern('d MMM yyyy')).toBeUndefined(); // month names
    expect(formatPattern('ddMMyyyy')).toBeUndefined(); // JavaScript reads digits greedily; a regex would backtrack
    expect(formatPattern('d/M/y')).toBeUndefined(); // years of up to six digits
    expect(formatPattern('yyyy-MM')).toBeUndefined(); // no day
  });
});

/** The leads of the streaming source and of DuckDB's direct read, as comparable rows. */
async function both(text: string, mapping: Mapping, name = 'leads.csv') {
  const path = join(dir, name);
  writeFileSync(path, text);
  const items: SourceItem[] = [];
  for await (const item of openLeadSource([{ path, display: name }], mapping).items) items.push(item);
  const streaming = {
    leads: items.filter((i): i is { kind: 'lead'; lead: Lead } => i.kind === 'lead').map((i) => canonical(i.lead)),
    rejections: items.flatMap((i) => (i.kind === 'rejected' ? [i.rejection] : [])),
  };
  const runner = await openDuckDb({ threads: 2 });
  try {
    const pii = new Set(['email', 'name', 'phone'] as const);
    const loaded = await loadDirect(runner, [{ path, display: name }], mapping, { table: 'leads', needs: { pii, attributes: NEEDED } });
    if (!loaded.ok) throw new Error(`fell back: ${loaded.reason}`);
    const rows = await runner.all('SELECT * FROM leads ORDER BY origin_row');
    const rejections = await runner.all('SELECT * FROM leads_rejections');
    // Each attribute's own column holds what the report would read from the JSON (PlanOptions.attributeColumns).
    const texts: Record<string, unknown>[] = [];
    for (const [attribute, column] of loaded.attributes) {
      const path = `'/${attribute.replace(/'/g, "''")}'`;
      for (const r of await runner.all(`SELECT origin_row, json_extract_string(attributes, ${path}) AS json, "${column}" AS text FROM leads`))
        texts.push({ attribute, ...r });
    }
    return {
      streaming,
      duckdb: {
        leads: rows.map(fromRow),
        rejections: rejections.map((r) => ({ file: r['file'], row: r['row'], reason: r['reason'] })),
        attributes: [...loaded.attributes.keys()],
        texts,
      },
    };
  } finally {
    await runner.close();
  }
}

/** The attributes the tests ask for (DuckDB keeps only those a report reads; the others are only checked). */
const NEEDED = new Set(['employees', 'vip', 'visited', 'region', 'code', 'leadStatus']);

function canonical(l: Lead): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const c of LEAD_COLUMNS) {
    const v = c.field === 'origin.file' ? l.origin.file : c.field === 'origin.row' ? l.origin.row : (l as unknown as Record<string, unknown>)[c.field];
    // Through JSON, as every SQL engine stores attributes (-0 is 0 there, and in a breakdown's key).
    const attributes = JSON.parse(JSON.stringify(Object.fromEntries(Object.entries(l.attributes).filter(([k]) => NEEDED.has(k))))) as Record<string, unknown>;
    out[c.name] = c.field === 'attributes' ? (Object.keys(attributes).length > 0 ? sortKeys(attributes) : null) : (v ?? null);
  }
  return out;
}

function fromRow(r: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const c of LEAD_COLUMNS) {
    const v = r[c.name];
    out[c.name] = c.field === 'attributes' ? (v === null ? null : sortKeys(JSON.parse(v as string) as Record<string, unknown>)) : (v ?? null);
  }
  return out;
}

function sortKeys(o: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1)));
}

describe('DuckDB reading an export directly', () => {
  const mapping = (zone: string) => {
    const r = parseMapping(
      'custom.yaml',
      [
        'apiVersion: revpact/v1',
        'kind: mapping',
        `timeZone: ${zone}`,
        'dates: { format: [dd/MM/yyyy HH:mm, dd/MM/yyyy, "M/d/yy h:mm a", "d.M.yyyy H:mm:ss.SSS"] }',
        'numbers: { decimal: ",", thousands: "." }',
        'csv: { delimiter: auto, footer: auto }',
        'columns:',
        '  Ref: id',
        '  Alta: createdAt',
        '  Creado: createdAt',
        '  Estado: { field: stage, values: { Nuevo: lead, MQL: mql, " SQL ": sql, Baja: null }, otherwise: reject }',
        '  Origen: { field: source, values: { web: Website }, otherwise: empty }',
        '  Cierre: { field: wonAt, dateOnly: true }',
        '  Intentos: attempts',
        '  Importe: dealAmount',
        '  Empleados: { attribute: employees, type: number }',
        '  VIP: { attribute: vip, type: boolean }',
        '  Visita: { attribute: visited, type: date, dateOnly: true }',
        '  Nombre: name',
        '  Apellido: name',
        '  Correo: email',
      ].join('\n'),
    );
    if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
    return r.value;
  };
  const header = 'Ref;Alta;Creado;Estado;Origen;Cierre;Intentos;Importe;Empleados;VIP;Visita;Nombre;Apellido;Correo;Región;Code';
  const rows = [
    'A1;29/03/2026 02:30;;Nuevo;web;25/10/2026 02:30;3;1.234,5;1.200;yes;25/10/2026 23:30;Ana;Puig;a@x.es;Norte;007',
    'A2;25/10/2026 02:30;01/01/2026 10:00;MQL;WEB;2026-10-25T22:30:00-03:00;0;€ 12;40;NO;2026-10-25;Bruno;;;Sur;12',
    'A3;;25/10/2026 03:00;" SQL ";Evento;2026-10-25;;-15,5;;1;;;Costa;;" 1,5 ";true',
    'A4;11/1/26 1:30 PM;;sql;;;; USD 40 ;;;;Zoë;;;;-0',
    'A5;1.11.2026 1:30:00.123;;Baja;;;12;1.000.000;;;;;;;;1e5',
    'A6;2026-11-01t01:30:00,999;;;;;;;;;;;;;;',
    'A7;2026-11-01 01:30+0530;;;;;;;;;;;;;;',
    'A8;2024-02-29;;;;;;;;;;;;;;',
    'B1;2025-02-29;;;;;;;;;;;;;;',
    'B2;0099-01-01;;;;;;;;;;;;;;',
    'B3;01/01/2026 10:00;;Perdido;;;;;;;;;;;;',
    'B4;01/01/2026 10:00;;;;;tres;;;;;;;;;',
    'B5;01/01/2026 10:00;;;;;;1,2,3;;;;;;;;',
    'B6;01/01/2026 10:00;;;;;;;;quizá;;;;;;',
    ';01/01/2026 10:00;;;;;;;;;;;;;;',
    'A1;01/01/2026 10:00;;;;;;;;;;;;;;',
    'B7;01/01/2026 10:00',
    'B8;01/01/2026 10:00;;;;;;;;;;;;;;;;',
    '"C;1";"01/01/2026\n10:00";;;;;;;;;;"Ana ""la"" Puig";;;;',
    '\u00a0C2\ufeff;  01/01/2026 10:00 ;;;;;;;;;;;;;;',
    // Trimmed at either end, one end or neither: control characters, a tab, NBSP; an em space (U+2003) is not trimmed.
    'C3\t;\u0001 01/01/2026 10:00\u00a0;;;\t ;;;;;;;Ana\u2003;\u2003Puig;x@y.es\u0007;;',
    ' C4;01/01/2026 10:00;;;Web ;;\t3;;;;;An a;\u00a0;;;',
    // Numbers a JSON reader writes back in its own way: beyond 1e15, and small fractions.
    'C5;01/01/2026 10:00;;;;;;;12.345.678.901.234.567.890;;;;;;;0,000001',
    'C6;01/01/2026 10:00;;;;;;;0,1;;;;;;;-123456789012345,25',
  ];
  it.each(['Europe/Madrid', 'America/New_York'])('gives the streaming source’s leads and rejections, field by field (%s)', async (zone) => {
    const { streaming, duckdb } = await both('\ufeff' + [header, ...rows].join('\r\n') + '\r\n\r\nTotal: 22\r\n', mapping(zone));
    expect(duckdb.rejections).toEqual(streaming.rejections);
    expect(duckdb.leads).toEqual(streaming.leads);
    expect(duckdb.attributes.sort()).toEqual(['code', 'employees', 'region', 'vip', 'visited']);
    expect(duckdb.texts.filter((t) => t['json'] !== t['text'])).toEqual([]);
    expect(duckdb.texts.filter((t) => t['text'] !== null).length).toBeGreaterThanOrEqual(15);
    expect(streaming.rejections.length).toBeGreaterThanOrEqual(9);
    expect(streaming.leads.length).toBeGreaterThanOrEqual(9);
  });

  it('reads the presets’ own layouts: a Salesforce report with its footer', async () => {
    const sf = withDefaultTimeZone(presetMapping('salesforce'), 'America/New_York');
    const text = [
      '"Lead ID","Lead Owner","Create Date","MQL Date","Converted Date","Lead Status","No. of Employees"',
      '"00Q1","Ana","10/5/2026 2:03 PM","3/8/2026 2:30 AM","11/1/2026","Open","1,200"',
      '"00Q2","Bruno","11/1/2026 1:30 AM","","11/1/2026 1:30 AM","Closed",""',
      '"00Q3","","13/5/2026 2:03 PM","","","",""',
      '',
      '"Grand Totals (3 records)"',
      '"Confidential Information - Do Not Distribute"',
      '"Copyright (c) 2000-2026 salesforce.com, inc. All rights reserved."',
    ].join('\n');
    const { streaming, duckdb } = await both(text, sf, 'sf.csv');
    expect(duckdb.rejections).toEqual(streaming.rejections);
    expect(duckdb.leads).toEqual(streaming.leads);
    expect(streaming.leads.length).toBe(2);
  });
});

describe('a second export joined after the first (cat a.csv b.csv), its header in another order', () => {
  const canonical = presetMapping('canonical');
  const first = 'id,owner,createdAt,mqlAt,firstTouchAt\nL1,ana,2026-10-01T09:00:00Z,2026-10-01T10:00:00Z,2026-10-01T10:30:00Z\n';
  // The second export has mqlAt and firstTouchAt the other way round: read in the first header's order, each lead's two dates would swap.
  const second = 'id,owner,createdAt,firstTouchAt,mqlAt\nL2,bruno,2026-10-02T09:00:00Z,2026-10-02T12:00:00Z,2026-10-02T10:00:00Z\n';

  async function streamingRead(path: string, mapping: Mapping) {
    const items: SourceItem[] = [];
    for await (const item of openLeadSource([{ path, display: 'both.csv' }], mapping).items) items.push(item);
    return items;
  }

  async function directRead(path: string, mapping: Mapping) {
    const runner = await openDuckDb({ threads: 2 });
    try {
      const loaded = await loadDirect(runner, [{ path, display: 'both.csv' }], mapping, { table: 'leads', needs: { pii: new Set(), attributes: new Set() } });
      const tables = await runner.all(`SELECT table_name FROM duckdb_tables() WHERE table_name LIKE 'revpact%' ORDER BY 1`);
      const rejections = loaded.ok ? await runner.all('SELECT "row", reason FROM leads_rejections') : [];
      return { loaded, tables: tables.map((t) => t['table_name']), rejections };
    } finally {
      await runner.close();
    }
  }

  it('stops the streaming source at that header, saying where and how the columns differ; DuckDB leaves the file to it', async () => {
    const path = join(dir, 'other-order.csv');
    writeFileSync(path, first + second);
    await expect(streamingRead(path, canonical)).rejects.toThrow(
      `both.csv: row 3 is the header of another export, with other columns (column 4 is "firstTouchAt" here and "mqlAt" in the first header): the file joins exports one after another, and the rows after this one would be read into the wrong fields; export the leads again as one file, or give the second export the first one's columns in the same order and delete this line`,
    );
    const direct = await directRead(path, canonical);
    expect(direct.loaded).toEqual({ ok: false, reason: '' });
    expect(direct.tables).toEqual([]);
  });

  it('also when the second export has a column more, or fewer, or its labels padded and quoted', async () => {
    const cases: [string, string][] = [
      ['id,owner,createdAt,mqlAt,firstTouchAt,source\n', 'it has 6 columns where the first header has 5'],
      ['id,owner,createdAt,mqlAt\n', 'it has 4 columns where the first header has 5'],
      ['" id ","owner","createdAt","firstTouchAt","mqlAt"\n', 'column 4 is "firstTouchAt" here and "mqlAt" in the first header'],
      ['owner,id,createdAt,mqlAt,firstTouchAt\n', 'column 1 is "owner" here and "id" in the first header'],
    ];
    for (const [label, difference] of cases) {
      const path = join(dir, 'other-columns.csv');
      writeFileSync(path, first + label + 'L3,carla,2026-10-03T09:00:00Z,,\n');
      for (const chunkBytes of [1, 7, 1 << 16]) {
        const items: SourceItem[] = [];
        const read = async () => {
          for await (const item of openLeadSource([{ path, display: 'both.csv' }], canonical, { chunkBytes }).items) items.push(item);
        };
        await expect(read(), label).rejects.toThrow(`both.csv: row 3 is the header of another export, with other columns (${difference})`);
      }
      expect((await directRead(path, canonical)).loaded, label).toEqual({ ok: false, reason: '' });
    }
  });

  it('reads on, in both readers alike, a header repeated as it was, and a row whose id is a label but whose other cells are data', async () => {
    const path = join(dir, 'not-another.csv');
    const text = first + 'id,owner,createdAt,mqlAt,firstTouchAt\n' + 'owner,ana,2026-10-04T09:00:00Z,,\n' + 'L4,owner,createdAt,2026-10-04T10:00:00Z,\n';
    writeFileSync(path, text);
    const items = await streamingRead(path, canonical);
    const rejections = items.flatMap((i) => (i.kind === 'rejected' ? [[i.rejection.row, i.rejection.reason]] : []));
    expect(rejections).toEqual([
      [3, REPEATED_HEADER],
      [5, 'unparseable date "createdAt" in column "createdAt" (expected ISO 8601)'],
    ]);
    expect(items.flatMap((i) => (i.kind === 'lead' ? [i.lead.id] : []))).toEqual(['L1', 'owner']);
    const direct = await directRead(path, canonical);
    expect(direct.loaded.ok).toBe(true);
    expect(direct.rejections.map((r) => [r['row'], r['reason']])).toEqual(rejections);
  });
});

describe('deal amounts of 10^18 or more (digits run together): rejected alike, read directly', () => {
  it('rejects them in both readers with the same reason, and reads the amounts below', async () => {
    const nines = '9'.repeat(308);
    const text = [
      'id,createdAt,dealAmount',
      `A,2026-10-02T09:00:00Z,${nines}`,
      'B,2026-10-02T09:00:00Z,1000000000000000000',
      'C,2026-10-02T09:00:00Z,123456789012345680',
      'D,2026-10-02T09:00:00Z,1500.5',
      '',
    ].join('\n');
    const { streaming, duckdb } = await both(text, presetMapping('canonical'), 'amounts.csv');
    expect(duckdb.rejections).toEqual(streaming.rejections);
    expect(duckdb.leads).toEqual(streaming.leads);
    expect(streaming.rejections.map((r) => [r.row, r.reason])).toEqual([
      [2, `deal amount too large "${'9'.repeat(57)}…" in column "dealAmount" (a deal is worth less than 10^18: digits run together, or the wrong column)`],
      [3, 'deal amount too large "1000000000000000000" in column "dealAmount" (a deal is worth less than 10^18: digits run together, or the wrong column)'],
    ]);
    expect(streaming.leads.map((l) => l['deal_amount'])).toEqual([123456789012345680, 1500.5]);
  });
});
