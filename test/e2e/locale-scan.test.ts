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
 * words (every string in either file), except the enum words a summary translates. The
 * scan itself is in test/helpers/english-scan.ts (the Action's tests use it too).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse, stringify } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ComplianceReport } from '../../src/engine/types.js';
import { type CliIO } from '../../src/cli/io.js';
import { run } from '../../src/cli/main.js';
import { truncate } from '../../src/render/format.js';
import { renderReport } from '../../src/report/render/index.js';
import { diffText } from '../../src/review/render/messages.js';
import type { DiffReport } from '../../src/review/types.js';
import { LOCALES, englishIn, newWarningData, reportData, unmarkdown, visible, withoutData, type Locale } from '../helpers/english-scan.js';
import { REPO_ROOT } from '../helpers/paths.js';
import { failingReport, noDataReport, passingReport, piiReport } from '../unit/report/fixtures.js';
import { b2b } from '../unit/review/helpers.js';
import { editEverySection } from '../unit/review/every-section.js';

/** `revpact <argv>` in process, as main.ts runs it; fails the test on a non-zero exit. */
async function cli(argv: string[], cwd = REPO_ROOT): Promise<string> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), cwd, env: {}, stderrIsTTY: false, stdoutIsTTY: false };
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
  data.push(...newWarningData(json));
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

/** `revpact log` of a contract in a temporary Git repository: created, a change whose bump is too small, one whose bump is enough, a rename. */
describe('revpact log in es/pt/ca', () => {
  let repo: string;
  const B2B = readFileSync(join(REPO_ROOT, 'contracts', 'b2b-saas.yaml'), 'utf8');
  const git = (...args: string[]) =>
    execFileSync('git', ['-c', 'user.name=Laia Ferrer', '-c', 'user.email=laia@example.test', '-c', 'commit.gpgsign=false', ...args], {
      cwd: repo,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
  const file = (text: string, path = 'contracts/b2b-saas.yaml') => writeFileSync(join(repo, path), text);

  beforeAll(() => {
    repo = mkdtempSync(join(tmpdir(), 'revpact-log-locale-'));
    mkdirSync(join(repo, 'contracts'));
    git('init', '-q');
    file(B2B);
    git('add', '.');
    git('commit', '-q', '-m', 'First version of the agreement', '--date', '2026-03-02T10:00:00+01:00');
    const looser = B2B.replace('    goal: 1bh\n    target: 95%', '    goal: 2bh\n    target: 95%').replace('version: 2.3.0', 'version: 2.3.1');
    file(looser);
    git('commit', '-q', '-a', '-m', 'Relax first touch', '--date', '2026-04-15T10:00:00+02:00');
    file(looser.replace('version: 2.3.1', 'version: 3.0.0').replace('  revenue: 240000\n', '  revenue: 300000\n'));
    git('commit', '-q', '-a', '-m', 'Revenue target 300k', '--date', '2026-05-04T10:00:00+02:00');
    git('mv', 'contracts/b2b-saas.yaml', 'contracts/planfold.yaml');
    git('commit', '-q', '-m', 'Rename the file', '--date', '2026-06-01T10:00:00+02:00');
  });
  afterAll(() => rmSync(repo, { recursive: true, force: true }));

  /** What a history shows as it came from Git and the contracts: paths, commits, authors, subjects, versions, the changes' summaries. */
  async function logData(): Promise<string[]> {
    const json = JSON.parse(await cli(['log', 'contracts/planfold.yaml', '--format', 'json'], repo)) as {
      file: string;
      entries: {
        short: string;
        author: string;
        subject: string;
        path: string;
        renamedFrom: string | null;
        version: string | null;
        changes: { summary: string }[];
      }[];
    };
    expect(json.entries.map((e) => e.subject)).toEqual(['Rename the file', 'Revenue target 300k', 'Relax first touch', 'First version of the agreement']);
    return [
      json.file,
      ...json.entries.flatMap((e) => [e.short, e.author, e.subject, e.path, e.renamedFrom ?? '', e.version ?? '', ...e.changes.map((c) => c.summary)]),
    ];
  }

  describe.each(LOCALES)('%s', (locale) => {
    it.each(['text', 'markdown'])('%s has no English left', async (format) => {
      const out = await cli(['log', 'contracts/planfold.yaml', '--format', format, '--locale', locale], repo);
      const t = diffText(locale);
      // What the history says, said in the locale: the statuses, the version verdicts, the days.
      expect(out).toContain(t.log.created);
      expect(out).toContain(t.log.movedFrom('contracts/b2b-saas.yaml'));
      expect(out).toContain(t.log.noChange);
      expect(out).toContain(t.log.day('2026-04-15'));
      expect(out).not.toContain('2026-04-15');
      const text = format === 'markdown' ? unmarkdown(out) : out;
      expect(englishIn(withoutData(text, await logData()), locale)).toEqual([]);
    });
  });

  it('speaks the newest valid version’s metadata.locale unless --locale says otherwise', async () => {
    const english = await cli(['log', 'contracts/planfold.yaml'], repo);
    expect(english.split('\n')[0]).toBe('History of contracts/planfold.yaml: 4 commits');
    // The scan has teeth here: the English history, read as Spanish, is full of English.
    expect(englishIn(withoutData(english, await logData()), 'es').length).toBeGreaterThan(5);
    file(
      B2B.replace('  locale: en\n', '  locale: pt\n').replace('  revenue: 240000\n', '  revenue: 300000\n').replace('version: 2.3.0', 'version: 3.0.1'),
      'contracts/planfold.yaml',
    );
    git('commit', '-q', '-a', '-m', 'In Portuguese', '--date', '2026-07-01T10:00:00+02:00');
    try {
      const pt = await cli(['log', 'contracts/planfold.yaml'], repo);
      expect(pt.split('\n')[0]).toBe(diffText('pt').log.historyOf('contracts/planfold.yaml', '5', 5));
      const md = await cli(['log', 'contracts/planfold.yaml', '--format', 'markdown', '--locale', 'en'], repo);
      expect(md.split('\n')[0]).toBe('## Changelog: contracts/planfold.yaml');
    } finally {
      git('reset', '-q', '--hard', 'HEAD~1');
    }
  });

  it('refuses a language it does not speak, saying which it does (exit 2)', async () => {
    let stderr = '';
    const io: CliIO = { stdout: () => undefined, stderr: (t) => void (stderr += t), cwd: repo, env: {}, stderrIsTTY: false, stdoutIsTTY: false };
    expect(await run(['log', 'contracts/planfold.yaml', '--locale', 'fr'], io)).toBe(2);
    expect(stderr).toContain('--locale must be one of en, es, pt, ca (got "fr")');
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
