/**
 * The review of one contract change, as `revpact diff` and the GitHub Action both build
 * it: the normalized rules of each side, the changes with their lines, and the version
 * they need. Pure; the impact simulation, which reads lead data, is added by the caller.
 */
import type { CheckedContract } from '../contract/index.js';
import { normalize } from '../compiler/normalize.js';
import type { RulesIR } from '../compiler/ir.js';
import { diffRules } from './diff.js';
import { withLines } from './lines.js';
import type { DiffReport } from './types.js';
import { checkVersion } from './version.js';

export interface ReviewedSides {
  report: DiffReport;
  rules: { base: RulesIR; head: RulesIR };
}

export function reviewChange(base: { checked: CheckedContract; display: string }, head: { checked: CheckedContract; display: string }): ReviewedSides {
  const rules = { base: normalize(base.checked.contract, { compilerVersion: 'diff' }), head: normalize(head.checked.contract, { compilerVersion: 'diff' }) };
  const changes = withLines(diffRules(rules.base, rules.head), { base: base.checked.source, head: head.checked.source });
  return {
    rules,
    report: {
      base: { name: rules.base.contract.name, version: rules.base.contract.version, source: base.display },
      head: { name: rules.head.contract.name, version: rules.head.contract.version, source: head.display },
      changes,
      version: checkVersion(changes, rules.base.contract.version, rules.head.contract.version),
      impact: null,
    },
  };
}
