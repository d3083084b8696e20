/**
 * Date cells → instants (epoch ms). A CRM export holds millions of dates, so the common
 * shapes are read by hand instead of through luxon's general parser: ISO 8601 (with or
 * without an offset) and formats made of numeric luxon tokens (yyyy MM dd HH mm ss, h and
 * a). Other tokens (month names...) fall back to luxon's `fromFormat`. Cells without an
 * offset are wall-clock times in the mapping's zone; luxon (Intl) gives that zone's
 * offsets, cached per quarter hour because zone transitions fall on quarter hours.
 */
import { DateTime } from 'luxon';
import { startOfLocalDay, type ZoneClock } from '../../shared/zone.js';
import { daysFromCivil as civilDays } from '../../shared/civil.js';

const MINUTE = 60_000;
const DAY = 86_400_000;

export { isValidTimeZone, startOfLocalDay, zoneClock, type ZoneClock } from '../../shared/zone.js';

// ── formats ─────────────────────────────────────────────────────────────────────────

// A format compiles to a small program: one op per token, with its digit bounds or the
// character a literal must be. Numbers, not objects, so the per-cell loop stays tight.
const enum Op {
  Year,
  Year2,
  Month,
  Day,
  Hour,
  Hour12,
  Minute,
  Second,
  Millis,
  AmPm,
  Space,
  Literal,
}

interface Token {
  op: Op;
  min: number;
  max: number;
  /** For literals: the character code. */
  code: number;
}

const token = (op: Op, min = 0, max = 0, code = 0): Token => ({ op, min, max, code });

interface Compiled {
  format: string;
  /** Numeric tokens only: read by hand. Undefined: luxon reads it. */
  tokens?: Token[];
  hasTime: boolean;
}

const NUMERIC: Record<string, (n: number) => Token | undefined> = {
  y: (n) => (n === 4 ? token(Op.Year, 4, 4) : n === 2 ? token(Op.Year2, 2, 2) : n === 1 ? token(Op.Year, 1, 6) : undefined),
  M: (n) => (n <= 2 ? token(Op.Month, 1, 2) : undefined),
  L: (n) => (n <= 2 ? token(Op.Month, 1, 2) : undefined),
  d: (n) => (n <= 2 ? token(Op.Day, 1, 2) : undefined),
  H: (n) => (n <= 2 ? token(Op.Hour, 1, 2) : undefined),
  h: (n) => (n <= 2 ? token(Op.Hour12, 1, 2) : undefined),
  m: (n) => (n <= 2 ? token(Op.Minute, 1, 2) : undefined),
  s: (n) => (n <= 2 ? token(Op.Second, 1, 2) : undefined),
  S: (n) => (n === 3 ? token(Op.Millis, 3, 3) : n === 1 ? token(Op.Millis, 1, 3) : undefined),
  a: (n) => (n === 1 ? token(Op.AmPm) : undefined),
};

const TIME_LETTERS = /[HhmsSakKt]/;

/** Splits a luxon format into letter runs, quoted literals and the rest. */
function lex(format: string): { letters?: string; text?: string }[] {
  const out: { letters?: string; text?: string }[] = [];
  let i = 0;
  while (i < format.length) {
    const c = format.charAt(i);
    if (c === "'") {
      const close = format.indexOf("'", i + 1);
      const text = close < 0 ? format.slice(i + 1) : format.slice(i + 1, close);
      out.push({ text: text === '' ? "'" : text });
      i = close < 0 ? format.length : close + 1;
    } else if (/[A-Za-z]/.test(c)) {
      let j = i + 1;
      while (j < format.length && format.charAt(j) === c) j++;
      out.push({ letters: format.slice(i, j) });
      i = j;
    } else {
      out.push({ text: c });
      i++;
    }
  }
  return out;
}

const compiledFormats = new Map<string, Compiled>();

function compile(format: string): Compiled {
  let c = compiledFormats.get(format);
  if (c) return c;
  const tokens: Token[] = [];
  let fast = true;
  let hasTime = false;
  for (const part of lex(format)) {
    if (part.letters !== undefined) {
      const letter = part.letters.charAt(0);
      if (TIME_LETTERS.test(letter)) hasTime = true;
      const token = NUMERIC[letter]?.(part.letters.length);
      if (token) tokens.push(token);
      else fast = false;
    } else if (part.text !== undefined) {
      for (const ch of part.text) {
        if (/\s/.test(ch)) {
          if (tokens[tokens.length - 1]?.op !== Op.Space) tokens.push(token(Op.Space));
        } else {
          tokens.push(token(Op.Literal, 0, 0, ch.charCodeAt(0)));
        }
      }
    }
  }
  const has = (op: Op) => tokens.some((t) => t.op === op);
  if (!(has(Op.Year) || has(Op.Year2)) || !has(Op.Month) || !has(Op.Day)) fast = false;
  c = fast ? { format, tokens, hasTime } : { format, hasTime };
  compiledFormats.set(format, c);
  return c;
}

/**
 * Why a format cannot be used, or undefined when it can. A format must name the year,
 * the month and the day; luxon must understand every token.
 */
export function checkDateFormat(format: string): string | undefined {
  const parts = lex(format);
  const letters = parts.flatMap((p) => (p.letters ? [p.letters.charAt(0)] : []));
  if (!letters.includes('y')) return 'a date format needs the year (yyyy)';
  if (!letters.some((l) => l === 'M' || l === 'L')) return 'a date format needs the month (MM, or MMM for its name)';
  if (!letters.includes('d')) return 'a date format needs the day of the month (dd)';
  const known = /^[yMLdHhmsSaEcoqkKWnZzGuTt]$/;
  const unknown = letters.find((l) => !known.test(l));
  if (unknown) return `"${unknown}" is not a luxon date token (letters that are text go in single quotes, e.g. 'T')`;
  const touching = compile(format).tokens === undefined ? variableNeighbours(parts) : undefined;
  if (touching)
    return `"${touching[0]}" and "${touching[1]}" are numbers of variable width with nothing between them: a run of digits could be split many ways (and trying them all takes seconds a cell); write them with two letters (dd, HH, mm) or put a separator between them`;
  return undefined;
}

/**
 * Whether two formats differ only in the order of day and month (`dd/MM/yyyy` and
 * `MM/dd/yyyy`, or `d/M/yyyy` and `M/d/yyyy`). In one list, every date whose day is 12 or
 * less fits the first of them: 03/08/2026 is 3 August, and the 8 March the export meant is
 * read so without a word, while 13/08 and 08/13 both pass and hide it. Month names (MMM)
 * cannot be taken for a day, so they are not numbers here.
 */
export function dayMonthSwapped(a: string, b: string): boolean {
  const shape = (format: string, swap: boolean): string =>
    lex(format)
      .map((p) => {
        if (p.text !== undefined) return `'${p.text}'`;
        const letters = p.letters as string;
        const day = letters.charAt(0) === 'd' && letters.length <= 2;
        const month = (letters.charAt(0) === 'M' || letters.charAt(0) === 'L') && letters.length <= 2;
        return day ? (swap ? '<M>' : '<d>') : month ? (swap ? '<d>' : '<M>') : letters;
      })
      .join('');
  const plain = shape(a, false);
  return plain !== shape(b, false) && shape(a, true) === shape(b, false);
}

/**
 * Two variable-width numbers in one run of digits (`dH`, or `d` … `H` with only
 * fixed-width numbers between), in a format luxon reads, or undefined. Luxon matches a
 * format with one regular expression: each such number is `\d{1,2}`, and a cell of digits
 * that fails to match makes it try every split, which grows sixfold per digit (issue 13:
 * `yyyy MMM ` + `dHms`×12 took 3.3 s on a cell of 53 digits). With at most one
 * variable-width number per run, a run splits at most as many ways as it has digits. The
 * formats read by hand (`fast`) read digits greedily and never backtrack.
 */
function variableNeighbours(parts: readonly { letters?: string; text?: string }[]): [string, string] | undefined {
  let variable: string | undefined;
  for (const part of parts) {
    if (part.text !== undefined) {
      if (!/^\d+$/.test(part.text)) variable = undefined; // a separator ends the run of digits
      continue;
    }
    const width = digitWidth(part.letters as string);
    if (width === 'none') variable = undefined;
    else if (width === 'variable') {
      if (variable !== undefined) return [variable, part.letters as string];
      variable = part.letters;
    }
  }
  return undefined;
}

/** Whether a luxon token reads digits, and how many: its fixed-width forms (tokenParser.js); names, offsets and a.m./p.m. read none. */
function digitWidth(letters: string): 'none' | 'fixed' | 'variable' {
  const c = letters.charAt(0);
  const n = letters.length;
  switch (c) {
    case 'y':
      return n === 2 || n === 4 || n === 6 ? 'fixed' : 'variable';
    case 'M':
    case 'L':
      return n === 1 ? 'variable' : n === 2 ? 'fixed' : 'none';
    case 'd':
    case 'H':
    case 'h':
    case 'm':
    case 's':
    case 'k':
    case 'K':
    case 'W':
      return n === 1 ? 'variable' : 'fixed';
    case 'S':
    case 'o':
      return n === 3 ? 'fixed' : 'variable';
    case 'E':
    case 'c':
      return n === 1 ? 'fixed' : 'none';
    case 'q':
      return n <= 2 ? 'fixed' : 'none';
    case 'u':
    case 'n':
      return 'variable';
    default:
      return 'none';
  }
}

// ── reading ─────────────────────────────────────────────────────────────────────────

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysIn(year: number, month: number): number {
  if (month === 2 && ((year % 4 === 0 && year % 100 !== 0) || year % 400 === 0)) return 29;
  return DAYS_IN_MONTH[month - 1] ?? 0;
}

/** Two digits at `i` as a number, or -1 (also past the end: charCodeAt gives NaN). */
function two(s: string, i: number): number {
  const a = s.charCodeAt(i) - 48;
  const b = s.charCodeAt(i + 1) - 48;
  return a >= 0 && a <= 9 && b >= 0 && b <= 9 ? a * 10 + b : -1;
}

// Day numbers of the first of each month from 1900 to 2199, filled as they are needed.
const MONTH_STARTS = new Float64Array(300 * 12).fill(NaN);

/** Days since 1970-01-01 of a proleptic Gregorian date. */
function daysFromCivil(year: number, month: number, day: number): number {
  const k = (year - 1900) * 12 + month - 1;
  if (k >= 0 && k < MONTH_STARTS.length) {
    let first = MONTH_STARTS[k] as number;
    if (Number.isNaN(first)) MONTH_STARTS[k] = first = civilDays(year, month, 1);
    return first + day - 1;
  }
  return civilDays(year, month, day);
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 160;
}

/**
 * Reads date cells of one column. `read` returns epoch ms, or NaN when the cell is in none
 * of the accepted forms; after a successful read, `dateOnly` tells whether the cell had no
 * time of day (it then stands for the start of that local day).
 */
export class DateReader {
  dateOnly = false;
  private readonly compiled: Compiled[];
  // Scratch components of the cell being read.
  private y = 0;
  private mo = 0;
  private d = 0;
  private h = 0;
  private mi = 0;
  private s = 0;
  private ms = 0;
  /** Offset in minutes when the cell had one; NaN otherwise. */
  private offset = NaN;
  private timed = false;

  constructor(
    formats: readonly string[],
    private readonly zone: ZoneClock,
    private readonly locale = 'en',
    /** Every cell is a date: a time in it is dropped. */
    private readonly forceDateOnly = false,
  ) {
    this.compiled = formats.map(compile);
    // Mappings are checked (checkDateFormat) before a reader is made: this is a bug's guard.
    for (const c of this.compiled)
      if (c.tokens === undefined && variableNeighbours(lex(c.format)) !== undefined) throw new Error(`ambiguous date format "${c.format}" reached DateReader`);
  }

  /** What the column accepts, for rejection reasons. */
  describe(): string {
    return [...this.compiled.map((c) => c.format), 'ISO 8601'].join(' or ');
  }

  /** Reads `text`, or the part of it from `start` to `end` (a cell inside a line). */
  read(text: string, start = 0, end = text.length): number {
    let t = NaN;
    if (end - start >= 10 && text.charCodeAt(start + 4) === 45 && this.iso(text, start, end)) t = this.instant();
    if (Number.isNaN(t)) {
      for (const c of this.compiled) {
        if (c.tokens) {
          if (this.fast(text, start, end, c.tokens)) {
            t = this.instant();
            break;
          }
        } else {
          const dt = DateTime.fromFormat(text.slice(start, end), c.format, { zone: this.zone.name, locale: this.locale });
          if (dt.isValid) {
            this.timed = c.hasTime;
            t = dt.toMillis();
            if (!this.timed) t = this.zone.toEpoch(Date.UTC(dt.year, dt.month - 1, dt.day));
            break;
          }
        }
      }
    }
    if (Number.isNaN(t)) return t;
    if (this.forceDateOnly && this.timed) {
      this.dateOnly = true;
      return startOfLocalDay(t, this.zone);
    }
    this.dateOnly = !this.timed || this.forceDateOnly;
    return t;
  }

  private instant(): number {
    if (this.y < 100) return NaN; // two-digit years are never meant as the first century
    const local = daysFromCivil(this.y, this.mo, this.d) * DAY + this.h * 3_600_000 + this.mi * MINUTE + this.s * 1000 + this.ms;
    if (!Number.isNaN(this.offset)) return local - this.offset * MINUTE;
    return this.zone.toEpoch(local);
  }

  /** ISO 8601: yyyy-MM-dd, then optionally [T or space]HH:mm[:ss[.fff]][Z|±HH:mm|±HHmm|±HH]. */
  private iso(s: string, b: number, end: number): boolean {
    const n = end - b;
    this.h = this.mi = this.s = this.ms = 0;
    this.offset = NaN;
    this.timed = false;
    const century = two(s, b + 0);
    const yy = two(s, b + 2);
    const y = century * 100 + yy;
    const mo = two(s, b + 5);
    const d = two(s, b + 8);
    if (century < 0 || yy < 0 || mo < 1 || mo > 12 || s.charCodeAt(b + 7) !== 45 || d < 1 || d > daysIn(y, mo)) return false;
    this.y = y;
    this.mo = mo;
    this.d = d;
    if (n === 10) return true;
    const sep = s.charCodeAt(b + 10);
    if ((sep !== 84 && sep !== 116 && sep !== 32) || n < 16) return false; // T, t or space
    const h = two(s, b + 11);
    const mi = two(s, b + 14);
    if (h < 0 || h > 23 || s.charCodeAt(b + 13) !== 58 || mi < 0 || mi > 59) return false;
    this.h = h;
    this.mi = mi;
    this.timed = true;
    let i = 16;
    if (i < n && s.charCodeAt(b + i) === 58) {
      const sec = i + 3 <= n ? two(s, b + i + 1) : -1;
      if (sec < 0 || sec > 59) return false;
      this.s = sec;
      i += 3;
      if (i < n && (s.charCodeAt(b + i) === 46 || s.charCodeAt(b + i) === 44)) {
        i++;
        let frac = 0;
        let scale = 100;
        const start = i;
        while (i < n && isDigit(s.charCodeAt(b + i))) {
          frac += (s.charCodeAt(b + i) - 48) * scale;
          scale /= 10;
          i++;
        }
        if (i === start) return false;
        this.ms = Math.floor(frac);
      }
    }
    if (i === n) return true;
    const z = s.charCodeAt(b + i);
    if ((z === 90 || z === 122) && i + 1 === n) {
      this.offset = 0;
      return true;
    }
    if ((z !== 43 && z !== 45) || i + 3 > n) return false;
    const oh = two(s, b + i + 1);
    if (oh < 0 || oh > 18) return false;
    let om = 0;
    if (i + 3 === n) om = 0;
    else if (s.charCodeAt(b + i + 3) === 58 && i + 6 === n) om = two(s, b + i + 4);
    else if (i + 5 === n) om = two(s, b + i + 3);
    else return false;
    if (om < 0 || om > 59) return false;
    this.offset = (z === 45 ? -1 : 1) * (oh * 60 + om);
    return true;
  }

  /** A format of numeric tokens; one- or two-digit fields take as many digits as there are. */
  private fast(s: string, start: number, n: number, tokens: readonly Token[]): boolean {
    let i = start;
    let pm = -1;
    let y = -1;
    let mo = -1;
    let d = -1;
    let h = 0;
    let h12 = -1;
    let mi = 0;
    let sec = 0;
    let ms = 0;
    let timed = false;
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k] as Token;
      const op = t.op;
      if (op === Op.Literal) {
        if (i >= n || s.charCodeAt(i) !== t.code) return false;
        i++;
        continue;
      }
      if (op === Op.Space) {
        if (i >= n || !isSpace(s.charCodeAt(i))) return false;
        while (i < n && isSpace(s.charCodeAt(i))) i++;
        continue;
      }
      if (op === Op.AmPm) {
        const a = s.charCodeAt(i) | 32;
        if (i + 1 >= n || (a !== 97 && a !== 112) || (s.charCodeAt(i + 1) | 32) !== 109) return false;
        pm = a === 112 ? 1 : 0;
        i += 2;
        continue;
      }
      let v = 0;
      let len = 0;
      const max = t.max;
      while (len < max && i < n) {
        const c = s.charCodeAt(i) - 48;
        if (c < 0 || c > 9) break;
        v = v * 10 + c;
        i++;
        len++;
      }
      if (len < t.min) return false;
      switch (op) {
        case Op.Year:
          y = v;
          break;
        case Op.Year2:
          y = v > 60 ? 1900 + v : 2000 + v; // luxon's two-digit year rule
          break;
        case Op.Month:
          mo = v;
          break;
        case Op.Day:
          d = v;
          break;
        case Op.Hour:
          if (v > 23) return false;
          h = v;
          timed = true;
          break;
        case Op.Hour12:
          if (v < 1 || v > 12) return false;
          h12 = v;
          timed = true;
          break;
        case Op.Minute:
          if (v > 59) return false;
          mi = v;
          break;
        case Op.Second:
          if (v > 59) return false;
          sec = v;
          break;
        default:
          ms = len === 1 ? v * 100 : len === 2 ? v * 10 : v;
      }
    }
    if (i !== n) return false;
    if (mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo)) return false;
    if (h12 >= 0) {
      if (pm < 0) return false;
      h = (h12 % 12) + (pm === 1 ? 12 : 0);
    } else if (pm >= 0) {
      return false;
    }
    this.y = y;
    this.mo = mo;
    this.d = d;
    this.h = h;
    this.mi = mi;
    this.s = sec;
    this.ms = ms;
    this.offset = NaN;
    this.timed = timed;
    return true;
  }
}
