import { TEAMS, type ModelContext } from './context.js';

/** How each team grades the other, and what each needs from the other to do its part. */
export function scorecardModel({ rules, text }: ModelContext) {
  const s = rules.scorecard;
  if (!s) return null;
  const { t } = text;
  return {
    intro: t('scorecard.intro', {
      cadence: t(`scorecard.cadence.${s.cadence}`),
      scale: text.join(
        s.scale.map((g) => text.data(g.grade)),
        'list.separator',
      ),
    }),
    commentBelow: t('scorecard.commentBelow', { grade: text.data(s.commentBelow) }),
    scale: s.scale.map((g) => ({ grade: text.data(g.grade), meaning: g.meaning !== null ? text.data(g.meaning) : t('table.none') })),
    hasMeanings: s.scale.some((g) => g.meaning !== null),
    needs: TEAMS.map((team) => ({
      heading: t(`scorecard.needs.${team}`),
      items: s.needs[team].map((n) => ({ id: text.code(n.id), need: text.data(n.need) })),
    })).filter((n) => n.items.length > 0),
  };
}
