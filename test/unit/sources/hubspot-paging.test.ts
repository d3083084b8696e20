/**
 * HubSpot's paged reads cannot go on forever (crm/hubspot/api.ts, PageWalk): a cursor given a
 * second time, or empty pages that keep pointing to another, stop the read with a message
 * instead of spending the portal's API quota in a silent loop.
 */
import { describe, expect, it } from 'vitest';
import { PageWalk } from '../../../src/leads/crm/hubspot/api.js';

describe('PageWalk', () => {
  it('follows new cursors, and ends on the last page', () => {
    const walk = new PageWalk('contacts list');
    expect(walk.next('a', 100)).toBe('a');
    expect(walk.next('b', 0)).toBe('b');
    expect(walk.next('c', 3)).toBe('c');
    expect(walk.next(undefined, 3)).toBeUndefined();
  });

  it('stops at a cursor given a second time', () => {
    const walk = new PageWalk('contacts search');
    walk.next('a', 100);
    expect(() => walk.next('a', 100)).toThrow(`HubSpot's contacts search gave the page cursor "a" a second time: its pages would never end`);
  });

  it('stops after five empty pages in a row that point to another, but not after four', () => {
    const walk = new PageWalk('archived contacts list');
    for (let i = 1; i <= 4; i++) walk.next(`e${i}`, 0);
    expect(walk.next('full', 10)).toBe('full');
    for (let i = 5; i <= 8; i++) walk.next(`e${i}`, 0);
    expect(() => walk.next('e9', 0)).toThrow("HubSpot's archived contacts list answered 5 empty pages in a row, each pointing to another");
  });
});
