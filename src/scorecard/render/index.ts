/**
 * The report card in every format `revpact scorecard --format` offers: pure functions in
 * a lookup table (STYLE.md 9). Text, Markdown and HTML speak the locale's words; JSON is
 * language-neutral.
 */
import type { DocumentLocale } from '../../render/locale.js';
import type { TemplateSet } from '../../render/templates.js';
import type { ScorecardReport } from '../types.js';
import { renderScorecardDocument } from './document.js';
import { renderScorecardJson } from './json.js';
import { renderScorecardText } from './text.js';

export const SCORECARD_FORMATS = ['text', 'md', 'html', 'json'] as const;
export type ScorecardFormat = (typeof SCORECARD_FORMATS)[number];

export interface ScorecardRenderOptions {
  locale: DocumentLocale;
  templates: TemplateSet;
}

/** HTML is asynchronous (its sparklines are drawn by Vega); the other formats are plain functions. */
export const renderScorecard = {
  text: (report, o) => renderScorecardText(report, o.templates, o.locale),
  md: (report, o) => renderScorecardDocument(report, o.templates, { format: 'md', locale: o.locale }),
  html: (report, o) => renderScorecardDocument(report, o.templates, { format: 'html', locale: o.locale }),
  json: (report) => renderScorecardJson(report),
} satisfies Record<ScorecardFormat, (report: ScorecardReport, options: ScorecardRenderOptions) => string | Promise<string>>;
