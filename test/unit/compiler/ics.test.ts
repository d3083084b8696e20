/**
 * The pieces of the iCalendar emitter: TEXT and parameter escaping, folding at 75 octets
 * of UTF-8, recurrence rules with their first occurrence, and VTIMEZONE components
 * checked against the tz database by an independent parser (ical.js expands the events
 * with our VTIMEZONE alone; luxon says where the instants should be).
 */
import ICAL from 'ical.js';
import { DateTime } from 'luxon';
import semver from 'semver';
import { describe, expect, it } from 'vitest';
import type { RulesIR } from '../../../src/compiler/ir.js';
import { duration, mailto, sequence } from '../../../src/compiler/ics.js';
import { recurrence } from '../../../src/compiler/ics/recurrence.js';
import { firstMeetingDate, meetsOn } from '../../../src/contract/meeting-dates.js';
import { escapeText, foldLine, paramValue, serialize } from '../../../src/compiler/ics/text.js';
import { transitions, utcOffset, vtimezone } from '../../../src/compiler/ics/timezone.js';

type Meeting = RulesIR['meetings'][number];

const octets = (s: string) => Buffer.byteLength(s, 'utf8');
const unfold = (lines: string[]) => lines.map((l, i) => (i === 0 ? l : l.slice(1))).join('');

describe('TEXT values (RFC 5545 §3.3.11)', () => {
  it('escapes backslash, semicolon, comma and newlines, in that one pass', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf\rg')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng');
    expect(escapeText('\\,')).toBe('\\\\\\,');
  });

  it('leaves colons and quotes alone and turns control characters into spaces', () => {
    expect(escapeText('At 10:00 "sharp"\u0007\tok')).toBe('At 10:00 "sharp" \tok');
  });
});

describe('parameter values (RFC 5545 §3.2, RFC 6868)', () => {
  it('quotes a value with ":", ";" or "," and caret-encodes quotes, carets and newlines', () => {
    expect(paramValue('Laia Ferrer')).toBe('Laia Ferrer');
    expect(paramValue('Ferrer, Laia')).toBe('"Ferrer, Laia"');
    expect(paramValue('Dr. "Pat" O^Neil\nSales')).toBe("Dr. ^'Pat^' O^^Neil^nSales");
    expect(paramValue('Europe/Madrid')).toBe('Europe/Madrid');
  });
});

describe('folding (RFC 5545 §3.1)', () => {
  it('keeps a short line whole', () => {
    expect(foldLine('SUMMARY:Weekly pipeline review')).toEqual(['SUMMARY:Weekly pipeline review']);
    expect(foldLine('X'.repeat(75))).toEqual(['X'.repeat(75)]);
  });

  it('breaks at 75 octets, each continuation starting with one space that counts', () => {
    const line = 'DESCRIPTION:' + 'abcdefghij'.repeat(20);
    const folded = foldLine(line);
    expect(folded.map(octets)).toEqual([75, 75, 64]); // 212 octets: 75, then 74 + 1 space, then 63 + 1
    expect(folded.slice(1).every((l) => l.startsWith(' ') && !l.startsWith('  '))).toBe(true);
    expect(unfold(folded)).toBe(line);
  });

  it('counts UTF-8 octets and never splits a character', () => {
    for (const ch of ['é', '€', '🤝']) {
      const line = `SUMMARY:${ch.repeat(60)}`;
      const folded = foldLine(line);
      expect(
        folded.every((l) => octets(l) <= 75),
        ch,
      ).toBe(true);
      expect(
        folded.every((l) => !l.includes('\uFFFD') && Buffer.from(l, 'utf8').toString('utf8') === l),
        ch,
      ).toBe(true);
      expect(unfold(folded)).toBe(line);
      // 2-, 3- and 4-octet characters leave 1, 0 and 3 octets unused before the break.
      expect(octets(folded[0]!)).toBe({ é: 74, '€': 74, '🤝': 72 }[ch]);
    }
  });

  it('ends every physical line with CRLF', () => {
    const text = serialize(['BEGIN:VCALENDAR', 'X:' + 'y'.repeat(100), 'END:VCALENDAR']);
    expect(text).toBe(`BEGIN:VCALENDAR\r\nX:${'y'.repeat(73)}\r\n ${'y'.repeat(27)}\r\nEND:VCALENDAR\r\n`);
  });
});

function meeting(over: Partial<Meeting>): Meeting {
  return {
    id: 'm',
    name: 'M',
    purpose: null,
    cadence: 'weekly',
    day: null,
    week: null,
    time: '10:00',
    durationMinutes: 60,
    timezone: 'Europe/Madrid',
    attendees: ['both'],
    agenda: [],
    ...over,
  };
}

describe('recurrence: the rule and the first occurrence on or after the effective date', () => {
  // 2026-04-01 is a Wednesday.
  const cases: [string, Partial<Meeting>, string, string, string][] = [
    ['weekly on Monday', { cadence: 'weekly', day: 'mon' }, '2026-04-01', '2026-04-06', 'FREQ=WEEKLY;BYDAY=MO'],
    ['weekly on the effective weekday: that day', { cadence: 'weekly', day: 'wed' }, '2026-04-01', '2026-04-01', 'FREQ=WEEKLY;BYDAY=WE'],
    ['weekly with no day: the effective weekday', { cadence: 'weekly' }, '2026-04-01', '2026-04-01', 'FREQ=WEEKLY;BYDAY=WE'],
    ['every other Friday', { cadence: 'biweekly', day: 'fri' }, '2026-04-01', '2026-04-03', 'FREQ=WEEKLY;INTERVAL=2;BYDAY=FR'],
    ['the first Tuesday of every month', { cadence: 'monthly', week: 'first', day: 'tue' }, '2026-04-01', '2026-04-07', 'FREQ=MONTHLY;BYDAY=1TU'],
    [
      'the first Wednesday, effective the day after it',
      { cadence: 'monthly', week: 'first', day: 'wed' },
      '2026-04-02',
      '2026-05-06',
      'FREQ=MONTHLY;BYDAY=1WE',
    ],
    ['the last Friday of every month', { cadence: 'monthly', week: 'last', day: 'fri' }, '2026-04-01', '2026-04-24', 'FREQ=MONTHLY;BYDAY=-1FR'],
    ['a Tuesday every month, no week: the first', { cadence: 'monthly', day: 'tue' }, '2026-04-01', '2026-04-07', 'FREQ=MONTHLY;BYDAY=1TU'],
    ['every month, no day: the 1st', { cadence: 'monthly' }, '2026-04-15', '2026-05-01', 'FREQ=MONTHLY;BYMONTHDAY=1'],
    [
      'the last Thursday of every quarter: in its last month',
      { cadence: 'quarterly', week: 'last', day: 'thu' },
      '2026-04-01',
      '2026-06-25',
      'FREQ=MONTHLY;INTERVAL=3;BYDAY=-1TH',
    ],
    [
      'the first Monday of every quarter: in its first month',
      { cadence: 'quarterly', week: 'first', day: 'mon' },
      '2026-04-01',
      '2026-04-06',
      'FREQ=MONTHLY;INTERVAL=3;BYDAY=1MO',
    ],
    [
      'the second Tuesday of the quarter, effective after it',
      { cadence: 'quarterly', week: 'second', day: 'tue' },
      '2026-04-20',
      '2026-07-14',
      'FREQ=MONTHLY;INTERVAL=3;BYDAY=2TU',
    ],
    [
      'the second Wednesday of every half-year',
      { cadence: 'half-yearly', week: 'second', day: 'wed' },
      '2026-04-01',
      '2026-07-08',
      'FREQ=MONTHLY;INTERVAL=6;BYDAY=2WE',
    ],
    [
      'the last Friday of every half-year: June and December',
      { cadence: 'half-yearly', week: 'last', day: 'fri' },
      '2026-04-01',
      '2026-06-26',
      'FREQ=MONTHLY;INTERVAL=6;BYDAY=-1FR',
    ],
    ['every half-year, no day: 1 January and 1 July', { cadence: 'half-yearly' }, '2026-04-01', '2026-07-01', 'FREQ=MONTHLY;INTERVAL=6;BYMONTHDAY=1'],
    [
      'the fourth Sunday, across a year end',
      { cadence: 'quarterly', week: 'fourth', day: 'sun' },
      '2026-10-30',
      '2027-01-24',
      'FREQ=MONTHLY;INTERVAL=3;BYDAY=4SU',
    ],
  ];

  it.each(cases)('%s', (_name, over, effective, first, rule) => {
    expect(recurrence(meeting(over), effective)).toEqual({ firstDate: first, rule });
  });

  it.each(cases)('%s: ical.js expands the rule from there to the right days for three years', (_name, over, effective, first, rule) => {
    const m = meeting(over);
    const start = ICAL.Time.fromDateString(first);
    const iterator = ICAL.Recur.fromString(rule).iterator(start);
    const months = { monthly: 1, quarterly: 3, 'half-yearly': 6, weekly: 0, biweekly: 0 }[m.cadence];
    const seen: string[] = [];
    for (let next = iterator.next(); next && next.year < Number(first.slice(0, 4)) + 3; next = iterator.next()) {
      const d = DateTime.fromISO(next.toString().slice(0, 10), { zone: 'utc' });
      seen.push(d.toISODate()!);
      expect(d >= DateTime.fromISO(effective, { zone: 'utc' })).toBe(true);
      if (m.day !== null) expect(d.toFormat('ccc').toLowerCase()).toBe(m.day);
      if (months > 1) expect((d.month - 1) % months).toBe(m.week === 'last' && m.day !== null ? months - 1 : 0);
      if (m.week === 'last' && m.day !== null) expect(d.plus({ days: 7 }).month).not.toBe(d.month);
      if (m.week === 'second') expect(Math.ceil(d.day / 7)).toBe(2);
    }
    expect(seen[0]).toBe(first);
    if (m.cadence === 'biweekly') expect(DateTime.fromISO(seen[1]!).diff(DateTime.fromISO(seen[0]!), 'days').days).toBe(14);
  });

  it.each(cases)('%s: the days the meetings check looks at are the days ical.js expands', (_name, over, effective, first, rule) => {
    // contract/meeting-dates.ts tells the days for the warning of a time the clocks skip; they must be the file's.
    const until = `${Number(first.slice(0, 4)) + 3}-01-01`;
    const iterator = ICAL.Recur.fromString(rule).iterator(ICAL.Time.fromDateString(first));
    const expanded: string[] = [];
    for (let next = iterator.next(); next && next.toString().slice(0, 10) < until; next = iterator.next()) expanded.push(next.toString().slice(0, 10));
    const m = meeting(over);
    const start = firstMeetingDate(m, effective)!;
    const told: string[] = [];
    for (let d = DateTime.fromISO(effective, { zone: 'utc' }); d.toISODate()! < until; d = d.plus({ days: 1 }))
      if (meetsOn(m, start, d)) told.push(d.toISODate()!);
    expect(told).toEqual(expanded);
  });
});

describe('VTIMEZONE from the tz database', () => {
  it('a time the clocks skip: RFC 5545 §3.3.5 reads 02:30 on 2026-03-29 in Madrid as 03:30, ical.js as 01:30, the two the meetings check names', () => {
    const cal = new ICAL.Component(
      ICAL.parse(serialize(['BEGIN:VCALENDAR', 'VERSION:2.0', ...vtimezone('Europe/Madrid', 2025, 2036), 'END:VCALENDAR'])) as unknown[],
    );
    const tz = new ICAL.Timezone(cal.getFirstSubcomponent('vtimezone')!);
    const read = ICAL.Time.fromData({ year: 2026, month: 3, day: 29, hour: 2, minute: 30, second: 0 }, tz).toUnixTime() * 1000;
    expect(DateTime.fromMillis(read, { zone: 'Europe/Madrid' }).toFormat('HH:mm')).toBe('01:30');
    // luxon, as the RFC: the offset before the change (+01:00), so 01:30Z, which the clocks show as 03:30.
    const rfc = DateTime.fromObject({ year: 2026, month: 3, day: 29, hour: 2, minute: 30 }, { zone: 'Europe/Madrid' });
    expect([rfc.toUTC().toFormat('HH:mm'), rfc.toFormat('HH:mm')]).toEqual(['01:30', '03:30']);
  });

  it('writes Europe/Madrid as two yearly rules, the onsets in local time before each change', () => {
    expect(vtimezone('Europe/Madrid', 2025, 2036)).toEqual([
      'BEGIN:VTIMEZONE',
      'TZID:Europe/Madrid',
      'BEGIN:DAYLIGHT',
      'DTSTART:20250330T020000',
      'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
      'TZOFFSETFROM:+0100',
      'TZOFFSETTO:+0200',
      'END:DAYLIGHT',
      'BEGIN:STANDARD',
      'DTSTART:20251026T030000',
      'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
      'TZOFFSETFROM:+0200',
      'TZOFFSETTO:+0100',
      'END:STANDARD',
      'END:VTIMEZONE',
    ]);
  });

  it('uses the nth weekday where the rule is one (the US: second Sunday of March, first of November)', () => {
    const lines = vtimezone('America/New_York', 2025, 2036);
    expect(lines).toContain('RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU');
    expect(lines).toContain('RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU');
  });

  it('gives a zone without changes one STANDARD observance', () => {
    expect(vtimezone('America/Sao_Paulo', 2025, 2036)).toEqual([
      'BEGIN:VTIMEZONE',
      'TZID:America/Sao_Paulo',
      'BEGIN:STANDARD',
      'DTSTART:19700101T000000',
      'TZOFFSETFROM:-0300',
      'TZOFFSETTO:-0300',
      'END:STANDARD',
      'END:VTIMEZONE',
    ]);
  });

  it('finds every transition to the minute', () => {
    const madrid = transitions('Europe/Madrid', 2026, 2026);
    expect(madrid.map((t) => [new Date(t.at).toISOString(), t.from, t.to, t.daylight])).toEqual([
      ['2026-03-29T01:00:00.000Z', 60, 120, true],
      ['2026-10-25T01:00:00.000Z', 120, 60, false],
    ]);
    expect(utcOffset(330)).toBe('+0530');
    expect(utcOffset(-210)).toBe('-0330');
  });

  // Northern and southern hemispheres, half- and quarter-hour offsets, and no DST at all.
  const zones = [
    'Europe/Madrid',
    'America/New_York',
    'Australia/Sydney',
    'America/Sao_Paulo',
    'Asia/Kolkata',
    'America/St_Johns',
    'Pacific/Chatham',
    'Europe/London',
    'America/Mexico_City',
  ];

  it.each(zones)('%s: ical.js places every weekly 09:30 of ten years where the tz database does', (zone) => {
    const text = serialize([
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'PRODID:-//revpact//test//EN',
      ...vtimezone(zone, 2025, 2036),
      'BEGIN:VEVENT',
      'UID:t@revpact',
      'DTSTAMP:20260101T000000Z',
      `DTSTART;TZID=${zone}:20260105T093000`,
      'RRULE:FREQ=WEEKLY;BYDAY=MO',
      'END:VEVENT',
      'END:VCALENDAR',
    ]);
    const cal = new ICAL.Component(ICAL.parse(text) as unknown[]);
    const tz = new ICAL.Timezone(cal.getFirstSubcomponent('vtimezone')!);
    const event = new ICAL.Event(cal.getFirstSubcomponent('vevent')!);
    // Resolve local times through our VTIMEZONE only, not a zone ical.js might know by name.
    const iterator = event.iterator();
    let checked = 0;
    for (let next = iterator.next(); next && next.year <= 2035; next = iterator.next()) {
      const local = next.toString().slice(0, 19);
      const viaIcal =
        ICAL.Time.fromData({ year: next.year, month: next.month, day: next.day, hour: next.hour, minute: next.minute, second: 0 }, tz).toUnixTime() * 1000;
      const viaLuxon = DateTime.fromISO(local, { zone }).toMillis();
      expect(viaIcal, `${zone} ${local}`).toBe(viaLuxon);
      checked++;
    }
    expect(checked).toBeGreaterThan(500);
  });
});

describe('small values', () => {
  it('durations, mailto: addresses and sequences', () => {
    expect([45, 60, 90, 120, 1500].map(duration)).toEqual(['PT45M', 'PT1H', 'PT1H30M', 'PT2H', 'P1DT1H']);
    expect(mailto('laia.ferrer+sla@planfold.example')).toBe('mailto:laia.ferrer+sla@planfold.example');
    expect(mailto('a%b#c?d{e}@x.example')).toBe('mailto:a%25b%23c%3Fd%7Be%7D@x.example');
    expect(sequence('2.3.0')).toBe(20_030_009);
    expect(sequence('2.10.1')).toBeGreaterThan(sequence('2.9.9'));
    expect(sequence('3.0.0-rc.1')).toBeGreaterThan(sequence('2.999.5'));
  });
});

describe('SEQUENCE across versions of the contract', () => {
  // A calendar takes an event whose UID it holds only when SEQUENCE is higher than its copy's.
  const ordered = [
    '0.1.0',
    '0.9.12',
    '1.0.0-draft',
    '1.0.0-rc.1',
    '1.0.0-rc.2',
    '1.0.0',
    '1.0.1',
    '1.2.0',
    '1.999.5',
    '1.1000.0',
    '2.0.0-rc.1',
    '2.0.0',
    '2.3.0',
    '10.0.0',
    '213.999.999',
    '214.0.0',
  ];

  it('grows with every version in semver order, a release above its release candidates', () => {
    expect([...ordered].sort(semver.compare)).toEqual(ordered);
    for (let i = 1; i < ordered.length - 1; i++) expect(sequence(ordered[i]!), `${ordered[i - 1]} → ${ordered[i]}`).toBeGreaterThan(sequence(ordered[i - 1]!));
    // The caps: past 213 for the major, every version shares the highest number.
    expect(sequence('214.0.0')).toBe(sequence('213.999.999'));
  });

  it('stays a 32-bit integer, as RFC 5545 wants', () => {
    for (const v of ['2147.999.999', '99999999999999999999.0.0', '1.2.3-rc.999999999999']) expect(sequence(v)).toBeLessThanOrEqual(2 ** 31 - 1);
  });

  it('is higher than the earlier formula gave the same or any older version, so calendars that imported those files still update', () => {
    const earlier = (v: string) => {
      const [major = 0, minor = 0, patch = 0] = v.split(/[.+-]/).map(Number);
      return Math.min(2_147, major) * 1_000_000 + Math.min(999, minor) * 1_000 + Math.min(999, patch);
    };
    for (const v of ordered.filter((x) => !x.startsWith('214'))) expect(sequence(v), v).toBeGreaterThanOrEqual(earlier(v));
  });
});
