/**
 * Where things are in the repository, for tests. Everything is resolved from this file,
 * so tests do not depend on the directory vitest was started from.
 */
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const FIXTURES = join(REPO_ROOT, 'test', 'fixtures');
export const CONTRACTS_DIR = join(REPO_ROOT, 'contracts');

export function fixturePath(...parts: string[]): string {
  return join(FIXTURES, ...parts);
}

/** The .yaml/.yml files directly in `dir`, sorted; none when the folder does not exist yet. */
export function yamlFilesIn(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => /\.ya?ml$/i.test(name))
    .sort()
    .map((name) => join(dir, name));
}

/** The example contracts in contracts/ (being written alongside; may be none yet). */
export function exampleContracts(): string[] {
  return yamlFilesIn(CONTRACTS_DIR);
}

/** Every contract that must validate: the examples plus test/fixtures/valid/. */
export function validContractFiles(): string[] {
  return [...exampleContracts(), ...yamlFilesIn(fixturePath('valid'))];
}
