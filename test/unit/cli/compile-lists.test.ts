/**
 * compile's comma-separated flags: an empty entry is refused as a usage error (it was
 * dropped, so `md,,html` wrote what `md,html` writes and `md,` what `md` writes, without a
 * word), and a name given twice is written once.
 */
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../../src/cli/main.js';
import type { CliIO } from '../../../src/cli/io.js';
import { REPO_ROOT } from '../../helpers/paths.js';

const dir = mkdtempSync(join(tmpdir(), 'revpact-compile-lists-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function compile(...args: string[]): Promise<{ status: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CliIO = { stdout: (t) => void (out += t), stderr: (t) => void (err += t), cwd: REPO_ROOT, env: {}, stderrIsTTY: false, stdoutIsTTY: false };
  const status = await run(['compile', 'contracts/worked-example.yaml', ...args], io);
  return { status, out, err };
}

describe('compile --format and --dialect lists', () => {
  it.each([
    ['md,,rules', '--format: "md,,rules" has an empty entry (two commas in a row, or one at an end)'],
    ['md,', '--format: "md," has an empty entry (two commas in a row, or one at an end)'],
    [',md', '--format: ",md" has an empty entry (two commas in a row, or one at an end)'],
    ['', '--format: no format given'],
    [' , ', '--format: no format given'],
  ])('--format %j is a usage error that says why', async (value, message) => {
    const out = join(dir, 'refused');
    const r = await compile('--format', value, '--out', out);
    expect(r.status).toBe(2);
    expect(r.err).toBe(`revpact: ${message}\n  use a comma-separated list of md, html, rules, codeowners, ics, sql\n`);
    expect(() => readdirSync(out)).toThrow();
  });

  it('--dialect with an empty entry is a usage error too', async () => {
    const r = await compile('--format', 'sql', '--dialect', 'duckdb,,postgres', '--period', '2026-10');
    expect(r.status).toBe(2);
    expect(r.err).toContain('--dialect: "duckdb,,postgres" has an empty entry');
  });

  it('a format named twice, under either of its names, is written once', async () => {
    const out = join(dir, 'twice');
    const r = await compile('--format', 'md, rules,md,markdown', '--out', out);
    expect(r.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['worked-example.md', 'worked-example.rules.json']);
    expect(r.out.match(/^wrote /gm)).toHaveLength(2);
  });
});
