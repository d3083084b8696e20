/**
 * Matching two versions of a list by key, never by position: a reordered list is no
 * change. A removed and an added item that are equal apart from their key are one item
 * renamed (issue 5).
 */
import { canonicalJson } from '../compiler/canonical.js';

export interface Pair<T> {
  base: T;
  head: T;
  baseIndex: number;
  headIndex: number;
}

export interface Matched<T> {
  /** Same key on both sides, in head order. */
  pairs: Pair<T>[];
  /** Different key, same content. */
  renamed: Pair<T>[];
  added: { item: T; index: number }[];
  removed: { item: T; index: number }[];
}

/**
 * `content` is what must be equal for a rename (by default the item without its `id`);
 * null for lists whose items cannot be renamed (their key is their content). Keys are
 * unique per list (the contract checks guarantee it for ids).
 */
export function matchByKey<T>(base: readonly T[], head: readonly T[], key: (t: T) => string, content: ((t: T) => unknown) | null = withoutId): Matched<T> {
  const headByKey = new Map(head.map((item, index) => [key(item), { item, index }]));
  const baseKeys = new Set(base.map(key));
  const pairs: Pair<T>[] = [];
  const removed: { item: T; index: number }[] = [];
  base.forEach((item, index) => {
    const other = headByKey.get(key(item));
    if (other) pairs.push({ base: item, head: other.item, baseIndex: index, headIndex: other.index });
    else removed.push({ item, index });
  });
  pairs.sort((a, b) => a.headIndex - b.headIndex);
  let added = head.map((item, index) => ({ item, index })).filter((h) => !baseKeys.has(key(h.item)));

  // Renames: the first added item with the same content, in order, one to one. Each item's
  // content is serialized once (comparing every removed with every added item serialized
  // both again: a thousand SLAs replaced took 12 s).
  const renamed: Pair<T>[] = [];
  if (content === null) return { pairs, renamed, added, removed };
  const byBody = new Map<string, { item: T; index: number }[]>();
  for (const a of added) {
    const body = canonicalJson(content(a.item));
    const same = byBody.get(body);
    if (same) same.push(a);
    else byBody.set(body, [a]);
  }
  const taken = new Set<{ item: T; index: number }>();
  const stillRemoved: { item: T; index: number }[] = [];
  for (const r of removed) {
    const match = byBody.get(canonicalJson(content(r.item)))?.shift();
    if (match) {
      renamed.push({ base: r.item, head: match.item, baseIndex: r.index, headIndex: match.index });
      taken.add(match);
    } else {
      stillRemoved.push(r);
    }
  }
  if (taken.size > 0) added = added.filter((a) => !taken.has(a));
  return { pairs, renamed, added, removed: stillRemoved };
}

export function withoutId(item: unknown): unknown {
  if (item === null || typeof item !== 'object') return item;
  const { id: _id, ...rest } = item as Record<string, unknown>;
  return rest;
}

/** Set difference of two string lists, order ignored. */
export function setDiff(before: readonly string[], after: readonly string[]): { added: string[]; removed: string[] } {
  const b = new Set(before);
  const a = new Set(after);
  return { added: [...a].filter((x) => !b.has(x)), removed: [...b].filter((x) => !a.has(x)) };
}

export function sameSet(before: readonly string[], after: readonly string[]): boolean {
  const d = setDiff(before, after);
  return d.added.length === 0 && d.removed.length === 0;
}

export function same(a: unknown, b: unknown): boolean {
  return canonicalJson(a) === canonicalJson(b);
}
