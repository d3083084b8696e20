import { pointerOf, type Finding } from '../diagnostics.js';
import { knownEvents, resolveEvent } from '../events.js';
import { didYouMean } from '../suggest.js';
import type { RevpactContract } from '../types.generated.js';
import type { Check } from './types.js';

type Path = (string | number)[];

/** Every reference to a stage, persona, calendar, SLA, reason or event resolves. */
export const references: Check = {
  id: 'references',
  run(c: RevpactContract) {
    const findings: Finding[] = [];
    const ids = (items: { id: string }[] | undefined) => (items ?? []).map((i) => i.id);
    const stageIds = ids(c.stages);
    const personaIds = ids(c.personas);
    const calendarIds = ids(c.calendars);
    const slaIds = ids(c.slas);
    const reasonIds = ids(c.recycling?.reasons);

    const ref = (kind: string, known: string[], value: string | undefined, path: Path, section: string) => {
      if (value === undefined || known.includes(value)) return;
      const guess = didYouMean(value, known);
      findings.push({
        code: 'unresolved-reference',
        pointer: pointerOf(path),
        message: `no ${kind} has the id "${value}"` + (guess ? `; did you mean "${guess}"?` : ''),
        suggest: known.length === 0 ? `define it under ${section}` : guess ? undefined : `known ${kind}s: ${known.join(', ')}`,
      });
    };
    const stage = (v: string | undefined, path: Path) => ref('stage', stageIds, v, path, 'stages');

    c.stages.forEach((s, i) => s.personas?.forEach((p, j) => ref('persona', personaIds, p, ['stages', i, 'personas', j], 'personas')));
    c.qualification?.personas?.forEach((p, j) => ref('persona', personaIds, p, ['qualification', 'personas', j], 'personas'));
    c.qualification?.thresholds?.forEach((t, i) => stage(t.stage, ['qualification', 'thresholds', i, 'stage']));
    c.targets?.conversions?.forEach((cv, i) => {
      stage(cv.from, ['targets', 'conversions', i, 'from']);
      stage(cv.to, ['targets', 'conversions', i, 'to']);
    });
    c.commitments?.forEach((cm, i) => {
      if (cm.kind === 'volume' || cm.kind === 'pipeline') stage(cm.stage, ['commitments', i, 'stage']);
      if (cm.kind === 'conversion') {
        stage(cm.from, ['commitments', i, 'from']);
        stage(cm.to, ['commitments', i, 'to']);
      }
    });
    if (c.handoff) stage(c.handoff.stage, ['handoff', 'stage']);
    c.recycling?.reasons.forEach((r, i) => stage(r.stage, ['recycling', 'reasons', i, 'stage']));
    c.reporting?.metrics?.forEach((m, i) => {
      const base: Path = ['reporting', 'metrics', i, 'measure'];
      stage(m.measure?.stage, [...base, 'stage']);
      stage(m.measure?.from, [...base, 'from']);
      stage(m.measure?.to, [...base, 'to']);
      ref('SLA', slaIds, m.measure?.sla, [...base, 'sla'], 'slas');
    });
    if (c.followUp) ref('rejection reason', reasonIds, c.followUp.giveUpReason, ['followUp', 'giveUpReason'], 'recycling.reasons');
    c.slas?.forEach((s, i) => ref('calendar', calendarIds, s.calendar, ['slas', i, 'calendar'], 'calendars'));
    if (c.followUp) ref('calendar', calendarIds, c.followUp.calendar, ['followUp', 'calendar'], 'calendars');
    c.reporting?.meetings?.forEach((m, i) => ref('calendar', calendarIds, m.calendar, ['reporting', 'meetings', i, 'calendar'], 'calendars'));

    // SLA clocks start and stop on stage entries or activities.
    const events = knownEvents(c);
    c.slas?.forEach((s, i) => {
      const check = (event: string, path: Path) => {
        // A stage of that id whose kind cannot be told is the stages check's finding (invalid-stage), not a second one here.
        if (resolveEvent(c, event) || c.stages.some((st) => st.id === event)) return;
        const guess = didYouMean(event, events);
        findings.push({
          code: 'unresolved-reference',
          pointer: pointerOf(path),
          message: `"${event}" is neither a stage id nor an activity` + (guess ? `; did you mean "${guess}"?` : ''),
          suggest: guess ? undefined : `use one of: ${events.join(', ')}`,
        });
      };
      check(s.start, ['slas', i, 'start']);
      if (Array.isArray(s.stop)) s.stop.forEach((e, j) => check(e, ['slas', i, 'stop', j]));
      else check(s.stop, ['slas', i, 'stop']);
      // A clock that stops where it starts measures nothing (a date-only cell even read as a breach of itself).
      const start = resolveEvent(c, s.start)?.field;
      const stops = Array.isArray(s.stop) ? s.stop : [s.stop];
      stops.forEach((e, j) => {
        if (start === undefined || resolveEvent(c, e)?.field !== start) return;
        findings.push({
          code: 'stop-is-start',
          pointer: pointerOf(Array.isArray(s.stop) ? ['slas', i, 'stop', j] : ['slas', i, 'stop']),
          message: `SLA "${s.id}" stops its clock on "${e}", ${e === s.start ? 'the event that starts it' : `the same date (${start}) as "${s.start}" that starts it`}: it would measure nothing`,
          suggest: 'stop it on what the other team does next, e.g. first-touch after mql',
        });
      });
    });
    return findings;
  },
};
