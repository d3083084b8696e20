/**
 * rules → the agreement as a document people read, in Markdown or HTML, in en/es/pt/ca.
 * The public entry of documents/, where the work is split by concern:
 *
 *   render.ts           renderAgreement: text → model → Handlebars, then tidy
 *   options.ts          the formats and locales a document can be rendered in
 *   escape.ts           escaping per format (Markdown, HTML, plain), @mention neutralizing
 *   messages.ts         `t`: locale lookup with English fallback, plural forms, {placeholders}
 *   intl.ts             numbers, money, percentages, dates and lists through Intl
 *   text.ts             all of the above for one document, every result a `Safe`
 *   safe.ts             `Safe`: a string already escaped for the format
 *   model/build.ts      the view model, one builder per section (model/<section>.ts, named
 *                       after its partial), sharing model/context.ts
 *   handlebars.ts       the private, strict Handlebars instance and its helpers
 */
export { renderAgreement } from './documents/render.js';
export { type RenderAgreementOptions } from './documents/options.js';
export { DOCUMENT_FORMATS, DOCUMENT_LOCALES, type DocumentFormat, type DocumentLocale } from '../render/locale.js';
