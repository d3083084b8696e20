/** Diff renderers: one pure function per format (STYLE.md 9). */
import type { DiffReport } from '../types.js';
import { renderDiffJson } from './json.js';
import { renderDiffMarkdown } from './markdown.js';
import { renderDiffText } from './text.js';

export const DIFF_FORMATS = ['text', 'json', 'markdown'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

export const renderDiff: Record<DiffFormat, (r: DiffReport) => string> = {
  text: renderDiffText,
  json: renderDiffJson,
  markdown: renderDiffMarkdown,
};
