/**
 * A key written twice in one NDJSON record: JSON.parse keeps its last value without a word
 * ({"mqlAt": A, "mqlAt": B} reads as B), so a record that says two things was read as one
 * of them. Telling it must cost little next to JSON.parse, on every line: three steps, each
 * run only when the one before cannot rule a repeated key out.
 *
 * 1. Lengths: a line with a repeated key is at least REPEAT_LENGTH characters longer than
 *    the shortest text of the object JSON.parse made of it (leastText). A compact line
 *    (JSON.stringify's, most exports') is its shortest text: one pass over the values.
 * 2. Commas: at most one key more than the commas followed by a quote (keyBound); a line
 *    with spaces after its commas and colons (Python's json.dumps) gets past step 1 only.
 * 3. A scan of the line that skips strings and counts the depth (repeatedKey), which names
 *    the key: for nested values and text such as "a,","b", which step 2 cannot tell.
 */
import { quoteCell } from '../mapping/convert.js';

/** The reason for a record that writes `key` more than once (`times`): JSON keeps its last value only. */
export function repeatedKeyProblem(key: string, times: number): string {
  return `the key ${quoteCell(key)} is written ${times} times in this record, and only its last value would be read: write each key once in a record, with the value meant`;
}

/** The first top-level key `line` writes more than once, with how many times; undefined when none. `object` is JSON.parse's reading of `line`. */
export function repeatedKeyIn(line: string, object: Record<string, unknown>): [string, number] | undefined {
  const keys = Object.keys(object);
  if (line.length < leastText(keys, object) + REPEAT_LENGTH) return undefined;
  if (keyBound(line) <= keys.length) return undefined;
  return repeatedKey(line);
}

/** The fewest characters a key written once more adds to a line: `,"":0` (a comma, the quotes, a colon, a value). */
const REPEAT_LENGTH = 5;

const QUOTE = 34;
const BACKSLASH = 92;
const COMMA = 44;

/** The keys of the last object measured, and the characters they take (`{`, `}`, and each `"key":` with its comma). */
let lastKeys: string[] = [];
let lastKeysLength = 2;

/**
 * The fewest characters a JSON text can take to write `object` (its keys are `keys`):
 * escapes, whitespace and longer ways of writing a number only add to it. The records of
 * an export have the same keys, so their part is kept from one line to the next.
 */
function leastText(keys: string[], object: Record<string, unknown>): number {
  let length = sameKeys(keys) ? lastKeysLength : keysLength(keys);
  const values = Object.values(object);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    length += typeof v === 'string' ? v.length + 2 : typeof v === 'number' ? leastNumber(v) : leastOther(v);
  }
  return length;
}

/** true, false, null, or a nested object or list, at its shortest ({} or []). */
function leastOther(v: unknown): number {
  return v === true || v === null ? 4 : v === false ? 5 : 2;
}

function sameKeys(keys: string[]): boolean {
  if (keys.length !== lastKeys.length) return false;
  for (let i = 0; i < keys.length; i++) if (keys[i] !== lastKeys[i]) return false;
  return true;
}

function keysLength(keys: string[]): number {
  let length = 2 + Math.max(0, keys.length - 1);
  for (const key of keys) length += key.length + 3;
  lastKeys = keys;
  lastKeysLength = length;
  return length;
}

/**
 * The fewest characters JSON can write `n` in. String(n) has the fewest significant digits
 * that read back as n (ECMA-262 Number::toString), so no text has fewer; a whole number
 * writes all its digits or, after them, an exponent ("17911956e5" for 1791195600000); any
 * other number needs a point or an exponent besides its digits; a negative one, its sign.
 */
export function leastNumber(n: number): number {
  const text = String(n);
  const sign = n < 0 ? 1 : 0;
  const e = text.indexOf('e');
  const dot = text.indexOf('.');
  if (e >= 0) return digitsIn(text, sign, e) + 1 + sign;
  if (dot >= 0) {
    let lead = sign;
    while (lead < text.length && (text.charCodeAt(lead) === 48 /* 0 */ || lead === dot)) lead++;
    return text.length - lead - (lead <= dot ? 1 : 0) + 1 + sign;
  }
  const whole = text.length - sign;
  let end = text.length;
  while (end > sign + 1 && text.charCodeAt(end - 1) === 48) end--;
  const significant = end - sign;
  return Math.min(whole, significant + 1 + String(whole - significant).length) + sign;
}

/** The digits of `text` from `start` to `end`, without its point. */
function digitsIn(text: string, start: number, end: number): number {
  const dot = text.indexOf('.', start);
  return end - start - (dot >= 0 && dot < end ? 1 : 0);
}

/**
 * At most how many keys the top-level object of a line writes: one more than its commas
 * followed by a quote (JSON whitespace between), as a key follows each comma between two.
 * Commas in text ("Acme, Inc.") are followed by a space and a letter, not counted. indexOf
 * finds the commas: a scan character by character costs about as much as JSON.parse.
 */
function keyBound(line: string): number {
  let n = 1;
  for (let at = line.indexOf(','); at >= 0; at = line.indexOf(',', at + 1)) {
    let next = at + 1;
    while (isSpace(line.charCodeAt(next))) next++;
    if (line.charCodeAt(next) === QUOTE) n++;
  }
  return n;
}

/** JSON whitespace (an LF ends the line before). */
function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 13 || c === 10;
}

/** The first top-level key a line writes more than once, and how many times; keys compared as JSON reads them ("m\u0071lAt" is "mqlAt"). */
function repeatedKey(line: string): [string, number] | undefined {
  const seen = new Map<string, number>();
  let first: string | undefined;
  let depth = 0;
  let expectKey = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c === QUOTE) {
      const end = stringEnd(line, i);
      // Only a key of the record itself: those of nested objects may repeat each other's.
      if (depth === 1 && expectKey) {
        const raw = line.slice(i, end + 1);
        const key = raw.indexOf('\\') < 0 ? raw.slice(1, -1) : (JSON.parse(raw) as string);
        const times = (seen.get(key) ?? 0) + 1;
        seen.set(key, times);
        if (times === 2) first ??= key;
        expectKey = false;
      }
      i = end;
    } else if (c === 123 /* { */ || c === 91 /* [ */) {
      depth++;
      expectKey = depth === 1;
    } else if (c === 125 /* } */ || c === 93 /* ] */) depth--;
    else if (c === COMMA && depth === 1) expectKey = true;
  }
  return first === undefined ? undefined : [first, seen.get(first) ?? 2];
}

/** The index of the quote that closes the string opened at `start`. */
function stringEnd(line: string, start: number): number {
  let end = line.indexOf('"', start + 1);
  while (end > 0) {
    let slashes = 0;
    while (line.charCodeAt(end - 1 - slashes) === BACKSLASH) slashes++;
    if (slashes % 2 === 0) return end;
    end = line.indexOf('"', end + 1);
  }
  return line.length;
}
