/**
 * The package as an adopter gets it (issue 13 item 31): `npm pack` makes a tarball that
 * installs into an empty project and runs there. revpact is not on the npm registry, so
 * this is how it travels (a tarball, or the repository itself); the test also proves
 * that package.json "files" carries everything the CLI reads at run time (build/, bin/,
 * schema/, templates/, contracts/).
 *
 * No network: the project gets a lockfile made from this repository's own (the runtime
 * dependencies, with their integrity), so `npm ci --offline` takes every dependency from
 * the npm cache that `npm ci` filled for this checkout. A cache without them (ENOTCACHED)
 * fails the suite under CI and skips it, loudly, elsewhere.
 *
 * The commands then also run from a folder of the user's own, outside both this repository
 * and the project (the installed bin, as `node_modules/.bin/revpact` or a global install
 * runs it), and must print byte for byte what this repository's build prints: nothing the
 * CLI reads may come from beside the repository (docs/, scripts/, test fixtures, devDependencies).
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { delimiter, dirname, join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CRASH, ensureBuilt, runCli, type CliRun } from '../helpers/cli.js';
import { generateExport } from '../helpers/gen.js';
import { REPO_ROOT } from '../helpers/paths.js';

const work = mkdtempSync(join(tmpdir(), 'revpact-pack-'));
const project = join(work, 'adopter');
/** The user's own folder: their contracts and exports, no node_modules, not the repository. */
const elsewhere = join(work, 'elsewhere');
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

/** What `npm pack` put in the tarball, as its --json listing says. */
interface Packed {
  filename: string;
  files: { path: string }[];
}

/**
 * Packs this checkout and installs the tarball into `project`, once for the file (at
 * collection, so that a cache without the dependencies can skip the suite). Returns the
 * listing, or why the install could not run.
 */
function packAndInstall(): { packed: Packed } | { missing: string } {
  ensureBuilt();
  // --ignore-scripts: build/ is already there (npm test builds first); pack only packs.
  const pack = npm(['pack', '--ignore-scripts', '--json', '--pack-destination', work], REPO_ROOT);
  if (pack.status !== 0) throw new Error(`npm pack failed: ${pack.stderr}`);
  const [packed] = JSON.parse(pack.stdout) as Packed[];
  if (!packed) throw new Error(`npm pack listed no tarball: ${pack.stdout}`);
  const tarball = join(work, packed.filename);

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
  if (install.status === 0) return { packed };
  if (/ENOTCACHED/.test(install.stderr))
    return { missing: `npm's cache lacks revpact's dependencies (run \`npm ci\` in the repository first): ${install.stderr.trim()}` };
  throw new Error(`npm ci --offline of the tarball failed: ${install.stderr}`);
}

const setup = packAndInstall();
if ('missing' in setup) {
  if (process.env['CI']) {
    describe('npm pack → an empty project', () => {
      it("needs the dependencies in npm's cache", () => {
        throw new Error(setup.missing);
      });
    });
  } else {
    // Loud on purpose: a skipped package test must not look like a passing one.
    // eslint-disable-next-line no-console -- the only way to tell the developer why these tests did not run
    console.warn(`\n⚠ SKIPPED test/e2e/pack.test.ts: ${setup.missing}\n`);
  }
}
const installed = 'packed' in setup;

describe.runIf(installed)('npm pack → an empty project → npx revpact', () => {
  it('ships what the CLI runs and nothing else: no sources, tests, Action, secrets', () => {
    if (!('packed' in setup)) return;
    const shipped = setup.packed.files.map((f) => f.path);
    const outside = shipped.filter((path) => !/^(bin|build|schema|templates|contracts)\/|^(package\.json|README\.md|LICENSE)$/.test(path));
    expect(outside).toEqual([]);
    // The Action runs from dist/ (bundled), never from the package: its modules and the
    // libraries only it uses (@actions/core, Octokit) stay out of the install.
    expect(shipped.filter((path) => path.startsWith('build/action/'))).toEqual([]);
    expect(shipped.filter((path) => /\.env|\.cache|\.tsbuildinfo$|\.map$/.test(path))).toEqual([]);
    for (const name of ['@actions/core', '@octokit/rest', '@octokit/core']) expect(existsSync(join(project, 'node_modules', name)), name).toBe(false);
  });

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

/** The installed command as a user's shell runs it (the bin link, its `#!/usr/bin/env node`), from their own folder. */
function installedCli(args: readonly string[], env: Record<string, string> = {}): CliRun {
  const r = spawnSync(join(project, 'node_modules', '.bin', 'revpact'), args, {
    cwd: elsewhere,
    encoding: 'utf8',
    timeout: 60_000,
    maxBuffer: 64 * 1024 * 1024,
    // This Node first on PATH, so the shebang runs the Node the suite runs on.
    env: { ...process.env, PATH: `${dirname(process.execPath)}${delimiter}${process.env['PATH'] ?? ''}`, NO_COLOR: '1', REVPACT_DEBUG: '', ...env },
  });
  if (r.error) throw r.error;
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Runs `args` with the installed package and with this repository's build, both in the user's folder: the same bytes. */
function sameAsRepository(args: readonly string[], env: Record<string, string> = {}): CliRun {
  const mine = installedCli(args, env);
  const repo = runCli(args, { cwd: elsewhere, env });
  expect(mine.stderr, args.join(' ')).not.toMatch(CRASH);
  expect(mine, args.join(' ')).toEqual(repo);
  return mine;
}

/** Every file under `dir`, by path relative to it, with its bytes. */
function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true }))
    if (entry.isFile()) out[relative(dir, join(entry.parentPath, entry.name))] = readFileSync(join(entry.parentPath, entry.name), 'latin1');
  return out;
}

describe.runIf(installed)("the installed package, run from a folder of the user's own", () => {
  const october = ['--leads', 'leads.csv', '--mapping', 'hubspot', '--period', '2026-10', '--as-of', '2026-11-03T09:00:00+01:00', '--quiet'];
  const git = (...args: string[]) => {
    const r = spawnSync('git', ['-c', 'user.name=Laia', '-c', 'user.email=laia@example.com', ...args], { cwd: elsewhere, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
  };

  beforeAll(() => {
    mkdirSync(join(elsewhere, 'contracts'), { recursive: true });
    for (const name of ['b2b-saas.yaml', 'multi-region.yaml']) copyFileSync(join(REPO_ROOT, 'contracts', name), join(elsewhere, 'contracts', name));
    cpSync(join(REPO_ROOT, 'scorecards', 'b2b-saas'), join(elsewhere, 'scorecards', 'b2b-saas'), { recursive: true });
    generateExport(join(elsewhere, 'leads.csv'), { rows: 3_000, format: 'hubspot', seed: 7 });
    // A contract's history in the user's Git repository: 2.3.0, then the first touch loosened in 2.4.0.
    git('init', '-q');
    git('add', 'contracts');
    git('commit', '-q', '-m', 'The agreement');
    const contract = join(elsewhere, 'contracts', 'b2b-saas.yaml');
    const text = readFileSync(contract, 'utf8');
    const loosened = text.replace(/^(\s+version: )2\.3\.0$/m, '$12.4.0').replace(/^(\s+goal: )1bh$/m, '$12bh');
    expect(loosened).not.toBe(text);
    writeFileSync(join(elsewhere, 'head.yaml'), loosened);
    writeFileSync(contract, loosened);
    git('commit', '-q', '-a', '-m', 'First touch within two business hours');
  }, 60_000);

  it('answers --version and --help, and validates', () => {
    expect(sameAsRepository(['--version']).stdout).toMatch(/^\d+\.\d+\.\d+/);
    expect(sameAsRepository(['--help']).stdout).toContain('Commands:');
    expect(sameAsRepository(['validate', 'contracts/', 'scorecards/', '--format', 'json']).status).toBe(0);
  });

  it('compiles every format in every locale to the same bytes', () => {
    for (const locale of ['en', 'es', 'pt', 'ca']) {
      const args = (out: string) => ['compile', 'contracts/b2b-saas.yaml', 'contracts/multi-region.yaml', '--out', out, '--locale', locale];
      const format = ['--format', 'md,html,rules,codeowners,ics,sql', '--dialect', 'duckdb,postgres', '--as-of', '2026-11-03T09:00:00+01:00'];
      const mine = installedCli([...args(`installed/${locale}`), ...format]);
      expect(mine.status, mine.stderr).toBe(0);
      expect(runCli([...args(`repository/${locale}`), ...format], { cwd: elsewhere }).status).toBe(0);
      const written = tree(join(elsewhere, 'installed', locale));
      expect(Object.keys(written).length, locale).toBe(13);
      expect(written, locale).toEqual(tree(join(elsewhere, 'repository', locale)));
    }
  });

  it('checks an export to the same report on one thread, on worker threads and in DuckDB, with charts in HTML', () => {
    const json = sameAsRepository(['check', 'contracts/b2b-saas.yaml', ...october, '--format', 'json']);
    expect(json.status, json.stderr).toBe(0);
    expect((JSON.parse(json.stdout) as { input: { rows: number } }).input.rows).toBe(3_000);
    // The workers start from the installed build/app/parallel-worker.js; one that cannot
    // start falls back to one thread and says so on stderr.
    const threads = installedCli(['check', 'contracts/b2b-saas.yaml', ...october, '--format', 'json', '--threads', '2'], { REVPACT_PARALLEL_MIN_BYTES: '0' });
    expect(threads.stderr).toBe('');
    expect(threads.stdout === json.stdout).toBe(true);
    const duckdb = installedCli(['check', 'contracts/b2b-saas.yaml', ...october, '--format', 'json', '--engine', 'duckdb']);
    expect(duckdb.stderr).toBe('');
    expect(duckdb.stdout === json.stdout).toBe(true);
    // Vega and Vega-Lite are imported when the first chart is drawn.
    const html = sameAsRepository(['check', 'contracts/b2b-saas.yaml', ...october, '--format', 'html', '--locale', 'es']);
    expect(html.stdout).toMatch(/<svg/);
  }, 90_000);

  it('reviews a change, lists what is due, grades the report cards and tells the history from Git', () => {
    expect(sameAsRepository(['diff', 'git:HEAD~1:contracts/b2b-saas.yaml', 'head.yaml', '--format', 'json', ...october]).status).toBe(0);
    expect(sameAsRepository(['due', 'contracts/b2b-saas.yaml', ...october.slice(0, 4), '--within', '2bd', '--as-of', '2026-10-15T10:00:00+02:00']).status).toBe(
      0,
    );
    expect(sameAsRepository(['scorecard', 'contracts/b2b-saas.yaml', '--format', 'html', '--locale', 'pt']).status).toBe(0);
    const log = sameAsRepository(['log', 'contracts/b2b-saas.yaml']);
    expect(log.stdout).toContain('2 commits');
  }, 60_000);
});
