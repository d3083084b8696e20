/**
 * Puts an export into DuckDB as the canonical `leads` table (src/sql/ddl.ts), for
 * `check --engine duckdb`. The export is read by the streaming source with its mapping
 * (src/engine/sources, src/engine/mapping): the same parsing, date and value rules, id
 * de-duplication and rejections as the streaming engine, so both engines measure the same
 * leads. The leads go to a temporary CSV of canonical values (instants as epoch ms) that
 * DuckDB's parallel CSV reader loads in one statement; the rejected rows go to
 * `<table>_rejections` the same way.
 */
import { closeSync, mkdtempSync, openSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Lead, LeadItems, LeadNeeds, SourceItem } from '../../engine/lead.js';
import { canonicalDdl, LEAD_COLUMNS, rejectionsTable } from '../ddl.js';
import { ident, str, tableName } from '../quote.js';
import type { SqlRunner } from '../runner.js';

const FLUSH_CHARS = 1 << 20;

export interface LoadResult {
  leads: number;
  rejected: number;
}

/** Reads every item of `items` into `<table>` and `<table>_rejections` (both created here). */
export async function loadLeads(runner: SqlRunner, items: LeadItems | AsyncIterable<SourceItem>, needs: LeadNeeds, table = 'leads'): Promise<LoadResult> {
  const dir = mkdtempSync(join(tmpdir(), 'revpact-duckdb-'));
  try {
    const leadsFile = join(dir, 'leads.csv');
    const rejectionsFile = join(dir, 'rejections.csv');
    const leads = new CsvFile(leadsFile);
    const rejections = new CsvFile(rejectionsFile);
    let leadCount = 0;
    let rejectedCount = 0;
    try {
      const batches = 'batches' in items && items.batches ? items.batches(needs) : oneByOne(items);
      for await (const batch of batches) {
        for (const item of batch) {
          if (item.kind === 'rejected') {
            rejectedCount++;
            rejections.write(`${text(item.rejection.file)},${item.rejection.row},${text(item.rejection.reason)}\n`);
          } else {
            leadCount++;
            leads.write(leadLine(item.lead));
          }
        }
      }
    } finally {
      leads.close();
      rejections.close();
    }
    await runner.exec(canonicalDdl('duckdb', table));
    const columns = LEAD_COLUMNS.map((c) => `${str(c.name)}: ${str(c.type === 'number' ? 'DOUBLE' : c.type === 'instant' ? 'BIGINT' : c.type === 'integer' ? 'INTEGER' : 'VARCHAR')}`).join(', ');
    const select = LEAD_COLUMNS.map((c) => {
      const col = ident(c.name);
      if (c.type === 'instant') return `CAST(epoch_ms(${col}) AS TIMESTAMPTZ)`;
      if (c.type === 'date-only') return `CASE WHEN ${col} IS NULL THEN NULL ELSE string_split(${col}, '|') END`;
      if (c.type === 'attributes') return `CAST(${col} AS JSON)`;
      return col;
    });
    if (leadCount > 0) await runner.exec(`INSERT INTO ${tableName(table)}\nSELECT ${select.join(', ')}\nFROM read_csv(${str(leadsFile)}, header = false, delim = ',', quote = '"', escape = '"', allow_quoted_nulls = false, columns = {${columns}})`);
    if (rejectedCount > 0) {
      await runner.exec(
        `INSERT INTO ${tableName(rejectionsTable(table))}\nSELECT * FROM read_csv(${str(rejectionsFile)}, header = false, delim = ',', quote = '"', escape = '"', allow_quoted_nulls = false, columns = {'file': 'VARCHAR', 'row': 'INTEGER', 'reason': 'VARCHAR'})`,
      );
    }
    return { leads: leadCount, rejected: rejectedCount };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function* oneByOne(items: AsyncIterable<SourceItem>): AsyncIterable<Iterable<SourceItem>> {
  for await (const item of items) yield [item];
}

/** A file written in chunks of about 1 MB. */
class CsvFile {
  private readonly fd: number;
  private parts: string[] = [];
  private size = 0;

  constructor(path: string) {
    this.fd = openSync(path, 'w');
  }

  write(line: string): void {
    this.parts.push(line);
    this.size += line.length;
    if (this.size >= FLUSH_CHARS) this.flush();
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }

  private flush(): void {
    if (this.parts.length === 0) return;
    writeSync(this.fd, this.parts.join(''));
    this.parts = [];
    this.size = 0;
  }
}

/** A text cell, always quoted so an empty string stays distinct from an absent value (an empty unquoted cell). */
function text(v: string): string {
  return `"${v.includes('"') ? v.replace(/"/g, '""') : v}"`;
}

function optionalText(v: string | undefined): string {
  return v === undefined ? '' : text(v);
}

function number(v: number | undefined): string {
  return v === undefined || !Number.isFinite(v) ? '' : String(v);
}

/** One lead in LEAD_COLUMNS order (a test checks the order). */
export function leadLine(l: Lead): string {
  const dateOnly = l.dateOnly !== undefined && l.dateOnly.length > 0 ? text(l.dateOnly.join('|')) : '';
  const attributes = Object.keys(l.attributes).length > 0 ? text(JSON.stringify(l.attributes)) : '';
  return (
    `${text(l.id)},${optionalText(l.stage)},${optionalText(l.owner)},${optionalText(l.source)},${optionalText(l.rejectionReason)},` +
    `${number(l.attempts)},${number(l.score)},${number(l.dealAmount)},` +
    `${number(l.createdAt)},${number(l.mqlAt)},${number(l.salAt)},${number(l.sqlAt)},${number(l.opportunityAt)},${number(l.wonAt)},${number(l.lostAt)},` +
    `${number(l.recycledAt)},${number(l.disqualifiedAt)},${number(l.firstTouchAt)},${number(l.lastAttemptAt)},${number(l.rejectedAt)},${number(l.feedbackAt)},` +
    `${dateOnly},${attributes},${text(l.origin.file)},${l.origin.row},${optionalText(l.email)},${optionalText(l.name)},${optionalText(l.phone)}\n`
  );
}
