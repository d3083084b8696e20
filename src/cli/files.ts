/**
 * The CLI's inputs: files and folders named on the command line, expanded into the
 * contracts below them (reading and writing files is src/shared/files.ts).
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { UsageError } from '../shared/errors.js';
import { describeError } from '../shared/files.js';

const YAML = /\.ya?ml$/i;

/** Expands files and directories into the YAML files below them, sorted, as the user would name them. */
export function expandYamlInputs(cwd: string, inputs: readonly string[]): string[] {
  const out: string[] = [];
  for (const input of inputs) {
    const abs = resolve(cwd, input);
    const stat = statOrThrow(abs, input);
    if (stat.isDirectory()) {
      const found = walk(abs).map((f) => display(cwd, f));
      if (found.length === 0)
        throw new UsageError(`${input}: no .yaml or .yml files in this directory`, 'point revpact at a contract file or a folder that holds some');
      out.push(...found);
    } else {
      out.push(display(cwd, abs));
    }
  }
  return [...new Set(out)];
}

function walk(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    throw new UsageError(`${dir}: cannot read this directory (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...walk(path));
    else if (entry.isFile() && YAML.test(entry.name)) files.push(path);
  }
  return files;
}

function display(cwd: string, abs: string): string {
  const rel = relative(cwd, abs);
  return rel && !rel.startsWith('..') ? rel : abs;
}

function statOrThrow(abs: string, input: string) {
  try {
    return statSync(abs);
  } catch (e) {
    throw new UsageError(`${input}: ${describeError(e)}`, 'check the path');
  }
}
