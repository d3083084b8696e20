/**
 * Charts for Markdown: a fenced ```mermaid block with an `xychart-beta` (bars and lines
 * over categories), which GitHub renders in comments, issues and job summaries. Pure: the
 * caller passes translated words and plain numbers.
 *
 * Data cannot break out of the block. In a quoted label only letters, digits, spaces and
 * a few harmless marks pass as they are; anything else (quotes, brackets, backticks, '%'
 * that starts a Mermaid comment or directive, HTML) becomes Mermaid's `#<code>;` entity,
 * which Mermaid turns back into the character when it draws the text. Line breaks become
 * spaces, so a label cannot start a line of its own (and so cannot close the fence).
 */
import type { PeriodPoint, PeriodText } from './specs.js';

export interface XyChart {
  title: string;
  /** One sentence for screen readers (Mermaid's accDescr). */
  description: string;
  x: { title: string; labels: readonly string[] };
  y: { title: string; min: number; max: number };
  /** One series of bars per array, a value per label. */
  bars: readonly (readonly number[])[];
  /** One line per array (a goal or target), a value per label. */
  lines: readonly (readonly number[])[];
}

export function xyChartMermaid(chart: XyChart): string {
  const n = chart.x.labels.length;
  for (const series of [...chart.bars, ...chart.lines]) {
    if (series.length !== n) throw new Error(`chart ${JSON.stringify(chart.title)}: a series has ${series.length} values for ${n} labels`);
  }
  const lines = [
    '```mermaid',
    'xychart-beta',
    `  accTitle: ${mermaidLine(chart.title)}`,
    `  accDescr: ${mermaidLine(chart.description)}`,
    `  title "${mermaidText(chart.title)}"`,
    `  x-axis "${mermaidText(chart.x.title)}" [${chart.x.labels.map((l) => `"${mermaidText(l)}"`).join(', ')}]`,
    `  y-axis "${mermaidText(chart.y.title)}" ${num(chart.y.min)} --> ${num(chart.y.max)}`,
    ...chart.bars.map((series) => `  bar [${series.map(num).join(', ')}]`),
    ...chart.lines.map((series) => `  line [${series.map(num).join(', ')}]`),
    '```',
  ];
  return lines.join('\n');
}

/** A quoted label's text: safe characters as they are, anything else as `#<code>;`. */
export function mermaidText(text: string): string {
  let out = '';
  for (const ch of text.replace(/\s+/g, ' ').trim()) out += /[\p{L}\p{N} .,:()–→-]/u.test(ch) ? ch : `#${ch.codePointAt(0)};`;
  return out;
}

/** accTitle/accDescr run to the end of their line: one line, without the characters that could end the block or start a directive. */
function mermaidLine(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/;/g, ',')
    .replace(/[`#{}<>%"]/g, '')
    .trim();
}

/** A finite number in plain notation, at most two decimals (Mermaid reads no exponents). */
function num(n: number): string {
  if (!Number.isFinite(n)) throw new Error(`chart: ${n} is not a number to draw`);
  return String(Math.round(n * 100) / 100);
}

/** One SLA's attainment per period (a line, in percent) and its target (a second line), for Markdown. Periods without attainment are left out: Mermaid has no gaps. */
export function periodMermaid(points: readonly PeriodPoint[], text: PeriodText): string {
  const measured = points.filter((p): p is PeriodPoint & { attainment: number } => p.attainment !== null);
  const values = measured.flatMap((p) => [p.attainment * 100, p.target * 100]);
  const low = Math.max(0, Math.floor((Math.min(100, ...values) - 10) / 10) * 10);
  return xyChartMermaid({
    title: text.title,
    description: text.description,
    x: { title: text.x, labels: measured.map((p) => p.period) },
    y: { title: text.y, min: low, max: 100 },
    bars: [],
    lines: [measured.map((p) => p.attainment * 100), measured.map((p) => p.target * 100)],
  });
}
