// Kept where it was first written for the contract's messages; render/ and others read it from shared/.
export { didYouMean } from '../shared/suggest.js';

export function quoteList(values: readonly unknown[]): string {
  return values.map((v) => quoteValue(v)).join(', ');
}

/** The most of a value a message quotes: enough to recognise the token, never a file's content. */
export const QUOTE_LIMIT = 40;

/** Text to show between quotes: whole when short, else its start, an ellipsis and how long it was. */
function cut(text: string): { shown: string; length?: number } {
  const chars = Array.from(text);
  return chars.length <= QUOTE_LIMIT ? { shown: text } : { shown: chars.slice(0, QUOTE_LIMIT).join('') + '…', length: chars.length };
}

/**
 * A value as a message shows it: JSON-quoted, at most QUOTE_LIMIT characters of it with
 * its length when cut — a file that is not what it should be (a mapping path pointing at
 * /etc/passwd, a 600,000-character value) is never echoed whole into a terminal or a log.
 */
export function quoteValue(value: unknown): string {
  if (typeof value !== 'string') {
    const { shown } = cut(JSON.stringify(value) ?? String(value));
    return shown;
  }
  const { shown, length } = cut(value);
  return JSON.stringify(shown) + (length === undefined ? '' : ` (${length.toLocaleString('en-US')} characters)`);
}

/** Every quoted string of a message, cut as quoteValue cuts a value (for messages built elsewhere). */
export function shortenQuoted(text: string): string {
  return text.replace(/"(?:[^"\\]|\\.)*"/g, (q) => {
    // A value quoteValue already cut (its start and an ellipsis) is left as it is.
    if (Array.from(q).length <= QUOTE_LIMIT + 3) return q;
    const { shown, length } = cut(q.slice(1, -1));
    return length === undefined ? q : `"${shown}" (${length.toLocaleString('en-US')} characters)`;
  });
}
