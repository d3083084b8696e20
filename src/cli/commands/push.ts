import { push as pushService } from '../../app/push.js';
import { clean } from '../../render/format.js';
import { EXIT, UsageError } from '../../shared/errors.js';
import { defineCommand } from '../command.js';

/** The changes a dry run lists before "and N more". */
const SHOWN = 20;

export const push = defineCommand({
  name: 'push',
  summary: 'Write each lead’s verdict of one rule back to a CRM property (a dry run unless --apply)',
  usage: 'revpact push hubspot|salesforce --per-lead FILE --property NAME [--rule RULE] [--apply]',
  help: [
    '  --per-lead FILE       the verdicts, as revpact check --per-lead FILE writes them',
    '  --property NAME       HubSpot: the contact property to write (its internal name), type enumeration with the options',
    '                        met, breached, pending, excluded, or string; Salesforce: the Lead field’s API name (Text or picklist,',
    '                        revpact_First_Touch__c). It must exist: revpact never creates it',
    '  --rule RULE           the rule whose verdicts go into the property (needed when the file holds several)',
    '  --apply               write; without it nothing is sent, and what would change is shown',
    '',
    'Only leads whose value changes are sent (HubSpot: 100 per batch update call; Salesforce: 200 per sObject',
    'Collections call), and only that property. HubSpot: HUBSPOT_TOKEN, a private app’s token with',
    'crm.objects.contacts.read and crm.objects.contacts.write. Salesforce: SF_INSTANCE_URL and SF_ACCESS_TOKEN.',
    'Exit codes: 0 done (or dry run), 1 some leads were refused (listed), 2 usage, token, scope, property or file error.',
  ].join('\n'),
  options: {
    'per-lead': { type: 'string' },
    property: { type: 'string' },
    rule: { type: 'string' },
    apply: { type: 'boolean' },
    'dry-run': { type: 'boolean' },
  },
  async run({ values, positionals }, io) {
    if (positionals.length > 1)
      throw new UsageError(`unexpected argument "${positionals[1]}"`, 'e.g. revpact push hubspot --per-lead verdicts.csv --property revpact_first_touch');
    const perLead = values['per-lead'];
    const property = values['property'];
    if (typeof perLead !== 'string')
      throw new UsageError('--per-lead is required: the verdicts to write', 'write them with revpact check CONTRACT --leads ... --per-lead verdicts.csv');
    if (typeof property !== 'string' || property === '')
      throw new UsageError('--property is required: the contact property to write', 'e.g. --property revpact_first_touch');
    if (values['apply'] === true && values['dry-run'] === true)
      throw new UsageError('--apply and --dry-run contradict each other', 'leave out --apply for a dry run');
    const outcome = await pushService({
      crm: positionals[0] as string,
      cwd: io.cwd,
      perLead,
      property,
      rule: values['rule'] as string | undefined,
      apply: values['apply'] === true,
      env: io.env,
      clock: {},
    });
    const n = (x: number) => x.toLocaleString('en-US');
    const lines: string[] = [];
    // Applied, a lead the CRM refused did not change: the headline counts it apart.
    const refusedIds = new Set(outcome.failed.flatMap((f) => f.ids));
    const refused = outcome.changes.filter((c) => refusedIds.has(c.id)).length;
    const verb = outcome.applied ? 'changed' : 'would change';
    lines.push(
      `${outcome.crm} ${outcome.property.name} (${outcome.property.type}) from the verdicts of ${outcome.rule}: ${n(outcome.changes.length - refused)} of ${n(outcome.leads)} lead${outcome.leads === 1 ? '' : 's'} ${verb}` +
        (refused > 0 ? `, ${n(refused)} refused` : '') +
        (outcome.missing.length > 0 ? `, ${n(outcome.missing.length)} not in ${outcome.crm}` : ''),
    );
    if (outcome.changes.length > 0) {
      const shown = outcome.changes.slice(0, SHOWN);
      const width = Math.max(2, ...shown.map((c) => c.id.length));
      const oldWidth = Math.max(3, ...shown.map((c) => (c.old ?? '(empty)').length));
      lines.push('', `  ${'id'.padEnd(width)}  ${'old'.padEnd(oldWidth)}  new`);
      for (const c of shown) lines.push(`  ${clean(c.id).padEnd(width)}  ${clean(c.old ?? '(empty)').padEnd(oldWidth)}  ${c.new}`);
      if (outcome.changes.length > SHOWN) lines.push(`  … and ${n(outcome.changes.length - SHOWN)} more`);
    }
    if (outcome.applied) {
      lines.push(
        '',
        `sent ${n(outcome.batches.length)} batch update call${outcome.batches.length === 1 ? '' : 's'}${refused > 0 ? `; ${n(refused)} lead${refused === 1 ? '' : 's'} refused:` : ''}`,
      );
      for (const f of outcome.failed) lines.push(`  ${clean(f.message)}: ${f.ids.slice(0, 20).join(', ')}${f.ids.length > 20 ? ` … (${f.ids.length})` : ''}`);
    } else if (outcome.changes.length > 0) {
      lines.push('', 'a dry run: nothing was sent. Run again with --apply to write.');
    }
    io.stdout(lines.join('\n') + '\n');
    return outcome.failed.length > 0 ? EXIT.findings : EXIT.ok;
  },
});
