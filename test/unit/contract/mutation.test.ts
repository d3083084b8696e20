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
import { HOSTILE_MUTATIONS, MUTATIONS, lineCount, mutate, mutateHostile } from '../../helpers/mutations.js';
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

/** expectWellPlaced() as a predicate, for cases with thousands of diagnostics. */
function wellPlaced(d: Diagnostic, text: string, file: string): boolean {
  return (
    d.file === file &&
    d.code in CODES &&
    d.severity === CODES[d.code].severity &&
    typeof d.message === 'string' &&
    d.message.length > 0 &&
    Number.isInteger(d.line) &&
    d.line >= 1 &&
    Number.isInteger(d.column) &&
    d.column >= 1 &&
    d.line <= lineCount(text) + 1
  );
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

// ── hostile families (issue 13) ──────────────────────────────────────────────────────

const HOSTILE_SEED = 0x13ba5e;
const HOSTILE_CASES = 40;
const HOSTILE_CLI_SAMPLE = 8;
/**
 * CPU time per file, in process. Measured: the slowest case (9,000 unknown keys, each
 * reported) takes 0.4 to 0.9 s; the bound is generous because the machine is shared.
 * Before the fixes, 86,000 keys took 42 s and a recursive alias overflowed the stack.
 */
const TIME_BOUND_MS = 2000;

function generateHostileCases(): Case[] {
  const rng = mulberry32(HOSTILE_SEED);
  const sources = validContractFiles().map((path) => ({ name: basename(path), text: readFileSync(path, 'utf8') }));
  return Array.from({ length: HOSTILE_CASES }, (_, index) => {
    const source = rng.pick(sources);
    const { text, edits } = mutateHostile(source.text, rng);
    return { index, source: source.name, edits, text };
  });
}

const hostile = generateHostileCases();

function describeHostile(c: Case, extra = ''): string {
  return `hostile seed ${HOSTILE_SEED.toString(16)} case ${c.index}: ${c.source} after ${c.edits.join(', ')}${extra}\n--- text (start) ---\n${c.text.slice(0, 1500)}`;
}

describe('mutation: hostile families', () => {
  it('every family is exercised, with the same cases on every run of this seed', () => {
    expect([...new Set(hostile.map((c) => c.edits[0]))].sort()).toEqual(HOSTILE_MUTATIONS.map((m) => m.name).sort());
    expect(generateHostileCases().map((c) => c.text)).toEqual(hostile.map((c) => c.text));
  });

  it(`${HOSTILE_CASES} hostile files: no throw, every diagnostic at a line:col inside the file, each within ${TIME_BOUND_MS} ms`, () => {
    checkContract('warm.yaml', readFileSync(validContractFiles()[0]!, 'utf8')); // the schema compiles once, outside the bound
    const codes = new Set<string>();
    let slowest = 0;
    for (const c of hostile) {
      // CPU time, not wall time: other work on a shared machine does not count against a case.
      const started = process.cpuUsage();
      let result: ReturnType<typeof checkContract> | undefined;
      expect(() => (result = checkContract('mutant.yaml', c.text)), describeHostile(c)).not.toThrow();
      const spent = process.cpuUsage(started);
      const ms = (spent.user + spent.system) / 1000;
      slowest = Math.max(slowest, ms);
      expect(ms, describeHostile(c, ` took ${ms.toFixed(0)} ms`)).toBeLessThan(TIME_BOUND_MS);
      // Checked in plain code and asserted once: thousands of diagnostics in one case.
      const misplaced = (result?.diagnostics ?? []).filter((d) => !wellPlaced(d, c.text, 'mutant.yaml'));
      expect(misplaced.slice(0, 3), describeHostile(c)).toEqual([]);
      for (const d of result?.diagnostics ?? []) codes.add(d.code);
    }
    // The families reach the guards they were written for.
    for (const code of ['recursive-alias', 'alias-limit', 'input-limit', 'file-too-large'])
      expect([...codes], `slowest ${slowest.toFixed(0)} ms`).toContain(code);
  });
});

describe('mutation: hostile files through the CLI', () => {
  let dir: string;

  beforeAll(() => {
    ensureBuilt();
    dir = mkdtempSync(join(tmpdir(), 'revpact-hostile-'));
  });

  afterAll(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it(`a sample of ${HOSTILE_CLI_SAMPLE}: validate and compile exit 0, 1 or 2, never with a crash; every diagnostic has line:col`, () => {
    // The valid ones first (compile must write their documents), then a spread of the rest.
    const valid = hostile.filter((c) => checkContract('mutant.yaml', c.text).ok).slice(0, 3);
    const step = Math.floor(HOSTILE_CASES / HOSTILE_CLI_SAMPLE);
    const spread = hostile.filter((c, i) => i % step === 0 && !valid.includes(c));
    expect(valid.length).toBeGreaterThan(0);
    for (const c of [...valid, ...spread].slice(0, HOSTILE_CLI_SAMPLE)) {
      const name = `hostile-${c.index}.yaml`;
      writeFileSync(join(dir, name), c.text);
      const validate = runCli(['validate', name, '--format', 'json'], { cwd: dir });
      const context = describeHostile(c, `\n--- exit ${validate.status} ---\n${validate.stderr.slice(0, 2000)}`);
      expect([0, 1], context).toContain(validate.status);
      expect(validate.stderr, context).not.toMatch(CRASH);
      expect(validate.stderr + validate.stdout, context).not.toMatch(/bug in revpact/i);
      const report = JSON.parse(validate.stdout) as { valid: boolean; diagnostics: Diagnostic[] };
      expect(report.diagnostics.filter((d) => !wellPlaced(d, c.text, name)).slice(0, 3), context).toEqual([]);

      const compile = runCli(['compile', name, '--out', `out-${c.index}`], { cwd: dir });
      const compiled = describeHostile(c, `\n--- compile exit ${compile.status} ---\n${compile.stderr.slice(0, 2000)}`);
      expect([0, 1, 2], compiled).toContain(compile.status);
      expect(compile.stderr, compiled).not.toMatch(CRASH);
      expect(compile.stderr + compile.stdout, compiled).not.toMatch(/bug in revpact/i);
      // compile agrees with validate on whether the contract is valid.
      expect(compile.status === 0, compiled).toBe(validate.status === 0);
    }
  }, 180_000);
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
