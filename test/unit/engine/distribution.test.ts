/**
 * The elapsed-time buckets (metrics/distribution.ts) at their edges: a time on an edge
 * belongs to the bucket below it, as a lead at exactly the goal is met.
 */
import { describe, expect, it } from 'vitest';
import { BUCKET_QUARTERS, bucketOf, elapsedDistribution, emptyDistribution } from '../../../src/engine/metrics/distribution.js';
import { NumberColumn } from '../../../src/engine/stats.js';

const column = (values: number[]) => {
  const c = new NumberColumn(16);
  for (const v of values) c.push(v);
  return c;
};

describe('elapsed-time buckets', () => {
  it('puts zero in the first bucket and exactly the goal in the last one at or under it', () => {
    expect(bucketOf(0, 60)).toBe(0);
    expect(bucketOf(60, 60)).toBe(3);
    expect(emptyDistribution()[3]).toEqual({ over: 0.75, upTo: 1, count: 0 });
  });

  it('puts a time just over the goal in the first bucket over it', () => {
    expect(bucketOf(60.000001, 60)).toBe(4);
    expect(bucketOf(60 + 1 / 60_000, 60)).toBe(4); // one millisecond late
    expect(emptyDistribution()[4]).toEqual({ over: 1, upTo: 1.5, count: 0 });
  });

  it('keeps every edge inclusive, on a goal whose fractions are not whole minutes', () => {
    // 1bh 30m = 90 minutes: edges 22.5 45 67.5 90 135 180 360.
    const goal = 90;
    BUCKET_QUARTERS.forEach((q, i) => {
      const edge = (q * goal) / 4;
      expect(bucketOf(edge, goal)).toBe(i);
      expect(bucketOf(edge + 1e-9, goal)).toBe(i + 1);
    });
    expect(bucketOf(1e9, goal)).toBe(BUCKET_QUARTERS.length);
  });

  it('on a goal of zero: zero is met, anything later is over every edge', () => {
    expect(bucketOf(0, 0)).toBe(0);
    expect(bucketOf(0.5, 0)).toBe(BUCKET_QUARTERS.length);
  });

  it('counts a column of times; no times give eight empty buckets', () => {
    const d = elapsedDistribution(60, column([0, 15, 15.5, 60, 61, 240, 240.01]));
    expect(d.map((b) => b.count)).toEqual([2, 1, 0, 1, 1, 0, 1, 1]);
    expect(d.map((b) => [b.over, b.upTo])).toEqual([
      [null, 0.25],
      [0.25, 0.5],
      [0.5, 0.75],
      [0.75, 1],
      [1, 1.5],
      [1.5, 2],
      [2, 4],
      [4, null],
    ]);
    expect(elapsedDistribution(60, column([])).map((b) => b.count)).toEqual([0, 0, 0, 0, 0, 0, 0, 0]);
  });
});
