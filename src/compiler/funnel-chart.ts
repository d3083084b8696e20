/**
 * The reverse funnel as a picture: its data (stages, counts, conversions) and, for
 * Markdown, a Mermaid flowchart (GitHub renders a ```mermaid block). HTML draws the same
 * data with Vega (render/charts/specs.ts funnelSpec, via documents/render.ts). Pure: the
 * caller passes labels already translated and numbers already formatted; this module only
 * knows Mermaid's syntax and how to keep data from breaking out of it.
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
