/**
 * rules → the agreement as one Markdown or HTML document. Pure: takes the IR and a
 * loaded TemplateSet, returns a string; no clock, no files, no randomness, so identical
 * input gives byte-identical output.
 *
 *   1. text      escaping per format, Intl formatting per locale, `t` over the locale files
 *   2. model     the IR turned into what a reader sees, every string already escaped
 *   3. render    a private Handlebars instance, strict, with its helpers registered
 */
import type { RulesIR } from '../ir.js';
import type { TemplateSet } from '../../render/templates.js';
import { ESCAPERS } from '../../render/escape.js';
import { checkHtmlNesting, createCompiler, tidy } from '../../render/handlebars.js';
import type { TagOrigins } from '../../render/team-template.js';
import { buildModel } from './model/build.js';
import { createContext } from './model/context.js';
import { funnelChartData } from './model/targets.js';
import type { FunnelChart } from '../funnel-chart.js';
import { funnelSpec } from '../../render/charts/specs.js';
import { chartSvg } from '../../render/charts/svg.js';
import type { RenderAgreementOptions } from './options.js';
import { createText } from '../../render/text.js';

/**
 * The agreement as one Markdown or HTML document. A mistake in a team's own template
 * (--templates) throws a TemplateError (a UsageError at its file:line), HTML that does not
 * nest as written included; anything else thrown is a bug. HTML comes back as a promise: its funnel chart is drawn by Vega
 * (render/charts), whose rendering is asynchronous; Markdown draws Mermaid and stays a
 * plain function (the GitHub Action renders only Markdown and carries no Vega).
 */
export function renderAgreement(rules: RulesIR, templates: TemplateSet, options: RenderAgreementOptions & { format: 'md' }): string;
export function renderAgreement(rules: RulesIR, templates: TemplateSet, options: RenderAgreementOptions & { format: 'html' }): Promise<string>;
export function renderAgreement(rules: RulesIR, templates: TemplateSet, options: RenderAgreementOptions): string | Promise<string>;
export function renderAgreement(rules: RulesIR, templates: TemplateSet, options: RenderAgreementOptions): string | Promise<string> {
  const textOptions = { ...options, currency: rules.contract.currency };
  const text = createText(templates, textOptions, ESCAPERS[options.format]);
  // The chart escapes for its own syntax (Mermaid, SVG), so it takes its words unescaped.
  const plain = createText(templates, textOptions, ESCAPERS.plain);
  const key = `docs/agreement.${options.format}.hbs`;
  const render = (funnelSvg: string | null, origins?: TagOrigins) => {
    const model = buildModel(rules, text, plain, funnelSvg);
    const compile = createCompiler(templates, text, origins);
    return tidy(compile(key)(model));
  };
  if (options.format === 'md') return render(null);
  const funnel = funnelChartData(createContext(rules, text, plain));
  const html = async (funnelSvg: string | null) => {
    const out = render(funnelSvg);
    await checkHtmlNesting(templates, key, out, (origins) => render(funnelSvg, origins));
    return out;
  };
  return funnel === null ? html(null) : drawFunnel(funnel).then(html);
}

/** The reverse funnel as inline SVG: centred bars whose widths follow the counts, the conversions between them. */
function drawFunnel(chart: FunnelChart): Promise<string> {
  const stages = chart.bars.map((bar, i) => ({ ...bar, linkText: chart.links.find((l) => l.to === i)?.label ?? '' }));
  const text = { title: chart.title, description: chart.description };
  return chartSvg(funnelSpec(stages, text), text, { id: 'funnel', className: 'funnel' });
}
