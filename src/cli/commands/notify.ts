import { recordUrl } from '../../report/render/links.js';
import { maskEmails } from '../../report/render/privacy.js';
import { noteWarnings, rejectedRows } from '../../report/render/due.js';
import { resolve } from 'node:path';
import { readContract } from '../../app/contract.js';
import { parseWindow, windowMinutes } from '../../app/due.js';
import { defaultMappingFor, diskReader, loadMapping, openLeadData } from '../../app/lead-data.js';
import { notify, type NotifyOutcome } from '../../app/notify.js';
import { parseAsOf } from '../../app/when.js';
import { REAL_CLOCK } from '../../notify/channels/pace.js';
import { CHANNELS, type Channel } from '../../notify/types.js';
import { clean } from '../../render/format.js';
import { EXIT, UsageError } from '../../shared/errors.js';
import { choice, defineCommand } from '../command.js';
import type { CliIO } from '../io.js';
import { startProgress, whenWarning, crmWarning } from '../leads.js';
import { showDiagnostics } from '../output.js';

const SECRET_VARS = ['SLACK_WEBHOOK_URL', 'TEAMS_WEBHOOK_URL', 'SMTP_URL', 'HUBSPOT_TOKEN'];

/**
 * Whatever notify prints passes through this: the webhook URLs, the SMTP URL and its
 * password (as written and decoded) are cut out, should any library ever echo them.
 */
export function redactor(env: Record<string, string | undefined>): (text: string) => string {
  const secrets = new Set<string>();
  for (const name of SECRET_VARS) {
    const value = env[name]?.trim();
    if (!value) continue;
    secrets.add(value);
    try {
      const url = new URL(value);
      if (url.password) {
        secrets.add(url.password);
        secrets.add(decodeURIComponent(url.password));
      }
      if (url.pathname.length > 8) secrets.add(url.pathname + url.search);
    } catch {
      // not a URL: the whole value is enough
    }
  }
  const list = [...secrets].filter((s) => s.length >= 4).sort((a, b) => b.length - a.length);
  return (text) => list.reduce((t, s) => t.split(s).join('[secret]'), text);
}

export const notifyCommand = defineCommand({
  name: 'notify',
  summary: 'Send due-soon and breach notices to the leads’ owners (Slack, Teams or e-mail), each once',
  usage:
    'revpact notify <contract> --leads FILE...|hubspot:|salesforce: --to slack|teams|email [--within 1bh] [--breaches] [--state FILE] [--dry-run] [--show-pii] [--as-of T]',
  help: [
    '  --leads FILE       the export (repeat for a mapping that joins files), or hubspot: (HubSpot’s API, HUBSPOT_TOKEN),',
    '                     or salesforce: (Salesforce’s API, SF_INSTANCE_URL and SF_ACCESS_TOKEN)',
    '  --to C             slack (SLACK_WEBHOOK_URL), teams (TEAMS_WEBHOOK_URL) or email (SMTP_URL, NOTIFY_FROM)',
    '  --within W         due-soon window on each SLA’s own clock: 90m, 2h, 2bh, 1bd (default: 1bh)',
    '  --breaches         also leads past their due instant since the last run: to the owner and their manager',
    '  --state FILE       what was sent already (default: .revpact/notify-state.json); written atomically',
    '  --dry-run          print the messages instead of sending them; writes no state',
    '  --mapping M        hubspot, salesforce, canonical, or a mapping file (default: the contract’s metadata.mapping)',
    '  --as-of T          now, for the purpose of the notices (default: now)',
    '  --since D          how far back SLA clocks may have started (default: 90 days before --as-of)',
    '  --show-pii         show lead ids and owners that are e-mail addresses as they are (default: masked)',
    '  --quiet            no progress line (it only appears on a terminal)',
    '',
    'Owners, managers and the fallback come from the contract’s people: section. Exit codes:',
    '0 everything sent (or nothing to send), 1 some notices not sent (they go out next run) or an',
    'invalid contract, 2 usage, I/O, mapping error or a missing secret.',
  ].join('\n'),
  files: { inputs: ['leads', 'mapping'], outputs: ['state'] },
  options: {
    leads: { type: 'string', multiple: true, short: 'l' },
    to: { type: 'string' },
    within: { type: 'string', short: 'w' },
    breaches: { type: 'boolean' },
    state: { type: 'string' },
    'dry-run': { type: 'boolean' },
    mapping: { type: 'string', short: 'm' },
    'as-of': { type: 'string' },
    since: { type: 'string' },
    'show-pii': { type: 'boolean' },
    quiet: { type: 'boolean', short: 'q' },
  },
  async run({ values, positionals }, rawIo) {
    const redact = redactor(rawIo.env);
    const io: CliIO = { ...rawIo, stdout: (t) => rawIo.stdout(redact(t)), stderr: (t) => rawIo.stderr(redact(t)) };
    try {
      return await run(values, positionals, io);
    } catch (e) {
      if (e instanceof UsageError) throw new UsageError(redact(e.message), e.hint === undefined ? undefined : redact(e.hint));
      if (e instanceof Error) e.message = redact(e.message);
      throw e;
    }
  },
});

async function run(values: Record<string, unknown>, positionals: string[], io: CliIO): Promise<number> {
  if (positionals.length !== 1) throw new UsageError('name exactly one contract', 'e.g. revpact notify contracts/b2b-saas.yaml --leads export.csv --to slack');
  const leads = (values['leads'] as string[] | undefined) ?? [];
  if (leads.length === 0) throw new UsageError('--leads is required: the export (or hubspot: or salesforce:) to look at');
  if (values['to'] === undefined) throw new UsageError('--to is required: slack, teams or email', 'e.g. --to slack with SLACK_WEBHOOK_URL set');
  const channel: Channel = choice(values['to'], CHANNELS, '--to', 'slack');
  const withinText = typeof values['within'] === 'string' ? values['within'] : '1bh';
  const within = parseWindow(withinText);

  const file = positionals[0] as string;
  const loaded = readContract(io.cwd, file);
  if (!loaded.ok) return showDiagnostics(io, loaded.diagnostics);
  const { rules, checked } = loaded.value;
  const asOfMs = parseAsOf(values['as-of'], rules.contract.timezone, Date.now, whenWarning(io));
  const mapping = await loadMapping(values['mapping'] as string | undefined, defaultMappingFor(leads, rules.contract.mapping), diskReader(io.cwd, file), {
    cwd: io.cwd,
    warn: io.stderr,
  });
  const stateFile = typeof values['state'] === 'string' ? values['state'] : '.revpact/notify-state.json';
  const dryRun = values['dry-run'] === true;
  const showPii = values['show-pii'] === true;
  const url = recordUrl(checked.contract.metadata.crm);
  const outcome = await notify(rules, checked.contract, openLeadData(io.cwd, leads, mapping, { env: io.env, warn: crmWarning(io) }), {
    channel,
    asOfMs,
    withinMinutes: windowMinutes(rules, within),
    within: withinText,
    breaches: values['breaches'] === true,
    since: typeof values['since'] === 'string' ? values['since'] : undefined,
    showPii,
    dryRun,
    // The lead's CRM record (metadata.crm); an id that is an e-mail address gets no link without --show-pii, so the URL cannot carry it.
    linkFor: url ? (id: string) => url(showPii ? id : maskEmails(id)) ?? undefined : undefined,
    state: { path: resolve(io.cwd, stateFile), display: stateFile },
    env: io.env,
    clock: io.clock ?? REAL_CLOCK,
    watch: (stats) => startProgress(io, stats, values['quiet'] === true),
  });
  return report(io, outcome, { channel, dryRun, stateFile, contract: file });
}

function report(io: CliIO, o: NotifyOutcome, c: { channel: Channel; dryRun: boolean; stateFile: string; contract: string }): number {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const UNKNOWN_SHOWN = 20;
  // A dry run sends nothing: its notices would go, not went.
  const went = c.dryRun ? 'would go' : 'went';
  const unknown = o.routing.unknownOwners;
  if (o.routing.noMembers && unknown.length > 0) {
    // No people: at all is one fact, not one warning per owner.
    const notices = unknown.reduce((n, u) => n + u.notices, 0);
    io.stderr(
      `warning: ${c.contract} lists no people (people.members), so no owner can be reached: the ${plural(notices, 'notice')} of ${plural(unknown.length, 'owner')} ${went} to the fallback\n` +
        `  add people.members: each owner's name as the CRM writes it, with a slack id or an e-mail address\n`,
    );
  } else {
    if (unknown.length > UNKNOWN_SHOWN)
      io.stderr(
        `warning: ${unknown.length} owners are not in people: of ${c.contract} (the first ${UNKNOWN_SHOWN} follow); their notices ${went} to the fallback\n`,
      );
    for (const u of unknown.slice(0, UNKNOWN_SHOWN))
      io.stderr(
        `warning: owner "${clean(u.owner)}" is not in people: of ${c.contract}; ${plural(u.notices, 'notice')} ${went} to the fallback\n` +
          `  add them under people.members (the name as the CRM writes it), with a slack id or an e-mail address\n`,
      );
  }
  // A lead whose row could not be read gets no notice: said, never a silent gap.
  const unread = rejectedRows(o, 'en');
  if (unread !== null) io.stderr(`warning: ${unread}: no notice can go for those leads; revpact check lists them all\n`);
  for (const u of o.unmeasured) io.stderr(`warning: ${u.message}; no notice goes for its leads\n`);
  // Leads that could not fall due (no dates, dates outside the look-back, a contract not yet in effect): a run that sends nothing says why.
  for (const line of noteWarnings(o)) io.stderr(`warning: ${line}; no notice goes for those leads\n`);
  for (const m of o.routing.withoutAddress)
    io.stderr(`warning: ${clean(m.name)} has no e-mail address in people:; ${plural(m.notices, 'notice')} ${went} to the fallback\n`);
  // Posted in the channel under their name, but nobody pinged: said, so the owner is not thought to be told.
  for (const m of o.routing.unmentioned)
    io.stderr(
      `warning: ${clean(m.name)} has no ${c.channel === 'slack' ? 'slack member id' : 'e-mail address'} in people:, so ${c.channel === 'slack' ? 'Slack' : 'Teams'} cannot mention them: ` +
        `${plural(m.notices, 'notice')} ${went} to the channel without notifying them\n` +
        (c.channel === 'slack'
          ? `  add slack: their member id (in Slack: Profile → ⋯ → Copy member ID), e.g. U04ELENA01\n`
          : `  add email: the address they sign in to Teams with\n`),
    );
  if (o.routing.undeliverable > 0)
    io.stderr(
      `error: ${plural(o.routing.undeliverable, 'notice')} had nobody to go to: people.fallback has no e-mail address\n  add people.fallback.email (e.g. a sales-operations list)\n`,
    );

  let failedMessages = 0;
  for (const m of o.messages) {
    const part = m.parts > 1 ? `, part ${m.part} of ${m.parts}` : '';
    if (m.result.ok === 'dry-run') io.stdout(`--- to ${clean(m.to)} via ${c.channel}${part} (${plural(m.leads, 'lead')}) ---\n${m.result.text}\n`);
    else if (!m.result.ok) {
      failedMessages++;
      io.stderr(`error: to ${clean(m.to)}${part} (${plural(m.leads, 'lead')}): ${clean(m.result.error)}; not recorded, sent again next run\n`);
    }
  }
  const recipients = new Set(o.messages.map((m) => m.to)).size;
  const summary = c.dryRun
    ? `notify --dry-run (${c.channel}): ${plural(o.messages.length, 'message')} to ${plural(recipients, 'recipient')} would be sent; nothing sent, no state written`
    : `notify (${c.channel}): ${plural(o.messages.length - failedMessages, 'message')} sent (${plural(o.sent, 'notice')}), ${failedMessages} failed (${plural(o.failed, 'notice')}); state in ${c.stateFile}`;
  const extra = [
    o.routing.alreadySent > 0 ? `${o.routing.alreadySent} already sent earlier` : '',
    o.deferred > 0 ? `${o.deferred} left for the next run` : '',
  ].filter(Boolean);
  io.stdout(`${summary}${extra.length > 0 ? `; ${extra.join(', ')}` : ''} (as of ${o.asOf})\n`);
  return o.failed > 0 || o.routing.undeliverable > 0 ? EXIT.findings : EXIT.ok;
}
