/**
 * What the clocks of SLAs start and stop on. A stage event is entering that stage; an
 * activity event is something sales or marketing did. Each maps to one timestamp of the
 * canonical lead (DESIGN.md §3).
 */
import type { RevpactContract, Stage } from './types.generated.js';

export const STAGE_KINDS = ['lead', 'mql', 'sal', 'sql', 'opportunity', 'customer', 'lost', 'recycled', 'disqualified'] as const;
export type StageKind = (typeof STAGE_KINDS)[number];

export const STAGE_FIELDS: Record<StageKind, string> = {
  lead: 'createdAt',
  mql: 'mqlAt',
  sal: 'salAt',
  sql: 'sqlAt',
  opportunity: 'opportunityAt',
  customer: 'wonAt',
  lost: 'lostAt',
  recycled: 'recycledAt',
  disqualified: 'disqualifiedAt',
};

export const ACTIVITY_FIELDS = {
  created: 'createdAt',
  'first-touch': 'firstTouchAt',
  'last-attempt': 'lastAttemptAt',
  rejected: 'rejectedAt',
  feedback: 'feedbackAt',
  recycled: 'recycledAt',
} as const;
export type Activity = keyof typeof ACTIVITY_FIELDS;

export function isStageKind(s: string): s is StageKind {
  return (STAGE_KINDS as readonly string[]).includes(s);
}

/** The kind of a stage: explicit, or its id when that is a standard stage. */
export function stageKind(stage: Stage): StageKind | undefined {
  if (stage.kind) return stage.kind;
  return isStageKind(stage.id) ? stage.id : undefined;
}

export interface ResolvedEvent {
  event: string;
  /** `stage` (entering a stage of the contract) or `activity`. */
  type: 'stage' | 'activity';
  /** The canonical lead field holding the event's instant. */
  field: string;
}

/** Resolves an event name against the contract's stages first, then the activities. */
export function resolveEvent(contract: Pick<RevpactContract, 'stages'>, event: string): ResolvedEvent | undefined {
  const stage = contract.stages.find((s) => s.id === event);
  if (stage) {
    const kind = stageKind(stage);
    return kind ? { event, type: 'stage', field: STAGE_FIELDS[kind] } : undefined;
  }
  if (Object.hasOwn(ACTIVITY_FIELDS, event)) return { event, type: 'activity', field: ACTIVITY_FIELDS[event as Activity] };
  return undefined;
}

export function knownEvents(contract: Pick<RevpactContract, 'stages'>): string[] {
  return [...contract.stages.map((s) => s.id), ...Object.keys(ACTIVITY_FIELDS)];
}
