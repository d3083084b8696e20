import { describe, expect, it } from 'vitest';
import { checkDateFormat, DateReader, numberReader, autoValue, zoneClock } from '../../../src/leads/mapping/index.js';

const madrid = zoneClock('Europe/Madrid');
const read = (cell: string, formats: string[] = [], zone = madrid, dateOnly = false) => {
  const r = new DateReader(formats, zone, 'en', dateOnly);
  const t = r.read(cell);
  return Number.isNaN(t) ? 'unparseable' : { at: new Date(t).toISOString(), dateOnly: r.dateOnly };
};

describe('DateReader', () => {
  it('reads ISO 8601 with and without an offset; offset-less cells in the mapping zone', () => {
    expect(read('2026-10-05 14:03')).toEqual({ at: '2026-10-05T12:03:00.000Z', dateOnly: false });
    expect(read('2026-10-05T14:03:27.5')).toEqual({ at: '2026-10-05T12:03:27.500Z', dateOnly: false });
    expect(read('2026-10-05T12:03:00.000Z')).toEqual({ at: '2026-10-05T12:03:00.000Z', dateOnly: false });
    expect(read('2026-10-05T10:00:00-04:00')).toEqual({ at: '2026-10-05T14:00:00.000Z', dateOnly: false });
    expect(read('2026-10-05T10:00+0530')).toEqual({ at: '2026-10-05T04:30:00.000Z', dateOnly: false });
    expect(read('2026-01-15 09:00')).toEqual({ at: '2026-01-15T08:00:00.000Z', dateOnly: false }); // winter: +01:00
    expect(read('2026-10-05 14:03', [], zoneClock('UTC'))).toEqual({ at: '2026-10-05T14:03:00.000Z', dateOnly: false });
  });

  it('keeps date-only cells as the start of that local day, marked', () => {
    expect(read('2026-10-21')).toEqual({ at: '2026-10-20T22:00:00.000Z', dateOnly: true });
    expect(read('21/10/2026', ['dd/MM/yyyy HH:mm', 'dd/MM/yyyy'])).toEqual({ at: '2026-10-20T22:00:00.000Z', dateOnly: true });
    // A date-only column drops the time, in the zone's day.
    expect(read('2026-10-21T23:30:00Z', [], madrid, true)).toEqual({ at: '2026-10-21T22:00:00.000Z', dateOnly: true });
  });

  it('reads DST changes as wall-clock times: a skipped time moves forward, a repeated one takes the later reading', () => {
    expect(read('2026-03-29 01:59')?.valueOf()).toEqual({ at: '2026-03-29T00:59:00.000Z', dateOnly: false });
    expect(read('2026-03-29 02:30')).toEqual({ at: '2026-03-29T01:30:00.000Z', dateOnly: false }); // = 03:30+02:00
    expect(read('2026-03-29 03:00')).toEqual({ at: '2026-03-29T01:00:00.000Z', dateOnly: false });
    expect(read('2026-10-25 02:30')).toEqual({ at: '2026-10-25T01:30:00.000Z', dateOnly: false }); // = 02:30+01:00
    expect(read('2026-10-26 09:05')).toEqual({ at: '2026-10-26T08:05:00.000Z', dateOnly: false });
  });

  it('reads the formats of the mapping: day-first, en_US with AM/PM, one-digit fields', () => {
    expect(read('05/10/2026 14:03', ['dd/MM/yyyy HH:mm'])).toEqual({ at: '2026-10-05T12:03:00.000Z', dateOnly: false });
    expect(read('10/5/2026 2:03 PM', ['M/d/yyyy h:mm a'])).toEqual({ at: '2026-10-05T12:03:00.000Z', dateOnly: false });
    expect(read('12/31/2026 12:00 AM', ['M/d/yyyy h:mm a'])).toEqual({ at: '2026-12-30T23:00:00.000Z', dateOnly: false });
    expect(read('1/1/2026 12:30 pm', ['M/d/yyyy h:mm a'])).toEqual({ at: '2026-01-01T11:30:00.000Z', dateOnly: false });
    expect(read('5.10.26 9:03', ['dd.MM.yy H:mm'])).toEqual({ at: '2026-10-05T07:03:00.000Z', dateOnly: false });
    expect(read('2026-10-05 at 14h03', ["yyyy-MM-dd 'at' HH'h'mm"])).toEqual({ at: '2026-10-05T12:03:00.000Z', dateOnly: false });
  });

  it('falls back to luxon for month names', () => {
    expect(read('5 Oct 2026 14:03', ['d MMM yyyy HH:mm'])).toEqual({ at: '2026-10-05T12:03:00.000Z', dateOnly: false });
    const es = new DateReader(['d MMM yyyy'], madrid, 'es');
    expect(new Date(es.read('5 oct 2026')).toISOString()).toBe('2026-10-04T22:00:00.000Z');
  });

  it('rejects impossible dates and anything else', () => {
    for (const cell of [
      '2026-02-30 10:00',
      '2026-13-01',
      '2026-10-05 25:00',
      '2026-10-05 10:60',
      '0000-00-00 00:00',
      'yesterday',
      '2026-10-05T10:00+25:00',
      '2026-10-05 10:00 extra',
    ]) {
      expect(read(cell), cell).toBe('unparseable');
    }
    expect(read('31/02/2026', ['dd/MM/yyyy'])).toBe('unparseable');
    expect(read('2/30/2026 9:15 AM', ['M/d/yyyy h:mm a'])).toBe('unparseable');
    expect(read('10/5/2026 13:75 PM', ['M/d/yyyy h:mm a'])).toBe('unparseable');
    expect(read('10/5/2026 2:03', ['M/d/yyyy h:mm a'])).toBe('unparseable'); // 12-hour clock without AM/PM
    expect(read('2028-02-29')).not.toBe('unparseable');
    expect(read('2027-02-29')).toBe('unparseable');
  });

  it('reads a cell inside a longer text by its bounds', () => {
    const r = new DateReader(['dd/MM/yyyy'], madrid);
    const line = 'x;05/10/2026;y';
    expect(new Date(r.read(line, 2, 12)).toISOString()).toBe('2026-10-04T22:00:00.000Z');
    expect(r.read(line, 2, 11)).toBeNaN();
  });

  it('checks formats before use', () => {
    expect(checkDateFormat('dd/MM/yyyy HH:mm')).toBeUndefined();
    expect(checkDateFormat('MM/yyyy')).toMatch(/day of the month/);
    expect(checkDateFormat('d MMM yyyy')).toBeUndefined(); // month names: luxon reads it
    expect(checkDateFormat('dd/MM/yyyy X')).toMatch(/"X" is not a luxon date token/);
  });
});

describe('numbers', () => {
  const point = numberReader({ decimal: '.', thousands: ',' });
  const comma = numberReader({ decimal: ',', thousands: '.' });

  it('reads plain numbers, separators, decimal commas and currencies', () => {
    expect(point('12500')).toBe(12500);
    expect(point('12500.50')).toBe(12500.5);
    expect(point('-3.25')).toBe(-3.25);
    expect(point('1,500,000')).toBe(1500000);
    expect(point('USD 1,500,000.00')).toBe(1500000);
    expect(point('$-1,200')).toBe(-1200);
    expect(point('-$1,200')).toBe(-1200);
    expect(comma('12.500,00')).toBe(12500);
    expect(comma('2.500,50')).toBe(2500.5);
    expect(comma('3,5 €')).toBe(3.5);
    expect(point('1234567890123456789')).toBe(Number('1234567890123456789'));
    expect(point('x12', 1, 3)).toBe(12);
  });

  it('refuses what it cannot read surely', () => {
    for (const cell of ['1,5', '12.', 'abc', '1e3', '1,2345', '--1', '']) expect(point(cell), cell).toBeNaN();
    expect(comma('1.5')).toBeNaN();
  });

  it('types auto attributes without eating postal codes', () => {
    expect(autoValue('120', '.')).toBe(120);
    expect(autoValue('-3.5', '.')).toBe(-3.5);
    expect(autoValue('3,5', ',')).toBe(3.5);
    expect(autoValue('08001', '.')).toBe('08001');
    expect(autoValue('1234567890123456', '.')).toBe('1234567890123456');
    expect(autoValue('true', '.')).toBe(true);
    expect(autoValue('Spain', '.')).toBe('Spain');
  });
});

describe('date formats read in bounded time (issue 13, item 4)', () => {
  // Luxon reads formats with names through one regular expression: adjacent `\d{1,2}`
  // groups made a failing cell of digits try every split (3.3 s for 53 digits, ×6 a digit).
  const redos = 'yyyy MMM ' + 'dHms'.repeat(12);

  it('refuses a format luxon would read with variable-width numbers side by side, naming them', () => {
    expect(checkDateFormat(redos)).toMatch(/^"d" and "H" are numbers of variable width with nothing between them/);
    expect(checkDateFormat('d MMM yyyy Hmm')).toBeUndefined(); // one variable-width number per run of digits
    expect(checkDateFormat('d MMM yyyy H:m')).toBeUndefined();
    expect(checkDateFormat('d MMM yyyy H mm s')).toBeUndefined();
    expect(checkDateFormat('d MMM yyyy Hm')).toMatch(/"H" and "m"/);
    expect(checkDateFormat('d MMM yyyy HHmsS')).toMatch(/"m" and "s"/); // fixed-width HH does not end the run
    // Formats read by hand read digits greedily, without backtracking: still accepted.
    expect(checkDateFormat('yyyyMdHm')).toBeUndefined();
  });

  it('never hands such a format to luxon', () => {
    expect(() => new DateReader([redos], madrid)).toThrow(/ambiguous date format/);
  });

  it('reads hostile cells against the formats it accepts in well under a second', () => {
    const formats = ['yyyy MMM ' + 'd H m s '.repeat(12).trim(), 'yyyy MMM d' + 'HHmmss'.repeat(8), 'yyyyMdHm'];
    const reader = new DateReader(formats, madrid);
    const started = performance.now();
    for (const cell of ['2026 Jan ' + '1'.repeat(53), '1'.repeat(53), '2026 Jan ' + '1 '.repeat(200), '9'.repeat(10_000)]) expect(reader.read(cell)).toBeNaN();
    expect(performance.now() - started).toBeLessThan(100); // the refused shape took 3,300 ms per cell
  });
});
