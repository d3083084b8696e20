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
    // Measured as the value, not its escapes: "a\nb" is 3 characters. Counting the escapes,
    // a value quoteValue had cut was cut again and said twice, "…" (42 characters) (120 characters).
    const json = unquote(q);
    const value = json ?? q.slice(1, -1);
    // A value quoteValue already cut (its start and an ellipsis) is left as it is.
    if (Array.from(value).length <= QUOTE_LIMIT + 1) return q;
    const { shown, length } = cut(value);
    if (length === undefined) return q;
    return `${json === undefined ? `"${shown}"` : JSON.stringify(shown)} (${length.toLocaleString('en-US')} characters)`;
  });
}

/** The text between the quotes of a JSON string; undefined for quotes that are not one. */
function unquote(quoted: string): string | undefined {
  try {
    const value: unknown = JSON.parse(quoted);
    return typeof value === 'string' ? value : undefined;
  } catch {
    return undefined;
  }
}
