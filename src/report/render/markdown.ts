/**
 * The report for a pull-request comment or a job summary (GitHub-flavoured Markdown): a
 * one-line headline, tables, and <details> for the long parts.
 *
 * Every cell goes through `mdText`. Data from an export cannot end a table row or cell,
 * open HTML, a link or emphasis, or notify anyone: an '@' is followed by a zero-width
 * joiner (GitHub's mention and team syntax needs a word character right after it), and
 * so is a '#' before a digit (no issue cross-references from data).
 */
import type { ComplianceReport, Status } from '../../engine/types.js';
import { mdText } from '../../render/escape.js';
import type { ReportText } from './messages.js';
import type { RecordUrl } from './links.js';
import { reportChartsMermaid, type ChartsBySection } from './charts.js';
import { buildModel, type Cell, type Section, type SectionKey, type Table } from './model.js';

const ICON: Record<Status, string> = { pass: '✅', fail: '❌', 'no-data': '⚪' };
/** Sections folded into <details>: useful, but long, and not what a reviewer reads first. */
const FOLDED: ReadonlySet<SectionKey> = new Set(['dataQuality', 'breakdowns']);

export function renderMarkdown(report: ComplianceReport, text: ReportText, recordUrl?: RecordUrl): string {
  const model = buildModel(report, text, { breakdownRows: 25, recordUrl });
  // Mermaid charts (GitHub draws them) under the titles of the SLA, commitment and funnel sections.
  const charts: ChartsBySection = reportChartsMermaid(report, text);
  const out: string[] = [];

  // Headline: one line a reviewer can act on; then the facts, as-of included.
  out.push(
    `${ICON[model.status]} **${mdText(`${model.title}: ${model.subject}`)}** · ${mdText(model.periodLabel)} — **${mdText(text.overall[model.status])}**: ${mdText(model.verdict)}`,
  );
  out.push('');
  if (model.contractTitle) out.push(`*${mdText(model.contractTitle)}*`, '');
  out.push(model.facts.map((f) => `**${mdText(f.label)}:** ${mdText(f.value)}`).join('<br>\n'));

  for (const section of model.sections) {
    out.push('');
    if (FOLDED.has(section.key)) out.push(...folded(section));
    else out.push(...open(section));
  }
  return out.join('\n') + '\n';

  function open(section: Section): string[] {
    const lines = [`### ${mdText(section.title)}`];
    if (section.summary) lines.push('', mdText(section.summary));
    for (const chart of charts[section.key as keyof ChartsBySection] ?? []) lines.push('', chart);
    for (const table of section.tables) lines.push('', ...tableBlock(table, '####'));
    return lines;
  }

  function folded(section: Section): string[] {
    const title = section.summary ? `${section.title}: ${section.summary}` : section.title;
    if (section.tables.length === 0) return [`### ${mdText(section.title)}`, '', mdText(section.summary ?? '')];
    // Blank lines around the body: GitHub renders Markdown inside <details> only then.
    const lines = ['<details>', `<summary>${mdText(title)}</summary>`];
    for (const table of section.tables) lines.push('', ...tableBlock(table, '####'));
    lines.push('', '</details>');
    return lines;
  }

  function tableBlock(table: Table, heading: string): string[] {
    const lines: string[] = [];
    if (table.heading !== null) lines.push(`${heading} ${mdText(table.heading)}`, '');
    lines.push(`| ${table.columns.map((c) => mdText(c.label)).join(' | ')} |`);
    lines.push(`|${table.columns.map((c) => (c.numeric ? '---:' : '---')).join('|')}|`);
    for (const row of table.rows) {
      lines.push(`| ${table.columns.map((_, i) => cellText(row[i] ?? { text: '', tone: null })).join(' | ')} |`);
    }
    if (table.note !== null) lines.push('', `*${mdText(table.note)}*`);
    return lines;
  }

  function cellText({ text: s, tone, parts }: Cell): string {
    const escaped = parts ? parts.map((p) => (p.href === null ? mdText(p.text) : `[${mdText(p.text)}](${mdUrl(p.href)})`)).join('') : mdText(s);
    if (tone === null) return escaped;
    return tone === 'fail' ? `${ICON[tone]} **${escaped}**` : `${ICON[tone]} ${escaped}`;
  }
}

/**
 * A URL as a Markdown link destination inside a table cell: the characters that would end
 * the destination, the cell or the row (parentheses, angle brackets, pipes, spaces,
 * backslashes, quotes) percent-encoded. The lead id in it is already encoded (links.ts).
 */
export function mdUrl(url: string): string {
  return url.replace(/[\s()<>|\\`"'[\]]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
