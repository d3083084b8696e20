/**
 * Cards → the report: each need's trend (its current grade against its latest earlier
 * grade), the action items (the two worst grades of the scale, owned by the team graded,
 * worst first), and the report as of an earlier period.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  actionGrades,
  buildScorecardReport,
  duplicatePeriods,
  latestPeriod,
  missingPeriods,
  parseGradeFile,
  type GradeCard,
} from '../../../src/scorecard/index.js';
import { parseCardPeriod, comparePeriods, periodsBetween } from '../../../src/scorecard/period.js';
import { fixturePath } from '../../helpers/paths.js';
import { ACME } from './fixtures.js';

const VALID = readFileSync(fixturePath('scorecards', 'valid', '2026-H1.yaml'), 'utf8');

/** The valid card moved to `period`, with some grades replaced ("need: grade"). */
function card(period: string, grades: Record<string, string> = {}, file = `cards/${period}.yaml`): GradeCard {
  let text = VALID.replace('period: 2026-H1', `period: ${period}`).replace(/date: 2026-0(6-30|7-01)/g, `date: ${period.slice(0, 4)}-12-31`);
  for (const [need, grade] of Object.entries(grades)) {
    // Every grade gets a comment, as grades below B need one; a comment already there stays.
    text = text
      .replace(new RegExp(`need: ${need}, grade: [A-Z] }`), `need: ${need}, grade: ${grade}, comment: "Graded ${grade}." }`)
      .replace(new RegExp(`need: ${need}, grade: [A-Z],`), `need: ${need}, grade: ${grade},`);
  }
  const r = parseGradeFile(file, text, ACME);
  if (!r.ok) throw new Error(r.diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`).join('\n'));
  return r.value;
}

describe('periods', () => {
  it('parse per cadence and sort chronologically', () => {
    expect(parseCardPeriod('2026-Q3', 'quarterly')?.firstDay).toBe('2026-07-01');
    expect(parseCardPeriod('2026-H2', 'half-yearly')?.firstDay).toBe('2026-07-01');
    expect(parseCardPeriod('2026', 'yearly')?.firstDay).toBe('2026-01-01');
    expect(parseCardPeriod('2026-H1', 'quarterly')).toBeUndefined();
    const sorted = ['2026-H1', '2025-H2', '2025-H1'].map((p) => parseCardPeriod(p, 'half-yearly')!).sort(comparePeriods);
    expect(sorted.map((p) => p.label)).toEqual(['2025-H1', '2025-H2', '2026-H1']);
  });

  it('reports two cards for one period', () => {
    const a = card('2026-H1', {}, 'cards/2026-H1.yaml');
    const b = card('2026-H1', {}, 'cards/2026-H1.yml');
    expect(duplicatePeriods([a, b])).toEqual([
      expect.objectContaining({ code: 'duplicate-id', file: 'cards/2026-H1.yml', line: 5, column: 9, message: 'cards/2026-H1.yaml already grades 2026-H1' }),
    ]);
  });
});

describe('a period no card grades', () => {
  it('lists the periods between two others, for each cadence', () => {
    const between = (a: string, b: string, cadence: 'half-yearly' | 'quarterly' | 'yearly') =>
      periodsBetween(parseCardPeriod(a, cadence)!, parseCardPeriod(b, cadence)!);
    expect(between('2025-H1', '2026-H1', 'half-yearly')).toEqual(['2025-H2']);
    expect(between('2025-H2', '2026-H1', 'half-yearly')).toEqual([]);
    expect(between('2025-Q3', '2026-Q2', 'quarterly')).toEqual(['2025-Q4', '2026-Q1']);
    expect(between('2023', '2026', 'yearly')).toEqual(['2024', '2025']);
  });

  // Before: the card read its trends against 2025-H1 across the missing half-year without a word.
  it('warns on the card after the gap that its trends are read against the card before it', () => {
    const cards = [card('2026-H1', {}, 'cards/2026-H1.yaml'), card('2025-H1', {}, 'cards/2025-H1.yaml'), card('2024-H2', {}, 'cards/2024-H2.yaml')];
    expect(missingPeriods(cards)).toEqual([
      expect.objectContaining({
        code: 'period-not-graded',
        severity: 'warning',
        file: 'cards/2026-H1.yaml',
        line: 5,
        column: 9,
        message: 'no card grades 2025-H2, between 2025-H1 and 2026-H1: the trends on this card are read against 2025-H1',
      }),
    ]);
    expect(missingPeriods([card('2025-H2'), card('2026-H1')])).toEqual([]);
    expect(missingPeriods([card('2019-H1'), card('2026-H1')])[0]?.message).toMatch(
      /^no card grades 2019-H2, 2020-H1, 2020-H2 and 10 more, between 2019-H1 and 2026-H1/,
    );
  });
});

describe('a card from before this version of the contract', () => {
  // acme 1.2.0 took effect on 2026-01-01: 2025-H2 was graded against an earlier list of needs.
  const older = VALID.replace('period: 2026-H1', 'period: 2025-H2')
    .replace(/date: 2026-0(6-30|7-01)/g, 'date: 2025-12-31')
    .replace('need: crm-hygiene, grade: B', 'need: lead-scoring, grade: B');

  it('warns about a need the contract no longer lists and does not ask for one it added since', () => {
    const r = parseGradeFile('cards/2025-H2.yaml', older, ACME);
    expect(r.ok).toBe(true);
    expect(r.diagnostics.map((d) => [d.severity, d.code, d.line, d.column])).toEqual([['warning', 'unresolved-reference', 12, 15]]);
    expect(r.diagnostics[0]?.message).toMatch(/predates version 1\.2\.0 of the contract \(effective 2026-01-01\), so its grade is left out/);
  });

  it('shows the need it did not grade as not graded in that period', () => {
    const r = parseGradeFile('cards/2025-H2.yaml', older, ACME);
    if (!r.ok) throw new Error('expected the older card to pass');
    const report = buildScorecardReport(ACME, [r.value, card('2026-H1')], '2026-H1');
    expect(report.sides[0]!.needs.map((n) => [n.id, n.grades, n.trend])).toEqual([
      ['fast-follow-up', ['A', 'A'], 'same'],
      ['rejection-reasons', ['C', 'C'], 'same'],
      ['crm-hygiene', [null, 'B'], 'new'],
    ]);
  });

  it('is still complete when its period overlaps this version', () => {
    const r = parseGradeFile('cards/2026-H1.yaml', VALID.replace('    - { need: crm-hygiene, grade: B }\n', ''), ACME);
    expect(r.diagnostics.map((d) => [d.severity, d.code])).toEqual([['error', 'missing-field']]);
  });
});

describe('the action grades', () => {
  it('are the two worst of the scale, never the best', () => {
    expect(actionGrades(['A', 'B', 'C', 'F'])).toEqual(['C', 'F']);
    expect(actionGrades(['A', 'B', 'C', 'D', 'E', 'F'])).toEqual(['E', 'F']);
    expect(actionGrades(['pass', 'fail'])).toEqual(['fail']);
  });
});

describe('a three-period history', () => {
  // fast-follow-up: C → B → A (up); rejection-reasons: F → C → C (same);
  // crm-hygiene: A → A → C (down); enough-mqls: B → B → F (down, worst).
  const cards = [
    card('2026-H1', { 'fast-follow-up': 'A', 'crm-hygiene': 'C', 'enough-mqls': 'F' }),
    card('2025-H1', { 'fast-follow-up': 'C', 'rejection-reasons': 'F', 'crm-hygiene': 'A' }),
    card('2025-H2', { 'fast-follow-up': 'B', 'crm-hygiene': 'A' }),
  ];
  const report = buildScorecardReport(ACME, cards, latestPeriod(cards)!);

  it('shows the periods in order, ending with the latest', () => {
    expect(report.periods).toEqual(['2025-H1', '2025-H2', '2026-H1']);
    expect(report.current).toBe('2026-H1');
    expect(report.files).toEqual(['cards/2025-H1.yaml', 'cards/2025-H2.yaml', 'cards/2026-H1.yaml']);
  });

  it('gives each need its grades and the direction of the last change', () => {
    const marketing = report.sides[0]!;
    expect(marketing.side).toBe('marketing');
    expect(marketing.graded).toBe('sales');
    expect(marketing.needs.map((n) => [n.id, n.grades.join(''), n.trend])).toEqual([
      ['fast-follow-up', 'CBA', 'up'],
      ['rejection-reasons', 'FCC', 'same'],
      ['crm-hygiene', 'AAC', 'down'],
    ]);
    expect(report.sides[1]!.needs.map((n) => [n.id, n.grades.join(''), n.trend])).toEqual([
      ['enough-mqls', 'BBF', 'down'],
      ['mql-quality', 'FFF', 'same'],
      ['complete-handoff', 'AAA', 'same'],
    ]);
  });

  it('lists the needs graded C or F now, worst first, owned by the team graded, with the comment', () => {
    expect(report.actions.map((a) => [a.grade, a.need, a.gradedBy, a.owner, a.ownerName])).toEqual([
      ['F', 'enough-mqls', 'sales', 'marketing', 'Marketing Lead'],
      ['F', 'mql-quality', 'sales', 'marketing', 'Marketing Lead'],
      ['C', 'rejection-reasons', 'marketing', 'sales', 'Sales Lead'],
      ['C', 'crm-hygiene', 'marketing', 'sales', 'Sales Lead'],
    ]);
    expect(report.actions[1]!.comment).toBe('22% of MQLs became SQLs, against 40% agreed.');
  });

  it('shows the card as it stood in an earlier period, leaving later ones out', () => {
    const earlier = buildScorecardReport(ACME, cards, '2025-H2');
    expect(earlier.periods).toEqual(['2025-H1', '2025-H2']);
    expect(earlier.sides[0]!.needs.map((n) => [n.id, n.current, n.trend])).toEqual([
      ['fast-follow-up', 'B', 'up'],
      ['rejection-reasons', 'C', 'up'],
      ['crm-hygiene', 'A', 'same'],
    ]);
  });

  it('marks a first grade as new', () => {
    const single = buildScorecardReport(ACME, [cards[1]!], '2025-H1');
    expect(single.sides.flatMap((s) => s.needs.map((n) => n.trend))).toEqual(['new', 'new', 'new', 'new', 'new', 'new']);
  });
});
