/**
 * The cheap steps that rule a repeated key out (sources/repeated-keys.ts) must never rule
 * out one that is there: the shortest text of a number is a lower bound of every way JSON
 * writes it, and records written every way (spaces, escapes, numbers with exponents,
 * nested values) are told as a plain count of their keys tells them.
 */
import { describe, expect, it } from 'vitest';
import { parseLine } from '../../../src/leads/sources/ndjson.js';
import { leastNumber, repeatedKeyProblem } from '../../../src/leads/sources/repeated-keys.js';
import { mulberry32 } from '../../helpers/prng.js';

/** Ways of writing numbers, each read back by JSON.parse. */
const NUMBERS = [
  '0',
  '-0',
  '0.0',
  '1e3',
  '1000',
  '1E+3',
  '12000',
  '12e3',
  '1.0',
  '-1000',
  '-1e3',
  '0.5',
  '5e-1',
  '-0.5',
  '0.000001',
  '1e-6',
  '1e-7',
  '0.0000001',
  '67234.91',
  '6723491e-2',
  '1791195600000',
  '17911956e5',
  '12345678901234567891',
  '1e21',
  '1.5e300',
  '-2.5E-300',
  '100000000000000000000',
  '9007199254740993',
];

describe('the shortest text of a number', () => {
  it('is never longer than a text JSON reads as that number', () => {
    for (const text of NUMBERS) expect(leastNumber(JSON.parse(text) as number), text).toBeLessThanOrEqual(text.length);
    const rng = mulberry32(20261207);
    for (let i = 0; i < 5000; i++) {
      const digits = String(rng.int(1e9)).replace(/0+$/, '') || '0';
      const zeros = '0'.repeat(rng.int(25));
      const exponent = rng.int(40) - 20;
      for (const text of [digits + zeros, `${digits}e${exponent}`, `-${digits}.${zeros}1`, `0.${zeros}${digits}`, `${digits}${zeros}e-${rng.int(30)}`]) {
        const n = JSON.parse(text) as number;
        expect(leastNumber(n), text).toBeLessThanOrEqual(text.length);
      }
    }
  });

  it('is the text itself for what JSON.stringify writes, so that compact records take the first step only', () => {
    for (const n of [0, 7, 42, 123456, -17, 71.5, 67234.91, 1791195600123]) expect(leastNumber(n)).toBe(JSON.stringify(n).length);
  });
});

describe('a key repeated in a record, written any way', () => {
  const KEYS = ['id', 'mqlAt', 'owner', 'a', ''];
  const STRINGS = ['"x"', '""', '"Acme, Inc."', '"a,"', '"\\"quoted\\", \\"b\\":"', '"caf\\u00e9"', '"2026-10-01T10:00:00Z"', '"ñandú 😀"'];
  const NESTED = ['[]', '{}', '[1,2,"a","b"]', '{"id":1,"id":2}', '[{"owner":"x"},{"owner":"y"}]', '{"a":{"a":[",\\"a\\":"]}}'];
  const SPACE = ['', '', ' ', '\t', ' \r '];

  /** A key as written: its own text, or one letter escaped. */
  const written = (key: string, escape: boolean) =>
    escape && key.length > 0 ? `"\\u${key.charCodeAt(0).toString(16).padStart(4, '0')}${key.slice(1)}"` : JSON.stringify(key);

  it('is told exactly when the record repeats a key at its top level', () => {
    const rng = mulberry32(7);
    let repeated = 0;
    for (let i = 0; i < 4000; i++) {
      const s = () => rng.pick(SPACE);
      const keys = Array.from({ length: 1 + rng.int(5) }, () => rng.pick(KEYS));
      const members = keys.map((k) => {
        const value = rng.pick([rng.pick(NUMBERS), rng.pick(STRINGS), rng.pick(NESTED), 'true', 'false', 'null']);
        return `${s()}${written(k, rng.int(4) === 0)}${s()}:${s()}${value}${s()}`;
      });
      const line = `${s()}{${members.join(',')}}${s()}`;
      const counts = new Map<string, number>();
      for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
      const first = keys.find((k, at) => keys.indexOf(k) < at);
      const result = parseLine(line);
      if (first === undefined) expect(typeof result, line).toBe('object');
      else {
        repeated++;
        expect(result, line).toBe(repeatedKeyProblem(first, counts.get(first) ?? 0));
      }
    }
    expect(repeated).toBeGreaterThan(1000);
  });

  it('is told in the shortest records that repeat a key, which the lengths alone leave for the next step', () => {
    expect(parseLine('{"":0,"":0}')).toBe(repeatedKeyProblem('', 2));
    expect(parseLine('{"a":1,"a":[]}')).toBe(repeatedKeyProblem('a', 2));
    expect(parseLine('{"a":0,"b":1000,"a":1e3}')).toBe(repeatedKeyProblem('a', 2));
  });

  it('is said with the key as a reader would see it, cut when long', () => {
    const key = 'k'.repeat(100);
    expect(parseLine(`{"${key}":1,"${key}":2}`)).toBe(repeatedKeyProblem(key, 2));
    expect(repeatedKeyProblem(key, 2)).toContain(`"${'k'.repeat(57)}…"`);
    expect(parseLine('{"id":"L1","id":"L1"}')).toBe(
      'the key "id" is written 2 times in this record, and only its last value would be read: write each key once in a record, with the value meant',
    );
  });
});
