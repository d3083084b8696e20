import { closeSync, openSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { checkContract } from '../../contract/index.js';
import { locate } from '../../contract/positions.js';
import { normalize } from '../../compiler/normalize.js';
import { loadTemplates } from '../../render/templates.js';
import { evaluate } from '../../engine/evaluate.js';
import { withDefaultTimeZone } from '../../leads/mapping/index.js';
import { openLeadSource, type LeadSource } from '../../leads/sources/index.js';
import { renderDiagnostics } from '../../report/diagnostics.js';
import { createPerLeadWriter } from '../../report/per-lead.js';
import { REPORT_FORMATS, renderReport } from '../../report/render/index.js';
import type { RulesIR } from '../../compiler/ir.js';
import type { Period } from '../../engine/period.js';
import type { ComplianceReport, PerLeadRow } from '../../engine/types.js';
import { choice, defineCommand } from '../command.js';
import { describeError, readBytes, writeFileAtomic } from '../../shared/files.js';
import { diskReader, LEAD_DATA_OPTIONS, loadMapping, parseAsOf, resolvePeriod, sourceUsage } from '../leads.js';
import { EXIT, UsageError } from '../../shared/errors.js';
import { type CliIO } from '../io.js';

export const check = defineCommand({
  name: 'check',
  summary: 'Measure a contract against lead data exported from the CRM',
  usage:
    'revpact check <contract> (--leads FILE... [--mapping hubspot|salesforce|canonical|FILE] | --engine postgres --db URL --table NAME) [--engine streaming|duckdb|auto] [--period P | --from D --to D] [--as-of T] [--format F] [--out FILE] [--per-lead FILE] [--fail-on breach]',
  help: [
    '  --leads FILE          an export (CSV or NDJSON); repeat for a mapping that joins files',
    '  --mapping M           hubspot, salesforce, canonical, or a mapping file (default: the contract’s metadata.mapping, else canonical)',
    '  --period P            2026-10, 2026-Q3, 2026-H1, 2026-W41 or 2026 (default: the last full month before --as-of)',
    '  --from D --to D       a custom range instead of --period (dates are inclusive)',
    '  --as-of T             the instant the report is true at (default: now), ISO 8601; without an offset, in the contract’s zone',
    '  --format F            text (default), json, markdown, html, junit, github',
    '  --out FILE            write the report there instead of standard output',
    '  --per-lead FILE       one CSV row per lead and rule: lead_id,rule_id,verdict,elapsed_minutes,due_at,owner',
    '  --by FIELD            add a breakdown by this lead field (repeatable)',
    '  --fail-on breach      exit 1 when any SLA or commitment fails (default: never)',
    '  --show-pii            show emails and names in the worst offenders (default: lead ids only)',
    '  --quiet               no progress line',
    '  --engine E            streaming (default), duckdb (the rules as SQL in embedded DuckDB), postgres (the rules as',
    '                        SQL on a PostgreSQL table), or auto (the faster engine for the input size: streaming at',
    '                        every size measured so far; see README, SQL engines)',
    '  --db URL              with --engine postgres: the database, postgres://user@host:port/db',
    '  --table NAME          with --engine postgres: the canonical leads table (default leads; see revpact load)',
    '',
    'Exit codes: 0 report produced, 1 invalid contract or (with --fail-on breach) a failure,',
    '2 usage, I/O or mapping error.',
  ].join('\n'),
  options: {
    ...LEAD_DATA_OPTIONS,
    format: { type: 'string', short: 'f' },
    out: { type: 'string', short: 'o' },
    'per-lead': { type: 'string' },
    by: { type: 'string', multiple: true },
    'fail-on': { type: 'string' },
    'show-pii': { type: 'boolean' },
    quiet: { type: 'boolean', short: 'q' },
    templates: { type: 'string' },
    engine: { type: 'string' },
    db: { type: 'string' },
    table: { type: 'string' },
  },
  async run({ values, positionals }, io) {
    if (positionals.length !== 1) throw new UsageError('name exactly one contract', 'e.g. revpact check contracts/b2b-saas.yaml --leads export.csv');
    const leads = (values['leads'] as string[] | undefined) ?? [];
    const requested = choice(values['engine'], ENGINES, '--engine', 'streaming');
    const db = typeof values['db'] === 'string' ? values['db'] : undefined;
    const table = typeof values['table'] === 'string' ? values['table'] : undefined;
    if (requested === 'postgres') {
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
    const showPii = values['show-pii'] === true;

    // Phase 1: the contract.
    const file = positionals[0] as string;
    const checked = checkContract(file, readBytes(io.cwd, file));
    if (!checked.ok) {
      io.stdout(renderDiagnostics.text({ files: 1, diagnostics: checked.diagnostics }));
      return EXIT.findings;
    }
    const rules = normalize(checked.value.contract, { compilerVersion: 'check' });
    const zone = rules.contract.timezone;

    // Phase 2: when, and over which period.
    const asOfMs = parseAsOf(values['as-of'], zone);
    const period = resolvePeriod(values, asOfMs, zone);

    const by = (values['by'] as string[] | undefined) ?? [];
    const perLead = typeof values['per-lead'] === 'string' ? openAtomic(resolve(io.cwd, values['per-lead'])) : undefined;
    const writer = perLead ? createPerLeadWriter(perLead.write) : undefined;
    const onPerLead = writer ? (r: PerLeadRow) => writer.row(r) : undefined;
    let report: ComplianceReport;

    if (requested === 'postgres') {
      // Phase 3–4 on PostgreSQL: the rules as SQL against the table `revpact load` fills.
      try {
        report = await checkOnPostgres(db as string, table ?? 'leads', rules, { period, asOfMs, by, showPii, onPerLead });
        writer?.end();
        perLead?.commit();
      } catch (e) {
        perLead?.abort();
        throw e;
      }
    } else {
      // Phase 3: the data.
      const { mapping: loaded } = await loadMapping(values['mapping'], rules.contract.mapping, diskReader(io, file), io);
      const mapping = withDefaultTimeZone(loaded, zone);
      let source: LeadSource;
      try {
        source = openLeadSource(
          leads.map((l) => ({ path: resolve(io.cwd, l), display: l })),
          mapping,
        );
      } catch (e) {
        perLead?.abort();
        throw sourceUsage(e);
      }

      // Phase 4: evaluate, streaming per-lead rows to a temp file renamed at the end.
      const engine = requested === 'auto' ? (totalBytes(io.cwd, leads) > AUTO_DUCKDB_BYTES ? 'duckdb' : 'streaming') : requested;
      const progress = startProgress(io, source, values['quiet'] === true);
      try {
        if (engine === 'duckdb') {
          // Lazily: the native module loads only for this engine (the CLI's start-up and the Action never load it).
          const { checkWithDuckDb } = await import('../../sql/duckdb/index.js');
          const direct = {
            inputs: leads.map((l) => ({ path: resolve(io.cwd, l), display: l })),
            mapping,
            // Said, never silent: this input goes through revpact's own reader (README, "SQL engines").
            onFallback: (reason: string) =>
              io.stderr(`revpact: --engine duckdb reads ${leads.join(', ')} with revpact's streaming source, not DuckDB's CSV reader: ${reason}\n`),
          };
          report = await checkWithDuckDb(rules, source.items, {
            period,
            asOfMs,
            by,
            showPii,
            files: leads,
            onPerLead,
            threads: DUCKDB_THREADS,
            memoryLimit: DUCKDB_MEMORY,
            direct,
          });
        } else {
          report = await evaluate(rules, source.items, { period, asOfMs, by, showPii, files: leads, onPerLead });
        }
        writer?.end();
        perLead?.commit();
      } catch (e) {
        perLead?.abort();
        throw sourceUsage(e);
      } finally {
        progress.stop();
      }
    }

    // Phase 5: the report.
    const lineOf = (pointer: string) => locate(checked.value.source, pointer).line;
    const text = renderReport[format](report, {
      color: format === 'text' && typeof values['out'] !== 'string' && io.stdoutIsTTY && !io.env['NO_COLOR'],
      contractFile: file,
      slaLines: Object.fromEntries(rules.slas.map((s, i) => [s.id, lineOf(`/slas/${i}`)])),
      commitmentLines: Object.fromEntries(rules.commitments.map((c, i) => [c.id, lineOf(`/commitments/${i}`)])),
      showPii,
      templates: format === 'html' ? loadTemplates(typeof values['templates'] === 'string' ? resolve(io.cwd, values['templates']) : undefined) : undefined,
    });
    if (typeof values['out'] === 'string') writeFileAtomic(resolve(io.cwd, values['out']), text);
    else io.stdout(text);
    return failOn === 'breach' && report.status === 'fail' ? EXIT.findings : EXIT.ok;
  },
});

const ENGINES = ['streaming', 'duckdb', 'postgres', 'auto'] as const;
/**
 * `--engine auto` picks DuckDB for inputs larger than this. Measured (`npm run bench`, README
 * "SQL engines"): with DuckDB reading the export itself, it takes 2.0 s against 0.66 s on
 * 100,000 HubSpot rows and 11.9 s against 2.7 s on 1,000,000, both engines growing linearly,
 * and four times the memory: there is no size at which it is faster yet, so `auto` stays on
 * the streaming engine until a measurement says otherwise.
 */
export const AUTO_DUCKDB_BYTES = Number.POSITIVE_INFINITY;
/** DuckDB's worker threads: the loader and the SQL share the machine with Node's own thread. */
const DUCKDB_THREADS = 2;
/** DuckDB's memory limit: beyond it, it spills to a temporary directory rather than grow. */
const DUCKDB_MEMORY = '512MB';

function totalBytes(cwd: string, files: readonly string[]): number {
  let sum = 0;
  for (const f of files) {
    try {
      sum += statSync(resolve(cwd, f)).size;
    } catch {
      // A missing file is reported by the source, with its name.
    }
  }
  return sum;
}

/** The rules as SQL on a PostgreSQL table (part B's client, imported lazily like DuckDB). */
async function checkOnPostgres(
  url: string,
  table: string,
  rules: RulesIR,
  options: { period: Period; asOfMs: number; by: string[]; showPii: boolean; onPerLead: ((r: PerLeadRow) => void) | undefined },
): Promise<ComplianceReport> {
  const { connectPostgres } = await import('../../sql/postgres/client.js');
  const { sqlReport } = await import('../../sql/report.js');
  const { tableName } = await import('../../sql/quote.js');
  const runner = await connectPostgres(url);
  try {
    // The files the table was loaded from stand in for --leads in the report.
    const files = (await runner.all(`SELECT DISTINCT origin_file FROM ${tableName(table)} ORDER BY 1`)).map((r) => String(r['origin_file']));
    return await sqlReport(runner, rules, { ...options, table, files });
  } finally {
    await runner.close();
  }
}

/** A file written through a temporary name and renamed into place only when complete. */
function openAtomic(path: string): { write: (chunk: string) => void; commit: () => void; abort: () => void } {
  const temp = join(dirname(path), `.${path.split('/').pop() ?? 'out'}.${process.pid}.tmp`);
  let fd: number;
  try {
    fd = openSync(temp, 'w');
  } catch (e) {
    throw new UsageError(`${path}: cannot write (${describeError(e)})`, 'choose another path for --per-lead');
  }
  return {
    write: (chunk) => void writeSync(fd, chunk),
    commit: () => {
      closeSync(fd);
      renameSync(temp, path);
    },
    abort: () => {
      closeSync(fd);
      rmSync(temp, { force: true });
    },
  };
}

/** rows, MB and rows/s on stderr, for people at a terminal only (never in CI or with --quiet). */
function startProgress(io: CliIO, source: LeadSource, quiet: boolean): { stop: () => void } {
  if (quiet || !io.stderrIsTTY || io.env['CI']) return { stop: () => undefined };
  const started = Date.now();
  const line = () => {
    const seconds = Math.max(0.001, (Date.now() - started) / 1000);
    const { rows, bytes } = source.stats;
    io.stderr(`\r  ${rows.toLocaleString('en-US')} rows, ${(bytes / 1e6).toFixed(1)} MB, ${Math.round(rows / seconds).toLocaleString('en-US')} rows/s   `);
  };
  const timer = setInterval(line, 500);
  timer.unref();
  return {
    stop: () => {
      clearInterval(timer);
      if (source.stats.rows > 0) {
        line();
        io.stderr('\n');
      }
    },
  };
}
