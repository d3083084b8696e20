/**
 * Quoting (no injection from contract values or table names) and the canonical table's
 * DDL: one column per canonical lead field, accepted by DuckDB as written.
 */
import { describe, expect, it } from 'vitest';
import { NUMBER_FIELDS, PII_FIELDS, TEXT_FIELDS, TIMESTAMP_FIELDS } from '../../../src/leads/lead.js';
import { canonicalDdl, columnOf, LEAD_COLUMNS, leadsTableDdl, rejectionsTable, snakeCase } from '../../../src/sql/ddl.js';
import { openDuckDb } from '../../../src/sql/duckdb/runner.js';
import { ident, literal, num, str, tableName } from '../../../src/sql/quote.js';

describe('quoting', () => {
  it('doubles quotes inside identifiers and text literals, and refuses NUL', () => {
    expect(ident('a"b')).toBe('"a""b"');
    expect(str("O'Brien'); DROP TABLE leads; --")).toBe("'O''Brien''); DROP TABLE leads; --'");
    expect(() => str('a\0b')).toThrow(/NUL/);
    expect(tableName('crm.leads')).toBe('"crm"."leads"');
    expect(tableName('we"ird')).toBe('"we""ird"');
    expect(() => tableName('a..b')).toThrow(/not a table name/);
  });

  it('writes numbers as JavaScript holds them: integers plain, the rest as a double', () => {
    expect(num(42)).toBe('42');
    expect(num(-3)).toBe('(-3)');
    expect(num(0.1)).toBe("CAST('0.1' AS DOUBLE PRECISION)");
    expect(num(1e21)).toBe("CAST('1e+21' AS DOUBLE PRECISION)");
    expect(() => num(Number.NaN)).toThrow(/not finite/);
    expect(literal(true)).toBe('TRUE');
  });

  it('reads literals back as the same values in DuckDB', async () => {
    const db = await openDuckDb({ threads: 1 });
    try {
      const [row] = await db.all(
        `SELECT ${str("it's")} AS s, ${num(0.1)} AS d, ${num(-3)} AS i, ${num(1767258000000)} AS ms, ${ident('we"ird')} FROM (SELECT 1 AS ${ident('we"ird')})`,
      );
      expect(row).toEqual({ s: "it's", d: 0.1, i: -3, ms: 1767258000000, 'we"ird': 1 });
    } finally {
      await db.close();
    }
  });
});

describe('the canonical leads table', () => {
  it('has one snake_case column per canonical field, plus date_only, attributes and the origin', () => {
    const fields = [...TEXT_FIELDS, ...NUMBER_FIELDS, ...TIMESTAMP_FIELDS, ...PII_FIELDS];
    for (const f of fields) expect(columnOf(f)).toBe(snakeCase(f));
    expect(LEAD_COLUMNS.map((c) => c.name)).toEqual(expect.arrayContaining(['id', 'first_touch_at', 'date_only', 'attributes', 'origin_file', 'origin_row']));
    expect(LEAD_COLUMNS).toHaveLength(fields.length + 4);
    expect(rejectionsTable('crm.leads')).toBe('crm.leads_rejections');
  });

  it('is valid DDL in DuckDB, per dialect types', async () => {
    expect(leadsTableDdl('postgres')).toContain('"attributes" jsonb');
    expect(leadsTableDdl('duckdb')).toContain('"attributes" JSON');
    expect(leadsTableDdl('postgres', 'crm.leads')).toContain('CREATE TABLE "crm"."leads" (');
    const db = await openDuckDb({ threads: 1 });
    try {
      await db.exec(canonicalDdl('duckdb', 'leads'));
      const cols = await db.all(`SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'leads' ORDER BY ordinal_position`);
      expect(cols.map((c) => c['column_name'])).toEqual(LEAD_COLUMNS.map((c) => c.name));
      expect(cols.find((c) => c['column_name'] === 'mql_at')?.['data_type']).toBe('TIMESTAMP WITH TIME ZONE');
      expect(cols.find((c) => c['column_name'] === 'date_only')?.['data_type']).toBe('VARCHAR[]');
    } finally {
      await db.close();
    }
  });
});
