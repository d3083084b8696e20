/**
 * The report card as a Markdown or HTML document, with the agreement's machinery
 * (compiler/documents): the same escaping, translator, Intl formatting and private,
 * strict Handlebars instance, and templates/scorecard/scorecard.<format>.hbs, which a
 * --templates folder can override like any other template. Pure; no clock.
 */
import { ESCAPERS } from '../../render/escape.js';
import { checkHtmlNesting, createCompiler } from '../../render/handlebars.js';
import { tidy } from '../../render/handlebars.js';
import type { DocumentFormat } from '../../render/locale.js';
import type { DocumentLocale } from '../../render/locale.js';
import { Safe } from '../../render/safe.js';
import { createText } from '../../render/text.js';
import type { TemplateSet } from '../../render/templates.js';
import type { TagOrigins } from '../../render/team-template.js';
import type { ScorecardReport } from '../types.js';
import { buildView, gradeTones } from './model.js';
import { sparkSpec } from '../../render/charts/specs.js';
import { chartSvg } from '../../render/charts/svg.js';

/** No money on a report card; Intl still wants a currency code ("XXX": no currency). */
const NO_CURRENCY = 'XXX';

/**
 * Markdown is a plain function (the Action renders it); HTML is a promise, since its
 * sparklines are drawn by Vega (render/charts), whose rendering is asynchronous.
 */
export function renderScorecardDocument(report: ScorecardReport, templates: TemplateSet, options: { format: 'md'; locale: DocumentLocale }): string;
export function renderScorecardDocument(report: ScorecardReport, templates: TemplateSet, options: { format: 'html'; locale: DocumentLocale }): Promise<string>;
export function renderScorecardDocument(
  report: ScorecardReport,
  templates: TemplateSet,
  options: { format: DocumentFormat; locale: DocumentLocale },
): string | Promise<string>;
export function renderScorecardDocument(
  report: ScorecardReport,
  templates: TemplateSet,
  options: { format: DocumentFormat; locale: DocumentLocale },
): string | Promise<string> {
  const textOptions = { ...options, currency: NO_CURRENCY };
  const text = createText(templates, textOptions, ESCAPERS[options.format]);
  const view = buildView(report, text);
  const key = `scorecard/scorecard.${options.format}.hbs`;
  const render = (model: object, origins?: TagOrigins) => tidy(createCompiler(templates, text, origins)(key)(model));
  if (options.format !== 'html') return render(view);
  return withSparklines(view, report, createText(templates, textOptions, ESCAPERS.plain)).then(async (model) => {
    const html = render(model);
    await checkHtmlNesting(templates, key, html, (origins) => render(model, origins));
    return html;
  });
}

/** Each row gets its chart; the SVG escapes its own words, so they come unescaped. */
async function withSparklines(view: ReturnType<typeof buildView>, report: ScorecardReport, plain: ReturnType<typeof createText>) {
  const scale = report.scale.map((g) => g.grade);
  // gradeTones gives CSS classes ("tone-good"); the chart takes the tone itself.
  const tones = gradeTones(report).map((cls) => cls.replace(/^tone-/, ''));
  return {
    ...view,
    cards: await Promise.all(
      view.cards.map(async (card, c) => ({
        ...card,
        rows: await Promise.all(
          card.rows.map(async (row, r) => {
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
            const points = row.grades.map((g) => {
              const rank = g === null ? -1 : scale.indexOf(g);
              return rank < 0 ? { rank: null, tone: '' } : { rank, tone: tones[rank] ?? 'fair' };
            });
            const svg = await chartSvg(sparkSpec(points, scale.length), { title: label, description: '' }, { id: `spark-${c}-${r}`, className: 'spark' });
            return { ...row, chart: new Safe(svg) };
          }),
        ),
      })),
    ),
  };
}
