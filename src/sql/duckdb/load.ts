/**
 * Puts an export into DuckDB as the canonical `leads` table (src/sql/ddl.ts), for
 * `check --engine duckdb`. The export is read by the streaming source with its mapping
 * (src/leads/sources, src/leads/mapping): the same parsing, date and value rules, id
 * de-duplication and rejections as the streaming engine, so both engines measure the same
 * leads. The leads go to a temporary CSV of canonical values (instants as epoch ms) that
 * DuckDB's parallel CSV reader loads in one statement; the rejected rows go to
 * `<table>_rejections` the same way.
 */
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Lead, LeadItems, LeadNeeds, SourceItem } from '../../leads/lead.js';
import { canonicalDdl, LEAD_COLUMNS, rejectionsTable, rejectionsTableDdl } from '../ddl.js';
import { ident, str, tableName } from '../quote.js';
import type { SqlRunner } from '../runner.js';

export interface LoadResult {
  leads: number;
  rejected: number;
  /** Removes the temporary files; a view reads them until then. */
  dispose(): void;
}

export interface LoadOptions {
  /** The relation's name; the rejections go to `<table>_rejections`. */
  table?: string;
  /**
   * `table` (default): the canonical table of ddl.ts, filled. `view`: the same columns as a
   * view over the temporary file, read once by the report's first statement instead of
   * being stored twice (`check --engine duckdb`; call dispose() after the report).
   */
  as?: 'table' | 'view';
}

/** Reads every item of `items` into the canonical leads relation and its rejections table. */
export async function loadLeads(
  runner: SqlRunner,
  items: LeadItems | AsyncIterable<SourceItem>,
  needs: LeadNeeds,
  options: LoadOptions = {},
): Promise<LoadResult> {
  const table = options.table ?? 'leads';
  const dir = mkdtempSync(join(tmpdir(), 'revpact-duckdb-'));
  const dispose = () => rmSync(dir, { recursive: true, force: true });
  try {
    const leadsFile = join(dir, 'leads.csv');
    const rejectionsFile = join(dir, 'rejections.csv');
    const leads = new CsvWriter(leadsFile);
    const rejections = new CsvWriter(rejectionsFile);
    let leadCount = 0;
    let rejectedCount = 0;
    try {
      const batches = 'batches' in items && items.batches ? items.batches(needs) : oneByOne(items);
      for await (const batch of batches) {
        for (const item of batch) {
          if (item.kind === 'rejected') {
            rejectedCount++;
            rejections.text(item.rejection.file).comma().number(item.rejection.row).comma().text(item.rejection.reason).newline();
          } else {
            leadCount++;
            writeLead(leads, item.lead);
          }
        }
      }
    } finally {
      leads.close();
      rejections.close();
    }
    const view = options.as === 'view';
    await runner.exec(view ? rejectionsTableDdl('duckdb', table) : canonicalDdl('duckdb', table));
    const columns = LEAD_COLUMNS.map(
      (c) => `${str(c.name)}: ${str(c.type === 'number' ? 'DOUBLE' : c.type === 'instant' ? 'BIGINT' : c.type === 'integer' ? 'INTEGER' : 'VARCHAR')}`,
    ).join(', ');
    const select = LEAD_COLUMNS.map((c) => {
      const col = ident(c.name);
      if (c.type === 'instant') return `CAST(epoch_ms(${col}) AS TIMESTAMPTZ)`;
      if (c.type === 'date-only') return `CASE WHEN ${col} IS NULL THEN NULL ELSE string_split(${col}, '|') END`;
      if (c.type === 'attributes') return `CAST(${col} AS JSON)`;
      return col;
    });
    const read = `read_csv(${str(leadsFile)}, header = false, delim = ',', quote = '"', escape = '"', allow_quoted_nulls = false, columns = {${columns}})`;
    const typed = select.map((e, i) => `${e} AS ${ident((LEAD_COLUMNS[i] as { name: string }).name)}`);
    if (view) {
      // An empty file has no columns for read_csv to read: an empty relation of the same shape instead.
      const from =
        leadCount > 0
          ? read
          : `(SELECT ${LEAD_COLUMNS.map((c) => `CAST(NULL AS ${c.type === 'number' ? 'DOUBLE' : c.type === 'instant' ? 'BIGINT' : c.type === 'integer' ? 'INTEGER' : 'VARCHAR'}) AS ${ident(c.name)}`).join(', ')} WHERE FALSE)`;
      await runner.exec(`CREATE VIEW ${tableName(table)} AS\nSELECT ${typed.join(', ')}\nFROM ${from}`);
    } else if (leadCount > 0) {
      await runner.exec(`INSERT INTO ${tableName(table)}\nSELECT ${select.join(', ')}\nFROM ${read}`);
    }
    if (rejectedCount > 0) {
      await runner.exec(
        `INSERT INTO ${tableName(rejectionsTable(table))}\nSELECT * FROM read_csv(${str(rejectionsFile)}, header = false, delim = ',', quote = '"', escape = '"', allow_quoted_nulls = false, columns = {'file': 'VARCHAR', 'row': 'INTEGER', 'reason': 'VARCHAR'})`,
      );
    }
    if (!view) dispose();
    return { leads: leadCount, rejected: rejectedCount, dispose };
  } catch (e) {
    dispose();
    throw e;
  }
}

async function* oneByOne(items: AsyncIterable<SourceItem>): AsyncIterable<Iterable<SourceItem>> {
  for await (const item of items) yield [item];
}

/**
 * A CSV file written through one 4 MB buffer, field by field. Building a line as a string
 * and joining lines cost three times as much on a million leads (V8 flattens every
 * concatenated line when it is joined); bytes go straight into the buffer instead.
 */
export class CsvWriter {
  private readonly fd: number;
  private readonly buf = Buffer.allocUnsafe(BUFFER_BYTES);
  private pos = 0;

  constructor(path: string) {
    this.fd = openSync(path, 'w');
  }

  /** A text cell, always quoted, so an empty string stays distinct from an absent value (an empty unquoted cell). */
  text(value: string): this {
    const v = value.includes('"') ? value.replace(/"/g, '""') : value;
    const room = v.length * 3 + 2;
    if (room > BUFFER_BYTES / 2) {
      // A cell too large for the buffer goes on its own.
      this.flush();
      writeSync(this.fd, `"${v}"`);
      return this;
    }
    if (this.pos + room > BUFFER_BYTES - 64) this.flush();
    this.buf[this.pos++] = QUOTE;
    this.pos += this.buf.write(v, this.pos, 'utf8');
    this.buf[this.pos++] = QUOTE;
    return this;
  }

  optionalText(value: string | undefined): this {
    return value === undefined ? this : this.text(value);
  }

  /** A number cell; empty when absent or not finite. */
  number(value: number | undefined): this {
    if (value === undefined || !Number.isFinite(value)) return this;
    if (this.pos + 32 > BUFFER_BYTES - 64) this.flush();
    this.pos += this.buf.write(String(value), this.pos, 'latin1');
    return this;
  }

  comma(): this {
    this.buf[this.pos++] = COMMA;
    return this;
  }

  newline(): this {
    this.buf[this.pos++] = NEWLINE;
    return this;
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }

  private flush(): void {
    if (this.pos > 0) writeSync(this.fd, this.buf, 0, this.pos);
    this.pos = 0;
  }
}

const BUFFER_BYTES = 4 << 20;
const QUOTE = 0x22;
const COMMA = 0x2c;
const NEWLINE = 0x0a;

/** One lead in LEAD_COLUMNS order (the unit test reads it back through DuckDB). */
export function writeLead(w: CsvWriter, l: Lead): void {
  w.text(l.id).comma().optionalText(l.stage).comma().optionalText(l.owner).comma().optionalText(l.source).comma().optionalText(l.rejectionReason).comma();
  w.number(l.attempts).comma().number(l.score).comma().number(l.dealAmount).comma();
  w.number(l.createdAt)
    .comma()
    .number(l.mqlAt)
    .comma()
    .number(l.salAt)
    .comma()
    .number(l.sqlAt)
    .comma()
    .number(l.opportunityAt)
    .comma()
    .number(l.wonAt)
    .comma()
    .number(l.lostAt)
    .comma();
  w.number(l.recycledAt)
    .comma()
    .number(l.disqualifiedAt)
    .comma()
    .number(l.firstTouchAt)
    .comma()
    .number(l.lastAttemptAt)
    .comma()
    .number(l.rejectedAt)
    .comma()
    .number(l.feedbackAt)
    .comma();
  if (l.dateOnly !== undefined && l.dateOnly.length > 0) w.text(l.dateOnly.join('|'));
  w.comma();
  if (Object.keys(l.attributes).length > 0) w.text(JSON.stringify(l.attributes));
  w.comma().text(l.origin.file).comma().number(l.origin.row).comma().optionalText(l.email).comma().optionalText(l.name).comma().optionalText(l.phone).newline();
}
