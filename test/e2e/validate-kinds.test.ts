/**
 * `validate` checks each file as what it declares: `kind: mapping` against the mapping
 * schema, `kind: scorecard` against the report-card schema (and against its contract
 * when that is among the files), anything else as a contract (issue 13, item 20).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CRASH, ensureBuilt, runCli } from '../helpers/cli.js';
import { REPO_ROOT } from '../helpers/paths.js';

const MAPPING = 'test/fixtures/exports/acme.mapping.yaml';
const CARD = 'test/fixtures/scorecards/valid/2026-H1.yaml';
const CARD_CONTRACT = 'test/fixtures/scorecards/contract.yaml';

interface JsonReport {
  valid: boolean;
  files: number;
  diagnostics: { file: string; code: string; line: number; column: number; message: string }[];
}

const json = (args: string[], cwd = REPO_ROOT) => {
  const run = runCli(['validate', ...args, '--format', 'json'], { cwd });
  expect(run.stderr).not.toMatch(CRASH);
  return { status: run.status, report: JSON.parse(run.stdout) as JsonReport };
};

let dir: string;
beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'revpact-kinds-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('validate dispatches on kind', () => {
  it('a valid mapping file and a valid report card are valid, not contracts with a dozen wrong errors', () => {
    // Before: both were checked as contracts ("kind" is not allowed here, "metadata" is required...).
    const { status, report } = json([MAPPING, CARD]);
    expect(report).toEqual({ valid: true, files: 2, diagnostics: [] });
    expect(status).toBe(0);
  });

  it('a mapping file with a misspelt key gets the mapping schema’s finding at its line:col', () => {
    writeFileSync(join(dir, 'crm.mapping.yaml'), 'apiVersion: revpact/v1\nkind: mapping\ncolumns:\n  Ref: id\nunmaped: ignore\n');
    const { status, report } = json(['crm.mapping.yaml'], dir);
    expect(report.diagnostics).toMatchObject([{ file: 'crm.mapping.yaml', code: 'unknown-field', line: 5, column: 1, message: /did you mean "unmapped"\?/ }]);
    expect(status).toBe(1);
  });

  it('a report card alone gets its own schema; with its contract among the files, the checks against it too', () => {
    cpSync(join(REPO_ROOT, CARD_CONTRACT), join(dir, 'contract.yaml'));
    // "    - { need: crm-hygiene, grade: " is 34 characters: the grade is at column 35.
    writeFileSync(
      join(dir, '2026-H1.yaml'),
      readFileSync(join(REPO_ROOT, CARD), 'utf8').replace('{ need: crm-hygiene, grade: B }', '{ need: crm-hygiene, grade: b }'),
    );
    const alone = json(['2026-H1.yaml'], dir);
    expect(alone.report).toEqual({ valid: true, files: 1, diagnostics: [] });
    const together = json(['contract.yaml', '2026-H1.yaml'], dir);
    expect(together.report.diagnostics).toMatchObject([
      { file: '2026-H1.yaml', code: 'invalid-value', line: 12, column: 35, message: /"b" is not a grade on the contract's scale/ },
    ]);
    expect(together.status).toBe(1);
  });

  it('a folder with a contract, its report cards and a mapping file validates as a whole', () => {
    const repo = join(dir, 'repo');
    cpSync(join(REPO_ROOT, CARD_CONTRACT), join(repo, 'contract.yaml'));
    cpSync(join(REPO_ROOT, CARD), join(repo, 'scorecards', '2026-H1.yaml'));
    cpSync(join(REPO_ROOT, MAPPING), join(repo, 'crm.mapping.yaml'));
    const { status, report } = json(['.'], repo);
    expect(report).toEqual({ valid: true, files: 3, diagnostics: [] });
    expect(status).toBe(0);
  });
});
