import { describe, expect, it } from 'vitest';
import { overallStatus } from '../../../src/engine/evaluate.js';
import { CappedGroups, NumberColumn, percentile, TopK } from '../../../src/engine/stats.js';

describe('stats', () => {
  it('nearest-rank percentiles pick observed values', () => {
    const s = [0, 15, 20, 30, 35, 40, 50, 60, 90, 90, 420, 450, 870];
    // n = 13: median rank ⌈6.5⌉ = 7 → 50; p90 rank ⌈11.7⌉ = 12 → 450.
    expect(percentile(s, 0.5)).toBe(50);
    expect(percentile(s, 0.9)).toBe(450);
    expect(percentile([7], 0.9)).toBe(7);
    expect(percentile([], 0.5)).toBeNull();
    expect(percentile([1, 2], 0)).toBe(1);
    expect(percentile([1, 2], 1)).toBe(2);
  });

  it('NumberColumn grows and sorts numerically', () => {
    const c = new NumberColumn(1);
    for (let i = 100; i > 0; i--) c.push(i * 10);
    expect(c.length).toBe(100);
    const s = c.sorted();
    expect([s[0], s[1], s[99]]).toEqual([10, 20, 1000]);
  });

  it('NumberColumn percentiles by selection equal nearest ranks of the sorted values', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const ps = [0.9, 0.5, 0, 1, 0.25];
    for (const n of [0, 1, 2, 3, 10, 257, 5000]) {
      for (const spread of [1, 5, 1000]) {
        const c = new NumberColumn(4);
        for (let i = 0; i < n; i++) c.push(Math.floor(random() * spread) / 4);
        const sorted = c.sorted();
        expect(c.percentiles(ps)).toEqual(ps.map((p) => percentile(sorted, p)));
      }
    }
    const c = new NumberColumn();
    for (let i = 1000; i > 0; i--) c.push(i);
    expect(c.percentiles([0.5, 0.9])).toEqual([500, 900]);
    expect(c.values()[0]).toBe(1000); // the column itself is left as is
  });

  it('NumberColumn percentiles (read where the values are, by their bits) equal nearest ranks, in 4- and 8-byte columns, negatives and ties included', () => {
    let seed = 11;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const ps = [0, 0.001, 0.25, 0.5, 0.9, 0.999, 1];
    const shapes: [string, () => number, typeof Float32Array | typeof Float64Array][] = [
      ['whole minutes', () => Math.floor(random() * 100_000), Float32Array],
      ['a few values, many ties', () => Math.floor(random() * 3), Float32Array],
      ['negatives and fractions', () => Math.fround((random() - 0.5) * 1e6), Float32Array],
      ['one high half (values within 1.0 of each other)', () => Math.fround(1 + random()), Float32Array],
      ['signed zeros and extremes', () => [0, -0, Infinity, -Infinity, 3.5, -2][Math.floor(random() * 6)] as number, Float32Array],
      ['minutes with seconds (8 bytes)', () => Math.floor(random() * 100_000) / 60, Float64Array],
      ['8-byte negatives, ties and extremes', () => [0, -0, 1 / 3, -1 / 3, 1e300, -Infinity, 2][Math.floor(random() * 7)] as number, Float64Array],
      [
        '8-byte values that differ only in their last 32 bits',
        () => 1 + (Math.floor(random() * 4) * 65536 + Math.floor(random() * 4)) * Number.EPSILON,
        Float64Array,
      ],
    ];
    for (const [shape, next, kind] of shapes) {
      const c = new NumberColumn(16);
      const pushed: number[] = [];
      for (let i = 0; i < 150_000; i++) {
        const v = next();
        c.push(v);
        pushed.push(v);
      }
      const adopted = Float32Array.from({ length: 1000 }, next);
      c.adopt(adopted);
      pushed.push(...adopted);
      expect(c.values(), shape).toBeInstanceOf(kind);
      const sorted = [...pushed].sort((a, b) => a - b);
      // -0 and 0 are one value to the percentiles: compared as numbers, not as bits.
      const got = c.percentiles(ps).map((v) => (v === 0 ? 0 : v));
      expect(got, shape).toEqual(ps.map((p) => percentile(sorted, p)).map((v) => (v === 0 ? 0 : v)));
    }
  });

  it('NumberColumn keeps whole minutes in 4 bytes and every value exact once one needs 8', () => {
    const c = new NumberColumn(16);
    const whole = Array.from({ length: 40 }, (_, i) => (i * 7919) % 100_003);
    for (const v of whole) c.push(v);
    expect(c.values()).toBeInstanceOf(Float32Array);
    expect([...c.values()]).toEqual(whole);
    // A business-clock elapsed time with seconds: not a 32-bit float; the column widens and loses nothing.
    const odd = 61.38333333333333;
    c.push(odd);
    c.push(16_777_217); // above 2^24: a whole number a 32-bit float cannot hold either
    expect(c.values()).toBeInstanceOf(Float64Array);
    expect([...c.values()]).toEqual([...whole, odd, 16_777_217]);
    expect(c.percentiles([1])).toEqual([16_777_217]);
    const merged = new NumberColumn(16);
    merged.adopt(c.values());
    expect([...merged.sorted()]).toEqual([...whole, odd, 16_777_217].sort((a, b) => a - b));
  });

  it("NumberColumn adopts other shares' columns as they are, every value once", () => {
    const c = new NumberColumn(16);
    for (const v of [30, 10, 20]) c.push(v);
    const narrow = Float32Array.of(5, 40);
    const wide = Float64Array.of(61.5, 0);
    c.adopt(narrow);
    c.adopt(new Float32Array(0));
    c.adopt(wide);
    c.push(7);
    expect(c.length).toBe(8);
    const all = [5, 40, 61.5, 0, 30, 10, 20, 7]; // adopted columns first, then the chunk being filled
    expect(c.values()).toBeInstanceOf(Float64Array); // one adopted column needs 8 bytes a value
    expect([...c.values()]).toEqual(all);
    const seen: number[] = [];
    c.each((v) => seen.push(v));
    expect(seen).toEqual(all);
    const sorted = [...all].sort((a, b) => a - b);
    expect([...c.sorted()]).toEqual(sorted);
    expect(c.percentiles([0.5, 0.9, 1])).toEqual([0.5, 0.9, 1].map((p) => percentile(sorted, p)));
    // Adopted, not copied: the percentiles select in a copy and leave the shares' arrays as they came.
    expect([...narrow, ...wide]).toEqual([5, 40, 61.5, 0]);
    const plain = new NumberColumn(4);
    plain.adopt(Float32Array.of(3, 1, 2));
    expect(plain.values()).toBeInstanceOf(Float32Array);
    expect(plain.percentiles([0.5])).toEqual([2]);
  });

  it('NumberColumn holds columns past a chunk (64K values), widening midway, without losing or repeating a value', () => {
    const c = new NumberColumn(16);
    const pushed: number[] = [];
    for (let i = 0; i < 200_000; i++) {
      const v = i === 100_000 ? 0.1 : (i * 7919) % 100_003; // one value a 32-bit float cannot hold, in the second chunk
      c.push(v);
      pushed.push(v);
    }
    c.adopt(Float32Array.of(3, 2, 1));
    pushed.push(3, 2, 1);
    expect(c.length).toBe(200_003);
    const values = c.values();
    expect(values).toBeInstanceOf(Float64Array);
    const sorted = [...pushed].sort((a, b) => a - b);
    expect([...values].sort((a, b) => a - b)).toEqual(sorted);
    expect([...c.sorted()]).toEqual(sorted);
    const seen: number[] = [];
    c.each((v) => seen.push(v));
    expect(seen).toEqual([...values]);
    expect(c.percentiles([0, 0.5, 0.9, 1])).toEqual([0, 0.5, 0.9, 1].map((p) => percentile(sorted, p)));
  });

  it('TopK keeps the k highest, highest first', () => {
    const t = new TopK<number>(3, (a, b) => a - b);
    for (const x of [5, 1, 9, 3, 7, 8, 2]) t.push(x);
    expect(t.toSortedArray()).toEqual([9, 8, 7]);
    expect(t.wouldKeep(6)).toBe(false);
    expect(t.wouldKeep(10)).toBe(true);
    const none = new TopK<number>(0, (a, b) => a - b);
    none.push(1);
    expect(none.toSortedArray()).toEqual([]);
  });

  it('CappedGroups sends new keys past the cap to the other slot', () => {
    const g = new CappedGroups(2, '(other)', () => ({ n: 0 }));
    for (const k of ['a', 'b', 'c', 'a', 'd']) g.get(k).n++;
    expect(g.entries()).toEqual([
      ['a', { n: 2 }],
      ['b', { n: 1 }],
      ['(other)', { n: 2 }],
    ]);
  });

  it('overall status: fail beats pass beats no-data', () => {
    expect(overallStatus(['pass', 'fail', 'no-data'])).toBe('fail');
    expect(overallStatus(['pass', 'no-data'])).toBe('pass');
    expect(overallStatus(['no-data'])).toBe('no-data');
    expect(overallStatus([])).toBe('no-data');
  });
});
