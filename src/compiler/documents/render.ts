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
import { createCompiler, tidy } from '../../render/handlebars.js';
import { buildModel } from './model/build.js';
import type { RenderAgreementOptions } from './options.js';
import { createText } from '../../render/text.js';

/**
 * The agreement as one Markdown or HTML document. A mistake in a team's own template
 * (--templates) throws a TemplateError (a UsageError at its file:line); anything else
 * thrown is a bug.
 */
export function renderAgreement(rules: RulesIR, templates: TemplateSet, options: RenderAgreementOptions): string {
  const textOptions = { ...options, currency: rules.contract.currency };
  const text = createText(templates, textOptions, ESCAPERS[options.format]);
  // The chart escapes for its own syntax (Mermaid, SVG), so it takes its words unescaped.
  const plain = createText(templates, textOptions, ESCAPERS.plain);
  const model = buildModel(rules, text, plain);
  const compile = createCompiler(templates, text);
  return tidy(compile(`docs/agreement.${options.format}.hbs`)(model));
}
