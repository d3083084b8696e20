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

/**
 * An IdTable's slots (IdTable#release): three numbers a slot, the hash's two lanes and the
 * row, in one array; a slot holds an id when its row (cells[3j + 2]) is not 0.
 */
export interface IdTableData {
  cells: Uint32Array<ArrayBuffer>;
  count: number;
}

/** Numbers a slot: lane a, lane b, row. */
const STRIDE = 3;

/**
 * Whether `count` ids make a table of `size` slots too full: at 75% a new id (every id
 * but a repeat is one) probes ~8.5 slots on average, ~100 bytes of one array: two cache
 * lines, where lanes and rows in three arrays at 60% took three. 12 bytes a slot: 5M ids
 * take 6.7M slots (80 MiB); at 60% they took 8.3M (96 MiB), at 50% 16M (192 MiB).
 */
function full(count: number, size: number): boolean {
  return count * 4 >= size * 3;
}

/** Slots for `n` ids: just under 75% full (any size, not a power of two: a reserved table fits its ids). */
function slotsFor(n: number): number {
  return Math.max(16, Math.ceil((n * 4) / 3) + 1);
}

/** The home slot of a hash lane in a table of `size` slots: the lane scaled to the size (its high bits decide). */
function home(b: number, size: number): number {
  return Math.floor((b / 4294967296) * size);
}

export class IdTable {
  private cells = new Uint32Array(STRIDE << 12);
  private slots = 1 << 12;
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** Makes room for `n` ids in all (a capacity hint: more can still be added). */
  reserve(n: number): void {
    if (!full(n, this.slots)) return;
    if (this.count > 0) {
      this.rehash(slotsFor(n));
      return;
    }
    this.slots = slotsFor(n);
    this.cells = new Uint32Array(STRIDE * this.slots);
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
    while (full(this.count + count, this.slots)) this.grow();
    const size = this.slots;
    const cells = this.cells;
    let touched = 0;
    for (let k = 0; k < count; k++) {
      hash(ids[k] as string);
      const a = lanes[0] as number;
      const b = lanes[1] as number;
      this.pendingA[k] = a;
      this.pendingB[k] = b;
      touched ^= cells[STRIDE * home(b, size) + 2] as number;
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
    const size = this.slots;
    const cells = this.cells;
    for (let i = home(b, size); ; i = i + 1 === size ? 0 : i + 1) {
      const at = STRIDE * i;
      const r = cells[at + 2] as number;
      if (r === 0) return 0;
      if (cells[at] === a && cells[at + 1] === b) return r;
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
   * The table's own slots, handed over: what a worker posts back (transferred, not copied:
   * a compact copy cost 27 MiB more at the worker's peak on 5,000,000 rows). The table is
   * empty afterwards.
   */
  release(): IdTableData {
    const out = { cells: this.cells, count: this.count };
    this.slots = 16;
    this.cells = new Uint32Array(STRIDE * this.slots);
    this.count = 0;
    return out;
  }

  private insert(a: number, b: number, row: number): number {
    if (full(this.count, this.slots)) this.grow();
    const size = this.slots;
    const cells = this.cells;
    let i = home(b, size);
    for (;;) {
      const at = STRIDE * i;
      const r = cells[at + 2] as number;
      if (r === 0) {
        cells[at] = a;
        cells[at + 1] = b;
        cells[at + 2] = row;
        this.count++;
        return 0;
      }
      if (cells[at] === a && cells[at + 1] === b) return r;
      i = i + 1 === size ? 0 : i + 1;
    }
  }

  /** Half as large again: a table that was not reserved grows with less slack than by doubling. */
  private grow(): void {
    this.rehash(Math.ceil(this.slots * 1.5));
  }

  private rehash(size: number): void {
    const old = this.cells;
    const cells = new Uint32Array(STRIDE * size);
    for (let j = 0; j < old.length; j += STRIDE) {
      const r = old[j + 2] as number;
      if (r === 0) continue;
      let i = home(old[j + 1] as number, size);
      while (cells[STRIDE * i + 2] !== 0) i = i + 1 === size ? 0 : i + 1;
      cells[STRIDE * i] = old[j] as number;
      cells[STRIDE * i + 1] = old[j + 1] as number;
      cells[STRIDE * i + 2] = r;
    }
    this.cells = cells;
    this.slots = size;
  }
}
