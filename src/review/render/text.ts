/**
 * A diff for the terminal: the headline, one aligned row per change, the version verdict
 * and the impact tables. Every string from a contract or an export goes through clean().
 */
import { clean, displayWidth } from '../../render/format.js';
import type { Change, DiffReport } from '../types.js';
import { commitmentRows, directionWord, headline, impactFacts, leadsChangedSentence, otherRows, slaRows, versionSentence, type ImpactRow } from './model.js';

export function renderDiffText(r: DiffReport): string {
  const out: string[] = [`revpact diff · ${clean(headline(r))}`, ''];
  const shown = r.changes.filter((c) => c.bump !== 'none');
  if (shown.length > 0) {
    out.push('Changes');
    out.push(
      ...table(
        ['Direction', 'Affects', 'Bump', 'Change', 'Where'],
        shown.map((c) => [directionWord(c), c.affects, c.bump, clean(c.summary), where(r, c)]),
        '  ',
      ),
    );
    out.push('');
  }
  out.push(`Version: ${versionSentence(r.version)}`);

  const i = r.impact;
  if (i) {
    out.push('', `Impact on ${clean(impactFacts(i))}`);
    const rows = (list: ImpactRow[]) => list.map((x) => [clean(x.name), x.owner, x.before, x.after, x.status, x.changed]);
    if (i.slas.length > 0) out.push('', ...table(['SLA', 'Owner', 'Before', 'After', 'Status', 'Leads changed'], rows(slaRows(i)), '  '));
    if (i.commitments.length > 0)
      out.push(
        '',
        ...table(
          ['Commitment', 'Owner', 'Before', 'After', 'Status'],
          rows(commitmentRows(i)).map((x) => x.slice(0, 5)),
          '  ',
        ),
      );
    const other = otherRows(i);
    if (other.length > 0)
      out.push(
        '',
        ...table(
          ['Measure', 'Owner', 'Before', 'After'],
          rows(other).map((x) => x.slice(0, 4)),
          '  ',
        ),
      );
    out.push('', leadsChangedSentence(i));
    for (const note of i.notes) out.push(`Note: ${clean(note)}`);
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
