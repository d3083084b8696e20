/**
 * `compile --format sql`: the SQL of the example contract for one period, per dialect, as
 * reviewed golden files (test/golden/sql/); and the DuckDB script run as it is on a golden
 * case's leads gives the verdicts the streaming engine gives.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContract } from '../../../src/contract/index.js';
import { normalize } from '../../../src/compiler/normalize.js';
import type { RulesIR } from '../../../src/compiler/ir.js';
import { evaluate } from '../../../src/engine/evaluate.js';
import { presetMapping, withDefaultTimeZone } from '../../../src/leads/mapping/index.js';
import { parsePeriod, type Period } from '../../../src/engine/period.js';
import { openLeadSource } from '../../../src/leads/sources/index.js';
import type { PerLeadRow } from '../../../src/engine/types.js';
import { loadLeads } from '../../../src/sql/duckdb/load.js';
import { openDuckDb, type DuckDbRunner } from '../../../src/sql/duckdb/runner.js';
import { sqlScript } from '../../../src/sql/script.js';
import { REPO_ROOT } from '../../helpers/paths.js';

function rulesOf(file: string): RulesIR {
  const r = checkContract(file, readFileSync(join(REPO_ROOT, file)));
  if (!r.ok) throw new Error(`${file} is invalid`);
  return normalize(r.value.contract, { compilerVersion: '0.0.0-golden' });
}

function periodOf(label: string, zone: string): Period {
  const p = parsePeriod({ period: label }, zone);
  if (!p.ok) throw new Error(p.message);
  return p.value;
}

describe('the SQL of contracts/b2b-saas.yaml for 2026-10', () => {
  const rules = rulesOf('contracts/b2b-saas.yaml');
  const period = periodOf('2026-10', rules.contract.timezone);
  const asOfMs = Date.parse('2026-11-02T09:00:00+01:00');
  it.each(['duckdb', 'postgres'] as const)('%s (golden)', async (dialect) => {
    const sql = sqlScript(rules, { dialect, table: 'leads', period, asOfMs, compilerVersion: '0.0.0-golden' });
    await expect(sql).toMatchFileSnapshot(join('..', '..', 'golden', 'sql', `b2b-saas.2026-10.${dialect}.sql`));
  });

  it('inlines contract values as quoted literals and quotes the table name', () => {
    const sql = sqlScript(rules, { dialect: 'postgres', table: 'crm."odd" name', period, asOfMs, compilerVersion: 'x' });
    expect(sql).toContain('FROM "crm"."""odd"" name" AS l');
    expect(sql).toContain(`'Europe/Madrid'`);
  });

  it('is the same bytes for the same input', () => {
    const a = sqlScript(rules, { dialect: 'duckdb', table: 'leads', period, asOfMs, compilerVersion: 'x' });
    expect(sqlScript(rules, { dialect: 'duckdb', table: 'leads', period, asOfMs, compilerVersion: 'x' })).toBe(a);
  });
});

describe('the DuckDB script, run as printed, on the first-touch-madrid golden case', () => {
  const dir = join(REPO_ROOT, 'test', 'golden', 'first-touch-madrid');
  const rules = rulesOf('test/golden/first-touch-madrid/contract.yaml');
  const expected = JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as { run: { period: string; asOf: string } };
  const period = periodOf(expected.run.period, rules.contract.timezone);
  const asOfMs = Date.parse(expected.run.asOf);
  const source = () =>
    openLeadSource(
      [{ path: join(dir, 'leads.csv'), display: 'leads.csv' }],
      withDefaultTimeZone(presetMapping(rules.contract.mapping === 'hubspot' ? 'hubspot' : 'canonical'), rules.contract.timezone),
    );
  let db: DuckDbRunner;
  beforeAll(async () => {
    db = await openDuckDb({ threads: 1 });
    await loadLeads(db, source().items, { pii: new Set(), attributes: new Set(['country', 'segment', 'employees']) }, { as: 'table' });
  });
  afterAll(() => db.close());

  it('gives every lead the streaming engine’s verdict, elapsed minutes and due instant', async () => {
    await db.exec(sqlScript(rules, { dialect: 'duckdb', table: 'leads', period, asOfMs, compilerVersion: 'x' }));
    const rows = await db.all(`SELECT lead_id, sla, verdict, elapsed, due_ms FROM revpact_sla_verdict ORDER BY seq, sla`);
    const perLead: PerLeadRow[] = [];
    await evaluate(rules, source().items, { period, asOfMs, files: ['leads.csv'], onPerLead: (r) => perLead.push(r) });
    const verdicts = ['met', 'breached', 'pending', 'excluded'];
    expect(
      rows.map((r) => [
        r['lead_id'],
        rules.slas[r['sla'] as number]?.id,
        verdicts[r['verdict'] as number],
        r['verdict'] === 3 ? null : Math.round((r['elapsed'] as number) * 100) / 100,
        r['verdict'] === 3 ? null : r['due_ms'],
      ]),
    ).toEqual(perLead.map((p) => [p.leadId, p.ruleId, p.verdict, p.elapsedMinutes, p.dueAt === null ? null : Date.parse(p.dueAt)]));
    expect(rows.length).toBeGreaterThan(5);
  });
});
