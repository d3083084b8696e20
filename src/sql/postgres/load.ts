/**
 * `revpact load`'s core: canonical leads (and rejected rows) from a lead source into the
 * canonical table and its `<table>_rejections` sibling (src/sql/ddl.ts), with COPY FROM
 * STDIN, in one transaction: a failure anywhere (the file, the server, a duplicate id)
 * leaves the database as it was, never half-loaded.
 *
 * Rows stream: leads go out in chunks of COPY text as the source makes them, so memory
 * does not grow with the file. Rejections wait in a small batch; when it fills, the leads
 * COPY is ended, the batch copied, and a new leads COPY begun (same transaction).
 */
import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { from as CopyFrom } from 'pg-copy-streams';
import type { Rejection, SourceItem } from '../../leads/lead.js';
import { LEAD_COLUMNS, leadsTableDdl, rejectionsTable, rejectionsTableDdl } from '../ddl.js';
import { ident, str, tableName } from '../quote.js';
import type { PostgresRunner } from './client.js';
import { PostgresError } from './errors.js';
import { COPY_COLUMNS, leadLine, REJECTION_COLUMNS, rejectionLine, unstorable } from './copy.js';

export interface LoadOptions {
  /** The table, as the user typed it (`leads`, `analytics.leads`); quoted exactly, so case matters. */
  table: string;
  /** Empty both tables first (TRUNCATE; a table of another shape is dropped and made anew), in the same transaction. */
  replace: boolean;
  /** Called now and then with the counts so far (for a progress line). */
  onProgress?: (counts: LoadCounts) => void;
}

export interface LoadCounts {
  loaded: number;
  rejected: number;
}

export interface LoadResult extends LoadCounts {
  /** Whether the leads table was created by this load (absent before, or of another shape and --replace). */
  created: boolean;
}

/** Bytes of COPY text gathered before a write to the server. */
const CHUNK = 256 * 1024;
/** Rejections held before they are copied; bounds memory on an export of nothing but bad rows. */
const REJECTION_BATCH = 10_000;

/** A table name revpact accepts: one or two parts (schema.table) of letters, digits, _ and $. */
const TABLE_NAME = /^[A-Za-z_][A-Za-z0-9_$]*(\.[A-Za-z_][A-Za-z0-9_$]*)?$/;
/** PostgreSQL truncates identifiers at 63 bytes; the rejections table adds 11. */
const MAX_NAME = 63 - '_rejections'.length;

export function checkTableName(table: string): void {
  const last = table.split('.').pop() ?? '';
  if (!TABLE_NAME.test(table) || last.length > MAX_NAME) {
    throw new PostgresError(
      `--table: "${table}" is not a table name revpact loads into`,
      `use letters, digits and _ (at most ${MAX_NAME} characters), optionally after a schema: --table leads or --table analytics.leads`,
      'bad-table',
    );
  }
}

/** What PostgreSQL prints as a column's type (format_type), per canonical column type. */
const PG_TYPES: Record<string, string> = {
  text: 'text',
  number: 'double precision',
  integer: 'integer',
  instant: 'timestamp with time zone',
  'date-only': 'text[]',
  attributes: 'jsonb',
};

/** The columns of an existing relation, by name → type; undefined when there is no such relation. */
async function columnsOf(runner: PostgresRunner, table: string): Promise<Map<string, string> | undefined> {
  const regclass = str(tableName(table));
  const exists = await runner.all(`SELECT to_regclass(${regclass}) IS NOT NULL AS present`);
  if (exists[0]?.['present'] !== true) return undefined;
  const rows = await runner.all(
    `SELECT attname AS name, format_type(atttypid, atttypmod) AS type FROM pg_attribute WHERE attrelid = to_regclass(${regclass}) AND attnum > 0 AND NOT attisdropped`,
  );
  return new Map(rows.map((r) => [String(r['name']), String(r['type'])]));
}

/** Why an existing table cannot take the load, or undefined when it has every column it needs. */
function mismatch(found: Map<string, string>, wanted: readonly { name: string; type: string }[]): string | undefined {
  const problems: string[] = [];
  for (const { name, type } of wanted) {
    const got = found.get(name);
    if (got === undefined) problems.push(`no column ${name}`);
    else if (got !== type) problems.push(`${name} is ${got}, not ${type}`);
  }
  if (problems.length === 0) return undefined;
  return problems.length > 4 ? `${problems.slice(0, 4).join('; ')} and ${problems.length - 4} more` : problems.join('; ');
}

const REJECTIONS_SHAPE = [
  { name: 'file', type: 'text' },
  { name: 'row', type: 'integer' },
  { name: 'reason', type: 'text' },
];

/**
 * Makes `table` ready to take rows of `shape`: created when absent (true is returned);
 * kept when it has every column, emptied first with `replace`; refused when of another
 * shape, unless `replace`, which drops and recreates it.
 */
async function prepare(
  runner: PostgresRunner,
  table: string,
  shape: readonly { name: string; type: string }[],
  replace: boolean,
  ddl: (table: string) => string,
  what: string,
): Promise<boolean> {
  const columns = await columnsOf(runner, table);
  const why = columns === undefined ? undefined : mismatch(columns, shape);
  if (columns !== undefined && why === undefined) {
    if (replace) await runner.exec(`TRUNCATE ${tableName(table)}`);
    return false;
  }
  if (columns !== undefined) {
    if (!replace)
      throw new PostgresError(
        `table ${table} exists but is not ${what}: ${why}`,
        'load with --replace to drop and recreate it, or choose another --table',
        'bad-table',
      );
    await runner.exec(`DROP TABLE ${tableName(table)}`);
  }
  await runner.exec(ddl(table));
  return true;
}

/**
 * One COPY ... FROM STDIN in flight, with backpressure. pg-copy-streams reports a server
 * error (a missing privilege, a duplicate key) as an 'error' event and then neither
 * finishes nor closes the stream, so every wait here also ends on that error.
 */
class CopyIn {
  private readonly stream: Writable;
  private failure: Error | undefined;
  /** Settles when the server confirmed the COPY ('finish') or refused it ('error'). */
  private readonly done: Promise<void>;
  private pending = '';

  constructor(runner: PostgresRunner, sql: string, copyFrom: typeof CopyFrom) {
    // A few MB in flight lets the file be read while the server inserts what came before.
    this.stream = runner.client.query(copyFrom(sql, { highWaterMark: 8 * CHUNK }));
    this.done = new Promise<void>((resolve, reject) => {
      this.stream.once('finish', resolve);
      this.stream.on('error', (e: Error) => {
        this.failure ??= e;
        reject(this.failure);
      });
    });
    this.done.catch(() => undefined); // read through `failure`; never an unhandled rejection
  }

  async write(line: string): Promise<void> {
    this.pending += line;
    if (this.pending.length >= CHUNK) await this.flush();
  }

  private async flush(): Promise<void> {
    if (this.failure !== undefined) throw this.failure;
    const chunk = this.pending;
    this.pending = '';
    if (chunk !== '' && !this.stream.write(chunk)) await Promise.race([once(this.stream, 'drain'), this.done]);
  }

  /** Sends the rest and waits for the server to confirm the COPY. */
  async end(): Promise<void> {
    await this.flush();
    this.stream.end();
    await this.done;
  }

  /**
   * Abandons the COPY after a failure of ours (the file): the stream sends CopyFail and the
   * server discards the rows. After a failure of the server's, the COPY is over already.
   */
  async abort(e: unknown): Promise<void> {
    if (this.failure !== undefined || this.stream.writableFinished || this.stream.destroyed) return;
    this.stream.destroy(e instanceof Error ? e : new Error(String(e)));
    await this.done.catch(() => undefined);
  }
}

/**
 * Loads the items into `options.table` in one transaction, creating the table (and its
 * rejections table) when absent. Rejects with a PostgresError for what the user can fix
 * (permissions, an incompatible existing table, an id already loaded) and with the
 * source's own error when the file cannot be read; either way nothing is committed.
 */
export async function loadLeads(runner: PostgresRunner, items: AsyncIterable<SourceItem>, options: LoadOptions): Promise<LoadResult> {
  checkTableName(options.table);
  const table = tableName(options.table);
  const rejections = tableName(rejectionsTable(options.table));
  const counts: LoadCounts = { loaded: 0, rejected: 0 };
  let created = false;
  let copy: CopyIn | undefined;
  // Imported here, not at the top: see the note on the package in sql/duckdb/runner.ts.
  const { from: copyFrom } = await import('pg-copy-streams');
  const batch: Rejection[] = [];
  const leadsCopy = `COPY ${table} (${COPY_COLUMNS.map(ident).join(', ')}) FROM STDIN`;

  const flushRejections = async () => {
    if (batch.length === 0) return;
    if (copy) {
      await copy.end();
      copy = undefined;
    }
    const rc = new CopyIn(runner, `COPY ${rejections} (${REJECTION_COLUMNS.map(ident).join(', ')}) FROM STDIN`, copyFrom);
    copy = rc;
    for (const r of batch) await rc.write(rejectionLine(r));
    await rc.end();
    copy = undefined;
    batch.length = 0;
  };

  await runner.exec('BEGIN');
  try {
    // Phase 1: the tables: made when absent; with --replace emptied (TRUNCATE keeps the
    // grants, indexes and views people put on them) or, when of another shape, made anew.
    const leadsShape = LEAD_COLUMNS.map((c) => ({ name: c.name, type: PG_TYPES[c.type] as string }));
    created = await prepare(runner, options.table, leadsShape, options.replace, (t) => leadsTableDdl('postgres', t), 'a canonical leads table');
    await prepare(
      runner,
      rejectionsTable(options.table),
      REJECTIONS_SHAPE,
      options.replace,
      () => rejectionsTableDdl('postgres', options.table),
      'a rejections table',
    );

    // Phase 2: the rows, in file order.
    let sinceProgress = 0;
    for await (const item of items) {
      if (item.kind === 'lead') {
        const line = leadLine(item.lead);
        // NUL shows in the line as itself, or escaped by JSON in the attributes; only then look closer.
        const why = line.includes('\0') || line.includes('\\u0000') ? unstorable(item.lead) : undefined;
        if (why === undefined) {
          copy ??= new CopyIn(runner, leadsCopy, copyFrom);
          await copy.write(line);
          counts.loaded++;
        } else {
          batch.push({ file: item.lead.origin.file, row: item.lead.origin.row, reason: why });
          counts.rejected++;
        }
      } else {
        batch.push(item.rejection);
        counts.rejected++;
      }
      if (batch.length >= REJECTION_BATCH) await flushRejections();
      if (options.onProgress && ++sinceProgress === 10_000) {
        sinceProgress = 0;
        options.onProgress(counts);
      }
    }
    if (copy) await copy.end();
    copy = undefined;
    await flushRejections();
    await runner.exec('COMMIT');
  } catch (e) {
    await copy?.abort(e);
    await runner.exec('ROLLBACK').catch(() => undefined);
    throw duplicate(e, options.table) ?? runner.explain(e);
  }
  return { ...counts, created };
}

/** An id already in the table (an append of an export loaded before) is the user's to fix. */
function duplicate(e: unknown, table: string): PostgresError | undefined {
  const err = e as { code?: unknown; detail?: unknown };
  if (err?.code !== '23505') return undefined;
  const id = typeof err.detail === 'string' ? /\(id\)=\((.*)\) already exists/s.exec(err.detail)?.[1] : undefined;
  return new PostgresError(
    `table ${table} already holds lead ${id === undefined ? 'ids of this export' : JSON.stringify(id)}: nothing was loaded`,
    'add --replace to reload the table from this export, or load it into another --table',
    '23505',
  );
}
