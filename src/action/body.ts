/**
 * The pull-request comment and the job summary, as Markdown. Everything that comes from
 * the contract, the grade files or the export goes through `mdText` (no HTML, no table
 * breakage, no @mentions or #references); logins are shown as code, so nobody is pinged.
 * The comment holds nothing that changes from run to run of the same commit (no run id,
 * no clock), so an unchanged review is recognised and not written again.
 *
 * Languages (issue 15, item 4): each contract's section speaks its contract's
 * metadata.locale (a report card's, its contract's); the frame around them (heading,
 * status line, notes, footer) speaks the locale they all share, else English
 * (`frameLocale`). The hidden marker stays as it is in every language.
 */
import type { DocumentLocale } from '../render/locale.js';
import type { Diagnostic } from '../contract/diagnostics.js';
import { mdText } from '../render/escape.js';
import type { DiffReport } from '../review/types.js';
import { renderDiff } from '../review/render/index.js';
import { ownerLabel, verdictNote, type SideVerdict } from './approvals.js';
import { COMMENT_MARKER } from './comment.js';
import { noLeadsNote, type NoLeads } from './lead-data.js';
import { frameLocale, frameText, type FrameText } from './messages.js';

export interface ContractSection {
  /** Path on the head side (or the base side for a removed contract). */
  path: string;
  basePath: string;
  status: 'added' | 'removed' | 'modified' | 'renamed';
  /** Problems of the head side; empty when valid. */
  diagnostics: Diagnostic[];
  /** The base side's commit (short), when the base side is not a valid contract and so could not be compared. */
  baseInvalidAt?: string;
  diff?: DiffReport;
  /** The contract's metadata.locale (the head's, else the base's): the section speaks it; undefined when neither side is valid (English, and no vote on the frame's). */
  locale?: DocumentLocale;
  /** The head contract's report on the export, for a new contract (a changed one shows the impact in `diff`). */
  complianceMarkdown?: string;
  approvals: SideVerdict[];
}

export interface CardSection {
  path: string;
  contract: string;
  /** The card's contract's metadata.locale, when the card could be checked against it. */
  locale?: DocumentLocale;
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
  /** Why no export was simulated, when none was. */
  noLeads?: NoLeads;
}

const ICON: Record<SideVerdict['state'], string> = { approved: '✅', waiting: '⏳', 'changes-requested': '❌', stale: '⌛' };

const code = (s: string) => `\`${s.replace(/`/g, "'")}\``;

/** The locale of the comment's frame: the one its contracts and cards share, else English. */
export function reviewLocale(r: Pick<ReviewBody, 'contracts' | 'cards'>): DocumentLocale {
  return frameLocale([...r.contracts, ...r.cards].map((s) => s.locale));
}

export function renderReviewBody(r: ReviewBody): string {
  const t = frameText(reviewLocale(r));
  const invalid = [...r.contracts, ...r.cards].filter((s) => s.diagnostics.some((d) => d.severity === 'error')).length;
  const verdicts = [...r.contracts.flatMap((c) => c.approvals), ...r.cards.flatMap((c) => c.approvals)];
  const approved = verdicts.length > 0 && verdicts.every((v) => v.state === 'approved');
  const out: string[] = [
    COMMENT_MARKER,
    `### ${t.heading(t.changed(r.contracts.length, r.cards.length))}`,
    '',
    `${invalid > 0 ? `❌ ${t.withErrors(invalid)}` : `✅ ${t.valid}`} · ${approved ? `✅ ${t.approved}` : `⏳ ${t.waiting}`}`,
    '',
  ];
  for (const c of r.contracts) out.push(...contractSection(c), '');
  for (const c of r.cards) out.push(...cardSection(c), '');
  if (r.noLeads) out.push(`*${mdText(noLeadsNote(r.noLeads, t))}*`, '');
  out.push(`<sub>${t.footer(mdText(r.version), code(r.headSha.slice(0, 7)))}</sub>`);
  return out.join('\n') + '\n';
}

function contractSection(c: ContractSection): string[] {
  const t = frameText(c.locale);
  const title = c.status === 'renamed' ? `${code(c.basePath)} → ${code(c.path)}` : code(c.path);
  const out = [`#### ${title}${c.status === 'added' ? ` (${t.fileStatus.added})` : c.status === 'removed' ? ` (${t.fileStatus.removed})` : ''}`, ''];
  // The head's warnings are listed here, the ones the change brings marked, so the diff leaves its own list of them out.
  out.push(...problems(c.diagnostics, t, c.diff?.newWarnings));
  if (c.baseInvalidAt) out.push(`*${mdText(t.baseInvalid(c.basePath, c.baseInvalidAt))}*`, '');
  if (c.diff) out.push(renderDiff.markdown(c.diff, { locale: c.locale, newWarnings: false }).trimEnd(), '');
  if (c.complianceMarkdown) out.push(c.complianceMarkdown.trimEnd(), '');
  out.push(...approvalTable(c.approvals, t));
  return out;
}

function cardSection(c: CardSection): string[] {
  const t = frameText(c.locale);
  const out = [`#### ${t.card.title(code(c.path), mdText(c.contract))}`, ''];
  out.push(...problems(c.diagnostics, t));
  if (c.markdown) out.push(`<details><summary>${mdText(t.card.summary)}</summary>`, '', c.markdown.trimEnd(), '', '</details>', '');
  out.push(...approvalTable(c.approvals, t));
  return out;
}

function problems(diagnostics: readonly Diagnostic[], t: FrameText, brought: readonly Diagnostic[] = []): string[] {
  if (diagnostics.length === 0) return [];
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const { columns } = t.problems;
  const out = [
    `${errors > 0 ? '❌' : '⚠️'} ${t.problems.head(errors, diagnostics.length - errors)}`,
    '',
    `| ${columns.line} | ${columns.problem} | ${columns.fix} |`,
    '|---:|---|---|',
  ];
  // The message and its fix come from the checker's catalogue, which is English (docs/diagnostics.md); the severity word is translated.
  const isNew = new Set(brought);
  for (const d of diagnostics) {
    const severity = isNew.has(d) ? t.problems.newWarning : (t.problems.severity[d.severity] ?? d.severity);
    out.push(`| ${d.line}:${d.column} | ${mdText(`${severity} ${d.code}: ${d.message}`)} | ${mdText(d.suggest ?? '')} |`);
  }
  out.push('');
  return out;
}

function approvalTable(verdicts: readonly SideVerdict[], t: FrameText): string[] {
  if (verdicts.length === 0) return [];
  const { columns } = t.approvals;
  const out = [`| ${columns.side} | ${columns.approves} | ${columns.state} |`, '|---|---|---|'];
  for (const v of verdicts) {
    const by = v.by ? ` (${code(v.by)})` : '';
    const text = verdictNote(v, t);
    const note = text ? `<br>${mdText(text)}` : '';
    const owner = v.who ? ownerLabel(v.who, t) : v.owner;
    out.push(`| ${mdText(t.approvals.side[v.side] ?? v.side)} | ${code(owner)} | ${ICON[v.state]} ${mdText(t.approvals.state[v.state])}${by}${note} |`);
  }
  out.push('');
  return out;
}
