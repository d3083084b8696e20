/**
 * The follow-up cadence binds sales: more attempts, or a longer span before giving up,
 * ask more; `attemptsPerDay` is a ceiling, so raising it asks less.
 */
import { makeChange, numericDirection, tone } from '../change.js';
import { sameSet } from '../match.js';
import type { Change, Direction } from '../types.js';
import { durationWords, list, num } from '../words.js';
import { defined, headId, wording, type DiffContext } from './context.js';

const at = '/followUp';

export function diffFollowUp(ctx: DiffContext): Change[] {
  const b = ctx.base.followUp;
  const h = ctx.head.followUp;
  if (!b && !h) return [];
  if (!b)
    return [
      makeChange({
        section: 'followUp',
        pointer: at,
        kind: 'added',
        before: null,
        after: `${h?.minAttempts ?? 0} attempts`,
        direction: 'tightened',
        affects: 'sales',
        summary: `Follow-up cadence added: ${num(h?.minAttempts ?? 0)} attempts over ${h ? durationWords(h.minSpan) : ''}${tone('tightened', 'sales')}`,
      }),
    ];
  if (!h)
    return [
      makeChange({
        section: 'followUp',
        pointer: at,
        kind: 'removed',
        before: `${b.minAttempts} attempts`,
        after: null,
        direction: 'loosened',
        affects: 'sales',
        clause: true,
        summary: `Follow-up cadence removed${tone('loosened', 'sales')}`,
      }),
    ];

  const out: (Change | undefined)[] = [];
  const changed = (pointer: string, before: Change['before'], after: Change['after'], direction: Direction, summary: string, unclear = false) =>
    makeChange({
      section: 'followUp',
      pointer: `${at}${pointer}`,
      kind: 'changed',
      before,
      after,
      direction,
      affects: 'sales',
      summary: `${summary}${tone(direction, 'sales', unclear)}`,
      unclear,
    });

  if (b.minAttempts !== h.minAttempts)
    out.push(
      changed(
        '/minAttempts',
        b.minAttempts,
        h.minAttempts,
        numericDirection(b.minAttempts, h.minAttempts, true),
        `Follow-up: at least ${num(b.minAttempts)} → ${num(h.minAttempts)} attempts before giving up`,
      ),
    );
  if (b.minSpan.clock !== h.minSpan.clock) {
    out.push(
      changed(
        '/minSpan',
        b.minSpan.text,
        h.minSpan.text,
        'neutral',
        `Follow-up: attempts spread over ${durationWords(b.minSpan)} → ${durationWords(h.minSpan)}`,
        true,
      ),
    );
  } else if (b.minSpan.text !== h.minSpan.text && b.minSpan.minutes !== h.minSpan.minutes) {
    out.push(
      changed(
        '/minSpan',
        b.minSpan.text,
        h.minSpan.text,
        numericDirection(b.minSpan.minutes, h.minSpan.minutes, true),
        `Follow-up: attempts spread over ${durationWords(b.minSpan)} → ${durationWords(h.minSpan)}`,
      ),
    );
  }
  if (b.attemptsPerDay !== h.attemptsPerDay) {
    const words = (n: number | null) => (n === null ? 'no limit' : num(n));
    out.push(
      changed(
        '/attemptsPerDay',
        b.attemptsPerDay,
        h.attemptsPerDay,
        numericDirection(b.attemptsPerDay ?? Infinity, h.attemptsPerDay ?? Infinity, false),
        `Follow-up: at most ${words(b.attemptsPerDay)} → ${words(h.attemptsPerDay)} attempts a day`,
      ),
    );
  }
  if (b.minSpan.clock === 'business' && h.minSpan.clock === 'business' && headId(ctx.renames.calendars, b.calendar) !== h.calendar) {
    out.push(changed('/calendar', b.calendar, h.calendar, 'neutral', `Follow-up: calendar ${b.calendar ?? 'none'} → ${h.calendar ?? 'none'}`, true));
  }
  if (b.firstChannel !== h.firstChannel)
    out.push(
      changed(
        '/firstChannel',
        b.firstChannel,
        h.firstChannel,
        'neutral',
        `Follow-up: first contact by ${b.firstChannel ?? 'any channel'} → ${h.firstChannel ?? 'any channel'}`,
      ),
    );
  if (!sameSet(b.channels, h.channels))
    out.push(changed('/channels', b.channels, h.channels, 'neutral', `Follow-up channels: ${list(b.channels)} → ${list(h.channels)}`));
  if (headId(ctx.renames.reasons, b.giveUpReason) !== h.giveUpReason)
    out.push(
      changed(
        '/giveUpReason',
        b.giveUpReason,
        h.giveUpReason,
        'neutral',
        `Follow-up: giving up is recorded as ${b.giveUpReason ?? 'no reason'} → ${h.giveUpReason ?? 'no reason'}`,
      ),
    );
  out.push(wording('followUp', `${at}/description`, 'Follow-up description', b.description, h.description, 'sales'));
  return defined(out);
}
