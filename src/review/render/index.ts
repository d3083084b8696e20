/** Diff renderers: one pure function per format (STYLE.md 9). */
import type { DocumentLocale } from '../../render/locale.js';
import type { DiffReport } from '../types.js';
import { renderDiffJson } from './json.js';
import { renderDiffMarkdown } from './markdown.js';
import { diffWords } from './model.js';
import { renderDiffText } from './text.js';

export interface DiffRenderOptions {
  locale?: DocumentLocale;
  /** Markdown: false leaves out the warnings the change brings (a page that lists them elsewhere). */
  newWarnings?: boolean;
}

export const DIFF_FORMATS = ['text', 'json', 'markdown'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

/** The diff in every format; text and Markdown in the locale's words (default English), JSON language-neutral. */
export const renderDiff: Record<DiffFormat, (r: DiffReport, options?: DiffRenderOptions) => string> = {
  text: (r, o) => renderDiffText(r, diffWords(o?.locale)),
  json: (r) => renderDiffJson(r),
  markdown: (r, o) => renderDiffMarkdown(r, diffWords(o?.locale), { newWarnings: o?.newWarnings }),
};
