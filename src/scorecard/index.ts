/**
 * The half-yearly report card (issue 8): grade files next to the contract, checked
 * against it, and rendered as the current card with each need's trend and the action
 * items.
 *
 *   period.ts        the periods a card grades (2026-H1, 2026-Q3, 2026)
 *   parse.ts         grade-file text → GradeCard (YAML, schema, then check.ts)
 *   check.ts         a card against its contract, as findings with pointers
 *   history.ts       cards → ScorecardReport (trend, action items)
 *   render/          the report in text, Markdown, HTML and JSON
 */
export { parseGradeFile, SCORECARD_SCHEMA } from './parse.js';
export { buildScorecardReport, duplicatePeriods, missingPeriods, latestPeriod, actionGrades } from './history.js';
export { renderScorecard, SCORECARD_FORMATS, type ScorecardFormat } from './render/index.js';
export { parseCardPeriod, periodProblem, type CardPeriod } from './period.js';
export type { GradeCard, ScorecardReport } from './types.js';
