/**
 * Whether an SLA whose stop event no lead has can be measured at all: the engines say the
 * event is in no lead (`sla-stop-not-in-export`, metrics/sla.ts); whoever read the data knows
 * whether the export has a column for it, and settles the report here. Shared by `measure`
 * (check, due, notify, the Action) and the change review's impact.
 */
import type { RulesIR } from '../compiler/ir.js';
import { overallStatus } from './evaluate.js';
import { unmeasured } from './metrics/sla.js';
import type { BreakdownRow, ComplianceReport, DataQualityFinding } from './types.js';

/**
 * The SLAs whose stop event no lead has (the engines' `sla-stop-not-in-export` warning):
 * when the export has no column for any of those events (or its columns are not known: a
 * table), the SLA cannot be measured and becomes `no-data` (metrics/sla.ts, `unmeasured`).
 * When it has the column, every cell of it empty, nobody has done it yet: the SLA is
 * measured as read and the warning goes (a one-lead file whose lead is not called yet is
 * due, not unmeasured).
 */
export function settleUnmeasured(report: ComplianceReport, rules: RulesIR, given: ReadonlySet<string> | undefined): ComplianceReport {
  const flagged = report.dataQuality.filter((f) => f.code === 'sla-stop-not-in-export');
  if (flagged.length === 0) return report;
  const off = new Set<string>();
  const carried = new Set<DataQualityFinding>();
  for (const f of flagged) {
    const sla = rules.slas.find((s) => s.id === f.sla);
    if (given !== undefined && sla !== undefined && sla.stop.some((s) => given.has(s.field))) carried.add(f);
    else if (f.sla !== undefined) off.add(f.sla);
  }
  const slas = report.slas.map((s) => (off.has(s.id) ? unmeasured(s) : s));
  // The breakdowns alike: an owner's 0% of an SLA nobody could measure is no one's failure.
  const rows = (list: BreakdownRow[]): BreakdownRow[] =>
    list.map((row) => ({
      ...row,
      slas: Object.fromEntries(Object.entries(row.slas).map(([id, cell]) => [id, off.has(id) ? { ...cell, attainment: null } : cell])),
    }));
  const b = report.breakdowns;
  return {
    ...report,
    slas,
    breakdowns: {
      owner: rows(b.owner),
      source: rows(b.source),
      attributes: Object.fromEntries(Object.entries(b.attributes).map(([field, list]) => [field, rows(list)])),
    },
    dataQuality: report.dataQuality.filter((f) => !carried.has(f)),
    status: overallStatus([...slas.map((s) => s.status), ...report.commitments.map((c) => c.status)]),
  };
}
