/**
 * Reporting: the shared metrics (a definition both teams report with) and the review
 * meetings. A metric's measure is meaning; meetings are logistics, a patch whatever
 * changes (issue 5).
 */
import { makeChange } from '../change.js';
import { matchByKey, same } from '../match.js';
import { listOf, say, type Arg, type Phrase } from '../phrase.js';
import type { Change } from '../types.js';
import { defined, headId, wording, wordList, type DiffContext } from './context.js';

export function diffReporting(ctx: DiffContext): Change[] {
  const out: (Change | undefined)[] = [];
  const metrics = matchByKey(ctx.base.metrics, ctx.head.metrics, (x) => x.id);
  for (const { item, index } of metrics.removed)
    out.push(
      makeChange({
        section: 'reporting',
        pointer: `/reporting/metrics/${index}`,
        kind: 'removed',
        before: item.id,
        after: null,
        direction: 'neutral',
        affects: item.owner,
        clause: true,
        summary: say('metric.removed', { name: item.name }),
      }),
    );
  for (const r of metrics.renamed)
    out.push(
      makeChange({
        section: 'reporting',
        pointer: `/reporting/metrics/${r.headIndex}/id`,
        kind: 'renamed',
        before: r.base.id,
        after: r.head.id,
        direction: 'neutral',
        affects: r.head.owner,
        summary: say('renamed.metric', { from: r.base.id, to: r.head.id }),
      }),
    );
  for (const p of metrics.pairs) {
    const b = p.base;
    const h = p.head;
    const at = `/reporting/metrics/${p.headIndex}`;
    const measure = (m: typeof b.measure) =>
      m
        ? {
            ...m,
            stage: headId(ctx.renames.stages, m.stage),
            from: headId(ctx.renames.stages, m.from),
            to: headId(ctx.renames.stages, m.to),
            sla: headId(ctx.renames.slas, m.sla),
          }
        : null;
    if (!same(measure(b.measure), h.measure))
      out.push(
        makeChange({
          section: 'reporting',
          pointer: `${at}/measure`,
          kind: 'changed',
          before: b.measure?.kind ?? null,
          after: h.measure?.kind ?? null,
          direction: 'neutral',
          affects: h.owner,
          summary: say('metric.measure', { name: h.name }),
        }),
      );
    if (b.owner !== h.owner)
      out.push(
        makeChange({
          section: 'reporting',
          pointer: `${at}/owner`,
          kind: 'changed',
          before: b.owner,
          after: h.owner,
          direction: 'neutral',
          affects: 'both',
          summary: say('metric.owner', { name: h.name, from: say(`side.${b.owner}`), to: say(`side.${h.owner}`) }),
          shown: { before: say(`side.${b.owner}`), after: say(`side.${h.owner}`) },
        }),
      );
    if (b.cadence !== h.cadence)
      out.push(
        makeChange({
          section: 'reporting',
          pointer: `${at}/cadence`,
          kind: 'changed',
          before: b.cadence,
          after: h.cadence,
          direction: 'neutral',
          affects: h.owner,
          summary: say('metric.cadence', { name: h.name, from: say(`every.${b.cadence ?? 'period'}`), to: say(`every.${h.cadence ?? 'period'}`) }),
          shown: { before: say(`every.${b.cadence ?? 'period'}`), after: say(`every.${h.cadence ?? 'period'}`) },
        }),
      );
    out.push(wording('reporting', `${at}/name`, say('subject.metricName', { id: h.id }), b.name, h.name, h.owner));
    out.push(wording('reporting', `${at}/definition`, say('subject.metricDefinition', { name: h.name }), b.definition, h.definition, h.owner));
  }
  for (const { item, index } of metrics.added)
    out.push(
      makeChange({
        section: 'reporting',
        pointer: `/reporting/metrics/${index}`,
        kind: 'added',
        before: null,
        after: item.id,
        direction: 'neutral',
        affects: item.owner,
        summary: say('metric.added', { name: item.name }),
      }),
    );

  // Meetings: always a patch. A meeting's zone is its calendar's: a calendar that moved
  // zones is reported once, with the calendar, not again for every meeting on it.
  const movedZones = new Set(matchByKey(ctx.base.calendars, ctx.head.calendars, (c) => c.id).pairs.map((p) => `${p.base.timezone}>${p.head.timezone}`));
  const meetings = matchByKey(ctx.base.meetings, ctx.head.meetings, (x) => x.id);
  const meeting = (
    kind: Change['kind'],
    pointer: string,
    before: Change['before'],
    after: Change['after'],
    summary: Phrase,
    shown?: { before?: Arg; after?: Arg },
  ) => makeChange({ section: 'reporting', pointer, kind, before, after, direction: 'neutral', affects: 'both', summary, bump: 'patch', shown });
  for (const { item, index } of meetings.removed)
    out.push(meeting('removed', `/reporting/meetings/${index}`, item.id, null, say('meeting.removed', { name: item.name })));
  for (const r of meetings.renamed)
    out.push(meeting('renamed', `/reporting/meetings/${r.headIndex}/id`, r.base.id, r.head.id, say('renamed.meeting', { from: r.base.id, to: r.head.id })));
  for (const p of meetings.pairs) {
    const b = p.base;
    const h = p.head;
    const at = `/reporting/meetings/${p.headIndex}`;
    const calendarMoved = movedZones.has(`${b.timezone}>${h.timezone}`);
    const when = (x: typeof b) =>
      [x.cadence, x.week, x.day, x.time, x.durationMinutes === null ? null : `${x.durationMinutes}m`, calendarMoved ? null : x.timezone]
        .filter((v) => v !== null)
        .join(' ');
    // The same words as when(), with the cadence, the week of the month and the day in the locale's words.
    const schedule = (x: typeof b): Arg => {
      const parts: Arg[] = [say(`cadence.${x.cadence}`)];
      if (x.week !== null) parts.push(say(`nth.${x.week}`));
      if (x.day !== null) parts.push(say(`weekday.${x.day}`));
      if (x.time !== null) parts.push(x.time);
      if (x.durationMinutes !== null) parts.push(`${x.durationMinutes}m`);
      if (!calendarMoved && x.timezone !== null) parts.push(x.timezone);
      return listOf(parts, 'space');
    };
    if (when(b) !== when(h))
      out.push(
        meeting('changed', at, when(b), when(h), say('meeting.when', { name: h.name, from: schedule(b), to: schedule(h) }), {
          before: schedule(b),
          after: schedule(h),
        }),
      );
    if (!same([...b.attendees].sort(), [...h.attendees].sort()))
      out.push(
        meeting(
          'changed',
          `${at}/attendees`,
          b.attendees,
          h.attendees,
          say('meeting.attendees', { name: h.name, from: attendees(b.attendees), to: attendees(h.attendees) }),
          { before: attendees(b.attendees), after: attendees(h.attendees) },
        ),
      );
    out.push(wording('reporting', `${at}/name`, say('subject.meetingName', { id: h.id }), b.name, h.name, 'both'));
    out.push(wording('reporting', `${at}/purpose`, say('subject.meetingPurpose', { name: h.name }), b.purpose, h.purpose, 'both'));
    out.push(wordList('reporting', `${at}/agenda`, say('subject.meetingAgenda', { name: h.name }), b.agenda, h.agenda, 'both'));
  }
  for (const { item, index } of meetings.added)
    out.push(
      meeting('added', `/reporting/meetings/${index}`, null, item.id, say('meeting.added', { name: item.name, cadence: say(`cadence.${item.cadence}`) })),
    );
  return defined(out);
}

/** "marketing, sales": who attends, in the locale's words. */
function attendees(list: readonly ('marketing' | 'sales' | 'both')[]): Arg {
  return listOf(
    list.map((a) => say(`side.${a}`)),
    'comma',
  );
}
