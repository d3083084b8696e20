/**
 * Number, boolean and attribute cells. Plain numbers (the common case) are read without a
 * regular expression; formatted ones (thousands separators, a decimal comma, a currency
 * around them) go the slow way. A separator in the wrong place is an unparseable number,
 * not a silently different one: "1,5" with a decimal point is rejected, not read as 15.
 */
import type { AttributeValue } from '../lead.js';
import type { NumberOptions } from './types.js';

const CURRENCY_BEFORE = /^(?:[A-Z]{3}\s*|[$€£¥₹]\s*)/u;
const CURRENCY_AFTER = /(?:\s*[A-Z]{3}|\s*[$€£¥₹])$/u;

/**
 * A plain decimal between `start` and `end`: optional minus, digits, optional separator
 * and digits. Read by hand when it has at most 15 digits (then exact: an integer divided
 * by a power of ten rounds correctly); NaN when it is not plain.
 */
function plain(s: string, start: number, end: number, decimal: number): number {
  let i = start;
  const negative = s.charCodeAt(i) === 45;
  if (negative) i++;
  if (i >= end) return NaN;
  let value = 0;
  let digits = 0;
  let scale = 0;
  for (; i < end; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c >= 0 && c <= 9) {
      value = value * 10 + c;
      digits++;
      if (scale > 0) scale *= 10;
    } else if (c === decimal - 48 && scale === 0 && digits > 0 && i + 1 < end) {
      scale = 1;
    } else {
      return NaN;
    }
  }
  if (digits > 15) {
    const text = s.slice(negative ? start + 1 : start, end);
    value = Number(decimal === 44 ? text.replace(',', '.') : text);
    return negative ? -value : value;
  }
  const v = scale > 1 ? value / scale : value;
  return negative ? -v : v;
}

/** Reads numbers written the mapping's way; NaN when a cell is not one. */
export type NumberReader = (text: string, start?: number, end?: number) => number;

export function numberReader(options: NumberOptions): NumberReader {
  const decimalCode = options.decimal.charCodeAt(0);
  const thousands = options.thousands;
  const grouped = thousands === '' ? undefined : new RegExp(`^\\d{1,3}(?:${escapeRegExp(thousands)}\\d{3})+$`);
  return (text: string, start = 0, end = text.length): number => {
    const fast = plain(text, start, end, decimalCode);
    if (!Number.isNaN(fast)) return fast;
    let s = text.slice(start, end).replace(CURRENCY_BEFORE, '').replace(CURRENCY_AFTER, '').trim();
    let sign = '';
    if (s.startsWith('-') || s.startsWith('+')) {
      sign = s.charAt(0) === '-' ? '-' : '';
      s = s.slice(1).replace(CURRENCY_BEFORE, '');
    }
    const point = s.indexOf(options.decimal);
    let whole = point < 0 ? s : s.slice(0, point);
    const fraction = point < 0 ? '' : s.slice(point + 1);
    if (grouped && whole.includes(thousands)) {
      if (!grouped.test(whole)) return NaN;
      whole = whole.split(thousands).join('');
    }
    if (!/^\d+$/.test(whole) || (point >= 0 && !/^\d+$/.test(fraction))) return NaN;
    return Number(`${sign}${whole}${fraction ? '.' + fraction : ''}`);
  };
}

const TRUE = new Set(['true', 'yes', 'y', '1', 'on']);
const FALSE = new Set(['false', 'no', 'n', '0', 'off']);

/** true/false, yes/no, y/n, 1/0, on/off in any case; undefined for anything else. */
export function readBoolean(cell: string): boolean | undefined {
  const s = cell.toLowerCase();
  if (TRUE.has(s)) return true;
  if (FALSE.has(s)) return false;
  return undefined;
}

const AUTO_POINT = /^-?(?:0|[1-9]\d{0,14})(?:\.\d+)?$/;
const AUTO_COMMA = /^-?(?:0|[1-9]\d{0,14})(?:,\d+)?$/;

/**
 * `auto` attributes: a plain number (no leading zero, at most 15 digits, so postal codes
 * and long ids stay text) becomes a number, true/false a boolean, anything else text.
 */
export function autoValue(cell: string, decimal: '.' | ','): AttributeValue {
  const c0 = cell.charCodeAt(0);
  if ((c0 >= 48 && c0 <= 57) || c0 === 45) {
    if ((decimal === ',' ? AUTO_COMMA : AUTO_POINT).test(cell)) return Number(decimal === ',' ? cell.replace(',', '.') : cell);
    return cell;
  }
  if (cell === 'true' || cell === 'TRUE' || cell === 'True') return true;
  if (cell === 'false' || cell === 'FALSE' || cell === 'False') return false;
  return cell;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
