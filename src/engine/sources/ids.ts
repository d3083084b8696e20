/**
 * Which ids a file has shown, for "duplicate id" rejections, in memory that does not hold
 * the ids themselves: a Set of a million strings costs about 1 µs per row in garbage
 * collection (each id survives into the old generation) and pins the text around it.
 * Here each id is a 64-bit hash in typed arrays (open addressing), with the row that
 * first had it. Two different ids share a hash with odds of about n² / 2^65 (3 in 100
 * million for a million ids), which would report the second as a duplicate.
 */
export class IdTable {
  private h1 = new Uint32Array(1 << 12);
  private h2 = new Uint32Array(1 << 12);
  private rows = new Int32Array(1 << 12);
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** Records `id` at `row` (≥ 1); returns the row that had it first, or 0 when it is new. */
  add(id: string, row: number): number {
    // cyrb53's two 32-bit lanes, kept apart: 64 bits of hash.
    let a = 0xdeadbeef;
    let b = 0x41c6ce57;
    for (let i = 0; i < id.length; i++) {
      const c = id.charCodeAt(i);
      a = Math.imul(a ^ c, 2654435761);
      b = Math.imul(b ^ c, 1597334677);
    }
    a = Math.imul(a ^ (a >>> 16), 2246822507) ^ Math.imul(b ^ (b >>> 13), 3266489909);
    b = Math.imul(b ^ (b >>> 16), 2246822507) ^ Math.imul(a ^ (a >>> 13), 3266489909);
    a >>>= 0;
    b >>>= 0;
    if (this.count * 2 >= this.rows.length) this.grow();
    const mask = this.rows.length - 1;
    let i = b & mask;
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
      i = (i + 1) & mask;
    }
  }

  private grow(): void {
    const { h1, h2, rows } = this;
    const size = rows.length * 2;
    this.h1 = new Uint32Array(size);
    this.h2 = new Uint32Array(size);
    this.rows = new Int32Array(size);
    const mask = size - 1;
    for (let j = 0; j < rows.length; j++) {
      const r = rows[j] as number;
      if (r === 0) continue;
      let i = (h2[j] as number) & mask;
      while (this.rows[i] !== 0) i = (i + 1) & mask;
      this.h1[i] = h1[j] as number;
      this.h2[i] = h2[j] as number;
      this.rows[i] = r;
    }
  }
}
