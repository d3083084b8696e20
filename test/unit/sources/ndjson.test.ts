import { describe, expect, it } from 'vitest';
import { compileObjects } from '../../../src/leads/mapping/convert.js';
import { presetMapping, parseMapping, zoneClock } from '../../../src/leads/mapping/index.js';
import { PULL_HEADER_AGAIN, PULL_HEADER_KEY } from '../../../src/leads/sources/index.js';
import { repeatedKeyProblem } from '../../../src/leads/sources/repeated-keys.js';
import { file, iso, readAll } from './helpers.js';

describe('NDJSON lead files', () => {
  it('reads one object per line; a bad line is a rejection with its line number', async () => {
    const lines = [
      '{"id":"L1","createdAt":"2026-10-05T09:00:00Z","mqlAt":1791195600000,"owner":"ana","attempts":2,"country":"ES","tags":["a","b"]}',
      '{"id":"L2","createdAt":"2026-10-06",',
      '',
      '[1,2]',
      '{"id":"","owner":"x"}',
      '{"id":42,"score":"71.5","createdAt":null,"__proto__":{"polluted":true}}',
      '{"id":"L3","attempts":"many"}',
      '{"id":"L1"}',
    ];
    const r = await readAll([file('leads.ndjson', lines.join('\n') + '\n')], presetMapping('canonical'));
    expect(r.leads.map((l) => [l.id, l.origin.row])).toEqual([
      ['L1', 1],
      ['42', 6],
    ]);
    expect(r.leads[0]).toMatchObject({ owner: 'ana', attempts: 2, attributes: { country: 'ES', tags: '["a","b"]' } });
    expect(iso(r.leads[0]?.createdAt)).toBe('2026-10-05T09:00:00.000Z');
    expect(iso(r.leads[0]?.mqlAt)).toBe('2026-10-05T10:20:00.000Z');
    expect(r.leads[1]).toMatchObject({ score: 71.5, createdAt: undefined });
    expect(Object.getPrototypeOf(r.leads[1]?.attributes)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(r.rejections.map((x) => [x.row, x.reason.replace(/^(not (valid JSON|a JSON object)) \(.*\)(: .*)?$/, '$1 (…)')])).toEqual([
      [2, 'not valid JSON (…)'],
      [4, 'not a JSON object (…)'],
      [5, 'missing id ("id" is empty or absent)'],
      [7, 'unparseable number "many" in column "attempts"'],
      [8, 'duplicate id "L1" (first seen at row 1)'],
    ]);
    expect(r.rows).toBe(7);
  });

  it('maps keys like columns', async () => {
    const m = parseMapping(
      'm.yaml',
      'apiVersion: revpact/v1\nkind: mapping\ntimeZone: Europe/Madrid\ncolumns:\n  leadId: id\n  mql: { field: mqlAt, format: dd/MM/yyyy HH:mm }\n  secret: ignore\n',
    );
    if (!m.ok) throw new Error('mapping');
    const r = await readAll([file('x.jsonl', '{"leadId":"A","mql":"05/10/2026 14:03","secret":"s","Annual Revenue":1000}\n')], m.value);
    expect(r.leads[0]).toMatchObject({ id: 'A', attributes: { annualRevenue: 1000 } });
    expect(iso(r.leads[0]?.mqlAt)).toBe('2026-10-05T12:03:00.000Z');
    expect(r.leads[0]?.attributes).not.toHaveProperty('secret');
  });

  it('reads a number in a date field as whole milliseconds from 1973 to the year 9999, and rejects others saying why', async () => {
    const lines = [
      '{"id":"ok","createdAt":1785740400000}',
      '{"id":"seconds","createdAt":1785740400}',
      '{"id":"fraction","createdAt":1785740400000.5}',
      '{"id":"huge","createdAt":1e300}',
      '{"id":"negative","createdAt":-5}',
    ];
    const r = await readAll([file('epoch.ndjson', lines.join('\n') + '\n')], presetMapping('canonical'));
    expect(r.leads.map((l) => [l.id, iso(l.createdAt)])).toEqual([['ok', '2026-08-03T07:00:00.000Z']]);
    expect(r.rejections.map((x) => [x.row, x.reason.replace(/^(unparseable date \S+ in "createdAt"): .* this one (.*); or write .*$/, '$1: $2')])).toEqual([
      [2, 'unparseable date 1785740400 in "createdAt": falls before 1973: if it counts seconds, multiply it by 1000'],
      [3, 'unparseable date 1785740400000.5 in "createdAt": has a fraction of a millisecond'],
      [4, 'unparseable date 1e+300 in "createdAt": falls after the year 9999'],
      [5, 'unparseable date -5 in "createdAt": falls before 1973: if it counts seconds, multiply it by 1000'],
    ]);
    expect(r.rows).toBe(5);
  });

  // Before: "expected ISO 8601", and nothing on the digits being a time since 1970.
  it('says a date written as a string of digits looks like seconds or milliseconds since 1970', async () => {
    const lines = ['{"id":"ms","createdAt":"1785740400000"}', '{"id":"s","createdAt":"1785740400"}', '{"id":"other","createdAt":"12345"}'];
    const r = await readAll([file('digits.ndjson', lines.join('\n') + '\n')], presetMapping('canonical'));
    expect(r.rejections.map((x) => x.reason)).toEqual([
      'unparseable date "1785740400000" in column "createdAt" (expected ISO 8601); it looks like milliseconds since 1970: write it as a JSON number, without quotes',
      'unparseable date "1785740400" in column "createdAt" (expected ISO 8601); it looks like seconds since 1970: write it as a JSON number of milliseconds (× 1000)',
      'unparseable date "12345" in column "createdAt" (expected ISO 8601)',
    ]);
  });

  it('rejects a joined row whose date is a number no date can be, instead of failing the whole read', async () => {
    const m = parseMapping(
      'm.yaml',
      'apiVersion: revpact/v1\nkind: mapping\nextends: canonical\njoin:\n  - name: deals\n    key: lead\n    aggregate:\n      - { field: wonAt, op: min, column: closed }\n',
    );
    if (!m.ok) throw new Error('mapping');
    const leads = file('leads.ndjson', '{"id":"A1","createdAt":"2026-08-03T09:00:00Z"}\n');
    const deals = file('deals.ndjson', '{"lead":"A1","closed":1e300}\n{"lead":"A1","closed":1787000000000}\n');
    const r = await readAll([leads, deals], m.value);
    expect(r.rejections.map((x) => [x.file, x.row, x.reason.slice(0, 40)])).toEqual([['deals.ndjson', 1, 'unparseable date 1e+300 in "closed": a n']]);
    expect(iso(r.leads[0]?.wonAt)).toBe(new Date(1787000000000).toISOString());
    expect(r.rows).toBe(2); // the lead, and the joined row rejected (rows = evaluated + rejected)
  });

  it('says a pull header after line 1 is one (two pull files joined with cat), and reads the records after it', async () => {
    const header = (at: string) => JSON.stringify({ [PULL_HEADER_KEY]: { version: 1, crm: 'hubspot', pulledAt: at } });
    const text = [
      header('2026-12-01T00:00:00Z'),
      '{"id":"L1","createdAt":"2026-10-02T09:00:00Z"}',
      header('2026-12-02T00:00:00Z'),
      '{"id":"L2","createdAt":"2026-10-03T09:00:00Z"}',
      '',
    ].join('\n');
    const r = await readAll([file('two-pulls.ndjson', text)], presetMapping('canonical'));
    expect(r.leads.map((l) => [l.id, l.origin.row])).toEqual([
      ['L1', 2],
      ['L2', 4],
    ]);
    // Before: "missing id ("id" is empty or absent)", which said nothing of what the line was.
    expect(r.rejections).toEqual([{ file: 'two-pulls.ndjson', row: 3, reason: PULL_HEADER_AGAIN }]);
    expect(PULL_HEADER_AGAIN).toMatch(/^a revpact pull header .* after line 1: the file looks like pull files joined one after another; delete this line/);
    // Only an object with that key alone: a record that also has it is a record.
    const record = await readAll([file('key.ndjson', '{"id":"L1"}\n{"#revpact-pull":1,"createdAt":"2026-10-03T09:00:00Z"}\n')], presetMapping('canonical'));
    expect(record.rejections.map((x) => x.reason)).toEqual(['missing id ("id" is empty or absent)']);
  });

  // Before: JSON.parse rounded both ids to 12345678901234567000, so the second lead was
  // rejected as a "duplicate id" of the first, under an id neither has.
  it('rejects an id written as a JSON number longer than JSON keeps exactly, and reads one in quotes', async () => {
    const lines = [
      '{"id":12345678901234567891,"createdAt":"2026-08-03T09:00:00Z"}',
      '{"id":12345678901234567892,"createdAt":"2026-08-03T09:00:00Z"}',
      '{"id":"12345678901234567893","createdAt":"2026-08-03T09:00:00Z"}',
      '{"id":51000010549,"createdAt":"2026-08-03T09:00:00Z"}',
    ];
    const r = await readAll([file('ids.ndjson', lines.join('\n') + '\n')], presetMapping('canonical'));
    expect(r.leads.map((l) => l.id)).toEqual(['12345678901234567893', '51000010549']);
    expect(r.rejections.map((x) => [x.row, x.reason])).toEqual([
      [1, 'number too long to read exactly in "id" (it reads as 12345678901234567000): write it as a JSON string, in quotes'],
      [2, 'number too long to read exactly in "id" (it reads as 12345678901234567000): write it as a JSON string, in quotes'],
    ]);
  });

  it('reads a record whose line starts with a byte order mark (two files joined with cat)', async () => {
    const one = '\ufeff{"id":"A1","createdAt":"2026-08-03T09:00:00Z"}\n';
    const two = '\ufeff{"id":"A2","createdAt":"2026-08-04T09:00:00Z"}\n';
    const r = await readAll([file('cat.ndjson', one + two)], presetMapping('canonical'));
    expect(r.rejections).toEqual([]);
    expect(r.leads.map((l) => [l.id, l.origin.row])).toEqual([
      ['A1', 1],
      ['A2', 2],
    ]);
  });

  // Before: JSON.parse kept the last "mqlAt" without a word, and the lead was measured from
  // a date the record also contradicted.
  it('rejects a record that writes a key twice, naming it, and reads the lines around it', async () => {
    const lines = [
      '{"id":"L-1","mqlAt":"2026-10-01T10:00:00Z","mqlAt":"2026-11-01T10:00:00Z"}',
      '{"id":"L-2","mqlAt":"2026-10-02T10:00:00Z"}',
      '{"id": "L-3", "owner": "ana", "mqlAt": "2026-10-03T10:00:00Z", "owner" : "bruno", "owner": "carla"}',
      '{"id":"L-4","m\\u0071lAt":"2026-10-04T10:00:00Z","mqlAt":"2026-10-05T10:00:00Z"}',
      '{"id":"L-5","tags":[{"a":1,"a":2}],"deal":{"stage":"won","stage":"lost"},"note":"a,","notes":"b"}',
    ];
    const r = await readAll([file('twice.ndjson', lines.join('\n') + '\n')], presetMapping('canonical'));
    expect(r.rejections).toEqual([
      { file: 'twice.ndjson', row: 1, reason: repeatedKeyProblem('mqlAt', 2) },
      { file: 'twice.ndjson', row: 3, reason: repeatedKeyProblem('owner', 3) },
      { file: 'twice.ndjson', row: 4, reason: repeatedKeyProblem('mqlAt', 2) },
    ]);
    expect(r.rejections[0]?.reason).toBe(
      'the key "mqlAt" is written 2 times in this record, and only its last value would be read: write each key once in a record, with the value meant',
    );
    // Keys repeated inside a nested value are that value's own: the record is read.
    expect(r.leads.map((l) => [l.id, l.origin.row])).toEqual([
      ['L-2', 2],
      ['L-5', 5],
    ]);
    expect(r.rows).toBe(5);
  });

  it('rejects a joined record that writes its key twice, instead of folding it into the last key', async () => {
    const m = parseMapping(
      'm.yaml',
      'apiVersion: revpact/v1\nkind: mapping\nextends: canonical\njoin:\n  - name: deals\n    key: lead\n    aggregate:\n      - { field: dealAmount, op: sum, column: amount }\n',
    );
    if (!m.ok) throw new Error('mapping');
    const leads = file('leads.ndjson', '{"id":"A1","createdAt":"2026-08-03T09:00:00Z"}\n{"id":"A2","createdAt":"2026-08-03T09:00:00Z"}\n');
    const deals = file('deals.ndjson', '{"lead":"A1","amount":100,"lead":"A2"}\n{"lead":"A1","amount":50}\n');
    const r = await readAll([leads, deals], m.value);
    expect(r.rejections).toEqual([{ file: 'deals.ndjson', row: 1, reason: repeatedKeyProblem('lead', 2) }]);
    expect(r.leads.map((l) => [l.id, l.dealAmount])).toEqual([
      ['A1', 50],
      ['A2', undefined],
    ]);
  });

  // Before: both joined rows' keys were read as 12345678901234567000, so their deals were
  // summed under a key neither has, and the rejection named that key.
  it('rejects a joined key written as a JSON number longer than JSON keeps exactly', async () => {
    const m = parseMapping(
      'm.yaml',
      'apiVersion: revpact/v1\nkind: mapping\nextends: canonical\njoin:\n  - name: deals\n    key: lead\n    aggregate:\n      - { field: dealAmount, op: sum, column: amount }\n      - { attribute: stage, op: last, column: stage }\n',
    );
    if (!m.ok) throw new Error('mapping');
    const leads = file('leads.ndjson', '{"id":"12345678901234567891","createdAt":"2026-08-03T09:00:00Z"}\n{"id":"7","createdAt":"2026-08-03T09:00:00Z"}\n');
    const deals = file(
      'deals.ndjson',
      [
        '{"lead":12345678901234567891,"amount":100}',
        '{"lead":12345678901234567892,"amount":50}',
        '{"lead":"12345678901234567891","amount":10}',
        '{"lead":7,"amount":1,"stage":90071992547409931}',
        '{"lead":7,"amount":2,"stage":3}',
      ].join('\n') + '\n',
    );
    const r = await readAll([leads, deals], m.value);
    const inexact = (key: string) => `number too long to read exactly in "${key}" (it reads as 12345678901234567000): write it as a JSON string, in quotes`;
    expect(r.rejections).toEqual([
      { file: 'deals.ndjson', row: 1, reason: inexact('lead') },
      { file: 'deals.ndjson', row: 2, reason: inexact('lead') },
      {
        file: 'deals.ndjson',
        row: 4,
        reason: 'number too long to read exactly in "stage" (it reads as 90071992547409940): write it as a JSON string, in quotes',
      },
    ]);
    expect(r.leads.map((l) => [l.id, l.dealAmount, l.attributes['stage']])).toEqual([
      ['12345678901234567891', 10, undefined],
      ['7', 2, '3'],
    ]);
  });

  it('rejects a lead whose key for a join is a JSON number longer than JSON keeps exactly, whatever the mapping reads it as', async () => {
    for (const read of ['{ attribute: account }', '{ attribute: account, type: number }', 'ignore']) {
      const m = parseMapping(
        'm.yaml',
        `apiVersion: revpact/v1\nkind: mapping\nextends: canonical\ncolumns:\n  accountId: ${read}\njoin:\n  - name: deals\n    key: account\n    on: accountId\n    aggregate:\n      - { field: dealAmount, op: sum, column: amount }\n`,
      );
      if (!m.ok) throw new Error(`mapping: ${m.diagnostics.map((d) => d.message).join('; ')}`);
      const leads = file(
        'leads.ndjson',
        [
          '{"id":"A","accountId":12345678901234567891,"createdAt":"2026-08-03T09:00:00Z"}',
          '{"id":"B","accountId":12345678901234567892,"createdAt":"2026-08-03T09:00:00Z"}',
          '{"id":"C","accountId":"12345678901234567891","createdAt":"2026-08-03T09:00:00Z"}',
        ].join('\n') + '\n',
      );
      const deals = file('deals.csv', 'account,amount\n12345678901234567891,100\n12345678901234567000,7\n');
      const r = await readAll([leads, deals], m.value);
      // Before: A and B were both read with the key 12345678901234567000, and both took its deal.
      const inexact = 'number too long to read exactly in "accountId" (it reads as 12345678901234567000): write it as a JSON string, in quotes';
      expect(
        r.rejections.map((x) => [x.file, x.row, x.reason]),
        read,
      ).toEqual([
        ['leads.ndjson', 1, inexact],
        ['leads.ndjson', 2, inexact],
        ['deals.csv', 3, 'no lead has the key "12345678901234567000" (column "account")'],
      ]);
      expect(r.leads.map((l) => [l.id, l.dealAmount])).toEqual([['C', 100]]);
    }
  });

  // An attribute the report reads as text took the rounded number: {"companyId": 12345678901234567891} read as
  // "12345678901234567000", and two companies were one group of a --by breakdown, or both matched a condition.
  it('rejects an attribute the report reads as text or auto written as a JSON number longer than JSON keeps exactly', () => {
    // As the NDJSON line is parsed: the number already rounded.
    const big = JSON.parse('{"id":"A","createdAt":"2026-08-03T09:00:00Z","companyId":12345678901234567891}') as Record<string, unknown>;
    const reason = 'number too long to read exactly in "companyId" (it reads as 12345678901234567000): write it as a JSON string, in quotes';
    const convert = (type: string, attributes: string[] | undefined, record: Record<string, unknown> = big) => {
      const m = parseMapping(
        'm.yaml',
        `apiVersion: revpact/v1\nkind: mapping\nextends: canonical\ncolumns:\n  companyId: { attribute: companyId${type === '' ? '' : `, type: ${type}`} }\n`,
      );
      if (!m.ok) throw new Error(m.diagnostics.map((d) => d.message).join('; '));
      const needs = attributes === undefined ? undefined : { pii: new Set<never>(), attributes: new Set(attributes) };
      return compileObjects(m.value, 'leads.ndjson', zoneClock('UTC'), [], needs).convertObject(record, 2);
    };
    for (const type of ['', 'text', 'auto']) {
      expect(convert(type, ['companyId']), `${type || 'default'}, read`).toBe(reason);
      // Read by whoever reads every attribute (no needs: load, the plain iterator).
      expect(convert(type, undefined), `${type || 'default'}, no needs`).toBe(reason);
      // Not read: nothing is wrong in what the report says, and the lead counts.
      const unread = convert(type, ['country']);
      expect(typeof unread === 'string' ? unread : unread.attributes, `${type || 'default'}, unread`).toEqual({});
      // As a string, or a number JSON keeps exactly, it is read as written.
      const quoted = convert(type, ['companyId'], { ...big, companyId: '12345678901234567891' });
      expect(typeof quoted === 'string' ? quoted : quoted.attributes['companyId']).toBe('12345678901234567891');
      const safe = convert(type, ['companyId'], { ...big, companyId: 9007199254740991 });
      expect(typeof safe === 'string' ? safe : String(safe.attributes['companyId'])).toBe('9007199254740991');
    }
    // A number attribute compares by size, which the rounding does not change.
    const number = convert('number', ['companyId']);
    expect(typeof number === 'string' ? number : number.attributes['companyId']).toBe(big['companyId']);
  });
});
