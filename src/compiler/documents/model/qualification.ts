import type { Safe } from '../../../render/safe.js';
import type { ModelContext } from './context.js';

/** What a qualified lead is: personas, fit and engagement, the scoring rules and the thresholds. */
export function qualificationModel({ rules, text, stageLabel, personaName, condition, optional }: ModelContext) {
  const q = rules.qualification;
  if (!q) return null;
  const { t } = text;
  const scoring = q.scoring
    ? {
        rules: q.scoring.rules.map((r) => ({
          id: text.code(r.id),
          description: r.description !== null ? text.data(r.description) : text.code(r.id),
          when: condition(r.when),
          category: t(`qualification.category.${r.category}`),
          award: text.points(r.points),
          max: r.max !== null ? text.number(r.max) : t('table.none'),
        })),
        caps: (['fit', 'engagement', 'total'] as const).flatMap((k) => {
          const cap = q.scoring?.caps[k];
          return cap === null || cap === undefined ? [] : [t(`qualification.cap.${k}`, { points: text.number(cap) })];
        }),
        decay: q.scoring.decay
          ? t(`qualification.decay.${q.scoring.decay.category}`, { by: text.percent(q.scoring.decay.by), every: text.duration(q.scoring.decay.every) })
          : null,
      }
    : null;
  const thresholds = q.thresholds.map((th) => {
    const extras: Safe[] = [];
    if (th.minFit !== null) extras.push(t('qualification.minFit', { points: text.number(th.minFit) }));
    if (th.minEngagement !== null) extras.push(t('qualification.minEngagement', { points: text.number(th.minEngagement) }));
    const base = t('qualification.threshold', { stage: stageLabel(th.stage), score: text.number(th.score) });
    return extras.length > 0
      ? t('qualification.thresholdWith', { threshold: base, extras: text.and(extras) })
      : t('qualification.thresholdOnly', { threshold: base });
  });
  return {
    description: optional(q.description),
    personas: q.personas.length > 0 ? t('qualification.personas', { personas: text.or(q.personas.map(personaName)) }) : null,
    fit: q.fit ? t('qualification.fit', { condition: condition(q.fit) }) : null,
    engagement: q.engagement ? t('qualification.engagement', { condition: condition(q.engagement) }) : null,
    scoring,
    thresholds,
  };
}
