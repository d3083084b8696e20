import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { endOfLocalDay, InstantFormatter, lastFullMonth, parsePeriod, type PeriodSpec } from '../../../src/engine/period.js';

const ZONE = 'Europe/Madrid';
const fmt = new InstantFormatter(ZONE);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;

function cut(spec: PeriodSpec, zone = ZONE): { label: string; from: string; to: string; unit: string; hours: number } {
  const r = parsePeriod(spec, zone);
  if (!r.ok) throw new Error(r.message);
  const f = new InstantFormatter(zone);
  return {
    label: r.value.label,
    from: f.format(r.value.fromMs),
    to: f.format(r.value.toMs),
    unit: r.value.unit,
    hours: (r.value.toMs - r.value.fromMs) / HOUR,
  };
}

function message(spec: PeriodSpec, zone = ZONE): string {
  const r = parsePeriod(spec, zone);
  return r.ok ? '(parsed)' : r.message;
}

describe('parsePeriod', () => {
  it('cuts a month in the contract zone, DST months one hour short or long', () => {
    // October 2026: Madrid leaves summer time on the 25th → 31 days + 1 hour.
    expect(cut({ period: '2026-10' })).toEqual({
      label: '2026-10',
      from: '2026-10-01T00:00:00+02:00',
      to: '2026-11-01T00:00:00+01:00',
      unit: 'month',
      hours: 31 * 24 + 1,
    });
    // March 2026: summer time from the 29th → 31 days − 1 hour.
    expect(cut({ period: '2026-03' })).toEqual({
      label: '2026-03',
      from: '2026-03-01T00:00:00+01:00',
      to: '2026-04-01T00:00:00+02:00',
      unit: 'month',
      hours: 31 * 24 - 1,
    });
    // The same month in New York starts six hours later in absolute time.
    const ny = parsePeriod({ period: '2026-10' }, 'America/New_York');
    const madrid = parsePeriod({ period: '2026-10' }, ZONE);
    expect(ny.ok && madrid.ok && ny.value.fromMs - madrid.value.fromMs).toBe(6 * HOUR);
  });

  it('cuts quarters, halves, ISO weeks and years', () => {
    expect(cut({ period: '2026-Q3' })).toMatchObject({ label: '2026-Q3', from: '2026-07-01T00:00:00+02:00', to: '2026-10-01T00:00:00+02:00', unit: 'quarter' });
    expect(cut({ period: '2026-q4' })).toMatchObject({ label: '2026-Q4', from: '2026-10-01T00:00:00+02:00', to: '2027-01-01T00:00:00+01:00' });
    expect(cut({ period: '2026-H1' })).toMatchObject({ from: '2026-01-01T00:00:00+01:00', to: '2026-07-01T00:00:00+02:00', unit: 'half-year' });
    expect(cut({ period: '2026-H2' })).toMatchObject({ from: '2026-07-01T00:00:00+02:00', to: '2027-01-01T00:00:00+01:00' });
    // ISO week 41 of 2026: Monday 5 October to Monday 12 October.
    expect(cut({ period: '2026-W41' })).toMatchObject({
      label: '2026-W41',
      from: '2026-10-05T00:00:00+02:00',
      to: '2026-10-12T00:00:00+02:00',
      unit: 'week',
      hours: 168,
    });
    // Week 43 holds the autumn change: 169 hours.
    expect(cut({ period: '2026-W43' })).toMatchObject({ from: '2026-10-19T00:00:00+02:00', to: '2026-10-26T00:00:00+01:00', hours: 169 });
    // 2026 starts on a Thursday, so it has an ISO week 53 (into January 2027); 2027 does not.
    expect(cut({ period: '2026-W53' })).toMatchObject({ from: '2026-12-28T00:00:00+01:00', to: '2027-01-04T00:00:00+01:00' });
    expect(message({ period: '2027-W53' })).toContain('weeks 01 to 52');
    expect(cut({ period: '2026' })).toMatchObject({
      label: '2026',
      from: '2026-01-01T00:00:00+01:00',
      to: '2027-01-01T00:00:00+01:00',
      unit: 'year',
      hours: 365 * 24,
    });
  });

  it('takes --from/--to dates inclusive and instants as given', () => {
    // Dates: from the start of the 5th to the end of the 11th (the start of the 12th).
    expect(cut({ from: '2026-10-05', to: '2026-10-11' })).toEqual({
      label: '2026-10-05..2026-10-11',
      from: '2026-10-05T00:00:00+02:00',
      to: '2026-10-12T00:00:00+02:00',
      unit: 'custom',
      hours: 168,
    });
    // A single day that is 25 hours long.
    expect(cut({ from: '2026-10-25', to: '2026-10-25' })).toMatchObject({ hours: 25 });
    // Instants: `to` is exclusive; without an offset they are read in the contract zone.
    expect(cut({ from: '2026-10-25T01:00:00+02:00', to: '2026-10-25T03:00:00+01:00' })).toMatchObject({ hours: 3 });
    expect(cut({ from: '2026-10-05T09:00', to: '2026-10-05T18:00' })).toMatchObject({ from: '2026-10-05T09:00:00+02:00', to: '2026-10-05T18:00:00+02:00' });
  });

  it('refuses a --from or --to whose offset no zone has (+99:00 was read as 99 hours: the period began four days early)', () => {
    expect(parsePeriod({ from: '2026-10-01T00:00:00+99:00', to: '2026-10-31' }, ZONE)).toEqual({
      ok: false,
      message: '--from "2026-10-01T00:00:00+99:00" has no such UTC offset (offsets run from -18:00 to +18:00)',
    });
    expect(parsePeriod({ from: '2026-10-01', to: '2026-10-31T00:00+05:60' }, ZONE)).toEqual({
      ok: false,
      message: '--to "2026-10-31T00:00+05:60" has no such UTC offset (offsets run from -18:00 to +18:00)',
    });
    expect(parsePeriod({ from: '2026-10-01T00:00:00+18:00', to: '2026-10-31T00:00-1800' }, ZONE).ok).toBe(true);
  });

  it('reports a bad value as a value, naming the accepted forms', () => {
    for (const spec of [
      { period: '2026-13' },
      { period: '2026-Q5' },
      { period: 'October' },
      { period: '2026-W00' },
      { from: '2026-10-01' },
      { period: '2026-10', from: '2026-10-01', to: '2026-10-02' },
      { from: 'yesterday', to: '2026-10-02' },
      {},
    ]) {
      const r = parsePeriod(spec, ZONE);
      expect(r.ok, JSON.stringify(spec)).toBe(false);
      if (!r.ok) expect(r.message).toContain('2026-Q3 (quarter)');
    }
    expect(parsePeriod({ from: '2026-10-05', to: '2026-10-01' }, ZONE)).toEqual({
      ok: false,
      message: '--to (2026-10-01) must come after --from (2026-10-05)',
    });
    expect(message({ period: '2026-10' }, 'Mars/Olympus')).toContain('unknown time zone');
  });
});

describe('lastFullMonth', () => {
  it('is the month before the one holding as-of, in the contract zone', () => {
    // 2026-11-01 00:30 in Madrid is still 31 October in UTC: October is not over there.
    const asOf = DateTime.fromISO('2026-11-01T00:30:00+01:00').toMillis();
    expect(lastFullMonth(asOf, ZONE)).toMatchObject({ label: '2026-10', unit: 'month', timezone: ZONE });
    expect(lastFullMonth(asOf, 'UTC').label).toBe('2026-09');
    expect(lastFullMonth(DateTime.fromISO('2026-01-15T12:00:00Z').toMillis(), ZONE)).toMatchObject({ label: '2025-12' });
    const oct = lastFullMonth(asOf, ZONE);
    expect([fmt.format(oct.fromMs), fmt.format(oct.toMs)]).toEqual(['2026-10-01T00:00:00+02:00', '2026-11-01T00:00:00+01:00']);
  });
});

describe('InstantFormatter', () => {
  it('prints exactly what luxon prints, across DST changes and odd offsets', () => {
    for (const zone of ['Europe/Madrid', 'America/New_York', 'UTC', 'Etc/UTC', 'Asia/Kolkata', 'Australia/Lord_Howe', 'America/St_Johns']) {
      const f = new InstantFormatter(zone);
      for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += 7 * HOUR + 13 * 60_000 + 1000) {
        expect(f.format(t)).toBe(DateTime.fromMillis(t, { zone }).toISO({ suppressMilliseconds: true }));
      }
    }
    expect(fmt.format(Date.UTC(2026, 9, 5, 7, 30, 0, 250))).toBe('2026-10-05T09:30:00.250+02:00');
  });
});

describe('endOfLocalDay', () => {
  it('is the next local midnight: 25 hours on the autumn change, 23 in spring', () => {
    const midnight = (d: string) => DateTime.fromISO(d, { zone: ZONE }).toMillis();
    expect(endOfLocalDay(midnight('2026-10-25'), ZONE) - midnight('2026-10-25')).toBe(25 * HOUR);
    expect(endOfLocalDay(midnight('2026-03-29'), ZONE) - midnight('2026-03-29')).toBe(23 * HOUR);
    expect(endOfLocalDay(midnight('2026-10-21'), ZONE) - midnight('2026-10-21')).toBe(DAY);
    // Not a Madrid midnight (the mapping used another zone): 24 hours.
    const nyMidnight = DateTime.fromISO('2026-10-21', { zone: 'America/New_York' }).toMillis();
    expect(endOfLocalDay(nyMidnight, ZONE) - nyMidnight).toBe(DAY);
  });
});
