/**
 * A report card against its contract: the checks the schema cannot make. Each speaks in
 * JSON pointers (positions come later, in parse.ts) and reports instead of throwing.
 *
 *   contract   the card names this contract
 *   period     written for the contract's cadence, and the file is named after it
 *   grader     a team does not grade itself (its owner's or approvers' login on the other card)
 *   date       not before the period starts
 *   needs      every need of the grading side graded exactly once; no unknown need, no
 *              need of the other side
 *   grades     on the contract's scale; a comment for a grade worse than `commentBelow`
 *
 * The contract evolves while its history does not: a card for a period that ended before
 * this version of the contract took effect was graded against an earlier list of needs.
 * On such a card a need the contract no longer lists is a warning (its grade is left out
 * of the trend) and a need the contract added since is simply not graded yet.
 */
import { basename, extname } from 'node:path';
import type { RulesIR, TeamId } from '../compiler/ir.js';
import { pointerOf, type Finding } from '../contract/diagnostics.js';
import { didYouMean } from '../contract/suggest.js';
import { parseCardPeriod, periodProblem } from './period.js';
import { SIDES, gradedBy, type CardSpec, type GradeFileSpec } from './types.js';

type Scorecard = NonNullable<RulesIR['scorecard']>;

export interface CheckContext {
  rules: RulesIR;
  scorecard: Scorecard;
  /** The 1-based line a pointer lands on, to say where a repeated need was first graded. */
  lineOf: (pointer: string) => number;
  /** Today (YYYY-MM-DD, the contract's zone), when the caller knows it: a card dated later is a typo. */
  today?: string | undefined;
}

/** The day after `day` (YYYY-MM-DD): a day's leeway for a grader ahead of the contract's zone. */
function nextDay(day: string): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

export function checkCard(file: string, spec: GradeFileSpec, ctx: CheckContext): Finding[] {
  return [...checkContractName(spec, ctx), ...checkPeriod(file, spec, ctx), ...SIDES.flatMap((side) => checkSide(side, spec, ctx))];
}

function checkContractName(spec: GradeFileSpec, { rules }: CheckContext): Finding[] {
  if (spec.contract === rules.contract.name) return [];
  return [
    {
      code: 'unresolved-reference',
      pointer: '/contract',
      message: `this card grades the contract "${spec.contract}", but the contract checked is "${rules.contract.name}"`,
      suggest: `write contract: ${rules.contract.name}, or check the card with its own contract`,
    },
  ];
}

function checkPeriod(file: string, spec: GradeFileSpec, { scorecard }: CheckContext): Finding[] {
  const out: Finding[] = [];
  // The schema let through only periods that start with a year.
  const problem = periodProblem(spec.period, scorecard.cadence, Number(spec.period.slice(0, 4)));
  if (problem) out.push({ code: 'invalid-value', pointer: '/period', ...problem });
  const name = basename(file, extname(file));
  if (name !== spec.period) {
    out.push({
      code: 'invalid-value',
      pointer: '/period',
      message: `the card is for ${spec.period}, but the file is named ${basename(file)}`,
      suggest: `name the file ${spec.period}${extname(file)}, or correct the period`,
    });
  }
  return out;
}

function checkSide(side: TeamId, spec: GradeFileSpec, ctx: CheckContext): Finding[] {
  const { rules, scorecard } = ctx;
  const period = parseCardPeriod(spec.period, scorecard.cadence);
  const earlier = period !== undefined && period.lastDay < rules.contract.effective;
  const olderNote = `; the card predates version ${rules.contract.version} of the contract (effective ${rules.contract.effective}), so its grade is left out`;
  const card: CardSpec = spec[side];
  const other = gradedBy(side);
  const at = (...path: (string | number)[]) => pointerOf([side, ...path]);
  const out: Finding[] = [];

  // The grader: a login that speaks for the graded team cannot fill in this card.
  const login = card.grader.github;
  if (login !== undefined) {
    const otherLogins = [rules.owners[other].github, ...rules.approvers.filter((a) => a.for === other).map((a) => a.github)];
    if (otherLogins.some((l) => sameLogin(l, login))) {
      out.push({
        code: 'invalid-value',
        pointer: at('grader', 'github'),
        message: `${login} speaks for ${other} in the contract; ${other} cannot grade itself on ${side}'s card`,
        suggest: `let the ${side} owner (${rules.owners[side].name}) fill in this card`,
      });
    }
  }

  // The date: a period cannot be graded before it starts.
  if (period && card.date < period.firstDay) {
    out.push({
      code: 'invalid-value',
      pointer: at('date'),
      message: `${card.date} is before ${spec.period} starts (${period.firstDay}); a period is graded during or after it`,
      suggest: 'write the day the card was filled in',
    });
  }

  // The date: a card is dated the day it was filled in, never after today (2062-07-03 for 2026-07-03 was shown as graded in 2062).
  if (ctx.today !== undefined && card.date > nextDay(ctx.today)) {
    out.push({
      code: 'invalid-value',
      pointer: at('date'),
      message: `${card.date} is in the future (today is ${ctx.today}); a card is dated the day it was filled in`,
      suggest: 'write the day the card was filled in; is the year or the month mistyped?',
    });
  }

  // The needs and their grades.
  const own = scorecard.needs[side].map((n) => n.id);
  const theirs = new Set(scorecard.needs[other].map((n) => n.id));
  const scale = scorecard.scale.map((g) => g.grade);
  const commentRank = scale.indexOf(scorecard.commentBelow);
  const firstAt = new Map<string, string>();
  card.grades.forEach((g, i) => {
    const needAt = at('grades', i, 'need');
    if (theirs.has(g.need)) {
      out.push({
        code: 'invalid-value',
        pointer: needAt,
        message: `"${g.need}" is what ${other} needs from ${side}: ${other} grades it on its own card, not ${side}` + (earlier ? olderNote : ''),
        suggest: `move this grade under ${other}.grades, or grade one of ${side}'s needs: ${own.join(', ')}`,
        ...(earlier ? { severity: 'warning' as const } : {}),
      });
    } else if (!own.includes(g.need)) {
      const guess = didYouMean(g.need, own);
      out.push({
        code: 'unresolved-reference',
        pointer: needAt,
        message: `"${g.need}" is not one of ${side}'s needs in the contract` + (guess ? `; did you mean "${guess}"?` : '') + (earlier ? olderNote : ''),
        suggest: guess ? undefined : `${side}'s needs: ${own.join(', ')}`,
        ...(earlier ? { severity: 'warning' as const } : {}),
      });
    } else {
      const earlier = firstAt.get(g.need);
      if (earlier !== undefined) {
        out.push({
          code: 'duplicate-id',
          pointer: needAt,
          message: `"${g.need}" is graded twice on ${side}'s card (first on line ${ctx.lineOf(earlier)})`,
          suggest: 'keep one grade per need',
        });
      } else {
        firstAt.set(g.need, needAt);
      }
    }

    const rank = scale.indexOf(g.grade);
    if (rank === -1) {
      // Grades are a letter or two, all one edit apart: suggest only the same grade written differently ("b", "B +").
      const guess = scale.find((s) => s.toLowerCase() === g.grade.replace(/\s+/g, '').toLowerCase());
      out.push({
        code: 'invalid-value',
        pointer: at('grades', i, 'grade'),
        message: `"${g.grade}" is not a grade on the contract's scale (${scale.join(', ')})` + (guess ? `; did you mean "${guess}"?` : ''),
      });
    } else if (commentRank !== -1 && rank > commentRank && (g.comment === undefined || g.comment.trim() === '')) {
      out.push({
        code: 'missing-field',
        pointer: at('grades', i, 'grade'),
        message: `grade ${g.grade} is below ${scorecard.commentBelow}: it needs a comment saying why`,
        suggest: 'add comment: with the facts the other team can act on',
      });
    }
  });

  for (const need of own) {
    if (firstAt.has(need) || earlier) continue;
    out.push({
      code: 'missing-field',
      pointer: at('grades'),
      atKey: true,
      message: `"${need}" is not graded on ${side}'s card`,
      suggest: `add - { need: ${need}, grade: ${scale[0] ?? 'A'} } (or the grade it earned)`,
    });
  }
  return out;
}

/** GitHub logins and teams compare without case and without a leading "@". */
function sameLogin(a: string, b: string): boolean {
  return a.replace(/^@/, '').toLowerCase() === b.replace(/^@/, '').toLowerCase();
}
