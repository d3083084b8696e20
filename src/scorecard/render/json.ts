/**
 * The report card as JSON for other tools: stable keys, language-neutral (grades and
 * trends as words of the format, not of a locale), versioned by `apiVersion`.
 */
import type { ScorecardReport } from '../types.js';

export const SCORECARD_JSON_VERSION = 'revpact.scorecard/v1';

export function renderScorecardJson(report: ScorecardReport): string {
  const out = {
    apiVersion: SCORECARD_JSON_VERSION,
    contract: report.contract,
    cadence: report.cadence,
    current: report.current,
    periods: report.periods,
    scale: report.scale,
    commentBelow: report.commentBelow,
    actionGrades: report.actionGrades,
    cards: report.sides.map((s) => ({
      gradedBy: s.side,
      graded: s.graded,
      grader: s.grader,
      date: s.date,
      needs: s.needs.map((n) => ({
        id: n.id,
        need: n.need,
        grades: Object.fromEntries(report.periods.map((p, i) => [p, n.grades[i] ?? null])),
        current: n.current,
        trend: n.trend,
        comment: n.comment,
      })),
    })),
    actions: report.actions,
    files: report.files,
  };
  return JSON.stringify(out, null, 2) + '\n';
}
