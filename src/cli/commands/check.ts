import { resolve } from 'node:path';
import { readContract, ruleLines } from '../../app/contract.js';
import { defaultMappingFor, diskReader, loadMapping, openLeadData } from '../../app/lead-data.js';
import { ENGINES, measure, type LeadOrigin } from '../../app/measure.js';
import { defaultThreads } from '../../app/parallel.js';
import { resolveEvery, resolveWhen } from '../../app/when.js';
import { SERIES_UNITS } from '../../engine/period.js';
import { createPerLeadWriter } from '../../report/per-lead.js';
import { REPORT_FORMATS, renderReport } from '../../report/render/index.js';
import { recordUrl } from '../../report/render/links.js';
import { privateRow } from '../../report/render/privacy.js';
import type { PerLeadRow } from '../../engine/types.js';
import { EXIT, UsageError } from '../../shared/errors.js';
import { openAtomicWriter } from '../../shared/files.js';
import { choice, defineCommand, localeFlag } from '../command.js';
import { diagnosticFormat, showDiagnostics, writeOutput } from '../output.js';
import { loadTemplatesOrExplain } from '../templates.js';
import { periodSpec, startProgress, LEAD_DATA_OPTIONS, whenWarning, crmWarning } from '../leads.js';

export const check = defineCommand({
  name: 'check',
  summary: 'Measure a contract against lead data exported from the CRM',
  usage:
    'revpact check <contract> (--leads FILE... [--mapping hubspot|salesforce|canonical|FILE] | --engine postgres --db URL --table NAME) [--engine streaming|duckdb|auto] [--period P | --from D --to D] [--every week|month|quarter] [--as-of T] [--format F] [--locale en|es|pt|ca] [--out FILE] [--per-lead FILE] [--fail-on breach]',
  help: [
    '  --leads FILE          an export (CSV or NDJSON); repeat for a mapping that joins files; hubspot: reads the',
    '                        contacts through HubSpot’s API (HUBSPOT_TOKEN: a private app’s token; see README, HubSpot);',
    '                        salesforce: the leads through Salesforce’s API (SF_INSTANCE_URL, SF_ACCESS_TOKEN; salesforce:rest',
    '                        or salesforce:bulk picks the API; see README, Salesforce)',
    '  --mapping M           hubspot, salesforce, canonical, or a mapping file (default: the contract’s metadata.mapping, else canonical)',
    '  --period P            2026-10, 2026-Q3, 2026-H1, 2026-W41 or 2026 (default: the last full month before --as-of)',
    '  --from D --to D       a custom range instead of --period (dates are inclusive)',
    '  --every U             also each week (ISO, in the contract’s zone), month or quarter of the period, read in',
    '                        the same pass: a series in the report (JSON `series`, a table in text, Markdown, HTML)',
    '  --as-of T             the instant the report is true at (default: now), ISO 8601; without an offset, in the contract’s zone',
    '  --format F            text (default), json, markdown, html, junit, github',
    "  --locale L            language of the report's words, numbers and dates: en, es, pt or ca (default: the contract's",
    '                        metadata.locale); JSON keys and values are the same in every language',
    '  --out FILE            write the report there instead of standard output',
    '  --per-lead FILE       one CSV row per lead and rule: lead_id,rule_id,verdict,elapsed_minutes,due_at,owner',
    '  --by FIELD            add a breakdown by this lead field (repeatable)',
    '  --fail-on breach      exit 1 when any SLA or commitment fails (default: never)',
    '  --show-pii            show emails and names in the worst offenders (default: lead ids only)',
    '  --quiet               no progress line',
    '  --threads N           threads the streaming engine reads one large export with, each a part of the file, the',
    '                        report the same as with one (default: 2, or 1 on a one-core machine; see README, Performance)',
    '  --engine E            streaming (default), duckdb (the rules as SQL in embedded DuckDB), postgres (the rules as',
    '                        SQL on a PostgreSQL table), or auto (the faster engine for the input size: streaming at',
    '                        every size measured so far, up to 10,000,000 rows; see README, SQL engines)',
    '  --db URL              with --engine postgres: the database, postgres://user@host:port/db',
    '  --table NAME          with --engine postgres: the canonical leads table (default leads; see revpact load)',
    '',
    'Exit codes: 0 report produced, 1 invalid contract or (with --fail-on breach) a failure,',
    '2 usage, I/O or mapping error.',
  ].join('\n'),
  files: { inputs: ['leads', 'mapping', 'templates'], outputs: ['out', 'per-lead'], stdout: 'out' },
  options: {
    ...LEAD_DATA_OPTIONS,
    format: { type: 'string', short: 'f' },
    locale: { type: 'string' },
    out: { type: 'string', short: 'o' },
    'per-lead': { type: 'string' },
    by: { type: 'string', multiple: true },
    'fail-on': { type: 'string' },
    'show-pii': { type: 'boolean' },
    quiet: { type: 'boolean', short: 'q' },
    templates: { type: 'string' },
    every: { type: 'string' },
    engine: { type: 'string' },
    db: { type: 'string' },
    table: { type: 'string' },
    threads: { type: 'string' },
  },
  async run({ values, positionals }, io) {
    if (positionals.length !== 1) throw new UsageError('name exactly one contract', 'e.g. revpact check contracts/b2b-saas.yaml --leads export.csv');
    const leads = (values['leads'] as string[] | undefined) ?? [];
    const engine = choice(values['engine'], ENGINES, '--engine', 'streaming');
    const threads = threadsOption(values['threads']);
    if (threads !== undefined && (engine === 'duckdb' || engine === 'postgres'))
      io.stderr(`revpact: --threads is the streaming engine's; --engine ${engine} runs on the database's own threads\n`);
    const db = typeof values['db'] === 'string' ? values['db'] : undefined;
    const table = typeof values['table'] === 'string' ? values['table'] : undefined;
    if (engine === 'postgres') {
      if (db === undefined)
        throw new UsageError(
          '--engine postgres needs --db: the database holding the leads table',
          'e.g. --engine postgres --db postgres://revpact@localhost/crm --table leads',
        );
      if (leads.length > 0)
        throw new UsageError('--engine postgres reads the leads table, not --leads files', 'load an export first: revpact load --db URL --leads FILE');
    } else {
      if (db !== undefined || table !== undefined)
        throw new UsageError('--db and --table go with --engine postgres', 'e.g. --engine postgres --db postgres://revpact@localhost/crm --table leads');
      if (leads.length === 0) throw new UsageError('--leads is required: the export to measure', 'e.g. --leads hubspot-contacts.csv --mapping hubspot');
    }
    const format = choice(values['format'], REPORT_FORMATS, '--format', 'text');
    const failOn = choice(values['fail-on'], ['breach', 'never'] as const, '--fail-on', 'never');
    const locale = localeFlag(values['locale']);
    const showPii = values['show-pii'] === true;

    // Phase 1: the contract, and when.
    const file = positionals[0] as string;
    const loaded = readContract(io.cwd, file);
    if (!loaded.ok) return showDiagnostics(io, loaded.diagnostics, 1, diagnosticFormat(format));
    const contract = loaded.value;
    const when = resolveWhen(periodSpec(values), contract.rules.contract.timezone, Date.now(), 'now', whenWarning(io));
    const every = resolveEvery(values['every'] === undefined ? undefined : choice(values['every'], SERIES_UNITS, '--every', 'month'), when.period);

    // Phase 2: the data: a table, or the export read with its mapping.
    let origin: LeadOrigin;
    if (engine === 'postgres') {
      origin = { kind: 'postgres', url: db as string, table: table ?? 'leads' };
    } else {
      const mapping = await loadMapping(
        values['mapping'] as string | undefined,
        defaultMappingFor(leads, contract.rules.contract.mapping),
        diskReader(io.cwd, file),
        {
          cwd: io.cwd,
          warn: io.stderr,
        },
      );
      origin = { kind: 'data', data: openLeadData(io.cwd, leads, mapping, { env: io.env, warn: crmWarning(io) }) };
    }

    // Phase 3: measure, streaming per-lead rows to a temp file renamed at the end.
    const by = (values['by'] as string[] | undefined) ?? [];
    const perLead = typeof values['per-lead'] === 'string' ? openAtomicWriter(resolve(io.cwd, values['per-lead']), '--per-lead') : undefined;
    const writer = perLead ? createPerLeadWriter(perLead.write) : undefined;
    let report;
    try {
      report = await measure(contract.rules, origin, engine, {
        ...when,
        every,
        by,
        showPii,
        onPerLead: writer ? (r: PerLeadRow) => writer.row(privateRow(r, showPii)) : undefined,
        onFallback: (reason) =>
          io.stderr(`revpact: --engine duckdb reads ${leads.join(', ')} with revpact's streaming source, not DuckDB's CSV reader: ${reason}\n`),
        watch: (stats, chosen) => startProgress(io, stats, values['quiet'] === true, chosen),
        threads: threads ?? defaultThreads(),
        // Said only when asked for: one thread gives the same report, just later.
        onOneThread: threads === undefined ? undefined : (reason) => io.stderr(`revpact: --threads ${threads}: read on one thread: ${reason}\n`),
      });
      writer?.end();
      perLead?.commit();
    } catch (e) {
      perLead?.abort();
      throw e;
    }

    // Phase 4: the report.
    const text = await renderReport[format](report, {
      color: format === 'text' && typeof values['out'] !== 'string' && io.stdoutIsTTY && !io.env['NO_COLOR'],
      contractFile: file,
      ...ruleLines(contract),
      showPii,
      locale: locale ?? contract.rules.contract.locale,
      recordUrl: recordUrl(contract.checked.contract.metadata.crm),
      templates:
        format === 'html' ? loadTemplatesOrExplain(typeof values['templates'] === 'string' ? resolve(io.cwd, values['templates']) : undefined) : undefined,
    });
    writeOutput(io, values['out'], text);
    return failOn === 'breach' && report.status === 'fail' ? EXIT.findings : EXIT.ok;
  },
});

/** `--threads N`: a whole number from 1 to 64, or undefined when not given. */
function threadsOption(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const text = typeof value === 'string' ? value : '';
  const n = Number(text);
  const hint = 'give a whole number from 1 to 64, e.g. --threads 2 (1: one thread)';
  if (!/^\d+$/.test(text)) throw new UsageError(`--threads ${text}: not a number of threads`, hint);
  if (n < 1) throw new UsageError(`--threads ${text}: at least one thread reads the file`, hint);
  if (n > 64) throw new UsageError(`--threads ${text}: more threads than revpact runs (at most 64; a thread per core is the most that helps)`, hint);
  return n;
}
