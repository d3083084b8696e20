import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CliIO } from '../../src/cli/io.js';
import { run } from '../../src/cli/main.js';
import { CRASH, ensureBuilt, runCli } from '../helpers/cli.js';
import { REPO_ROOT } from '../helpers/paths.js';

const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'revpact-compile-'));
  dirs.push(d);
  return d;
};

beforeAll(() => ensureBuilt());
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('revpact compile', () => {
  it('writes the documents, the rules and CODEOWNERS, byte-identical on a second run', () => {
    const [a, b] = [tempDir(), tempDir()];
    for (const out of [a, b]) {
      const r = runCli(['compile', 'contracts/', '--out', out, '--format', 'md,html,rules,codeowners']);
      expect(r.status, r.stderr).toBe(0);
    }
    const files = readdirSync(a).sort();
    expect(files).toEqual(expect.arrayContaining(['CODEOWNERS', 'b2b-saas.html', 'b2b-saas.md', 'b2b-saas.rules.json', 'worked-example.md']));
    for (const f of files) expect(readFileSync(join(b, f)), f).toEqual(readFileSync(join(a, f)));
    expect(files.some((f) => f.endsWith('.tmp'))).toBe(false);
  });

  it('anchors CODEOWNERS paths at the top of the repository, from whatever folder it runs in', () => {
    const repo = tempDir();
    mkdirSync(join(repo, '.git'));
    mkdirSync(join(repo, 'contracts'));
    writeFileSync(join(repo, 'contracts', 'agreement.yaml'), readFileSync(join(REPO_ROOT, 'contracts', 'worked-example.yaml')));
    const line = '/contracts/agreement.yaml @vortega @asalinas';
    for (const [cwd, file] of [
      [join(repo, 'contracts'), 'agreement.yaml'],
      [repo, './contracts/agreement.yaml'],
      [tempDir(), join(repo, 'contracts', 'agreement.yaml')],
    ] as const) {
      const out = tempDir();
      const r = runCli(['compile', file, '--format', 'codeowners', '--out', out], { cwd });
      expect(r.status, r.stderr).toBe(0);
      expect(
        readFileSync(join(out, 'CODEOWNERS'), 'utf8')
          .split('\n')
          .filter((l) => !l.startsWith('#') && l !== ''),
      ).toEqual([line]);
    }
  });

  // In process (src/cli/main.ts), so it runs the source as it is, without a build.
  it('CODEOWNERS escapes * and ?, and refuses a contract named with [ ] or # with exit 2, naming it and writing nothing', async () => {
    const repo = tempDir();
    mkdirSync(join(repo, '.git'));
    mkdirSync(join(repo, 'contracts'));
    const text = readFileSync(join(REPO_ROOT, 'contracts', 'worked-example.yaml'));
    writeFileSync(join(repo, 'contracts', 'q*4?.yaml'), text);
    let stderr = '';
    const io: CliIO = { stdout: () => undefined, stderr: (t) => void (stderr += t), cwd: repo, env: {}, stderrIsTTY: false, stdoutIsTTY: false };
    const out = tempDir();
    expect(await run(['compile', 'contracts/q*4?.yaml', '--format', 'codeowners', '--out', out], io), stderr).toBe(0);
    expect(readFileSync(join(out, 'CODEOWNERS'), 'utf8')).toContain('\n/contracts/q\\*4\\?.yaml @vortega @asalinas\n');

    writeFileSync(join(repo, 'contracts', 'q[4].yaml'), text);
    const refused = tempDir();
    expect(await run(['compile', 'contracts/q[4].yaml', '--format', 'codeowners,md', '--out', refused], io)).toBe(2);
    expect(stderr).toContain('revpact: CODEOWNERS cannot name this contract: contracts/q[4].yaml: "[", "]" cannot be written in a CODEOWNERS path');
    expect(stderr).toContain('rename the file without those characters');
    expect(stderr).not.toMatch(CRASH);
    expect(readdirSync(refused)).toEqual([]);
  });

  it('uses the contract locale unless --locale says otherwise', () => {
    const out = tempDir();
    expect(runCli(['compile', 'contracts/worked-example.yaml', '--out', out, '--format', 'md']).status).toBe(0);
    expect(readFileSync(join(out, 'worked-example.md'), 'utf8')).toContain('ventas');
    expect(runCli(['compile', 'contracts/worked-example.yaml', '--out', out, '--format', 'md', '--locale', 'ca']).status).toBe(0);
    expect(readFileSync(join(out, 'worked-example.md'), 'utf8')).toContain('vendes');
  });

  it('prints the same diagnostics as validate for an invalid contract, writes nothing and exits 1', () => {
    const out = tempDir();
    const bad = join(tempDir(), 'bad.yaml');
    writeFileSync(bad, readFileSync(join(REPO_ROOT, 'contracts', 'b2b-saas.yaml'), 'utf8').replace(/\n(\s+)goal: 1bh/, '\n$1goa: 1bh'));
    const compiled = runCli(['compile', bad, 'contracts/worked-example.yaml', '--out', out]);
    const validated = runCli(['validate', bad, 'contracts/worked-example.yaml']);
    expect(compiled.status).toBe(1);
    expect(compiled.stdout).toBe(validated.stdout);
    expect(compiled.stdout).toMatch(/unknown-field: "goa" is not allowed here; did you mean "goal"\?/);
    expect(readdirSync(out)).toEqual([]);
  });

  it('exits 2 with a clear message when --out cannot be written', () => {
    const parent = tempDir();
    const file = join(parent, 'a-file');
    writeFileSync(file, 'not a directory');
    const r = runCli(['compile', 'contracts/worked-example.yaml', '--out', join(file, 'out')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^revpact: .*a-file\/out: cannot create the output directory/);
    expect(r.stderr).not.toMatch(CRASH);
    if (process.getuid?.() !== 0) {
      // Permissions do not bind root, so this half only runs as a normal user.
      const locked = tempDir();
      chmodSync(locked, 0o500);
      expect(runCli(['compile', 'contracts/worked-example.yaml', '--out', locked]).status).toBe(2);
    }
  });

  it('rejects unknown formats and locales with exit 2', () => {
    expect(runCli(['compile', 'contracts/worked-example.yaml', '--format', 'pdf']).stderr).toMatch(/unknown format "pdf"/);
    expect(runCli(['compile', 'contracts/worked-example.yaml', '--locale', 'fr']).status).toBe(2);
    expect(existsSync(join(REPO_ROOT, 'pdf'))).toBe(false);
  });

  it('overrides a partial with --templates', () => {
    const tpl = tempDir();
    const out = tempDir();
    const partials = join(tpl, 'partials');
    mkdirSync(partials);
    // A branded footer replaces the shipped one.
    writeFileSync(join(partials, 'md-footer.hbs'), 'Branded by ACME\n');
    expect(runCli(['compile', 'contracts/worked-example.yaml', '--format', 'md', '--out', out, '--templates', tpl]).status).toBe(0);
    const md = readFileSync(join(out, 'worked-example.md'), 'utf8');
    expect(md.trimEnd().endsWith('Branded by ACME')).toBe(true);
  });
});

/**
 * Issue 13 item 9: a mistake in a team's own template is the team's to fix: exit 2 with
 * the file and line, never "a bug in revpact", never a stack overflow.
 */
describe('compile --templates with a mistake in the team’s template', () => {
  beforeAll(() => ensureBuilt());

  /** Compiles the worked example with the given partials (name → source) laid over the shipped ones. */
  function compileWith(partials: Record<string, string | Uint8Array>, format = 'md') {
    const tpl = tempDir();
    mkdirSync(join(tpl, 'partials'));
    for (const [name, source] of Object.entries(partials)) writeFileSync(join(tpl, 'partials', `${name}.hbs`), source);
    const r = runCli(['compile', 'contracts/worked-example.yaml', '--format', format, '--out', tempDir(), '--templates', tpl]);
    expect(r.stderr).not.toMatch(CRASH);
    expect(r.stderr).not.toMatch(/bug in revpact/);
    expect(r.status, r.stderr).toBe(2);
    return { stderr: r.stderr, file: (name: string) => join(tpl, 'partials', `${name}.hbs`) };
  }

  it('a syntax error: file and line of the grammar error', () => {
    const r = compileWith({ 'md-footer': 'Branded by ACME\n{{#if title}}\nno end\n' });
    expect(r.stderr).toContain(`${r.file('md-footer')}:3: Handlebars syntax error: Expecting`);
    expect(r.stderr).toContain('got the end of the file');
    expect(r.stderr).toMatch(/\n {2}close every \{\{#block\}\} with its \{\{\/block\}\}/);
  });

  it('an unknown helper: file, line and column, and the helpers there are', () => {
    const r = compileWith({ 'md-footer': 'Branded\n\n  {{shout title}}\n' });
    expect(r.stderr).toContain(`${r.file('md-footer')}:3:3: unknown helper "shout"`);
    expect(r.stderr).toContain('the helpers are t, text, code');
  });

  it('a missing partial: the file and line that include it', () => {
    const r = compileWith({ 'md-footer': 'Branded\n{{> md-legal}}\n' });
    expect(r.stderr).toContain(`${r.file('md-footer')}:2:1: no partial named "md-legal"`);
    expect(r.stderr).toContain('add partials/md-legal.hbs or fix the name');
  });

  it('a partial that includes itself: caught by depth, at the inclusion', () => {
    const r = compileWith({ 'md-footer': 'Branded\n  {{> md-footer}}\n' });
    expect(r.stderr).toContain(`${r.file('md-footer')}:2:3: partials nest more than 32 deep: "md-footer" → "md-footer"`);
    const pair = compileWith({ 'md-footer': '{{> md-legal}}\n', 'md-legal': 'Legal\n{{> md-footer}}\n' });
    expect(pair.stderr).toContain(`${pair.file('md-legal')}:2:1: partials nest more than 32 deep: "md-footer" → "md-legal" → "md-footer"`);
  });

  it('a field the document does not have, in HTML too', () => {
    const r = compileWith({ 'html-footer': '<footer>\n{{contract.nosuch}}\n</footer>\n' }, 'html');
    expect(r.stderr).toContain(`${r.file('html-footer')}:2:`);
    expect(r.stderr).toContain('"nosuch" is not a field here');
  });

  it('a file that is not UTF-8: its line and the offset of the first bad byte, instead of U+FFFD in the document', () => {
    const r = compileWith({ 'md-footer': Buffer.concat([Buffer.from('Branded by ACME\nCaf'), Buffer.from([0xe9]), Buffer.from('\n')]) });
    expect(r.stderr).toContain(`${r.file('md-footer')}:2:4: the file is not valid UTF-8 text (the byte at offset 19, 0xE9, is not part of a UTF-8 character)`);
    expect(r.stderr).toContain('save the file as UTF-8');
  });

  it('HTML that does not nest as written: the tag left open, and the end tag it meets', () => {
    const r = compileWith({ 'html-slas': '<section id="slas">\n<ul><li>{{t "sections.slas"}}</ul>\n</section>\n' }, 'html');
    expect(r.stderr).toContain(`${r.file('html-slas')}:2:5: <li> is not closed before </ul> (2:30)`);
    expect(r.stderr).toContain('add </li> before </ul>');
  });

  it('an object or a list where text goes: said at its place, instead of "[object Object]" in the document', () => {
    const r = compileWith({ 'md-slas': '## SLAs\n\n{{slas}}\n' });
    expect(r.stderr).toContain(`${r.file('md-slas')}:3:1: {{slas}} is a list, not text (it would print its items joined by commas)`);
    expect(r.stderr).toContain('loop over it with {{#each slas}}…{{/each}}');
  });
});
