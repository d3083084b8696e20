/**
 * DESIGN.md §7: no prototype pollution from keys like `__proto__`. A contract comes from
 * a pull request, so its keys are untrusted: they must stay plain data, and the language
 * must reject them as unknown fields.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { checkContract } from '../../../src/contract/index.js';
import { checkFile, minimalWith, summary } from '../../helpers/contracts.js';
import { fixturePath } from '../../helpers/paths.js';

const polluted = () => (({}) as Record<string, unknown>)['polluted'];

afterEach(() => {
  // A failure must not leak into the other tests of this worker.
  delete (Object.prototype as Record<string, unknown>)['polluted'];
});

describe('prototype keys', () => {
  it('__proto__ and constructor.prototype are unknown fields, at their keys', () => {
    const result = checkFile(fixturePath('invalid', 'prototype-keys.yaml'));
    expect(result.ok).toBe(false);
    // constructor: on line 8 (inside metadata), __proto__: on line 17 (top level).
    expect(summary(result.diagnostics)).toEqual(['8:3 unknown-field /metadata/constructor', '17:1 unknown-field /__proto__']);
    expect(polluted()).toBeUndefined();
  });

  it('an extension (x-) may hold such keys, and they stay own data without touching any prototype', () => {
    const text = minimalWith(`
x-tool:
  __proto__: { polluted: yes }
  constructor: { prototype: { polluted: yes } }
  nested: [{ __proto__: { polluted: yes } }]
`);
    const result = checkContract('c.yaml', text);
    expect(result.diagnostics).toEqual([]);
    expect(polluted()).toBeUndefined();
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const ext = (result.value.contract as unknown as Record<string, Record<string, unknown>>)['x-tool']!;
    expect(Object.getPrototypeOf(ext)).toBe(Object.prototype);
    expect(Object.keys(ext)).toEqual(['__proto__', 'constructor', 'nested']);
    expect(Object.prototype.hasOwnProperty.call(ext, '__proto__')).toBe(true);
    expect((ext as { polluted?: unknown }).polluted).toBeUndefined();
  });

  it('__proto__ inside a condition or a stage is rejected, with a position', () => {
    const text = minimalWith(`
qualification:
  fit: { field: country, op: eq, value: ES, __proto__: { op: exists } }
`).replace('{ id: lead, owner: marketing }', '{ id: lead, owner: marketing, __proto__: { kind: customer } }');
    const diagnostics = checkContract('c.yaml', text).diagnostics;
    expect(diagnostics.map((d) => [d.code, d.pointer])).toEqual([
      ['unknown-field', '/stages/0/__proto__'],
      ['unknown-field', '/qualification/fit/__proto__'],
    ]);
    for (const d of diagnostics) expect(d.line).toBeGreaterThan(1);
    expect(polluted()).toBeUndefined();
  });
});
