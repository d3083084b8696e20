/**
 * Runs the bundled Action (dist/index.js) as GitHub would: a Node 24 process with the
 * runner's variables (GITHUB_EVENT_PATH, GITHUB_REPOSITORY, INPUT_*, GITHUB_OUTPUT,
 * GITHUB_STEP_SUMMARY...), pointed at a FakeGitHub through GITHUB_API_URL.
 */
import { spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { REPO_ROOT as repoRoot } from './paths.js';

export const DIST = join(repoRoot, 'dist', 'index.js');

/**
 * The bundle copied out of the repository, where GitHub runs it: an action's checkout has no
 * node_modules, so a package the bundle left out (a require at run time) fails here as it
 * would there, instead of being found in this repository's node_modules.
 */
let standalone: string | undefined;
function standaloneDist(): string {
  if (standalone !== undefined) return standalone;
  const dir = mkdtempSync(join(tmpdir(), 'revpact-action-dist-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  standalone = join(dir, 'index.js');
  copyFileSync(DIST, standalone);
  return standalone;
}

/** The pull request the Action's tests review: base and head commits, and the contract it changes. */
export const BASE = '1'.repeat(40);
export const HEAD = '2'.repeat(40);
export const PATH = 'contracts/b2b-saas.yaml';
export const BASE_TEXT = readFileSync(join(repoRoot, PATH), 'utf8');
/** The change: first-touch's goal loosened from 1 to 2 business hours, released as a minor (2.4.0). */
export function headOf(base: string): string {
  return base.replace('    goal: 1bh\n    target: 95%', '    goal: 2bh\n    target: 95%').replace('version: 2.3.0', 'version: 2.4.0');
}
export const HEAD_TEXT = headOf(BASE_TEXT);

/** GitHub runs actions on Node 24: the node@24 dev dependency's binary, or this Node if it is 24 or later. */
export function node24(): string | undefined {
  const local = join(repoRoot, 'node_modules', 'node', 'bin', 'node');
  if (existsSync(local)) return local;
  return Number(process.versions.node.split('.')[0]) >= 24 ? process.execPath : undefined;
}

type Example = { name: string; examples: Record<string, unknown>[] };
const examples = createRequire(import.meta.url)('@octokit/webhooks-examples') as Example[];

/** A real webhook payload of `event` (with `action`), from @octokit/webhooks-examples, deep-copied. */
export function webhookExample(event: string, action?: string): Record<string, unknown> {
  const found = examples.find((e) => e.name === event)?.examples.find((x) => action === undefined || x['action'] === action);
  if (!found) throw new Error(`no ${event}.${action ?? ''} example in @octokit/webhooks-examples`);
  return structuredClone(found);
}

export interface ActionRun {
  code: number | null;
  stdout: string;
  stderr: string;
  summary: string;
  outputs: Record<string, string>;
  /** Every file the run left in RUNNER_TEMP, by name. */
  temp: Record<string, string>;
  seconds: number;
}

export interface RunOptions {
  apiUrl: string;
  event: string;
  payload: Record<string, unknown>;
  inputs: Record<string, string>;
  workspace: string;
  repository?: string;
  /** More of the step's environment (a CRM token from a secret, its API's address). */
  env?: Record<string, string>;
}

export async function runAction(o: RunOptions): Promise<ActionRun> {
  const node = node24();
  if (!node) throw new Error('no Node 24 to run the Action with (npm ci installs the node@24 dev dependency)');
  const dir = mkdtempSync(join(tmpdir(), 'revpact-action-'));
  const temp = join(dir, 'runner-temp');
  mkdirSync(temp);
  const eventPath = join(dir, 'event.json');
  writeFileSync(eventPath, JSON.stringify(o.payload));
  const summaryPath = join(dir, 'summary.md');
  const outputPath = join(dir, 'output.txt');
  writeFileSync(summaryPath, '');
  writeFileSync(outputPath, '');
  const env: Record<string, string> = {
    PATH: process.env['PATH'] ?? '/usr/bin:/bin',
    HOME: dir,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: o.event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: o.repository ?? 'planfold/agreements',
    GITHUB_API_URL: o.apiUrl,
    GITHUB_GRAPHQL_URL: `${o.apiUrl}/graphql`,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_RUN_ID: '4242',
    GITHUB_WORKSPACE: o.workspace,
    RUNNER_TEMP: temp,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_OUTPUT: outputPath,
  };
  Object.assign(env, o.env);
  for (const [name, value] of Object.entries(o.inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const started = Date.now();
  const child = spawn(node, [standaloneDist()], { cwd: o.workspace, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (c: Buffer) => (stdout += c.toString('utf8')));
  child.stderr.on('data', (c: Buffer) => (stderr += c.toString('utf8')));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const tempFiles: Record<string, string> = {};
  for (const name of readdirSync(temp)) tempFiles[name] = readFileSync(join(temp, name), 'utf8');
  return {
    code,
    stdout,
    stderr,
    summary: readFileSync(summaryPath, 'utf8'),
    outputs: parseOutputs(readFileSync(outputPath, 'utf8')),
    temp: tempFiles,
    seconds: (Date.now() - started) / 1000,
  };
}

/** GITHUB_OUTPUT's format: `name<<DELIMITER`, the value's lines, `DELIMITER`. */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = (lines[i] ?? '').match(/^([^<=]+)<<(.+)$/);
    if (!m) continue;
    const value: string[] = [];
    while (++i < lines.length && lines[i] !== m[2]) value.push(lines[i] ?? '');
    out[m[1] as string] = value.join('\n');
  }
  return out;
}
