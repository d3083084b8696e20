/**
 * The reverse funnel as a picture: a Mermaid flowchart for Markdown (GitHub renders a
 * ```mermaid block) and an inline SVG for HTML. Pure: the caller passes labels already
 * translated and numbers already formatted; this module only knows each syntax and how
 * to keep data from breaking out of it.
 */

export interface FunnelBar {
  /** Stage label, plain text (not escaped). */
  label: string;
  count: number;
  /** `count` formatted for the document's locale. */
  countText: string;
}

export interface FunnelLink {
  /** Indexes into the bars, top of the funnel first. */
  from: number;
  to: number;
  /** Plain text, e.g. "1 in 8" or "25%". */
  label: string;
}

export interface FunnelChart {
  /** Bars from the top of the funnel (most leads) to the bottom. */
  bars: FunnelBar[];
  links: FunnelLink[];
  /** Accessible name and description, plain text. */
  title: string;
  description: string;
}

/** A fenced ```mermaid block: one node per stage with its count, edges labelled with the conversion. */
export function funnelMermaid(chart: FunnelChart): string {
  const lines = ['```mermaid', 'flowchart TD', `  accTitle: ${mermaidLine(chart.title)}`, `  accDescr: ${mermaidLine(chart.description)}`];
  chart.bars.forEach((bar, i) => {
    lines.push(`  s${i}["${mermaidText(bar.label)}<br/>${mermaidText(bar.countText)}"]`);
  });
  for (const link of chart.links) {
    const label = link.label ? `|"${mermaidText(link.label)}"|` : '';
    lines.push(`  s${link.from} -->${label} s${link.to}`);
  }
  lines.push('  classDef stage fill:#e8f1f5,stroke:#2f6f8f,color:#0b2530');
  if (chart.bars.length > 0) lines.push(`  class ${chart.bars.map((_, i) => `s${i}`).join(',')} stage`);
  lines.push('```');
  return lines.join('\n');
}

/**
 * Inside a quoted Mermaid label only letters, digits and a few harmless marks pass as
 * they are; everything else becomes a `#<code>;` entity, so quotes, brackets, backticks
 * (which could close the fence) and HTML cannot escape the label.
 */
function mermaidText(text: string): string {
  let out = '';
  for (const ch of text.replace(/\s+/g, ' ')) out += /[\p{L}\p{N} .,:()–-]/u.test(ch) ? ch : `#${ch.codePointAt(0)};`;
  return out;
}

/** accTitle/accDescr run to the end of the line: keep them on one line and free of fence-closing backticks. */
function mermaidLine(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/[`#;{}<>]/g, '')
    .trim();
}

const SVG_WIDTH = 360;
const ROW = 58;
const BAR_HEIGHT = 26;
const MIN_BAR = 48;
const TOP = 8;

/** Inline SVG: centred bars whose widths follow the counts, each labelled with its stage and count. */
export function funnelSvg(chart: FunnelChart, idPrefix = 'funnel'): string {
  const max = Math.max(1, ...chart.bars.map((b) => b.count));
  const height = TOP + chart.bars.length * ROW;
  const titleId = `${idPrefix}-title`;
  const descId = `${idPrefix}-desc`;
  const parts = [
    `<svg class="funnel" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${SVG_WIDTH} ${height}" width="${SVG_WIDTH}" height="${height}" role="img" aria-labelledby="${titleId} ${descId}">`,
    `<title id="${titleId}">${xml(chart.title)}</title>`,
    `<desc id="${descId}">${xml(chart.description)}</desc>`,
  ];
  chart.bars.forEach((bar, i) => {
    const width = Math.round(MIN_BAR + (SVG_WIDTH - MIN_BAR) * (Math.max(0, bar.count) / max));
    const x = Math.round((SVG_WIDTH - width) / 2);
    const y = TOP + i * ROW;
    parts.push(
      `<g class="funnel-stage">`,
      `<text x="${SVG_WIDTH / 2}" y="${y + 14}" text-anchor="middle" class="funnel-label">${xml(bar.label)}</text>`,
      `<rect x="${x}" y="${y + 20}" width="${width}" height="${BAR_HEIGHT}" rx="4" class="funnel-bar"/>`,
      `<text x="${SVG_WIDTH / 2}" y="${y + 20 + BAR_HEIGHT / 2 + 5}" text-anchor="middle" class="funnel-count">${xml(bar.countText)}</text>`,
      `</g>`,
    );
  });
  parts.push('</svg>');
  return parts.join('\n');
}

function xml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
