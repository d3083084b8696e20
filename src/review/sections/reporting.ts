/**
 * Reporting: the shared metrics (a definition both teams report with) and the review
 * meetings. A metric's measure is meaning; meetings are logistics, a patch whatever
 * changes (issue 5).
 */
import { makeChange } from '../change.js';
import { matchByKey, same } from '../match.js';
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
        summary: `Shared metric “${item.name}” removed`,
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
        summary: `Metric id ${r.base.id} → ${r.head.id} (same metric)`,
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
          summary: `Metric “${h.name}” is measured differently`,
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
          summary: `Metric “${h.name}”: reported by ${b.owner} → ${h.owner}`,
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
          summary: `Metric “${h.name}”: every ${b.cadence ?? 'period'} → every ${h.cadence ?? 'period'}`,
        }),
      );
    out.push(wording('reporting', `${at}/name`, `Metric ${h.id}: name`, b.name, h.name, h.owner));
    out.push(wording('reporting', `${at}/definition`, `Metric “${h.name}”: definition`, b.definition, h.definition, h.owner));
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
        summary: `New shared metric “${item.name}”`,
      }),
    );

  // Meetings: always a patch. A meeting's zone is its calendar's: a calendar that moved
  // zones is reported once, with the calendar, not again for every meeting on it.
  const movedZones = new Set(matchByKey(ctx.base.calendars, ctx.head.calendars, (c) => c.id).pairs.map((p) => `${p.base.timezone}>${p.head.timezone}`));
  const meetings = matchByKey(ctx.base.meetings, ctx.head.meetings, (x) => x.id);
  const meeting = (kind: Change['kind'], pointer: string, before: Change['before'], after: Change['after'], summary: string) =>
    makeChange({ section: 'reporting', pointer, kind, before, after, direction: 'neutral', affects: 'both', summary, bump: 'patch' });
  for (const { item, index } of meetings.removed) out.push(meeting('removed', `/reporting/meetings/${index}`, item.id, null, `Meeting “${item.name}” removed`));
  for (const r of meetings.renamed)
    out.push(meeting('renamed', `/reporting/meetings/${r.headIndex}/id`, r.base.id, r.head.id, `Meeting id ${r.base.id} → ${r.head.id} (same meeting)`));
  for (const p of meetings.pairs) {
    const b = p.base;
    const h = p.head;
    const at = `/reporting/meetings/${p.headIndex}`;
    const calendarMoved = movedZones.has(`${b.timezone}>${h.timezone}`);
    const when = (x: typeof b) =>
      [x.cadence, x.week, x.day, x.time, x.durationMinutes === null ? null : `${x.durationMinutes}m`, calendarMoved ? null : x.timezone]
        .filter((v) => v !== null)
        .join(' ');
    if (when(b) !== when(h)) out.push(meeting('changed', at, when(b), when(h), `Meeting “${h.name}”: ${when(b)} → ${when(h)}`));
    if (!same([...b.attendees].sort(), [...h.attendees].sort()))
      out.push(
        meeting('changed', `${at}/attendees`, b.attendees, h.attendees, `Meeting “${h.name}”: attendees ${b.attendees.join(', ')} → ${h.attendees.join(', ')}`),
      );
    out.push(wording('reporting', `${at}/name`, `Meeting ${h.id}: name`, b.name, h.name, 'both'));
    out.push(wording('reporting', `${at}/purpose`, `Meeting “${h.name}”: purpose`, b.purpose, h.purpose, 'both'));
    out.push(wordList('reporting', `${at}/agenda`, `Meeting “${h.name}”: agenda`, b.agenda, h.agenda, 'both'));
  }
  for (const { item, index } of meetings.added)
    out.push(meeting('added', `/reporting/meetings/${index}`, null, item.id, `New meeting “${item.name}” (${item.cadence})`));
  return defined(out);
}
