import { readContract } from '../../app/contract.js';
import { defaultMappingFor, diskReader, loadMapping, openLeadData } from '../../app/lead-data.js';
import { listDue, parseWindow, windowMinutes } from '../../app/due.js';
import { parseAsOf } from '../../app/when.js';
import { DUE_FORMATS, rejectedRows, renderDue, unmeasuredLines } from '../../report/render/due.js';
import { DUE_EN } from '../../report/render/due-messages.js';
import { recordUrl } from '../../report/render/links.js';
import { EXIT, UsageError } from '../../shared/errors.js';
import { choice, defineCommand, localeFlag } from '../command.js';
import { startProgress, whenWarning, crmWarning } from '../leads.js';
import { diagnosticFormat, showDiagnostics, writeOutput } from '../output.js';

export const due = defineCommand({
  name: 'due',
  summary: 'List open leads whose SLA falls due soon, most urgent first',
  usage:
    'revpact due <contract> --leads FILE... --within 2bh [--mapping M] [--as-of T] [--since D] [--format text|json|csv|markdown] [--locale en|es|pt|ca] [--out FILE]',
  help: [
    '  --leads FILE       the export (repeat for a mapping that joins files), or hubspot: (HubSpot’s API, HUBSPOT_TOKEN),',
    '                     or salesforce: (Salesforce’s API, SF_INSTANCE_URL and SF_ACCESS_TOKEN)',
    '  --within W         the window: 90m, 2h or 2bh (business hours), 1bd; time left is on each SLA’s own clock',
    '  --mapping M        hubspot, salesforce, canonical, or a mapping file (default: the contract’s metadata.mapping)',
    '  --as-of T          now, for the purpose of the list (default: now)',
    '  --since D          how far back SLA clocks may have started (default: 90 days before --as-of)',
    '  --format F         text (default), json, csv (lead_id,rule_id,owner,due_at,minutes_left,overdue), or markdown',
    "                     (a table; lead ids link to the CRM record with the contract's metadata.crm)",
    "  --locale L         language of text and markdown: en, es, pt or ca (default: the contract's metadata.locale);",
    '                     JSON and CSV are the same in every language',
    '  --out FILE         write the list there instead of standard output',
    '  --show-pii         show lead ids and owners that are e-mail addresses as they are (default: masked)',
    '  --quiet            no progress line (it only appears on a terminal)',
    '',
    'Only leads still open and not yet breached are listed. One whose due instant is behind as-of while its',
    'business clock has not run past the goal (due Friday 18:00, run on Sunday: check calls it pending) is listed',
    'first, as overdue. Rows of the data that could not be read as leads are',
    'counted under the head (CSV: on standard error), with the first one’s reason. Exit codes: 0 listed (even if empty),',
    '1 invalid contract, 2 usage, I/O or mapping error.',
  ].join('\n'),
  files: { inputs: ['leads', 'mapping'], outputs: ['out'], stdout: 'out' },
  options: {
    leads: { type: 'string', multiple: true, short: 'l' },
    within: { type: 'string', short: 'w' },
    mapping: { type: 'string', short: 'm' },
    'as-of': { type: 'string' },
    since: { type: 'string' },
    format: { type: 'string', short: 'f' },
    locale: { type: 'string' },
    out: { type: 'string', short: 'o' },
    'show-pii': { type: 'boolean' },
    quiet: { type: 'boolean', short: 'q' },
  },
  async run({ values, positionals }, io) {
    if (positionals.length !== 1) throw new UsageError('name exactly one contract', 'e.g. revpact due contracts/b2b-saas.yaml --leads export.csv --within 2bh');
    const leads = (values['leads'] as string[] | undefined) ?? [];
    if (leads.length === 0) throw new UsageError('--leads is required: the export to look at');
    const format = choice(values['format'], DUE_FORMATS, '--format', 'text');
    const locale = localeFlag(values['locale']);
    const within = parseWindow(typeof values['within'] === 'string' ? values['within'] : undefined);

    const file = positionals[0] as string;
    const loaded = readContract(io.cwd, file);
    if (!loaded.ok) return showDiagnostics(io, loaded.diagnostics, 1, diagnosticFormat(format));
    const { rules } = loaded.value;
    const asOfMs = parseAsOf(values['as-of'], rules.contract.timezone, Date.now, whenWarning(io));
    const mapping = await loadMapping(values['mapping'] as string | undefined, defaultMappingFor(leads, rules.contract.mapping), diskReader(io.cwd, file), {
      cwd: io.cwd,
      warn: io.stderr,
    });
    const due = await listDue(rules, openLeadData(io.cwd, leads, mapping, { env: io.env, warn: crmWarning(io) }), {
      asOfMs,
      withinMinutes: windowMinutes(rules, within),
      since: typeof values['since'] === 'string' ? values['since'] : undefined,
      showPii: values['show-pii'] === true,
      watch: (stats) => startProgress(io, stats, values['quiet'] === true),
    });
    // CSV carries rows only: the rows that could not be read are said here (the other formats say it themselves).
    if (format === 'csv') {
      const unread = rejectedRows(due, 'en');
      if (unread !== null) io.stderr(`revpact: ${DUE_EN.unread(unread)}\n`);
      for (const line of unmeasuredLines(due)) io.stderr(`revpact: ${line}\n`);
    }
    writeOutput(
      io,
      values['out'],
      renderDue[format](
        { ...due, within: values['within'] as string },
        { locale: locale ?? rules.contract.locale, recordUrl: recordUrl(loaded.value.checked.contract.metadata.crm) },
      ),
    );
    return EXIT.ok;
  },
});
