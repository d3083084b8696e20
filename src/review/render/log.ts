/**
 * `revpact log`: a contract's history as a changelog, in text, JSON or Markdown. Author
 * names and subjects come from Git and are escaped like any other untrusted text.
 * Text and Markdown speak `locale` (the diff's catalogue, review/render/messages.ts, and
 * its change summaries, review/summaries/); a broken version's problems stay English, as
 * in the diff. JSON is the same in every locale (English summaries).
 */
import { formatDiagnostic } from '../../contract/diagnostics.js';
import { clean } from '../../render/format.js';
import { mdText } from '../../render/escape.js';
import type { Change } from '../types.js';
import type { History, HistoryEntry } from '../history.js';
import type { DocumentLocale } from '../../render/locale.js';
import { createFormatter } from '../../render/format.js';
import { reportText } from '../../report/render/messages.js';
import { orderedChange } from './json.js';
import { diagnosticJson } from '../../report/diagnostics.js';
import { phraseRenderer } from '../summaries/index.js';
import { diffText, type DiffText } from './messages.js';
import { directionWord, versionShort } from './model.js';
import { table } from './text.js';

export const LOG_FORMATS = ['text', 'json', 'markdown'] as const;
export type LogFormat = (typeof LOG_FORMATS)[number];

export interface LogOptions {
  /** The language of text and Markdown (default English). */
  locale?: DocumentLocale;
}

export const renderLog: Record<LogFormat, (h: History, options?: LogOptions) => string> = { text: logText, json: logJson, markdown: logMarkdown };

function day(date: string, t: DiffText): string {
  return t.log.day(date.slice(0, 10));
}

/** A change's one-line summary in the locale (the English `summary` when it carries no phrase). */
function summaryIn(c: Change, locale: DocumentLocale | undefined): string {
  return c.message ? phraseRenderer(locale)(c.message) : c.summary;
}

/** A count in the locale's digits. */
function count(n: number, locale: DocumentLocale | undefined): string {
  return createFormatter(reportText(locale)).count(n);
}

/** "2.3.0 → 2.4.0 · needs a major version bump, got a minor" and the like. */
function stepWords(e: HistoryEntry, t: DiffText, locale: DocumentLocale | undefined): string {
  return step(e, t, locale) + (e.renamedFrom ? ` · ${t.log.movedFrom(e.renamedFrom)}` : '');
}

function step(e: HistoryEntry, t: DiffText, locale: DocumentLocale | undefined): string {
  switch (e.status) {
    case 'created':
      return `${e.version ?? ''} · ${t.log.created}`;
    case 'deleted':
      return t.log.deleted;
    case 'invalid':
      return t.log.invalid(count(e.diagnostics.length, locale), e.diagnostics.length);
    default:
      if (!e.check) return e.version ?? '';
      return `${e.check.from === e.check.to ? e.check.to : `${e.check.from} → ${e.check.to}`} · ${e.status === 'unchanged' ? t.log.noChange : versionShort(e.check, t)}`;
  }
}

function logText(h: History, options: LogOptions = {}): string {
  const t = diffText(options.locale);
  const out = [t.log.historyOf(clean(h.file), count(h.entries.length, options.locale), h.entries.length)];
  for (const e of h.entries) {
    const mark = e.check && !e.check.ok ? ' ✗' : '';
    out.push('', `${e.short}  ${day(e.date, t)}  ${clean(e.author)}  ${clean(stepWords(e, t, options.locale))}${mark}`, `  ${clean(e.subject)}`);
    const shown = e.changes.filter((c) => c.bump !== 'none');
    if (shown.length > 0)
      out.push(
        ...table(
          [t.columns.direction, t.columns.affects, t.columns.bump, t.columns.change],
          shown.map((c) => [directionWord(c, t), t.affects[c.affects], t.bump[c.bump], clean(summaryIn(c, options.locale))]),
          '    ',
        ),
      );
    for (const d of e.diagnostics) out.push(`    ${clean(formatDiagnostic(d))}`);
  }
  return out.join('\n') + '\n';
}

function logJson(h: History): string {
  const entries = h.entries.map((e) => ({
    commit: e.commit,
    short: e.short,
    author: e.author,
    date: e.date,
    subject: e.subject,
    path: e.path,
    renamedFrom: e.renamedFrom,
    status: e.status,
    version: e.version,
    check: e.check && { required: e.check.required, actual: e.check.actual, ok: e.check.ok, from: e.check.from, to: e.check.to },
    changes: e.changes.map(orderedChange),
    // validate's shape without the fix (the log lists what each version raised, not how to mend it).
    diagnostics: e.diagnostics.map((d) => {
      const { suggest: _fix, ...said } = diagnosticJson(d);
      return said;
    }),
  }));
  return JSON.stringify({ file: h.file, entries }, null, 2) + '\n';
}

function logMarkdown(h: History, options: LogOptions = {}): string {
  const t = diffText(options.locale);
  const out = [`## ${mdText(t.log.changelog(h.file))}`];
  for (const e of h.entries) {
    const mark = e.check ? (e.check.ok ? ' ✅' : ' ❌') : '';
    out.push(
      '',
      `### ${mdText(stepWords(e, t, options.locale))}${mark}`,
      '',
      `${mdText(e.short)} · ${mdText(day(e.date, t))} · ${mdText(e.author)} — ${mdText(e.subject)}`,
    );
    const shown = e.changes.filter((c) => c.bump !== 'none');
    if (shown.length > 0)
      out.push('', ...shown.map((c) => `- ${mdText(summaryIn(c, options.locale))} (${mdText(directionWord(c, t))}, ${mdText(t.bump[c.bump])})`));
    if (e.diagnostics.length > 0) out.push('', ...e.diagnostics.map((d) => `- ${mdText(formatDiagnostic(d))}`));
  }
  return out.join('\n') + '\n';
}
