import type { RuleEvent, RuleSla } from '../../ir.js';
import { EMPTY, type Safe } from '../../../render/safe.js';
import { businessHoursText } from './business-hours.js';
import { stageName, type ModelContext } from './context.js';

/** Activity events the locale files have a verb and an object for; any other event is printed as code. */
const ACTIVITIES = new Set(['created', 'first-touch', 'last-attempt', 'rejected', 'feedback', 'recycled']);

/** Each SLA with its name and its rule as one sentence. */
export function slasModel(ctx: ModelContext) {
  const { rules, text, optional } = ctx;
  return rules.slas.map((s) => ({
    id: text.code(s.id),
    name: s.name !== null ? text.data(s.name) : text.code(s.id),
    sentence: slaSentence(s, ctx),
    description: optional(s.description),
  }));
}

/**
 * One SLA as one sentence a sales rep understands: who, does what (from the stop events),
 * to which leads (from the start event), within how long, on which hours, for which
 * leads, and the share of leads it must hold for.
 */
function slaSentence(sla: RuleSla, ctx: ModelContext): Safe {
  const { text, stageById, calendarById, teamSubject, condition } = ctx;
  const { t } = text;
  const object = startObject(sla.start, ctx);

  const verbs: Safe[] = [];
  const moves: Safe[] = [];
  for (const stop of sla.stop) {
    const stage = stop.type === 'stage' ? stageById.get(stop.event) : undefined;
    if (stage) {
      if (stage.kind === 'sal') verbs.push(t('sla.verb.accept'));
      else if (stage.kind === 'recycled') verbs.push(t('sla.verb.recycled'));
      else if (stage.kind === 'disqualified') verbs.push(t('sla.verb.disqualify'));
      else moves.push(stageName(stage, text));
    } else if (ACTIVITIES.has(stop.event)) {
      verbs.push(t(`sla.verb.${stop.event}`));
    } else {
      verbs.push(t('sla.verb.other', { event: text.code(stop.event) }));
    }
  }
  const clauses: Safe[] = [];
  if (verbs.length > 0) clauses.push(t('sla.action', { verbs: text.or(verbs), object }));
  if (moves.length > 0) clauses.push(t('sla.move', { object, stages: text.or(moves) }));

  const calendar = sla.clock === 'business' && sla.calendar !== null ? calendarById.get(sla.calendar) : undefined;
  const params = {
    who: teamSubject(sla.owner),
    action: text.or(clauses),
    duration: text.duration(sla.goal),
    segment: sla.when ? t('sla.segment', { condition: condition(sla.when) }) : EMPTY,
    target: text.percent(sla.target),
  };
  return calendar ? t('sla.sentence.business', { ...params, hours: businessHoursText(calendar, text) }) : t('sla.sentence.calendar', params);
}

/** The leads the clock starts for: "every MQL", "every new lead". */
function startObject(start: RuleEvent, { text, stageById }: ModelContext): Safe {
  const { t } = text;
  const stage = start.type === 'stage' ? stageById.get(start.event) : undefined;
  if (stage) return t('sla.object.stage', { stage: stageName(stage, text) });
  if (ACTIVITIES.has(start.event)) return t(`sla.object.${start.event}`);
  return t('sla.object.other', { event: text.code(start.event) });
}
