/**
 * Static assets (schemas, templates, locales, package.json) live at the package root. This
 * is the one place that knows where they are, so the CLI build and the bundled Action can
 * both find them: the CLI reads them from disk; the Action's bundle (scripts/bundle.js)
 * carries them inlined, because an action should not depend on files beside its entry.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Replaced by esbuild's `define` in the Action bundle with { "schema/x.json": "…", … };
// never defined in the CLI build.
declare const __REVPACT_ASSETS__: Readonly<Record<string, string>> | undefined;
const EMBEDDED: Readonly<Record<string, string>> | undefined = typeof __REVPACT_ASSETS__ === 'undefined' ? undefined : __REVPACT_ASSETS__;

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

/** The inlined files under `dir` ("templates"), by path relative to it; undefined outside the bundle. */
export function embeddedAssets(dir: string): Map<string, string> | undefined {
  if (!EMBEDDED) return undefined;
  const prefix = `${dir}/`;
  const out = new Map<string, string>();
  for (const key of Object.keys(EMBEDDED).sort()) {
    if (key.startsWith(prefix)) out.set(key.slice(prefix.length), EMBEDDED[key] as string);
  }
  return out;
}

/** One asset's text, by its path parts from the package root. */
export function readTextAsset(...parts: string[]): string {
  const key = parts.join('/');
  if (EMBEDDED) {
    const text = EMBEDDED[key];
    if (text === undefined) throw new Error(`revpact: the bundle does not carry ${key}`);
    return text;
  }
  return readFileSync(assetPath(...parts), 'utf8');
}

const jsonCache = new Map<string, unknown>();

export function readJsonAsset(...parts: string[]): unknown {
  const key = parts.join('/');
  let value = jsonCache.get(key);
  if (value === undefined) {
    value = JSON.parse(readTextAsset(...parts)) as unknown;
    jsonCache.set(key, value);
  }
  return value;
}
