import { DateTime } from 'luxon';
import { readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { checkContract } from '../../contract/index.js';
import { formatDiagnostic, hasErrors, sortDiagnostics, type Diagnostic } from '../../contract/diagnostics.js';
import { DOCUMENT_LOCALES } from '../../render/locale.js';
import { normalize } from '../../compiler/normalize.js';
import { renderDiagnostics } from '../../report/diagnostics.js';
import {
  buildScorecardReport,
  duplicatePeriods,
  latestPeriod,
  missingPeriods,
  parseGradeFile,
  periodProblem,
  renderScorecard,
  SCORECARD_FORMATS,
  type GradeCard,
} from '../../scorecard/index.js';
import { choice, defineCommand } from '../command.js';
import { writeOutput } from '../output.js';
import { describeError, readBytes } from '../../shared/files.js';
import { EXIT, UsageError } from '../../shared/errors.js';
import { loadTemplatesOrExplain } from '../templates.js';

const HISTORY_DIR = 'scorecards';

export const scorecard = defineCommand({
  name: 'scorecard',
  summary: 'Check the report cards the teams give each other; show the trend and the action items',
  usage: 'revpact scorecard <contract> [--history DIR] [--period P] [--format text|md|html|json] [--locale en|es|pt|ca] [--out FILE]',
  help: [
    '  --history DIR      the folder of grade files, one per period (2026-H1.yaml, ...); default: the',
    '                     nearest scorecards/ folder from the contract’s folder up to the working',
    '                     directory, or its <contract name>/ subfolder when there is one',
    '  --period P         the period to show, as scorecard.cadence has it: 2025-H2 (half-yearly), 2025-Q4',
    '                     (quarterly) or 2025 (yearly); default: the latest graded; later periods are left out',
    '  --format F         text (default), md, html or json',
    "  --locale L         language of text, md and html: en, es, pt or ca (default: the contract's metadata.locale)",
    '  --out FILE         write there instead of standard output',
    '  --templates DIR    override templates, partials or locale files by the same relative path',
    '',
    'Every grade file is checked against the contract (every need graded once, grades on the',
    'scale, a comment below scorecard.commentBelow, the period matches the file name and the',
    'cadence); any error prints the diagnostics and exits 1. A card for a period that ended',
    'before this version of the contract took effect may grade needs it no longer lists: a',
    'warning. Needs graded with the two worst grades of the scale are listed as action items,',
    'owned by the team graded.',
    '',
    'Exit codes: 0 card shown, 1 invalid contract or grade file, 2 usage or I/O error.',
  ].join('\n'),
  files: { inputs: ['history', 'templates'], outputs: ['out'], stdout: 'out' },
  options: {
    history: { type: 'string' },
    period: { type: 'string', short: 'p' },
    format: { type: 'string', short: 'f' },
    locale: { type: 'string', short: 'l' },
    out: { type: 'string', short: 'o' },
    templates: { type: 'string' },
  },
  async run({ values, positionals }, io) {
    if (positionals.length !== 1) throw new UsageError('name exactly one contract', 'e.g. revpact scorecard contracts/b2b-saas.yaml');
    const format = choice(values['format'], SCORECARD_FORMATS, '--format', 'text');
    const localeFlag = values['locale'] === undefined ? undefined : choice(values['locale'], DOCUMENT_LOCALES, '--locale', 'en');
    const showDiagnostics = (files: number, diagnostics: Diagnostic[]) =>
      io.stdout(renderDiagnostics[format === 'json' ? 'json' : 'text']({ files, diagnostics }));

    // Phase 1: the contract, which must have a scorecard section.
    const file = positionals[0] as string;
    const checked = checkContract(file, readBytes(io.cwd, file));
    if (!checked.ok) {
      showDiagnostics(1, checked.diagnostics);
      return EXIT.findings;
    }
    const rules = normalize(checked.value.contract);
    if (!rules.scorecard)
      throw new UsageError(
        `${file}: the contract has no scorecard section`,
        'add scorecard: with the needs of marketing and of sales, then grade them in scorecards/<period>.yaml',
      );

    // A --period not written for the contract's cadence is a usage error, said before any grade file is read.
    const asked = typeof values['period'] === 'string' ? values['period'].trim() : undefined;
    const askedProblem = asked === undefined ? undefined : periodProblem(asked, rules.scorecard.cadence, Number(rules.contract.effective.slice(0, 4)));
    if (askedProblem) throw new UsageError(`--period: ${askedProblem.message}`, askedProblem.suggest);

    // Phase 2: every grade file, checked; one invalid file stops the run.
    const dir = typeof values['history'] === 'string' ? resolve(io.cwd, values['history']) : findHistory(io.cwd, resolve(io.cwd, file), rules.contract.name);
    const files = gradeFiles(io.cwd, dir);
    const cards: GradeCard[] = [];
    const diagnostics: Diagnostic[] = [];
    for (const f of files) {
      const result = parseGradeFile(f, readBytes(io.cwd, f), rules, DateTime.now().setZone(rules.contract.timezone).toISODate() ?? undefined);
      diagnostics.push(...result.diagnostics);
      if (result.ok) cards.push(result.value);
    }
    diagnostics.push(...duplicatePeriods(cards));
    if (hasErrors(diagnostics)) {
      showDiagnostics(files.length, sortDiagnostics(diagnostics));
      return EXIT.findings;
    }
    // Only once every file is read: an unreadable card's period is not one left ungraded.
    diagnostics.push(...missingPeriods(cards));
    // Warnings (a need an older card graded that the contract no longer lists, a period no card grades) go to stderr.
    for (const d of sortDiagnostics(diagnostics)) io.stderr(`${formatDiagnostic(d)}\n`);

    // Phase 3: the card as of the period asked for.
    const current = asked !== undefined ? asked.toUpperCase() : latestPeriod(cards);
    if (current === undefined || !cards.some((c) => c.period.label === current)) {
      const graded = cards.map((c) => c.period.label).sort();
      throw new UsageError(`--period ${String(current)}: no grade file for this period in ${display(io.cwd, dir)}`, `periods graded: ${graded.join(', ')}`);
    }
    const report = buildScorecardReport(rules, cards, current);
    const locale = localeFlag ?? rules.contract.locale;
    const templates = loadTemplatesOrExplain(typeof values['templates'] === 'string' ? resolve(io.cwd, values['templates']) : undefined);
    const output = await renderScorecard[format](report, { locale, templates });
    writeOutput(io, values['out'], output);
    return EXIT.ok;
  },
});

/**
 * The nearest scorecards/ folder from the contract's folder up to the working directory:
 * a repository with one contract keeps scorecards/ beside it; one with a contracts/
 * folder keeps scorecards/<contract name>/ at its root.
 */
function findHistory(cwd: string, contractPath: string, name: string): string {
  const root = resolve(cwd);
  const tried: string[] = [];
  let dir = dirname(contractPath);
  for (;;) {
    const candidate = join(dir, HISTORY_DIR);
    tried.push(display(cwd, candidate));
    if (isDirectory(candidate)) return isDirectory(join(candidate, name)) ? join(candidate, name) : candidate;
    const inside = dir === root || dir.startsWith(root + sep);
    const parent = dirname(dir);
    if (!inside || dir === root || parent === dir) break;
    dir = parent;
  }
  throw new UsageError(
    `no ${HISTORY_DIR}/ folder found for ${name} (looked in ${tried.join(', ')})`,
    `put the grade files in ${HISTORY_DIR}/<period>.yaml next to the contract, or name the folder with --history`,
  );
}

/** The .yaml/.yml files directly in `dir` (not below: a subfolder may hold another contract's cards), sorted. */
function gradeFiles(cwd: string, dir: string): string[] {
  let names: string[];
  try {
    if (!statSync(dir).isDirectory()) throw new UsageError(`--history ${display(cwd, dir)}: not a directory`, 'name the folder that holds the grade files');
    names = readdirSync(dir);
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(`${display(cwd, dir)}: ${describeError(e)}`, 'name the folder that holds the grade files with --history');
  }
  const named = names
    .filter((n) => /\.ya?ml$/i.test(n) && !n.startsWith('.'))
    .sort()
    .map((n) => join(dir, n));
  // A folder named like a grade file (a card unpacked into 2026-H2.yaml/) was passed over,
  // and the card went without its period, the latest shown as the one before. Refused as a
  // file that cannot be read is (readBytes): a usage error that names it.
  const folders = named.filter(isDirectory).map((p) => display(cwd, p));
  if (folders.length > 0)
    throw new UsageError(
      `${folders.join(', ')}: ${folders.length === 1 ? 'a folder' : 'folders'} named like a grade file, not ${folders.length === 1 ? 'one' : 'files'}: the card would go without ${folders.length === 1 ? 'that period' : 'those periods'}`,
      `put the grade file itself at that path, or rename the folder so that its name does not end in .yaml or .yml`,
    );
  const files = named.map((p) => display(cwd, p));
  if (files.length === 0)
    throw new UsageError(
      `${display(cwd, dir)}: no grade files (.yaml) in this folder`,
      'write one per period, e.g. 2026-H1.yaml; see schema/scorecard.schema.json',
    );
  return files;
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

function display(cwd: string, abs: string): string {
  const rel = relative(cwd, abs);
  return rel && !rel.startsWith('..') ? rel : abs;
}
