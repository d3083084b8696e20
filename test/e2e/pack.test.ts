/**
 * The package as an adopter gets it (issue 13 item 31): `npm pack` makes a tarball that
 * installs into an empty project and runs there. revpact is not on the npm registry, so
 * this is how it travels (a tarball, or the repository itself); the test also proves
 * that package.json "files" carries everything the CLI reads at run time (build/, bin/,
 * schema/, templates/, contracts/).
 *
 * No network: the project gets a lockfile made from this repository's own (the runtime
 * dependencies, with their integrity), so `npm ci --offline` takes every dependency from
 * the npm cache that `npm ci` filled for this checkout.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CRASH, ensureBuilt } from '../helpers/cli.js';
import { REPO_ROOT } from '../helpers/paths.js';

const work = mkdtempSync(join(tmpdir(), 'revpact-pack-'));
const project = join(work, 'adopter');
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface LockEntry {
  version?: string;
  dev?: boolean;
  [key: string]: unknown;
}

/** npm with no audit, no funding notice, no update check: nothing that calls home. */
function npm(args: string[], cwd: string) {
  const r = spawnSync('npm', [...args, '--no-audit', '--no-fund', '--no-update-notifier'], { cwd, encoding: 'utf8', timeout: 180_000 });
  if (r.error) throw r.error;
  return r;
}

function npx(args: string[]) {
  // --no: never download; the revpact that runs must be the one installed in the project.
  const r = spawnSync('npx', ['--no', ...args], { cwd: project, encoding: 'utf8', timeout: 60_000, env: { ...process.env, NO_COLOR: '1' } });
  if (r.error) throw r.error;
  return r;
}

describe('npm pack → an empty project → npx revpact', () => {
  let tarball: string;

  beforeAll(() => {
    ensureBuilt();
    // --ignore-scripts: build/ is already there (npm test builds first); pack only packs.
    const pack = npm(['pack', '--ignore-scripts', '--json', '--pack-destination', work], REPO_ROOT);
    expect(pack.status, pack.stderr).toBe(0);
    const [info] = JSON.parse(pack.stdout) as { filename: string }[];
    tarball = join(work, info?.filename ?? '');

    mkdirSync(project);
    const lock = JSON.parse(readFileSync(join(REPO_ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };
    const root = lock.packages[''] as LockEntry;
    const packages: Record<string, LockEntry> = {
      '': { name: 'adopter', dependencies: { revpact: `file:${tarball}` } },
      'node_modules/revpact': {
        version: root.version,
        resolved: `file:${tarball}`,
        integrity: `sha512-${createHash('sha512').update(readFileSync(tarball)).digest('base64')}`,
        dependencies: root['dependencies'],
        bin: root['bin'],
        engines: root['engines'],
      },
    };
    for (const [path, entry] of Object.entries(lock.packages)) if (path !== '' && !entry.dev) packages[path] = entry;
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'adopter', private: true, dependencies: { revpact: `file:${tarball}` } }, null, 2));
    writeFileSync(join(project, 'package-lock.json'), JSON.stringify({ name: 'adopter', lockfileVersion: 3, requires: true, packages }, null, 2));
    const install = npm(['ci', '--offline'], project);
    expect(install.status, install.stderr).toBe(0);
  }, 240_000);

  it('carries what the CLI reads at run time', () => {
    const installed = join(project, 'node_modules', 'revpact');
    for (const path of [
      'bin/revpact.js',
      'build/cli/main.js',
      'schema/contract.schema.json',
      'templates/docs/agreement.md.hbs',
      'templates/init/contract.yaml',
    ])
      expect(existsSync(join(installed, path)), path).toBe(true);
    expect(readdirSync(join(installed, 'contracts')).filter((f) => f.endsWith('.yaml')).length).toBeGreaterThan(0);
    // Sources and tests stay home.
    expect(existsSync(join(installed, 'src'))).toBe(false);
    expect(existsSync(join(installed, 'test'))).toBe(false);
  });

  it('validates and compiles an example contract there with npx revpact', () => {
    mkdirSync(join(project, 'contracts'));
    copyFileSync(join(REPO_ROOT, 'contracts', 'b2b-saas.yaml'), join(project, 'contracts', 'b2b-saas.yaml'));
    const validate = npx(['revpact', 'validate', 'contracts/']);
    expect(validate.status, validate.stderr).toBe(0);
    expect(validate.stdout).toContain('1 file valid');
    const compile = npx(['revpact', 'compile', 'contracts/b2b-saas.yaml', '--out', 'out', '--format', 'md,html,rules,ics', '--locale', 'ca']);
    expect(compile.status, compile.stderr).toBe(0);
    expect(readFileSync(join(project, 'out', 'b2b-saas.md'), 'utf8')).toMatch(/^# /);
    expect(compile.stderr).not.toMatch(CRASH);
  });

  it('init, run as a dependency, hints `npx revpact`, which works here', () => {
    const init = npx(['revpact', 'init', 'team']);
    expect(init.status, init.stderr).toBe(0);
    expect(init.stdout).toContain('then run `npx revpact validate team/contracts/`');
    expect(readFileSync(join(project, 'team', 'contracts', 'agreement.yaml'), 'utf8')).toMatch(/^# {3}npx revpact validate contracts\/$/m);
    expect(npx(['revpact', 'validate', 'team/contracts/']).status).toBe(0);
  });
});
