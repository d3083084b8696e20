import type { ModelContext } from './context.js';

/** Who the ideal customers are and how a lead is recognised as one. */
export function personasModel({ rules, text, optional, condition }: ModelContext) {
  return rules.personas.map((p) => ({
    id: text.code(p.id),
    name: text.data(p.name),
    description: optional(p.description),
    criteria: p.criteria ? condition(p.criteria) : null,
  }));
}
