/**
 * Contract conditions as SQL (src/sql/condition.ts) against the streaming engine's
 * compileCondition, lead by lead, in DuckDB: every operator on text, numbers, numeric
 * text, blanks, timestamps (days in the contract's zone and instants), and connectives.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RuleCondition } from '../../../src/compiler/ir.js';
import { compileCondition } from '../../../src/engine/condition.js';
import type { Lead } from '../../../src/leads/lead.js';
import { conditionSql, type FieldResolver } from '../../../src/sql/condition.js';
import { dialectOf } from '../../../src/sql/dialect.js';
import { num, str } from '../../../src/sql/quote.js';
import { openDuckDb, type DuckDbRunner } from '../../../src/sql/duckdb/runner.js';

const TZ = 'Europe/Madrid';
const at = (iso: string) => Date.parse(iso);

const leads: Lead[] = [
  {
    id: 'a',
    owner: 'Ana Souza',
    source: 'Webinar',
    score: 70,
    createdAt: at('2026-10-01T22:30:00Z'),
    attributes: { country: 'Spain', employees: 250, vip: true, code: '007' },
    origin: { file: 'f', row: 2 },
  },
  {
    id: 'b',
    owner: '  ana souza ',
    source: '',
    score: 65,
    createdAt: at('2026-10-02T10:00:00Z'),
    attributes: { country: 'spain ', employees: '1,000', code: '7' },
    origin: { file: 'f', row: 3 },
  },
  {
    id: 'c',
    owner: 'Bruno',
    score: 64.5,
    createdAt: at('2026-09-30T21:59:59Z'),
    attributes: { country: 'Portugal', employees: ' 40 ', vip: false },
    origin: { file: 'f', row: 4 },
  },
  { id: 'd', attributes: { country: '   ', employees: 'abc' }, origin: { file: 'f', row: 5 } },
  { id: "e'; DROP TABLE x; --", owner: 'Zoë', source: 'Paid Social', attributes: { country: 'Österreich', employees: -3.5e2 }, origin: { file: 'f', row: 6 } },
];

const conditions: RuleCondition[] = [
  { field: 'owner', op: 'eq', value: 'ana souza' },
  { field: 'owner', op: 'ne', value: 'Ana Souza' },
  { field: 'source', op: 'missing' },
  { field: 'source', op: 'exists' },
  { field: 'country', op: 'in', value: ['Spain', 'Portugal'] },
  { field: 'country', op: 'not-in', value: ['Spain'] },
  { field: 'country', op: 'contains', value: 'ÖSTER' },
  { field: 'country', op: 'starts-with', value: 'sp' },
  { field: 'employees', op: 'gte', value: 100 },
  { field: 'employees', op: 'lt', value: '50' },
  { field: 'employees', op: 'gt', value: 'abb' },
  { field: 'code', op: 'eq', value: 7 },
  { field: 'code', op: 'eq', value: '007' },
  { field: 'vip', op: 'eq', value: true },
  { field: 'vip', op: 'ne', value: 'true' },
  { field: 'score', op: 'gt', value: 64.5 },
  { field: 'score', op: 'in', value: [70, '65'] },
  { field: 'score', op: 'lte', value: 'sixty' },
  { field: 'createdAt', op: 'eq', value: '2026-10-01' },
  { field: 'createdAt', op: 'gt', value: '2026-10-01' },
  { field: 'createdAt', op: 'lte', value: '2026-10-01' },
  { field: 'createdAt', op: 'gte', value: '2026-10-02T12:00:00+02:00' },
  { field: 'createdAt', op: 'in', value: ['2026-09-30', 'not a date'] },
  { field: 'createdAt', op: 'ne', value: 'garbage' },
  { field: 'createdAt', op: 'contains', value: '2026' },
  { field: 'id', op: 'contains', value: "'" },
  { all: [{ field: 'owner', op: 'exists' }, { not: { field: 'country', op: 'eq', value: 'portugal' } }] },
  {
    any: [
      { field: 'source', op: 'eq', value: 'webinar' },
      { field: 'employees', op: 'gt', value: 500 },
    ],
  },
  { all: [] },
  { any: [] },
];

const ATTRS = ['country', 'employees', 'code', 'vip'];
const field: FieldResolver = (f) => {
  if (f === 'createdAt') return { kind: 'instant', expr: 'created_at' };
  if (f === 'score') return { kind: 'number', expr: 'score' };
  if (['id', 'owner', 'source'].includes(f)) return { kind: 'text', expr: f === 'id' ? 'id' : f };
  return { kind: 'text', expr: `attr_${ATTRS.indexOf(f)}` };
};

let db: DuckDbRunner;
beforeAll(async () => {
  db = await openDuckDb({ threads: 1 });
  const d = dialectOf('duckdb');
  const rows = leads.map((l, i) => {
    const attrs = ATTRS.map((a) => `${d.attribute(`CAST(${str(JSON.stringify(l.attributes))} AS JSON)`, a)} AS attr_${ATTRS.indexOf(a)}`);
    return `SELECT ${i} AS i, ${str(l.id)} AS id, ${l.owner === undefined ? 'NULL' : str(l.owner)} AS owner, ${l.source === undefined ? 'NULL' : str(l.source)} AS source, ${l.score === undefined ? 'CAST(NULL AS DOUBLE)' : num(l.score)} AS score, ${l.createdAt === undefined ? 'CAST(NULL AS BIGINT)' : num(l.createdAt)} AS created_at, ${attrs.join(', ')}`;
  });
  await db.exec(`CREATE TABLE l AS ${rows.join(' UNION ALL ')}`);
});
afterAll(() => db.close());

describe('conditionSql', () => {
  it.each(conditions.map((c) => [JSON.stringify(c), c] as const))('%s holds for the same leads as the engine', async (_, c) => {
    const sql = conditionSql(c, dialectOf('duckdb'), field, TZ);
    const rows = await db.all(`SELECT i, ${sql} AS hit FROM l ORDER BY i`);
    const engine = compileCondition(c, TZ);
    expect(rows.map((r) => r['hit'])).toEqual(leads.map((l) => engine(l)));
  });
});
