/**
 * The report card as a Markdown or HTML document, with the agreement's machinery
 * (compiler/documents): the same escaping, translator, Intl formatting and private,
 * strict Handlebars instance, and templates/scorecard/scorecard.<format>.hbs, which a
 * --templates folder can override like any other template. Pure; no clock.
 */
import { ESCAPERS } from '../../render/escape.js';
import { createCompiler } from '../../render/handlebars.js';
import { tidy } from '../../render/handlebars.js';
import type { DocumentFormat } from '../../render/locale.js';
import type { DocumentLocale } from '../../render/locale.js';
import { Safe } from '../../render/safe.js';
import { createText } from '../../render/text.js';
import type { TemplateSet } from '../../render/templates.js';
import type { ScorecardReport } from '../types.js';
import { buildView, gradeTones } from './model.js';
import { sparklineSvg } from './sparkline.js';

/** No money on a report card; Intl still wants a currency code ("XXX": no currency). */
const NO_CURRENCY = 'XXX';

export function renderScorecardDocument(report: ScorecardReport, templates: TemplateSet, options: { format: DocumentFormat; locale: DocumentLocale }): string {
  const textOptions = { ...options, currency: NO_CURRENCY };
  const text = createText(templates, textOptions, ESCAPERS[options.format]);
  const view = buildView(report, text);
  const model = options.format === 'html' ? withSparklines(view, report, createText(templates, textOptions, ESCAPERS.plain)) : view;
  return tidy(createCompiler(templates, text)(`scorecard/scorecard.${options.format}.hbs`)(model));
}

/** Each row gets its chart; the SVG escapes its own words, so they come unescaped. */
function withSparklines(view: ReturnType<typeof buildView>, report: ScorecardReport, plain: ReturnType<typeof createText>) {
  const scale = report.scale.map((g) => g.grade);
  const tones = gradeTones(report);
  return {
    ...view,
    cards: view.cards.map((card, c) => ({
      ...card,
      rows: card.rows.map((row, r) => {
        const need = report.sides[c]?.needs[r];
        const pointLabels = row.grades.map(
          (g, i) => plain.t('reportCard.gradeIn', { period: report.periods[i] ?? '', grade: g ?? plain.t('table.none').value }).value,
        );
        const label = plain.t('reportCard.chartLabel', {
          need: need?.id ?? '',
          grades: plain.join(
            pointLabels.map((p) => new Safe(p)),
            'list.separator',
          ),
        }).value;
        return { ...row, chart: new Safe(sparklineSvg({ grades: row.grades, scale, tones, label, pointLabels })) };
      }),
    })),
  };
}
