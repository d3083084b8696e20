/**
 * The follow-up cadence binds sales: more attempts, or a longer span before giving up,
 * ask more; `attemptsPerDay` is a ceiling, so raising it asks less.
 */
import { fieldChanges, makeChange, numericDirection, tone } from '../change.js';
import { sameSet } from '../match.js';
import type { Change } from '../types.js';
import { dur, enumWord, idOrNone, joined, listOf, say, type Arg } from '../phrase.js';
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
        summary: joined(say('followUp.added', { count: h?.minAttempts ?? 0, span: h ? dur(h.minSpan) : '' }), tone('tightened', 'sales')),
        shown: { after: say('followUp.attempts', { count: h?.minAttempts ?? 0 }) },
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
        summary: joined(say('followUp.removed'), tone('loosened', 'sales')),
        shown: { before: say('followUp.attempts', { count: b.minAttempts }) },
      }),
    ];

  const out: (Change | undefined)[] = [];
  const changed = fieldChanges('followUp', at, 'sales');

  if (b.minAttempts !== h.minAttempts)
    out.push(
      changed(
        '/minAttempts',
        b.minAttempts,
        h.minAttempts,
        numericDirection(b.minAttempts, h.minAttempts, true),
        say('followUp.minAttempts', { from: b.minAttempts, to: h.minAttempts }),
      ),
    );
  if (b.minSpan.clock !== h.minSpan.clock) {
    out.push(changed('/minSpan', b.minSpan.text, h.minSpan.text, 'neutral', say('followUp.span', { from: dur(b.minSpan), to: dur(h.minSpan) }), true));
  } else if (b.minSpan.text !== h.minSpan.text && b.minSpan.minutes !== h.minSpan.minutes) {
    out.push(
      changed(
        '/minSpan',
        b.minSpan.text,
        h.minSpan.text,
        numericDirection(b.minSpan.minutes, h.minSpan.minutes, true),
        say('followUp.span', { from: dur(b.minSpan), to: dur(h.minSpan) }),
      ),
    );
  }
  if (b.attemptsPerDay !== h.attemptsPerDay) {
    const words = (n: number | null): Arg => (n === null ? say('word.noLimit') : n);
    out.push(
      changed(
        '/attemptsPerDay',
        b.attemptsPerDay,
        h.attemptsPerDay,
        numericDirection(b.attemptsPerDay ?? Infinity, h.attemptsPerDay ?? Infinity, false),
        say('followUp.perDay', { from: words(b.attemptsPerDay), to: words(h.attemptsPerDay) }),
      ),
    );
  }
  if (b.minSpan.clock === 'business' && h.minSpan.clock === 'business' && headId(ctx.renames.calendars, b.calendar) !== h.calendar) {
    out.push(changed('/calendar', b.calendar, h.calendar, 'neutral', say('followUp.calendar', { from: idOrNone(b.calendar), to: idOrNone(h.calendar) }), true));
  }
  if (b.firstChannel !== h.firstChannel)
    out.push(
      changed(
        '/firstChannel',
        b.firstChannel,
        h.firstChannel,
        'neutral',
        say('followUp.firstChannel', { from: first(b.firstChannel), to: first(h.firstChannel) }),
        false,
        { before: b.firstChannel === null ? undefined : first(b.firstChannel), after: h.firstChannel === null ? undefined : first(h.firstChannel) },
      ),
    );
  if (!sameSet(b.channels, h.channels))
    out.push(
      changed('/channels', b.channels, h.channels, 'neutral', say('followUp.channels', { from: channels(b.channels), to: channels(h.channels) }), false, {
        before: channels(b.channels),
        after: channels(h.channels),
      }),
    );
  if (headId(ctx.renames.reasons, b.giveUpReason) !== h.giveUpReason)
    out.push(
      changed(
        '/giveUpReason',
        b.giveUpReason,
        h.giveUpReason,
        'neutral',
        say('followUp.giveUp', { from: b.giveUpReason ?? say('word.noReason'), to: h.giveUpReason ?? say('word.noReason') }),
      ),
    );
  out.push(wording('followUp', `${at}/description`, say('subject.followUpDescription'), b.description, h.description, 'sales'));
  return defined(out);
}

function first(c: string | null): Arg {
  return c === null ? say('word.anyChannel') : enumWord('contactChannel', c);
}

function channels(list: readonly string[]): Arg {
  return listOf(list.map((c) => enumWord('contactChannel', c)));
}
