import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { REPEATED_HEADER } from '../../../src/leads/mapping/convert.js';
import { parseMapping, type Mapping } from '../../../src/leads/mapping/index.js';
import { openLeadSource, SourceError } from '../../../src/leads/sources/index.js';
import { file, iso, readAll } from './helpers.js';

const dir = fileURLToPath(new URL('../../fixtures/exports/', import.meta.url));

function acme(): Mapping {
  const r = parseMapping('acme.mapping.yaml', readFileSync(dir + 'acme.mapping.yaml', 'utf8'));
  if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
  return r.value;
}

describe('a two-file export joined on a key (leads + deals), day-first dates', () => {
  it('reads every lead with its aggregated deals, and lists every bad row', async () => {
    const r = await readAll([dir + 'acme-leads.csv', dir + 'acme-deals.csv'], acme());
    const byId = new Map(r.leads.map((l) => [l.id, l]));
    expect([...byId.keys()]).toEqual(['A-001', 'A-002', 'A-003', 'A-004', 'A-005', 'A-007']);

    // Day-first local times in Europe/Madrid (+02:00 until 25 October, +01:00 after).
    const a1 = byId.get('A-001');
    expect(a1).toMatchObject({
      stage: 'sql',
      owner: 'Ana Souza',
      source: 'Webinar',
      attempts: 3,
      email: 'ana.puig@acme.example',
      name: 'Ana Puig',
      origin: { file: 'acme-leads.csv', row: 2 },
    });
    expect(iso(a1?.createdAt)).toBe('2026-10-02T07:00:00.000Z');
    expect(iso(a1?.mqlAt)).toBe('2026-10-02T15:30:00.000Z');
    expect(iso(a1?.firstTouchAt)).toBe('2026-10-05T07:30:00.000Z');
    expect(iso(byId.get('A-007')?.createdAt)).toBe('2026-10-26T08:15:00.000Z');
    // Deals: two won (12.500,00 + 2.500,50), one lost; the earliest won close date is a date.
    expect(a1?.dealAmount).toBe(15000.5);
    expect(iso(a1?.wonAt)).toBe('2026-11-14T23:00:00.000Z');
    expect(a1?.dateOnly).toEqual(['wonAt']);
    expect(a1?.attributes).toEqual({ company: 'Acme Ibérica', country: 'España', employees: 120, deals: 3, lastDealStage: 'Perdida' });

    // A quoted ";" and a quoted line break (in an ignored column); "1.250" with a decimal comma.
    expect(byId.get('A-002')).toMatchObject({
      dealAmount: undefined,
      wonAt: undefined,
      attributes: { company: 'Smith; Jones & Co', employees: 1250, deals: 1, lastDealStage: 'Abierta' },
    });
    // A value map (Rechazado → disqualified) and a date-only column.
    expect(byId.get('A-003')).toMatchObject({ stage: 'disqualified', rejectionReason: 'bad-fit', dateOnly: ['rejectedAt'], attributes: { deals: 0 } });
    expect(iso(byId.get('A-003')?.rejectedAt)).toBe('2026-10-14T22:00:00.000Z');
    // A date-only MQL; of its two deals one has an impossible date and is left out (and listed).
    const a4 = byId.get('A-004');
    expect(iso(a4?.mqlAt)).toBe('2026-10-20T22:00:00.000Z');
    expect(a4).toMatchObject({ dealAmount: 3000, dateOnly: ['mqlAt', 'wonAt'], attributes: { deals: 1 } });
    // "mql" matches the value map ignoring case; an ISO cell with an offset among day-first ones.
    expect(byId.get('A-005')?.stage).toBe('mql');
    expect(iso(byId.get('A-005')?.firstTouchAt)).toBe('2026-10-20T14:30:00.000Z');
    expect(byId.get('A-007')?.attributes['company']).toBe('Café "Niño"');

    expect(r.rejections).toEqual([
      { file: 'acme-deals.csv', row: 7, reason: 'missing key (column "Lead" is empty)' },
      {
        file: 'acme-deals.csv',
        row: 8,
        reason: 'unparseable date "31/09/2026" in column "Fecha cierre" (expected dd/MM/yyyy HH:mm or dd/MM/yyyy or ISO 8601)',
      },
      { file: 'acme-leads.csv', row: 7, reason: 'unparseable date "31/02/2026 10:00" in column "Alta" (expected dd/MM/yyyy HH:mm or dd/MM/yyyy or ISO 8601)' },
      { file: 'acme-leads.csv', row: 8, reason: 'missing id (column "Ref" is empty)' },
      { file: 'acme-leads.csv', row: 9, reason: 'duplicate id "A-002" (first seen at row 3)' },
      { file: 'acme-deals.csv', row: 6, reason: 'no lead has the key "A-009" (column "Lead")' },
    ]);
    expect(r.rows).toBe(r.leads.length + r.rejections.length);
  });

  it('matches keys and where-values in NFC, whichever form each file wrote ("Peñalver" as ñ or as n + U+0303)', async () => {
    const nfd = (t: string) => t.normalize('NFD');
    const [header] = readFileSync(dir + 'acme-leads.csv', 'utf8').split('\n');
    const leads = file('nfc-leads.csv', [header, 'Peñalver-1;01/10/2026 09:00;MQL;01/10/2026 10:00;;;Ana Souza;Webinar;;;;;;;;', ''].join('\n'));
    const deals = file(
      'nfc-deals.csv',
      [
        'Oportunidad;Lead;Importe;Etapa;Fecha cierre',
        `O-1;${nfd('Peñalver-1')};1.000,00;Ganada;20/11/2026`,
        `O-2;Peñalver-1;500,00;${nfd('Ganó')};21/11/2026`,
        '',
      ].join('\n'),
    );
    const mapping = acme();
    const joins = mapping.joins.map((j) => ({
      ...j,
      aggregate: j.aggregate.map((a) => (a.where?.in ? { ...a, where: { ...a.where, in: ['Ganada', nfd('Ganó')] } } : a)),
    }));
    const r = await readAll([leads, deals], { ...mapping, joins });
    expect(r.rejections).toEqual([]);
    expect(r.leads.map((l) => [l.id, l.dealAmount, l.attributes['deals'], l.attributes['lastDealStage']])).toEqual([['Peñalver-1', 1500, 2, 'Ganó']]);
  });

  // Before: "no lead has the key "a-1"" and nothing on the lead "A-1" the deal was meant for.
  it('names a lead whose key differs from an unmatched one only in case or spaces, and still does not join them', async () => {
    const [header] = readFileSync(dir + 'acme-leads.csv', 'utf8').split('\n');
    const leads = file('near-leads.csv', [header, 'A-1;01/10/2026 09:00;MQL;01/10/2026 10:00;;;Ana Souza;Webinar;;;;;;;;', ''].join('\n'));
    const deals = file(
      'near-deals.csv',
      ['Oportunidad;Lead;Importe;Etapa;Fecha cierre', 'O-1;a-1;1.000,00;Ganada;20/11/2026', 'O-2;Z-9;5,00;Ganada;20/11/2026', ''].join('\n'),
    );
    const r = await readAll([leads, deals], acme());
    expect(r.rejections.map((x) => x.reason)).toEqual([
      'no lead has the key "a-1" (column "Lead"); the lead "A-1" differs from it only in case or spaces',
      'no lead has the key "Z-9" (column "Lead")',
    ]);
    expect(r.leads.map((l) => [l.id, l.dealAmount ?? null])).toEqual([['A-1', null]]);
  });

  it('ignores deals of other leads when told to', async () => {
    const mapping = acme();
    const joins = mapping.joins.map((j) => ({ ...j, unmatched: 'ignore' as const }));
    const r = await readAll([dir + 'acme-leads.csv', dir + 'acme-deals.csv'], { ...mapping, joins });
    expect(r.rejections.map((x) => `${x.file}:${x.row}`)).not.toContain('acme-deals.csv:6');
  });

  it('says a repeated header in the joined file as such (it counted as a deal of a lead "Lead"), and stops at another export\'s header', async () => {
    const [header = '', ...rows] = readFileSync(dir + 'acme-deals.csv', 'utf8')
      .trimEnd()
      .split('\n');
    const repeated = file('deals-cat.csv', [header, ...rows.slice(0, 2), header, ...rows.slice(2), ''].join('\n'));
    const r = await readAll([dir + 'acme-leads.csv', repeated], acme());
    expect(r.rejections.filter((x) => x.file === 'deals-cat.csv' && x.row === 4)).toEqual([{ file: 'deals-cat.csv', row: 4, reason: REPEATED_HEADER }]);
    // Before: the label was a key no lead has, its row rejected for that.
    expect(r.rejections.map((x) => x.reason)).not.toContain('no lead has the key "Lead" (column "Lead")');
    const alone = await readAll([dir + 'acme-leads.csv', dir + 'acme-deals.csv'], acme());
    expect(r.leads).toEqual(alone.leads.map((l) => ({ ...l })));

    // The second export with Importe and Fecha cierre in another order: its amounts would have been read from the dates.
    const labels = header.split(';');
    const swap = (line: string) => {
      const c = line.split(';');
      return [c[0], c[1], c[4], c[3], c[2]].join(';');
    };
    const other = file('deals-other.csv', [header, ...rows.slice(0, 2), swap(header), ...rows.slice(2).map(swap), ''].join('\n'));
    await expect(readAll([dir + 'acme-leads.csv', other], acme())).rejects.toThrow(
      `deals-other.csv: row 4 is the header of another export, with other columns (column 3 is "${labels[4] ?? ''}" here and "${labels[2] ?? ''}" in the first header)`,
    );
  });

  it("rejects a deal row whose amount is 10^18 or more: summed, it made the lead's deal amount infinite", async () => {
    const [header = '', ...rows] = readFileSync(dir + 'acme-deals.csv', 'utf8')
      .trimEnd()
      .split('\n');
    const huge = `O-9;A-001;${'9'.repeat(310)};Ganada;20/11/2026`;
    const r = await readAll([dir + 'acme-leads.csv', file('deals-huge.csv', [header, huge, ...rows, ''].join('\n'))], acme());
    expect(r.rejections.filter((x) => x.file === 'deals-huge.csv' && x.row === 2).map((x) => x.reason)).toEqual([
      `deal amount too large "${'9'.repeat(57)}…" in column "Importe" (a deal is worth less than 10^18: digits run together, or the wrong column)`,
    ]);
    expect(r.leads.find((l) => l.id === 'A-001')?.dealAmount).toBe(15000.5);
  });

  it('needs one file per join, in order', () => {
    expect(() => openLeadSource([{ path: dir + 'acme-leads.csv', display: 'acme-leads.csv' }], acme())).toThrow(SourceError);
    expect(() => openLeadSource([{ path: dir + 'acme-leads.csv', display: 'acme-leads.csv' }], acme())).toThrow(
      'the mapping "acme-crm" reads 2 files: the leads file, then deals; 1 was given',
    );
  });

  it('names a missing join column with a suggestion', async () => {
    const mapping = acme();
    const joins = mapping.joins.map((j) => ({ ...j, key: 'Leed' }));
    await expect(readAll([dir + 'acme-leads.csv', dir + 'acme-deals.csv'], { ...mapping, joins })).rejects.toThrow(
      'acme-deals.csv: the header has no column "Leed" (did you mean "Lead"?), which the join "deals" of the mapping names',
    );
  });
});
