/**
 * `revpact push` (issue 14): each lead's verdict of one rule, from the per-lead CSV that
 * `check --per-lead` writes, into one CRM property. A dry run unless asked to apply: it
 * reads the property's current values and says what would change. Applying sends only
 * the leads whose value changes, in the CRM's batch size, and never another property; a
 * batch the CRM refuses is reported with its ids and the others go on. The property must
 * exist: revpact says which to create and of what type, it never creates one.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CrmClock, CrmProperty } from '../leads/crm/index.js';
import { CsvReader } from '../leads/sources/index.js';
import { PER_LEAD_HEADER } from '../report/per-lead.js';
import { UsageError } from '../shared/errors.js';
import { describeError } from '../shared/files.js';
import { crmProvider } from './pull.js';
import { sourceUsage } from './lead-data.js';

/** The values a verdict takes (engine/types.ts Verdict): an enumeration property needs them as options. */
export const VERDICTS = ['met', 'breached', 'pending', 'excluded'] as const;

export interface PushRequest {
  crm: string;
  cwd: string;
  perLead: string;
  property: string;
  rule: string | undefined;
  apply: boolean;
  env: Record<string, string | undefined>;
  clock: CrmClock;
}

export interface PushChange {
  id: string;
  old: string | null;
  new: string;
}

export interface PushOutcome {
  crm: string;
  property: CrmProperty;
  rule: string;
  /** Leads with a verdict of the rule in the file. */
  leads: number;
  /** Those whose property would change (or changed). */
  changes: PushChange[];
  /** Leads of the file the CRM does not have (deleted since, or another portal's). */
  missing: string[];
  applied: boolean;
  /** Update calls made, and how many records each carried. */
  batches: number[];
  /** Ids the CRM refused, a batch at a time, with its reason. */
  failed: { ids: string[]; message: string }[];
}

export async function push(request: PushRequest): Promise<PushOutcome> {
  const provider = crmProvider(request.crm, 'push');

  // Phase 1: the verdicts of one rule, by lead.
  const { rule, verdicts } = readVerdicts(resolve(request.cwd, request.perLead), request.perLead, request.rule);

  try {
    // Phase 2: the property, as the CRM has it.
    const session = provider.open(request.env, request.clock);
    const writer = session.writer();
    const property = await writer.property(request.property);
    const create = provider.createHint(request.property, VERDICTS);
    if (!property) throw new UsageError(`${provider.name} has no ${provider.propertyNoun} ${request.property}; revpact does not create properties`, create);
    if (property.type !== 'string' && property.type !== 'enumeration')
      throw new UsageError(`the property ${request.property} is of type ${property.type}, which cannot hold a verdict`, create);
    if (property.type === 'enumeration') {
      const lacking = [...new Set(verdicts.values())].filter((v) => !(property.options ?? []).includes(v));
      if (lacking.length > 0)
        throw new UsageError(
          `the property ${request.property} has no option ${lacking.join(', ')}, which the verdicts of ${rule} take`,
          `add the options ${lacking.join(', ')} to the ${provider.propertyNoun} ${request.property}, then push again`,
        );
    }

    // Phase 3: the current values, a batch at a time; the changes sent in batches of their own.
    const changes: PushChange[] = [];
    const missing: string[] = [];
    const batches: number[] = [];
    const failed: PushOutcome['failed'] = [];
    let pending: PushChange[] = [];
    const send = async (force: boolean) => {
      while (pending.length >= writer.batchSize || (force && pending.length > 0)) {
        const batch = pending.slice(0, writer.batchSize);
        pending = pending.slice(batch.length);
        batches.push(batch.length);
        try {
          const result = await writer.update(
            batch.map((c) => ({ id: c.id, value: c.new })),
            request.property,
          );
          failed.push(...result.errors);
        } catch (e) {
          const status = (e as { status?: unknown } | null)?.status;
          if (status === 401 || status === 403) throw e;
          // A batch refused whole (a 400, a 5xx after the retries) is reported; the next batches go on.
          failed.push({ ids: batch.map((c) => c.id), message: e instanceof Error ? e.message : String(e) });
        }
      }
    };
    const ids = [...verdicts.keys()];
    for (let i = 0; i < ids.length; i += writer.batchSize) {
      const slice = ids.slice(i, i + writer.batchSize);
      const current = await writer.read(slice, request.property);
      for (const id of slice) {
        if (!current.has(id)) {
          missing.push(id);
          continue;
        }
        const old = current.get(id) ?? null;
        const value = verdicts.get(id) as string;
        if ((old ?? '') === value) continue;
        const change = { id, old: old === '' ? null : old, new: value };
        changes.push(change);
        if (request.apply) pending.push(change);
      }
      if (request.apply) await send(false);
    }
    if (request.apply) await send(true);
    return { crm: provider.name, property, rule, leads: verdicts.size, changes, missing, applied: request.apply, batches, failed };
  } catch (e) {
    throw sourceUsage(e);
  }
}

/** The per-lead CSV's verdicts of one rule (the only one, or --rule), by lead id. */
export function readVerdicts(path: string, display: string, wanted: string | undefined): { rule: string; verdicts: Map<string, string> } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    throw new UsageError(`--per-lead ${display}: cannot read (${describeError(e)})`, 'write it with revpact check CONTRACT --leads ... --per-lead FILE');
  }
  const rows: string[][] = [];
  const reader = new CsvReader(',', (cells, count) => rows.push(cells.slice(0, count)));
  reader.push(bytes);
  reader.end();
  const [header, ...body] = rows;
  if (!header || PER_LEAD_HEADER.some((h, i) => header[i]?.trim() !== h))
    throw new UsageError(
      `--per-lead ${display}: not a per-lead file (its header is not ${PER_LEAD_HEADER.join(',')})`,
      'write it with revpact check --per-lead FILE',
    );
  // A row that is not one lead's verdict is named, never skipped: the file is check's, not edited by hand.
  const write = 'write the file anew with revpact check --per-lead (it is not edited by hand)';
  const lines = body.flatMap((r, i) => {
    if (r.length === 1 && (r[0] ?? '').trim() === '') return []; // a blank line
    if (r.length !== PER_LEAD_HEADER.length)
      throw new UsageError(
        `--per-lead ${display}, row ${i + 2}: ${r.length} cell${r.length === 1 ? '' : 's'} where the header has ${PER_LEAD_HEADER.length}`,
        write,
      );
    if (undefuse(r[0] ?? '').trim() === '') throw new UsageError(`--per-lead ${display}, row ${i + 2}: no lead id`, write);
    return [{ r, row: i + 2 }];
  });
  // A check that measured no lead writes the header alone: "0 rules, which one?" sent the user looking for a --rule.
  if (lines.length === 0)
    throw new UsageError(
      `--per-lead ${display} holds no verdicts, only its header: the check that wrote it measured no lead`,
      'run revpact check again with --leads and --period that hold leads (its report says why it measured none), then push',
    );
  const rules = [...new Set(lines.map(({ r }) => undefuse(r[1] ?? '')))];
  const only = rules.length === 1 ? rules[0] : undefined;
  if (wanted === undefined && only === undefined)
    throw new UsageError(
      `--per-lead ${display} holds the verdicts of ${rules.length} rules${rules.length > 0 ? ` (${rules.slice(0, 8).join(', ')})` : ''}: which one goes into the property?`,
      'name it with --rule RULE',
    );
  const chosen = wanted ?? only ?? '';
  if (!rules.includes(chosen))
    throw new UsageError(`--rule ${chosen}: ${display} holds no verdict of that rule`, `its rules: ${rules.slice(0, 8).join(', ') || 'none'}`);
  const verdicts = new Map<string, string>();
  for (const { r, row } of lines) {
    if (undefuse(r[1] ?? '') !== chosen) continue;
    const id = undefuse(r[0] ?? '');
    const verdict = undefuse(r[2] ?? '');
    if (!(VERDICTS as readonly string[]).includes(verdict))
      throw new UsageError(`--per-lead ${display}, row ${row}: "${verdict}" is not a verdict`, `a verdict is one of ${VERDICTS.join(', ')}`);
    const before = verdicts.get(id);
    if (before !== undefined && before !== verdict)
      throw new UsageError(`--per-lead ${display}, row ${row}: lead ${id} has two verdicts of ${chosen} (${before}, ${verdict})`, write);
    verdicts.set(id, verdict);
  }
  return { rule: chosen, verdicts };
}

/** The per-lead writer puts an apostrophe before a cell a spreadsheet would run as a formula (report/per-lead.ts): taken off again. */
function undefuse(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}
