/**
 * Issue 15, item 4: no English left in a Spanish, Portuguese or Catalan report. The real
 * commands (in process, through main.ts's `run`) render the golden cases and the example
 * contract on its example export — compliance report in text, Markdown and HTML, the
 * diff, the due list, the report card — and the renderers' hand-made fixtures; each
 * output, with the data it shows cut out (ids, names, files, field names: the export's
 * and the contract's own words), must not contain an English word.
 *
 * A word counts as English only if the locale's own agreement messages
 * (templates/locales/<locale>.json) do not use it: "lead", "marketing" or "feedback" are
 * the vocabulary of the Spanish agreement too, and the report says what the agreement says.
 *
 * A diff's change summaries and impact notes are scanned too (issue 15, item 4): on the
 * example pair and on a pair that changes every section of the contract
 * (test/unit/review/every-section.ts); what is cut out of them is the two contracts' own
 * words (every string in either file), except the enum words a summary translates.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse, stringify } from 'yaml';
import { afterAll, describe, expect, it } from 'vitest';
import type { ComplianceReport } from '../../src/engine/types.js';
import { type CliIO } from '../../src/cli/io.js';
import { run } from '../../src/cli/main.js';
import { truncate } from '../../src/render/format.js';
import { renderReport } from '../../src/report/render/index.js';
import type { DiffReport } from '../../src/review/types.js';
import { REPO_ROOT } from '../helpers/paths.js';
import { failingReport, noDataReport, passingReport, piiReport } from '../unit/report/fixtures.js';
import { b2b } from '../unit/review/helpers.js';
import { editEverySection } from '../unit/review/every-section.js';

const LOCALES = ['es', 'pt', 'ca'] as const;
type Locale = (typeof LOCALES)[number];

/** English words a report could leave behind: its own vocabulary, and the small words around it. */
const ENGLISH = `
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
  added removed reworded new same clause rule rules points score threshold minimum decay approver approves attendees agenda
  meeting meetings purpose holidays label description required longer applies reason rejection routing channel channels
  giving recorded assumed currency language mapping responsibilities role grades grade meaning defined qualifying unlimited limit
  true false
`
  .split(/\s+/)
  .filter(Boolean);

/** Words of the language itself that English spells alike, beyond the agreement's vocabulary. */
const NATIVE: Record<Locale, string[]> = {
  es: [],
  pt: [],
  // "On" (where), "dimensions" (the plural of dimensió).
  ca: ['on', 'dimensions'],
};

/** Every word the locale's agreement messages use (their texts, not their keys): the vocabulary a report may share with English. */
function agreementWords(locale: Locale): Set<string> {
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

function englishIn(text: string, locale: Locale): string[] {
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
function visible(html: string): string {
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
function withoutData(text: string, data: Iterable<string>): string {
  // The renderers put a zero-width joiner after '@' and before '#1' in Markdown: read through it.
  let out = text.replace(/\u200d/g, '');
  for (const d of [...new Set(data)].filter((s) => s.trim() !== '').sort((a, b) => b.length - a.length)) {
    const literal = d.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    out = out.replace(new RegExp(`(?<![\\p{L}\\p{N}_])${literal}(?![\\p{L}\\p{N}_])`, 'gu'), ' ');
  }
  return out;
}

/** Markdown as read: backslash escapes and HTML entities undone, the few tags the renderers use dropped. */
function unmarkdown(md: string): string {
  return visible(md.replace(/\\([\\`*_{}[\]()#+\-.!|<>~&])/g, '$1'));
}

/** The data a compliance report shows as it came: ids, names, files, keys, fields, codes, examples. */
function reportData(r: ComplianceReport): string[] {
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

/** `revpact <argv>` in process, as main.ts runs it; fails the test on a non-zero exit. */
async function cli(argv: string[]): Promise<string> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), cwd: REPO_ROOT, env: {}, stderrIsTTY: false, stdoutIsTTY: false };
  const status = await run(argv, io);
  expect(status, `revpact ${argv.join(' ')}: ${stderr}`).toBe(0);
  return stdout;
}

/** Enum words of a contract that a diff says in the reader's words: left in the output to be scanned. */
const TRANSLATED = new Set(
  (
    'marketing sales both week month quarter half-year year weekly biweekly monthly quarterly half-yearly yearly ' +
    'draft active retired fit engagement total mon tue wed thu fri sat sun first second third fourth last'
  ).split(' '),
);

/** Every string a contract file holds (ids, names, labels, field names, condition values): the contract's own words. */
function contractWords(file: string): string[] {
  const out: string[] = [];
  const walk = (v: unknown): void => {
    if (typeof v === 'string') {
      if (!TRANSLATED.has(v)) out.push(v);
    } else if (Array.isArray(v)) v.forEach(walk);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(parse(readFileSync(resolve(REPO_ROOT, file), 'utf8'), { version: '1.2' }));
  return out;
}

/** English words left in `revpact diff` output in a locale, with the two contracts' words, the files and the export's data cut out. */
async function englishInDiff(args: string[], format: string, locale: Locale, contracts: string[]): Promise<string[]> {
  const json = JSON.parse(await cli([...args, '--format', 'json'])) as DiffReport;
  const out = await cli([...args, '--format', format, '--locale', locale]);
  expect(json.changes.length).toBeGreaterThan(0);
  const data = [json.base.name, json.head.name, json.base.version, json.head.version, json.base.source, json.head.source];
  for (const file of contracts) data.push(...contractWords(file));
  for (const c of json.changes) {
    data.push(c.pointer);
    // A list of the contract's words is one cell, cut at the renderers' longest cell.
    for (const v of [c.before, c.after]) if (Array.isArray(v)) data.push(truncate(v.join(', '), 300));
  }
  const i = json.impact;
  if (i) {
    data.push(i.period.label, i.period.timezone, i.mapping, ...i.input.files);
    for (const s of i.slas) data.push(s.id, s.name ?? '');
    for (const c of i.commitments) data.push(c.id);
  }
  return englishIn(withoutData(format === 'markdown' ? unmarkdown(out) : out, data), locale);
}

let pair: { dir: string; base: string; head: string } | undefined;

/** contracts/b2b-saas.yaml and a copy with every section changed, written once to a temporary folder (paths from the repository root). */
function everySectionPair(): { base: string; head: string } {
  if (!pair) {
    const dir = mkdtempSync(join(tmpdir(), 'revpact-every-section-'));
    const head = b2b();
    editEverySection(head);
    writeFileSync(join(dir, 'base.yaml'), readFileSync(join(REPO_ROOT, 'contracts', 'b2b-saas.yaml'), 'utf8'));
    writeFileSync(join(dir, 'head.yaml'), stringify(head));
    pair = { dir, base: join(dir, 'base.yaml'), head: join(dir, 'head.yaml') };
  }
  return pair;
}

afterAll(() => {
  if (pair) rmSync(pair.dir, { recursive: true, force: true });
});

const GOLDEN = ['first-touch-madrid', 'spring-dst-new-york'].map((name) => {
  const dir = join('test', 'golden', name);
  const run = (JSON.parse(readFileSync(join(REPO_ROOT, dir, 'expected.json'), 'utf8')) as { run: { period: string; asOf: string; mapping?: string } }).run;
  const args = [join(dir, 'contract.yaml'), '--leads', join(dir, 'leads.csv'), '--period', run.period, '--as-of', run.asOf];
  if (run.mapping) args.push('--mapping', join(dir, run.mapping));
  return [name, args] as const;
});
const X = join('test', 'fixtures', 'exports');
const ACME = ['--leads', join(X, 'acme-leads.csv'), '--leads', join(X, 'acme-deals.csv'), '--mapping', join(X, 'acme.mapping.yaml')];
const EXAMPLE: [string, string[]][] = [
  ['b2b-saas on the acme export, 2026-10', ['contracts/b2b-saas.yaml', ...ACME, '--period', '2026-10', '--as-of', '2026-11-15T00:00:00Z', '--by', 'stage']],
  ['b2b-saas, month by month (a series)', ['contracts/b2b-saas.yaml', ...ACME, '--period', '2026-Q4', '--every', 'month', '--as-of', '2026-11-15T00:00:00Z']],
  ['b2b-saas, a month without leads', ['contracts/b2b-saas.yaml', ...ACME, '--period', '2027-03', '--as-of', '2027-04-01T00:00:00Z']],
  ['b2b-saas, a month before it took effect', ['contracts/b2b-saas.yaml', ...ACME, '--period', '2026-02', '--as-of', '2027-04-01T00:00:00Z']],
];

describe.each(LOCALES)('no English left in %s', (locale) => {
  describe.each([...GOLDEN, ...EXAMPLE])('check: %s', (_, args) => {
    it.each(['text', 'markdown', 'html'])('%s', async (format) => {
      const json = JSON.parse(await cli(['check', ...args, '--format', 'json'])) as ComplianceReport;
      const out = await cli(['check', ...args, '--format', format, '--locale', locale]);
      const text = format === 'html' ? visible(out) : format === 'markdown' ? unmarkdown(out) : out;
      expect(englishIn(withoutData(text, reportData(json)), locale)).toEqual([]);
    });
  });

  it.each([
    ['failing', failingReport],
    ['passing', passingReport],
    ['no-data', noDataReport],
    ['pii', piiReport],
  ] as const)('the renderers’ %s fixture, in text, Markdown and HTML', async (_, make) => {
    const report = make();
    for (const format of ['text', 'markdown', 'html'] as const) {
      const out = await renderReport[format](report, { color: false, locale, showPii: true });
      const text = format === 'html' ? visible(out) : format === 'markdown' ? unmarkdown(out) : out;
      expect(englishIn(withoutData(text, reportData(report)), locale), format).toEqual([]);
    }
  });

  it.each(['text', 'markdown'])('diff, with its impact on the example export (%s)', async (format) => {
    const args = ['diff', 'contracts/worked-example.yaml', 'contracts/b2b-saas.yaml', ...ACME, '--period', '2026-10', '--as-of', '2026-11-15T00:00:00Z'];
    expect(await englishInDiff(args, format, locale, ['contracts/worked-example.yaml', 'contracts/b2b-saas.yaml'])).toEqual([]);
  });

  it.each(['text', 'markdown'])('diff of a change to every section, with its impact (%s)', async (format) => {
    const { base, head } = everySectionPair();
    const args = ['diff', base, head, ...ACME, '--period', '2026-10', '--as-of', '2026-11-15T00:00:00Z'];
    const json = JSON.parse(await cli([...args, '--format', 'json'])) as DiffReport;
    // Every section changed, and the impact carries notes (qualification not re-simulated, periods in two zones).
    expect(new Set(json.changes.map((c) => c.section)).size).toBe(14);
    expect(json.impact?.notes.length).toBeGreaterThanOrEqual(2);
    expect(await englishInDiff(args, format, locale, [base, head])).toEqual([]);
  });

  it.each(['text', 'markdown'])('the due list (%s)', async (format) => {
    const args = ['due', 'contracts/b2b-saas.yaml', ...ACME, '--within', '5bd', '--as-of', '2026-10-10T12:00:00Z'];
    const json = JSON.parse(await cli([...args, '--format', 'json'])) as { within: string; leads: { leadId: string; ruleId: string; owner: string | null }[] };
    expect(json.leads.length).toBeGreaterThan(0);
    const out = await cli([...args, '--format', format, '--locale', locale]);
    const data = [json.within, ...json.leads.flatMap((l) => [l.leadId, l.ruleId, l.owner ?? ''])];
    expect(englishIn(withoutData(format === 'markdown' ? unmarkdown(out) : out, data), locale)).toEqual([]);
  });

  it.each(['text', 'md', 'html'])('the report card (%s)', async (format) => {
    const json = JSON.parse(await cli(['scorecard', 'contracts/b2b-saas.yaml', '--format', 'json'])) as Record<string, unknown>;
    const out = await cli(['scorecard', 'contracts/b2b-saas.yaml', '--format', format, '--locale', locale]);
    // The grade files' own words (needs, comments, graders, the scale's meanings) and the contract's title are data.
    const data: string[] = [];
    const collect = (v: unknown): void => {
      // Enum values (sides, trends) are words the card translates: they stay in to be scanned.
      if (typeof v === 'string') {
        if (!['marketing', 'sales', 'both', 'up', 'down', 'same', 'new'].includes(v)) data.push(v);
      } else if (Array.isArray(v)) v.forEach(collect);
      else if (v && typeof v === 'object') Object.values(v).forEach(collect);
    };
    collect(json);
    const text = format === 'html' ? visible(out) : format === 'md' ? unmarkdown(out) : out;
    expect(englishIn(withoutData(text, data), locale)).toEqual([]);
  });
});

describe('the scan finds English', () => {
  it('in a report rendered with the English words', () => {
    const out = renderReport.text(failingReport(), { color: false, locale: 'en' });
    expect(englishIn(withoutData(out, reportData(failingReport())), 'es').length).toBeGreaterThan(10);
  });

  it('but not a word the agreement in that language uses too', () => {
    expect(englishIn('12 leads de marketing', 'es')).toEqual([]);
    expect(englishIn('the version', 'es')).toHaveLength(2);
    expect(englishIn('On', 'es')).toHaveLength(1);
    expect(englishIn('On', 'ca')).toEqual([]);
    expect(englishIn('versión', 'es')).toEqual([]);
  });
});
