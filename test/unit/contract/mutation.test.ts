/**
 * Seeded mutation test: random edits of every valid contract must never crash the
 * checker or the CLI, and every diagnostic must point inside the file. A failure prints
 * the seed, the case number, the edits and the text, so it can be replayed and turned
 * into a fixture.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CODES } from '../../../src/contract/codes.js';
import { checkContract, type Diagnostic } from '../../../src/contract/index.js';
import { CRASH, ensureBuilt, runCli } from '../../helpers/cli.js';
import { MUTATIONS, lineCount, mutate } from '../../helpers/mutations.js';
import { mulberry32 } from '../../helpers/prng.js';
import { validContractFiles } from '../../helpers/paths.js';

const SEED = 0x2e7ac7;
const CASES = 240;
const CLI_SAMPLE = 20;

interface Case {
  index: number;
  source: string;
  edits: string[];
  text: string;
}

/** The same seed and the same valid contracts always give the same cases. */
function generateCases(): Case[] {
  const rng = mulberry32(SEED);
  const sources = validContractFiles().map((path) => ({ name: basename(path), text: readFileSync(path, 'utf8') }));
  return Array.from({ length: CASES }, (_, index) => {
    const source = rng.pick(sources);
    const { text, edits } = mutate(source.text, rng);
    return { index, source: source.name, edits, text };
  });
}

const cases = generateCases();

function describeCase(c: Case, extra = ''): string {
  return `seed ${SEED.toString(16)} case ${c.index}: ${c.source} after ${c.edits.join(', ')}${extra}\n--- text ---\n${c.text.slice(0, 4000)}`;
}

function expectWellPlaced(d: Diagnostic, c: Case, file: string): void {
  const where = describeCase(c, `\n--- diagnostic ---\n${JSON.stringify(d)}`);
  expect(d.file, where).toBe(file);
  expect(Object.keys(CODES), where).toContain(d.code);
  expect(d.severity, where).toBe(CODES[d.code].severity);
  expect(typeof d.message === 'string' && d.message.length > 0, where).toBe(true);
  expect(Number.isInteger(d.line) && d.line >= 1, where).toBe(true);
  expect(Number.isInteger(d.column) && d.column >= 1, where).toBe(true);
  expect(d.line, where).toBeLessThanOrEqual(lineCount(c.text) + 1);
}

describe('mutation: in process', () => {
  it(`${CASES} seeded edits of the valid contracts never throw, and every diagnostic points inside the file`, () => {
    const seen = new Set<string>();
    let valid = 0;
    for (const c of cases) {
      let result: ReturnType<typeof checkContract> | undefined;
      expect(() => (result = checkContract('mutant.yaml', c.text)), describeCase(c)).not.toThrow();
      if (!result) continue;
      if (result.ok) valid++;
      else
        expect(
          result.diagnostics.some((d) => d.severity === 'error'),
          describeCase(c),
        ).toBe(true);
      for (const d of result.diagnostics) {
        expectWellPlaced(d, c, 'mutant.yaml');
        seen.add(d.code);
      }
    }
    // The edits do real damage of several kinds, and some leave the contract valid.
    expect(valid).toBeGreaterThan(0);
    expect(valid).toBeLessThan(CASES);
    for (const code of ['yaml-syntax', 'unknown-field', 'invalid-type', 'missing-field']) expect([...seen]).toContain(code);
  });

  it('every column lies within its line (the line break ends it)', () => {
    for (const c of cases) {
      const lines = c.text.split('\n');
      for (const d of checkContract('mutant.yaml', c.text).diagnostics) {
        if (d.line > lines.length) continue; // one past the end is allowed, at column 1
        expect(d.column, describeCase(c, `\n--- diagnostic ---\n${JSON.stringify(d)}`)).toBeLessThanOrEqual((lines[d.line - 1] ?? '').length + 1);
      }
    }
  });

  it('every kind of edit is exercised', () => {
    const used = new Set(cases.flatMap((c) => c.edits));
    expect([...used].sort()).toEqual(MUTATIONS.map((m) => m.name).sort());
  });

  it('the same input gives the same diagnostics (no hidden state between runs)', () => {
    for (const c of cases.slice(0, 40)) {
      const [first, second] = [checkContract('mutant.yaml', c.text), checkContract('mutant.yaml', c.text)];
      expect(second.ok, describeCase(c)).toBe(first.ok);
      expect(second.diagnostics, describeCase(c)).toEqual(first.diagnostics);
    }
  });

  it('the edits are the same on every run of this seed', () => {
    expect(generateCases()).toEqual(cases);
  });
});

describe('mutation: through the CLI', () => {
  let dir: string;

  beforeAll(() => {
    ensureBuilt();
    dir = mkdtempSync(join(tmpdir(), 'revpact-mutants-'));
  });

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it(`a sample of ${CLI_SAMPLE} mutants exits 0 or 1 with clean output, never 2 or a stack trace`, () => {
    const step = Math.floor(CASES / CLI_SAMPLE);
    for (let i = 0; i < CLI_SAMPLE; i++) {
      const c = cases[i * step]!;
      const name = `mutant-${c.index}.yaml`;
      writeFileSync(join(dir, name), c.text);
      const run = runCli(['validate', name, '--format', 'json'], { cwd: dir });
      const context = describeCase(c, `\n--- exit ${run.status} ---\n${run.stderr}`);
      expect([0, 1], context).toContain(run.status);
      expect(run.stderr, context).not.toMatch(CRASH);
      const report = JSON.parse(run.stdout) as { valid: boolean; diagnostics: Diagnostic[] };
      expect(report.valid, context).toBe(run.status === 0);
      for (const d of report.diagnostics) expectWellPlaced(d, c, name);
    }
  });
});
