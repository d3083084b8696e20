/**
 * `md` and `markdown` name the same format for every command (issue 13, item 26): before,
 * compile and scorecard took only `md`, check, diff and log only `markdown`.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, runCli } from '../helpers/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'revpact-formats-'));
beforeAll(() => ensureBuilt());
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const GOLDEN = 'test/golden/first-touch-madrid';
const CHECK = ['check', `${GOLDEN}/contract.yaml`, '--leads', `${GOLDEN}/leads.csv`, '--period', '2026-03', '--as-of', '2026-04-15T09:00:00Z'];

describe('md and markdown', () => {
  it.each([
    ['check', CHECK],
    ['diff', ['diff', 'contracts/worked-example.yaml', 'contracts/b2b-saas.yaml']],
    ['log', ['log', 'contracts/b2b-saas.yaml', '--max-count', '2']],
    ['scorecard', ['scorecard', 'contracts/b2b-saas.yaml']],
  ])('%s gives the same output for both names', (_, args) => {
    const md = runCli([...args, '--format', 'md']);
    const markdown = runCli([...args, '--format', 'markdown']);
    // diff of two different agreements notes that they are two (stderr); nothing else may be said there.
    expect(md.stderr.replace(/^revpact: note: the base is the contract .*\n/, '')).toBe('');
    expect(md.status).toBe(0);
    expect(markdown.status).toBe(0);
    expect(md.stdout).toBe(markdown.stdout);
    expect(md.stdout.length).toBeGreaterThan(0);
  });

  it('compile writes the Markdown agreement for --format markdown', () => {
    const out = join(dir, 'compiled');
    const r = runCli(['compile', 'contracts/worked-example.yaml', '--out', out, '--format', 'markdown,rules']);
    expect(r.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['worked-example.md', 'worked-example.rules.json']);
  });

  it('an unknown format still says which names exist', () => {
    const r = runCli([...CHECK, '--format', 'mdx']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--format must be one of text, json, markdown, html, junit, github');
  });
});
