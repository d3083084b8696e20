/**
 * Building contracts for tests: from YAML text (as users write them) to the checked
 * result, or to the plain object a single check runs on.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { expect } from 'vitest';
import { parse } from 'yaml';
import type { Check } from '../../src/contract/checks/types.js';
import type { Finding } from '../../src/contract/diagnostics.js';
import { checkContract, type Diagnostic } from '../../src/contract/index.js';
import { checkSchema } from '../../src/contract/schema.js';
import type { RevpactContract } from '../../src/contract/types.generated.js';
import { REPO_ROOT, fixturePath, yamlFilesIn } from './paths.js';

/** The minimal valid contract (test/fixtures/valid/minimal.yaml) as text. */
export const MINIMAL_YAML = readFileSync(fixturePath('valid', 'minimal.yaml'), 'utf8');

/** The contract that uses every section (test/fixtures/valid/full.yaml) as text. */
export const FULL_YAML = readFileSync(fixturePath('valid', 'full.yaml'), 'utf8');

/** Runs the whole pipeline on a file of the repository, named relative to its root. */
export function checkFile(path: string) {
  return checkContract(relative(REPO_ROOT, path), readFileSync(path));
}

/** The diagnostics of a contract given as text. */
export function diagnose(text: string, file = 'contract.yaml'): Diagnostic[] {
  return checkContract(file, text).diagnostics;
}

/**
 * YAML text → the plain contract a check runs on. Fails the test when the text does not
 * have the schema's shape, because checks only ever see contracts that do.
 */
export function shaped(text: string): RevpactContract {
  const value: unknown = parse(text, { version: '1.2' });
  const problems = checkSchema(value);
  if (problems.length > 0) throw new Error(`test contract does not match the schema: ${JSON.stringify(problems, null, 2)}`);
  return value as RevpactContract;
}

/** The minimal contract with `extra` YAML appended at the top level. */
export function minimalWith(extra: string): string {
  return MINIMAL_YAML.trimEnd() + '\n' + extra.trim() + '\n';
}

/** A compact view of diagnostics for readable assertions: "line:col code pointer". */
export function summary(diagnostics: readonly Diagnostic[]): string[] {
  return diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.pointer}`);
}

/**
 * The valid fixtures (test/fixtures/valid/) as the checks see them. The examples in
 * contracts/ are checked as a whole elsewhere (fixtures.test.ts, the CLI e2e test), so a
 * half-written example fails one test there instead of every check test here.
 */
export function validFixtures(): { name: string; contract: RevpactContract }[] {
  return yamlFilesIn(fixturePath('valid')).map((path) => ({ name: relative(REPO_ROOT, path), contract: shaped(readFileSync(path, 'utf8')) }));
}

/** A check finds nothing at all in any valid fixture. */
export function expectQuietOnValidContracts(check: Check): void {
  const fixtures = validFixtures();
  expect(fixtures.length).toBeGreaterThan(0);
  for (const { name, contract } of fixtures) expect(check.run(contract), name).toEqual([]);
}

/** Findings as [code, pointer] pairs, the shape most check tests assert. */
export function where(findings: readonly Finding[]): [string, string][] {
  return findings.map((f) => [f.code, f.pointer]);
}
