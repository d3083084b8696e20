/**
 * Files in the job's workspace (the checked-out repository): the lead export kept for
 * the simulation, and the contracts for the monthly report. Globs are matched against
 * paths relative to the workspace; .git and node_modules are never searched.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { pathMatcher, splitGlobs } from './repo-files.js';

const SKIP = new Set(['.git', 'node_modules']);

/** Files under `root` matching `glob` (a plain path matches itself), sorted, relative with forward slashes. */
export function workspaceFiles(root: string, glob: string): string[] {
  const patterns = splitGlobs(glob);
  // A plain path needs no walk, and may sit in a folder the walk skips.
  if (patterns.every((p) => !/[*?[\]{}!]/.test(p))) {
    return patterns.filter((p) => isFile(join(root, p)));
  }
  const match = pathMatcher(glob);
  const out: string[] = [];
  const walk = (dir: string) => {
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      if (SKIP.has(e.name)) continue;
      const abs = join(dir, e.name);
      if (e.isDirectory()) walk(abs);
      else if (e.isFile()) {
        const rel = relative(root, abs).split(sep).join('/');
        if (match(rel)) out.push(rel);
      }
    }
  };
  walk(root);
  return out.sort();
}

/**
 * The plain paths of `glob` (no wildcard, no exclusion) that are no file in the workspace.
 * A path is named on purpose: "data/2026-09.csv, data/2026-10.csv" with one of them missing
 * read the other alone, and the report measured half the data without a word.
 */
export function missingFiles(root: string, glob: string): string[] {
  return splitGlobs(glob).filter((p) => !/[*?[\]{}!]/.test(p) && !isFile(join(root, p)));
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/**
 * The plain paths of `glob` that are folders in the workspace, each with a file in it (the
 * first, sorted) to show what naming the files looks like, when there is one.
 */
export function namedFolders(root: string, glob: string): { path: string; example?: string }[] {
  return splitGlobs(glob)
    .filter((p) => !/[*?[\]{}!]/.test(p) && isFolder(join(root, p)))
    .map((p) => {
      const path = p.replace(/\/+$/, '');
      const first = workspaceFiles(root, `${path}/*`)[0];
      return first === undefined ? { path } : { path, example: first };
    });
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
