/**
 * Files in and out, for every entry point: reading inputs with errors a person can act
 * on, and writing outputs atomically (temp file, then rename) so nothing is ever half-written.
 */
import { closeSync, mkdirSync, openSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { UsageError } from './errors.js';

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

/** A file written in pieces (a stream of rows) through a temporary name, renamed into place only when complete. */
export interface AtomicWriter {
  write: (chunk: string) => void;
  /** Closes the file and renames it over the target. */
  commit: () => void;
  /** Closes and removes the temporary file; the target is untouched. */
  abort: () => void;
}

export function openAtomicWriter(path: string, what: string): AtomicWriter {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  let fd: number;
  try {
    fd = openSync(temp, 'w');
  } catch (e) {
    throw new UsageError(`${path}: cannot write (${describeError(e)})`, `choose another path for ${what}`);
  }
  return {
    write: (chunk) => void writeSync(fd, chunk),
    commit: () => {
      closeSync(fd);
      renameSync(temp, path);
    },
    abort: () => {
      closeSync(fd);
      rmSync(temp, { force: true });
    },
  };
}
