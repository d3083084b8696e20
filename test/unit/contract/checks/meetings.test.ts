import { describe, expect, it } from 'vitest';
import { meetings } from '../../../../src/contract/checks/meetings.js';
import { checkContract } from '../../../../src/contract/index.js';
import { expectQuietOnValidContracts, minimalWith, shaped } from '../../../helpers/contracts.js';

const withMeetings = (lines: string) => minimalWith(`reporting:\n  meetings:\n${lines}`);

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
});
