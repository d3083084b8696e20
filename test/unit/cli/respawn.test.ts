/**
 * When the installed command runs itself again with a small young generation (issue 17,
 * goal 2): an argument naming a large file, and only once. test/e2e/respawn.test.ts runs it.
 */
import { describe, expect, it } from 'vitest';
import { RESPAWN_MIN_BYTES, YOUNG_GENERATION_FLAG, respawnOptions } from '../../../src/cli/respawn.js';

const sizes: Record<string, number> = { 'big.csv': RESPAWN_MIN_BYTES, 'small.csv': RESPAWN_MIN_BYTES - 1, 'contract.yaml': 20_000 };
const size = (path: string) => sizes[path] ?? 0;

describe('respawnOptions', () => {
  it('runs again, keeping Node’s own options, when an argument names a file of 100 MB or more, in any form', () => {
    for (const argv of [
      ['check', 'contract.yaml', '--leads', 'big.csv'],
      ['check', 'contract.yaml', '--leads=big.csv'],
      ['due', 'contract.yaml', '--leads', 'small.csv', 'big.csv'],
    ])
      expect(respawnOptions(argv, ['--enable-source-maps'], {}, size), argv.join(' ')).toEqual(['--enable-source-maps', YOUNG_GENERATION_FLAG]);
  });

  it('runs here for small files, options, stdin and what is not a file', () => {
    for (const argv of [
      ['check', 'contract.yaml', '--leads', 'small.csv'],
      ['validate', 'contract.yaml'],
      ['check', 'contract.yaml', '--leads', '-'],
      ['--help'],
      [],
    ])
      expect(respawnOptions(argv, [], {}, size), argv.join(' ')).toBeUndefined();
  });

  it('runs only once, never against a size given to Node, and not when turned off', () => {
    const argv = ['check', 'contract.yaml', '--leads', 'big.csv'];
    expect(respawnOptions(argv, [], { REVPACT_RESPAWNED: '1' }, size)).toBeUndefined();
    expect(respawnOptions(argv, ['--max-semi-space-size=8'], {}, size)).toBeUndefined();
    expect(respawnOptions(argv, [], { NODE_OPTIONS: '--max-semi-space-size=8' }, size)).toBeUndefined();
    expect(respawnOptions(argv, [], { REVPACT_RESPAWN: '0' }, size)).toBeUndefined();
  });

  it('takes another threshold from REVPACT_RESPAWN_MIN_BYTES', () => {
    const argv = ['check', 'contract.yaml', '--leads', 'small.csv'];
    expect(respawnOptions(argv, [], { REVPACT_RESPAWN_MIN_BYTES: '1000' }, size)).toEqual([YOUNG_GENERATION_FLAG]);
    expect(respawnOptions(argv, [], { REVPACT_RESPAWN_MIN_BYTES: 'lots' }, size)).toBeUndefined();
  });
});
