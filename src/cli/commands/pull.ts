import { defaultPullFile, pull as pullService, PULL_FOLDER } from '../../app/pull.js';
import { renderDiagnostics } from '../../report/diagnostics.js';
import { EXIT, UsageError } from '../../shared/errors.js';
import { defineCommand } from '../command.js';
import type { CliIO } from '../io.js';

export const pull = defineCommand({
  name: 'pull',
  summary: 'Pull the CRM’s records into a file check reads: only the columns the contract needs, incrementally',
  usage: 'revpact pull hubspot|salesforce [--out FILE] [--contract FILE | --mapping M] [--by FIELD]... [--since T | --full] [--quiet]',
  help: [
    `  --out FILE            the NDJSON file to write (default: ${defaultPullFile('hubspot')} or ${defaultPullFile('salesforce')};`,
    `                        ${PULL_FOLDER}/ is what revpact init keeps out of Git)`,
    '  --contract FILE       pull only the id and the columns this contract’s rules read (data minimization); its mapping reads them',
    '  --mapping M           the mapping (default: the contract’s metadata.mapping, else the CRM’s preset); without --contract every',
    '                        column it reads is pulled',
    '  --by FIELD            also pull what a breakdown by FIELD reads (as check --by); repeat for several',
    '  --since T             only records modified since T (a date or an instant with its offset), merged into --out when it exists',
    '  --full                pull every record anew, ignoring what --out holds',
    '  --quiet               no progress line',
    '',
    'When --out exists, only the records modified since its last pull are fetched (HubSpot: the search',
    'endpoint, windowed by lastmodifieddate; Salesforce: SOQL on SystemModstamp), merged by id, deleted',
    'ones removed. The file is replaced whole at the end (mode 0600): a failed pull leaves it as it was.',
    'Read it with `revpact check CONTRACT --leads FILE --mapping hubspot` (or salesforce).',
    'HubSpot: HUBSPOT_TOKEN, a private app’s token with crm.objects.contacts.read and crm.objects.owners.read.',
    'Salesforce: SF_INSTANCE_URL and SF_ACCESS_TOKEN (`sf org display` prints both).',
    'Exit codes: 0 pulled, 1 invalid --contract, 2 usage, token, scope, network or file error.',
  ].join('\n'),
  files: { inputs: ['contract', 'mapping'], outputs: ['out'], positionals: false },
  options: {
    out: { type: 'string', short: 'o' },
    contract: { type: 'string', short: 'c' },
    mapping: { type: 'string', short: 'm' },
    by: { type: 'string', multiple: true },
    since: { type: 'string' },
    full: { type: 'boolean' },
    quiet: { type: 'boolean', short: 'q' },
  },
  async run({ values, positionals }, io) {
    if (positionals.length > 1) throw new UsageError(`unexpected argument "${positionals[1]}"`, 'e.g. revpact pull hubspot --contract contract.yaml');
    if (values['since'] !== undefined && values['full'] === true)
      throw new UsageError('--since and --full contradict each other', '--full pulls every record; --since only those modified since');
    if (typeof values['contract'] === 'string' && typeof values['mapping'] === 'string')
      throw new UsageError('give --contract or --mapping, not both', 'the contract names its mapping (metadata.mapping), or the CRM’s preset is used');
    const started = Date.now();
    const progress = startProgress(io, values['quiet'] === true);
    let outcome;
    try {
      outcome = await pullService({
        crm: positionals[0] as string,
        cwd: io.cwd,
        out: values['out'] as string | undefined,
        since: values['since'] as string | undefined,
        contract: values['contract'] as string | undefined,
        mapping: values['mapping'] as string | undefined,
        by: (values['by'] as string[] | undefined) ?? [],
        full: values['full'] === true,
        env: io.env,
        clock: {},
        warn: io.stderr,
        onProgress: progress.update,
      });
    } finally {
      progress.stop();
    }
    if (!outcome.ok) {
      io.stderr(renderDiagnostics.text({ files: 1, diagnostics: outcome.diagnostics }));
      return EXIT.findings;
    }
    const n = (x: number) => x.toLocaleString('en-US');
    const out = (values['out'] as string | undefined) ?? defaultPullFile(outcome.header.crm);
    const what =
      outcome.kind === 'full'
        ? `${n(outcome.records)} record${outcome.records === 1 ? '' : 's'}`
        : `${n(outcome.fetched)} new or modified and ${n(outcome.removed)} deleted record${outcome.removed === 1 ? '' : 's'}, ${n(outcome.records)} in all`;
    io.stdout(
      `pulled ${what} from ${outcome.header.crm} into ${out} (${outcome.kind}, ${outcome.columns.length} columns, ${n(outcome.calls)} calls, ${((Date.now() - started) / 1000).toFixed(1)} s)\n`,
    );
    return EXIT.ok;
  },
});

/** Records so far on stderr, for people at a terminal only (never in CI or with --quiet). */
function startProgress(io: CliIO, quiet: boolean): { update?: (records: number) => void; stop: () => void } {
  if (quiet || !io.stderrIsTTY || io.env['CI']) return { stop: () => undefined };
  const started = Date.now();
  let shown = false;
  let last = 0;
  return {
    update: (records) => {
      const now = Date.now();
      if (now - last < 250) return;
      last = now;
      shown = true;
      const seconds = Math.max(0.001, (now - started) / 1000);
      io.stderr(`\r  ${records.toLocaleString('en-US')} records, ${Math.round(records / seconds).toLocaleString('en-US')} records/s   `);
    },
    stop: () => {
      if (shown) io.stderr('\n');
    },
  };
}
