/**
 * An SLA whose condition (`when`) cannot hold as meant is said, never left as a silent "no
 * data" (issue 17 sweep): a field of the condition that no column of the export gives (a
 * typo such as `employes`, or a column the mapping does not read), or a condition that
 * matched none of the leads the SLA was asked about. Decided from the report and the
 * export's columns, after either engine has measured, so both say the same. Shared by
 * `measure` (check, due, notify, the Action).
 */
import type { RulesIR } from '../compiler/ir.js';
import { comparisons } from './condition.js';
import { compareFindings, message, SEVERITY, type FindingCode } from './metrics/data-quality.js';
import type { ComplianceReport, DataQualityFinding } from './types.js';

/** `given`: the fields and attributes the export's columns give (undefined when not known: a table). */
export function noteSegments(report: ComplianceReport, rules: RulesIR, given: ReadonlySet<string> | undefined): ComplianceReport {
  const added: DataQualityFinding[] = [];
  const finding = (code: FindingCode, sla: string, count: number, detail: string): DataQualityFinding => ({
    code,
    severity: SEVERITY[code],
    count,
    message: message(code, count, detail),
    examples: [],
    detail,
    sla,
  });
  for (const sla of rules.slas) {
    if (sla.when === null) continue;
    const r = report.slas.find((s) => s.id === sla.id);
    if (r === undefined) continue;
    const measured = r.met + r.breached + r.pending;
    const absent = given === undefined ? [] : [...new Set(comparisons(sla.when).map((c) => c.field))].filter((f) => !given.has(f));
    if (absent.length > 0) {
      // With no lead in the SLA at all there is nothing it leaves out ("for all 0 leads it is missing"), as for a missing stop event.
      if (measured + r.excluded > 0) added.push(finding('condition-field-not-in-export', sla.id, measured + r.excluded, `${sla.id}|${absent.join(', ')}`));
      continue;
    }
    // Left out for another reason (no start, a start after as-of) is said by its own finding.
    const otherwise = report.dataQuality
      .filter((f) => f.sla === sla.id && (f.code === 'missing-start' || f.code === 'start-after-as-of'))
      .reduce((n, f) => n + f.count, 0);
    if (measured === 0 && r.excluded > otherwise) added.push(finding('segment-matches-none', sla.id, r.excluded - otherwise, sla.id));
  }
  if (added.length === 0) return report;
  return { ...report, dataQuality: [...report.dataQuality, ...added].sort(compareFindings) };
}
