/**
 * The report as one self-contained HTML page (inline CSS, no script, no external request:
 * a Content-Security-Policy in the page says so too). The template is
 * templates/report/report.html.hbs, loaded with the documents' loader (compiler/
 * templates.ts) so a --templates folder can override it like any other template.
 *
 * Handlebars: a private instance, strict (a missing field is a bug, not an empty cell),
 * known helpers only (the built-in if/each; no custom helper is needed because every
 * value arrives formatted), and every value printed with {{ }}, which HTML-escapes it.
 * A test keeps triple-stashes out of the template.
 */
import Handlebars from 'handlebars';
import { checkHtmlNesting, guard } from '../../render/handlebars.js';
import { compileTeamTemplate, type TagOrigins } from '../../render/team-template.js';
import { loadTemplates, type TemplateSet } from '../../render/templates.js';
import type { ComplianceReport, Status } from '../../engine/types.js';
import type { ReportText } from './messages.js';
import type { RecordUrl } from './links.js';
import { reportChartsSvg, type ChartsBySection } from './charts.js';
import { buildModel, type Tone } from './model.js';
import { Safe } from '../../render/safe.js';

export const HTML_TEMPLATE = 'report/report.html.hbs';

type CompileOptions = NonNullable<Parameters<typeof Handlebars.compile>[1]>;
const COMPILE_OPTIONS: CompileOptions = { strict: true, knownHelpers: {}, knownHelpersOnly: true, preventIndent: true };

/** CSS classes by tone: fixed names, never data. */
const TONE_CLASS: Record<Status, string> = { pass: 'pass', fail: 'fail', 'no-data': 'no-data' };

const hb = Handlebars.create();
const compiled = new Map<string, Handlebars.TemplateDelegate>();

/** With `origins`, compiled afresh to mark where a team's tags come from (checkHtmlNesting). */
function template(templates: TemplateSet, origins?: TagOrigins): Handlebars.TemplateDelegate {
  const source = templates.templates[HTML_TEMPLATE];
  if (source === undefined) throw new Error(`templates: ${HTML_TEMPLATE} is missing`);
  // By file as well as text: a failure names the file the template came from.
  const cacheKey = `${templates.overrides[HTML_TEMPLATE] ?? ''}\0${source}`;
  let fn = origins ? undefined : compiled.get(cacheKey);
  if (!fn) {
    // Guarded: a mistake in a team's own template (--templates) is reported at its file:line;
    // a team's is also kept from printing an object or a list (team-template.ts).
    const team = Object.hasOwn(templates.overrides, HTML_TEMPLATE);
    const marks = origins && { key: HTML_TEMPLATE, origins };
    fn = guard(templates, HTML_TEMPLATE, source, team ? compileTeamTemplate(hb, source, COMPILE_OPTIONS, marks) : hb.compile(source, COMPILE_OPTIONS), []);
    if (!origins) compiled.set(cacheKey, fn);
  }
  return fn;
}

/**
 * Async because the charts are drawn by Vega (svg.ts), whose rendering is; everything else
 * is the same pure mapping as the other formats.
 */
export async function renderHtml(report: ComplianceReport, text: ReportText, templates?: TemplateSet, recordUrl?: RecordUrl): Promise<string> {
  const charts: ChartsBySection = await reportChartsSvg(report, text);
  const model = buildModel(report, text, { breakdownRows: 100, recordUrl });
  const cls = (tone: Tone, numeric: boolean) => [numeric ? 'num' : '', tone === null ? '' : TONE_CLASS[tone]].filter(Boolean).join(' ');
  let headingId = 0;

  const view = {
    lang: text.lang,
    title: `${model.title}: ${model.subject} · ${model.periodLabel}`,
    heading: `${model.title}: ${model.subject}`,
    contractTitle: model.contractTitle,
    facts: model.facts,
    verdict: { cls: `verdict-${TONE_CLASS[model.status]}`, status: text.overall[model.status], text: model.verdict },
    sections: model.sections.map((section) => {
      const sectionId = `sec-${++headingId}`;
      return {
        id: sectionId,
        title: section.title,
        summary: section.summary,
        // Inline SVG made by svg.ts: every data string in it is escaped there.
        charts: (charts[section.key as keyof ChartsBySection] ?? []).map((svg) => new Safe(svg)),
        tables: section.tables.map((table) => {
          const tableHeadingId = table.heading === null ? null : `sec-${++headingId}`;
          return {
            heading: table.heading,
            headingId: tableHeadingId,
            labelledBy: tableHeadingId ?? sectionId,
            columns: table.columns.map((c) => ({ label: c.label, cls: cls(null, c.numeric) })),
            rows: table.rows.map((row) => ({
              cells: table.columns.map((c, i) => ({
                text: row[i]?.text ?? '',
                // Pieces linked to a CRM record (links.ts: https only, the id percent-encoded); {{href}} escapes the attribute.
                parts: row[i]?.parts ?? null,
                cls: [cls(row[i]?.tone ?? null, c.numeric), c.long ? 'long' : ''].filter(Boolean).join(' '),
                // The first cell names the row (an SLA, a step, a lead): a row header.
                header: i === 0 && table.rowHeader,
              })),
            })),
            more: table.note,
          };
        }),
      };
    }),
    generatedBy: text.generatedBy,
  };
  const set = templates ?? loadTemplates();
  const page = template(set)(view);
  await checkHtmlNesting(set, HTML_TEMPLATE, page, (origins) => template(set, origins)(view));
  return page;
}
