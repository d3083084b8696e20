// The Action's contract with its users: action.yml's inputs are the ones the entry reads,
// and every workflow shipped here asks for the least it needs.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { inputVariable, readInputs } from '../../../src/action/inputs.js';
import { REPO_ROOT } from '../../helpers/paths.js';

type Yaml = Record<string, unknown>;
const action = parse(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, unknown>;
  runs: { using: string; main: string };
};

describe('action.yml', () => {
  it('runs the bundled entry on Node 24', () => {
    expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  });

  it('declares exactly the inputs the entry reads, with defaults it accepts', () => {
    const env: Record<string, string> = {};
    for (const [name, spec] of Object.entries(action.inputs)) env[inputVariable(name)] = name === 'github-token' ? 'token' : (spec.default ?? '');
    const read = readInputs(env);
    expect(read.ok).toBe(true);
    // Each input, set to something unusual, changes what is read: none is ignored.
    const unusual: Record<string, string> = {
      contracts: 'x/*.yaml',
      leads: 'l.csv',
      'leads-from': 'hubspot',
      mapping: 'salesforce',
      period: '2026-Q1',
      'as-of': '2026-01-01T00:00:00Z',
      'fail-on': 'never',
      'comment-mode': 'off',
      'require-approval': 'false',
      'dry-run': 'true',
      'github-token': 'other',
    };
    for (const name of Object.keys(action.inputs)) {
      const changed = readInputs({ ...env, [inputVariable(name)]: unusual[name] ?? '?' });
      expect(changed, name).not.toEqual(read);
    }
    expect(Object.keys(action.inputs).sort()).toEqual(Object.keys(unusual).sort());
  });

  it('declares the outputs the entry sets', () => {
    const index = readFileSync(join(REPO_ROOT, 'src', 'action', 'index.ts'), 'utf8');
    const set = [...index.matchAll(/setOutput\('([a-z-]+)'/g)].map((m) => m[1]).sort();
    expect(Object.keys(action.outputs).sort()).toEqual(set);
  });
});

const workflows = join(REPO_ROOT, '.github', 'workflows');
// This repository's own, the ready-to-copy examples, and the one `revpact init` writes.
const files = [
  ...readdirSync(workflows)
    .filter((f) => f.endsWith('.yml'))
    .map((f) => join(workflows, f)),
  ...readdirSync(join(workflows, 'examples')).map((f) => join(workflows, 'examples', f)),
  join(REPO_ROOT, 'templates', 'init', 'revpact.yml'),
];
const ALLOWED: Record<string, string[]> = { contents: ['read'], 'pull-requests': ['write'], statuses: ['write'], issues: ['write'] };

describe.each(files.map((f) => [f.slice(REPO_ROOT.length + 1), f]))('%s', (_name, file) => {
  const text = readFileSync(file, 'utf8');
  const wf = parse(text) as Yaml;
  const on = wf['on'] as Yaml;

  it('sets least-privilege permissions at the top', () => {
    const permissions = wf['permissions'] as Record<string, string>;
    expect(typeof permissions).toBe('object');
    for (const [scope, level] of Object.entries(permissions)) expect(ALLOWED[scope], `${scope}: ${level}`).toContain(level);
    // Writes only where the job writes: comments and statuses on reviews, issues for the report.
    if ('issues' in permissions) expect(Object.keys(on)).toContain('schedule');
    for (const job of Object.values(wf['jobs'] as Record<string, Yaml>)) expect(job['permissions']).toBeUndefined();
  });

  it('runs one job at a time per pull request (or per schedule)', () => {
    const concurrency = wf['concurrency'] as { group: string };
    expect(concurrency.group).toBeTruthy();
    if ('pull_request' in on || 'pull_request_review' in on) expect(concurrency.group).toMatch(/pull_request\.number/);
  });

  it('never keeps the checkout’s credentials, and never checks out the pull request’s head', () => {
    for (const job of Object.values(wf['jobs'] as Record<string, { steps: Yaml[] }>)) {
      for (const step of job.steps.filter((s) => typeof s['uses'] === 'string' && s['uses'].startsWith('actions/checkout'))) {
        expect((step['with'] as Yaml | undefined)?.['persist-credentials']).toBe(false);
        expect(JSON.stringify(step['with'] ?? {})).not.toMatch(/head\.sha|head_sha|head\.ref/);
      }
    }
  });
});
