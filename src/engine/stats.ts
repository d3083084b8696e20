/**
 * Bounded-memory building blocks for the evaluation: a growable number column (exact
 * percentiles need every value, but 8 bytes each, not an object each), nearest-rank
 * percentiles, a top-K heap for worst offenders, and a capped counter for breakdowns.
 */

/** The arrays a NumberColumn keeps its values in. */
export type Numbers = Float32Array | Float64Array;

/** Values a NumberColumn chunk holds once it stops doubling (256 KB at 4 bytes a value). */
const CHUNK = 1 << 16;

/**
 * A growable column of numbers: one million elapsed times cost 4 or 8 MB, not 1M boxed
 * numbers. Values are kept in 4 bytes each while every one of them is exactly a 32-bit
 * float (whole minutes, as most exports' timestamps give, are up to 16.7 million), and in
 * 8 from the first that is not: the column halves the memory of the SLAs' elapsed times at
 * 5M rows without changing a single value.
 *
 * The values live in chunks: the first doubles up to 64K values, then full chunks are put
 * aside and a new one started, so that a column never holds twice its values (a doubled
 * array half empty, or the old copy while growing) and is never copied to grow. Columns
 * measured elsewhere (a worker's share) are adopted as chunks too, by reference.
 * `values()` lists every value once; the order is not the order pushed (what reads a
 * column, percentiles and bucket counts, does not depend on order).
 */
export class NumberColumn {
  /** Full chunks and adopted columns. */
  private readonly parts: Numbers[] = [];
  /** The chunk being filled, and how many values it holds. */
  private data: Numbers;
  private own = 0;
  private wide = false;
  private size = 0;

  constructor(initialCapacity = 1024) {
    this.data = new Float32Array(Math.min(CHUNK, Math.max(16, initialCapacity)));
  }

  get length(): number {
    return this.size;
  }

  push(value: number): void {
    if (!this.wide && Math.fround(value) !== value) this.widen();
    if (this.own === this.data.length) this.makeRoom();
    this.data[this.own++] = value;
    this.size++;
  }

  /**
   * Takes `values` (another share's column) as part of this one, without copying it: the
   * caller hands it over and does not change it afterwards (a worker's transferred buffer).
   */
  adopt(values: Numbers): void {
    if (values.length === 0) return;
    this.parts.push(values);
    this.size += values.length;
  }

  /** A copy of every value (8 bytes each if any chunk holds 8). */
  values(): Numbers {
    const wide = this.wide || this.parts.some((a) => a instanceof Float64Array);
    const out = wide ? new Float64Array(this.size) : new Float32Array(this.size);
    let at = 0;
    for (const a of this.parts) {
      out.set(a, at);
      at += a.length;
    }
    out.set(this.data.subarray(0, this.own), at);
    return out;
  }

  /** Calls `visit` with each value, in the order of `values()`. */
  each(visit: (value: number) => void): void {
    for (const a of this.parts) for (let i = 0; i < a.length; i++) visit(a[i] as number);
    const data = this.data;
    for (let i = 0; i < this.own; i++) visit(data[i] as number);
  }

  /** The values in ascending order (a sorted copy; the column itself is left as is). */
  sorted(): Numbers {
    return this.values().sort();
  }

  /**
   * `percentile(this.sorted(), p)` for each p, by selection instead of a full sort: on the
   * 1M-row benchmark sorting the SLAs' elapsed times took 95 ms, selecting 25 ms. Values
   * must not be NaN.
   */
  percentiles(ps: readonly number[]): (number | null)[] {
    const n = this.size;
    if (n === 0) return ps.map(() => null);
    const a = this.values();
    const ranks = ps.map((p) => Math.min(n, Math.max(1, Math.ceil(p * n))) - 1);
    // Ascending ranks: after placing rank k, the values above it hold every higher rank.
    let lo = 0;
    for (const k of [...ranks].sort((x, y) => x - y)) {
      select(a, lo, n - 1, k);
      lo = k;
    }
    return ranks.map((k) => a[k] as number);
  }

  /** From 4 bytes a value to 8: a value came that a 32-bit float cannot hold exactly (full chunks keep their 4: they are exact). */
  private widen(): void {
    this.wide = true;
    const next = new Float64Array(this.data.length);
    next.set(this.data.subarray(0, this.own));
    this.data = next;
  }

  /** The chunk is full: doubled while under CHUNK values, else put aside for a new one. */
  private makeRoom(): void {
    const length = this.data.length;
    if (length < CHUNK) {
      const next = this.wide ? new Float64Array(Math.min(CHUNK, length * 2)) : new Float32Array(Math.min(CHUNK, length * 2));
      next.set(this.data);
      this.data = next;
      return;
    }
    this.parts.push(this.data);
    this.data = this.wide ? new Float64Array(CHUNK) : new Float32Array(CHUNK);
    this.own = 0;
  }
}

/**
 * Moves the k-th smallest of a[lo..hi] to a[k], smaller ones before it and larger ones after
 * (Hoare's FIND, in Wirth's form: equal values stop both scans, so runs of one value split evenly).
 */
function select(a: Numbers, lo: number, hi: number, k: number): void {
  while (lo < hi) {
    const x = medianOf3(a[lo] as number, a[(lo + hi) >>> 1] as number, a[hi] as number);
    let i = lo;
    let j = hi;
    while (i <= j) {
      while ((a[i] as number) < x) i++;
      while ((a[j] as number) > x) j--;
      if (i <= j) {
        const t = a[i] as number;
        a[i] = a[j] as number;
        a[j] = t;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return;
  }
}

function medianOf3(a: number, b: number, c: number): number {
  return a < b ? (b < c ? b : a < c ? c : a) : a < c ? a : b < c ? c : b;
}

/**
 * Nearest-rank percentile (the smallest value with at least p of the values at or below
 * it: rank ⌈p·n⌉, 1-based). It always returns an observed value, never an interpolation,
 * so "p90 = 450 minutes" names a real lead's elapsed time. `sorted` must be ascending.
 */
export function percentile(sorted: ArrayLike<number>, p: number): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  const rank = Math.min(n, Math.max(1, Math.ceil(p * n)));
  return sorted[rank - 1] ?? null;
}

/**
 * Keeps the `capacity` largest items by `compare` (a min-heap on the kept ones, so each
 * push is O(log k) and memory is O(k) whatever the number of pushes).
 * `compare(a, b) > 0` means a ranks above (is "worse" than) b.
 */
export class TopK<T> {
  private readonly heap: T[] = [];

  constructor(
    private readonly capacity: number,
    private readonly compare: (a: T, b: T) => number,
  ) {}

  /** Whether an item ranking like `probe` would be kept; lets callers skip building it. */
  wouldKeep(probe: T): boolean {
    if (this.capacity <= 0) return false;
    if (this.heap.length < this.capacity) return true;
    return this.compare(probe, this.heap[0] as T) > 0;
  }

  push(item: T): void {
    if (this.capacity <= 0) return;
    const h = this.heap;
    if (h.length < this.capacity) {
      h.push(item);
      this.siftUp(h.length - 1);
    } else if (this.compare(item, h[0] as T) > 0) {
      h[0] = item;
      this.siftDown(0);
    }
  }

  /** Kept items, in no particular order (pushing them into another TopK keeps the top of both). */
  items(): T[] {
    return [...this.heap];
  }

  /** Kept items, highest rank first. */
  toSortedArray(): T[] {
    return [...this.heap].sort((a, b) => this.compare(b, a));
  }

  private siftUp(i: number): void {
    const h = this.heap;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (this.compare(h[i] as T, h[parent] as T) >= 0) break;
      [h[i], h[parent]] = [h[parent] as T, h[i] as T];
      i = parent;
    }
  }

  private siftDown(i: number): void {
    const h = this.heap;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let least = i;
      if (l < h.length && this.compare(h[l] as T, h[least] as T) < 0) least = l;
      if (r < h.length && this.compare(h[r] as T, h[least] as T) < 0) least = r;
      if (least === i) return;
      [h[i], h[least]] = [h[least] as T, h[i] as T];
      i = least;
    }
  }
}

/**
 * A copy of `s` that does not keep a larger string alive. V8 makes a substring of 13 or
 * more characters a view into its parent; an id sliced out of a 1 MB parse chunk and
 * kept for the whole run would keep the chunk. Concatenating then slicing forces a
 * flat copy of just these characters.
 */
export function detach(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}

/** Up to five example ids per finding, and the count of all. */
export class Examples {
  count = 0;
  readonly ids: string[] = [];

  constructor(private readonly max = 5) {}

  add(id: string): void {
    this.count++;
    if (this.ids.length < this.max) this.ids.push(detach(id));
  }

  /** Adds another share's examples (its count, its first ids), after this one's. */
  absorb(count: number, ids: readonly string[]): void {
    this.count += count;
    for (const id of ids) if (this.ids.length < this.max) this.ids.push(id);
  }
}

/**
 * Per-key accumulators with a bound on distinct keys: the first `maxKeys` keys get their
 * own slot, later new keys share the `otherKey` slot. Memory stays bounded even for a
 * breakdown by a column with one value per lead.
 */
export class CappedGroups<V> {
  private readonly map = new Map<string, V>();
  /** Whether a key found no slot of its own (went to `otherKey`). */
  overflowed = false;

  constructor(
    private readonly maxKeys: number,
    private readonly otherKey: string,
    private readonly create: () => V,
  ) {}

  get(key: string): V {
    let v = this.map.get(key);
    if (v === undefined) {
      const full = this.map.size >= this.maxKeys;
      if (full) this.overflowed = true;
      const k = full ? this.otherKey : detach(key);
      v = this.map.get(k);
      if (v === undefined) {
        v = this.create();
        this.map.set(k, v);
      }
    }
    return v;
  }

  entries(): [string, V][] {
    return [...this.map.entries()];
  }
}
