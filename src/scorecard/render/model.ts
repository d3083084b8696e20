/**
 * The report card in the words of one locale, every value escaped for one output
 * (Markdown, HTML or the terminal) through the documents' `Text`: the view the Handlebars
 * templates and the text renderer share. Trend arrows are symbols, not words, so they
 * read the same in every language; their meaning is in the legend and, in HTML, in a
 * title on each arrow.
 */
import type { Safe } from '../../render/safe.js';
import type { Text } from '../../render/text.js';
import type { ScorecardReport, Trend } from '../types.js';

export const TREND_ARROWS: Record<Trend, string> = { up: '↑', down: '↓', same: '→', new: '•' };

export interface CardRow {
  id: Safe;
  need: Safe;
  /** One per period; "—" where the need was not graded. */
  cells: { grade: Safe; cls: string }[];
  /** Raw grades for charts: null where not graded. */
  grades: (string | null)[];
  trend: { arrow: string; word: Safe; cls: string } | null;
  comment: Safe | null;
}

export interface ScorecardView {
  lang: string;
  title: Safe;
  facts: { label: Safe; value: Safe }[];
  scale: { grade: Safe; meaning: Safe | null }[];
  hasMeanings: boolean;
  commentBelow: Safe;
  periods: Safe[];
  cards: { side: string; heading: Safe; intro: Safe; gradedBy: Safe; rows: CardRow[] }[];
  legend: Safe;
  actions: { intro: Safe; items: { grade: Safe; gradeCls: string; id: Safe; need: Safe; owner: Safe; gradedBy: Safe; comment: Safe }[] };
  files: Safe;
}

/**
 * A CSS class per grade of the scale, best first: the best grade "good", the action
 * grades "poor" and, for the very worst, "bad"; anything between "fair".
 */
export function gradeTones(report: ScorecardReport): string[] {
  return report.scale.map((g, rank) =>
    rank === 0 ? 'tone-good' : rank === report.scale.length - 1 ? 'tone-bad' : report.actionGrades.includes(g.grade) ? 'tone-poor' : 'tone-fair',
  );
}

export function buildView(report: ScorecardReport, text: Text): ScorecardView {
  const { t } = text;
  const none = t('table.none');
  const grades = (list: readonly string[]) => text.or(list.map((g) => text.data(g)));
  const tones = gradeTones(report);
  const gradeClass = (grade: string) => tones[report.scale.findIndex((g) => g.grade === grade)] ?? '';

  return {
    lang: text.locale,
    title: t('reportCard.heading', { title: report.contract.title ?? report.contract.name }),
    facts: [
      { label: t('reportCard.contract'), value: t('reportCard.contractValue', { name: text.code(report.contract.name), version: report.contract.version }) },
      { label: t('reportCard.period'), value: text.data(report.current) },
      {
        label: t('reportCard.periods'),
        value: text.join(
          report.periods.map((p) => text.data(p)),
          'list.separator',
        ),
      },
      {
        label: t('reportCard.scale'),
        value: text.join(
          report.scale.map((g) => text.data(g.grade)),
          'list.separator',
        ),
      },
    ],
    scale: report.scale.map((g) => ({ grade: text.data(g.grade), meaning: g.meaning === null ? null : text.data(g.meaning) })),
    hasMeanings: report.scale.some((g) => g.meaning !== null),
    commentBelow: t('reportCard.commentBelow', { grade: text.data(report.commentBelow) }),
    periods: report.periods.map((p) => text.data(p)),
    cards: report.sides.map((s) => ({
      side: s.side,
      heading: t(`reportCard.card.${s.side}`),
      intro: t(`reportCard.cardIntro.${s.side}`),
      gradedBy: t('reportCard.gradedBy', { grader: s.grader.name, date: text.date(s.date) }),
      rows: s.needs.map((n) => ({
        id: text.code(n.id),
        need: text.data(n.need),
        cells: n.grades.map((g) => (g === null ? { grade: none, cls: '' } : { grade: text.data(g), cls: gradeClass(g) })),
        grades: n.grades,
        trend: n.trend === null ? null : { arrow: TREND_ARROWS[n.trend], word: t(`reportCard.trendWord.${n.trend}`), cls: `trend-${n.trend}` },
        comment: n.comment === null ? null : text.data(n.comment),
      })),
    })),
    legend: t('reportCard.legend'),
    actions: {
      intro:
        report.actions.length > 0
          ? t('reportCard.actionsIntro', { grades: grades(report.actionGrades), period: report.current })
          : t('reportCard.noActions', { grades: grades(report.actionGrades), period: report.current }),
      items: report.actions.map((a) => ({
        grade: text.data(a.grade),
        gradeCls: gradeClass(a.grade),
        id: text.code(a.need),
        need: text.data(a.needText),
        owner: t('reportCard.ownerValue', { team: t(`team.name.${a.owner}`), name: a.ownerName }),
        gradedBy: t(`team.name.${a.gradedBy}`),
        comment: a.comment === null ? none : text.data(a.comment),
      })),
    },
    files: t('reportCard.files', {
      files: text.join(
        report.files.map((f) => text.code(f)),
        'list.separator',
      ),
    }),
  };
}
