/**
 * A diff for the terminal: the headline, one aligned row per change, the version verdict
 * and the impact tables. Every string from a contract or an export goes through clean().
 */
import { clean, displayWidth } from '../../render/format.js';
import type { Change, DiffReport } from '../types.js';
import {
  commitmentRows,
  diffWords,
  directionWord,
  headline,
  impactFacts,
  leadsChangedSentence,
  newWarningRows,
  notesText,
  otherRows,
  slaRows,
  summaryText,
  versionSentence,
  type DiffWords,
  type ImpactRow,
} from './model.js';

export function renderDiffText(r: DiffReport, w: DiffWords = diffWords()): string {
  const { t } = w;
  const c = t.columns;
  const out: string[] = [`${t.title} · ${clean(headline(r, w))}`, ''];
  const shown = r.changes.filter((x) => x.bump !== 'none');
  if (shown.length > 0) {
    out.push(t.changes);
    out.push(
      ...table(
        [c.direction, c.affects, c.bump, c.change, c.where],
        shown.map((x) => [directionWord(x, t), t.affects[x.affects], t.bump[x.bump], clean(summaryText(x, w)), where(r, x)]),
        '  ',
      ),
    );
    out.push('');
  }
  out.push(`${t.version}: ${versionSentence(r.version, t)}`);
  const warnings = newWarningRows(r);
  if (warnings.length > 0) {
    out.push('', t.newWarnings(w.f.count(warnings.length), warnings.length));
    for (const x of warnings) out.push(`  ${clean(x.where)}  ${clean(x.warning)}${x.fix ? ` (${clean(x.fix)})` : ''}`);
  }

  const i = r.impact;
  if (i) {
    out.push('', t.impactOn(clean(impactFacts(i, w))));
    const rows = (list: ImpactRow[]) => list.map((x) => [clean(x.name), x.owner, x.before, x.after, x.status, x.changed]);
    if (i.slas.length > 0) out.push('', ...table([c.sla, c.owner, c.before, c.after, c.status, c.leadsChanged], rows(slaRows(i, w)), '  '));
    if (i.commitments.length > 0)
      out.push(
        '',
        ...table(
          [c.commitment, c.owner, c.before, c.after, c.status],
          rows(commitmentRows(i, w)).map((x) => x.slice(0, 5)),
          '  ',
        ),
      );
    const other = otherRows(i, w);
    if (other.length > 0)
      out.push(
        '',
        ...table(
          [c.measure, c.owner, c.before, c.after],
          rows(other).map((x) => x.slice(0, 4)),
          '  ',
        ),
      );
    out.push('', leadsChangedSentence(i, w));
    for (const note of notesText(i, w)) out.push(t.note(clean(note)));
  }
  return out.join('\n') + '\n';
}

export function where(r: DiffReport, c: Change): string {
  const file = c.side === 'base' ? r.base.source : r.head.source;
  return c.line === undefined ? `${clean(file)}#${clean(c.pointer)}` : `${clean(file)}:${c.line}`;
}

/** Left-aligned columns; the last column is not padded. */
export function table(header: string[], rows: string[][], indent: string): string[] {
  const widths = header.map((h, col) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[col] ?? ''))));
  const line = (cells: string[]) =>
    indent +
    cells
      .map((cell, col) => (col === cells.length - 1 ? cell : cell + ' '.repeat(Math.max(0, (widths[col] ?? 0) - displayWidth(cell)))))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)];
}
