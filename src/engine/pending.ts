/**
 * An SLA whose leads in the period are all still pending at as-of (open, within the goal)
 * has no attainment yet: met and breached are what it counts. Its "no data" is said, never
 * silent: a week or a month checked while it runs, or an SLA whose goal is longer than the
 * time since its leads came in, read "no data" beside a count of pending leads, and the
 * verdict said that no SLA had data to measure. Decided from the report after any engine
 * has measured (and after `settleUnmeasured`, whose own warning explains an SLA the export
 * cannot measure), so every engine says the same. Shared by `measure` and the change review.
 */
import { compareFindings, message, SEVERITY } from './metrics/data-quality.js';
import type { ComplianceReport, DataQualityFinding } from './types.js';

export function notePending(report: ComplianceReport): ComplianceReport {
  // A period with nothing to measure says so itself (no-leads-in-period, before-effective).
  if (report.dataQuality.some((f) => f.code === 'no-leads-in-period' || f.code === 'before-effective')) return report;
  const code = 'all-pending';
  const added: DataQualityFinding[] = report.slas
    .filter((s) => s.attainment === null && s.met + s.breached === 0 && s.pending > 0)
    .filter((s) => !report.dataQuality.some((f) => f.sla === s.id && f.code === 'sla-stop-not-in-export'))
    .map((s) => ({ code, severity: SEVERITY[code], count: s.pending, message: message(code, s.pending, s.id), examples: [], detail: s.id, sla: s.id }));
  if (added.length === 0) return report;
  return { ...report, dataQuality: [...report.dataQuality, ...added].sort(compareFindings) };
}
