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

export interface MatchedAlike<T> extends Matched<T> {
  /** Different key and content, same identity: one item renamed and changed in the same edit. */
  renamedChanged: Pair<T>[];
}

/**
 * A second pass over what matchByKey left removed and added: a removed and an added item
 * that are the same thing by `identity` (what the item is, not how it is set: for an SLA,
 * its owner and the events of its clock) are one item renamed and changed, so a reviewer
 * sees the before → after of what changed instead of a removal and an addition.
 *
 * Only one to one, and only when clear: an identity with one removed and one added item
 * pairs them; one with more on either side pairs only the items whose `name` (when given)
 * is the same and no other item of that identity on either side has it. The rest stay
 * removed and added: guessing wrong would show a comparison of two different clauses.
 * Linear: each item's identity and name are read once, into maps.
 */
export function matchAlike<T>(m: Matched<T>, identity: (t: T) => string, name: (t: T) => string | null = () => null): MatchedAlike<T> {
  type Slot = { item: T; index: number };
  const groups = new Map<string, { removed: Slot[]; added: Slot[] }>();
  const group = (key: string) => {
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { removed: [], added: [] }));
    return g;
  };
  for (const r of m.removed) group(identity(r.item)).removed.push(r);
  for (const a of m.added) group(identity(a.item)).added.push(a);

  const renamedChanged: Pair<T>[] = [];
  const taken = new Set<Slot>();
  const pair = (r: Slot, a: Slot) => {
    renamedChanged.push({ base: r.item, head: a.item, baseIndex: r.index, headIndex: a.index });
    taken.add(r).add(a);
  };
  for (const g of groups.values()) {
    if (g.removed.length === 0 || g.added.length === 0) continue;
    if (g.removed.length === 1 && g.added.length === 1) {
      pair(g.removed[0] as Slot, g.added[0] as Slot);
      continue;
    }
    // Several alike on a side: only a name each side has once tells which is which.
    const byName = (slots: Slot[]) => {
      const seen = new Map<string, Slot | null>();
      for (const s of slots) {
        const n = name(s.item);
        if (n !== null) seen.set(n, seen.has(n) ? null : s);
      }
      return seen;
    };
    const added = byName(g.added);
    for (const [n, r] of byName(g.removed)) {
      const a = added.get(n);
      if (r && a) pair(r, a);
    }
  }
  if (taken.size === 0) return { ...m, renamedChanged };
  renamedChanged.sort((a, b) => a.headIndex - b.headIndex);
  return {
    ...m,
    renamedChanged,
    removed: m.removed.filter((r) => !taken.has(r)),
    added: m.added.filter((a) => !taken.has(a)),
  };
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
