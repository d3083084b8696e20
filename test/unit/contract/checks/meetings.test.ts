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

  it('the warnings leave the contract valid', () => {
    const result = checkContract('c.yaml', withMeetings('    - { id: w, name: W, cadence: weekly }'));
    expect(result.ok).toBe(true);
    expect(result.diagnostics.map((d) => [d.severity, d.code])).toEqual([['warning', 'meeting-incomplete']]);
  });
});
