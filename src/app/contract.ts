/**
 * Loading a contract, the one way every command and the Action do it: read, check
 * (parse, schema, meaning), normalize into rules with revpact's own version. An invalid
 * contract is a value (its diagnostics), not an exception: the caller decides how to show it.
 */
import type { RulesIR } from '../compiler/ir.js';
import { normalize } from '../compiler/normalize.js';
import { checkContract, type CheckedContract } from '../contract/index.js';
import type { Diagnostic } from '../contract/diagnostics.js';
import { locate } from '../contract/positions.js';
import { readBytes } from '../shared/files.js';

export interface LoadedContract {
  checked: CheckedContract;
  rules: RulesIR;
  /** Warnings of a valid contract (errors make it invalid). */
  diagnostics: Diagnostic[];
}

export type ContractLoad = { ok: true; value: LoadedContract } | { ok: false; diagnostics: Diagnostic[] };

/** A contract from bytes (a file, a Git blob, an API response), named `file` in every diagnostic. */
export function loadContract(file: string, bytes: Uint8Array | string): ContractLoad {
  const checked = checkContract(file, bytes);
  if (!checked.ok) return { ok: false, diagnostics: checked.diagnostics };
  return { ok: true, value: { checked: checked.value, rules: normalize(checked.value.contract), diagnostics: checked.diagnostics } };
}

/** A contract file on disk, relative to `cwd`; a file that cannot be read is a usage error. */
export function readContract(cwd: string, file: string): ContractLoad {
  return loadContract(file, readBytes(cwd, file));
}

/** The line of each SLA and commitment in the contract's text, for reports that point back at it (annotations, JUnit). */
export function ruleLines(contract: LoadedContract): { slaLines: Record<string, number>; commitmentLines: Record<string, number> } {
  const lineOf = (pointer: string) => locate(contract.checked.source, pointer).line;
  return {
    slaLines: Object.fromEntries(contract.rules.slas.map((s, i) => [s.id, lineOf(`/slas/${i}`)])),
    commitmentLines: Object.fromEntries(contract.rules.commitments.map((c, i) => [c.id, lineOf(`/commitments/${i}`)])),
  };
}
