/**
 * A diff as a pull-request comment (GitHub-flavoured Markdown): a one-line headline, the
 * table of changes, the impact table, and everything else folded into <details>.
 *
 * Every cell goes through the compliance report's `mdText`: no HTML, no table breakage,
 * no @mentions or #references from contract or export text.
 */
import { mdText } from '../../render/escape.js';
import { EN } from '../../report/render/messages.js';
import type { Status } from '../../engine/types.js';
import type { Change, DiffReport } from '../types.js';
import {
  commitmentRows,
  directionWord,
  headline,
  impactFacts,
  leadsChangedSentence,
  otherRows,
  slaRows,
  transitionsText,
  valueText,
  versionSentence,
  type ImpactRow,
} from './model.js';
import { where } from './text.js';

const ICON: Record<Status, string> = { pass: '✅', fail: '❌', 'no-data': '⚪' };
const DIRECTION_ICON: Record<string, string> = { tighter: '🔺', looser: '🔻', review: '⚠️', neutral: '▫️' };

export function renderDiffMarkdown(r: DiffReport): string {
  const shown = r.changes.filter((c) => c.bump !== 'none');
  const verdict = r.version.ok ? '✅' : '❌';
  const out: string[] = [`${verdict} **revpact diff** · ${mdText(headline(r))}`, ''];

  if (shown.length > 0) {
    out.push('| | Change | Affects | Version |', '|---|---|---|---|');
    for (const c of shown)
      out.push(`| ${DIRECTION_ICON[directionWord(c)] ?? ''} ${directionWord(c)} | ${mdText(c.summary)} | ${mdText(c.affects)} | ${c.bump} |`);
    out.push('');
  }
  out.push(`**Version:** ${mdText(versionSentence(r.version))}`);

  const i = r.impact;
  if (i) {
    out.push('', `#### Impact on ${mdText(i.period.label)}`, '', mdText(impactFacts(i)), '');
    const row = (x: ImpactRow, withChanged: boolean) => {
      const [b, h] = x.statusTones;
      const one = (t: Status | null) => (t ? `${ICON[t]} ${EN.status[t]}` : '–');
      const status = `${one(b)} → ${one(h)}`;
      return `| ${mdText(x.name)} | ${mdText(x.owner)} | ${mdText(x.before)} | ${mdText(x.after)} | ${status} |${withChanged ? ` ${mdText(x.changed)} |` : ''}`;
    };
    if (i.slas.length > 0) {
      out.push('| SLA | Owner | Before | After | Status | Leads changed |', '|---|---|---:|---:|---|---:|');
      for (const x of slaRows(i)) out.push(row(x, true));
      out.push('');
    }
    if (i.commitments.length > 0) {
      out.push('| Commitment | Owner | Before | After | Status |', '|---|---|---:|---:|---|');
      for (const x of commitmentRows(i)) out.push(row(x, false));
      out.push('');
    }
    const other = otherRows(i);
    if (other.length > 0) {
      out.push('| Measure | Owner | Before | After |', '|---|---|---:|---:|');
      for (const x of other) out.push(`| ${mdText(x.name)} | ${mdText(x.owner)} | ${mdText(x.before)} | ${mdText(x.after)} |`);
      out.push('');
    }
    out.push(mdText(leadsChangedSentence(i)));
    for (const note of i.notes) out.push('', `*${mdText(`Note: ${note}`)}*`);
  }

  // The details: every change with its place, values and bump; verdict moves per SLA.
  if (shown.length > 0 || (i && i.slas.some((s) => s.transitions.length > 0))) {
    out.push('', '<details>', '<summary>Details</summary>', '');
    if (shown.length > 0) {
      out.push('| Where | Kind | Before | After | Direction | Affects | Bump |', '|---|---|---|---|---|---|---|');
      for (const c of shown) out.push(detailRow(r, c));
    }
    if (i) {
      const moved = i.slas.filter((s) => s.transitions.length > 0);
      if (moved.length > 0) {
        out.push('', '| SLA | Verdicts that change |', '|---|---|');
        for (const s of moved) out.push(`| ${mdText(s.name ?? s.id)} | ${mdText(transitionsText(s))} |`);
      }
    }
    out.push('', '</details>');
  }
  return out.join('\n') + '\n';
}

function detailRow(r: DiffReport, c: Change): string {
  return `| ${mdText(where(r, c))} | ${c.kind} | ${mdText(valueText(c.before))} | ${mdText(valueText(c.after))} | ${directionWord(c)} | ${mdText(c.affects)} | ${c.bump} |`;
}
