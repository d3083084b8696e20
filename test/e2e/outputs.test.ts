/**
 * Where outputs go (issue 13, items 5, 6, 10, 13): a target that is not a regular file
 * is refused before anything is written, `--out -` is standard output, an output folder
 * the kernel will not create is an error instead of a spin, an interrupted run leaves no
 * temporary file, and an input that is a named pipe is refused instead of waited on.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CRASH, ensureBuilt, runCli } from '../helpers/cli.js';
import { REPO_ROOT } from '../helpers/paths.js';

const dir = mkdtempSync(join(tmpdir(), 'revpact-outputs-'));
const GOLDEN = 'test/golden/first-touch-madrid';
const CHECK = ['check', `${GOLDEN}/contract.yaml`, '--leads', `${GOLDEN}/leads.csv`, '--period', '2026-03', '--as-of', '2026-04-15T09:00:00Z'];

beforeAll(() => ensureBuilt());
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Files of a folder that look like revpact's temporary files. */
const temps = (folder: string) => readdirSync(folder).filter((f) => f.endsWith('.tmp'));

describe('output targets', () => {
  it('refuses to replace a symbolic link with --out, and leaves the link and its target alone', () => {
    const target = join(dir, 'kept.txt');
    writeFileSync(target, 'keep me\n');
    const link = join(dir, 'link.txt');
    symlinkSync(target, link);
    const r = runCli([...CHECK, '--out', link]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('is a symbolic link');
    expect(r.stderr).not.toMatch(CRASH);
    expect(readFileSync(target, 'utf8')).toBe('keep me\n');
    expect(readFileSync(link, 'utf8')).toBe('keep me\n');
    expect(temps(dir)).toEqual([]);
  });

  it('refuses a named pipe and a device as --per-lead, writing nothing', () => {
    const fifo = join(dir, 'verdicts.fifo');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const r = runCli([...CHECK, '--per-lead', fifo]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('is a named pipe, not a regular file');
    const dev = runCli([...CHECK, '--out', '/dev/null']);
    expect(dev.status).toBe(2);
    expect(dev.stderr).toMatch(/is a (device|symbolic link)/);
    expect(temps(dir)).toEqual([]);
  });

  it('--per-lead naming an existing directory is a usage error, with no temporary file left (it crashed with EBADF)', () => {
    const folder = join(dir, 'a-folder');
    mkdirSync(folder);
    const r = runCli([...CHECK, '--per-lead', folder]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('is a directory, not a regular file');
    expect(r.stderr).not.toMatch(CRASH);
    expect(temps(dir)).toEqual([]);
  });

  it('--out - prints to standard output', () => {
    const r = runCli([...CHECK, '--format', 'json', '--out', '-']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout)).toHaveProperty('status');
    expect(existsSync(join(REPO_ROOT, '-'))).toBe(false);
  });

  it('compile --out under /proc ends with a clear error instead of spinning', () => {
    const started = Date.now();
    const r = runCli(['compile', 'contracts/worked-example.yaml', '--out', '/proc/revpact-out', '--format', 'rules']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('cannot create the output directory');
    expect(r.stderr).not.toMatch(CRASH);
    // The spin never ended: any bound proves it does now.
    expect(Date.now() - started).toBeLessThan(30_000);
  });

  it('load refuses an export that is a named pipe before it touches the database', () => {
    const fifo = join(dir, 'leads.fifo');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    // Nothing listens on port 1: reaching the database would be a different error.
    const r = runCli(['load', '--db', 'postgresql://revpact@127.0.0.1:1/crm', '--leads', fifo]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('named pipe');
    expect(r.stderr).not.toMatch(CRASH);
  });

  it('a contract that is a named pipe is refused, not waited on', () => {
    const fifo = join(dir, 'contract.fifo');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const r = runCli(['validate', fifo]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('is a named pipe');
  });
});

describe('interrupted writes', () => {
  const files = join(REPO_ROOT, 'build', 'shared', 'files.js');

  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ])('a %s while a file is being written removes its temporary file and exits %i', (signal, code) => {
    const out = join(dir, `interrupted-${signal}.csv`);
    const script = `
      const { openAtomicWriter } = await import(${JSON.stringify(files)});
      const w = openAtomicWriter(${JSON.stringify(out)}, '--per-lead');
      w.write('lead_id\\n');
      process.kill(process.pid, ${JSON.stringify(signal)});
      setTimeout(() => process.exit(0), 5000);`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', timeout: 20_000 });
    expect(r.status).toBe(code);
    expect(existsSync(out)).toBe(false);
    expect(temps(dir).filter((t) => t.includes(`interrupted-${signal}`))).toEqual([]);
  });

  it('a temporary file left by a killed run is removed by the next write of the same output', () => {
    const out = join(dir, 'report.json');
    // No process runs with this id (above the kernel's pid_max).
    const stale = join(dir, '.report.json.4194305.tmp');
    writeFileSync(stale, 'half a report');
    const r = runCli([...CHECK, '--format', 'json', '--out', out]);
    expect(r.status).toBe(0);
    expect(existsSync(stale)).toBe(false);
    expect(JSON.parse(readFileSync(out, 'utf8'))).toHaveProperty('status');
  });
});
