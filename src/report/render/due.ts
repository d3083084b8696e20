/**
 * The due-soon list as text (a table for people), JSON, or CSV (lead_id, rule_id, owner,
 * due_at, minutes_left, overdue) for a script; untrusted cells made printable by the
 * render kit. A lead whose due instant has passed reads "overdue since …", never "0m left".
 */
import type { DueItem } from '../due.js';
import { csvText } from '../per-lead.js';
import { clean } from '../../render/format.js';

export const DUE_FORMATS = ['text', 'json', 'csv'] as const;
export type DueFormat = (typeof DUE_FORMATS)[number];

export interface DueReport {
  items: DueItem[];
  total: number;
  asOf: string;
  within: string;
}

function left(item: DueItem): string {
  if (item.overdue) return `overdue since ${item.dueAt}`;
  const m = Math.max(0, Math.round(item.minutesLeft));
  const h = Math.floor(m / 60);
  return `${h > 0 ? `${h}h ` : ''}${m % 60}m${item.clock === 'business' ? ' business' : ''}`;
}

export const renderDue: Record<DueFormat, (r: DueReport) => string> = {
  text(r) {
    const overdue = r.items.filter((i) => i.overdue).length;
    const head =
      `${r.total} lead${r.total === 1 ? '' : 's'} due within ${r.within} as of ${r.asOf}` +
      (overdue > 0 ? ` (${overdue} already overdue${r.total > r.items.length ? ' among those listed' : ''})` : '');
    if (r.items.length === 0) return head + '\n';
    const rows = r.items.map((i) => [clean(i.leadId), clean(i.ruleId), clean(i.owner ?? '–'), i.dueAt, left(i)]);
    const table = [['Lead', 'Rule', 'Owner', 'Due', 'Left'], ...rows];
    const widths = table[0]!.map((_, c) => Math.max(...table.map((row) => (row[c] ?? '').length)));
    const lines = table.map((row) =>
      row
        .map((cell, c) => cell.padEnd(widths[c] ?? 0))
        .join('  ')
        .trimEnd(),
    );
    return [head, '', ...lines, ''].join('\n') + (r.total > r.items.length ? `(${r.total - r.items.length} more not listed)\n` : '');
  },
  json(r) {
    return JSON.stringify({ asOf: r.asOf, within: r.within, total: r.total, leads: r.items }, null, 2) + '\n';
  },
  csv(r) {
    const lines = [
      'lead_id,rule_id,owner,due_at,minutes_left,overdue',
      ...r.items.map((i) => [csvText(i.leadId), csvText(i.ruleId), csvText(i.owner ?? ''), i.dueAt, String(i.minutesLeft), String(i.overdue)].join(',')),
    ];
    return lines.join('\r\n') + '\r\n';
  },
};
