/**
 * Static assets (schemas, templates, locales) live at the package root. This is the one
 * place that knows where that root is, so the CLI build and the bundled Action can both
 * find them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

/** The folder that holds schema/ and templates/: the nearest ancestor of this module that has them. */
export function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(dir, 'schema', 'contract.schema.json'))) return (root = dir);
    const parent = dirname(dir);
    if (parent === dir) throw new Error('revpact: cannot find its schema/ folder next to the installed package');
    dir = parent;
  }
}

export function assetPath(...parts: string[]): string {
  return join(packageRoot(), ...parts);
}

const jsonCache = new Map<string, unknown>();

export function readJsonAsset(...parts: string[]): unknown {
  const path = assetPath(...parts);
  let value = jsonCache.get(path);
  if (value === undefined) {
    value = JSON.parse(readFileSync(path, 'utf8')) as unknown;
    jsonCache.set(path, value);
  }
  return value;
}
