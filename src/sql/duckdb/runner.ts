/**
 * The DuckDB side of the SQL engines (issue 7): a SqlRunner over an embedded, in-memory
 * DuckDB (@duckdb/node-api). Loaded only by `check --engine duckdb|auto` through a dynamic
 * import, so the CLI's start-up and the bundled Action never load the native module. The
 * package itself is imported where a database is opened, not at the top: the Action's
 * bundle carries this module, and esbuild hoists a bundled module's imports of packages it
 * leaves out to the bundle's own top, where a checkout without node_modules (GitHub's)
 * failed to start (test/helpers/action.ts runs the bundle from outside the repository).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import type { SqlRunner } from '../runner.js';

export interface DuckDbOptions {
  /** Worker threads; DuckDB's default is one per core. */
  threads?: number;
  /** DuckDB's `memory_limit` (e.g. `'512MB'`); what does not fit spills to a temporary directory removed on close. */
  memoryLimit?: string;
}

export interface DuckDbRunner extends SqlRunner {
  readonly connection: DuckDBConnection;
}

export async function openDuckDb(options: DuckDbOptions = {}): Promise<DuckDbRunner> {
  const config: Record<string, string> = {};
  if (options.threads !== undefined) config['threads'] = String(options.threads);
  let spill: string | undefined;
  if (options.memoryLimit !== undefined) {
    spill = mkdtempSync(join(tmpdir(), 'revpact-duckdb-spill-'));
    config['memory_limit'] = options.memoryLimit;
    config['temp_directory'] = spill;
  }
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const instance = await DuckDBInstance.create(':memory:', config);
  const connection = await instance.connect();
  // Nothing may depend on the machine's zone: the SQL names every zone it converts to.
  await connection.run(`SET TimeZone = 'UTC'`);
  // What DuckDB frees goes back to the system sooner: its allocator keeps up to 128 MB a
  // thread by default, and the statements after the load (verdicts, breakdowns) each free
  // what the last one held. On the 10M-row HubSpot export the check peaked at 1,061–1,123
  // MiB without this and 977 MiB with it, in about the same time (Node 20.20, 2 vCPUs).
  await connection.run(`SET allocator_flush_threshold = '16MB'; SET allocator_background_threads = true`);
  return {
    dialect: 'duckdb',
    connection,
    async exec(sql) {
      const t = trace ? performance.now() : 0;
      await connection.run(sql);
      if (trace) traceLine(t, sql);
    },
    async all(sql) {
      const t = trace ? performance.now() : 0;
      const reader = await connection.runAndReadAll(sql);
      if (trace) traceLine(t, sql);
      // Column by column: a third cheaper than row objects on the per-lead pages.
      const names = reader.columnNames();
      const columns = reader.getColumnsJS();
      const rows: Record<string, unknown>[] = new Array<Record<string, unknown>>(reader.currentRowCount);
      for (let i = 0; i < rows.length; i++) {
        const row: Record<string, unknown> = {};
        for (let c = 0; c < names.length; c++) row[names[c] as string] = plain((columns[c] as unknown[])[i]);
        rows[i] = row;
      }
      return rows;
    },
    close() {
      connection.closeSync();
      instance.closeSync();
      if (spill !== undefined) rmSync(spill, { recursive: true, force: true });
      return Promise.resolve();
    },
  };
}

/** REVPACT_DUCKDB_TRACE=1: each statement's time on stderr, to see where a run goes. */
const trace = process.env['REVPACT_DUCKDB_TRACE'] === '1';

function traceLine(started: number, sql: string): void {
  process.stderr.write(`duckdb ${(performance.now() - started).toFixed(0).padStart(6)} ms  ${sql.replace(/\s+/g, ' ').slice(0, 100)}\n`);
}

/** The interface's plain values: 64-bit integers as numbers, instants as epoch ms. */
function plain(v: unknown): unknown {
  if (typeof v === 'bigint') {
    const n = Number(v);
    if (!Number.isSafeInteger(n)) throw new Error(`bigint ${v} is outside the range a JavaScript number holds exactly`);
    return n;
  }
  if (v instanceof Date) return v.getTime();
  if (Array.isArray(v)) return v.map(plain);
  return v;
}
