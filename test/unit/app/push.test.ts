/**
 * `revpact push` reads the per-lead file `check --per-lead` writes. A row that is not one
 * lead's verdict (a cell short, no lead id) is named with its row, never skipped or taken as
 * a rule of its own; blank lines at the end are not rows.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readVerdicts } from '../../../src/app/push.js';
import { UsageError } from '../../../src/shared/errors.js';

const dir = mkdtempSync(join(tmpdir(), 'revpact-push-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HEADER = 'lead_id,rule_id,verdict,elapsed_minutes,due_at,owner';
const GOOD = [
  'L1,first-touch,met,12,2026-10-01T10:00:00+02:00,Ana',
  'L1,accept-or-reject,breached,600,2026-10-02T10:00:00+02:00,Ana',
  "'=L2,first-touch,pending,,2026-10-03T10:00:00+02:00,",
];

function file(name: string, lines: string[]): string {
  const path = join(dir, name);
  writeFileSync(path, lines.join('\r\n'));
  return path;
}

function refusal(path: string, rule?: string): UsageError {
  try {
    readVerdicts(path, 'f.csv', rule);
  } catch (e) {
    if (e instanceof UsageError) return e;
    throw e;
  }
  throw new Error('read without a refusal');
}

describe('readVerdicts', () => {
  it('reads one rule’s verdicts by lead id, blank lines at the end aside', () => {
    const { rule, verdicts } = readVerdicts(file('good.csv', [HEADER, ...GOOD, '', '']), 'good.csv', 'first-touch');
    expect(rule).toBe('first-touch');
    expect([...verdicts]).toEqual([
      ['L1', 'met'],
      ['=L2', 'pending'],
    ]);
  });

  it('names a row with a cell short or too many, instead of reading its cells as a rule', () => {
    const short = refusal(file('short.csv', [HEADER, GOOD[0] as string, 'broken,row', GOOD[1] as string]), 'first-touch');
    expect(short.message).toBe('--per-lead f.csv, row 3: 2 cells where the header has 6');
    expect(short.hint).toBe('write the file anew with revpact check --per-lead (it is not edited by hand)');
    expect(refusal(file('long.csv', [HEADER, `${GOOD[0]},extra`])).message).toBe('--per-lead f.csv, row 2: 7 cells where the header has 6');
  });

  it('names a row without a lead id', () => {
    expect(refusal(file('noid.csv', [HEADER, GOOD[0] as string, ' ,first-touch,met,1,2026-10-01T10:00:00+02:00,Ana']), 'first-touch').message).toBe(
      '--per-lead f.csv, row 3: no lead id',
    );
  });
});

describe('readVerdicts of a check that measured no lead', () => {
  it('says the file holds no verdicts, rather than ask which of its 0 rules to push', () => {
    for (const rule of [undefined, 'first-touch']) {
      const e = refusal(file('header-only.csv', [HEADER, '']), rule);
      expect(e.message).toBe('--per-lead f.csv holds no verdicts, only its header: the check that wrote it measured no lead');
      expect(e.hint).toMatch(/^run revpact check again with --leads and --period that hold leads/);
    }
  });
});
