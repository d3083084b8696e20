/**
 * Random edits of a YAML file, the kind a person makes by accident (or a fuzzer on
 * purpose): lines lost, doubled or swapped, indentation off, a value of the wrong type,
 * a file cut short, stray characters, a renamed key. Each edit is a pure function of the
 * text and a seeded PRNG, so a failing case can be replayed from its seed.
 */
import type { Rng } from './prng.js';

export interface Mutation {
  name: string;
  apply(text: string, rng: Rng): string;
}

const lines = (text: string) => text.split('\n');

/** Lines worth editing: not blank. Falls back to every line for tiny files. */
function someLine(all: string[], rng: Rng): number {
  const candidates = all.map((l, i) => (l.trim() === '' ? -1 : i)).filter((i) => i >= 0);
  return candidates.length > 0 ? rng.pick(candidates) : rng.int(all.length);
}

/** `key: value` on one line (block mapping, optionally a list item). */
const KEY_VALUE = /^(\s*(?:- )?)([A-Za-z_$][\w$-]*)(\s*:\s+)(.+)$/;
/** `key:` anywhere a key can start: line start, after "- ", or inside a flow mapping. */
const KEY = /(^\s*(?:- )?|[{,]\s*)([A-Za-z_$][\w$-]*)(?=\s*:)/g;

const SCALARS = [
  '42',
  '-1',
  '0',
  '1e309',
  '-.inf',
  '.nan',
  '3.14159',
  'true',
  'false',
  'null',
  '~',
  '""',
  "''",
  '[]',
  '{}',
  '[a, b]',
  '{ a: 1 }',
  '[[[]]]',
  '2026-13-45',
  '"\\u0000"',
  '!!binary aGVsbG8=',
  '!!str 12',
  '!custom x',
  '*undefined-anchor',
  '&anchor value',
  '|\n  block\n  text',
  '"unterminated',
  'x'.repeat(5000),
  '"150%"',
  '0h',
  '__proto__',
  'constructor',
];

const NEW_KEYS = [
  '__proto__',
  'constructor',
  'prototype',
  'x-ext',
  '',
  '"quoted key"',
  '? complex',
  '<<',
  'toString',
  'hasOwnProperty',
  'ID',
  'stages',
  'metadata',
  '1',
  '-',
  'a/b~c',
];

const NOISE = [
  ':',
  '{',
  '}',
  '[',
  ']',
  ',',
  '&',
  '*',
  '#',
  '?',
  '|',
  '>',
  '-',
  '!',
  '%',
  '@',
  '`',
  '"',
  "'",
  '\t',
  '\n',
  '\r',
  ' ',
  '\\',
  '\u0000',
  '\u00e9',
  '\u{1f600}',
  '\ufeff',
  '---',
  '...',
  '<<: *a',
  ': :',
];

function typo(word: string, rng: Rng): string {
  if (word.length === 0) return 'x';
  const i = rng.int(word.length);
  switch (rng.int(4)) {
    case 0:
      return word.slice(0, i) + word.slice(i + 1); // drop a character
    case 1:
      return word.slice(0, i) + String.fromCharCode(97 + rng.int(26)) + word.slice(i); // insert one
    case 2:
      return i + 1 < word.length ? word.slice(0, i) + word.charAt(i + 1) + word.charAt(i) + word.slice(i + 2) : word + word; // swap two
    default:
      return word.toUpperCase();
  }
}

export const MUTATIONS: readonly Mutation[] = [
  {
    name: 'delete a line',
    apply(text, rng) {
      const all = lines(text);
      all.splice(someLine(all, rng), 1);
      return all.join('\n');
    },
  },
  {
    name: 'duplicate a line',
    apply(text, rng) {
      const all = lines(text);
      const i = someLine(all, rng);
      all.splice(i, 0, all[i] ?? '');
      return all.join('\n');
    },
  },
  {
    name: 'swap two lines',
    apply(text, rng) {
      const all = lines(text);
      const i = someLine(all, rng);
      const j = someLine(all, rng);
      [all[i], all[j]] = [all[j] ?? '', all[i] ?? ''];
      return all.join('\n');
    },
  },
  {
    name: 'change indentation',
    apply(text, rng) {
      const all = lines(text);
      const i = someLine(all, rng);
      const line = all[i] ?? '';
      const choice = rng.int(4);
      all[i] =
        choice === 0
          ? ' '.repeat(1 + rng.int(4)) + line // indent more
          : choice === 1
            ? line.replace(/^ {1,2}/, '') // indent less
            : choice === 2
              ? line.replace(/^ +/, '\t') // a tab
              : line.trimStart(); // to the left margin
      return all.join('\n');
    },
  },
  {
    name: 'replace a scalar with another type',
    apply(text, rng) {
      const all = lines(text);
      const candidates = all.map((l, i) => (KEY_VALUE.test(l) ? i : -1)).filter((i) => i >= 0);
      if (candidates.length === 0) return text;
      const i = rng.pick(candidates);
      all[i] = (all[i] ?? '').replace(KEY_VALUE, (_m, lead: string, key: string, sep: string) => `${lead}${key}${sep}${rng.pick(SCALARS)}`);
      return all.join('\n');
    },
  },
  {
    name: 'truncate the file',
    apply(text, rng) {
      return text.slice(0, rng.int(text.length + 1));
    },
  },
  {
    name: 'insert random characters',
    apply(text, rng) {
      const at = rng.int(text.length + 1);
      let noise = '';
      for (let n = 1 + rng.int(3); n > 0; n--) noise += rng.pick(NOISE);
      return text.slice(0, at) + noise + text.slice(at);
    },
  },
  {
    name: 'rename a key',
    apply(text, rng) {
      const keys = [...text.matchAll(KEY)];
      if (keys.length === 0) return text;
      const m = rng.pick(keys);
      const start = (m.index ?? 0) + (m[1] ?? '').length;
      const key = m[2] ?? '';
      const renamed = rng.int(3) === 0 ? rng.pick(NEW_KEYS) : typo(key, rng);
      return text.slice(0, start) + renamed + text.slice(start + key.length);
    },
  },
];

/** Applies 1 to 3 random edits; returns the text and what was done, for failure messages. */
export function mutate(text: string, rng: Rng): { text: string; edits: string[] } {
  const edits: string[] = [];
  let out = text;
  for (let n = 1 + rng.int(3); n > 0; n--) {
    const m = rng.pick(MUTATIONS);
    out = m.apply(out, rng);
    edits.push(m.name);
  }
  return { text: out, edits };
}

/** Lines in the file as an editor counts them (a final newline does not start a new line). */
export function lineCount(text: string): number {
  if (text === '') return 0;
  const breaks = text.split('\n').length - 1;
  return text.endsWith('\n') ? breaks : breaks + 1;
}

// ── hostile input (issue 13): the families that found crashes, hangs and quadratic time ──

/** Offsets where a top-level key starts (column 0, not a comment): a new top-level key fits there. */
function topLevelStarts(text: string): number[] {
  const out = [0];
  for (const m of text.matchAll(/\n(?=[A-Za-z$])/g)) out.push((m.index ?? 0) + 1);
  return out;
}

function insertTopLevel(text: string, rng: Rng, block: string): string {
  const at = rng.pick(topLevelStarts(text));
  return text.slice(0, at) + block + (block.endsWith('\n') ? '' : '\n') + text.slice(at);
}

/** A scalar value on a `key: value` line, replaced by `make(old value)`. */
function replaceValue(text: string, rng: Rng, make: (old: string) => string): string {
  const all = lines(text);
  const candidates = all.map((l, i) => (KEY_VALUE.test(l) ? i : -1)).filter((i) => i >= 0);
  if (candidates.length === 0) return text;
  const i = rng.pick(candidates);
  all[i] = (all[i] ?? '').replace(KEY_VALUE, (_m, lead: string, key: string, sep: string, value: string) => `${lead}${key}${sep}${make(value)}`);
  return all.join('\n');
}

const CONTROL = [
  '\u0000',
  '\u0001',
  '\u0007',
  '\b',
  '\u000b',
  '\f',
  '\r',
  '\u001b',
  '\u001b]0;pwned\u0007',
  '\u001b[2J',
  '\u007f',
  '\u0085',
  '\u2028',
  '\u2029',
  '\u200b',
  '\ud800',
];

export const HOSTILE_MUTATIONS: readonly Mutation[] = [
  {
    name: 'recursive alias',
    apply(text, rng) {
      const forms = ['x-rec: &r [*r]', 'x-rec: &r { a: *r }', 'x-rec: &r\n  a:\n    b: [1, *r]', 'x-rec: &r [[[*r]]]', 'x-a: &a [1]\nx-rec: &a [*a]'];
      return rng.int(2) === 0 ? insertTopLevel(text, rng, rng.pick(forms)) : replaceValue(text, rng, () => '&self [*self]');
    },
  },
  {
    name: 'nested aliases',
    apply(text, rng) {
      if (rng.int(2) === 0) {
        // A "laughs" ladder: each level lists the one before `fan` times (under or over the limit).
        const levels = 1 + rng.int(8);
        const fan = 2 + rng.int(9);
        let block = 'x-l0: &l0 [lol]\n';
        for (let l = 1; l <= levels; l++) block += `x-l${l}: &l${l} [${Array.from({ length: fan }, () => `*l${l - 1}`).join(', ')}]\n`;
        return insertTopLevel(text, rng, block);
      }
      // An anchor on one value, aliases of it elsewhere (before it too: unresolved).
      let out = replaceValue(text, rng, (v) => `&shared ${v}`);
      for (let n = 1 + rng.int(3); n > 0; n--) out = replaceValue(out, rng, () => '*shared');
      return out;
    },
  },
  {
    name: 'deep nesting',
    apply(text, rng) {
      const depth = rng.pick([8, 40, 63, 64, 65, 100, 1000, 100_000]);
      const forms = [
        () => `x-deep: ${'['.repeat(depth)}${']'.repeat(depth)}`,
        () => `x-deep: ${'{a: '.repeat(depth)}1${'}'.repeat(depth)}`,
        () => `x-deep:\n  ${'- '.repeat(depth)}x`,
        () => `x-deep: ${'['.repeat(depth)}`, // never closed
      ];
      return insertTopLevel(text, rng, rng.pick(forms)());
    },
  },
  {
    name: 'many keys',
    apply(text, rng) {
      const n = rng.pick([1000, 9000, 10_500, 30_000, 86_000]);
      if (rng.int(2) === 0) return insertTopLevel(text, rng, 'x-many:\n' + Array.from({ length: n }, (_, i) => `  k${i}: v`).join('\n'));
      return insertTopLevel(text, rng, Array.from({ length: Math.min(n, 40_000) }, (_, i) => `unknown${i}: ${i}`).join('\n'));
    },
  },
  {
    name: 'control characters',
    apply(text, rng) {
      let out = text;
      for (let n = 1 + rng.int(4); n > 0; n--) {
        const at = rng.int(out.length + 1);
        out = out.slice(0, at) + rng.pick(CONTROL) + out.slice(at);
      }
      return rng.int(2) === 0 ? out : replaceValue(out, rng, () => `"ok${rng.pick(['\\e]0;title\\a', '\\x1b[2J', '\\0', '\\u2028'])}"`);
    },
  },
  {
    name: 'huge string',
    apply(text, rng) {
      const size = rng.pick([10_000, 100_000, 600_000, 1_100_000]);
      const forms = [
        () => replaceValue(text, rng, () => 'x'.repeat(size)),
        () => replaceValue(text, rng, () => `"${'é'.repeat(size / 2)}"`),
        () => insertTopLevel(text, rng, `${'k'.repeat(size)}: v`),
        () => insertTopLevel(text, rng, `x-text: |\n${Array.from({ length: size / 50 }, () => '  ' + 'y'.repeat(48)).join('\n')}`),
      ];
      return rng.pick(forms)();
    },
  },
];

/** One hostile family applied once, sometimes after an ordinary edit. */
export function mutateHostile(text: string, rng: Rng): { text: string; edits: string[] } {
  const family = rng.pick(HOSTILE_MUTATIONS);
  let out = family.apply(text, rng);
  const edits = [family.name];
  if (rng.int(3) === 0) {
    const m = rng.pick(MUTATIONS);
    out = m.apply(out, rng);
    edits.push(m.name);
  }
  return { text: out, edits };
}
