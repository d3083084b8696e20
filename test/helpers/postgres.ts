/**
 * The PostgreSQL server the tests run against: its URL comes from REVPACT_TEST_PG_URL,
 * which `.ci/run` sets after starting a throwaway server on loopback. Without it the
 * PostgreSQL tests are skipped with a loud warning on a developer's machine, and fail
 * under CI=true: a missing server must never pass as a green run.
 *
 *   describePostgres('loader', (url) => { it(...) })
 *
 * To run them locally, start any PostgreSQL you may write to and export its URL, e.g.
 * REVPACT_TEST_PG_URL=postgresql://postgres:secret@127.0.0.1:5432/postgres.
 */
import { readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { describe, it } from 'vitest';
import { checkContract } from '../../src/contract/index.js';
import { normalize } from '../../src/compiler/normalize.js';
import { isPresetName, parseMapping, presetMapping, withDefaultTimeZone } from '../../src/leads/mapping/index.js';
import { NUMBER_FIELDS, PII_FIELDS, TEXT_FIELDS, TIMESTAMP_FIELDS, type Lead, type Rejection } from '../../src/leads/lead.js';
import { openLeadSource } from '../../src/leads/sources/index.js';
import { columnOf } from '../../src/sql/ddl.js';
import { tableName } from '../../src/sql/quote.js';
import type { SqlRunner } from '../../src/sql/runner.js';

export const PG_URL_VARIABLE = 'REVPACT_TEST_PG_URL';

/** The test server's URL, or undefined when none was given. */
export const PG_URL: string | undefined = process.env[PG_URL_VARIABLE] || undefined;

const MISSING = `no PostgreSQL server for the tests: ${PG_URL_VARIABLE} is not set. .ci/run starts one; locally, start a server and export ${PG_URL_VARIABLE}=postgresql://USER:PASSWORD@127.0.0.1:5432/DATABASE`;

/**
 * A describe block that needs the server: skipped (and said so, loudly) without one, a
 * failing test instead under CI.
 */
export function describePostgres(name: string, body: (url: string) => void): void {
  if (PG_URL !== undefined) {
    describe(name, () => body(PG_URL));
    return;
  }
  if (process.env['CI']) {
    describe(name, () => {
      it('needs PostgreSQL', () => {
        throw new Error(MISSING);
      });
    });
    return;
  }
  // Loud on purpose: a skipped database test must not look like a passing one.
  // eslint-disable-next-line no-console -- the only way to tell the developer why these tests did not run
  console.warn(`\n⚠ SKIPPED ${name}: ${MISSING}\n`);
  describe.skip(name, () => body(''));
}

/** A table name no other test (or earlier run) uses: lower case, safe unquoted. */
export function uniqueTable(prefix: string): string {
  return `${prefix}_${process.pid}_${Date.now().toString(36)}_${Math.floor(Math.random() * 1e6).toString(36)}`.toLowerCase();
}

// ── Leads in and out of the canonical table ─────────────────────────────────────────
// What the streaming source yields for an export (read as `check` and `load` read it),
// the table read back into the same shape, and a comparison naming the leads that differ.

/** Drops tables a test made (each with its rejections table), after it; a failure to drop is not the test's. */
export async function dropTables(db: SqlRunner | undefined, tables: readonly string[]): Promise<void> {
  for (const t of tables) await db?.exec(`DROP TABLE IF EXISTS ${tableName(t)}; DROP TABLE IF EXISTS ${tableName(t + '_rejections')}`).catch(() => undefined);
}

export interface Streamed {
  leads: Lead[];
  rejections: Rejection[];
}

/** The contract's time zone (what `check` reads cells without an offset in). */
export function contractZone(contractFile: string): string {
  const checked = checkContract(contractFile, readFileSync(contractFile));
  if (!checked.ok) throw new Error(`${contractFile} is invalid`);
  return normalize(checked.value.contract, { compilerVersion: 'test' }).contract.timezone;
}

/** Every item of the export through the streaming source, as `check` reads it. */
export async function streamed(files: { path: string; display: string }[], mapping: string, zone: string): Promise<Streamed> {
  let m;
  if (isPresetName(mapping)) m = presetMapping(mapping);
  else {
    const parsed = parseMapping(mapping, readFileSync(mapping));
    if (!parsed.ok) throw new Error(`mapping ${mapping} is invalid`);
    m = parsed.value;
  }
  const out: Streamed = { leads: [], rejections: [] };
  for await (const item of openLeadSource(files, withDefaultTimeZone(m, zone)).items) {
    if (item.kind === 'lead') out.leads.push(item.lead);
    else out.rejections.push(item.rejection);
  }
  return out;
}

/** A lead with only its present values: what a row of the table can say. */
export function comparable(lead: Lead): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(lead)) {
    if (v === undefined) continue;
    if (k === 'dateOnly' && Array.isArray(v) && v.length === 0) continue;
    // Sources keep attributes in a null-prototype object (no __proto__ from a header); compare the entries.
    out[k] = k === 'attributes' || k === 'origin' ? { ...(v as object) } : v;
  }
  return out;
}

/** The canonical table read back as leads (in file order) and its rejections table as rejections. */
export async function readBack(runner: SqlRunner, table: string): Promise<Streamed> {
  const rows = await runner.all(`SELECT * FROM ${tableName(table)} ORDER BY origin_file, origin_row`);
  const leads = rows.map((row) => {
    const lead: Record<string, unknown> = {};
    for (const f of [...TEXT_FIELDS, ...NUMBER_FIELDS, ...TIMESTAMP_FIELDS, ...PII_FIELDS]) {
      const v = row[columnOf(f)];
      if (v !== null && v !== undefined) lead[f] = v;
    }
    if (row['date_only'] !== null) lead['dateOnly'] = row['date_only'];
    lead['attributes'] = JSON.parse(row['attributes'] as string) as unknown;
    lead['origin'] = { file: row['origin_file'], row: row['origin_row'] };
    return lead as unknown as Lead;
  });
  const rejections = (await runner.all(`SELECT file, "row", reason FROM ${tableName(table + '_rejections')} ORDER BY file, "row"`)) as unknown as Rejection[];
  return { leads, rejections };
}

/** The first few differences between two sets of leads, matched by id (empty when equal). */
export function leadDifferences(want: readonly Lead[], got: readonly Lead[], limit = 5): string[] {
  const problems: string[] = [];
  if (want.length !== got.length) problems.push(`${want.length} leads streamed, ${got.length} read back`);
  const byId = new Map(got.map((l) => [l.id, l]));
  for (const w of want) {
    if (problems.length >= limit) break;
    const g = byId.get(w.id);
    if (!g) problems.push(`lead ${w.id} is missing`);
    else if (!isDeepStrictEqual(comparable(w), comparable(g)))
      problems.push(`lead ${w.id}: streamed ${JSON.stringify(comparable(w))}\n  read back ${JSON.stringify(comparable(g))}`);
  }
  return problems;
}
