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

/** The agreement as one Markdown or HTML document. Throws only on bugs (a template or locale key that does not exist). */
export function renderAgreement(rules: RulesIR, templates: TemplateSet, options: RenderAgreementOptions): string {
  const textOptions = { ...options, currency: rules.contract.currency };
  const text = createText(templates, textOptions, ESCAPERS[options.format]);
  // The chart escapes for its own syntax (Mermaid, SVG), so it takes its words unescaped.
  const plain = createText(templates, textOptions, ESCAPERS.plain);
  const model = buildModel(rules, text, plain);
  const compile = createCompiler(templates, text);
  const source = templates.templates[`docs/agreement.${options.format}.hbs`];
  if (source === undefined) throw new Error(`templates: docs/agreement.${options.format}.hbs is missing`);
  return tidy(compile(source)(model));
}
