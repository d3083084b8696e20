import type { RulesIR } from '../../ir.js';
import type { Safe } from '../../../render/safe.js';
import type { ModelContext } from './context.js';

type RecyclingReason = NonNullable<RulesIR['recycling']>['reasons'][number];

/** Why sales may hand a lead back, and where each reason sends it. */
export function recyclingModel(ctx: ModelContext) {
  const { rules, text, optional } = ctx;
  const r = rules.recycling;
  if (!r) return null;
  return {
    description: optional(r.description),
    feedback: text.t(r.feedbackRequired ? 'recycling.feedbackRequired' : 'recycling.feedbackOptional'),
    reasons: r.reasons.map((reason) => ({
      id: text.code(reason.id),
      label: text.data(reason.label),
      destination: destinationText(reason, ctx),
      values: reason.values.length > 0 ? text.join(reason.values.map(text.code), 'list.separator') : null,
    })),
    hasValues: r.reasons.some((reason) => reason.values.length > 0),
  };
}

function destinationText(r: RecyclingReason, { text, stageLabel }: ModelContext): Safe {
  const { t } = text;
  let base: Safe;
  switch (r.destination) {
    case 'nurture':
      base = r.flow !== null ? t('recycling.to.nurtureFlow', { flow: text.data(r.flow) }) : t('recycling.to.nurture');
      break;
    case 'disqualified':
      base = t('recycling.to.disqualified');
      break;
    case 'sales-later':
      base = r.after !== null ? t('recycling.to.salesLaterAfter', { after: text.duration(r.after) }) : t('recycling.to.salesLater');
      break;
  }
  return r.stage !== null ? t('recycling.inStage', { destination: base, stage: stageLabel(r.stage) }) : base;
}
