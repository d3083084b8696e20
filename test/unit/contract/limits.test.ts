/**
 * Input that is valid YAML but hostile or pathological: recursive and nested aliases,
 * very many keys, very deep nesting. Each is refused with a finding at its line:column,
 * or read in time linear in its size; none reaches a later pass as a value that crashes it.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkContract } from '../../../src/contract/index.js';
import { parseMapping } from '../../../src/leads/mapping/index.js';
import { CRASH, ensureBuilt, runCli } from '../../helpers/cli.js';
import { MINIMAL_YAML, minimalWith } from '../../helpers/contracts.js';

describe('recursive aliases', () => {
  it('an alias inside its own anchor is recursive-alias at the alias, not a valid contract', () => {
    // Before: toJS built a cyclic array, validate said "valid", and compile overflowed the stack.
    const { ok, diagnostics } = checkContract('c.yaml', 'x-a: &a [*a]\n' + MINIMAL_YAML);
    expect(ok).toBe(false);
    // "x-a: &a [" is 9 characters: the alias starts at column 10.
    expect(diagnostics).toMatchObject([{ code: 'recursive-alias', line: 1, column: 10, message: /\*a stands inside the value it refers to/ }]);
  });

  it('an alias deeper inside its anchor, in a block mapping, is found too', () => {
    const text = minimalWith('x-a: &a\n  b:\n    c: [1, *a]');
    // minimal.yaml has 14 lines: x-a on 15, c on 17; "    c: [1, " is 11 characters.
    expect(checkContract('c.yaml', text).diagnostics).toMatchObject([{ code: 'recursive-alias', line: 17, column: 12 }]);
  });

  it('an anchor that contains an alias of an earlier anchor, used twice, is fine (nested, not recursive)', () => {
    const text = minimalWith(`
x-forms: &forms [demo, quote]
x-demo: &demo { field: form, op: in, value: *forms }
slas:
  - { id: a, owner: sales, start: mql, stop: first-touch, clock: calendar, goal: 4h, target: 90%, when: { any: [*demo, { not: *demo }] } }
`);
    const result = checkContract('c.yaml', text);
    expect(result.diagnostics).toEqual([]);
    expect(result.ok && result.value.contract.slas?.[0]?.when).toEqual({
      any: [{ field: 'form', op: 'in', value: ['demo', 'quote'] }, { not: { field: 'form', op: 'in', value: ['demo', 'quote'] } }],
    });
  });
});

/** Milliseconds a check of `text` takes. Generous bounds below: the machine is shared. */
function timed(text: string) {
  const started = performance.now();
  const result = checkContract('c.yaml', text);
  return { result, ms: performance.now() - started };
}

describe('many keys', () => {
  it('86,000 keys under an x- key are refused at the key that passes 20,000 keys and values, in bounded time', () => {
    // Before: accepted after 42 s of CPU (yaml compared each key with all earlier ones).
    const keys = Array.from({ length: 86_000 }, (_, i) => `  k${i}: v\n`).join('');
    const { result, ms } = timed('x-big:\n' + keys + MINIMAL_YAML);
    // x-big is one node (a block mapping is counted through its keys and values), each
    // "kN: v" two more: node 20,001 is the value of k9999, line 10,001, column 10.
    expect(result.diagnostics).toMatchObject([{ code: 'input-limit', line: 10_001, column: 10, message: /more than 20,000 keys and values/ }]);
    expect(ms).toBeLessThan(2000);
  });

  it('20,000 unknown top-level keys: the limit, not 20,000 "did you mean" searches', () => {
    const keys = Array.from({ length: 20_000 }, (_, i) => `unknown${i}: v\n`).join('');
    const { result, ms } = timed(keys + MINIMAL_YAML);
    // Node 20,001 is the key unknown10000 on line 10,001.
    expect(result.diagnostics).toMatchObject([{ code: 'input-limit', line: 10_001, column: 1 }]);
    expect(ms).toBeLessThan(2000);
  });

  it('just under the limit, every unknown key is reported at its line, and positions cost no search per key', () => {
    // Before: locate() searched each mapping for each diagnostic, quadratic in its keys.
    const n = 9_900;
    const keys = Array.from({ length: n }, (_, i) => `unknown${i}: v\n`).join('');
    timed(MINIMAL_YAML); // compiles the schema once, outside the measure
    const { result, ms } = timed(MINIMAL_YAML + keys);
    const unknown = result.diagnostics.filter((d) => d.code === 'unknown-field');
    expect(unknown).toHaveLength(n);
    // minimal.yaml has 14 lines; unknown0 is on line 15.
    expect(unknown.every((d) => d.line === 15 + Number(d.pointer.slice('/unknown'.length)) && d.column === 1)).toBe(true);
    expect(ms).toBeLessThan(2000);
  });

  it('duplicate keys are still found (by revpact, not by yaml), in a large mapping too', () => {
    const keys = Array.from({ length: 5_000 }, (_, i) => `  k${i}: v\n`).join('');
    const text = minimalWith('x-big:\n' + keys + '  k17: again');
    // x-big is on line 15, k0 on 16, k17 on 33; the repeat is on line 5,016.
    expect(checkContract('c.yaml', text).diagnostics).toMatchObject([
      { code: 'duplicate-key', line: 5016, column: 3, message: /"k17" appears twice .*first on line 33/ },
    ]);
  });
});

describe('deep nesting', () => {
  it('64 levels are read; the bracket that opens level 65 is input-limit at that bracket', () => {
    // The top-level mapping is level 1, so x-deep: [ opens level 2.
    const nest = (n: number) => minimalWith(`x-deep: ${'['.repeat(n)}${']'.repeat(n)}`);
    expect(checkContract('c.yaml', nest(63)).diagnostics).toEqual([]);
    // "x-deep: " is 8 characters: the 64th bracket is at column 72, on line 15.
    expect(checkContract('c.yaml', nest(64)).diagnostics).toMatchObject([{ code: 'input-limit', line: 15, column: 72, message: /deeper than 64 levels/ }]);
  });

  it.each([
    ['flow lists', (n: number) => `x-deep: ${'['.repeat(n)}${']'.repeat(n)}`],
    ['flow mappings', (n: number) => `x-deep: ${'{a: '.repeat(n)}1${'}'.repeat(n)}`],
    ['block lists', (n: number) => `x-deep:\n  ${'- '.repeat(n)}x`],
    ['block mappings', (n: number) => 'x-deep:' + Array.from({ length: n }, (_, i) => '\n' + ' '.repeat(2 * i + 2) + 'a:').join('') + ' 1'],
  ])('%s nested 100,000 deep (or as deep as 1 MiB allows) are input-limit, not a stack overflow', (_name, deep) => {
    // Before: yaml composed recursively and reported "maximum call stack size exceeded".
    const depth = _name === 'block mappings' ? 900 : 100_000;
    const { result, ms } = timed(minimalWith(deep(depth)));
    expect(result.diagnostics).toMatchObject([{ code: 'input-limit', message: /deeper than 64 levels/ }]);
    expect(result.diagnostics[0]?.line).toBeGreaterThanOrEqual(15);
    expect(ms).toBeLessThan(2000);
  });

  it('a mapping file gets the same limits', () => {
    const text = `apiVersion: revpact/v1\nkind: mapping\nx-deep: ${'['.repeat(1000)}\n`;
    const result = parseMapping('m.yaml', text);
    expect(result.diagnostics).toMatchObject([{ code: 'input-limit', line: 3, column: 72 }]);
  });
});

describe('huge strings', () => {
  it('a value of 600,000 characters is quoted by its start and its length, not whole', () => {
    // Before: the message held the whole value (600 KB on one line of the report).
    const { diagnostics } = checkContract('c.yaml', MINIMAL_YAML.replace('status: draft', `status: ${'d'.repeat(600_000)}`));
    expect(diagnostics).toMatchObject([{ code: 'invalid-value', line: 8, column: 11 }]);
    expect(diagnostics[0]?.message).toMatch(/^"d{40}…" \(600,000 characters\) is not one of "draft", "active", "retired"$/);
  });

  it('a long value with newlines or backslashes is said with its own length, once', () => {
    // Before: its escapes (\n, \\) were counted as characters, so the quote was cut a second
    // time: "…" (42 characters) (120 characters), and a value of 60 characters said 61 and 60.
    const block = `metadata: |\n${Array.from({ length: 5 }, (_, i) => `  line number ${i} with text\n`).join('')}`;
    const lines = checkContract('c.yaml', MINIMAL_YAML.replace(/^metadata:\n(?: {2}.*\n)+/m, block)).diagnostics;
    expect(lines.find((d) => d.code === 'invalid-type')?.message).toBe(
      'expected a mapping, found the text "line number 0 with text\\nline number 1 wi…" (120 characters)',
    );
    const slashes = checkContract('c.yaml', MINIMAL_YAML.replace('status: draft', `status: "${'a\\\\'.repeat(30)}"`)).diagnostics;
    expect(slashes[0]?.message).toBe(`"${'a\\\\'.repeat(20)}…" (60 characters) is not one of "draft", "active", "retired"`);
  });
});

describe('through the CLI', () => {
  let dir: string;
  beforeAll(() => {
    ensureBuilt();
    dir = mkdtempSync(join(tmpdir(), 'revpact-limits-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each([['validate'], ['compile', '--out', 'out']])('%s on a recursive alias exits 1 with the place, not a crash', (...args) => {
    writeFileSync(join(dir, 'c.yaml'), 'x-a: &a [*a]\n' + MINIMAL_YAML);
    const run = runCli([args[0], 'c.yaml', ...args.slice(1)], { cwd: dir });
    expect(run.stderr + run.stdout).toMatch(/c\.yaml:1:10 error recursive-alias/);
    expect(run.stderr).not.toMatch(CRASH);
    expect(run.status).toBe(1);
  });
});
