/** The fixture contract whose report card test/fixtures/scorecards/ grades, as rules. */
import { readFileSync } from 'node:fs';
import { checkContract } from '../../../src/contract/index.js';
import type { RulesIR } from '../../../src/compiler/ir.js';
import { normalize } from '../../../src/compiler/normalize.js';
import { fixturePath } from '../../helpers/paths.js';

export function rulesOf(path: string): RulesIR {
  const checked = checkContract(path, readFileSync(path));
  if (!checked.ok) throw new Error(`${path} is not a valid contract: ${checked.diagnostics.map((d) => d.message).join('; ')}`);
  return normalize(checked.value.contract, { compilerVersion: '0.0.0-test' });
}

export const ACME = rulesOf(fixturePath('scorecards', 'contract.yaml'));
