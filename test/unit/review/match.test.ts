/**
 * Matching list items by key: renames are found by content, each item's content read once,
 * so a contract whose thousand SLAs were all replaced is reviewed in time.
 */
import { describe, expect, it } from 'vitest';
import { matchByKey } from '../../../src/review/match.js';

describe('matchByKey', () => {
  it('pairs the first added item of the same content with each removed one, in order', () => {
    const base = [
      { id: 'a', goal: 1 },
      { id: 'b', goal: 2 },
      { id: 'c', goal: 1 },
    ];
    const head = [
      { id: 'x', goal: 1 },
      { id: 'b', goal: 2 },
      { id: 'y', goal: 3 },
      { id: 'z', goal: 1 },
    ];
    const m = matchByKey(base, head, (i) => i.id);
    expect(m.pairs.map((p) => p.head.id)).toEqual(['b']);
    expect(m.renamed.map((r) => [r.base.id, r.head.id])).toEqual([
      ['a', 'x'],
      ['c', 'z'],
    ]);
    expect(m.added.map((a) => a.item.id)).toEqual(['y']);
    expect(m.removed).toEqual([]);
  });

  it('reads each item’s content once, not once per pair of a removed and an added item', () => {
    const n = 1000;
    const base = Array.from({ length: n }, (_, i) => ({ id: `a-${i}`, goal: i }));
    const head = Array.from({ length: n }, (_, i) => ({ id: `b-${i}`, goal: -i - 1 }));
    let reads = 0;
    const m = matchByKey(
      base,
      head,
      (i) => i.id,
      (i) => {
        reads++;
        return i.goal;
      },
    );
    expect(m.removed).toHaveLength(n);
    expect(m.added).toHaveLength(n);
    expect(reads).toBe(2 * n);
  });
});
