/**
 * The compliance report in every format `revpact check --format` offers: pure functions
 * in a lookup table (STYLE.md 9). Each applies the privacy rule first (privacy.ts), so no
 * format can show an email or a name that was not asked for.
 *
 * The fixed words come from messages.ts, in the locale asked for (English until a locale has its own).
 */
import type { DocumentLocale } from '../../render/locale.js';
import type { TemplateSet } from '../../render/templates.js';
import type { ComplianceReport } from '../../engine/types.js';
import { renderGithub } from './github.js';
import { renderJson } from './json.js';
import { renderJunit } from './junit.js';
import { renderMarkdown } from './markdown.js';
import type { RecordUrl } from './links.js';
import { reportText } from './messages.js';
import { applyPrivacy } from './privacy.js';
import { renderText } from './text.js';

export const REPORT_FORMATS = ['text', 'json', 'markdown', 'html', 'junit', 'github'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

export interface RenderOptions {
  /** ANSI colour in `text`; the caller decides from the TTY and NO_COLOR. */
  color: boolean;
  /** The contract file as the user named it, for `github` annotations. */
  contractFile?: string;
  /** SLA id → line of that SLA in the contract file, for annotations. */
  slaLines?: Record<string, number>;
  /** Commitment id → line of that commitment in the contract file, for annotations. */
  commitmentLines?: Record<string, number>;
  /**
   * --show-pii. Without it, emails and names are left out and email addresses in lead
   * data are masked. Default: whether the report carries any (the engine adds them only
   * with --show-pii); pass the flag to not depend on that.
   */
  showPii?: boolean;
  /** Templates to render `html` with (compile's --templates); default: the shipped ones. */
  templates?: TemplateSet;
  /** The language of the fixed words (default English). */
  locale?: DocumentLocale;
  /** A lead id → its CRM record (recordUrl(metadata.crm)): Markdown and HTML link lead ids with it. */
  recordUrl?: RecordUrl | undefined;
}

/**
 * HTML is asynchronous (its charts are drawn by Vega), and its module (Handlebars, the
 * chart code) is imported only when a report is rendered as HTML; every other format is a
 * plain function.
 */
export const renderReport = {
  text: (report, options) => renderText(visible(report, options), reportText(options.locale), options.color),
  json: (report, options) => renderJson(visible(report, options)),
  markdown: (report, options) => renderMarkdown(visible(report, options), reportText(options.locale), options.recordUrl),
  html: async (report, options) =>
    (await import('./html.js')).renderHtml(visible(report, options), reportText(options.locale), options.templates, options.recordUrl),
  junit: (report, options) => renderJunit(visible(report, options), reportText(options.locale)),
  github: (report, options) => renderGithub(visible(report, options), reportText(options.locale), options),
} satisfies Record<ReportFormat, (report: ComplianceReport, options: RenderOptions) => string | Promise<string>>;

export function isReportFormat(value: string): value is ReportFormat {
  return (REPORT_FORMATS as readonly string[]).includes(value);
}

function visible(report: ComplianceReport, options: RenderOptions): ComplianceReport {
  return applyPrivacy(report, options.showPii);
}
