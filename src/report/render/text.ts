/**
 * The report for a terminal: aligned columns, ANSI colour only when the caller says so
 * (it decides from the TTY and NO_COLOR). Widths are measured before colour is added, so
 * columns line up either way.
 */
import type { ComplianceReport, Status } from '../../engine/types.js';
import { displayWidth, truncate } from '../../render/format.js';
import type { ReportText } from './messages.js';
import { buildModel, type Cell, type Table, type Tone } from './model.js';

const ANSI = {
  bold: ['\u001b[1m', '\u001b[22m'],
  dim: ['\u001b[2m', '\u001b[22m'],
  red: ['\u001b[31m', '\u001b[39m'],
  green: ['\u001b[32m', '\u001b[39m'],
  yellow: ['\u001b[33m', '\u001b[39m'],
} as const;
type Style = keyof typeof ANSI;

const TONE_STYLE: Record<Status, Style> = { pass: 'green', fail: 'red', 'no-data': 'yellow' };

/** Longest cell in a column before it is cut; keeps one wild value from widening the table. */
const MAX_CELL = 48;
const INDENT = '  ';
const GAP = '  ';

export function renderText(report: ComplianceReport, text: ReportText, color: boolean): string {
  const paint = (s: string, ...styles: Style[]): string => (color && s !== '' ? styles.reduce((acc, st) => ANSI[st][0] + acc + ANSI[st][1], s) : s);
  const tone = (s: string, t: Tone): string => (t === null ? s : paint(s, TONE_STYLE[t]));
  const model = buildModel(report, text, { breakdownRows: 10 });
  const out: string[] = [];

  // Header: what was measured, over which period, as of when, from how many rows.
  out.push(paint(`${model.title}: ${model.subject}`, 'bold') + (model.contractTitle ? ` ${paint(`— ${model.contractTitle}`, 'dim')}` : ''));
  const labelWidth = Math.max(...model.facts.map((f) => displayWidth(f.label)));
  for (const fact of model.facts) out.push(INDENT + paint(pad(fact.label, labelWidth), 'dim') + GAP + fact.value);

  for (const section of model.sections) {
    out.push('', paint(section.title, 'bold') + (section.summary ? paint(`  ${section.summary}`, 'dim') : ''));
    for (const table of section.tables) {
      if (table.heading !== null) out.push('', INDENT + paint(table.heading, 'bold'));
      out.push(...renderTable(table, paint, tone));
      if (table.note !== null) out.push(INDENT + paint(table.note, 'dim'));
    }
  }

  out.push('', paint(`${text.overall[model.status]}:`, 'bold', TONE_STYLE[model.status]) + ' ' + model.verdict);
  return out.map((l) => l.replace(/[ ]+$/, '')).join('\n') + '\n';
}

/**
 * One table: header and rows with columns padded to their widest cell (numbers right-aligned).
 * Long free-text columns go under their row, indented, so the table stays narrow.
 */
function renderTable(table: Table, paint: (s: string, ...st: Style[]) => string, tone: (s: string, t: Tone) => string): string[] {
  const inline = table.columns.map((c, i) => ({ c, i })).filter(({ c }) => !c.long);
  const below = table.columns.map((c, i) => ({ c, i })).filter(({ c }) => c.long);
  const cut = (cellText: string) => truncate(cellText, MAX_CELL);
  const widths = inline.map(({ c, i }) => Math.max(displayWidth(c.label), ...table.rows.map((r) => displayWidth(cut(at(r, i).text)))));
  const line = (cells: { text: string; tone: Tone }[]) =>
    INDENT +
    cells
      .map((cl, k) => {
        const { c } = inline[k] as (typeof inline)[number];
        const w = widths[k] as number;
        const last = k === inline.length - 1;
        return tone(c.numeric ? padStart(cl.text, w) : last ? cl.text : pad(cl.text, w), cl.tone);
      })
      .join(GAP);

  const lines = [paint(line(inline.map(({ c }) => ({ text: c.label, tone: null }))), 'dim')];
  for (const row of table.rows) {
    lines.push(line(inline.map(({ i }) => ({ text: cut(at(row, i).text), tone: at(row, i).tone }))));
    for (const { c, i } of below) lines.push(INDENT + INDENT + paint(`${c.label}:`, 'dim') + ' ' + at(row, i).text);
  }
  return lines;
}

function at(row: Cell[], i: number): Cell {
  return row[i] ?? { text: '', tone: null };
}

function pad(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - displayWidth(s)));
}

function padStart(s: string, width: number): string {
  return ' '.repeat(Math.max(0, width - displayWidth(s))) + s;
}
