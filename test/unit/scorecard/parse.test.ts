/**
 * Grade files against their contract (test/fixtures/scorecards/contract.yaml): one valid
 * card, and one fixture per class of error with the line:column a user should see. The
 * positions were worked out by reading the fixtures: each is the valid card with one line
 * changed, so apiVersion is on line 2, contract on 4, period on 5, marketing on 6, its
 * grader on 7, date on 8, grades on 9 and its three grades on 10–12. In a grade line
 * "    - { need: " is 14 characters, so the need id starts at column 15.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Code } from '../../../src/contract/codes.js';
import { formatDiagnostic } from '../../../src/contract/diagnostics.js';
import { parseGradeFile } from '../../../src/scorecard/index.js';
import { fixturePath, REPO_ROOT } from '../../helpers/paths.js';
import { ACME } from './fixtures.js';

const parse = (...parts: string[]) => {
  const path = fixturePath('scorecards', ...parts);
  return parseGradeFile(relative(REPO_ROOT, path), readFileSync(path), ACME);
};

describe('a valid card', () => {
  it('passes, with the grades in the contract’s order and empty comments as null', () => {
    const r = parse('valid', '2026-H1.yaml');
    expect(r.diagnostics).toEqual([]);
    if (!r.ok) throw new Error('expected a valid card');
    expect(r.value.period).toEqual({ label: '2026-H1', unit: 'half-yearly', year: 2026, index: 1, firstDay: '2026-01-01', lastDay: '2026-06-30' });
    expect(r.value.periodAt).toEqual({ line: 5, column: 9 });
    expect(r.value.sides.marketing.grades).toEqual([
      { need: 'fast-follow-up', grade: 'A', comment: null },
      { need: 'rejection-reasons', grade: 'C', comment: "Half of May's rejections had no reason." },
      { need: 'crm-hygiene', grade: 'B', comment: null },
    ]);
    expect(r.value.sides.sales.grader).toEqual({ name: 'Sales Lead', github: null });
  });
});

interface Expected {
  code: Code;
  line: number;
  column: number;
  message: RegExp;
}

const CASES: [string, string, Expected[]][] = [
  [
    'unknown-need',
    '2026-H1.yaml',
    [
      // The need it should have graded: at the "grades" key ("  grades:", column 3).
      { code: 'missing-field', line: 9, column: 3, message: /"fast-follow-up" is not graded on marketing's card/ },
      {
        code: 'unresolved-reference',
        line: 10,
        column: 15,
        message: /"fast-folow-up" is not one of marketing's needs in the contract; did you mean "fast-follow-up"\?/,
      },
    ],
  ],
  [
    'wrong-side',
    '2026-H1.yaml',
    [
      { code: 'missing-field', line: 9, column: 3, message: /"crm-hygiene" is not graded/ },
      {
        code: 'invalid-value',
        line: 12,
        column: 15,
        message: /"mql-quality" is what sales needs from marketing: sales grades it on its own card, not marketing/,
      },
    ],
  ],
  // The repeat, on the inserted line 13.
  [
    'duplicate-need',
    '2026-H1.yaml',
    [{ code: 'duplicate-id', line: 13, column: 15, message: /"fast-follow-up" is graded twice on marketing's card \(first on line 10\)/ }],
  ],
  // "crm-hygiene" is 11 characters (15–25), then ", grade: " (26–34): the grade at 35.
  [
    'off-scale',
    '2026-H1.yaml',
    [{ code: 'invalid-value', line: 12, column: 35, message: /"b" is not a grade on the contract's scale \(A, B, C, F\); did you mean "B"\?/ }],
  ],
  // "rejection-reasons" is 17 characters (15–31), then ", grade: " (32–40): the grade at 41.
  ['missing-comment', '2026-H1.yaml', [{ code: 'missing-field', line: 11, column: 41, message: /grade C is below B: it needs a comment saying why/ }]],
  ['not-graded', '2026-H1.yaml', [{ code: 'missing-field', line: 9, column: 3, message: /"crm-hygiene" is not graded on marketing's card/ }]],
  // "  grader: { name: Pat, github: " is 31 characters; the login is an approver for sales, in another case.
  [
    'wrong-grader',
    '2026-H1.yaml',
    [{ code: 'invalid-value', line: 7, column: 32, message: /Sales-Delegate speaks for sales in the contract; sales cannot grade itself on marketing's card/ }],
  ],
  // "period: " is 8 characters.
  ['period-file', '2025-H2.yaml', [{ code: 'invalid-value', line: 5, column: 9, message: /the card is for 2026-H1, but the file is named 2025-H2\.yaml/ }]],
  [
    'cadence',
    '2026-Q1.yaml',
    [
      {
        code: 'invalid-value',
        line: 5,
        column: 9,
        message: /"2026-Q1" is a quarter, but the teams grade each other every half-year \(scorecard\.cadence: half-yearly\)/,
      },
    ],
  ],
  // "contract: " is 10 characters.
  [
    'contract-name',
    '2026-H1.yaml',
    [{ code: 'unresolved-reference', line: 4, column: 11, message: /this card grades the contract "acm", but the contract checked is "acme"/ }],
  ],
  // "  date: " is 8 characters.
  ['date-before-period', '2026-H1.yaml', [{ code: 'invalid-value', line: 8, column: 9, message: /2025-12-20 is before 2026-H1 starts \(2026-01-01\)/ }]],
  [
    'schema-unknown-key',
    '2026-H1.yaml',
    [
      // The grade the item lacks: at the item, its "{" at column 7.
      { code: 'missing-field', line: 10, column: 7, message: /"grade" is required in marketing\.grades\[0\]/ },
      // "fast-follow-up" is 14 characters (15–28), then ", " (29–30): the key at 31.
      { code: 'unknown-field', line: 10, column: 31, message: /"grdae" is not allowed here; did you mean "grade"\?/ },
    ],
  ],
  // The date line is gone: at the "marketing" key.
  ['schema-missing-date', '2026-H1.yaml', [{ code: 'missing-field', line: 6, column: 1, message: /"date" is required in marketing/ }]],
  ['empty', '2026-H1.yaml', [{ code: 'empty-file', line: 1, column: 1, message: /the file has only comments/ }]],
];

describe('each class of error, at its line and column', () => {
  it.each(CASES)('%s', (dir, name, expected) => {
    const r = parse('invalid', dir, name);
    expect(r.ok).toBe(false);
    const got = r.diagnostics.map((d) => ({ code: d.code, line: d.line, column: d.column, message: d.message }));
    expect(got, r.diagnostics.map(formatDiagnostic).join('\n')).toEqual(expected.map((e) => ({ ...e, message: expect.stringMatching(e.message) as string })));
    for (const d of r.diagnostics) {
      expect(d.severity).toBe('error');
      expect(d.file).toBe(`test/fixtures/scorecards/invalid/${dir}/${name}`);
    }
  });

  // A year typed wrong (2062-07-03) was shown as "graded on July 3, 2062".
  it('refuses a card dated after today, with a day of leeway, at the date', () => {
    const text = readFileSync(fixturePath('scorecards', 'valid', '2026-H1.yaml'), 'utf8');
    const future = parseGradeFile('2026-H1.yaml', text.replace('date: 2026-06-30', 'date: 2062-06-30'), ACME, '2026-07-02');
    expect(future.ok).toBe(false);
    expect(future.diagnostics.map(formatDiagnostic)).toEqual([
      '2026-H1.yaml:8:9 error invalid-value: 2062-06-30 is in the future (today is 2026-07-02); a card is dated the day it was filled in (write the day the card was filled in; is the year or the month mistyped?)',
    ]);
    // Dated tomorrow (a grader ahead of the contract's zone), or today: fine; without a today, nothing is said.
    expect(parseGradeFile('2026-H1.yaml', text, ACME, '2026-06-30').diagnostics).toEqual([]);
    expect(parseGradeFile('2026-H1.yaml', text.replace('date: 2026-06-30', 'date: 2062-06-30'), ACME).diagnostics).toEqual([]);
  });

  it('says how to write a card in an empty file', () => {
    expect(parse('invalid', 'empty', '2026-H1.yaml').diagnostics[0]?.suggest).toMatch(/kind: scorecard/);
  });

  it('suggests the periods the cadence allows', () => {
    expect(parse('invalid', 'cadence', '2026-Q1.yaml').diagnostics[0]?.suggest).toBe('write the period as 2026-H1 or 2026-H2');
  });
});

describe('what the YAML layer guards, for grade files too', () => {
  it('refuses binary input, oversized files and duplicate keys with a position', () => {
    expect(parseGradeFile('x/2026-H1.yaml', new Uint8Array([0, 1, 2]), ACME).diagnostics[0]?.code).toBe('binary-file');
    expect(parseGradeFile('x/2026-H1.yaml', 'a: 1\n'.repeat(60_000), ACME).diagnostics[0]?.code).toBe('file-too-large');
    const twice = readFileSync(fixturePath('scorecards', 'valid', '2026-H1.yaml'), 'utf8').replace('kind: scorecard\n', 'kind: scorecard\nkind: scorecard\n');
    expect(parseGradeFile('x/2026-H1.yaml', twice, ACME).diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([['duplicate-key', 4, 1]]);
  });

  it('keeps __proto__ keys from reaching the card', () => {
    const text = readFileSync(fixturePath('scorecards', 'valid', '2026-H1.yaml'), 'utf8').replace(
      'kind: scorecard\n',
      'kind: scorecard\n__proto__: { polluted: yes }\n',
    );
    const r = parseGradeFile('x/2026-H1.yaml', text, ACME);
    expect(r.diagnostics.map((d) => d.code)).toEqual(['unknown-field']);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
