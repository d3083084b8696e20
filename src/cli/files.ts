/**
 * The CLI's inputs: files and folders named on the command line, expanded into the
 * contracts below them (reading and writing files is src/shared/files.ts).
 */
import { existsSync, readdirSync, realpathSync, statSync, type Stats } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { UsageError } from '../shared/errors.js';
import { describeError } from '../shared/files.js';

const YAML = /\.ya?ml$/i;

/**
 * A file's path from the top of the Git work tree that holds it (the nearest folder at or
 * above the file's with a .git, a folder or a worktree's file), '/'-separated: CODEOWNERS
 * patterns are anchored there, whatever folder revpact ran in. Outside a work tree, the
 * path from `cwd`.
 */
export function repositoryPath(cwd: string, file: string): string {
  const absolute = resolve(cwd, file);
  for (let dir = dirname(absolute); ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return relative(dir, absolute).split(sep).join('/');
    if (dirname(dir) === dir) return relative(cwd, absolute).split(sep).join('/');
  }
}

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

/** A path as the command line gave it, with the option it came from ('' for a positional). */
export interface NamedPath {
  flag: string;
  path: string;
}

/**
 * Refuses, before anything runs, an output that would replace what the command reads: the
 * same file as an input (by device and inode, so another spelling or a hard link is caught),
 * a file inside a folder it reads (`scorecard --history`), or the same file as another output.
 * Without this, `due … --leads x.csv --out x.csv` replaced the export with the list.
 */
export function refuseOutputsOverInputs(cwd: string, inputs: readonly NamedPath[], outputs: readonly NamedPath[], stdout?: string, hint?: string): void {
  const read = inputs.flatMap((i) => {
    const abs = resolve(cwd, i.path);
    const stat = statOrUndefined(abs);
    return stat ? [{ ...i, stat, real: realOrSelf(abs) }] : [];
  });
  const written: { flag: string; path: string; real: string }[] = [];
  for (const o of outputs) {
    if (o.path === '-') {
      if (o.flag === stdout) continue;
      // Not a file named "-" left in the folder: only the report goes to standard output.
      throw new UsageError(
        stdout === undefined
          ? `${o.flag} -: this command writes a file, not standard output`
          : `${o.flag} -: only the report goes to standard output (${stdout} -, the default)`,
        `give ${o.flag} the path of a file`,
      );
    }
    const abs = resolve(cwd, o.path);
    const stat = statOrUndefined(abs);
    // Said before anything is read or measured: the report would be lost at the end of the run.
    if (stat?.isDirectory()) throw new UsageError(`${o.flag} ${o.path}: is a directory, not a regular file`, `give ${o.flag} the path of a file`);
    // Not there yet, but said as a folder: `--out reports/` wrote a file named "reports".
    if (/[\\/]$/.test(o.path))
      throw new UsageError(
        `${o.flag} ${o.path}: ends with a slash, so it names a folder, not a file`,
        `give ${o.flag} the path of a file in that folder, e.g. ${o.path}report.txt`,
      );
    // A file not there yet: where it would be, through the real path of its folder.
    const real = stat ? realOrSelf(abs) : join(realOrSelf(dirname(abs)), basename(abs));
    for (const i of read) {
      const same = stat !== undefined && i.stat.isFile() && stat.dev === i.stat.dev && stat.ino === i.stat.ino;
      const inside = i.stat.isDirectory() && (real + sep).startsWith(i.real + sep);
      if (same || inside) {
        const what = i.flag === '' ? i.path : `${i.flag} ${i.path}`;
        throw new UsageError(
          `${o.flag} ${o.path} ${same ? 'is' : 'lies inside'} ${what}, which this command reads: writing there would ${same ? 'replace it' : 'change what it reads next time'}`,
          hint ?? `give ${o.flag} another path`,
        );
      }
    }
    const twin = written.find((w) => w.real === real);
    if (twin) throw new UsageError(`${o.flag} and ${twin.flag} name the same file (${o.path}): one would replace the other`, `give each its own path`);
    written.push({ flag: o.flag, path: o.path, real });
  }
}

function statOrUndefined(abs: string): Stats | undefined {
  try {
    return statSync(abs);
  } catch {
    return undefined;
  }
}

/** The path with its links resolved, or as it is when some part of it does not exist. */
function realOrSelf(abs: string): string {
  try {
    return realpathSync(abs);
  } catch {
    return abs;
  }
}
