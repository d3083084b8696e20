/**
 * The review of one contract change, as `revpact diff` and the GitHub Action both build
 * it: the normalized rules of each side, the changes with their lines, and the version
 * they need. Pure; the impact simulation, which reads lead data, is added by the caller.
 */
import type { CheckedContract } from '../contract/index.js';
import type { Diagnostic } from '../contract/diagnostics.js';
import { normalize } from '../compiler/normalize.js';
import type { RulesIR } from '../compiler/ir.js';
import { diffRules } from './diff.js';
import { withLines } from './lines.js';
import type { DiffReport } from './types.js';
import { checkVersion } from './version.js';
import { newWarnings } from './warnings.js';

/** One side of a change: the checked contract, its normalized rules, how to name it. */
export interface ReviewSide {
  checked: CheckedContract;
  rules: RulesIR;
  display: string;
  /** The side's warnings as `validate` gives them (LoadedContract's); with both sides', the review lists the head's new ones. */
  diagnostics?: readonly Diagnostic[];
}

/** A side as `revpact diff` reads it. */
export function reviewSide(checked: CheckedContract, display: string): ReviewSide {
  return { checked, rules: normalize(checked.contract), display };
}

export function reviewChange(base: ReviewSide, head: ReviewSide): DiffReport {
  const changes = withLines(diffRules(base.rules, head.rules), { base: base.checked.source, head: head.checked.source });
  const [from, to] = [base.rules.contract, head.rules.contract];
  return {
    base: { name: from.name, version: from.version, source: base.display },
    head: { name: to.name, version: to.version, source: head.display },
    changes,
    version: checkVersion(changes, from.version, to.version),
    impact: null,
    ...(base.diagnostics && head.diagnostics
      ? {
          newWarnings: newWarnings(
            { contract: base.checked.contract, diagnostics: base.diagnostics },
            { contract: head.checked.contract, diagnostics: head.diagnostics },
          ),
        }
      : {}),
  };
}
