import { stageName, type ModelContext } from './context.js';

/** The lifecycle stages in order, with who owns each and when a lead enters it. */
export function stagesModel({ rules, text, teamName, personaName, optional }: ModelContext) {
  return rules.stages.map((s) => ({
    position: s.order + 1,
    id: text.code(s.id),
    name: stageName(s, text),
    kind: text.t(`stageKind.${s.kind}`),
    owner: teamName(s.owner),
    entry: optional(s.entry),
    description: optional(s.description),
    personas: s.personas.length > 0 ? text.and(s.personas.map(personaName)) : null,
  }));
}
