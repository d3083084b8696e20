/**
 * Quantities in the contract's words, in English, for the JSON's `before`/`after` values:
 * 0.95 → "95%", 240000 → "240,000 EUR". Summaries say theirs through review/summaries/,
 * in the reader's locale.
 */

const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

export function num(n: number): string {
  return integer.format(n);
}

/** A ratio as the contract states it: 0.95 → "95%", 0.125 → "12.5%". */
export function percent(ratio: number | null): string {
  if (ratio === null) return 'none';
  return `${num(Math.round(ratio * 10000) / 100)}%`;
}

export function money(n: number, currency: string): string {
  return `${num(n)} ${currency}`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${num(n)} ${n === 1 ? one : many}`;
}

/** A name from the contract in quotes, falling back to the id. */
export function named(item: { id: string; name?: string | null }): string {
  return item.name ?? item.id;
}
