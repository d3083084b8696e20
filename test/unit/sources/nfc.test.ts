import { describe, expect, it } from 'vitest';
import { presetMapping } from '../../../src/leads/mapping/index.js';
import { file, readAll } from './helpers.js';

const nfd = (t: string) => t.normalize('NFD');

describe('text cells are read in NFC on every path of the source', () => {
  it('a plain line, a quoted line, a line with a quote over two lines, and an NDJSON object', async () => {
    const csv = file(
      'leads.csv',
      [
        'id,owner,source,mqlAt',
        `A1,${nfd('José Pérez')},${nfd('Reunión')},2026-10-05T10:00:00Z`,
        `A2,"${nfd('Pérez, José')}",web,2026-10-05T10:00:00Z`,
        `A3,"${nfd('João')}\nSilva",web,2026-10-05T10:00:00Z`,
        `${nfd('Ñ1')},x,web,2026-10-05T10:00:00Z`,
        `Ñ1,y,web,2026-10-05T10:00:00Z`,
        '',
      ].join('\n'),
    );
    const r = await readAll([csv], presetMapping('canonical'));
    expect(r.leads.map((l) => [l.id, l.owner, l.source])).toEqual([
      ['A1', 'José Pérez', 'Reunión'],
      ['A2', 'Pérez, José', 'web'],
      ['A3', 'João\nSilva', 'web'],
      ['Ñ1', 'x', 'web'],
    ]);
    // The composed and the decomposed id are one id: the second is a repeat.
    expect(r.rejections.map((x) => x.reason)).toEqual(['duplicate id "Ñ1" (first seen at row 5)']);
    for (const l of r.leads) for (const v of [l.id, l.owner, l.source]) expect(v === undefined || v === v.normalize('NFC')).toBe(true);

    const ndjson = file('leads.ndjson', JSON.stringify({ id: nfd('É1'), owner: nfd('Íñigo'), mqlAt: '2026-10-05T10:00:00Z', region: nfd('Aragón') }) + '\n');
    const n = await readAll([ndjson], presetMapping('canonical'));
    expect(n.leads.map((l) => [l.id, l.owner, l.attributes['region']])).toEqual([['É1', 'Íñigo', 'Aragón']]);
    expect(n.leads[0]?.owner).not.toBe(nfd('Íñigo'));
  });
});
