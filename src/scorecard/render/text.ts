/**
 * The report card for a terminal, in the locale's words: the facts, one table per card
 * (need id, a column per period, the trend arrow) with comments under their row, the
 * legend, and the action items. Data is cleaned of control characters so a grade file
 * cannot drive the terminal.
 */
import type { DocumentLocale } from '../../render/locale.js';
import { createText } from '../../render/text.js';
import type { Escaper } from '../../render/escape.js';
import { oneLine } from '../../render/escape.js';
import type { TemplateSet } from '../../render/templates.js';
import { clean, displayWidth } from '../../render/format.js';
import type { ScorecardReport } from '../types.js';
import { buildView } from './model.js';

const TERMINAL: Escaper = {
  data: (s) => clean(oneLine(s)),
  literal: (s) => s,
  code: (s) => clean(oneLine(s)),
  strong: (s) => s,
};

const INDENT = '  ';
const GAP = '  ';

export function renderScorecardText(report: ScorecardReport, templates: TemplateSet, locale: DocumentLocale): string {
  const text = createText(templates, { locale, format: 'md', currency: 'XXX' }, TERMINAL);
  const view = buildView(report, text);
  const out: string[] = [view.title.value];

  const labelWidth = Math.max(...view.facts.map((f) => displayWidth(f.label.value)));
  for (const f of view.facts) out.push(INDENT + pad(f.label.value, labelWidth) + GAP + f.value.value);
  out.push(INDENT + view.commentBelow.value);

  for (const card of view.cards) {
    out.push('', card.heading.value, INDENT + card.intro.value, INDENT + card.gradedBy.value, '');
    const header = [text.t('reportCard.need').value, ...view.periods.map((p) => p.value), text.t('reportCard.trend').value];
    const rows = card.rows.map((r) => [r.id.value, ...r.cells.map((c) => c.grade.value), r.trend?.arrow ?? text.t('table.none').value]);
    const widths = header.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ''))));
    const line = (cells: string[]) => INDENT + cells.map((c, i) => pad(c, widths[i] ?? 0)).join(GAP);
    out.push(line(header));
    card.rows.forEach((r, i) => {
      out.push(line(rows[i] ?? []));
      if (r.comment !== null) out.push(INDENT + INDENT + r.comment.value);
    });
  }
  out.push('', view.legend.value);

  out.push('', text.t('reportCard.actions').value, INDENT + view.actions.intro.value);
  for (const a of view.actions.items) {
    out.push('', `${INDENT}${a.grade.value}  ${a.id.value} — ${a.need.value}`);
    out.push(`${INDENT}${INDENT}${text.t('reportCard.owner').value}: ${a.owner.value} · ${text.t('reportCard.gradedByTeam').value}: ${a.gradedBy.value}`);
    out.push(`${INDENT}${INDENT}${text.t('reportCard.comment').value}: ${a.comment.value}`);
  }
  out.push('', view.files.value);
  return out.map((l) => l.replace(/[ ]+$/, '')).join('\n') + '\n';
}

function pad(s: string, width: number): string {
  return s + ' '.repeat(Math.max(0, width - displayWidth(s)));
}
