import type { RuleCommitment } from '../../ir.js';
import { EMPTY, type Safe } from '../../../render/safe.js';
import { TEAMS, type ModelContext } from './context.js';

/** Each team's commitments, one sentence each, marketing's first. */
export function commitmentsModel(ctx: ModelContext) {
  const { rules, text, teamName, optional } = ctx;
  return TEAMS.flatMap((team) => {
    const items = rules.commitments
      .filter((c) => c.owner === team)
      .map((c) => ({ id: text.code(c.id), sentence: commitmentSentence(c, ctx), description: optional(c.description) }));
    return items.length > 0 ? [{ team: teamName(team), heading: text.t(`commitments.byTeam.${team}`), items }] : [];
  });
}

/** "Marketing brings at least 120 leads into MQL every month (counting leads where …)." */
function commitmentSentence(c: RuleCommitment, { text, stageLabel, teamSubject, condition }: ModelContext): Safe {
  const { t } = text;
  const common = {
    who: teamSubject(c.owner),
    every: t(`period.every.${c.period}`),
    segment: c.when ? t('commitments.segment', { condition: condition(c.when) }) : EMPTY,
  };
  switch (c.kind) {
    case 'volume':
      return t('commitments.volume', { ...common, goal: text.number(c.goal), stage: stageLabel(c.stage) });
    case 'conversion':
      return t('commitments.conversion', { ...common, goal: text.percent(c.goal), from: stageLabel(c.from), to: stageLabel(c.to) });
    case 'pipeline':
      return t('commitments.pipeline', { ...common, goal: text.money(c.goal), stage: stageLabel(c.stage) });
    case 'revenue':
      return t('commitments.revenue', { ...common, goal: text.money(c.goal) });
  }
}
