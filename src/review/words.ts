/**
 * Quantities in the contract's words, in English (the language of pull-request review):
 * "2bh" → "2 business hours", 0.95 → "95%", 240000 → "240,000 EUR".
 */
import { parseDuration } from '../shared/quantities.js';
import type { RuleDuration } from '../compiler/ir.js';

const UNIT_WORDS: Record<string, [string, string]> = {
  m: ['minute', 'minutes'],
  h: ['hour', 'hours'],
  d: ['day', 'days'],
  w: ['week', 'weeks'],
  bh: ['business hour', 'business hours'],
  bd: ['business day', 'business days'],
};

const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

export function num(n: number): string {
  return integer.format(n);
}

/** "1bh" → "1 business hour"; minutes or hours on a business clock → "30 business minutes". */
export function durationWords(d: Pick<RuleDuration, 'text' | 'clock'>): string {
  const parsed = parseDuration(d.text);
  if (!parsed) return d.text;
  const [one, many] = UNIT_WORDS[parsed.unit] ?? [parsed.unit, parsed.unit];
  const word = parsed.value === 1 ? one : many;
  const business = d.clock === 'business' && !parsed.business && (parsed.unit === 'm' || parsed.unit === 'h') ? 'business ' : '';
  const suffix = d.clock === 'business' && !parsed.business && !business ? ' on the business clock' : '';
  return `${num(parsed.value)} ${business}${word}${suffix}`;
}

/** A ratio as the contract states it: 0.95 → "95%", 0.125 → "12.5%". */
export function percent(ratio: number | null): string {
  if (ratio === null) return 'none';
  return `${num(Math.round(ratio * 10000) / 100)}%`;
}

export function money(n: number, currency: string): string {
  return `${num(n)} ${currency}`;
}

/** "a", "a and b", "a, b and c". */
export function list(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? 'none';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${num(n)} ${n === 1 ? one : many}`;
}

/** A name from the contract in quotes, falling back to the id. */
export function named(item: { id: string; name?: string | null }): string {
  return item.name ?? item.id;
}
