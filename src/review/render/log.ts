/**
 * `revpact log`: a contract's history as a changelog, in text, JSON or Markdown. Author
 * names and subjects come from Git and are escaped like any other untrusted text.
 */
import { formatDiagnostic } from '../../contract/diagnostics.js';
import { clean } from '../../render/format.js';
import { mdText } from '../../render/escape.js';
import type { History, HistoryEntry } from '../history.js';
import { plural } from '../words.js';
import { orderedChange } from './json.js';
import { EN } from './messages.js';
import { directionWord, versionShort } from './model.js';
import { table } from './text.js';

export const LOG_FORMATS = ['text', 'json', 'markdown'] as const;
export type LogFormat = (typeof LOG_FORMATS)[number];

export const renderLog: Record<LogFormat, (h: History) => string> = { text: logText, json: logJson, markdown: logMarkdown };

function day(date: string): string {
  return date.slice(0, 10);
}

/** "2.3.0 → 2.4.0 · needs a major version bump, got a minor" and the like. */
function stepWords(e: HistoryEntry): string {
  return step(e) + (e.renamedFrom ? ` · moved from ${e.renamedFrom}` : '');
}

function step(e: HistoryEntry): string {
  switch (e.status) {
    case 'created':
      return `${e.version ?? ''} · created`;
    case 'deleted':
      return 'deleted';
    case 'invalid':
      return `invalid (${plural(e.diagnostics.length, 'error')})`;
    default:
      if (!e.check) return e.version ?? '';
      return `${e.check.from === e.check.to ? e.check.to : `${e.check.from} → ${e.check.to}`} · ${e.status === 'unchanged' ? 'no change in meaning' : versionShort(e.check, EN)}`;
  }
}

function logText(h: History): string {
  const out = [`History of ${clean(h.file)}: ${plural(h.entries.length, 'commit')}`];
  for (const e of h.entries) {
    const mark = e.check && !e.check.ok ? ' ✗' : '';
    out.push('', `${e.short}  ${day(e.date)}  ${clean(e.author)}  ${clean(stepWords(e))}${mark}`, `  ${clean(e.subject)}`);
    const shown = e.changes.filter((c) => c.bump !== 'none');
    if (shown.length > 0)
      out.push(
        ...table(
          ['Direction', 'Affects', 'Bump', 'Change'],
          shown.map((c) => [directionWord(c, EN), c.affects, c.bump, clean(c.summary)]),
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
    diagnostics: e.diagnostics.map((d) => ({
      file: d.file,
      line: d.line,
      column: d.column,
      severity: d.severity,
      code: d.code,
      message: d.message,
      pointer: d.pointer,
    })),
  }));
  return JSON.stringify({ file: h.file, entries }, null, 2) + '\n';
}

function logMarkdown(h: History): string {
  const out = [`## Changelog: ${mdText(h.file)}`];
  for (const e of h.entries) {
    const mark = e.check ? (e.check.ok ? ' ✅' : ' ❌') : '';
    out.push('', `### ${mdText(stepWords(e))}${mark}`, '', `${mdText(e.short)} · ${mdText(day(e.date))} · ${mdText(e.author)} — ${mdText(e.subject)}`);
    const shown = e.changes.filter((c) => c.bump !== 'none');
    if (shown.length > 0) out.push('', ...shown.map((c) => `- ${mdText(c.summary)} (${directionWord(c, EN)}, ${c.bump})`));
    if (e.diagnostics.length > 0) out.push('', ...e.diagnostics.map((d) => `- ${mdText(formatDiagnostic(d))}`));
  }
  return out.join('\n') + '\n';
}
