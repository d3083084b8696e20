/**
 * The IR turned into what a reader sees: one builder per section of the document, in
 * the order the templates show them (templates/partials/{md,html}-<section>.hbs). Every
 * string in the model is a `Safe`, already escaped for the format and composed from
 * locale fragments; `ir` carries the raw rules for templates that want a value the
 * model does not, through the {{text}} and {{code}} helpers.
 */
import type { RulesIR } from '../../ir.js';
import type { Text } from '../../../render/text.js';
import { commitmentsModel } from './commitments.js';
import { createContext } from './context.js';
import { stagesModel } from './definitions.js';
import { followUpModel } from './follow-up.js';
import { footerModel } from './footer.js';
import { handoffModel } from './handoff.js';
import { headerModel } from './header.js';
import { holidaysModel } from './holidays.js';
import { meetingsModel } from './meetings.js';
import { metricsModel } from './metrics.js';
import { partiesModel, rolesModel } from './parties.js';
import { personasModel } from './personas.js';
import { qualificationModel } from './qualification.js';
import { recyclingModel } from './recycling.js';
import { scorecardModel } from './scorecard.js';
import { slasModel } from './slas.js';
import { targetsModel } from './targets.js';

/** `plain` is `text` without escaping, for the funnel chart (see ModelContext); `funnelSvg` is the HTML funnel, drawn beforehand. */
export function buildModel(rules: RulesIR, text: Text, plain: Text, funnelSvg: string | null = null) {
  const ctx = createContext(rules, text, plain);
  return {
    lang: text.locale,
    ir: rules,
    document: headerModel(ctx),
    parties: partiesModel(ctx),
    roles: rolesModel(ctx),
    personas: personasModel(ctx),
    stages: stagesModel(ctx),
    qualification: qualificationModel(ctx),
    targets: targetsModel(ctx, funnelSvg),
    commitments: commitmentsModel(ctx),
    handoff: handoffModel(ctx),
    slas: slasModel(ctx),
    holidays: holidaysModel(ctx),
    followUp: followUpModel(ctx),
    recycling: recyclingModel(ctx),
    metrics: metricsModel(ctx),
    meetings: meetingsModel(ctx),
    scorecard: scorecardModel(ctx),
    footer: footerModel(ctx),
  };
}
