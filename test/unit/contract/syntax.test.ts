/**
 * YAML syntax errors said where the mistake is, not where yaml noticed it.
 */
import { describe, expect, it } from 'vitest';
import { checkContract } from '../../../src/contract/index.js';
import { MINIMAL_YAML, diagnose } from '../../helpers/contracts.js';

// minimal.yaml, line 11: "    sales: { name: Sales Lead, github: sales-lead }"; line 14: "  - { id: mql, owner: marketing }".
const unclosed = (from: string, to: string) => checkContract('c.yaml', MINIMAL_YAML.replace(from, to)).diagnostics;

describe('a missing closing bracket', () => {
  it('a "}" missing at the end of a line is reported at its "{", with where to add it', () => {
    // Before: "flow map in block collection must be sufficiently indented" at 12:1, the next line.
    const diagnostics = unclosed('github: sales-lead }', 'github: sales-lead');
    // "    sales: " is 11 characters; the line without its " }" is 49 long.
    expect(diagnostics).toEqual([
      expect.objectContaining({
        code: 'yaml-syntax',
        line: 11,
        column: 12,
        message: 'the "{" opened here is never closed',
        suggest: 'add "}" at line 11, column 50, after the last value',
      }),
    ]);
    expect(diagnostics[0]?.message).not.toMatch(/indent/);
  });

  it('on the last line of the file too', () => {
    // "  - " is 4 characters; "  - { id: mql, owner: marketing" is 31.
    expect(unclosed('mql, owner: marketing }', 'mql, owner: marketing').slice(-1)).toMatchObject([
      { code: 'yaml-syntax', line: 14, column: 5, suggest: 'add "}" at line 14, column 32, after the last value' },
    ]);
  });

  it('a "]" missing from a flow list, and a flow mapping that spans lines', () => {
    expect(checkContract('c.yaml', MINIMAL_YAML + 'x-list: [a, b\n').diagnostics).toMatchObject([
      {
        code: 'yaml-syntax',
        line: 15,
        column: 9,
        message: 'the "[" opened here is never closed',
        suggest: 'add "]" at line 15, column 14, after the last item',
      },
    ]);
    expect(checkContract('c.yaml', MINIMAL_YAML + 'x-map: { a: 1,\n  b: 2\nx-next: 3\n').diagnostics).toMatchObject([
      { code: 'yaml-syntax', line: 15, column: 8, suggest: 'add "}" at line 16, column 7, after the last value' },
    ]);
  });

  it('a closed flow mapping that is badly indented is still an indentation problem', () => {
    const [d] = checkContract('c.yaml', MINIMAL_YAML + 'x-map: { a: 1,\nb: 2 }\n').diagnostics;
    expect(d?.code).toBe('yaml-syntax');
    expect(d?.message).not.toMatch(/never closed/);
  });
});

describe('a %YAML directive', () => {
  // Before: yaml read the file as YAML 1.1 in silence, and the contract was valid with a
  // country list [MX, NO] that compiled to [MX, false].
  it('%YAML 1.1 is refused at its line, with how to fix it, not read with 1.1 booleans', () => {
    const text = '%YAML 1.1\n---\n' + MINIMAL_YAML + 'x-countries: [MX, NO, on]\n';
    const result = checkContract('c.yaml', text);
    expect(result.ok).toBe(false);
    expect(result.diagnostics).toMatchObject([
      { code: 'yaml-syntax', line: 1, column: 1, suggest: 'remove the %YAML line, and write true or false where you meant yes or no' },
    ]);
    expect(result.diagnostics[0]?.message).toContain('declares %YAML 1.1, but revpact reads YAML 1.2 only');
  });

  it('another version is refused too; %YAML 1.2 is what revpact reads, and fine', () => {
    const [d] = diagnose('%YAML 1.3\n---\n' + MINIMAL_YAML);
    expect(d).toMatchObject({ code: 'yaml-syntax', line: 1, suggest: 'remove the %YAML line' });
    expect(d?.message).toContain('declares %YAML 1.3');
    expect(checkContract('c.yaml', '%YAML 1.2\n---\n' + MINIMAL_YAML).ok).toBe(true);
  });
});
