import { describe, expect, it } from 'vitest';
import { workingYear } from '../../../../src/contract/checks/working-year.js';
import { checkContract } from '../../../../src/contract/index.js';
import { MINIMAL_YAML, expectQuietOnValidContracts, minimalWith, shaped } from '../../../helpers/contracts.js';

/** The minimal contract with one calendar and one SLA on it (and, when given, a follow-up span). */
function contract(hours: string, goal: string, extra = ''): string {
  return minimalWith(
    [
      'calendars:',
      `  - { id: desk, timezone: UTC, hours: ${hours} }`,
      'slas:',
      `  - { id: first-touch, owner: sales, start: mql, stop: first-touch, clock: business, goal: ${goal}, target: 90% }`,
      extra,
    ].join('\n'),
  );
}

describe('check: working-year', () => {
  it('stays quiet on the valid contracts', () => {
    expectQuietOnValidContracts(workingYear);
    expect(workingYear.run(shaped(MINIMAL_YAML))).toEqual([]);
  });

  it('refuses a business goal longer than a year of the calendar’s own working time', () => {
    // Open one hour on Mondays: 53 hours in the longest year. 2,000bh passed the 8,784bh bound of every hour.
    const result = checkContract('c.yaml', contract('{ mon: ["09:00-10:00"] }', '2000bh'));
    expect(result.ok).toBe(false);
    expect(result.diagnostics.map((d) => [d.code, d.pointer, d.message, d.suggest])).toEqual([
      [
        'invalid-duration',
        '/slas/0/goal',
        'a goal of "2000bh" is more than a year of working time on calendar "desk", open 1 hour a week: no lead waits that long, and due times are worked out across the whole of it',
        'give the time actually allowed, at most 53bh on this calendar',
      ],
    ]);
    // At the bound it is accepted; business days count the calendar's open days (one a week here).
    expect(checkContract('c.yaml', contract('{ mon: ["09:00-10:00"] }', '53bh')).ok).toBe(true);
    expect(workingYear.run(shaped(contract('{ mon: ["09:00-10:00"] }', '54bd'))).map((f) => f.suggest)).toEqual([
      'give the time actually allowed, at most 53bd on this calendar',
    ]);
    expect(workingYear.run(shaped(contract('{ mon: ["09:00-10:00"] }', '53bd')))).toEqual([]);
  });

  it('bounds a follow-up span on its calendar too, and leaves a goal past every hour of a year to the durations check', () => {
    const span = workingYear.run(
      shaped(contract('{ weekdays: ["09:00-17:00"] }', '1bh', 'followUp:\n  firstChannel: phone\n  channels: [phone]\n  minAttempts: 3\n  minSpan: 300bd')),
    );
    expect(span.map((f) => [f.pointer, f.suggest])).toEqual([['/followUp/minSpan', 'give the time actually allowed, at most 265bd on this calendar']]);
    // 9,000bh is past the 8,784bh every calendar is held to: said once, by durations.
    const both = checkContract('c.yaml', contract('{ weekdays: ["09:00-17:00"] }', '9000bh'));
    expect(both.diagnostics.filter((d) => d.pointer === '/slas/0/goal').map((d) => d.message)).toEqual([expect.stringMatching(/is longer than a year/)]);
    // A normal office's year: 40 hours a week × 53 = 2,120bh.
    expect(workingYear.run(shaped(contract('{ weekdays: ["09:00-17:00"] }', '2120bh')))).toEqual([]);
    expect(workingYear.run(shaped(contract('{ weekdays: ["09:00-17:00"] }', '2121bh')))).toHaveLength(1);
  });
});
