/**
 * Matching list items by key: renames are found by content, each item's content read once,
 * so a contract whose thousand SLAs were all replaced is reviewed in time.
 */
import { describe, expect, it } from 'vitest';
import { matchAlike, matchByKey } from '../../../src/review/match.js';
import { matchSlas } from '../../../src/review/sections/slas.js';
import type { RuleSla } from '../../../src/compiler/ir.js';

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

describe('matchAlike: renamed and changed', () => {
  type Item = { id: string; team: string; name: string | null; goal: number };
  const alike = (base: Item[], head: Item[]) =>
    matchAlike(
      matchByKey(base, head, (i) => i.id),
      (i) => i.team,
      (i) => i.name,
    );

  it('pairs the one removed and the one added item of an identity, whatever else changed', () => {
    const m = alike([{ id: 'a', team: 'sales', name: 'A', goal: 1 }], [{ id: 'b', team: 'sales', name: 'B', goal: 2 }]);
    expect(m.renamedChanged.map((p) => [p.base.id, p.head.id])).toEqual([['a', 'b']]);
    expect([m.removed, m.added]).toEqual([[], []]);
  });

  it('another identity is another item: no pair', () => {
    const m = alike([{ id: 'a', team: 'sales', name: 'A', goal: 1 }], [{ id: 'b', team: 'marketing', name: 'A', goal: 2 }]);
    expect(m.renamedChanged).toEqual([]);
    expect([m.removed.map((r) => r.item.id), m.added.map((a) => a.item.id)]).toEqual([['a'], ['b']]);
  });

  it('several of an identity: only a name each side has once pairs; the rest stay removed and added', () => {
    const m = alike(
      [
        { id: 'a', team: 'sales', name: 'Same', goal: 1 },
        { id: 'b', team: 'sales', name: 'Old', goal: 1 },
        { id: 'c', team: 'sales', name: null, goal: 1 },
      ],
      [
        { id: 'x', team: 'sales', name: 'New', goal: 2 },
        { id: 'y', team: 'sales', name: 'Same', goal: 2 },
        { id: 'z', team: 'sales', name: null, goal: 2 },
      ],
    );
    expect(m.renamedChanged.map((p) => [p.base.id, p.head.id])).toEqual([['a', 'y']]);
    expect([m.removed.map((r) => r.item.id), m.added.map((a) => a.item.id)]).toEqual([
      ['b', 'c'],
      ['x', 'z'],
    ]);
  });

  it('a name two items of an identity share on one side pairs neither', () => {
    const m = alike(
      [
        { id: 'a', team: 'sales', name: 'Touch', goal: 1 },
        { id: 'b', team: 'sales', name: 'Touch', goal: 1 },
      ],
      [
        { id: 'x', team: 'sales', name: 'Touch', goal: 2 },
        { id: 'y', team: 'sales', name: 'Touch', goal: 3 },
      ],
    );
    expect(m.renamedChanged).toEqual([]);
    expect(m.removed).toHaveLength(2);
  });

  it('a thousand items of one identity replaced wholesale: each identity and name read once, no pair guessed', () => {
    const n = 1000;
    const base = Array.from({ length: n }, (_, i) => ({ id: `a-${i}`, team: 'sales', name: `Old ${i}`, goal: i }));
    const head = Array.from({ length: n }, (_, i) => ({ id: `b-${i}`, team: 'sales', name: `New ${i}`, goal: -i - 1 }));
    let reads = 0;
    const m = matchAlike(
      matchByKey(base, head, (i) => i.id),
      (i) => (reads++, i.team),
      (i) => (reads++, i.name),
    );
    expect(reads).toBe(4 * n);
    expect(m.renamedChanged).toEqual([]);
    expect([m.removed.length, m.added.length]).toEqual([n, n]);
  });

  it('SLAs: the same owner, start and stop events (by lead field) are the same SLA', () => {
    const sla = (id: string, owner: RuleSla['owner'], stop: string[]): RuleSla => ({
      id,
      name: null,
      description: null,
      owner,
      start: { event: 'mql', type: 'stage', field: 'mqlAt' },
      stop: stop.map((field) => ({ event: field, type: 'stage', field })),
      clock: 'calendar',
      calendar: null,
      goal: { text: '1h', minutes: 60, clock: 'calendar' },
      target: 0.9,
      when: null,
    });
    const changed = (s: RuleSla): RuleSla => ({ ...s, id: `${s.id}-2`, target: 0.95 });
    const pairs = (b: RuleSla, h: RuleSla) => matchSlas([b], [h]).renamedChanged.length;
    expect(pairs(sla('a', 'sales', ['salAt', 'rejectedAt']), changed(sla('a', 'sales', ['rejectedAt', 'salAt'])))).toBe(1);
    expect(pairs(sla('a', 'sales', ['salAt']), changed(sla('a', 'marketing', ['salAt'])))).toBe(0);
    expect(pairs(sla('a', 'sales', ['salAt']), changed(sla('a', 'sales', ['salAt', 'rejectedAt'])))).toBe(0);
  });
});
