/**
 * Keeps the tests in step with the code: every semantic check has its own test file,
 * every check is wired into CHECKS, and every diagnostic code is exercised somewhere.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../../src/contract/checks/index.js';
import { CODES } from '../../../src/contract/codes.js';
import { REPO_ROOT } from '../../helpers/paths.js';

const CHECKS_DIR = join(REPO_ROOT, 'src', 'contract', 'checks');
const TESTS_DIR = join(REPO_ROOT, 'test', 'unit', 'contract');
const SCORECARD_TESTS_DIR = join(REPO_ROOT, 'test', 'unit', 'scorecard');
/** Files in checks/ that hold no check: the list, the interface, the condition walker. */
const NOT_CHECKS = new Set(['index.ts', 'types.ts', 'walk.ts']);

const checkFiles = readdirSync(CHECKS_DIR).filter((f) => f.endsWith('.ts') && !NOT_CHECKS.has(f));

describe('catalogue', () => {
  it.each(checkFiles)('checks/%s has a unit test', (file) => {
    expect(existsSync(join(TESTS_DIR, 'checks', file.replace(/\.ts$/, '.test.ts')))).toBe(true);
  });

  it('every check file is run, and check ids are unique', () => {
    const index = readFileSync(join(CHECKS_DIR, 'index.ts'), 'utf8');
    for (const file of checkFiles) expect(index, file).toContain(`from './${file.replace(/\.ts$/, '.js')}'`);
    expect(CHECKS).toHaveLength(checkFiles.length);
    expect(new Set(CHECKS.map((c) => c.id)).size).toBe(CHECKS.length);
  });

  it('every diagnostic code is exercised by a test of the contract or of the report card', () => {
    // Grade files share the contract's codes; one of them (period-not-graded) is the history's own.
    const texts = [TESTS_DIR, SCORECARD_TESTS_DIR]
      .flatMap((dir) =>
        readdirSync(dir, { recursive: true, encoding: 'utf8' })
          .filter((f) => f.endsWith('.test.ts'))
          .map((f) => readFileSync(join(dir, f), 'utf8')),
      )
      .join('\n');
    const untested = Object.keys(CODES).filter((code) => !texts.includes(`'${code}'`));
    expect(untested).toEqual([]);
  });
});
