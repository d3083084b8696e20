/**
 * What the command line refuses before a command runs: an output that would replace one of
 * the command's inputs (or land in a folder it reads, or on another output), and an option
 * that takes one value given twice with different values. And `init`, which writes all of
 * its files or none.
 */
import { chmodSync, linkSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, copyFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from '../../../src/cli/main.js';
import type { CliIO } from '../../../src/cli/io.js';
import { REPO_ROOT } from '../../helpers/paths.js';

const dir = mkdtempSync(join(tmpdir(), 'revpact-guards-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function io(cwd = dir): CliIO & { out: () => string; err: () => string } {
  const out: string[] = [];
  const err: string[] = [];
  return {
    out: () => out.join(''),
    err: () => err.join(''),
    stdout: (t) => out.push(t),
    stderr: (t) => err.push(t),
    cwd,
    env: {},
    stderrIsTTY: false,
    stdoutIsTTY: false,
  };
}

const GOLDEN = join(REPO_ROOT, 'test/golden/first-touch-madrid');
const contract = join(GOLDEN, 'contract.yaml');

describe('an output that is an input', () => {
  it('due --out naming its own export is refused and the export is left as it was', async () => {
    copyFileSync(join(GOLDEN, 'leads.csv'), join(dir, 'export.csv'));
    const before = readFileSync(join(dir, 'export.csv'), 'utf8');
    const cli = io();
    const code = await run(['due', contract, '--leads', 'export.csv', '--within', '1bd', '--as-of', '2026-03-10T10:00:00Z', '--out', './export.csv'], cli);
    expect(code).toBe(2);
    expect(cli.err()).toContain('--out ./export.csv is --leads export.csv, which this command reads');
    expect(readFileSync(join(dir, 'export.csv'), 'utf8')).toBe(before);
  });

  it('check --out naming a hard link to its export is refused (the same file under another name)', async () => {
    copyFileSync(join(GOLDEN, 'leads.csv'), join(dir, 'linked.csv'));
    linkSync(join(dir, 'linked.csv'), join(dir, 'other-name.csv'));
    const cli = io();
    expect(await run(['check', contract, '--leads', 'linked.csv', '--period', '2026-03', '--out', 'other-name.csv', '--quiet'], cli)).toBe(2);
    expect(cli.err()).toContain('is --leads linked.csv');
    expect(readFileSync(join(dir, 'other-name.csv'), 'utf8')).toBe(readFileSync(join(GOLDEN, 'leads.csv'), 'utf8'));
  });

  it('check --out naming the contract is refused', async () => {
    copyFileSync(contract, join(dir, 'c.yaml'));
    const cli = io();
    expect(await run(['check', 'c.yaml', '--leads', join(GOLDEN, 'leads.csv'), '--period', '2026-03', '--out', 'c.yaml', '--quiet'], cli)).toBe(2);
    expect(cli.err()).toContain('--out c.yaml is c.yaml, which this command reads');
    expect(readFileSync(join(dir, 'c.yaml'), 'utf8')).toBe(readFileSync(contract, 'utf8'));
  });

  it('compile is refused where a document it writes would replace the contract (a contract saved as worked-example.md)', async () => {
    const folder = join(dir, 'named-md');
    mkdirSync(folder);
    const source = readFileSync(join(REPO_ROOT, 'contracts/worked-example.yaml'), 'utf8');
    writeFileSync(join(folder, 'worked-example.md'), source);
    for (const format of ['md', 'md,html,rules']) {
      const cli = io();
      expect(await run(['compile', 'named-md/worked-example.md', '--out', 'named-md', '--format', format], cli)).toBe(2);
      expect(cli.err()).toContain('the output named-md/worked-example.md is named-md/worked-example.md, which this command reads');
      expect(cli.err()).toContain('give --out another folder');
      expect(readdirSync(folder)).toEqual(['worked-example.md']);
    }
    expect(readFileSync(join(folder, 'worked-example.md'), 'utf8')).toBe(source);
  });

  it('scorecard --out inside its --history folder is refused, whether the file exists or not', async () => {
    const history = join(dir, 'grades');
    mkdirSync(history);
    writeFileSync(join(history, '2026-H1.yaml'), 'kept: true\n');
    for (const out of ['grades/2026-H1.yaml', 'grades/new-report.md']) {
      const cli = io();
      expect(await run(['scorecard', contract, '--history', 'grades', '--out', out], cli)).toBe(2);
      expect(cli.err()).toContain(`--out ${out} lies inside --history grades, which this command reads`);
    }
    expect(readdirSync(history)).toEqual(['2026-H1.yaml']);
    expect(readFileSync(join(history, '2026-H1.yaml'), 'utf8')).toBe('kept: true\n');
  });

  it('check --out and --per-lead naming one file are refused before anything is read', async () => {
    const cli = io();
    expect(await run(['check', contract, '--leads', join(GOLDEN, 'leads.csv'), '--out', 'same.txt', '--per-lead', './same.txt'], cli)).toBe(2);
    expect(cli.err()).toContain('--per-lead and --out name the same file');
    expect(existsSync(join(dir, 'same.txt'))).toBe(false);
  });

  it('an output beside the inputs, and `--out -`, still work', async () => {
    const cli = io();
    expect(
      await run(['check', contract, '--leads', join(GOLDEN, 'leads.csv'), '--period', '2026-03', '--format', 'json', '--out', 'report.json', '--quiet'], cli),
    ).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'))).toHaveProperty('slas');
    const dash = io();
    expect(await run(['check', contract, '--leads', join(GOLDEN, 'leads.csv'), '--period', '2026-03', '--format', 'json', '--out', '-', '--quiet'], dash)).toBe(
      0,
    );
    expect(JSON.parse(dash.out())).toHaveProperty('slas');
  });

  it('`-` for an output that is no report is refused, instead of a file named "-"', async () => {
    const perLead = io();
    expect(await run(['check', contract, '--leads', join(GOLDEN, 'leads.csv'), '--period', '2026-03', '--per-lead', '-', '--quiet'], perLead)).toBe(2);
    expect(perLead.err()).toContain('--per-lead -: only the report goes to standard output (--out -, the default)');
    const state = io();
    expect(await run(['notify', contract, '--leads', join(GOLDEN, 'leads.csv'), '--to', 'slack', '--state', '-', '--dry-run'], state)).toBe(2);
    expect(state.err()).toContain('--state -: this command writes a file, not standard output');
    expect(existsSync(join(dir, '-'))).toBe(false);
  });
});

describe('an option given twice', () => {
  it('with two values is refused, naming both', async () => {
    const cli = io();
    expect(await run(['due', contract, '--leads', join(GOLDEN, 'leads.csv'), '--within', '1h', '--within', '2bd'], cli)).toBe(2);
    expect(cli.err()).toContain('--within is given twice ("1h" and "2bd"); it takes one value');
    const short = io();
    expect(await run(['check', contract, '--leads', join(GOLDEN, 'leads.csv'), '-f', 'json', '--format', 'text'], short)).toBe(2);
    expect(short.err()).toContain('--format is given twice ("json" and "text")');
  });

  it('with the same value, or a switch twice, and a repeatable option, pass', async () => {
    const cli = io();
    const code = await run(
      ['check', contract, '--leads', join(GOLDEN, 'leads.csv'), '--period', '2026-03', '--period', '2026-03', '--quiet', '--quiet', '--format', 'json'],
      cli,
    );
    expect(cli.err()).toBe('');
    expect(code).toBe(0);
    const by = io();
    expect(
      await run(
        ['check', contract, '--leads', join(GOLDEN, 'leads.csv'), '--period', '2026-03', '--by', 'owner', '--by', 'source', '--format', 'json', '--quiet'],
        by,
      ),
    ).toBe(0);
  });
});

describe('init', () => {
  it('a .gitignore that is a folder is said plainly, and nothing is written (it crashed with EISDIR after two files)', async () => {
    const target = join(dir, 'init-gitignore');
    mkdirSync(join(target, '.gitignore'), { recursive: true });
    const cli = io();
    expect(await run(['init', target], cli)).toBe(2);
    expect(cli.err()).toContain('.gitignore: is not a regular file');
    expect(cli.err()).not.toContain('internal error');
    expect(readdirSync(target)).toEqual(['.gitignore']);
  });

  it('a folder it cannot write in leaves none of the three files (they are renamed into place together)', async () => {
    if (process.getuid?.() === 0) {
      // root writes anywhere: a file where a folder must go stops the third write instead.
      const target = join(dir, 'init-blocked');
      mkdirSync(join(target, '.github'), { recursive: true });
      writeFileSync(join(target, '.github', 'workflows'), 'a file, not a folder\n');
      const cli = io();
      expect(await run(['init', target], cli)).toBe(2);
      expect(cli.err()).toContain('cannot create the output directory');
      expect(existsSync(join(target, 'contracts', 'agreement.yaml'))).toBe(false);
      expect(existsSync(join(target, '.gitignore'))).toBe(false);
      // Nor the folder it made for them: the target is as it was (contracts/ was left behind, empty).
      expect(readdirSync(target)).toEqual(['.github']);
      expect(readdirSync(join(target, '.github'))).toEqual(['workflows']);
      return;
    }
    const target = join(dir, 'init-readonly');
    mkdirSync(join(target, '.github', 'workflows'), { recursive: true });
    chmodSync(join(target, '.github', 'workflows'), 0o555);
    const cli = io();
    expect(await run(['init', target], cli)).toBe(2);
    expect(existsSync(join(target, 'contracts', 'agreement.yaml'))).toBe(false);
    chmodSync(join(target, '.github', 'workflows'), 0o755);
  });
});

describe('init and a .gitignore already there', () => {
  it('a .gitignore saved as Latin-1 keeps its bytes: .revpact/ is added after them, nothing is re-encoded', async () => {
    const target = join(dir, 'init-latin1');
    mkdirSync(target, { recursive: true });
    // "café/" and "niño.log" as Windows-1252 writes them: é is 0xE9, ñ is 0xF1.
    const before = Buffer.from([...Buffer.from('caf'), 0xe9, ...Buffer.from('/\nni'), 0xf1, ...Buffer.from('o.log')]);
    writeFileSync(join(target, '.gitignore'), before);
    const cli = io();
    expect(await run(['init', target], cli)).toBe(0);
    const after = readFileSync(join(target, '.gitignore'));
    expect(after.subarray(0, before.length).equals(before)).toBe(true);
    expect(after.subarray(before.length).toString('utf8')).toBe('\n\n# CRM records pulled by revpact pull (personal data): never committed\n.revpact/\n');
    expect(cli.out()).toMatch(/added \.revpact\/ to .*\.gitignore/);
  });

  it.each(['.revpact', '/.revpact/', '.revpact/**', '/.revpact/*'])('a .gitignore that already ignores the folder as %s is left as it is', async (line) => {
    const target = join(dir, `init-ignored-${line.replace(/\W/g, '_')}`);
    mkdirSync(target, { recursive: true });
    writeFileSync(join(target, '.gitignore'), `node_modules/\n${line}\n`);
    expect(await run(['init', target], io())).toBe(0);
    expect(readFileSync(join(target, '.gitignore'), 'utf8')).toBe(`node_modules/\n${line}\n`);
  });

  it('a .gitignore that ignores only part of the folder gets the entry', async () => {
    const target = join(dir, 'init-part');
    mkdirSync(target, { recursive: true });
    writeFileSync(join(target, '.gitignore'), '.revpact/*.tmp\n');
    expect(await run(['init', target], io())).toBe(0);
    expect(readFileSync(join(target, '.gitignore'), 'utf8')).toContain('\n.revpact/\n');
  });

  it('a .gitignore with CRLF line endings gets the entry in CRLF too', async () => {
    const target = join(dir, 'init-crlf');
    mkdirSync(target, { recursive: true });
    writeFileSync(join(target, '.gitignore'), 'node_modules/\r\ndist\r\n');
    expect(await run(['init', target], io())).toBe(0);
    expect(readFileSync(join(target, '.gitignore'), 'utf8')).toBe(
      'node_modules/\r\ndist\r\n\r\n# CRM records pulled by revpact pull (personal data): never committed\r\n.revpact/\r\n',
    );
  });

  it.skipIf(process.getuid?.() === 0)(
    'a .gitignore it may not read is said as such, with exit 2, and nothing is written (it was an internal error)',
    async () => {
      const target = join(dir, 'init-unreadable');
      mkdirSync(target, { recursive: true });
      writeFileSync(join(target, '.gitignore'), 'node_modules/\n');
      chmodSync(join(target, '.gitignore'), 0o000);
      const cli = io();
      try {
        expect(await run(['init', target], cli)).toBe(2);
      } finally {
        chmodSync(join(target, '.gitignore'), 0o644);
      }
      expect(cli.err()).toContain(`${join(target, '.gitignore')}: permission denied`);
      expect(cli.err()).not.toContain('internal error');
      expect(readdirSync(target)).toEqual(['.gitignore']);
    },
  );
});

describe('lead data of which no row can be read', () => {
  it('stops check, due and notify with exit 2 and the first row’s reason, instead of a quiet "no data"', async () => {
    // Day-first dates: the canonical mapping reads ISO 8601 only, so every row is rejected.
    writeFileSync(join(dir, 'day-first.csv'), 'id,createdAt,mqlAt\nL1,05/10/2026 09:00,05/10/2026 10:00\nL2,06/10/2026 09:00,06/10/2026 10:00\n');
    const leads = ['--leads', 'day-first.csv', '--mapping', 'canonical', '--as-of', '2026-10-20T10:00:00+02:00'];
    for (const args of [
      ['check', contract, ...leads, '--period', '2026-10', '--fail-on', 'breach'],
      ['due', contract, ...leads, '--within', '2bh'],
      ['notify', contract, ...leads, '--to', 'slack', '--dry-run', '--state', 'state.json'],
    ]) {
      const cli = io();
      expect(await run(args, cli), args[0]).toBe(2);
      expect(cli.err()).toContain('revpact: no row could be read as a lead: all 2 rows were rejected, such as: unparseable date "05/10/2026 09:00"');
      expect(cli.err()).toContain('(day-first.csv:2)');
      expect(cli.out()).toBe('');
    }
  });
});

describe('more input that does not fit, said before anything is written', () => {
  it('an --out that is a folder is refused before the check runs, so no --per-lead file is left behind', async () => {
    mkdirSync(join(dir, 'a-folder'), { recursive: true });
    const cli = io();
    expect(
      await run(['check', contract, '--leads', join(GOLDEN, 'leads.csv'), '--period', '2026-03', '--per-lead', 'rows.csv', '--out', 'a-folder'], cli),
    ).toBe(2);
    expect(cli.err()).toContain('--out a-folder: is a directory, not a regular file');
    expect(existsSync(join(dir, 'rows.csv'))).toBe(false);
  });

  it('compile writes none of its files when one target is a folder', async () => {
    const out = join(dir, 'compiled');
    mkdirSync(join(out, 'golden-first-touch.html'), { recursive: true });
    const cli = io();
    expect(await run(['compile', contract, '--out', 'compiled', '--format', 'md,html,rules'], cli)).toBe(2);
    expect(cli.err()).toContain('golden-first-touch.html: is a folder, where compile writes the file golden-first-touch.html');
    expect(readdirSync(out)).toEqual(['golden-first-touch.html']);
  });

  it('an invalid contract is said in the format asked for: JSON for --format json, annotations for --format github', async () => {
    writeFileSync(join(dir, 'broken.yaml'), readFileSync(contract, 'utf8').replace(/timezone: \S+/, 'timezone: Mars/Olympus'));
    const json = io();
    expect(await run(['check', 'broken.yaml', '--leads', join(GOLDEN, 'leads.csv'), '--format', 'json'], json)).toBe(1);
    expect((JSON.parse(json.out()) as { diagnostics: { code: string }[] }).diagnostics.map((d) => d.code)).toContain('unknown-timezone');
    const github = io();
    expect(await run(['check', 'broken.yaml', '--leads', join(GOLDEN, 'leads.csv'), '--format', 'github'], github)).toBe(1);
    expect(github.out()).toMatch(/^::error file=broken\.yaml,line=\d+/m);
  });

  it('log refuses a folder, whose history would compare one contract with another', async () => {
    const cli = io();
    expect(await run(['log', '.'], cli)).toBe(2);
    expect(cli.err()).toContain(". is a folder: log follows one contract's history");
  });

  it('a JSON array, and an empty file joined to the leads, are named for what they are', async () => {
    writeFileSync(join(dir, 'array.json'), '[\n  {"id": "L1", "mqlAt": "2026-03-02T10:00:00+01:00"}\n]\n');
    const array = io();
    expect(await run(['check', contract, '--leads', 'array.json', '--period', '2026-03'], array)).toBe(2);
    expect(array.err()).toContain('array.json is a JSON array of records, not NDJSON (one JSON object per line) or CSV');
    const x = join(REPO_ROOT, 'test/fixtures/exports');
    writeFileSync(join(dir, 'deals-empty.csv'), '');
    const join2 = io();
    const args = ['check', join(REPO_ROOT, 'contracts/worked-example.yaml'), '--mapping', join(x, 'acme.mapping.yaml'), '--leads', join(x, 'acme-leads.csv')];
    expect(await run([...args, '--leads', 'deals-empty.csv', '--period', '2026-11', '--as-of', '2026-12-31T00:00:00Z'], join2)).toBe(2);
    expect(join2.err()).toContain('deals-empty.csv is empty (not even a header), and the mapping joins it to');
  });

  it('notify refuses a NOTIFY_FROM that is no address (mail went out with an empty sender and counted as sent)', async () => {
    const cli = { ...io(), env: { SMTP_URL: 'smtp://127.0.0.1:1', NOTIFY_FROM: 'not an address' } };
    expect(await run(['notify', contract, '--leads', join(GOLDEN, 'leads.csv'), '--to', 'email', '--state', 'n.json'], cli)).toBe(2);
    expect(cli.err()).toContain('NOTIFY_FROM is not an e-mail address ("not an address")');
  });

  it('notify refuses an SMTP or webhook URL the URL parser cannot read, before the run (SMTP_URL crashed the e-mail client)', async () => {
    for (const [to, env, said] of [
      ['email', { SMTP_URL: 'smtp://[not-a-host]:25', NOTIFY_FROM: 'revpact@example.com' }, 'SMTP_URL is not an smtp:// or smtps:// URL'],
      ['email', { SMTP_URL: 'smtp://127.0.0.1:port', NOTIFY_FROM: 'revpact@example.com' }, 'SMTP_URL is not an smtp:// or smtps:// URL'],
      ['slack', { SLACK_WEBHOOK_URL: 'https://[not-a-host]/services/T0/B0/x' }, 'SLACK_WEBHOOK_URL is not an http(s) URL'],
      ['teams', { TEAMS_WEBHOOK_URL: 'https://host:99999/workflows/x' }, 'TEAMS_WEBHOOK_URL is not an http(s) URL'],
    ] as const) {
      const cli = { ...io(), env };
      expect(await run(['notify', contract, '--leads', join(GOLDEN, 'leads.csv'), '--to', to, '--state', 'n-url.json'], cli), said).toBe(2);
      expect(cli.err()).toContain(said);
      expect(cli.err()).not.toContain('internal error');
      expect(existsSync(join(dir, 'n-url.json'))).toBe(false);
    }
  });
});

describe('an empty path (a shell variable that is not set)', () => {
  it('is refused as an argument, instead of read as the current folder (validate "" checked every file below it)', async () => {
    const folder = join(dir, 'empty-argument');
    mkdirSync(folder);
    copyFileSync(contract, join(folder, 'contract.yaml'));
    for (const args of [
      ['validate', ''],
      ['compile', ''],
      ['validate', 'contract.yaml', ''],
    ]) {
      const cli = io(folder);
      expect(await run(args, cli), args.join(' ')).toBe(2);
      expect(cli.err()).toBe(`revpact: an argument is empty (a shell variable that is not set?)\n  see revpact ${args[0]} --help\n`);
      expect(cli.out()).toBe('');
    }
    expect(readdirSync(folder)).toEqual(['contract.yaml']);
  });

  it('is refused for an option that names a file or folder, before anything is read or written', async () => {
    const folder = join(dir, 'empty-option');
    mkdirSync(folder);
    const leads = join(GOLDEN, 'leads.csv');
    for (const [args, flag] of [
      [['compile', contract, '--out', ''], '--out'],
      [['compile', contract, '--templates', ''], '--templates'],
      [['check', contract, '--leads', leads, '--period', '2026-03', '--out', ''], '--out'],
      [['check', contract, '--leads', leads, '--period', '2026-03', '--per-lead', ''], '--per-lead'],
      [['check', contract, '--leads', ''], '--leads'],
      [['due', contract, '--leads', leads, '--mapping', '', '--within', '1bh'], '--mapping'],
      [['notify', contract, '--leads', leads, '--to', 'slack', '--dry-run', '--state', ''], '--state'],
    ] as const) {
      const cli = io(folder);
      expect(await run([...args], cli), args.join(' ')).toBe(2);
      expect(cli.err(), args.join(' ')).toContain(`revpact: ${flag} is empty (a shell variable that is not set?)`);
    }
    expect(readdirSync(folder)).toEqual([]);
  });
});

describe('an output path that ends with a slash', () => {
  it('is refused as a folder, instead of written as a file named like it (--out reports/ wrote a file "reports")', async () => {
    const folder = join(dir, 'slash');
    mkdirSync(folder);
    for (const [flag, path] of [
      ['--out', 'reports/'],
      ['--per-lead', 'rows/'],
    ] as const) {
      const cli = io(folder);
      expect(await run(['check', contract, '--leads', join(GOLDEN, 'leads.csv'), '--period', '2026-03', '--quiet', flag, path], cli)).toBe(2);
      expect(cli.err()).toContain(`revpact: ${flag} ${path}: ends with a slash, so it names a folder, not a file`);
    }
    const log = io(folder);
    expect(await run(['log', contract, '--out', 'history/'], log)).toBe(2);
    expect(log.err()).toContain('--out history/: ends with a slash');
    expect(readdirSync(folder)).toEqual([]);
  });
});

describe('a --mapping that is no file and no preset', () => {
  it('names the preset a near-miss meant, and none for a path', async () => {
    const leads = join(GOLDEN, 'leads.csv');
    for (const [given, said] of [
      ['hubspt', 'revpact: mapping hubspt: no such file, and not a preset; did you mean hubspot?\n'],
      ['Salesforce', 'revpact: mapping Salesforce: no such file, and not a preset; did you mean salesforce?\n'],
      ['maps/hubspot.yaml', 'revpact: mapping maps/hubspot.yaml: no such file, and not a preset\n'],
      ['zzzzzz', 'revpact: mapping zzzzzz: no such file, and not a preset\n'],
    ] as const) {
      const cli = io();
      expect(await run(['check', contract, '--leads', leads, '--mapping', given, '--period', '2026-03', '--quiet'], cli)).toBe(2);
      expect(cli.err()).toBe(`${said}  use hubspot, salesforce, canonical, or the path of a mapping file\n`);
    }
  });
});
