/**
 * The due-soon list as text (a table for people), Markdown (the same table for a chat
 * message or an issue, lead ids linked to the CRM record), JSON, or CSV (lead_id, rule_id,
 * owner, due_at, minutes_left, overdue) for a script; untrusted cells made printable by the
 * render kit. A lead whose due instant has passed reads "overdue since …", never "0m left".
 */
import type { DueItem, DueNote, UnmeasuredRule } from '../due.js';
import type { Rejection } from '../../leads/lead.js';
import { message } from '../../engine/metrics/data-quality.js';
import { csvText } from '../per-lead.js';
import type { DocumentLocale } from '../../render/locale.js';
import { clean } from '../../render/format.js';
import { DUE_EN, dueText, type DueText } from './due-messages.js';
import { mdText } from '../../render/escape.js';
import type { RecordUrl } from './links.js';
import { mdUrl } from './markdown.js';
import { reportText } from './messages.js';
import { findingText } from './model.js';

export const DUE_FORMATS = ['text', 'json', 'csv', 'markdown'] as const;
export type DueFormat = (typeof DUE_FORMATS)[number];

export interface DueReport {
  items: DueItem[];
  total: number;
  asOf: string;
  within: string;
  /** Rows that could not be read as leads (none listed, so the list says how many). */
  rejected?: number;
  rejection?: Rejection | null;
  /** SLAs the data cannot measure: none of their leads is in the list, and the list says why. */
  unmeasured?: UnmeasuredRule[];
  /** The report's `start-after-as-of` (not due yet) and `before-effective` (nothing binds yet), said under the head. */
  later?: DueNote[];
  /** Leads read, when none of them has a date (0 otherwise): nothing can fall due, and the list says why. */
  undated?: number;
  /** Leads read with dates, none in the window due looks at: how many, the window's first day, the export's first to last day. */
  outside?: { leads: number; from: string; range: string } | null;
}

export interface DueRenderOptions {
  /** The language of the text and Markdown formats (default English); JSON and CSV are the same in every locale. */
  locale?: DocumentLocale;
  /** A lead id → its CRM record (the contract's metadata.crm): Markdown links the ids with it. */
  recordUrl?: RecordUrl | undefined;
}

function left(item: DueItem, t: DueText, instant: (iso: string) => string): string {
  if (item.overdue) return t.overdueSince(instant(item.dueAt));
  return t.left(Math.max(0, Math.round(item.minutesLeft)), item.clock === 'business');
}

/** The line above the list: how many, within what, as of when, how many already overdue. */
function headLine(r: DueReport, t: DueText, instant: (iso: string) => string): string {
  const overdue = r.items.filter((i) => i.overdue).length;
  return (
    t.head(t.count(r.total), r.total, clean(r.within), instant(r.asOf)) + (overdue > 0 ? t.overdue(t.count(overdue), overdue, r.total > r.items.length) : '')
  );
}

/**
 * Rows of the data that could not be read as leads, in the words of the report's
 * data-quality section: how many, and the first one's reason and place; null when none.
 */
export function rejectedRows(r: Pick<DueReport, 'rejected' | 'rejection'>, locale: DocumentLocale | undefined): string | null {
  const n = r.rejected ?? 0;
  if (n === 0) return null;
  const first = r.rejection;
  const reason = first ? first.reason : '';
  const rows = findingText({ code: 'rejected-rows', count: n, detail: reason, message: message('rejected-rows', n, reason) }, reportText(locale));
  return first ? `${rows} (${clean(first.file)}:${first.row})` : rows;
}

/**
 * The lines under the due list's head: rows that could not be read, and SLAs the data cannot
 * measure (neither can be in the list); empty when there are none.
 */
function unreadLines(r: DueReport, t: DueText, locale: DocumentLocale | undefined): string[] {
  const rows = rejectedRows(r, locale);
  const text = reportText(locale);
  return [
    ...(rows === null ? [] : [t.unread(rows)]),
    ...(r.unmeasured ?? []).map((u) =>
      t.unmeasured(findingText({ code: 'sla-stop-not-in-export', count: u.leads, detail: u.detail, message: u.message }, text)),
    ),
    ...(r.later ?? []).map((n) => t.unmeasured(aboutRules(n, findingText({ code: n.code, count: n.leads, detail: n.detail, message: n.message }, text)))),
    ...((r.undated ?? 0) > 0 ? [t.undated(t.count(r.undated ?? 0), r.undated ?? 0)] : []),
    ...(r.outside ? [t.outside(t.count(r.outside.leads), r.outside.leads, r.outside.from, r.outside.range)] : []),
  ];
}

/** A note's sentence after the SLAs it is about ("first-touch, accept-or-reject: 70 leads start after …"): ids read the same in every locale. */
function aboutRules(n: DueNote, sentence: string): string {
  return n.rules.length === 0 ? sentence : `${n.rules.map(clean).join(', ')}: ${sentence}`;
}

/** The SLAs a due list leaves out for want of their stop event, in English, for CSV's standard error. */
export function unmeasuredLines(r: Pick<DueReport, 'unmeasured' | 'later' | 'undated' | 'outside'>): string[] {
  return [...(r.unmeasured ?? []).map((u) => DUE_EN.unmeasured(clean(u.message))), ...noteLines(r)];
}

/** The notes every format says in English where it says them at all (CSV's standard error, JSON's `notes`). */
function noteLines(r: Pick<DueReport, 'later' | 'undated' | 'outside'>): string[] {
  return [
    ...(r.later ?? []).map((n) => DUE_EN.unmeasured(aboutRules(n, clean(n.message)))),
    ...((r.undated ?? 0) > 0 ? [DUE_EN.undated(String(r.undated), r.undated ?? 0)] : []),
    ...(r.outside ? [DUE_EN.outside(String(r.outside.leads), r.outside.leads, r.outside.from, r.outside.range)] : []),
  ];
}

/** The same notes as notify warns with: there is no list for them to be "not in", so the sentence stands alone. */
export function noteWarnings(r: Pick<DueReport, 'later' | 'undated' | 'outside'>): string[] {
  const prefix = DUE_EN.unmeasured('').slice(0, -1); // "Not in this list: "
  return noteLines(r).map((line) => (line.startsWith(prefix) ? line.slice(prefix.length) : line).replace(/\.$/, ''));
}

export const renderDue: Record<DueFormat, (r: DueReport, options?: DueRenderOptions) => string> = {
  text(r, options = {}) {
    const t = dueText(options.locale);
    const { instant, none } = reportText(options.locale);
    const head = [headLine(r, t, instant), ...unreadLines(r, t, options.locale)].join('\n');
    if (r.items.length === 0) return head + '\n';
    const rows = r.items.map((i) => [clean(i.leadId), clean(i.ruleId), clean(i.owner ?? none), instant(i.dueAt), left(i, t, instant)]);
    const c = t.columns;
    const table = [[c.lead, c.rule, c.owner, c.due, c.left], ...rows];
    const widths = table[0]!.map((_, col) => Math.max(...table.map((row) => (row[col] ?? '').length)));
    const lines = table.map((row) =>
      row
        .map((cell, col) => cell.padEnd(widths[col] ?? 0))
        .join('  ')
        .trimEnd(),
    );
    const more = r.total - r.items.length;
    return [head, '', ...lines, ''].join('\n') + (more > 0 ? `${t.more(t.count(more), more)}\n` : '');
  },
  /** For a chat message, an issue or a job summary: the same list as a table, lead ids linked to the CRM record. */
  markdown(r, options = {}) {
    const t = dueText(options.locale);
    const { instant, none } = reportText(options.locale);
    const out = [mdText(headLine(r, t, instant))];
    for (const line of unreadLines(r, t, options.locale)) out.push('', `*${mdText(line)}*`);
    if (r.items.length > 0) {
      const c = t.columns;
      const url = options.recordUrl;
      const lead = (id: string) => {
        const href = url ? url(id) : null;
        return href === null ? mdText(id) : `[${mdText(id)}](${mdUrl(href)})`;
      };
      out.push('', `| ${[c.lead, c.rule, c.owner, c.due, c.left].map(mdText).join(' | ')} |`, '|---|---|---|---|---|');
      for (const i of r.items)
        out.push(`| ${lead(i.leadId)} | ${mdText(i.ruleId)} | ${mdText(i.owner ?? none)} | ${mdText(instant(i.dueAt))} | ${mdText(left(i, t, instant))} |`);
      const more = r.total - r.items.length;
      if (more > 0) out.push('', `*${mdText(t.more(t.count(more), more))}*`);
    }
    return out.join('\n') + '\n';
  },
  json(r) {
    return (
      JSON.stringify(
        {
          asOf: r.asOf,
          within: r.within,
          total: r.total,
          leads: r.items,
          rejected: r.rejected ?? 0,
          rejection: r.rejection ?? null,
          unmeasured: (r.unmeasured ?? []).map((u) => ({ rule: u.rule, leads: u.leads, message: u.message })),
          notes: noteLines(r),
        },
        null,
        2,
      ) + '\n'
    );
  },
  csv(r) {
    const lines = [
      'lead_id,rule_id,owner,due_at,minutes_left,overdue',
      ...r.items.map((i) => [csvText(i.leadId), csvText(i.ruleId), csvText(i.owner ?? ''), i.dueAt, String(i.minutesLeft), String(i.overdue)].join(',')),
    ];
    return lines.join('\r\n') + '\r\n';
  },
};
