/**
 * Which ids a file has shown, for "duplicate id" rejections, in memory that does not hold
 * the ids themselves: a Set of a million strings costs about 1 µs per row in garbage
 * collection (each id survives into the old generation) and pins the text around it.
 * Here each id is a 64-bit hash in typed arrays (open addressing), with the row that
 * first had it. Two different ids share a hash with odds of about n² / 2^65 (3 in 100
 * million for a million ids), which would report the second as a duplicate.
 */
/** The most ids `addAll` takes at once. */
export const GROUP = 32;

/** The two 32-bit lanes of the hash of the last id passed to `hash`. */
const lanes = new Uint32Array(2);

/** cyrb53's two 32-bit lanes, kept apart: 64 bits of hash, into `lanes`. */
function hash(id: string): void {
  let a = 0xdeadbeef;
  let b = 0x41c6ce57;
  for (let i = 0; i < id.length; i++) {
    const c = id.charCodeAt(i);
    a = Math.imul(a ^ c, 2654435761);
    b = Math.imul(b ^ c, 1597334677);
  }
  a = Math.imul(a ^ (a >>> 16), 2246822507) ^ Math.imul(b ^ (b >>> 13), 3266489909);
  b = Math.imul(b ^ (b >>> 16), 2246822507) ^ Math.imul(a ^ (a >>> 13), 3266489909);
  lanes[0] = a;
  lanes[1] = b;
}

/** An IdTable's arrays (IdTable#release): slot j holds an id when rows[j] is not 0. */
export interface IdTableData {
  h1: Uint32Array<ArrayBuffer>;
  h2: Uint32Array<ArrayBuffer>;
  rows: Int32Array<ArrayBuffer>;
  count: number;
}

/**
 * Whether `count` ids make a table of `size` slots too full: past 60% linear probing's
 * misses (every new id is one) grow long. 12 bytes a slot: 5M ids take 8.3M slots (96 MiB),
 * where at most half full they took 16M (192 MiB) and broke the memory goal (issue 17).
 */
function full(count: number, size: number): boolean {
  return count * 5 >= size * 3;
}

/** Slots for `n` ids: just under 60% full (any size, not a power of two: a reserved table fits its ids). */
function slotsFor(n: number): number {
  return Math.max(16, Math.ceil((n * 5) / 3) + 1);
}

/** The home slot of a hash lane in a table of `size` slots: the lane scaled to the size (its high bits decide). */
function home(b: number, size: number): number {
  return Math.floor((b / 4294967296) * size);
}

export class IdTable {
  private h1 = new Uint32Array(1 << 12);
  private h2 = new Uint32Array(1 << 12);
  private rows = new Int32Array(1 << 12);
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** Makes room for `n` ids in all (a capacity hint: more can still be added). */
  reserve(n: number): void {
    if (!full(n, this.rows.length)) return;
    if (this.count > 0) {
      this.rehash(slotsFor(n));
      return;
    }
    const size = slotsFor(n);
    this.h1 = new Uint32Array(size);
    this.h2 = new Uint32Array(size);
    this.rows = new Int32Array(size);
  }

  /** Records `id` at `row` (≥ 1); returns the row that had it first, or 0 when it is new. */
  add(id: string, row: number): number {
    hash(id);
    return this.insert(lanes[0] as number, lanes[1] as number, row);
  }

  /**
   * `add` for `count` ids at once, in order; `firsts[k]` gets the answer for `ids[k]`.
   * Once the table outgrows the caches, each id's slot is a memory miss; here the slots of
   * all the ids are read first, independently of each other, so that the processor waits
   * for those misses together rather than one after the other (groups of 32 made `check`
   * on the 1M-row benchmark 0.1 to 0.15 s faster than one id at a time).
   */
  addAll(ids: readonly string[], rows: readonly number[], count: number, firsts: Int32Array): void {
    while (full(this.count + count, this.rows.length)) this.grow();
    const size = this.rows.length;
    let touched = 0;
    for (let k = 0; k < count; k++) {
      hash(ids[k] as string);
      const a = lanes[0] as number;
      const b = lanes[1] as number;
      this.pendingA[k] = a;
      this.pendingB[k] = b;
      const i = home(b, size);
      touched ^= (this.rows[i] as number) ^ (this.h1[i] as number) ^ (this.h2[i] as number);
    }
    this.touched = touched;
    for (let k = 0; k < count; k++) firsts[k] = this.insert(this.pendingA[k] as number, this.pendingB[k] as number, rows[k] as number);
  }

  /** Lanes of the ids of an `addAll` group. */
  private readonly pendingA = new Uint32Array(GROUP);
  private readonly pendingB = new Uint32Array(GROUP);
  /** What the reads of `addAll` saw: kept, so that they are not optimized away. */
  touched = 0;

  /** The row that first had the id hashed to lanes (a, b), or 0. */
  lookup(a: number, b: number): number {
    const size = this.rows.length;
    for (let i = home(b, size); ; i = i + 1 === size ? 0 : i + 1) {
      const r = this.rows[i] as number;
      if (r === 0) return 0;
      if (this.h1[i] === a && this.h2[i] === b) return r;
    }
  }

  /** Records the id hashed to lanes (a, b) at `row`; returns the row that had it first, or 0 when it is new. */
  addLanes(a: number, b: number, row: number): number {
    return this.insert(a, b, row);
  }

  /** The lanes of `id`'s hash, as [a, b]. */
  static lanes(id: string): [number, number] {
    hash(id);
    return [lanes[0] as number, lanes[1] as number];
  }

  /**
   * The table's own arrays, handed over: what a worker posts back (transferred, not copied:
   * a compact copy cost 27 MiB more at the worker's peak on 5,000,000 rows). Slots with row
   * 0 are empty. The table is empty afterwards.
   */
  release(): IdTableData {
    const out = { h1: this.h1, h2: this.h2, rows: this.rows, count: this.count };
    this.h1 = new Uint32Array(16);
    this.h2 = new Uint32Array(16);
    this.rows = new Int32Array(16);
    this.count = 0;
    return out;
  }

  private insert(a: number, b: number, row: number): number {
    if (full(this.count, this.rows.length)) this.grow();
    const size = this.rows.length;
    let i = home(b, size);
    for (;;) {
      const r = this.rows[i] as number;
      if (r === 0) {
        this.h1[i] = a;
        this.h2[i] = b;
        this.rows[i] = row;
        this.count++;
        return 0;
      }
      if (this.h1[i] === a && this.h2[i] === b) return r;
      i = i + 1 === size ? 0 : i + 1;
    }
  }

  /** Half as large again: a table that was not reserved grows with less slack than by doubling. */
  private grow(): void {
    this.rehash(Math.ceil(this.rows.length * 1.5));
  }

  private rehash(size: number): void {
    const { h1, h2, rows } = this;
    this.h1 = new Uint32Array(size);
    this.h2 = new Uint32Array(size);
    this.rows = new Int32Array(size);
    for (let j = 0; j < rows.length; j++) {
      const r = rows[j] as number;
      if (r === 0) continue;
      let i = home(h2[j] as number, size);
      while (this.rows[i] !== 0) i = i + 1 === size ? 0 : i + 1;
      this.h1[i] = h1[j] as number;
      this.h2[i] = h2[j] as number;
      this.rows[i] = r;
    }
  }
}
