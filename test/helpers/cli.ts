/**
 * Running the real command line (node bin/revpact.js) as a user would, without colour.
 * The binary runs the compiled build/; `npm test` builds first, and ensureBuilt() covers
 * a plain `npx vitest run` on a checkout that was never built.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmdirSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './paths.js';

export const CLI = join(REPO_ROOT, 'bin', 'revpact.js');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: readonly string[], options: { cwd?: string; env?: Record<string, string> } = {}): CliRun {
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? REPO_ROOT,
    env: { ...process.env, NO_COLOR: '1', REVPACT_DEBUG: '', ...options.env },
    encoding: 'utf8',
    timeout: 60_000,
    // A report of thousands of diagnostics is larger than spawnSync's default 1 MiB.
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/**
 * runCli without blocking: for a CLI that talks to a server in the test's own process
 * (spawnSync would stop the event loop the server answers on).
 */
export function runCliAsync(args: readonly string[], options: { cwd?: string; env?: Record<string, string> } = {}): Promise<CliRun> {
  const child = spawn(process.execPath, [CLI, ...args], {
    cwd: options.cwd ?? REPO_ROOT,
    env: { ...process.env, NO_COLOR: '1', REVPACT_DEBUG: '', ...options.env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => child.kill(), 60_000);
    child.on('error', reject);
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, stdout, stderr });
    });
  });
}

/** What no user error may print: a crash, a stack trace, or the internal-error banner. */
export const CRASH = /internal error|\n\s+at [^\n]*[(:]\d+|Error \[ERR_|TypeError|ReferenceError|RangeError/;

const ENTRY = join(REPO_ROOT, 'build', 'cli', 'main.js');
const LOCK = join(REPO_ROOT, 'build', '.test-build.lock');

/**
 * Builds build/ once when it is missing. Test files run in parallel workers, so a lock
 * directory makes the others wait instead of compiling over each other.
 */
export function ensureBuilt(): void {
  if (existsSync(ENTRY)) return;
  mkdirSync(join(REPO_ROOT, 'build'), { recursive: true });
  let owner = false;
  try {
    mkdirSync(LOCK);
    owner = true;
  } catch {
    // Another worker is building; wait for it below.
  }
  if (owner) {
    try {
      spawnSync(process.execPath, [join(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'], {
        cwd: REPO_ROOT,
        stdio: 'ignore',
      });
    } finally {
      rmdirSync(LOCK);
    }
  } else {
    const deadline = Date.now() + 120_000;
    while (existsSync(LOCK) && Date.now() < deadline) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
  }
  if (!existsSync(ENTRY)) throw new Error('build/ is missing and `tsc -p tsconfig.build.json` did not produce it; run `npm run build`');
}
