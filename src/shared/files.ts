/**
 * Files in and out, for every entry point: reading inputs with errors a person can act
 * on, and writing outputs atomically (temp file, then rename) so nothing is ever half-written.
 */
import {
  closeSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmdirSync,
  rmSync,
  statSync,
  writeFileSync,
  writeSync,
  type Stats,
} from 'node:fs';
import { constants } from 'node:os';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { UsageError } from './errors.js';

/** An input file's bytes. Only a regular file is read: a named pipe nobody writes to would wait forever. */
export function readBytes(cwd: string, file: string): Uint8Array {
  try {
    const path = resolve(cwd, file);
    const stat = statSync(path);
    if (!stat.isFile() && !stat.isDirectory())
      throw new UsageError(
        `${file}: is ${stat.isFIFO() ? 'a named pipe' : 'a device or socket'}, not a regular file`,
        'save the input to a file and name that file',
      );
    return readFileSync(path);
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(`${file}: ${describeError(e)}`, 'check the path and its permissions');
  }
}

/**
 * Writes via a temporary file in the same directory, then renames over the target. `what`
 * names the option the path came from, for the hint (e.g. "--out").
 */
export function writeFileAtomic(path: string, content: string | Uint8Array, what = '--out'): void {
  const temp = prepareTarget(path, what);
  try {
    writeFileSync(temp, content, { flag: 'wx' });
    renameSync(temp, path);
  } catch (e) {
    throw new UsageError(`${path}: cannot write (${describeError(e)})`, `choose another path for ${what} or fix its permissions`);
  } finally {
    forget(temp);
  }
}

/**
 * Checks where an output goes and returns the temporary file's name beside it. A target
 * that exists must be a regular file: renaming over a symbolic link would replace the link,
 * not write through it, and a FIFO, device or directory is not a file to replace. The
 * folder is created when missing; a leftover temporary file of a run that was killed is
 * removed.
 */
function prepareTarget(path: string, what: string): string {
  const existing = lstatOrUndefined(path);
  if (existing && !existing.isFile()) {
    const kind = existing.isSymbolicLink()
      ? 'a symbolic link (revpact replaces files whole and will not replace a link)'
      : existing.isDirectory()
        ? 'a directory'
        : existing.isFIFO()
          ? 'a named pipe'
          : existing.isSocket()
            ? 'a socket'
            : 'a device';
    throw new UsageError(
      `${path}: is ${kind}, not a regular file`,
      `give ${what} the path of a file${what === '--out' ? ', or leave --out out to print to standard output' : ''}`,
    );
  }
  const dir = dirname(path);
  const parent = nearestExisting(dir);
  if (!parent.stat.isDirectory())
    throw new UsageError(`${dir}: cannot create the output directory (${parent.path} is a file, not a directory)`, `choose another path for ${what}`);
  // One level at a time from the folder that exists: Node's recursive mkdir retries forever
  // where the kernel refuses a folder with ENOENT under an existing parent (/proc, /sys).
  const missing = relative(parent.path, resolve(dir)).split(sep).filter(Boolean);
  let current = parent.path;
  for (const part of missing) {
    current = join(current, part);
    try {
      mkdirSync(current);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST' && statSync(current).isDirectory()) continue;
      throw new UsageError(`${dir}: cannot create the output directory (${describeError(e)})`, `choose another path for ${what}`);
    }
  }
  removeStaleTemps(dir, basename(path));
  const temp = join(dir, `.${basename(path)}.${process.pid}.tmp`);
  remember(temp);
  return temp;
}

function lstatOrUndefined(path: string): Stats | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

/** The closest folder above `dir` (or itself) that exists: mkdir is only asked for what is missing. */
function nearestExisting(dir: string): { path: string; stat: Stats } {
  let current = resolve(dir);
  for (;;) {
    try {
      return { path: current, stat: statSync(current) };
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const up = dirname(current);
      if ((code !== 'ENOENT' && code !== 'ENOTDIR') || up === current) throw new UsageError(`${dir}: ${describeError(e)}`, 'choose another output path');
      current = up;
    }
  }
}

/** `.<name>.<pid>.tmp` files of processes that no longer run: what a killed run left behind. */
function removeStaleTemps(dir: string, name: string): void {
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch {
    return;
  }
  const prefix = `.${name}.`;
  for (const entry of entries) {
    if (!entry.startsWith(prefix) || !entry.endsWith('.tmp')) continue;
    const pid = Number(entry.slice(prefix.length, -'.tmp'.length));
    if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid || isRunning(pid)) continue;
    rmSync(join(dir, entry), { force: true });
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/*
 * Temporary files still open, removed if the process is interrupted (Ctrl-C, SIGTERM,
 * SIGHUP): an interrupted run leaves the target as it was and nothing beside it. The
 * handlers are installed while there is something to remove, then the signal's default
 * (exit 128 + signal number) is kept by exiting with that code.
 */
const live = new Set<string>();
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
const onSignal = (signal: NodeJS.Signals) => {
  for (const temp of live) rmSync(temp, { force: true });
  live.clear();
  process.exit(128 + constants.signals[signal]);
};

function remember(temp: string): void {
  if (live.size === 0) for (const signal of SIGNALS) process.on(signal, onSignal);
  live.add(temp);
}

function forget(temp: string): void {
  rmSync(temp, { force: true });
  if (!live.delete(temp) || live.size > 0) return;
  for (const signal of SIGNALS) process.off(signal, onSignal);
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
    case 'ELOOP':
      return 'a symbolic link in the path leads back to itself (a loop)';
    case 'ENAMETOOLONG':
      return 'the path is too long';
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

/** A file written in pieces (a stream of rows) through a temporary name, renamed into place only when complete. */
export interface AtomicWriter {
  write: (chunk: string | Uint8Array) => void;
  /** Closes the file and renames it over the target. */
  commit: () => void;
  /** Closes and removes the temporary file; the target is untouched. */
  abort: () => void;
}

export function openAtomicWriter(path: string, what: string, mode?: number): AtomicWriter {
  const temp = prepareTarget(path, what);
  let fd: number | undefined;
  try {
    // `mode` (0o600 for personal data) applies from the file's creation: no moment where others may read it.
    fd = mode === undefined ? openSync(temp, 'wx') : openSync(temp, 'wx', mode);
  } catch (e) {
    forget(temp);
    throw new UsageError(`${path}: cannot write (${describeError(e)})`, `choose another path for ${what}`);
  }
  // Closed once, whichever of commit and abort comes first (a failed commit is followed by an abort).
  const close = () => {
    if (fd === undefined) return;
    const open = fd;
    fd = undefined;
    closeSync(open);
  };
  return {
    write: (chunk) => {
      if (fd === undefined) throw new Error(`${path}: written after it was closed`);
      if (typeof chunk === 'string') writeSync(fd, chunk);
      else writeSync(fd, chunk);
    },
    commit: () => {
      try {
        close();
        renameSync(temp, path);
      } catch (e) {
        throw new UsageError(`${path}: cannot write (${describeError(e)})`, `choose another path for ${what}`);
      } finally {
        forget(temp);
      }
    },
    abort: () => {
      close();
      forget(temp);
    },
  };
}

/**
 * Several files written together or not at all: each beside its target first, then all
 * renamed into place. A target that cannot be written (a folder in its way, a folder not
 * writable) leaves none of them half done. `what` names where the paths came from (for hints).
 * Returns once every file is in place.
 */
export function writeFilesTogether(files: readonly { path: string; content: string | Uint8Array }[], what: string): void {
  // The folders the writes make: taken away again when one fails (`init x` left x/contracts/ behind, empty).
  const made = [...new Set(files.flatMap((f) => missingFolders(f.path)))].sort((a, b) => b.length - a.length);
  const writers: AtomicWriter[] = [];
  try {
    for (const f of files) {
      const writer = openAtomicWriter(f.path, what);
      writers.push(writer);
      writer.write(f.content);
    }
  } catch (e) {
    for (const w of writers) w.abort();
    for (const folder of made) {
      try {
        rmdirSync(folder); // only an empty one: nothing anyone else put there goes
      } catch {
        // not empty, or already gone
      }
    }
    throw e;
  }
  for (const w of writers) w.commit();
}

/** The folders above `path` that do not exist yet, deepest first. */
function missingFolders(path: string): string[] {
  const out: string[] = [];
  for (let d = dirname(resolve(path)); !exists(d) && dirname(d) !== d; d = dirname(d)) out.push(d);
  return out;
}
