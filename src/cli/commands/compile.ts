import { lstatSync, type Stats } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { formatDiagnostic, type Diagnostic } from '../../contract/diagnostics.js';
import { emitCodeowners } from '../../compiler/codeowners.js';
import { renderAgreement } from '../../compiler/documents.js';
import type { RulesIR } from '../../compiler/ir.js';
import { emitRules } from '../../compiler/rules.js';
import { emitIcs } from '../../compiler/ics.js';
import { choice, defineCommand, SYNONYMS } from '../command.js';
import { expandYamlInputs, refuseOutputsOverInputs, repositoryPath } from '../files.js';
import { writeFilesTogether } from '../../shared/files.js';
import { EXIT, UsageError } from '../../shared/errors.js';
import { version } from '../../shared/version.js';
import { periodSpec, whenWarning } from '../leads.js';
import { showDiagnostics } from '../output.js';
import { readContract, type LoadedContract } from '../../app/contract.js';
import { resolveWhen } from '../../app/when.js';
import { sqlScript } from '../../sql/script.js';
import { loadTemplatesOrExplain } from '../templates.js';

const FORMATS = ['md', 'html', 'rules', 'codeowners', 'ics', 'sql'] as const;
const DIALECTS = ['duckdb', 'postgres'] as const;
type Format = (typeof FORMATS)[number];
const LOCALES = ['en', 'es', 'pt', 'ca'] as const;

export const compile = defineCommand({
  name: 'compile',
  summary: 'Turn contracts into documents people read and rules machines run',
  usage:
    'revpact compile <contract>... [--out DIR] [--locale en|es|pt|ca] [--format md,html,rules,codeowners,ics,sql] [--templates DIR] [--dialect duckdb|postgres] [--table NAME] [--period P | --from D --to D] [--as-of T]',
  help: [
    '  --out DIR          where to write (default: out/)',
    "  --locale L         document language: en, es, pt or ca (default: the contract's metadata.locale)",
    '  --format LIST      comma-separated: md, html, rules, codeowners, ics, sql (default: md,html,rules);',
    '                     a format named twice is written once',
    '  --templates DIR    override templates, partials or locale files by the same relative path',
    '  --dialect D        with --format sql: duckdb (default), postgres, or both as duckdb,postgres',
    '  --table NAME       with --format sql: the canonical leads table the SQL reads (default: leads)',
    '  --period P         with --format sql: the report period (default: the last full month before --as-of);',
    '                     --from D --to D for a custom range, as in revpact check',
    '  --as-of T          with --format sql: the instant the report is true at (default: now)',
    '',
    'Writes <name>.md, <name>.html, <name>.rules.json, <name>.ics (the meetings as a calendar),',
    '<name>.<dialect>.sql (the compliance report of one period as SQL) and CODEOWNERS. An invalid contract',
    'prints its diagnostics, writes nothing and exits 1.',
  ].join('\n'),
  options: {
    out: { type: 'string', short: 'o' },
    locale: { type: 'string', short: 'l' },
    format: { type: 'string', short: 'f' },
    templates: { type: 'string' },
    dialect: { type: 'string' },
    table: { type: 'string' },
    period: { type: 'string', short: 'p' },
    from: { type: 'string' },
    to: { type: 'string' },
    'as-of': { type: 'string' },
  },
  async run({ values, positionals }, io) {
    if (positionals.length === 0) throw new UsageError('name at least one contract', 'e.g. revpact compile contracts/b2b-saas.yaml');
    const warn = whenWarning(io);
    // Read as the current folder, `--out ""` (a variable not set) wrote the documents beside the contracts.
    for (const flag of ['out', 'templates'])
      if (values[flag] === '')
        throw new UsageError(`--${flag} is empty (a shell variable that is not set?)`, `give --${flag} a folder; see revpact compile --help`);
    const formats = parseFormats(values['format']);
    const locale = values['locale'] === undefined ? undefined : choice(values['locale'], LOCALES, '--locale', 'en');
    const outDir = resolve(io.cwd, typeof values['out'] === 'string' ? values['out'] : 'out');
    const templateDir = typeof values['templates'] === 'string' ? resolve(io.cwd, values['templates']) : undefined;
    const dialects = parseDialects(values['dialect']);
    const sqlOnly = ['dialect', 'table', 'period', 'from', 'to', 'as-of'].filter((o) => values[o] !== undefined);
    if (!formats.includes('sql') && sqlOnly.length > 0)
      throw new UsageError(
        `--${sqlOnly[0]} goes with --format sql`,
        'e.g. revpact compile contracts/b2b-saas.yaml --format sql --dialect postgres --period 2026-10',
      );
    const table = typeof values['table'] === 'string' ? values['table'] : 'leads';
    if (formats.includes('sql') && !/^[^.\0]+(\.[^.\0]+)?$/.test(table))
      throw new UsageError(`--table: "${table}" is not a table name`, 'a name or schema.name, e.g. --table analytics.leads');

    // Phase 1: check everything; an invalid contract stops the run before anything is written.
    const files = expandYamlInputs(io.cwd, positionals);
    const loaded: LoadedContract[] = [];
    const diagnostics: Diagnostic[] = [];
    for (const file of files) {
      const result = readContract(io.cwd, file);
      diagnostics.push(...(result.ok ? result.value.diagnostics : result.diagnostics));
      if (result.ok) loaded.push(result.value);
    }
    if (loaded.length < files.length) return showDiagnostics(io, diagnostics, files.length);
    for (const d of diagnostics) io.stderr(`${formatDiagnostic(d)}\n`);

    // Phase 2: render every output in memory.
    const templates = formats.some((f) => f === 'md' || f === 'html') ? loadTemplatesOrExplain(templateDir) : undefined;
    const outputs: { name: string; content: string }[] = [];
    const compiled: { rules: RulesIR; path: string }[] = [];
    const names = new Set<string>();
    for (const { checked: c, rules } of loaded) {
      if (names.has(rules.contract.name))
        throw new UsageError(
          `two contracts are named "${rules.contract.name}"; their outputs would overwrite each other`,
          'give each contract its own metadata.name',
        );
      names.add(rules.contract.name);
      // CODEOWNERS paths start at the repository's top: from the folder compile ran in,
      // `cd contracts && revpact compile agreement.yaml` wrote /agreement.yaml, which matches no file.
      compiled.push({ rules, path: repositoryPath(io.cwd, c.file) });
      const name = rules.contract.name;
      const docLocale = locale ?? rules.contract.locale;
      if (formats.includes('md') && templates)
        outputs.push({ name: `${name}.md`, content: renderAgreement(rules, templates, { format: 'md', locale: docLocale }) });
      if (formats.includes('html') && templates)
        outputs.push({ name: `${name}.html`, content: await renderAgreement(rules, templates, { format: 'html', locale: docLocale }) });
      if (formats.includes('rules')) outputs.push({ name: `${name}.rules.json`, content: emitRules(rules) });
      if (formats.includes('sql')) {
        // The period is cut and as-of read in the contract's zone, as `check` does.
        const { period, asOfMs } = resolveWhen(periodSpec(values), rules.contract.timezone, Date.now(), 'now', warn);
        for (const dialect of dialects)
          outputs.push({ name: `${name}.${dialect}.sql`, content: sqlScript(rules, { dialect, table, period, asOfMs, compilerVersion: version() }) });
      }
      if (formats.includes('ics')) {
        // RFC 5545 wants at least one event in a calendar: no meetings, no file.
        if (rules.meetings.length > 0) outputs.push({ name: `${name}.ics`, content: emitIcs(rules) });
        else io.stderr(`${c.file}: no reporting.meetings, so no ${name}.ics\n`);
      }
    }
    if (formats.includes('codeowners')) outputs.push({ name: 'CODEOWNERS', content: emitCodeowners(compiled) });

    // Phase 3: written together or not at all (a folder in the way of one leaves none half done).
    const targets = outputs.map((o) => ({ path: join(outDir, o.name), content: o.content, name: o.name }));
    for (const t of targets)
      if (lstatOrNull(t.path)?.isDirectory())
        throw new UsageError(`${t.path}: is a folder, where compile writes the file ${t.name}`, 'move the folder away, or give --out another folder');
    // A contract named like its document (worked-example.md compiled into its own folder) was replaced by it.
    refuseOutputsOverInputs(
      io.cwd,
      [...files.map((path) => ({ flag: '', path })), ...(templateDir === undefined ? [] : [{ flag: '--templates', path: templateDir }])],
      targets.map((t) => ({ flag: 'the output', path: relative(io.cwd, t.path) || t.path })),
      undefined,
      'give --out another folder (or name the contract .yaml)',
    );
    writeFilesTogether(targets, '--out');
    for (const t of targets) {
      const shown = relative(io.cwd, t.path);
      io.stdout(`wrote ${shown.startsWith('..') ? t.path : shown}\n`);
    }
    return EXIT.ok;
  },
});

/**
 * A comma-separated flag value, each entry trimmed. An empty entry (`md,,html`, `md,`) is
 * refused: it is a slip, and the name that was meant there would be missing. A name given
 * twice is kept once: `md,html,md` asks for nothing `md,html` does not, and compile writes
 * each file once either way.
 */
function commaList(value: unknown, flag: string, noun: string, hint: string): string[] {
  const text = typeof value === 'string' ? value : '';
  const list = text.split(',').map((s) => s.trim());
  if (list.every((s) => s === '')) throw new UsageError(`${flag}: no ${noun} given`, hint);
  if (list.includes('')) throw new UsageError(`${flag}: ${JSON.stringify(text)} has an empty entry (two commas in a row, or one at an end)`, hint);
  return list;
}

function parseDialects(value: unknown): (typeof DIALECTS)[number][] {
  if (value === undefined) return ['duckdb'];
  const hint = `use ${DIALECTS.join(', ')} or both, comma-separated`;
  const list = commaList(value, '--dialect', 'dialect', hint);
  const bad = list.filter((d) => !(DIALECTS as readonly string[]).includes(d));
  if (bad.length > 0) throw new UsageError(`--dialect: unknown dialect ${bad.map((b) => JSON.stringify(b)).join(', ')}`, hint);
  return [...new Set(list)] as (typeof DIALECTS)[number][];
}

function parseFormats(value: unknown): Format[] {
  if (value === undefined) return ['md', 'html', 'rules'];
  const hint = `use a comma-separated list of ${FORMATS.join(', ')}`;
  const list = commaList(value, '--format', 'format', hint).map((f) => ((FORMATS as readonly string[]).includes(f) ? f : (SYNONYMS[f] ?? f)));
  const bad = list.filter((f) => !(FORMATS as readonly string[]).includes(f));
  if (bad.length > 0) throw new UsageError(`--format: unknown format ${bad.map((b) => JSON.stringify(b)).join(', ')}`, hint);
  return [...new Set(list)] as Format[];
}

function lstatOrNull(path: string): Stats | null {
  try {
    return lstatSync(path);
  } catch {
    return null;
  }
}
