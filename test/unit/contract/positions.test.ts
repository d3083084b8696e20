/**
 * Positions must be right even when the YAML is broken: the line and column of every
 * diagnostic lie inside the file, and a syntax error that quotes a token points at it.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkContract } from '../../../src/contract/index.js';
import { FULL_YAML, MINIMAL_YAML } from '../../helpers/contracts.js';
import { fixturePath } from '../../helpers/paths.js';

describe('positions', () => {
  it('every diagnostic of a broken file has its column inside its line', () => {
    const text = readFileSync(fixturePath('invalid', 'indented-first-key.yaml'), 'utf8');
    const { diagnostics } = checkContract('indented-first-key.yaml', text);
    expect(diagnostics.length).toBeGreaterThan(0);
    const lines = text.split('\n');
    for (const d of diagnostics) {
      expect(d.line, JSON.stringify(d)).toBeLessThanOrEqual(lines.length);
      expect(d.column, JSON.stringify(d)).toBeLessThanOrEqual((lines[d.line - 1] ?? '').length + 1);
    }
  });

  it('one syntax error per document, at the first problem, with a hint', () => {
    // The parser's later complaints about this file ("unexpected scalar token in YAML
    // stream: \"revpact/v1\\n  version\"", ...) only echo the first one, so they are not shown.
    const text = readFileSync(fixturePath('invalid', 'indented-first-key.yaml'), 'utf8');
    const { diagnostics } = checkContract('indented-first-key.yaml', text);
    expect(diagnostics).toMatchObject([{ code: 'yaml-syntax', line: 3, column: 1, suggest: 'check the indentation of this line against the lines above' }]);
  });

  it('findings about a value point at the value, findings about a key at the key', () => {
    const text = FULL_YAML.replace('    clock: business\n', '    clock: busines\n    colour: red\n');
    const { diagnostics } = checkContract('c.yaml', text);
    const lines = text.split('\n');
    const clockLine = lines.findIndex((l) => l === '    clock: busines') + 1;
    expect(diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([
      ['invalid-value', clockLine, 12],
      ['unknown-field', clockLine + 1, 5],
    ]);
  });

  it('columns count characters: an emoji before the mistake is one column, as an accented letter is', () => {
    const line = (name: string) => `    marketing: { name: "${name}", github: mkt-lead, bogus: 1 }`;
    for (const name of ['ab Mkt', 'éé Mkt', '🚀🚀 Mkt']) {
      const text = MINIMAL_YAML.replace('    marketing: { name: Marketing Lead, github: mkt-lead }', line(name));
      const [d, ...rest] = checkContract('c.yaml', text).diagnostics;
      expect(rest).toEqual([]);
      // 51 characters before "bogus" whichever the name: 53 UTF-16 units with the two rockets.
      expect(d, name).toMatchObject({ code: 'unknown-field', column: 52 });
      expect(Array.from(line(name)).slice(51).join('')).toMatch(/^bogus: 1/);
    }
  });

  it('emoji on an earlier line, or after the mistake on its line, do not move the column', () => {
    const text = MINIMAL_YAML.replace('status: draft', 'status: draft # 🚀🚀🚀').replace('effective: 2026-01-01', 'effective: 2026-13-01');
    const withEmojiBefore = `# 🚀🚀\n${text}`;
    const [d] = checkContract('c.yaml', withEmojiBefore).diagnostics;
    expect(d).toMatchObject({ code: 'invalid-format', column: 14 });
  });

  it("a mistake inside an anchor's value is said where it is written, naming the alias that brings it in", () => {
    const text =
      'x-owner: &owner { name: Marketing Lead, github: mkt-lead, bogus: 1 }\nx-status: &st drafty\n' +
      MINIMAL_YAML.replace('    marketing: { name: Marketing Lead, github: mkt-lead }', '    marketing: *owner').replace('status: draft', 'status: *st');
    const lines = text.split('\n');
    const aliasLine = (alias: string) => lines.findIndex((l) => l.endsWith(alias)) + 1;
    const { diagnostics } = checkContract('c.yaml', text);
    expect(diagnostics.map((d) => [d.code, d.line, d.column, d.pointer])).toEqual([
      ['unknown-field', 1, 59, '/metadata/owners/marketing/bogus'],
      ['invalid-value', 2, 15, '/metadata/status'],
    ]);
    expect(diagnostics[0]?.message).toBe(`in &owner, which *owner brings in at line ${aliasLine('*owner')}: "bogus" is not allowed here`);
    expect(diagnostics[1]?.message).toMatch(new RegExp(`^in &st, which \\*st brings in at line ${aliasLine('*st')}: "drafty" is not one of`));
  });

  it('a finding about the key that holds an alias stays at that key, without a word about the anchor', () => {
    const text =
      'x-owner: &owner { name: Marketing Lead }\n' + MINIMAL_YAML.replace('    marketing: { name: Marketing Lead, github: mkt-lead }', '    marketing: *owner');
    const [d, ...rest] = checkContract('c.yaml', text).diagnostics;
    expect(rest).toEqual([]);
    expect(d).toMatchObject({ code: 'missing-field', pointer: '/metadata/owners/marketing' });
    expect(d?.message).not.toMatch(/&owner/);
  });
});
