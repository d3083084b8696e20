/**
 * Diffing edited copies of contracts/b2b-saas.yaml: the base as written, the head after
 * an edit of the plain data, both through the real pipeline (check → normalize).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { normalize } from '../../../src/compiler/normalize.js';
import type { RulesIR } from '../../../src/compiler/ir.js';
import { checkContract } from '../../../src/contract/index.js';
import type { RevpactContract } from '../../../src/contract/types.generated.js';
import { diffRules } from '../../../src/review/diff.js';
import type { Change } from '../../../src/review/types.js';
import { CONTRACTS_DIR } from '../../helpers/paths.js';

export const B2B_TEXT = readFileSync(join(CONTRACTS_DIR, 'b2b-saas.yaml'), 'utf8');

/** A fresh copy of the b2b-saas contract as plain data. */
export function b2b(): RevpactContract {
  return parse(B2B_TEXT, { version: '1.2' }) as RevpactContract;
}

export function rulesOf(contract: RevpactContract | string): RulesIR {
  const text = typeof contract === 'string' ? contract : stringify(contract);
  const checked = checkContract('contract.yaml', text);
  if (!checked.ok) throw new Error(`test contract is invalid:\n${checked.diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`).join('\n')}`);
  return normalize(checked.value.contract, { compilerVersion: 'test' });
}

/** The changes an edit of b2b-saas makes (the version number's own change left out). */
export function changesOf(edit: (c: RevpactContract) => void, base: RevpactContract = b2b()): Change[] {
  const head = structuredClone(base);
  edit(head);
  return diffRules(rulesOf(base), rulesOf(head)).filter((c) => c.pointer !== '/metadata/version');
}

/** The one change an edit makes; fails when there are more or none. */
export function onlyChange(edit: (c: RevpactContract) => void, base?: RevpactContract): Change {
  const changes = changesOf(edit, base);
  if (changes.length !== 1) throw new Error(`expected one change, got ${changes.length}:\n${changes.map((c) => `  ${c.pointer}: ${c.summary}`).join('\n')}`);
  return changes[0] as Change;
}

/** Index of the item with this id in a list of the contract. */
export function at<T extends { id: string }>(list: T[] | undefined, id: string): T {
  const item = list?.find((x) => x.id === id);
  if (!item) throw new Error(`no item ${id}`);
  return item;
}

/** Removes, in place, the items of a contract list that match (lists may be non-empty tuples). */
export function removeWhere<T>(list: T[] | undefined, match: (item: T) => boolean): void {
  if (!list) return;
  for (let i = list.length - 1; i >= 0; i--) if (match(list[i] as T)) list.splice(i, 1);
}
