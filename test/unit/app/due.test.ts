/**
 * What `due` and `notify` accept as their window and their earliest start: a window of no
 * time, and a --since after the as-of day, are usage errors that name the flag the user
 * typed (not the --from/--to of the period they become).
 */
import { describe, expect, it } from 'vitest';
import { cohort, parseWindow } from '../../../src/app/due.js';
import { UsageError } from '../../../src/shared/errors.js';
import { ms, rulesOf } from '../engine/fixtures.js';

const rules = rulesOf();
const ASOF = ms('2026-11-03T10:00:00+01:00');

function usage(f: () => unknown): UsageError {
  try {
    f();
  } catch (e) {
    if (e instanceof UsageError) return e;
    throw e;
  }
  throw new Error('no usage error');
}

describe('--within', () => {
  it.each([
    ['2bh', { value: 2, unit: 'bh', business: true }],
    ['90m', { value: 90, unit: 'm', business: false }],
    ['1.5bd', { value: 1.5, unit: 'bd', business: true }],
  ])('reads %s', (text, window) => {
    expect(parseWindow(text)).toEqual(window);
  });

  it.each(['0bh', '0m', '0.0h'])('refuses %s: a window of no time lists nothing', (text) => {
    expect(usage(() => parseWindow(text)).message).toBe(`--within ${text}: a window of no time lists nothing`);
  });

  it.each([undefined, '2 days', '-2bh'])('refuses %s with the shapes it takes', (text) => {
    expect(usage(() => parseWindow(text)).message).toBe('--within needs a window such as 90m, 2h, 2bh or 1bd');
  });

  it('refuses calendar days and weeks, saying what to write instead', () => {
    const day = usage(() => parseWindow('1d'));
    expect(day.message).toBe('--within 1d: a window is counted in hours or business time, not in calendar days');
    expect(day.hint).toBe('write 24h for that much clock time, or 1bd for business days');
    expect(usage(() => parseWindow('2w')).hint).toBe('write 336h for that much clock time, or 10bd for business days');
  });
});

describe('--since', () => {
  it('refuses a day after the as-of day, in its own words', () => {
    const e = usage(() => cohort(rules, ASOF, '2027-05-01'));
    expect(e.message).toBe('--since 2027-05-01 is after the as-of day (2026-11-03): no SLA clock can have started yet');
    expect(e.hint).toBe('give a day on or before 2026-11-03, e.g. --since 2026-10-04');
  });

  it('refuses an instant after the as-of, and a form it does not read, without naming --from or --to', () => {
    expect(usage(() => cohort(rules, ASOF, '2026-11-03T11:00:00+01:00')).message).toBe(
      '--since 2026-11-03T11:00:00+01:00 is after the as-of (2026-11-03T10:00:00+01:00): no SLA clock can have started yet',
    );
    for (const text of ['2026-Q3', '2026-H1', 'last week']) {
      const e = usage(() => cohort(rules, ASOF, text));
      expect(e.message).toBe(`--since "${text}" is neither a day nor an ISO instant`);
      expect(`${e.message} ${e.hint}`).not.toMatch(/--from|--to/);
    }
  });

  it('refuses an offset no zone has, which luxon read as 99 hours and so moved the start by four days', () => {
    for (const text of ['2026-10-01T00:00:00+99:00', '2026-10-01T00:00-1900']) {
      const e = usage(() => cohort(rules, ASOF, text));
      expect(e.message).toBe(`--since "${text}" has no such UTC offset (offsets run from -18:00 to +18:00)`);
      expect(e.hint).toBe('e.g. --since 2026-10-04');
    }
  });

  it('refuses a year before 1970, a typo that listed every open lead since the year 0 as long late', () => {
    for (const [text, year] of [
      ['0000-01-01', 0],
      ['1969-12-31', 1969],
    ] as const) {
      const e = usage(() => cohort(rules, ASOF, text));
      expect(e.message).toBe(`--since ${text} is in the year ${year}: revpact measures from 1970 on, and a year that far back is surely a typo`);
      expect(e.hint).toBe('e.g. --since 2026-10-04');
    }
    expect(cohort(rules, ASOF, '1970-01-01').period.fromMs).toBe(ms('1970-01-01T00:00:00+01:00'));
  });

  it('takes a month, an ISO week and an instant as where clocks may have started from', () => {
    expect(cohort(rules, ASOF, '2026-09').period.fromMs).toBe(ms('2026-09-01T00:00:00+02:00'));
    expect(cohort(rules, ASOF, '2026-W36').period.fromMs).toBe(ms('2026-08-31T00:00:00+02:00'));
    expect(cohort(rules, ASOF, '2026-11-03T09:00:00+01:00').period.fromMs).toBe(ms('2026-11-03T09:00:00+01:00'));
  });

  it('takes the as-of day itself, and defaults to 90 days before it', () => {
    expect(cohort(rules, ASOF, '2026-11-03').period.label).toBe('2026-11-03..2026-11-03');
    expect(cohort(rules, ASOF, undefined).period.label).toBe('2026-08-05..2026-11-03');
  });
});
