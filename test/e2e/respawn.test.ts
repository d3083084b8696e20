/**
 * The installed command run again in a Node with a small young generation, for a large input
 * (src/cli/respawn.ts; REVPACT_RESPAWN_MIN_BYTES=0 makes any file large): the same output,
 * the same exit code, Node given the flag, and a signal passed on.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, ensureBuilt, runCli } from '../helpers/cli.js';
import { generateExport } from '../helpers/gen.js';
import { REPO_ROOT } from '../helpers/paths.js';

const dir = mkdtempSync(join(tmpdir(), 'revpact-respawn-'));
const csv = join(dir, 'hubspot.csv');
const large = { REVPACT_RESPAWN_MIN_BYTES: '0', REVPACT_RESPAWN_TRACE: '1', CI: '1' };
const here = { REVPACT_RESPAWN: '0', REVPACT_RESPAWN_TRACE: '1', CI: '1' };

beforeAll(() => {
  ensureBuilt();
  generateExport(csv, { rows: 500, format: 'hubspot', seed: 3 });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const check = ['check', 'contracts/b2b-saas.yaml', '--leads', csv, '--mapping', 'hubspot', '--period', '2026', '--as-of', '2027-01-15T12:00:00+01:00'];

describe('a large input runs in a Node of its own', () => {
  it('says so when traced, and prints what the command prints in this process', () => {
    const again = runCli([...check, '--format', 'json'], { env: large });
    const once = runCli([...check, '--format', 'json'], { env: here });
    expect(again.status, again.stderr).toBe(0);
    expect(again.stderr).toBe('revpact: running with --max-semi-space-size=2 (a large input)\nrevpact: this Node runs with --max-semi-space-size=2\n');
    expect(once.stderr).toBe('');
    expect(again.stdout === once.stdout).toBe(true);
  }, 60_000);

  it('passes the exit code on, and runs once', () => {
    const again = runCli(['validate', csv], { env: large });
    const once = runCli(['validate', csv], { env: here });
    expect(again.status).toBe(1); // an invalid contract (README, exit codes)
    expect(again.status).toBe(once.status);
    expect(again.stdout).toBe(once.stdout);
    expect(again.stderr.match(/running with/g)).toHaveLength(1);
    expect(again.stderr.replace(/^revpact: running with .*\nrevpact: this Node runs with .*\n/, '')).toBe(once.stderr);
  }, 60_000);

  it('passes a signal on: the command it started ends, and so does the launcher, as by that signal', async () => {
    // Reading a pipe nobody writes to: the command waits until the signal comes (the contract is the file that makes it run again).
    const child = spawn(process.execPath, [CLI, 'check', 'contracts/b2b-saas.yaml', '--leads', '/dev/stdin', '--mapping', 'hubspot'], {
      cwd: REPO_ROOT,
      env: { ...process.env, ...large },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    await new Promise<void>((resolve) => {
      const wait = setInterval(() => {
        if (!stderr.includes('running with')) return;
        clearInterval(wait);
        resolve();
      }, 20);
    });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(child.exitCode).toBeNull();
    child.kill('SIGTERM');
    const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on('exit', (c, s) => resolve([c, s])));
    expect(stderr).not.toMatch(/internal error|\n\s+at /);
    expect(signal === 'SIGTERM' || code === 143).toBe(true);
  }, 60_000);
});
