/**
 * Checked cards → the report card a reader sees: the current period's grades, each
 * need's grades across the periods before it with the direction of the last change, and
 * the action items. Pure and language-neutral: the renderers put it into words.
 */
import type { RulesIR } from '../compiler/ir.js';
import type { Diagnostic } from '../contract/diagnostics.js';
import { comparePeriods, periodsBetween } from './period.js';
import { SIDES, gradedBy, type ActionItem, type GradeCard, type ScorecardReport, type SideHistory, type Trend } from './types.js';

/** Two files for one period (2026-H1.yaml and 2026-H1.yml): the later one in file order is reported. */
export function duplicatePeriods(cards: readonly GradeCard[]): Diagnostic[] {
  const seen = new Map<string, string>();
  const out: Diagnostic[] = [];
  for (const card of cards) {
    const first = seen.get(card.period.label);
    if (first === undefined) {
      seen.set(card.period.label, card.file);
      continue;
    }
    out.push({
      code: 'duplicate-id',
      severity: 'error',
      message: `${first} already grades ${card.period.label}`,
      file: card.file,
      pointer: '/period',
      ...card.periodAt,
      suggest: 'keep one card per period',
    });
  }
  return out;
}

/**
 * A warning on each card that follows periods no card grades (2025-H1, then 2026-H1): the
 * card's trends are read against the card before the gap, and the history drew its arrows
 * across the missing half-year without a word (only "Periods graded" showed it).
 */
export function missingPeriods(cards: readonly GradeCard[]): Diagnostic[] {
  const sorted = [...cards].sort((a, b) => comparePeriods(a.period, b.period));
  const out: Diagnostic[] = [];
  for (let i = 1; i < sorted.length; i++) {
    const before = sorted[i - 1] as GradeCard;
    const card = sorted[i] as GradeCard;
    const missing = periodsBetween(before.period, card.period);
    if (missing.length === 0) continue;
    const list = missing.length > 3 ? `${missing.slice(0, 3).join(', ')} and ${missing.length - 3} more` : missing.join(', ');
    out.push({
      code: 'period-not-graded',
      severity: 'warning',
      message: `no card grades ${list}, between ${before.period.label} and ${card.period.label}: the trends on this card are read against ${before.period.label}`,
      file: card.file,
      pointer: '/period',
      ...card.periodAt,
      suggest: `add the grade file of ${missing[0]} to the history, or leave it out if the teams did not meet to grade that period`,
    });
  }
  return out;
}

/** The latest period graded. */
export function latestPeriod(cards: readonly GradeCard[]): string | undefined {
  return [...cards].sort((a, b) => comparePeriods(a.period, b.period)).at(-1)?.period.label;
}

/** The grades that make a need an action item: the two worst of the scale, never its best grade. */
export function actionGrades(scale: readonly string[]): string[] {
  return scale.slice(Math.max(1, scale.length - 2));
}

/**
 * The report as of `current` (a period that has a card): periods after it are left out,
 * so `--period 2025-H2` shows the card as it stood then.
 */
export function buildScorecardReport(rules: RulesIR, cards: readonly GradeCard[], current: string): ScorecardReport {
  const scorecard = rules.scorecard;
  if (!scorecard) throw new Error('buildScorecardReport: the contract has no scorecard section');
  const shown = [...cards].sort((a, b) => comparePeriods(a.period, b.period));
  const end = shown.findIndex((c) => c.period.label === current);
  if (end === -1) throw new Error(`buildScorecardReport: no card for ${current}`);
  const history = shown.slice(0, end + 1);
  const now = history[end] as GradeCard;
  const scale = scorecard.scale.map((g) => g.grade);
  const rank = (grade: string | null) => (grade === null ? -1 : scale.indexOf(grade));
  const worst = actionGrades(scale);

  const sides: SideHistory[] = SIDES.map((side) => ({
    side,
    graded: gradedBy(side),
    grader: now.sides[side].grader,
    date: now.sides[side].date,
    needs: scorecard.needs[side].map((n) => {
      const grades = history.map((card) => card.sides[side].grades.find((g) => g.need === n.id)?.grade ?? null);
      const latest = now.sides[side].grades.find((g) => g.need === n.id) ?? null;
      const previous =
        grades
          .slice(0, -1)
          .filter((g) => g !== null)
          .at(-1) ?? null;
      let trend: Trend | null = null;
      if (latest !== null) {
        const delta = previous === null ? null : rank(previous) - rank(latest.grade);
        trend = delta === null ? 'new' : delta > 0 ? 'up' : delta < 0 ? 'down' : 'same';
      }
      return { id: n.id, need: n.need, grades, current: latest?.grade ?? null, comment: latest?.comment ?? null, trend };
    }),
  }));

  const actions: ActionItem[] = sides
    .flatMap((s) =>
      s.needs
        .filter((n) => n.current !== null && worst.includes(n.current))
        .map((n) => ({
          need: n.id,
          needText: n.need,
          grade: n.current as string,
          comment: n.comment,
          gradedBy: s.side,
          owner: s.graded,
          ownerName: rules.owners[s.graded].name,
          ownerGithub: rules.owners[s.graded].github,
        })),
    )
    // Worst grade first; the sort is stable, so card order and the contract's order stay.
    .sort((a, b) => rank(b.grade) - rank(a.grade));

  return {
    contract: { name: rules.contract.name, title: rules.contract.title, version: rules.contract.version },
    cadence: scorecard.cadence,
    scale: scorecard.scale,
    commentBelow: scorecard.commentBelow,
    actionGrades: worst,
    periods: history.map((c) => c.period.label),
    current,
    files: history.map((c) => c.file),
    sides,
    actions,
  };
}
