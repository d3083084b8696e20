/**
 * What every section builder shares: the IR, the text of the document (and the same
 * words unescaped, for the funnel chart), lookups by id, and the names readers know
 * stages, teams and personas by.
 */
import type { RuleCalendar, RuleCondition, RulesIR, RuleStage, TeamId } from '../../ir.js';
import type { Safe } from '../../../render/safe.js';
import type { Text } from '../../../render/text.js';
import { conditionText } from './conditions.js';

/** Sections that have one part per team list marketing first. */
export const TEAMS: readonly TeamId[] = ['marketing', 'sales'];

export interface ModelContext {
  rules: RulesIR;
  text: Text;
  /** The same words unescaped: the funnel chart escapes for its own syntax (Mermaid, SVG). */
  plain: Text;
  stageById: ReadonlyMap<string, RuleStage>;
  calendarById: ReadonlyMap<string, RuleCalendar>;
  /** A stage id as readers know the stage; an id the IR does not know, as data. */
  stageLabel: (id: string) => Safe;
  /** "Marketing", "Sales", "Both teams". */
  teamName: (team: TeamId | 'both') => Safe;
  /** A team as the subject of a sentence (who commits, who acts on an SLA). */
  teamSubject: (team: TeamId) => Safe;
  personaName: (id: string) => Safe;
  /** A condition in words, at the top level of a sentence. */
  condition: (c: RuleCondition) => Safe;
  /** Free text the contract may leave out or blank: escaped, or null so the template skips it. */
  optional: (s: string | null) => Safe | null;
  /** "revpact 1.2.0": which compiler wrote the document. */
  compiler: Safe;
}

export function createContext(rules: RulesIR, text: Text, plain: Text): ModelContext {
  const { t } = text;
  const stageById = new Map(rules.stages.map((s) => [s.id, s]));
  const personaById = new Map(rules.personas.map((p) => [p.id, p]));
  return {
    rules,
    text,
    plain,
    stageById,
    calendarById: new Map(rules.calendars.map((c) => [c.id, c])),
    stageLabel: stageLabeler(stageById, text),
    teamName: (team) => t(`team.name.${team}`),
    teamSubject: (team) => t(`team.subject.${team}`),
    personaName: (id) => text.data(personaById.get(id)?.name ?? id),
    condition: (c) => conditionText(c, text),
    optional: (s) => (s === null || s.trim() === '' ? null : text.data(s)),
    compiler: text.data(`${rules.compiler.name} ${rules.compiler.version}`),
  };
}

/** A stage as readers know it: its name, else the standard name of its kind. */
export function stageName(stage: RuleStage, text: Text): Safe {
  return stage.name !== null ? text.data(stage.name) : text.t(`stageKind.${stage.kind}`);
}

/** Stage labels in the words of `text`; the funnel chart asks for a second, unescaped, set. */
export function stageLabeler(stageById: ReadonlyMap<string, RuleStage>, text: Text): (id: string) => Safe {
  return (id) => {
    const stage = stageById.get(id);
    return stage ? stageName(stage, text) : text.data(id);
  };
}
