/**
 * `check --engine duckdb`: an export → embedded DuckDB → the compliance report, through
 * the shared SQL pipeline (src/sql/report.ts). The only entry the CLI imports, lazily.
 *
 * The export is read by DuckDB's CSV reader with the mapping applied in SQL (direct.ts)
 * when that gives exactly the streaming source's leads and rejections; otherwise (NDJSON,
 * joined files, layouts or formats SQL cannot read the same way) the streaming source
 * reads it and DuckDB gets its leads through a temporary file (load.ts), and `onFallback`
 * is told why.
 */
import type { RulesIR } from '../../compiler/ir.js';
import type { LeadItems } from '../../leads/lead.js';
import type { Mapping } from '../../leads/mapping/types.js';
import { leadNeeds } from '../../engine/needs.js';
import type { ComplianceReport } from '../../engine/types.js';
import { sqlReport, type SqlReportOptions } from '../report.js';
import { loadDirect, type DirectInput } from './direct.js';
import { loadLeads } from './load.js';
import { openDuckDb } from './runner.js';

export interface DuckDbCheckOptions extends Omit<SqlReportOptions, 'table'> {
  threads?: number;
  /** DuckDB's memory limit (e.g. `'512MB'`); beyond it, it spills to a temporary directory. */
  memoryLimit?: string;
  /** The export files and their mapping, for DuckDB to read directly; without them, `items` are loaded. */
  direct?: { inputs: readonly DirectInput[]; mapping: Mapping; onFallback?: (reason: string) => void };
}

export async function checkWithDuckDb(rules: RulesIR, items: LeadItems, options: DuckDbCheckOptions): Promise<ComplianceReport> {
  const runner = await openDuckDb({ threads: options.threads, memoryLimit: options.memoryLimit });
  try {
    const needs = leadNeeds(rules, options.by ?? [], options.showPii ?? false);
    if (options.direct) {
      const loaded = await loadDirect(runner, options.direct.inputs, options.direct.mapping, { table: 'leads', needs });
      if (loaded.ok) return await sqlReport(runner, rules, { ...options, table: 'leads' });
      if (loaded.reason !== '') options.direct.onFallback?.(loaded.reason);
    }
    const loaded = await loadLeads(runner, items, needs, { table: 'leads', as: 'view' });
    try {
      return await sqlReport(runner, rules, { ...options, table: 'leads' });
    } finally {
      loaded.dispose();
    }
  } finally {
    await runner.close();
  }
}

export { openDuckDb } from './runner.js';
export { loadLeads } from './load.js';
export { loadDirect } from './direct.js';
