import { resolve } from 'node:path';
import { DateTime } from 'luxon';
import { checkContract } from '../../contract/index.js';
import { parseDuration } from '../../shared/quantities.js';
import { normalize } from '../../compiler/normalize.js';
import { evaluate } from '../../engine/evaluate.js';
import { withDefaultTimeZone } from '../../leads/mapping/index.js';
import { parsePeriod } from '../../engine/period.js';
import { openLeadSource } from '../../leads/sources/index.js';
import { renderDiagnostics } from '../../report/diagnostics.js';
import { csvText } from '../../report/per-lead.js';
import { clean } from '../../render/format.js';
import { DueList, type DueItem } from '../../report/due.js';
import { choice, defineCommand } from '../command.js';
import { readBytes, writeFileAtomic } from '../../shared/files.js';
import { EXIT, UsageError } from '../../shared/errors.js';
import { diskReader, loadMapping, parseAsOf, sourceUsage } from '../leads.js';

const FORMATS = ['text', 'json', 'csv'] as const;

export const due = defineCommand({
  name: 'due',
  summary: 'List open leads whose SLA falls due soon, most urgent first',
  usage: 'revpact due <contract> --leads FILE... --within 2bh [--mapping M] [--as-of T] [--since D] [--format text|json|csv] [--out FILE]',
  help: [
    '  --leads FILE       the export (repeat for a mapping that joins files)',
    '  --within W         the window: 90m, 2h or 2bh (business hours), 1bd; time left is on each SLA’s own clock',
    '  --mapping M        hubspot, salesforce, canonical, or a mapping file (default: the contract’s metadata.mapping)',
    '  --as-of T          now, for the purpose of the list (default: now)',
    '  --since D          how far back SLA clocks may have started (default: 90 days before --as-of)',
    '  --format F         text (default), json, or csv (lead_id,rule_id,owner,due_at,minutes_left)',
    '  --out FILE         write the list there instead of standard output',
    '',
    'Only leads still open and not yet late are listed. Exit codes: 0 listed (even if empty),',
    '1 invalid contract, 2 usage, I/O or mapping error.',
  ].join('\n'),
  options: {
    leads: { type: 'string', multiple: true, short: 'l' },
    within: { type: 'string', short: 'w' },
    mapping: { type: 'string', short: 'm' },
    'as-of': { type: 'string' },
    since: { type: 'string' },
    format: { type: 'string', short: 'f' },
    out: { type: 'string', short: 'o' },
  },
  async run({ values, positionals }, io) {
    if (positionals.length !== 1) throw new UsageError('name exactly one contract', 'e.g. revpact due contracts/b2b-saas.yaml --leads export.csv --within 2bh');
    const leads = (values['leads'] as string[] | undefined) ?? [];
    if (leads.length === 0) throw new UsageError('--leads is required: the export to look at');
    const format = choice(values['format'], FORMATS, '--format', 'text');
    const within = typeof values['within'] === 'string' ? parseDuration(values['within']) : undefined;
    if (!within || within.unit === 'd' || within.unit === 'w')
      throw new UsageError('--within needs a window such as 90m, 2h, 2bh or 1bd', 'the time left is counted on each SLA’s own clock');

    const file = positionals[0] as string;
    const checked = checkContract(file, readBytes(io.cwd, file));
    if (!checked.ok) {
      io.stdout(renderDiagnostics.text({ files: 1, diagnostics: checked.diagnostics }));
      return EXIT.findings;
    }
    const rules = normalize(checked.value.contract, { compilerVersion: 'due' });
    const zone = rules.contract.timezone;
    const asOfMs = parseAsOf(values['as-of'], zone);
    // A business day in the window is the first calendar's business day, as in the contract.
    const perDay = rules.calendars[0]?.minutesPerBusinessDay ?? 480;
    const withinMinutes = within.unit === 'bd' ? within.value * perDay : within.value * (within.unit === 'm' ? 1 : 60);

    // The cohort is every SLA clock started in [since, end of as-of's day]: open leads older than that are long late.
    const asOfDate = DateTime.fromMillis(asOfMs, { zone }).toISODate() ?? '';
    const since = typeof values['since'] === 'string' ? values['since'] : (DateTime.fromMillis(asOfMs, { zone }).minus({ days: 90 }).toISODate() ?? '');
    const period = parsePeriod({ from: since, to: asOfDate }, zone);
    if (!period.ok) throw new UsageError(`--since: ${period.message}`);

    const { mapping } = await loadMapping(values['mapping'], rules.contract.mapping, diskReader(io, file), io);
    const list = new DueList(rules, withinMinutes);
    try {
      const source = openLeadSource(
        leads.map((l) => ({ path: resolve(io.cwd, l), display: l })),
        withDefaultTimeZone(mapping, zone),
      );
      await evaluate(rules, source.items, { period: period.value, asOfMs, files: leads, onPerLead: (r) => list.add(r) });
    } catch (e) {
      throw sourceUsage(e);
    }
    const { items, total } = list.result();
    const asOf = DateTime.fromMillis(asOfMs, { zone }).toISO({ suppressMilliseconds: true }) ?? '';
    const text = render[format]({ items, total, asOf, within: values['within'] as string });
    if (typeof values['out'] === 'string') writeFileAtomic(resolve(io.cwd, values['out']), text);
    else io.stdout(text);
    return EXIT.ok;
  },
});

interface DueReport {
  items: DueItem[];
  total: number;
  asOf: string;
  within: string;
}

function left(item: DueItem): string {
  const m = Math.max(0, Math.round(item.minutesLeft));
  const h = Math.floor(m / 60);
  return `${h > 0 ? `${h}h ` : ''}${m % 60}m${item.clock === 'business' ? ' business' : ''}`;
}

const render: Record<(typeof FORMATS)[number], (r: DueReport) => string> = {
  text(r) {
    const head = `${r.total} lead${r.total === 1 ? '' : 's'} due within ${r.within} as of ${r.asOf}`;
    if (r.items.length === 0) return head + '\n';
    const rows = r.items.map((i) => [clean(i.leadId), clean(i.ruleId), clean(i.owner ?? '–'), i.dueAt, left(i)]);
    const table = [['Lead', 'Rule', 'Owner', 'Due', 'Left'], ...rows];
    const widths = table[0]!.map((_, c) => Math.max(...table.map((row) => (row[c] ?? '').length)));
    const lines = table.map((row) =>
      row
        .map((cell, c) => cell.padEnd(widths[c] ?? 0))
        .join('  ')
        .trimEnd(),
    );
    return [head, '', ...lines, ''].join('\n') + (r.total > r.items.length ? `(${r.total - r.items.length} more not listed)\n` : '');
  },
  json(r) {
    return JSON.stringify({ asOf: r.asOf, within: r.within, total: r.total, leads: r.items }, null, 2) + '\n';
  },
  csv(r) {
    const lines = [
      'lead_id,rule_id,owner,due_at,minutes_left',
      ...r.items.map((i) => [csvText(i.leadId), csvText(i.ruleId), csvText(i.owner ?? ''), i.dueAt, String(i.minutesLeft)].join(',')),
    ];
    return lines.join('\r\n') + '\r\n';
  },
};
