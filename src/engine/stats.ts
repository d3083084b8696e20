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
    const ranks = ps.map((p) => Math.min(n, Math.max(1, Math.ceil(p * n))) - 1);
    const narrow = this.narrowChunks();
    return narrow !== undefined ? radixSelect(narrow, ranks) : radixSelectWide([...this.parts, this.data.subarray(0, this.own)], ranks);
  }

  /** The column's 4-byte values, chunk by chunk, as their bits (views, not copies); undefined when any chunk holds 8. */
  private narrowChunks(): Uint32Array[] | undefined {
    const chunks = [...this.parts, this.data.subarray(0, this.own)];
    if (!chunks.every((a) => a instanceof Float32Array)) return undefined;
    return chunks.map((a) => new Uint32Array(a.buffer, a.byteOffset, a.length));
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
 * The values at `ranks` (0-based, ascending order) of 32-bit floats given as their bits, read
 * where they are: selection by the bits' high half, then by the low half within the one
 * bucket each rank falls in (two passes over the values, two tables of 65,536 counts). A
 * copy of the values for selection in place cost 4 bytes a value at the end of a check,
 * when memory is at its highest: 20 MB for a five-million-lead SLA.
 * The bits are mapped to keys that sort as the numbers do (negatives flipped; -0 as 0).
 */
function radixSelect(chunks: readonly Uint32Array[], ranks: readonly number[]): number[] {
  const key = (bits: number) => (bits === 0x80000000 ? 0x80000000 : bits & 0x80000000 ? ~bits >>> 0 : (bits | 0x80000000) >>> 0);
  const high = counts(0);
  for (const c of chunks)
    for (let i = 0; i < c.length; i++) {
      const h = key(c[i] as number) >>> 16;
      high[h] = (high[h] as number) + 1;
    }
  // Each rank's high half, and its rank among the values with that high half.
  const wanted = new Map<number, Uint32Array>();
  const place = ranks.map((rank) => {
    let below = 0;
    let h = 0;
    while (below + (high[h] as number) <= rank) below += high[h++] as number;
    if (!wanted.has(h)) wanted.set(h, counts(wanted.size + 1));
    return { h, within: rank - below };
  });
  for (const c of chunks)
    for (let i = 0; i < c.length; i++) {
      const k = key(c[i] as number);
      const low = wanted.get(k >>> 16);
      if (low !== undefined) low[k & 0xffff] = (low[k & 0xffff] as number) + 1;
    }
  const bits = new Uint32Array(1);
  const float = new Float32Array(bits.buffer);
  return place.map(({ h, within }) => {
    const low = wanted.get(h) as Uint32Array;
    let below = 0;
    let l = 0;
    while (below + (low[l] as number) <= within) below += low[l++] as number;
    const k = ((h << 16) | l) >>> 0;
    bits[0] = k & 0x80000000 ? k & 0x7fffffff : ~k >>> 0;
    return float[0] as number;
  });
}

/**
 * radixSelect for columns with 8-byte values (any chunk). Each value's 64 bits are mapped
 * to a key that sorts as the numbers do. One pass counts the keys' top 16 bits (sign,
 * exponent and 4 bits of mantissa: a sixteenth of an octave); the values in each rank's
 * bucket, a small part of the column, are then gathered and selected among. A bucket of
 * more than an eighth of the values (long runs of one value) is not gathered: its keys are
 * selected 16 bits at a time instead, three more passes that make nothing the column's size.
 */
function radixSelectWide(chunks: readonly Numbers[], ranks: readonly number[]): number[] {
  const f = new Float64Array(1);
  const u = new Uint32Array(f.buffer);
  let n = 0;
  for (const c of chunks) n += c.length;
  // Per rank: its key's digits found so far, as the high and low words they fill, and its rank among the values that share them.
  const found = ranks.map((rank) => ({ hi: 0, lo: 0, within: rank }));
  for (let pass = 0; pass < 4; pass++) {
    // One table per distinct prefix of the ranks' (two ranks in one bucket share it).
    const groups: { hi: number; lo: number; table: Uint32Array }[] = [];
    const groupOf = found.map((r) => {
      let g = groups.findIndex((x) => x.hi === r.hi && x.lo === r.lo);
      if (g < 0) g = groups.push({ hi: r.hi, lo: r.lo, table: counts(groups.length) }) - 1;
      return g;
    });
    for (const c of chunks)
      for (let i = 0; i < c.length; i++) {
        const v = c[i] as number;
        f[0] = v === 0 ? 0 : v;
        let hi = u[1] as number;
        let lo = u[0] as number;
        if (hi & 0x80000000) {
          hi = ~hi >>> 0;
          lo = ~lo >>> 0;
        } else hi = (hi | 0x80000000) >>> 0;
        for (const g of groups) {
          // The digits before this pass's must be the group's.
          if (pass === 1 && hi >>> 16 !== g.hi >>> 16) continue;
          if (pass >= 2 && hi !== g.hi) continue;
          if (pass === 3 && lo >>> 16 !== g.lo >>> 16) continue;
          const digit = pass === 0 ? hi >>> 16 : pass === 1 ? hi & 0xffff : pass === 2 ? lo >>> 16 : lo & 0xffff;
          g.table[digit] = (g.table[digit] as number) + 1;
        }
      }
    const sizes: number[] = [];
    found.forEach((r, k) => {
      const table = (groups[groupOf[k] as number] as { table: Uint32Array }).table;
      let below = 0;
      let d = 0;
      while (below + (table[d] as number) <= r.within) below += table[d++] as number;
      r.within -= below;
      sizes.push(table[d] as number);
      if (pass === 0) r.hi = (d << 16) >>> 0;
      else if (pass === 1) r.hi = (r.hi | d) >>> 0;
      else if (pass === 2) r.lo = (d << 16) >>> 0;
      else r.lo = (r.lo | d) >>> 0;
    });
    if (pass === 0 && sizes.every((size) => size <= Math.max(GATHER_MIN, n >>> 3))) return gathered(chunks, found, sizes);
  }
  return found.map(({ hi, lo }) => {
    if (hi & 0x80000000) {
      u[1] = hi & 0x7fffffff;
      u[0] = lo;
    } else {
      u[1] = ~hi >>> 0;
      u[0] = ~lo >>> 0;
    }
    return f[0] as number;
  });
}

/** Buckets this small are gathered whatever the column's size. */
const GATHER_MIN = 1 << 16;

/**
 * The values of each rank's bucket (the top 16 bits of the key in `hi`, `sizes` values),
 * gathered in one pass; each rank's value is then selected among its bucket's.
 */
function gathered(chunks: readonly Numbers[], found: readonly { hi: number; within: number }[], sizes: readonly number[]): number[] {
  const f = new Float64Array(1);
  const u = new Uint32Array(f.buffer);
  const buckets = new Map<number, { values: Float64Array; filled: number }>();
  found.forEach((r, k) => {
    if (!buckets.has(r.hi >>> 16)) buckets.set(r.hi >>> 16, { values: new Float64Array(sizes[k] as number), filled: 0 });
  });
  for (const c of chunks)
    for (let i = 0; i < c.length; i++) {
      const v = c[i] as number;
      f[0] = v === 0 ? 0 : v;
      const top = u[1] as number;
      const b = buckets.get((top & 0x80000000 ? ~top >>> 0 : (top | 0x80000000) >>> 0) >>> 16);
      if (b !== undefined) b.values[b.filled++] = v;
    }
  // Ascending ranks within a bucket: after placing one, the values above it hold every higher one.
  const placed = new Map<Float64Array, number>();
  const order = found.map((r, k) => k).sort((x, y) => (found[x] as { within: number }).within - (found[y] as { within: number }).within);
  const out: number[] = new Array<number>(found.length);
  for (const k of order) {
    const r = found[k] as { hi: number; within: number };
    const values = (buckets.get(r.hi >>> 16) as { values: Float64Array }).values;
    select(values, placed.get(values) ?? 0, values.length - 1, r.within);
    placed.set(values, r.within);
    out[k] = values[r.within] as number;
  }
  return out;
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

/** radixSelect's tables of counts, made once and cleared for each use (a check selects in about ten columns). */
const tables: Uint32Array[] = [];

/** The `i`-th table of 65,536 counts, all 0. */
function counts(i: number): Uint32Array {
  const t = (tables[i] ??= new Uint32Array(65536));
  t.fill(0);
  return t;
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
