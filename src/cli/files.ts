/**
 * The CLI's file system edge: reading inputs (with errors a person can act on) and
 * writing outputs atomically (temp file, then rename) so nothing is ever half-written.
 */
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { UsageError } from './io.js';

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

export function readBytes(cwd: string, file: string): Uint8Array {
  try {
    return readFileSync(resolve(cwd, file));
  } catch (e) {
    throw new UsageError(`${file}: ${describeError(e)}`, 'check the path and its permissions');
  }
}

/** Writes via a temporary file in the same directory, then renames over the target. */
export function writeFileAtomic(path: string, content: string | Uint8Array): void {
  const dir = dirname(path);
  try {
    mkdirSync(dir, { recursive: true });
  } catch (e) {
    throw new UsageError(`${dir}: cannot create the output directory (${describeError(e)})`, 'choose another --out directory');
  }
  const temp = join(dir, `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(temp, content);
    renameSync(temp, path);
  } catch (e) {
    rmSync(temp, { force: true });
    throw new UsageError(`${path}: cannot write (${describeError(e)})`, 'choose another --out directory or fix its permissions');
  }
}

export function describeError(e: unknown): string {
  const code = (e as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory, not a file';
    case 'ENOTDIR':
      return 'a part of the path is not a directory';
    case 'EROFS':
      return 'read-only file system';
    case 'ENOSPC':
      return 'no space left on the device';
    default:
      return e instanceof Error ? e.message : String(e);
  }
}

export function exists(path: string): boolean {
  try {
    statSync(path);
    return true;
  } catch {
    return false;
  }
}

export function readText(path: string): string {
  return readFileSync(path, 'utf8');
}
