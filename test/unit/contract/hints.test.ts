/**
 * Fix hints where the schema alone names none: a file that is no mapping, a text too long.
 */
import { describe, expect, it } from 'vitest';
import { checkContract } from '../../../src/contract/index.js';
import { parseMapping } from '../../../src/leads/mapping/index.js';
import { MINIMAL_YAML } from '../../helpers/contracts.js';

describe('fix hints of schema errors', () => {
  // Before: "expected a mapping, found a list" and nothing on what the file should be.
  it.each([
    ['a list', '- a\n- b\n'],
    ['a number', '42\n'],
    ['null', '~\n'],
  ])('a contract file that is %s is told what a contract starts with', (_what, text) => {
    expect(checkContract('c.yaml', text).diagnostics).toEqual([
      expect.objectContaining({
        code: 'invalid-type',
        line: 1,
        column: 1,
        suggest: 'a contract is a mapping of keys that starts with "apiVersion: revpact/v1"; `revpact init` writes one to start from',
      }),
    ]);
  });

  it('a mapping file that is a list is told its own first keys', () => {
    const parsed = parseMapping('m.yaml', '- 1\n');
    expect(parsed.ok).toBe(false);
    const d = parsed.ok ? undefined : parsed.diagnostics[0];
    expect(d?.suggest).toBe('a lead mapping is a mapping of keys that starts with "apiVersion: revpact/v1" and "kind: mapping"');
  });

  // Before: "must be at most 4000 characters long", and no hint.
  it('a text over its length says how long it is and how to shorten it', () => {
    const long = 'x'.repeat(4100);
    const [d, ...rest] = checkContract('c.yaml', MINIMAL_YAML.replace('status: draft', `status: draft\n  description: "${long}"`)).diagnostics;
    expect(rest).toEqual([]);
    expect(d).toMatchObject({
      code: 'invalid-range',
      message: 'must be at most 4000 characters long',
      suggest: 'shorten it to 4000 characters or fewer: it has 4100; a longer text can live in a document the contract links to',
    });
  });

  // Before: "expected text, found the number 12345" and no hint; the owner id had to be quoted.
  it.each([
    ['12345', 'the number 12345', '"12345": without them YAML reads it as a number'],
    ['true', 'true', '"true": without them YAML reads it as a true/false value'],
  ])('a plain %s where text is expected is told to quote it', (value, found, hint) => {
    const [d, ...rest] = checkContract('c.yaml', MINIMAL_YAML.replace('status: draft', `status: draft\n  description: ${value}`)).diagnostics;
    expect(rest).toEqual([]);
    expect(d).toMatchObject({
      code: 'invalid-type',
      message: `expected text, found ${found}`,
      suggest: `put the value in quotes as it should read, e.g. ${hint}`,
    });
  });

  // Before: `0123` was hinted as "123", the zero the author typed gone; `1e3` as "1000".
  it.each([
    ['0123', 'the number 123', '"0123": without them YAML reads it as a number'],
    ['1e3', 'the number 1000', '"1e3": without them YAML reads it as a number'],
    ['+42', 'the number 42', '"+42": without them YAML reads it as a number'],
    ['True', 'true', '"True": without them YAML reads it as a true/false value'],
  ])('a plain %s where text is expected is told to quote it as it is written', (value, read, hint) => {
    const [d, ...rest] = checkContract('c.yaml', MINIMAL_YAML.replace('status: draft', `status: draft\n  description: ${value}`)).diagnostics;
    expect(rest).toEqual([]);
    expect(d).toMatchObject({
      code: 'invalid-type',
      message: `expected text, found ${value}, which YAML reads as ${read}`,
      suggest: `put the value in quotes as it should read, e.g. ${hint}`,
    });
  });

  // Before: a text of spaces passed (a member "  " could never match an owner; a name printed as nothing).
  it('a text of spaces only is refused, with how to fix it', () => {
    const [d, ...rest] = checkContract('c.yaml', MINIMAL_YAML.replace('status: draft', 'status: draft\n  description: "   "')).diagnostics;
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ code: 'invalid-format', message: '"   " holds only spaces', suggest: 'write the text, or remove the key' });
  });
});
