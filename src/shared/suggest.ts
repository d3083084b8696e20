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
