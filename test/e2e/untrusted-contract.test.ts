/**
 * A contract may come from someone else — a pull request (issue 13, item 7). The mapping
 * file it names is read only inside the working directory or the contract's folder, and
 * no diagnostic quotes more of a file than the offending token.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CRASH, ensureBuilt, runCli } from '../helpers/cli.js';
import { REPO_ROOT } from '../helpers/paths.js';

const dir = mkdtempSync(join(tmpdir(), 'revpact-untrusted-'));
const LEADS = join(REPO_ROOT, 'test/golden/first-touch-madrid/leads.csv');
const SECRET = 'TOPSECRET-0123456789-abcdefghijklmnopqrstuvwxyz-the-rest-of-a-long-first-line';

beforeAll(() => ensureBuilt());
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The b2b-saas contract with metadata.mapping set to `mapping`, written to `<project>/contracts/c.yaml`. */
function contractNaming(project: string, mapping: string): string {
  mkdirSync(join(project, 'contracts'), { recursive: true });
  const text = readFileSync(join(REPO_ROOT, 'contracts/b2b-saas.yaml'), 'utf8').replace(/^ {2}mapping: .*$/m, `  mapping: ${mapping}`);
  expect(text).toContain(`mapping: ${mapping}`);
  writeFileSync(join(project, 'contracts/c.yaml'), text);
  return 'contracts/c.yaml';
}

describe('metadata.mapping from an untrusted contract', () => {
  it('a path outside the working directory and the contract folder is refused, and nothing of the file is shown', () => {
    const project = join(dir, 'project');
    writeFileSync(join(dir, 'secret.txt'), `${SECRET}\nmore: secrets\n`);
    const contract = contractNaming(project, '../../secret.txt');
    const r = runCli(['check', contract, '--leads', LEADS, '--period', '2026-03'], { cwd: project });
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('metadata.mapping "../../secret.txt" points outside the working directory');
    expect(r.stdout + r.stderr).not.toContain('TOPSECRET');
    expect(r.stderr).not.toMatch(CRASH);
  });

  it('/etc/passwd by a relative path is refused', () => {
    const project = join(dir, 'project2');
    const contract = contractNaming(project, '../../../../../../../../etc/passwd');
    const r = runCli(['check', contract, '--leads', LEADS, '--period', '2026-03'], { cwd: project });
    expect(r.status).toBe(2);
    expect(r.stdout + r.stderr).not.toContain('root:');
  });

  it('a file inside that is not a mapping is reported with at most 40 characters of it', () => {
    const project = join(dir, 'project3');
    const contract = contractNaming(project, 'not-a-mapping.txt');
    writeFileSync(join(project, 'contracts/not-a-mapping.txt'), `${SECRET} ${SECRET}\n`);
    const r = runCli(['check', contract, '--leads', LEADS, '--period', '2026-03'], { cwd: project });
    expect(r.status).toBe(2);
    expect(r.stdout + r.stderr).toContain(`"${SECRET.slice(0, 40)}…"`);
    expect(r.stdout + r.stderr).not.toContain(SECRET.slice(0, 41));
  });
});

describe('control characters from a contract', () => {
  it('an escape sequence or line breaks in a key reach the terminal neither raw nor split', () => {
    const project = join(dir, 'project4');
    mkdirSync(project, { recursive: true });
    const text = readFileSync(join(REPO_ROOT, 'contracts/b2b-saas.yaml'), 'utf8').replace(/^roles:/m, '"evil\\e]0;owned\\a\\e[2J\\nsecond line": 1\nroles:');
    writeFileSync(join(project, 'c.yaml'), text);
    const r = runCli(['validate', 'c.yaml'], { cwd: project });
    expect(r.status).toBe(1);
    const out = r.stdout + r.stderr;
    expect(out).toContain('unknown-field');
    // eslint-disable-next-line no-control-regex -- the point: no control character is printed
    expect(out).not.toMatch(/[\u0000-\u0008\u000B-\u001F\u007F]/);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^c\.yaml:\d+:\d+ error unknown-field: .*evil.*second line/);
  });
});
