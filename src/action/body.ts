/**
 * The pull-request comment and the job summary, as Markdown. Everything that comes from
 * the contract, the grade files or the export goes through `mdText` (no HTML, no table
 * breakage, no @mentions or #references); logins are shown as code, so nobody is pinged.
 * The comment holds nothing that changes from run to run of the same commit (no run id,
 * no clock), so an unchanged review is recognised and not written again.
 */
import type { DocumentLocale } from '../render/locale.js';
import type { Diagnostic } from '../contract/diagnostics.js';
import { mdText } from '../render/escape.js';
import type { DiffReport } from '../review/types.js';
import { renderDiff } from '../review/render/index.js';
import type { SideVerdict } from './approvals.js';
import { COMMENT_MARKER } from './comment.js';

export interface ContractSection {
  /** Path on the head side (or the base side for a removed contract). */
  path: string;
  basePath: string;
  status: 'added' | 'removed' | 'modified' | 'renamed';
  /** Problems of the head side; empty when valid. */
  diagnostics: Diagnostic[];
  /** Why the base side could not be compared, if it could not. */
  baseNote?: string;
  diff?: DiffReport;
  /** The head contract's metadata.locale: the diff and the compliance report speak it (the comment's frame stays English). */
  locale?: DocumentLocale;
  /** The head contract's report on the export, for a new contract (a changed one shows the impact in `diff`). */
  complianceMarkdown?: string;
  approvals: SideVerdict[];
}

export interface CardSection {
  path: string;
  contract: string;
  diagnostics: Diagnostic[];
  /** The card rendered as Markdown, when the grade files are valid. */
  markdown?: string;
  approvals: SideVerdict[];
}

export interface ReviewBody {
  contracts: ContractSection[];
  cards: CardSection[];
  headSha: string;
  version: string;
  /** Notes for the whole review: the export that was simulated, or why none was. */
  notes: string[];
}

const STATE: Record<SideVerdict['state'], string> = {
  approved: '✅ approved',
  waiting: '⏳ waiting',
  'changes-requested': '❌ changes requested',
  stale: '⌛ approved an older commit',
};

const code = (s: string) => `\`${s.replace(/`/g, "'")}\``;

export function renderReviewBody(r: ReviewBody): string {
  const invalid = [...r.contracts, ...r.cards].filter((s) => s.diagnostics.some((d) => d.severity === 'error')).length;
  const verdicts = [...r.contracts.flatMap((c) => c.approvals), ...r.cards.flatMap((c) => c.approvals)];
  const approved = verdicts.length > 0 && verdicts.every((v) => v.state === 'approved');
  const what = [r.contracts.length > 0 ? plural(r.contracts.length, 'contract') : '', r.cards.length > 0 ? plural(r.cards.length, 'report card') : '']
    .filter(Boolean)
    .join(' and ');
  const out: string[] = [
    COMMENT_MARKER,
    `### revpact review · ${what} changed`,
    '',
    `${invalid > 0 ? `❌ ${plural(invalid, 'file')} with errors` : '✅ valid'} · ${approved ? '✅ approved by marketing and sales' : '⏳ waiting for approval'}`,
    '',
  ];
  for (const c of r.contracts) out.push(...contractSection(c), '');
  for (const c of r.cards) out.push(...cardSection(c), '');
  for (const note of r.notes) out.push(`*${mdText(note)}*`, '');
  out.push(`<sub>revpact ${mdText(r.version)} · head ${code(r.headSha.slice(0, 7))}</sub>`);
  return out.join('\n') + '\n';
}

function contractSection(c: ContractSection): string[] {
  const title = c.status === 'renamed' ? `${code(c.basePath)} → ${code(c.path)}` : code(c.path);
  const out = [`#### ${title}${c.status === 'added' ? ' (new)' : c.status === 'removed' ? ' (removed)' : ''}`, ''];
  out.push(...problems(c.diagnostics));
  if (c.baseNote) out.push(`*${mdText(c.baseNote)}*`, '');
  if (c.diff) out.push(renderDiff.markdown(c.diff, { locale: c.locale }).trimEnd(), '');
  if (c.complianceMarkdown) out.push(c.complianceMarkdown.trimEnd(), '');
  out.push(...approvalTable(c.approvals));
  return out;
}

function cardSection(c: CardSection): string[] {
  const out = [`#### Report card ${code(c.path)} (${mdText(c.contract)})`, ''];
  out.push(...problems(c.diagnostics));
  if (c.markdown) out.push('<details><summary>The card</summary>', '', c.markdown.trimEnd(), '', '</details>', '');
  out.push(...approvalTable(c.approvals));
  return out;
}

function problems(diagnostics: readonly Diagnostic[]): string[] {
  if (diagnostics.length === 0) return [];
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const out = [
    `${errors > 0 ? '❌' : '⚠️'} ${plural(errors, 'error')}, ${plural(diagnostics.length - errors, 'warning')}:`,
    '',
    '| Line | Problem | How to fix |',
    '|---:|---|---|',
  ];
  for (const d of diagnostics) out.push(`| ${d.line}:${d.column} | ${mdText(`${d.severity} ${d.code}: ${d.message}`)} | ${mdText(d.suggest ?? '')} |`);
  out.push('');
  return out;
}

function approvalTable(verdicts: readonly SideVerdict[]): string[] {
  if (verdicts.length === 0) return [];
  const out = ['| Side | Approves | State |', '|---|---|---|'];
  for (const v of verdicts) {
    const by = v.by ? ` (${code(v.by)})` : '';
    const note = v.note ? `<br>${mdText(v.note)}` : '';
    out.push(`| ${v.side} | ${code(v.owner)} | ${STATE[v.state]}${by}${note} |`);
  }
  out.push('');
  return out;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
