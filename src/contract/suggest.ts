import { closest, distance } from 'fastest-levenshtein';

/** The closest candidate when it is near enough to be a likely typo, for "did you mean". */
export function didYouMean(input: string, candidates: readonly string[]): string | undefined {
  if (candidates.length === 0) return undefined;
  // Edit distance is quadratic: a value far longer than every candidate is no typo of one.
  const longest = candidates.reduce((n, c) => Math.max(n, c.length), 0);
  if (input.length > 2 * longest + 4) return undefined;
  const lower = input.toLowerCase();
  const exactCase = candidates.find((c) => c.toLowerCase() === lower);
  if (exactCase) return exactCase;
  const best = closest(
    lower,
    candidates.map((c) => c.toLowerCase()),
  );
  const limit = Math.max(2, Math.floor(input.length / 3));
  if (distance(lower, best) > limit) return undefined;
  return candidates.find((c) => c.toLowerCase() === best);
}

export function quoteList(values: readonly unknown[]): string {
  return values.map((v) => quoteValue(v)).join(', ');
}

/** The most of a value a diagnostic quotes: enough to recognise the token, never a file's content. */
export const QUOTE_LIMIT = 40;

/**
 * A value as a diagnostic shows it: JSON-quoted, cut to QUOTE_LIMIT characters with an
 * ellipsis. A file that is not what it should be (a mapping path pointing at /etc/passwd)
 * must not have its content echoed into a log.
 */
export function quoteValue(value: unknown): string {
  const cut = (text: string) => {
    const chars = Array.from(text);
    return chars.length <= QUOTE_LIMIT ? text : chars.slice(0, QUOTE_LIMIT).join('') + '…';
  };
  return typeof value === 'string' ? JSON.stringify(cut(value)) : cut(JSON.stringify(value) ?? String(value));
}
