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
