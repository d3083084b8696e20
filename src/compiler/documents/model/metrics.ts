import type { ModelContext } from './context.js';

/** The numbers both teams track, who owns each and how often it is reported. */
export function metricsModel({ rules, text, teamName }: ModelContext) {
  return rules.metrics.map((m) => ({
    id: text.code(m.id),
    name: text.data(m.name),
    definition: text.data(m.definition),
    owner: teamName(m.owner),
    cadence: m.cadence !== null ? text.t(`period.adjective.${m.cadence}`) : text.t('metrics.noCadence'),
  }));
}
