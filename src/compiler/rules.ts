import { canonicalJson } from './canonical.js';
import type { RulesIR } from './ir.js';

/** `<name>.rules.json`: canonical JSON (sorted keys, two-space indent, final newline). */
export function emitRules(rules: RulesIR): string {
  return canonicalJson(rules, 2) + '\n';
}
