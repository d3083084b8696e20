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
import type { Period } from '../../engine/period.js';
import { sqlReport, subPeriodOptions, type SqlReportOptions, type SqlSession } from '../report.js';
import { loadDirect, type DirectInput } from './direct.js';
import { loadLeads } from './load.js';
import { openDuckDb } from './runner.js';

export interface DuckDbCheckOptions extends Omit<SqlReportOptions, 'table'> {
  threads?: number;
  /** DuckDB's memory limit (e.g. `'512MB'`); beyond it, it spills to a temporary directory. */
  memoryLimit?: string;
  /** The export files and their mapping, for DuckDB to read directly; without them, `items` are loaded. */
  direct?: {
    inputs: readonly DirectInput[];
    mapping: Mapping;
    onFallback?: (reason: string) => void;
    /** The file's column labels, once DuckDB has read them (what the streaming source keeps in its stats). */
    onHeader?: (header: string[]) => void;
  };
}

export async function checkWithDuckDb(rules: RulesIR, items: LeadItems, options: DuckDbCheckOptions): Promise<ComplianceReport> {
  return (await measureWithDuckDb(rules, items, options, [])).report;
}

/**
 * The report, and one report per period of `also` (a series' sub-periods), from the leads
 * loaded ONCE: the same SQL plan runs again on the loaded table for each sub-period (its
 * working tables are dropped and rebuilt), so each is the report `check --period <it>
 * --engine duckdb` makes, and the SQL and streaming engines stay equal by the same proof.
 */
export async function measureWithDuckDb(
  rules: RulesIR,
  items: LeadItems,
  options: DuckDbCheckOptions,
  also: readonly Period[],
): Promise<{ report: ComplianceReport; parts: ComplianceReport[] }> {
  const runner = await openDuckDb({ threads: options.threads, memoryLimit: options.memoryLimit });
  try {
    const needs = leadNeeds(rules, options.by ?? [], options.showPii ?? false);
    // Read by DuckDB itself, the leads are one file's, each on its own row: the row is their order (no sort).
    const reports = async (seq: 'rank' | 'origin-row', release?: string, attributeColumns?: ReadonlyMap<string, string>) => {
      const given = attributeColumns === undefined ? {} : { attributeColumns };
      const session: SqlSession = {};
      // The verdicts stay in the order they were built: per-lead pages sort their own rows.
      // With sub-periods to measure, their reports may build the working copy again (another
      // shape of it) from the leads: those stay.
      const afterLeadTable = also.length === 0 ? release : undefined;
      const report = await sqlReport(runner, rules, {
        ...options,
        table: 'leads',
        session,
        seq,
        sortVerdicts: false,
        ...given,
        ...(afterLeadTable === undefined ? {} : { afterLeadTable }),
      });
      const parts: ComplianceReport[] = [];
      for (const period of also)
        parts.push(await sqlReport(runner, rules, subPeriodOptions({ ...options, seq, sortVerdicts: false, ...given }, period, 'leads', session)));
      return { report, parts };
    };
    if (options.direct) {
      const loaded = await loadDirect(runner, options.direct.inputs, options.direct.mapping, { table: 'leads', needs });
      if (loaded.ok) {
        options.direct.onHeader?.(loaded.header);
        return await reports('origin-row', loaded.release, loaded.attributes);
      }
      if (loaded.reason !== '') options.direct.onFallback?.(loaded.reason);
    }
    // A view re-reads its temporary file on every query: with sub-periods to measure, a table read once.
    const loaded = await loadLeads(runner, items, needs, { table: 'leads', as: also.length > 0 ? 'table' : 'view' });
    try {
      return await reports('rank');
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
