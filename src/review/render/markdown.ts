/**
 * A diff as a pull-request comment (GitHub-flavoured Markdown): a one-line headline, the
 * table of changes, the impact table, and everything else folded into <details>.
 *
 * Every cell goes through the compliance report's `mdText`: no HTML, no table breakage,
 * no @mentions or #references from contract or export text.
 */
import { mdText } from '../../render/escape.js';
import type { Status } from '../../engine/types.js';
import type { Change, DiffReport } from '../types.js';
import {
  commitmentRows,
  diffWords,
  directionKey,
  directionWord,
  headline,
  impactFacts,
  leadsChangedSentence,
  newWarningRows,
  notesText,
  otherRows,
  sideText,
  slaRows,
  summaryText,
  transitionsText,
  versionSentence,
  type DiffWords,
  type ImpactRow,
} from './model.js';
import { where } from './text.js';

const ICON: Record<Status, string> = { pass: '✅', fail: '❌', 'no-data': '⚪' };
const DIRECTION_ICON: Record<ReturnType<typeof directionKey>, string> = { tightened: '🔺', loosened: '🔻', unclear: '⚠️', neutral: '▫️' };

/**
 * `newWarnings: false` leaves out the table of warnings the change brings: the Action's
 * comment lists every warning of the head in its own problems table, the new ones marked.
 */
export function renderDiffMarkdown(r: DiffReport, w: DiffWords = diffWords(), options: { newWarnings?: boolean } = {}): string {
  const { t, report } = w;
  const c = t.columns;
  const shown = r.changes.filter((x) => x.bump !== 'none');
  const verdict = r.version.ok ? '✅' : '❌';
  const out: string[] = [`${verdict} **${mdText(t.title)}** · ${mdText(headline(r, w))}`, ''];

  if (shown.length > 0) {
    out.push(`| | ${mdText(c.change)} | ${mdText(c.affects)} | ${mdText(c.version)} |`, '|---|---|---|---|');
    for (const x of shown)
      out.push(
        `| ${DIRECTION_ICON[directionKey(x)]} ${mdText(directionWord(x, t))} | ${mdText(summaryText(x, w))} | ${mdText(t.affects[x.affects])} | ${mdText(t.bump[x.bump])} |`,
      );
    out.push('');
  }
  out.push(`**${mdText(t.version)}:** ${mdText(versionSentence(r.version, t))}`);
  const warnings = options.newWarnings === false ? [] : newWarningRows(r);
  if (warnings.length > 0) {
    out.push('', `⚠️ **${mdText(t.newWarnings(w.f.count(warnings.length), warnings.length))}**`, '');
    out.push(`| ${mdText(c.where)} | ${mdText(c.warning)} | ${mdText(c.fix)} |`, '|---|---|---|');
    for (const x of warnings) out.push(`| ${mdText(x.where)} | ${mdText(x.warning)} | ${mdText(x.fix)} |`);
  }

  const i = r.impact;
  if (i) {
    out.push('', `#### ${mdText(t.impactOn(i.period.label))}`, '', mdText(impactFacts(i, w)), '');
    const row = (x: ImpactRow, withChanged: boolean) => {
      const [b, h] = x.statusTones;
      const one = (tone: Status | null) => (tone ? `${ICON[tone]} ${mdText(report.status[tone])}` : report.none);
      const status = `${one(b)} → ${one(h)}`;
      return `| ${mdText(x.name)} | ${mdText(x.owner)} | ${mdText(x.before)} | ${mdText(x.after)} | ${status} |${withChanged ? ` ${mdText(x.changed)} |` : ''}`;
    };
    const head = (labels: string[]) => `| ${labels.map(mdText).join(' | ')} |`;
    if (i.slas.length > 0) {
      out.push(head([c.sla, c.owner, c.before, c.after, c.status, c.leadsChanged]), '|---|---|---:|---:|---|---:|');
      for (const x of slaRows(i, w)) out.push(row(x, true));
      out.push('');
    }
    if (i.commitments.length > 0) {
      out.push(head([c.commitment, c.owner, c.before, c.after, c.status]), '|---|---|---:|---:|---|');
      for (const x of commitmentRows(i, w)) out.push(row(x, false));
      out.push('');
    }
    const other = otherRows(i, w);
    if (other.length > 0) {
      out.push(head([c.measure, c.owner, c.before, c.after]), '|---|---|---:|---:|');
      for (const x of other) out.push(`| ${mdText(x.name)} | ${mdText(x.owner)} | ${mdText(x.before)} | ${mdText(x.after)} |`);
      out.push('');
    }
    out.push(mdText(leadsChangedSentence(i, w)));
    for (const note of notesText(i, w)) out.push('', `*${mdText(t.note(note))}*`);
  }

  // The details: every change with its place, values and bump; verdict moves per SLA.
  if (shown.length > 0 || (i && i.slas.some((s) => s.transitions.length > 0))) {
    out.push('', '<details>', `<summary>${mdText(t.details)}</summary>`, '');
    if (shown.length > 0) {
      out.push(head7(w), '|---|---|---|---|---|---|---|');
      for (const x of shown) out.push(detailRow(r, x, w));
    }
    if (i) {
      const moved = i.slas.filter((s) => s.transitions.length > 0);
      if (moved.length > 0) {
        out.push('', `| ${mdText(c.sla)} | ${mdText(c.verdictsThatChange)} |`, '|---|---|');
        for (const s of moved) out.push(`| ${mdText(s.name ?? s.id)} | ${mdText(transitionsText(s, w))} |`);
      }
    }
    out.push('', '</details>');
  }
  return out.join('\n') + '\n';
}

function head7({ t }: DiffWords): string {
  const c = t.columns;
  return `| ${[c.where, c.kind, c.before, c.after, c.direction, c.affects, c.bump].map(mdText).join(' | ')} |`;
}

function detailRow(r: DiffReport, c: Change, w: DiffWords): string {
  const { t } = w;
  return `| ${mdText(where(r, c))} | ${mdText(t.kind[c.kind])} | ${mdText(sideText(c, 'before', w))} | ${mdText(sideText(c, 'after', w))} | ${mdText(directionWord(c, t))} | ${mdText(t.affects[c.affects])} | ${mdText(t.bump[c.bump])} |`;
}
