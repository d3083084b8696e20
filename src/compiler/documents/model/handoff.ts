import type { ModelContext } from './context.js';

/** When a lead passes from marketing to sales, what it must carry, and how it is routed. */
export function handoffModel({ rules, text, stageLabel, optional, condition }: ModelContext) {
  const h = rules.handoff;
  if (!h) return null;
  const { t } = text;
  return {
    when: t('handoff.when', { stage: stageLabel(h.stage) }),
    description: optional(h.description),
    fields: h.requiredFields.map((f) => ({ label: f.label !== null ? text.data(f.label) : text.code(f.field), field: text.code(f.field) })),
    channel: h.channel !== null ? t('handoff.channel', { channel: t(`handoff.channels.${h.channel}`) }) : null,
    routing: h.routing
      ? {
          method: t(h.routing.rules.length > 0 ? 'handoff.routingRules' : 'handoff.routing', { method: t(`handoff.methods.${h.routing.method}`) }),
          rules: h.routing.rules.map((r) => t('handoff.rule', { condition: condition(r.when), to: text.data(r.to) })),
        }
      : null,
  };
}
