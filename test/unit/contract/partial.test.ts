/**
 * One run reports every mistake that can be found: the checks beyond the schema run on a
 * contract the schema refused, on the parts it passed, without echoing its findings and
 * without crashing on shapes they were not written for.
 */
import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../../src/contract/checks/index.js';
import { checkContract } from '../../../src/contract/index.js';
import { checksOnBrokenShape } from '../../../src/contract/partial.js';
import { checkSchema } from '../../../src/contract/schema.js';
import { parse } from 'yaml';
import { FULL_YAML, summary } from '../../helpers/contracts.js';

const FOUR_MISTAKES = `apiVersion: revpact/v1
metadata:
  name: minimal
  version: 1.0.0
  effective: 2026-01-01
  status: drafty
  owners:
    marketing: { name: Marketing Lead, github: mkt-lead }
    sales: { name: Sales Lead, github: sales-lead }
stages:
  - { id: lead, owner: marketing }
  - { id: mql, owner: marketing, colour: red }
calendars:
  - { id: es, timezone: Europe/Madird, hours: { weekdays: ["09:00-18:00"] } }
handoff:
  stage: mqll
  requiredFields: [{ field: email }]
`;

describe('schema and meaning in one run', () => {
  it('four mistakes, two of the schema and two of meaning, are four diagnostics', () => {
    // Before: the run stopped at the schema and reported the first two only.
    const result = checkContract('c.yaml', FOUR_MISTAKES);
    expect(result.ok).toBe(false);
    expect(summary(result.diagnostics)).toEqual([
      '6:11 invalid-value /metadata/status',
      '12:34 unknown-field /stages/1/colour',
      '14:25 unknown-timezone /calendars/0/timezone',
      '16:10 unresolved-reference /handoff/stage',
    ]);
  });

  it('a value the schema refused is not reported again by a check', () => {
    // "1.0" is a number: the schema says so; the version check would say it is no semver.
    const { diagnostics } = checkContract('c.yaml', FOUR_MISTAKES.replace('version: 1.0.0', 'version: 1.0'));
    expect(diagnostics.filter((d) => d.pointer === '/metadata/version').map((d) => d.code)).toEqual(['invalid-type']);
  });

  it('an item the schema refused is left to its schema finding; the other items are still checked', () => {
    // The calendar has an unknown key: its bad zone is an echo of a refused item; the
    // second calendar's zone is checked.
    const withSecond = FOUR_MISTAKES.replace('hours: {', 'colour: red, hours: {').replace(
      'handoff:',
      '  - { id: pt, timezone: Europe/Lisbn, hours: { weekdays: ["09:00-18:00"] } }\nhandoff:',
    );
    const codes = summary(checkContract('c.yaml', withSecond).diagnostics);
    // "  - { id: es, timezone: Europe/Madird, " is 39 characters.
    expect(codes).toContain('14:40 unknown-field /calendars/0/colour');
    expect(codes.filter((c) => c.includes('unknown-timezone'))).toEqual(['15:25 unknown-timezone /calendars/1/timezone']);
  });

  it('a stage without an id does not make every reference to stages "unresolved"', () => {
    const text = FOUR_MISTAKES.replace('  - { id: mql, owner: marketing, colour: red }', '  - { owner: marketing }').replace('stage: mqll', 'stage: mql');
    const codes = checkContract('c.yaml', text).diagnostics.map((d) => d.code);
    expect(codes).toContain('missing-field');
    expect(codes).not.toContain('unresolved-reference');
  });

  it('the funnel warning, which needs the whole contract sound, waits until the schema passes', () => {
    const text = FULL_YAML.replace(/^metadata:/m, 'colour: red\nmetadata:');
    const result = checkContract('c.yaml', text);
    expect(result.diagnostics.map((d) => d.code)).toEqual(['unknown-field']);
  });
});

describe('every check is guarded against shapes the schema refused', () => {
  const full = parse(FULL_YAML, { version: '1.2' }) as Record<string, unknown>;
  const odd: unknown[] = [null, 0, -1, 'text', true, [], {}, [null], [0], [{}], { id: 5 }, [{ id: null, when: 7 }]];

  it.each(Object.keys(full))('%s replaced by null, numbers, text, empty and odd lists: no check throws through', (section) => {
    for (const value of odd) {
      const broken = { ...full, [section]: value };
      const shape = checkSchema(broken);
      expect(() => checksOnBrokenShape(broken, shape, CHECKS), `${section}: ${JSON.stringify(value)}`).not.toThrow();
    }
  });

  it('a contract that is not a mapping at all', () => {
    for (const value of odd) expect(() => checkContract('c.yaml', JSON.stringify(value))).not.toThrow();
  });
});
