/**
 * The lead data a review simulates on and the report measures: the export kept in the
 * workspace (input `leads`), read with the mapping and over the period the inputs name,
 * through the same services `revpact check` and `revpact diff` use.
 */
import { join } from 'node:path';
import type { RulesIR } from '../compiler/ir.js';
import { leadDataOf, loadMapping, type ContractRelativeReader, type LeadData } from '../app/lead-data.js';
import { resolveWhen, type When } from '../app/when.js';
import type { LeadInput } from '../leads/sources/index.js';
import { UsageError } from '../shared/errors.js';
import type { ActionInputs } from './inputs.js';
import type { ActionIO } from './io.js';
import { workspaceFiles } from './workspace.js';

/** The export files, or undefined when the `leads` input is empty. A glob that matches nothing is a mistake. */
export function leadInputs(workspace: string, inputs: ActionInputs): LeadInput[] | undefined {
  if (inputs.leads === '') return undefined;
  const files = workspaceFiles(workspace, inputs.leads);
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
export function whenFor(inputs: ActionInputs, zone: string, nowMs: number, defaultAsOf: 'period-end' | 'now'): When {
  const spec = { period: inputs.period === '' ? undefined : inputs.period, asOf: inputs.asOf === '' ? undefined : inputs.asOf };
  return resolveWhen(spec, zone, nowMs, defaultAsOf);
}

/** The export read with input `mapping` (a preset or a workspace file), else the contract's metadata.mapping. */
export async function leadDataFor(
  inputs: ActionInputs,
  files: LeadInput[],
  rules: RulesIR,
  workspace: string,
  readRelative: ContractRelativeReader,
  io: ActionIO,
): Promise<LeadData> {
  const mapping = await loadMapping(inputs.mapping === '' ? undefined : inputs.mapping, rules.contract.mapping, readRelative, {
    cwd: workspace,
    warn: io.warning,
  });
  return leadDataOf(files, mapping);
}
