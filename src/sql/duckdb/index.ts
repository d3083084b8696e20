/**
 * `check --engine duckdb`: an export → embedded DuckDB → the compliance report, through
 * the shared SQL pipeline (src/sql/report.ts). The only entry the CLI imports, lazily.
 */
import type { RulesIR } from '../../compiler/ir.js';
import type { LeadItems } from '../../engine/lead.js';
import { leadNeeds } from '../../engine/needs.js';
import type { ComplianceReport } from '../../report/types.js';
import { sqlReport, type SqlReportOptions } from '../report.js';
import { loadLeads } from './load.js';
import { openDuckDb } from './runner.js';

export interface DuckDbCheckOptions extends Omit<SqlReportOptions, 'table'> {
  threads?: number;
}

export async function checkWithDuckDb(rules: RulesIR, items: LeadItems, options: DuckDbCheckOptions): Promise<ComplianceReport> {
  const runner = await openDuckDb({ threads: options.threads });
  try {
    const loaded = await loadLeads(runner, items, leadNeeds(rules, options.by ?? [], options.showPii ?? false), { table: 'leads', as: 'view' });
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
