import { resolve } from 'node:path';
import { readContract } from '../../app/contract.js';
import {
  defaultMappingFor,
  diskReader,
  isHubSpotLeads,
  isSalesforceLeads,
  loadMapping,
  noContractReader,
  openLeadData,
  sourceUsage,
} from '../../app/lead-data.js';
import { isValidTimeZone } from '../../leads/mapping/index.js';
import { checkLeadFile, type LeadSource } from '../../leads/sources/index.js';
import { renderDiagnostics } from '../../report/diagnostics.js';
import { rejectionsTable } from '../../sql/ddl.js';
import { checkUrl } from '../../sql/postgres/errors.js';
import type { LoadCounts } from '../../sql/postgres/load.js';
import { defineCommand } from '../command.js';
import { EXIT, UsageError } from '../../shared/errors.js';
import { type CliIO } from '../io.js';
import { crmWarning } from '../leads.js';

export const load = defineCommand({
  name: 'load',
  summary: 'Load a CRM export into a PostgreSQL table of canonical leads',
  usage:
    'revpact load --db URL --leads FILE...|hubspot:|salesforce: [--mapping hubspot|salesforce|canonical|FILE] [--table leads] [--replace] [--contract FILE | --time-zone ZONE]',
  help: [
    '  --db URL              the database: postgresql://USER:PASSWORD@HOST:5432/DATABASE (without a password, PGPASSWORD or ~/.pgpass is used)',
    '  --leads FILE          the export (CSV or NDJSON); repeat for a mapping that joins files; hubspot: reads the contacts',
    '                        through HubSpot’s API, as check does (HUBSPOT_TOKEN; see README, HubSpot); salesforce: the leads',
    '                        through Salesforce’s (SF_INSTANCE_URL, SF_ACCESS_TOKEN; see README, Salesforce)',
    '  --mapping M           hubspot, salesforce, canonical, or a mapping file (default: the --contract’s metadata.mapping, else',
    '                        the CRM’s preset for hubspot: and salesforce:, canonical for files)',
    '  --table NAME          the table to fill, optionally schema.table (default: leads); rejected rows go to NAME_rejections',
    '  --replace             empty both tables and load them anew (TRUNCATE: grants, indexes and views stay; a table of',
    '                        another shape is dropped and recreated); default: create them when absent, else add to them',
    '  --contract FILE       read the export as `check` does for this contract: its time zone and its mapping',
    '  --time-zone ZONE      the IANA zone of date cells without an offset (default: the mapping’s, the --contract’s, else UTC)',
    '  --quiet               no progress line',
    '',
    'Everything is loaded in one transaction: on any error nothing is. Exit codes: 0 loaded,',
    '1 invalid --contract, 2 usage, I/O, mapping or database error.',
  ].join('\n'),
  options: {
    db: { type: 'string' },
    leads: { type: 'string', multiple: true, short: 'l' },
    mapping: { type: 'string', short: 'm' },
    table: { type: 'string', short: 't' },
    replace: { type: 'boolean' },
    contract: { type: 'string', short: 'c' },
    'time-zone': { type: 'string' },
    quiet: { type: 'boolean', short: 'q' },
  },
  async run({ values, positionals }, io) {
    if (positionals.length > 0) throw new UsageError(`unexpected argument "${positionals[0]}"`, 'name the export with --leads FILE');
    const url = values['db'];
    if (typeof url !== 'string' || url === '')
      throw new UsageError('--db is required: the PostgreSQL database to load into', 'e.g. --db postgresql://revpact@localhost:5432/crm');
    const leads = (values['leads'] as string[] | undefined) ?? [];
    if (leads.length === 0) throw new UsageError('--leads is required: the export to load', 'e.g. --leads hubspot-contacts.csv --mapping hubspot');
    const table = typeof values['table'] === 'string' ? values['table'] : 'leads';
    const zoneOption = values['time-zone'] as string | undefined;
    if (zoneOption !== undefined && !isValidTimeZone(zoneOption)) {
      throw new UsageError(`--time-zone: "${zoneOption}" is not an IANA time zone`, 'e.g. --time-zone Europe/Madrid');
    }
    // Both throw a PostgresError, a UsageError: exit 2 with a hint.
    checkUrl(url);
    // The PostgreSQL client is loaded only by the commands that use it: it costs every
    // other command a fifth of a second at start-up.
    const { connectPostgres } = await import('../../sql/postgres/client.js');
    const { checkTableName, loadLeads } = await import('../../sql/postgres/load.js');
    checkTableName(table);
    // An export that cannot be opened is reported before anything touches the database.
    // A named pipe or a device is refused at once, as `check` does (opening it would wait).
    // salesforce: was looked for as a file ("cannot read salesforce:: no such file"), though it reads as in check.
    const api = isHubSpotLeads(leads) || isSalesforceLeads(leads);
    for (const l of api ? [] : leads) {
      try {
        checkLeadFile(resolve(io.cwd, l), l);
      } catch (e) {
        throw sourceUsage(e);
      }
    }

    // Phase 1: how to read the export: the contract's zone and mapping, as `check` reads it.
    let zone = zoneOption;
    let contractMapping: string | null = null;
    let reader = noContractReader;
    if (typeof values['contract'] === 'string') {
      const file = values['contract'];
      const loaded = readContract(io.cwd, file);
      if (!loaded.ok) {
        io.stderr(renderDiagnostics.text({ files: 1, diagnostics: loaded.diagnostics }));
        return EXIT.findings;
      }
      zone ??= loaded.value.rules.contract.timezone;
      contractMapping = loaded.value.rules.contract.mapping;
      reader = diskReader(io.cwd, file);
    }
    const mapping = await loadMapping(values['mapping'] as string | undefined, api ? defaultMappingFor(leads, contractMapping) : contractMapping, reader, {
      cwd: io.cwd,
      warn: io.stderr,
    });
    if (mapping.mapping.timeZone === undefined && zone === undefined) {
      io.stderr('revpact: note: date cells without an offset are read as UTC; give --contract or --time-zone to read them as `check` does\n');
    }
    // The token is checked (and a missing one named) before the database is touched.
    const source: LeadSource = openLeadData(io.cwd, leads, mapping, { env: io.env, warn: crmWarning(io) }).open(zone);

    // Phase 2: the database, then the rows in one transaction.
    const runner = await connectPostgres(url);
    const started = Date.now();
    const progress = startProgress(io, source, values['quiet'] === true);
    let counts;
    try {
      counts = await loadLeads(runner, source.items, { table, replace: values['replace'] === true, onProgress: progress.update });
    } catch (e) {
      throw sourceUsage(e);
    } finally {
      progress.stop();
      await runner.close();
    }

    const seconds = (Date.now() - started) / 1000;
    const n = (x: number) => x.toLocaleString('en-US');
    io.stdout(
      `loaded ${n(counts.loaded)} lead${counts.loaded === 1 ? '' : 's'} into ${table}${counts.created ? ' (created)' : ''}, ` +
        `${n(counts.rejected)} rejected row${counts.rejected === 1 ? '' : 's'} into ${rejectionsTable(table)} ` +
        `(${leads.join(', ')}, ${seconds.toFixed(1)} s)\n`,
    );
    return EXIT.ok;
  },
});

/** Rows loaded so far on stderr, for people at a terminal only (never in CI or with --quiet). */
function startProgress(io: CliIO, source: LeadSource, quiet: boolean): { update?: (c: LoadCounts) => void; stop: () => void } {
  if (quiet || !io.stderrIsTTY || io.env['CI']) return { stop: () => undefined };
  const started = Date.now();
  let shown = false;
  return {
    update: (c) => {
      shown = true;
      const seconds = Math.max(0.001, (Date.now() - started) / 1000);
      io.stderr(
        `\r  ${(c.loaded + c.rejected).toLocaleString('en-US')} rows, ${(source.stats.bytes / 1e6).toFixed(1)} MB, ${Math.round((c.loaded + c.rejected) / seconds).toLocaleString('en-US')} rows/s   `,
      );
    },
    stop: () => {
      if (shown) io.stderr('\n');
    },
  };
}
