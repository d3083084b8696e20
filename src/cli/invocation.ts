/**
 * How to run this revpact again, for the hints revpact prints (`init`'s "next: run …").
 * revpact is not on the npm registry, so `npx revpact` is only right where npx finds this
 * very package in a node_modules/ folder; elsewhere it would download whatever is
 * published under that name (issue 13 item 31). In order:
 *
 *   npx revpact              installed as a dependency of the project at `from` or above it
 *   revpact                  the `revpact` found first on PATH is this one (npm install -g, npm link)
 *   node <path>/bin/revpact.js   anything else (a clone, an unpacked tarball): this very file
 */
import { existsSync, realpathSync } from 'node:fs';
import { delimiter, dirname, isAbsolute, join, relative } from 'node:path';
import { packageRoot } from '../shared/assets.js';

export function revpactCommand(from: string, env: Record<string, string | undefined>, root: string = packageRoot()): string {
  const home = real(root);
  const bin = join(root, 'bin', 'revpact.js');
  for (let dir = from; ; dir = dirname(dir)) {
    if (real(join(dir, 'node_modules', 'revpact')) === home) return 'npx revpact';
    if (dirname(dir) === dir) break;
  }
  const onPath = (env['PATH'] ?? '')
    .split(delimiter)
    .filter((p) => p !== '')
    .map((p) => join(p, 'revpact'))
    .find((p) => existsSync(p));
  if (onPath !== undefined && real(onPath) === real(bin)) return 'revpact';
  const shown = relative(from, bin);
  const path = shown.startsWith('..') || isAbsolute(shown) ? bin : shown;
  return `node ${shellWord(path)}`;
}

/**
 * A path as one word of a POSIX shell command, for hints a person pastes: single-quoted
 * when it holds anything beyond letters, digits and `_./-` (a space, an accent, a quote).
 */
export function shellWord(path: string): string {
  return /[^\w./-]/.test(path) ? `'${path.replace(/'/g, `'\\''`)}'` : path;
}

function real(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}
