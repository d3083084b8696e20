/**
 * The installed command's launcher (bin/revpact.js) runs a command that reads a large file
 * in a Node of its own with a small young generation (issue 17, goal 2). V8 lets the main
 * thread's nursery grow to 16 MB semi-spaces while it streams an export, and that is
 * resident memory the process never gives back: the check of the 5,000,000-row export
 * peaked at 304–333 MiB on two threads and ~310 MiB on one; with 2 MB semi-spaces at
 * 272–287 MiB and ~250 MiB, in the same time (Node 24.21, 2 vCPUs). A worker thread's
 * nursery is set where it is started (app/parallel.ts); the main thread's only by a flag
 * given to Node, hence a second process, for the runs where it matters: one start of Node
 * (about 30 ms) against a read of a second or more.
 *
 * Nothing else changes: the same script, arguments, environment (with REVPACT_RESPAWNED
 * set, so that it runs only once), standard streams (a terminal stays a terminal), exit
 * code, and a signal given to this process is passed on.
 */
import { spawn } from 'node:child_process';
import { statSync } from 'node:fs';

/** What Node is given for a large input: 2 MB semi-spaces (the workers' young generation is 4 MB in all). */
export const YOUNG_GENERATION_FLAG = '--max-semi-space-size=2';

/** Inputs from this size on: where the streaming engine also reads on several threads (PARALLEL_MIN_BYTES). */
export const RESPAWN_MIN_BYTES = 100 * 1000 * 1000;

const RESPAWNED = 'REVPACT_RESPAWNED';

function fileSize(path: string): number {
  try {
    const s = statSync(path);
    return s.isFile() ? s.size : 0;
  } catch {
    return 0;
  }
}

/**
 * The Node options to run the command again with, or undefined to run it here: when an
 * argument (`--leads FILE`, `--leads=FILE`, a positional) names a file of at least
 * REVPACT_RESPAWN_MIN_BYTES (RESPAWN_MIN_BYTES by default) and Node was not given a
 * semi-space size already (by the command line or NODE_OPTIONS). REVPACT_RESPAWN=0 turns
 * it off.
 */
export function respawnOptions(
  argv: readonly string[],
  execArgv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  size: (path: string) => number = fileSize,
): string[] | undefined {
  if (env[RESPAWNED] === '1' || env['REVPACT_RESPAWN'] === '0') return undefined;
  const given = (text: string | undefined) => text !== undefined && /--max-semi-space-size\b/.test(text);
  if (execArgv.some(given) || given(env['NODE_OPTIONS'])) return undefined;
  const set = Number(env['REVPACT_RESPAWN_MIN_BYTES']);
  const min = env['REVPACT_RESPAWN_MIN_BYTES'] !== undefined && Number.isFinite(set) && set >= 0 ? set : RESPAWN_MIN_BYTES;
  const large = argv.some((arg) => {
    const path = arg.startsWith('--') ? arg.slice(arg.indexOf('=') + 1 || arg.length) : arg;
    return path !== '' && !path.startsWith('-') && size(path) >= Math.max(min, 1);
  });
  return large ? [...execArgv, YOUNG_GENERATION_FLAG] : undefined;
}

/**
 * Runs `script` with `argv` in a new Node given `nodeOptions`; resolves to its exit code.
 * A signal that ends it ends this process the same way. Rejects when Node cannot be started.
 */
export function respawn(script: string, argv: readonly string[], nodeOptions: readonly string[]): Promise<number> {
  if (process.env['REVPACT_RESPAWN_TRACE'] === '1') process.stderr.write(`revpact: running with ${nodeOptions.join(' ')} (a large input)\n`);
  const child = spawn(process.execPath, [...nodeOptions, script, ...argv], { stdio: 'inherit', env: { ...process.env, [RESPAWNED]: '1' } });
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;
  // Ctrl-C reaches both processes; this one waits for the other to end, as it decides how.
  const pass = (signal: NodeJS.Signals) => void child.kill(signal);
  for (const s of signals) process.on(s, pass);
  return new Promise((resolve, reject) => {
    // Only a child that never started is an error here (the caller then runs the command itself); after that, its exit decides.
    child.once('error', (e) => {
      if (child.pid !== undefined) return;
      for (const s of signals) process.off(s, pass);
      reject(e);
    });
    child.once('exit', (code, signal) => {
      for (const s of signals) process.off(s, pass);
      if (signal !== null) process.kill(process.pid, signal);
      resolve(code ?? 1);
    });
  });
}
