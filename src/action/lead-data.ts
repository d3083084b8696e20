/**
 * The lead data a review simulates on and the report measures: the export kept in the
 * workspace (input `leads`) or the CRM's API (input `leads-from`, the token from a
 * secret in the step's environment), read with the mapping and over the period the
 * inputs name, through the same services `revpact check` and `revpact diff` use.
 */
import { EN, type FrameText } from './messages.js';
import { join } from 'node:path';
import type { RulesIR } from '../compiler/ir.js';
import {
  defaultMappingFor,
  leadDataOf,
  loadMapping,
  openLeadData,
  refuseOtherCrmPreset,
  type ContractRelativeReader,
  type LeadData,
} from '../app/lead-data.js';
import { resolveWhen, warnOnce, type When, type WhenWarn } from '../app/when.js';
import type { LeadInput } from '../leads/sources/index.js';
import { UsageError } from '../shared/errors.js';
import { inputWords, type ActionInputs, type LeadsFrom } from './inputs.js';
import type { ActionIO } from './io.js';
import { missingFiles, namedFolders, workspaceFiles } from './workspace.js';
import { splitGlobs } from './repo-files.js';

type Crm = Exclude<LeadsFrom, 'file'>;

/** Each CRM's `--leads` source and the secret its token comes from. */
const CRMS: Record<Crm, { leads: string; secret: string; name: string }> = {
  hubspot: { leads: 'hubspot:', secret: 'HUBSPOT_TOKEN', name: 'HubSpot' },
  // SF_INSTANCE_URL is no secret, but the token is: without it (a fork) there is nothing to read.
  salesforce: { leads: 'salesforce:', secret: 'SF_ACCESS_TOKEN', name: 'Salesforce' },
};

/** Why a run has no lead data, as data: the review says it in the contract's language (messages.ts, `leads`). */
export type NoLeads = { kind: 'no-export' } | { kind: 'fork'; secret: string; crm: string };

/** Where this run's lead data comes from; `none` with the reason the review says when there is none (`note`: in English, for the log). */
export type LeadOrigin =
  { kind: 'files'; files: LeadInput[]; display: string } | { kind: 'crm'; crm: Crm; display: string } | { kind: 'none'; note: string; why: NoLeads };

/** Why there is no lead data, in the frame's words. */
export function noLeadsNote(why: NoLeads, t: FrameText): string {
  return why.kind === 'fork' ? t.leads.fork(why.secret, why.crm) : t.leads.none;
}

/**
 * The lead data the inputs name. A CRM without its token is a mistake, but on a pull
 * request from a fork GitHub passes no secrets at all: there the simulation is skipped
 * with a notice and the rest of the review runs.
 */
export function leadOrigin(
  workspace: string,
  inputs: ActionInputs,
  env: Readonly<Record<string, string | undefined>>,
  options: { fork: boolean; warn: (text: string) => void },
): LeadOrigin {
  if (inputs.leadsFrom === 'file') {
    const files = leadInputs(workspace, inputs);
    if (!files) return { kind: 'none', note: EN.leads.none, why: { kind: 'no-export' } };
    return { kind: 'files', files, display: files.map((f) => f.display).join(', ') };
  }
  const crm = CRMS[inputs.leadsFrom];
  if (env[crm.secret]?.trim()) return { kind: 'crm', crm: inputs.leadsFrom, display: crm.name };
  if (options.fork) {
    const why: NoLeads = { kind: 'fork', secret: crm.secret, crm: crm.name };
    const note = noLeadsNote(why, EN);
    options.warn(`revpact: ${note}`);
    return { kind: 'none', note, why };
  }
  throw new UsageError(
    `${crm.secret} is not set: leads-from: ${inputs.leadsFrom} reads the lead data from ${crm.name} with its token`,
    `add the token as a repository secret and pass it to the step: env: ${crm.secret}: \${{ secrets.${crm.secret} }}`,
  );
}

/** The export files, or undefined when the `leads` input is empty. A glob that matches nothing is a mistake. */
export function leadInputs(workspace: string, inputs: ActionInputs): LeadInput[] | undefined {
  if (inputs.leads === '') return undefined;
  const files = workspaceFiles(workspace, inputs.leads);
  const missing = missingFiles(workspace, inputs.leads);
  if (files.length > 0 && missing.length > 0)
    throw new UsageError(
      `input leads: ${missing.map((p) => `"${p}"`).join(', ')} ${missing.length === 1 ? 'is no file' : 'are no files'} in the workspace (${workspace}), and the report would measure the other exports alone`,
      'fix the path, or take it out of leads',
    );
  const folder = namedFolders(workspace, inputs.leads)[0];
  if (files.length === 0 && folder !== undefined) {
    // The folder's files, by the extension of the first one in it (data/*.csv).
    const extension = /\.[^./]+$/.exec(folder.example ?? '')?.[0] ?? '.csv';
    const examples = [folder.example ?? `${folder.path}/leads.csv`, `${folder.path}/*${extension}`];
    throw new UsageError(
      `input leads: "${splitGlobs(inputs.leads).find((p) => p.replace(/\/+$/, '') === folder.path) ?? folder.path}" is a folder, and leads names the export’s files`,
      `give the file, ${examples[0]}, or a glob of them, ${examples[1]}`,
    );
  }
  if (files.length === 0) {
    throw new UsageError(
      `input leads: "${inputs.leads}" matches no file in the workspace (${workspace})`,
      'check the repository out first (actions/checkout) and give the export’s path from the repository root, or leave leads empty to skip the simulation',
    );
  }
  return files.map((f) => ({ path: join(workspace, f), display: f }));
}

/**
 * The period (input, else the last full month before now) and the instant the numbers
 * are true at: input `as-of`, else `defaultAsOf` (the period's end for a review, so the
 * comment does not change while the commit does not; now for the monthly report).
 */
/** Where the Action says an input as-of read as one of two instants: a warning in the log, each once a run. */
export function whenWarning(io: { warning: (message: string) => void }): WhenWarn {
  return warnOnce((message) => io.warning(`revpact: ${message}`));
}

export function whenFor(inputs: ActionInputs, zone: string, nowMs: number, defaultAsOf: 'period-end' | 'now', warn?: WhenWarn): When {
  const spec = { period: inputs.period === '' ? undefined : inputs.period, asOf: inputs.asOf === '' ? undefined : inputs.asOf };
  try {
    return resolveWhen(spec, zone, nowMs, defaultAsOf, warn && ((message) => warn(inputWords(message))));
  } catch (e) {
    // Said in the Action's words: input as-of, not the command line's --as-of.
    if (e instanceof UsageError) throw new UsageError(inputWords(e.message), e.hint === undefined ? undefined : inputWords(e.hint));
    throw e;
  }
}

/**
 * The lead data read with input `mapping` (a preset or a workspace file), else the
 * contract's metadata.mapping, else, for a CRM, its preset.
 */
export async function leadDataFor(
  inputs: ActionInputs,
  origin: Exclude<LeadOrigin, { kind: 'none' }>,
  rules: RulesIR,
  workspace: string,
  readRelative: ContractRelativeReader,
  io: ActionIO,
  env: Readonly<Record<string, string | undefined>>,
): Promise<LeadData> {
  const leads = origin.kind === 'crm' ? [CRMS[origin.crm].leads] : origin.files.map((f) => f.path);
  const contractMapping = defaultMappingFor(leads, rules.contract.mapping);
  const mapping = await loadMapping(inputs.mapping === '' ? undefined : inputs.mapping, contractMapping, readRelative, {
    cwd: workspace,
    warn: io.warning,
  });
  if (origin.kind === 'files') return leadDataOf(origin.files, mapping);
  // Said in the Action's own words before openLeadData says it in the command line's.
  refuseOtherCrmPreset(origin.crm, mapping.name, `leads-from: ${origin.crm}`, 'mapping:');
  return openLeadData(workspace, leads, mapping, { env: { ...env }, warn: (message) => io.warning(`revpact: ${message}`) });
}
