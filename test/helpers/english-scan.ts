/**
 * The leftover-English scan of issue 15, item 4, shared by the tests that render in
 * es/pt/ca (test/e2e/locale-scan.test.ts, test/e2e/action-locale.test.ts): an output, with
 * the data it shows cut out, must not contain an English word the locale's own agreement
 * messages do not use too.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ComplianceReport } from '../../src/engine/types.js';
import { truncate } from '../../src/render/format.js';
import type { DiffReport } from '../../src/review/types.js';
import { REPO_ROOT } from './paths.js';

export const LOCALES = ['es', 'pt', 'ca'] as const;
export type Locale = (typeof LOCALES)[number];

/** English words a report could leave behind: its own vocabulary, and the small words around it. */
export const ENGLISH = `
  the and of with without from to since within by at for on in is are not or but than
  met breached pending excluded evaluated rejected target targets goal goals attainment period rows row
  commitment commitments owner owners status business calendar report generated missing overdue due left more
  change changes version bump tighter looser neutral review impact before after measured verdict verdicts none
  quality finding findings funnel step steps open rate median oldest hour hours day days minute minutes stopped
  started handoff worst breakdowns breakdown source field fields count message examples severity warning info
  listed enough needs needed kind affects where details note measure entered converted exited checked
  compliant violations compliance attempts span stage complete elapsed email name code basis actual
  conversion revenue pipeline sales prorated week month quarter year half-year read reached SLAs
  fail pass passed failed data-quality follow-up cadence given early dimension dimensions unit units
  approved approval approves waiting requested side state head valid invalid errors file files card history changelog
  created deleted moved simulated configured summary job wrote delegate cut longer characters full contract contracts changed
  added removed reworded new same clause rule rules points score threshold minimum decay approver attendees agenda
  meeting meetings purpose holidays label description required applies reason rejection routing channel channels
  giving recorded assumed currency language mapping responsibilities role grades grade meaning defined qualifying unlimited limit
  true false
`
  .split(/\s+/)
  .filter(Boolean);

/** Words of the language itself that English spells alike, beyond the agreement's vocabulary. */
const NATIVE: Record<Locale, string[]> = {
  es: [],
  pt: [],
  // "On" (where), "dimensions" (the plural of dimensió), "errors" (of error), "files" (of fila, a row), "full" (a sheet: full de càlcul, a spreadsheet).
  ca: ['on', 'dimensions', 'errors', 'files', 'full'],
};

/** Every word the locale's agreement messages use (their texts, not their keys): the vocabulary a report may share with English. */
export function agreementWords(locale: Locale): Set<string> {
  const texts: string[] = [];
  const walk = (v: unknown): void => {
    // Placeholders ({version}) are names, not words of the language.
    if (typeof v === 'string') texts.push(v.replace(/\{[^}]*\}/g, ' '));
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(JSON.parse(readFileSync(join(REPO_ROOT, 'templates', 'locales', `${locale}.json`), 'utf8')));
  return new Set([
    ...(texts
      .join(' ')
      .toLowerCase()
      .match(/[\p{L}'-]+/gu) ?? []),
    ...NATIVE[locale],
  ]);
}

export function englishIn(text: string, locale: Locale): string[] {
  const allowed = agreementWords(locale);
  const found = new Set<string>();
  for (const word of ENGLISH) {
    if (allowed.has(word.toLowerCase())) continue;
    // Word boundaries that know letters beyond ASCII: "version" is not inside "versión".
    const re = new RegExp(`(?<![\\p{L}\\p{N}_'’-])${word}(?![\\p{L}\\p{N}_'’-])`, 'iu');
    const m = re.exec(text);
    if (m) found.add(`"${word}" in …${text.slice(Math.max(0, m.index - 40), m.index + word.length + 40).replace(/\s+/g, ' ')}…`);
  }
  return [...found];
}

/** What a reader sees of a page: no tags, no style sheet, entities decoded. */
export function visible(html: string): string {
  return html
    .replace(/<style[\s\S]*?<\/style>/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/**
 * The output with the given data strings cut out, longest first (a name may contain a
 * shorter one), each only where it stands as a whole (an id "en" is not cut out of "menos").
 */
export function withoutData(text: string, data: Iterable<string>): string {
  // The renderers put a zero-width joiner after '@' and before '#1' in Markdown: read through it.
  let out = text.replace(/\u200d/g, '');
  for (const d of [...new Set(data)].filter((s) => s.trim() !== '').sort((a, b) => b.length - a.length)) {
    const literal = d.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    out = out.replace(new RegExp(`(?<![\\p{L}\\p{N}_])${literal}(?![\\p{L}\\p{N}_])`, 'gu'), ' ');
  }
  return out;
}

/** Markdown as read: backslash escapes and HTML entities undone, the few tags the renderers use dropped. */
export function unmarkdown(md: string): string {
  return visible(md.replace(/\\([\\`*_{}[\]()#+\-.!|<>~&])/g, '$1'));
}

/** The data a compliance report shows as it came: ids, names, files, keys, fields, codes, examples. */
export function reportData(r: ComplianceReport): string[] {
  const out = [r.contract.name, r.contract.version, r.contract.title ?? '', r.period.label, r.period.timezone, ...r.input.files];
  for (const s of r.slas) {
    out.push(s.id, s.name ?? '');
    for (const w of s.worst) out.push(w.leadId, w.owner ?? '', w.email ?? '', w.name ?? '');
  }
  for (const c of r.commitments) out.push(c.id);
  for (const f of r.funnel) out.push(f.from, f.to);
  for (const w of r.followUp?.worst ?? []) out.push(w.leadId);
  if (r.handoff) out.push(r.handoff.stage, ...r.handoff.missing.map((m) => m.field), ...r.handoff.notInExport);
  for (const d of r.dataQuality) out.push(d.code, d.sla ?? '', ...d.examples);
  for (const rows of [r.breakdowns.owner, r.breakdowns.source, ...Object.values(r.breakdowns.attributes)]) out.push(...rows.map((x) => x.key));
  out.push(...Object.keys(r.breakdowns.attributes));
  return out;
}

/**
 * The data a diff shows as it came, and its known English: the contracts' names, versions
 * and sources, each change's pointer, values and one-line summary (the JSON's summary too),
 * the impact's period, files, mapping, notes, SLA and commitment names.
 */
/**
 * The warnings a change brings, as the checker words them: its catalogue is English in
 * every locale (docs/diagnostics.md), as in `validate` and the Action's problems table;
 * their heading and columns are the locale's.
 */
export function newWarningData(json: DiffReport): string[] {
  return (json.newWarnings ?? []).flatMap((d) => [`${d.code}: ${d.message}`, d.suggest ?? '']);
}

export function diffData(json: DiffReport): string[] {
  const data = [json.base.name, json.head.name, json.base.version, json.head.version, json.base.source, json.head.source];
  for (const c of json.changes)
    for (const v of [c.before, c.after]) {
      // A list is one cell, cut at the renderers' longest cell.
      const cell = Array.isArray(v) ? v.join(', ') : String(v);
      data.push(c.summary, c.pointer, cell, truncate(cell, 300));
    }
  const i = json.impact;
  if (i) {
    data.push(i.period.label, i.period.timezone, i.mapping, ...i.input.files, ...i.notes);
    for (const s of i.slas) data.push(s.id, s.name ?? '');
    for (const c of i.commitments) data.push(c.id);
    // The SLA, field and stage names a "no data" reason names, as the finding gives them.
    for (const u of i.unmeasured) data.push(u.sla ?? '', ...(u.detail ?? '').split(/[|,/]/).map((x) => x.trim()));
  }
  data.push(...newWarningData(json));
  return data;
}
