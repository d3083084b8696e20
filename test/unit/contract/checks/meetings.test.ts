import { describe, expect, it } from 'vitest';
import type { RulesIR } from '../../../../src/compiler/ir.js';
import { recurrence } from '../../../../src/compiler/ics/recurrence.js';
import { meetings } from '../../../../src/contract/checks/meetings.js';
import { checkContract } from '../../../../src/contract/index.js';
import { expectQuietOnValidContracts, minimalWith, shaped } from '../../../helpers/contracts.js';

const withMeetings = (lines: string) => minimalWith(`reporting:\n  meetings:\n${lines}`);

type IrMeeting = RulesIR['meetings'][number];
const IR_MEETING: IrMeeting = {
  id: 'x',
  name: 'X',
  purpose: null,
  cadence: 'weekly',
  day: null,
  week: null,
  time: null,
  durationMinutes: null,
  timezone: 'UTC',
  attendees: ['both'],
  agenda: [],
};

describe('check: meetings', () => {
  it('stays quiet on the valid contracts', () => {
    expectQuietOnValidContracts(meetings);
  });

  it('refuses an empty list of attendees, at the list', () => {
    const text = withMeetings(
      [
        '    - { id: sync, name: Sync, cadence: weekly, day: mon, time: "09:00", attendees: [] }',
        '    - { id: review, name: Review, cadence: weekly, day: fri, time: "09:00", attendees: [sales] }',
        '    - { id: all, name: All hands, cadence: weekly, day: wed, time: "09:00" }',
      ].join('\n'),
    );
    expect(meetings.run(shaped(text))).toEqual([
      {
        code: 'invalid-range',
        pointer: '/reporting/meetings/0/attendees',
        message: 'meeting "sync" lists no attendees: no team would meet',
        suggest: 'write attendees: [both], [marketing] or [sales], or leave it out for both teams',
      },
    ]);
    const result = checkContract('c.yaml', text);
    expect(result.ok).toBe(false);
    // At the empty list itself.
    const line = text.split('\n').findIndex((l) => l.includes('attendees: []')) + 1;
    expect(result.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([['invalid-range', line, text.split('\n')[line - 1]!.indexOf('[]') + 1]]);
  });

  // minimal.yaml takes effect on 2026-01-01, a Thursday.
  it.each([
    [
      '{ id: w, name: W, cadence: weekly, time: "09:00" }',
      'cadence',
      'meeting "w" has no day: the calendar file (compile --format ics) puts it on every Thursday, the weekday of metadata.effective (2026-01-01)',
      'add day: mon, tue, wed, thu, fri, sat or sun',
    ],
    [
      '{ id: b, name: B, cadence: biweekly }',
      'cadence',
      'meeting "b" has no day: the calendar file (compile --format ics) puts it on every other Thursday, the weekday of metadata.effective (2026-01-01), all day',
      'add day: mon, tue, wed, thu, fri, sat or sun',
    ],
    [
      '{ id: q, name: Q, cadence: quarterly, time: "10:00" }',
      'cadence',
      'meeting "q" has no day: the calendar file (compile --format ics) puts it on the first day of every quarter',
      'add day: and week:, e.g. day: tue, week: first',
    ],
    [
      '{ id: m, name: M, cadence: monthly, day: tue, time: "10:00" }',
      'day',
      'meeting "m" has no week: the calendar file (compile --format ics) puts it on the first Tuesday of every month',
      'add week: first, second, third, fourth or last',
    ],
  ])('warns of a meeting the calendar file has to place: %s', (meeting, at, message, suggest) => {
    expect(meetings.run(shaped(withMeetings(`    - ${meeting}`)))).toEqual([
      { code: 'meeting-incomplete', pointer: `/reporting/meetings/0/${at}`, message, suggest },
    ]);
  });

  it('is quiet on a meeting with its day, and its week when the cadence is longer than two weeks', () => {
    const text = withMeetings(
      [
        '    - { id: a, name: A, cadence: weekly, day: mon }',
        '    - { id: b, name: B, cadence: biweekly, day: fri }',
        '    - { id: c, name: C, cadence: half-yearly, day: wed, week: last }',
      ].join('\n'),
    );
    expect(meetings.run(shaped(text))).toEqual([]);
  });

  it('warns of a week: a weekly or biweekly meeting ignores (the document and the calendar meet every week, or every other)', () => {
    const text = withMeetings(
      ['    - { id: b, name: B, cadence: biweekly, day: fri, week: first }', '    - { id: w, name: W, cadence: weekly, day: mon, week: last }'].join('\n'),
    );
    expect(meetings.run(shaped(text)).map((f) => [f.code, f.pointer, f.message])).toEqual([
      [
        'duplicate-entry',
        '/reporting/meetings/0/week',
        'meeting "b" is biweekly: week: first picks nothing (it picks the week of a monthly or longer meeting), and the calendar file meets every other week',
      ],
      [
        'duplicate-entry',
        '/reporting/meetings/1/week',
        'meeting "w" is weekly: week: last picks nothing (it picks the week of a monthly or longer meeting), and the calendar file meets every week',
      ],
    ]);
    expect(checkContract('c.yaml', text).ok).toBe(true);
  });

  it('names the day the calendar file really uses', () => {
    // The warning restates what compiler/ics/recurrence.ts does: held against it, case by case.
    const cases: [Partial<IrMeeting>, RegExp][] = [
      [{ cadence: 'weekly', day: null }, /every Thursday/],
      [{ cadence: 'quarterly', day: null, week: null }, /first day of every quarter/],
      [{ cadence: 'monthly', day: 'tue', week: null }, /first Tuesday of every month/],
    ];
    for (const [fields, said] of cases) {
      const meeting: IrMeeting = { ...IR_MEETING, ...fields };
      const { firstDate, rule } = recurrence(meeting, '2026-01-01');
      const contract = shaped(withMeetings(`    - { id: x, name: X, cadence: ${meeting.cadence}${meeting.day ? `, day: ${meeting.day}` : ''} }`));
      expect(meetings.run(contract)[0]?.message).toMatch(said);
      if (meeting.cadence === 'weekly') expect([firstDate, rule]).toEqual(['2026-01-01', 'FREQ=WEEKLY;BYDAY=TH']);
      if (meeting.cadence === 'quarterly') expect([firstDate, rule]).toEqual(['2026-01-01', 'FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=1']);
      if (meeting.cadence === 'monthly') expect([firstDate, rule]).toEqual(['2026-01-06', 'FREQ=MONTHLY;BYDAY=1TU']);
    }
  });

  describe('a time the clocks skip on some of its days', () => {
    // minimal.yaml takes effect on 2026-01-01; Europe/Madrid goes from 02:00 to 03:00 on the last Sunday of March (2026-03-29).
    const inZone = (zone: string, lines: string) =>
      minimalWith(`calendars:\n  - { id: office, timezone: ${zone}, hours: { weekdays: ["09:00-18:00"] } }\nreporting:\n  meetings:\n${lines}`);

    it('warns at the time of a weekly Sunday meeting at 02:30 in Madrid, with the first day, the span and the time calendars show', () => {
      const text = inZone('Europe/Madrid', '    - id: night\n      name: Night sync\n      cadence: weekly\n      day: sun\n      time: "02:30"');
      expect(meetings.run(shaped(text))).toEqual([
        {
          code: 'meeting-time-skipped',
          pointer: '/reporting/meetings/0/time',
          message:
            'meeting "night" at 02:30 falls in the time the clocks skip in Europe/Madrid (02:00–03:00) on 2026-03-29 and on 10 more of its days through 2036: a time that does not exist, which calendar programs show at 03:30 (RFC 5545 §3.3.5) or at 01:30 (some, such as those built on ical.js)',
          suggest: 'pick a time outside 02:00–03:00, such as 03:30, the time the clocks show after the change',
        },
      ]);
      const result = checkContract('c.yaml', text);
      expect(result.ok).toBe(true);
      const line = text.split('\n').findIndex((l) => l.includes('time: "02:30"')) + 1;
      expect(result.diagnostics.map((d) => [d.severity, d.code, d.line, d.column])).toEqual([['warning', 'meeting-time-skipped', line, 13]]);
    });

    it.each([
      [
        'the last Sunday of every quarter at 02:59',
        'Europe/Madrid',
        '{ id: q, name: Q, cadence: quarterly, day: sun, week: last, time: "02:59" }',
        /on 2026-03-29 and on 10 more.* show at 03:59 .* at 01:59 /,
      ],
      [
        'every other Sunday at 02:00',
        'Europe/Madrid',
        '{ id: b, name: B, cadence: biweekly, day: sun, time: "02:00" }',
        /\(02:00–03:00\) on 2026-03-29 .* show at 03:00 .* at 01:00 /,
      ],
      // Santiago moves from 00:00 to 01:00 on the first Sunday of September; Lord Howe by half an hour.
      [
        'Santiago at 00:15',
        'America/Santiago',
        '{ id: c, name: C, cadence: monthly, day: sun, week: first, time: "00:15" }',
        /\(00:00–01:00\) on 2026-09-06 .* show at 01:15 .* at 23:15 /,
      ],
      [
        'Lord Howe at 02:10',
        'Australia/Lord_Howe',
        '{ id: l, name: L, cadence: weekly, day: sun, time: "02:10" }',
        /\(02:00–02:30\) on 2026-10-04 .* show at 02:40 .* at 01:40 /,
      ],
      [
        'New York, the second Sunday of every month: one day a year',
        'America/New_York',
        '{ id: n, name: N, cadence: monthly, day: sun, week: second, time: "02:30" }',
        /skip in America\/New_York \(02:00–03:00\) on 2026-03-08 and on 10 more of its days through 2036: /,
      ],
    ])('%s', (_name, zone, meeting, said) => {
      const found = meetings.run(shaped(inZone(zone, `    - ${meeting}`)));
      expect(found.map((f) => f.code)).toEqual(['meeting-time-skipped']);
      expect(found[0]!.message).toMatch(said);
    });

    it('is quiet on times that exist every day: the end of the gap, another weekday, a zone without changes, no time', () => {
      const lines = [
        '    - { id: a, name: A, cadence: weekly, day: sun, time: "03:00" }',
        '    - { id: b, name: B, cadence: weekly, day: sun, time: "01:59" }',
        '    - { id: c, name: C, cadence: weekly, day: mon, time: "02:30" }',
        '    - { id: d, name: D, cadence: monthly, day: sun, week: first, time: "02:30" }',
        '    - { id: e, name: E, cadence: weekly, day: sun }',
      ].join('\n');
      expect(meetings.run(shaped(inZone('Europe/Madrid', lines)))).toEqual([]);
      expect(meetings.run(shaped(inZone('Asia/Tokyo', '    - { id: t, name: T, cadence: weekly, day: sun, time: "02:30" }')))).toEqual([]);
      // No calendar and no metadata.timezone: UTC, which never changes.
      expect(meetings.run(shaped(withMeetings('    - { id: u, name: U, cadence: weekly, day: sun, time: "02:30" }')))).toEqual([]);
    });

    it('reads the zone the calendar file does: the meeting’s calendar, else the first one', () => {
      const text = minimalWith(
        [
          'calendars:',
          '  - { id: tokyo, timezone: Asia/Tokyo, hours: { weekdays: ["09:00-18:00"] } }',
          '  - { id: madrid, timezone: Europe/Madrid, hours: { weekdays: ["09:00-18:00"] } }',
          'reporting:',
          '  meetings:',
          '    - { id: first, name: First, cadence: weekly, day: sun, time: "02:30" }',
          '    - { id: named, name: Named, cadence: weekly, day: sun, time: "02:30", calendar: madrid }',
        ].join('\n'),
      );
      expect(meetings.run(shaped(text)).map((f) => f.pointer)).toEqual(['/reporting/meetings/1/time']);
    });
  });

  it('the warnings leave the contract valid', () => {
    const result = checkContract('c.yaml', withMeetings('    - { id: w, name: W, cadence: weekly }'));
    expect(result.ok).toBe(true);
    expect(result.diagnostics.map((d) => [d.severity, d.code])).toEqual([['warning', 'meeting-incomplete']]);
  });
});
