/**
 * The distribution of an SLA's elapsed times (issue 15: "the distribution of elapsed times
 * with the goal marked"): stopped leads counted in buckets relative to the SLA's own goal,
 * so the goal is a bucket edge for every SLA whatever its unit or clock.
 *
 * A time t falls in the bucket with over < t ≤ upTo (shares of the goal): upper edges are
 * inclusive, as "met" is (elapsed ≤ goal), so a lead at exactly the goal is in the last
 * bucket at or under it and the buckets up to 100% hold exactly the SLA's met leads. The
 * first bucket starts at zero, zero included; the last one is unbounded.
 *
 * Every edge is a number of quarters of the goal, and the comparison is 4·t ≤ q·goal:
 * multiplying by 4 is exact in binary floating point, so the streaming engine and the SQL
 * engines (plan.ts) put a time on an edge in the same bucket, and at q = 4 the test is
 * t ≤ goal exactly, the verdict's own.
 */
import type { ElapsedBucket } from '../types.js';

/** The upper edges in quarters of the goal: 25%, 50%, 75%, 100%, 150%, 200%, 400%; a last bucket holds what is over 400%. */
export const BUCKET_QUARTERS: readonly number[] = [1, 2, 3, 4, 6, 8, 16];

/** Where a bucket ends, as a share of the goal: null for the last, unbounded one. */
const upToShare = (i: number): number | null => {
  const q = BUCKET_QUARTERS[i];
  return q === undefined ? null : q / 4;
};

/** The bucket (0-based) of one elapsed time against the goal (both in minutes on the SLA's clock). */
export function bucketOf(elapsed: number, goal: number): number {
  const t = 4 * elapsed;
  for (let i = 0; i < BUCKET_QUARTERS.length; i++) if (t <= (BUCKET_QUARTERS[i] as number) * goal) return i;
  return BUCKET_QUARTERS.length;
}

/** The buckets, empty, in order. */
export function emptyDistribution(): ElapsedBucket[] {
  return Array.from({ length: BUCKET_QUARTERS.length + 1 }, (_, i) => ({ over: i === 0 ? null : upToShare(i - 1), upTo: upToShare(i), count: 0 }));
}

/** Counts of the given elapsed times (a NumberColumn, or anything that visits numbers) in the buckets of `goal`. */
export function elapsedDistribution(goal: number, values: { each(visit: (value: number) => void): void }): ElapsedBucket[] {
  const out = emptyDistribution();
  values.each((v) => (out[bucketOf(v, goal)] as ElapsedBucket).count++);
  return out;
}
