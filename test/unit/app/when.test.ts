/**
 * --as-of as every command reads it: an ISO instant, or a local time in the contract's
 * zone. An offset no zone has (+99:00 moved the instant by four days) and a year far out
 * of reach (9999, which notify then kept in its state and muted every breach after) are
 * usage errors that say why.
 */
import { describe, expect, it } from 'vitest';
import { parseAsOf, resolveWhen, warnOnce } from '../../../src/app/when.js';
import { UsageError } from '../../../src/shared/errors.js';

const ZONE = 'Europe/Madrid';

function refusal(text: string): string {
  try {
    parseAsOf(text, ZONE);
  } catch (e) {
    if (e instanceof UsageError) return e.message;
    throw e;
  }
  throw new Error(`${text} was accepted`);
}

describe('--as-of', () => {
  it.each([
    ['2026-09-01T10:00:00+02:00', '2026-09-01T08:00:00Z'],
    ['2026-09-01T10:00:00+0530', '2026-09-01T04:30:00Z'],
    ['2026-09-01T10:00:00-18:00', '2026-09-02T04:00:00Z'],
    ['2026-09-01T10:00', '2026-09-01T08:00:00Z'],
    ['2026-09-01', '2026-08-31T22:00:00Z'],
    ['1970-01-01T00:00:00Z', '1970-01-01T00:00:00Z'],
    ['2099-12-31T23:00:00Z', '2099-12-31T23:00:00Z'],
  ])('reads %s', (text, utc) => {
    expect(parseAsOf(text, ZONE)).toBe(Date.parse(utc));
  });

  it.each(['2026-09-01T10:00:00+99:00', '2026-09-01T10:00:00+25:00', '2026-09-01T10:00:00+05:99', '2026-09-01T10:00:00-1900'])(
    'refuses the offset of %s',
    (text) => {
      expect(refusal(text)).toBe(`--as-of: "${text}" has no such UTC offset (offsets run from -18:00 to +18:00)`);
    },
  );

  it.each([
    ['9999-12-31T23:59:59Z', 9999],
    ['0001-01-01T00:00:00Z', 1],
    ['+275760-09-13T00:00:00Z', 275760],
    ['1969-12-31T12:00:00Z', 1969],
  ])('refuses %s, in the year %i', (text, year) => {
    expect(refusal(text)).toBe(`--as-of: ${text} is in the year ${year}: revpact measures from 1970 to 2099, and a year that far off is surely a typo`);
  });

  it('refuses a local time the zone skips, which luxon moved an hour on without a word', () => {
    expect(refusal('2026-03-29T02:30')).toBe(
      '--as-of: 2026-03-29T02:30 does not exist in Europe/Madrid: the clocks jump forward over it (it would be read as 2026-03-29T03:30:00+02:00)',
    );
    // The same wall time with an offset is an instant; the hour after the jump and the repeated autumn hour exist.
    expect(parseAsOf('2026-03-29T02:30+01:00', ZONE)).toBe(Date.parse('2026-03-29T01:30:00Z'));
    expect(parseAsOf('2026-03-29T03:30', ZONE)).toBe(Date.parse('2026-03-29T01:30:00Z'));
    expect(parseAsOf('2026-10-25T02:30:00.250', ZONE)).toBe(Date.parse('2026-10-25T01:30:00.250Z'));
    // A day alone is its first instant, even where the clocks jump at midnight (São Paulo, 4 November 2018: 00:00 → 01:00).
    expect(parseAsOf('2018-11-04', 'America/Sao_Paulo')).toBe(Date.parse('2018-11-04T01:00:00-02:00'));
    expect(() => parseAsOf('2018-11-04T00:30', 'America/Sao_Paulo')).toThrow(/does not exist in America\/Sao_Paulo/);
  });

  it('refuses what is not an instant', () => {
    expect(refusal('yesterday')).toBe('--as-of: "yesterday" is not an ISO 8601 instant');
  });
});

// Before: 02:30 on the night Madrid turns its clocks back was read as its second instant
// (01:30Z) without a word, though the reader may have meant the first (00:30Z).
describe('a local time the zone lives twice, or skips', () => {
  const said = (read: (warn: (m: string) => void) => unknown): string[] => {
    const out: string[] = [];
    read((m) => out.push(m));
    return out;
  };

  it('--as-of in the hour the clocks go back: both instants and how to write each, the instant read as before', () => {
    let asOf = 0;
    expect(said((warn) => (asOf = parseAsOf('2026-10-25T02:30', ZONE, Date.now, warn)))).toEqual([
      '--as-of: 2026-10-25T02:30 happens twice in Europe/Madrid, where the clocks go back: at 2026-10-25T02:30:00+02:00 and again at 2026-10-25T02:30:00+01:00; revpact reads the second (to choose, write the offset: --as-of 2026-10-25T02:30+02:00 for the first, --as-of 2026-10-25T02:30+01:00 for the second)',
    ]);
    expect(asOf).toBe(Date.parse('2026-10-25T01:30:00Z'));
    // Nothing to say of a time with its offset, one the zone has once, a day alone, or a zone without clock changes.
    for (const text of ['2026-10-25T02:30+02:00', '2026-10-25T02:30Z', '2026-10-25T01:30', '2026-10-25T03:00', '2026-10-25'])
      expect(
        said((warn) => parseAsOf(text, ZONE, Date.now, warn)),
        text,
      ).toEqual([]);
    expect(said((warn) => parseAsOf('2026-10-25T02:30', 'UTC', Date.now, warn))).toEqual([]);
  });

  it('--from and --to: the hour lived twice, and a time the clocks skip (read an hour on, as before)', () => {
    let fromMs = 0;
    const out = said((warn) => {
      fromMs = resolveWhen({ from: '2026-03-29T02:30', to: '2026-11-01T02:30' }, ZONE, Date.parse('2026-11-02T00:00:00Z'), 'now', warn).period.fromMs;
      resolveWhen({ from: '2026-10-01', to: '2026-10-25T02:15' }, ZONE, Date.parse('2026-11-02T00:00:00Z'), 'now', warn);
    });
    expect(out).toEqual([
      '--from: 2026-03-29T02:30 does not exist in Europe/Madrid: the clocks jump forward over it; revpact reads it as 2026-03-29T03:30:00+02:00 (write a time after the jump, or the instant with its UTC offset)',
      expect.stringMatching(/^--to: 2026-10-25T02:15 happens twice in Europe\/Madrid, .* --to 2026-10-25T02:15\+01:00 for the second\)$/),
    ]);
    expect(fromMs).toBe(Date.parse('2026-03-29T01:30:00Z'));
  });

  it('a diff reads the period for each side: each sentence is said once', () => {
    const out: string[] = [];
    const warn = warnOnce((m) => out.push(m));
    for (let side = 0; side < 2; side++) resolveWhen({ period: '2026-09', asOf: '2026-10-25T02:30' }, ZONE, 0, 'now', warn);
    expect(out).toHaveLength(1);
  });
});

describe('a period and its as-of', () => {
  it('refuses a period that has not begun at the as-of: measured, every commitment failed against zero', () => {
    expect(() => resolveWhen({ period: '2026-11', asOf: '2026-11-01T00:00:00+01:00' }, ZONE, Date.now())).toThrow(
      'the period 2026-11 starts 2026-11-01T00:00:00+01:00, after the --as-of (2026-11-01T00:00:00+01:00): nothing in it has happened yet',
    );
    expect(() => resolveWhen({ period: '2027-03' }, ZONE, Date.parse('2026-12-06T10:00:00Z'))).toThrow(/^the period 2027-03 starts .*, after now \(/);
  });

  it('takes a period under way, and one that is over', () => {
    expect(resolveWhen({ period: '2026-11', asOf: '2026-11-01T00:01:00+01:00' }, ZONE, 0).period.label).toBe('2026-11');
    expect(resolveWhen({ period: '2026-10' }, ZONE, Date.parse('2026-12-06T10:00:00Z')).asOfMs).toBe(Date.parse('2026-12-06T10:00:00Z'));
  });

  it.each([['0000'], ['1969-12'], ['2100']])('refuses the period %s, out of the years revpact measures', (period) => {
    expect(() => resolveWhen({ period, asOf: '2026-11-01T00:00:00+01:00' }, ZONE, 0)).toThrow(/revpact measures from 1970 to 2099/);
  });
});
