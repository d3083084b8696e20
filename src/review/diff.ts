/**
 * Two contracts → the meaning of the change between them (issue 5). Pure: compares the
 * normalized rules (so `1bh` and `60m` on the same business clock are equal, and a list
 * matched by id can be in any order), one section at a time, in the contract's order.
 */
import type { RulesIR } from '../compiler/ir.js';
import { matchByKey, type Pair } from './match.js';
import { diffCalendars } from './sections/calendars.js';
import { diffCommitments } from './sections/commitments.js';
import type { DiffContext, Renames, SectionDiff } from './sections/context.js';
import { diffFollowUp } from './sections/follow-up.js';
import { diffHandoff } from './sections/handoff.js';
import { diffMetadata } from './sections/metadata.js';
import { diffPersonas } from './sections/personas.js';
import { diffQualification } from './sections/qualification.js';
import { diffRecycling } from './sections/recycling.js';
import { diffReporting } from './sections/reporting.js';
import { diffRoles } from './sections/roles.js';
import { diffScorecard } from './sections/scorecard.js';
import { diffSlas, matchSlas } from './sections/slas.js';
import { diffStages, stageContent } from './sections/stages.js';
import { diffTargets } from './sections/targets.js';
import type { Change, SectionId } from './types.js';

const SECTION_DIFFS: Record<SectionId, SectionDiff> = {
  metadata: diffMetadata,
  roles: diffRoles,
  personas: diffPersonas,
  stages: diffStages,
  qualification: diffQualification,
  targets: diffTargets,
  commitments: diffCommitments,
  handoff: diffHandoff,
  slas: diffSlas,
  followUp: diffFollowUp,
  recycling: diffRecycling,
  calendars: diffCalendars,
  reporting: diffReporting,
  scorecard: diffScorecard,
};

export function diffRules(base: RulesIR, head: RulesIR): Change[] {
  const ctx: DiffContext = { base, head, renames: findRenames(base, head) };
  return Object.values(SECTION_DIFFS).flatMap((diff) => diff(ctx));
}

/** Ids renamed between the two sides, for the sections that other clauses refer to. */
export function findRenames(base: RulesIR, head: RulesIR): Renames {
  const ids = <T extends { id: string }>(pairs: readonly Pair<T>[]) => new Map(pairs.map((r) => [r.base.id, r.head.id]));
  const renames = <T extends { id: string }>(b: readonly T[], h: readonly T[], content?: (t: T) => unknown) =>
    ids(matchByKey(b, h, (x) => x.id, content).renamed);
  // An SLA renamed and changed in the same edit is renamed too (sections/slas.ts).
  const slas = matchSlas(base.slas, head.slas);
  return {
    stages: renames(base.stages, head.stages, stageContent),
    calendars: renames(base.calendars, head.calendars),
    personas: renames(base.personas, head.personas),
    slas: ids([...slas.renamed, ...slas.renamedChanged]),
    reasons: renames(base.recycling?.reasons ?? [], head.recycling?.reasons ?? []),
  };
}
