/**
 * Issue 15, item 4: one reviewed golden file per output format in a locale other than
 * English — the compliance report in Spanish text, Portuguese Markdown and Catalan HTML
 * (the golden case first-touch-madrid), the diff in Catalan text, Spanish and Portuguese Markdown,
 * the due list in Portuguese. Read them before updating (`vitest -u`): they are the
 * wording a team reads.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CliIO } from '../../src/cli/io.js';
import { run } from '../../src/cli/main.js';
import { REPO_ROOT } from '../helpers/paths.js';

async function cli(argv: string[]): Promise<string> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), cwd: REPO_ROOT, env: {}, stderrIsTTY: false, stdoutIsTTY: false };
  expect(await run(argv, io), stderr).toBe(0);
  return stdout;
}

const MADRID = join('test', 'golden', 'first-touch-madrid');
const CHECK = [
  'check',
  join(MADRID, 'contract.yaml'),
  '--leads',
  join(MADRID, 'leads.csv'),
  '--period',
  '2026-10',
  '--as-of',
  '2026-11-03T09:00:00+01:00',
  '--by',
  'source',
];
const X = join('test', 'fixtures', 'exports');
const ACME = ['--leads', join(X, 'acme-leads.csv'), '--leads', join(X, 'acme-deals.csv'), '--mapping', join(X, 'acme.mapping.yaml'), '--quiet'];
const GOLDEN = '../golden/locales';

describe('goldens in es, pt and ca', () => {
  it.each([
    ['es', 'text', 'check.es.txt'],
    ['pt', 'markdown', 'check.pt.md'],
    ['ca', 'html', 'check.ca.html'],
  ])('check --locale %s --format %s', async (locale, format, file) => {
    await expect(await cli([...CHECK, '--format', format, '--locale', locale])).toMatchFileSnapshot(`${GOLDEN}/${file}`);
  });

  it.each([
    ['ca', 'text', 'diff.ca.txt'],
    ['es', 'markdown', 'diff.es.md'],
    ['pt', 'markdown', 'diff.pt.md'],
  ])('diff --locale %s --format %s', async (locale, format, file) => {
    // A small change with an impact: the golden case's contract (base.yaml) against a tighter target and a looser goal (head.yaml).
    const args = ['diff', join('test', 'golden', 'locales', 'base.yaml'), join('test', 'golden', 'locales', 'head.yaml'), '--leads', join(MADRID, 'leads.csv')];
    await expect(
      await cli([...args, '--period', '2026-10', '--as-of', '2026-11-03T09:00:00+01:00', '--format', format, '--locale', locale]),
    ).toMatchFileSnapshot(`${GOLDEN}/${file}`);
  });

  it('due --locale pt', async () => {
    const args = ['due', 'contracts/b2b-saas.yaml', ...ACME, '--within', '5bd', '--as-of', '2026-10-10T12:00:00Z', '--locale', 'pt'];
    await expect(await cli(args)).toMatchFileSnapshot(`${GOLDEN}/due.pt.txt`);
  });

  it('without --locale, check, diff and due speak the contract’s metadata.locale; --locale overrides it; a locale revpact lacks is exit 2', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'revpact-locale-'));
    try {
      const contract = join(dir, 'contract.yaml');
      writeFileSync(contract, readFileSync(join(REPO_ROOT, MADRID, 'contract.yaml'), 'utf8').replace(/^metadata:\n/m, 'metadata:\n  locale: ca\n'));
      const check = ['check', contract, ...CHECK.slice(2)];
      expect(await cli(check)).toMatch(/^Informe de compliment: golden-first-touch@1\.0\.0\n/);
      expect(await cli([...check, '--locale', 'en'])).toMatch(/^Compliance report: golden-first-touch@1\.0\.0\n/);
      // A diff speaks the head's language.
      expect(await cli(['diff', contract, join('test', 'golden', 'locales', 'head.yaml')])).toContain('\nVersion: ');
      expect(await cli(['diff', join('test', 'golden', 'locales', 'head.yaml'), contract])).toContain('Versió:');
      const due = ['due', contract, '--leads', join(MADRID, 'leads.csv'), '--within', '8bh', '--as-of', '2026-10-29T10:00:00+01:00'];
      expect(await cli(due)).toMatch(/ en 8bh, a data de 29 d’oct\. 2026, 10:00 \(UTC\+01:00\)/);
      let stderr = '';
      const io: CliIO = { stdout: () => undefined, stderr: (t) => void (stderr += t), cwd: REPO_ROOT, env: {}, stderrIsTTY: false, stdoutIsTTY: false };
      expect(await run([...check, '--locale', 'fr'], io)).toBe(2);
      expect(stderr).toBe('revpact: --locale must be one of en, es, pt, ca (got "fr")\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('JSON is the same in every locale', async () => {
    const en = await cli([...CHECK, '--format', 'json', '--locale', 'en']);
    for (const locale of ['es', 'pt', 'ca']) expect(await cli([...CHECK, '--format', 'json', '--locale', locale])).toBe(en);
  });
});
