/**
 * The command line as a user and a CI job see it: `node bin/revpact.js` in a child
 * process, NO_COLOR set, asserting on exit codes and on the exact shape of each output
 * format. Exit codes (DESIGN.md §7): 0 valid, 1 findings, 2 usage or I/O error.
 */
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawn, spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, CRASH, ensureBuilt, runCli } from '../helpers/cli.js';
import { MINIMAL_YAML } from '../helpers/contracts.js';
import { REPO_ROOT, exampleContracts } from '../helpers/paths.js';

/** The start of an ANSI escape sequence (colours). */
const ANSI = new RegExp(`${String.fromCharCode(27)}\\[`);
const TEXT_LINE = /^(?<file>[^\n]+?):(?<line>\d+):(?<column>\d+) (?<severity>error|warning) (?<code>[a-z-]+): (?<message>.+)$/;
const DIAGNOSTIC_KEYS = ['code', 'column', 'file', 'line', 'message', 'pointer', 'severity'];

interface JsonReport {
  valid: boolean;
  files: number;
  diagnostics: Record<string, unknown>[];
}

let work: string;

beforeAll(() => {
  ensureBuilt();
  work = mkdtempSync(join(tmpdir(), 'revpact-cli-'));
});

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

/** Writes a file under the temporary folder and returns its path. */
function scratch(name: string, content: string | Uint8Array): string {
  const path = join(work, name);
  mkdirSync(join(path, '..'), { recursive: true });
  writeFileSync(path, content);
  return path;
}

/** A usage or I/O error: exit 2, one "revpact: ..." message on stderr, nothing on stdout, no stack. */
function expectUsageError(args: string[], message: RegExp, cwd?: string): void {
  const run = runCli(args, { cwd });
  expect(run.status, run.stderr).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr).toMatch(/^revpact: /);
  expect(run.stderr).toMatch(message);
  expect(run.stderr).not.toMatch(CRASH);
}

describe('revpact (no command)', () => {
  it('--help lists the commands and exits 0', () => {
    const run = runCli(['--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/^Usage: revpact <command> \[options\]$/m);
    expect(run.stdout).toMatch(/^ {2}validate +Check contracts/m);
    expect(run.stdout).toMatch(/^ {2}init +Write a commented starter contract/m);
    expect(run.stdout).not.toMatch(ANSI);
  });

  it('no arguments prints the overview and exits 2', () => {
    const run = runCli([]);
    expect(run.status).toBe(2);
    expect(run.stdout).toMatch(/Commands:/);
  });

  it('--version prints the package version', () => {
    const { version } = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(runCli(['--version'])).toMatchObject({ status: 0, stdout: `${version}\n` });
  });

  it('an unknown command exits 2 and names the commands', () => {
    expectUsageError(['frobnicate'], /unknown command "frobnicate"[\s\S]*validate/);
  });

  it('the installed command is bin/revpact.js, the file these tests run', () => {
    const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> };
    expect(pkg.bin['revpact']).toBe('bin/revpact.js');
  });
});

describe('standard output that fails', () => {
  it('a reader that closed the pipe early (revpact … | head) ends the run quietly with its own exit code, not an unhandled EPIPE', async () => {
    const child = spawn(process.execPath, [CLI, 'validate', 'contracts/'], { cwd: REPO_ROOT, env: { ...process.env, NO_COLOR: '1', REVPACT_DEBUG: '' } });
    // Closed before the first write: every write of the run meets a pipe nobody reads.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toMatch(CRASH);
    expect(stderr).not.toContain('EPIPE');
    expect(status).toBe(0);
  });

  it.runIf(existsSync('/dev/full'))('a full disk (> /dev/full) is said in one line with exit 2, not a stack trace and exit 1 (findings)', () => {
    const full = openSync('/dev/full', 'w');
    try {
      const r = spawnSync(process.execPath, [CLI, 'validate', 'contracts/', '--format', 'json'], {
        cwd: REPO_ROOT,
        env: { ...process.env, NO_COLOR: '1', REVPACT_DEBUG: '' },
        stdio: ['ignore', full, 'pipe'],
        encoding: 'utf8',
      });
      expect(r.stderr).toBe(
        'revpact: cannot write to standard output (no space left on the device)\n  write the report to a file with --out, or free space where it goes\n',
      );
      expect(r.status).toBe(2);
    } finally {
      closeSync(full);
    }
  });
});

describe('revpact validate', () => {
  describe('the example contracts', () => {
    const examples = exampleContracts();
    // eslint-disable-next-line no-console -- a skipped e2e test must say why, loudly
    if (examples.length === 0) console.warn('cli.test.ts: contracts/ holds no .yaml files yet; skipping `revpact validate contracts/`');

    it.skipIf(examples.length === 0)('`revpact validate contracts/` exits 0 on a fresh checkout', () => {
      const run = runCli(['validate', 'contracts/']);
      expect(run.status, run.stdout + run.stderr).toBe(0);
      expect(run.stdout).toMatch(new RegExp(`^${examples.length} files? valid`, 'm'));
      expect(run.stderr).toBe('');
    });
  });

  it('--help lists the formats and the exit codes', () => {
    const run = runCli(['validate', '--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/--format text\|json\|github/);
    expect(run.stdout).toMatch(/Exit codes: 0 valid .* 1 any error, 2 usage or I\/O error/);
  });

  describe('text format', () => {
    it('prints file:line:col severity code: message, then a summary, and exits 1 on an error', () => {
      const run = runCli(['validate', 'test/fixtures/invalid/enum-suggestion.yaml']);
      expect(run.status).toBe(1);
      expect(run.stderr).toBe('');
      const lines = run.stdout.trimEnd().split('\n');
      expect(lines).toEqual([
        'test/fixtures/invalid/enum-suggestion.yaml:7:11 error invalid-value: "actve" is not one of "draft", "active", "retired"; did you mean "active"?',
        '1 file checked: 1 error, 0 warnings',
      ]);
      expect(lines[0]).toMatch(TEXT_LINE);
    });

    it('puts the suggestion in parentheses after the message', () => {
      const run = runCli(['validate', 'test/fixtures/invalid/invalid-percentage.yaml']);
      expect(run.stdout.split('\n')[0]).toBe(
        'test/fixtures/invalid/invalid-percentage.yaml:21:13 error invalid-percentage: "150%" is more than 100% (a share is between 0% and 100%)',
      );
    });

    it('exits 0 for valid contracts, with warnings allowed', () => {
      const valid = runCli(['validate', 'test/fixtures/valid']);
      expect(valid).toMatchObject({ status: 0, stdout: '2 files valid\n', stderr: '' });
      const warned = runCli(['validate', 'test/fixtures/invalid/funnel-inconsistent.yaml']);
      expect(warned.status).toBe(0);
      const [first, summary] = warned.stdout.trimEnd().split('\n');
      expect(first).toMatch(TEXT_LINE);
      expect(first).toMatch(/^test\/fixtures\/invalid\/funnel-inconsistent\.yaml:28:11 warning funnel-inconsistent: .*100,000 ÷ 5,000 = 20/);
      expect(summary).toBe('1 file valid, 1 warning');
    });

    it('checks every file, in the order given, and exits 1 when any has an error', () => {
      const run = runCli(['validate', 'test/fixtures/valid/minimal.yaml', 'test/fixtures/invalid/duplicate-id.yaml', 'test/fixtures/invalid/bad-zone.yaml']);
      expect(run.status).toBe(1);
      const lines = run.stdout.trimEnd().split('\n');
      expect(lines.slice(0, -1).map((l) => TEXT_LINE.exec(l)?.groups?.['code'])).toEqual(['duplicate-id', 'unknown-timezone']);
      expect(lines.at(-1)).toBe('3 files checked: 2 errors, 0 warnings');
    });

    it('reports binary and empty files as findings (exit 1), not as crashes', () => {
      const binary = scratch('binary/logo.yaml', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0xff, 0xfe]));
      const empty = scratch('binary/empty.yaml', '');
      const run = runCli(['validate', binary, empty]);
      expect(run.status).toBe(1);
      expect(run.stderr).toBe('');
      expect(run.stdout).toMatch(/logo\.yaml:1:1 error binary-file: /);
      expect(run.stdout).toMatch(/empty\.yaml:1:1 error empty-file: /);
    });

    it('never prints colour codes', () => {
      const run = runCli(['validate', 'test/fixtures/invalid']);
      expect(run.stdout + run.stderr).not.toMatch(ANSI);
    });
  });

  describe('json format', () => {
    it('has exactly {valid, files, diagnostics}, each diagnostic with exactly its documented fields', () => {
      const run = runCli(['validate', 'test/fixtures/invalid/unresolved-reference.yaml', 'test/fixtures/invalid/schema-type.yaml', '--format', 'json']);
      expect(run.status).toBe(1);
      const report = JSON.parse(run.stdout) as JsonReport;
      expect(Object.keys(report).sort()).toEqual(['diagnostics', 'files', 'valid']);
      expect(report).toMatchObject({ valid: false, files: 2 });
      expect(report.diagnostics).toEqual([
        {
          file: 'test/fixtures/invalid/unresolved-reference.yaml',
          line: 15,
          column: 10,
          severity: 'error',
          code: 'unresolved-reference',
          message: 'no stage has the id "mqll"; did you mean "mql"?',
          pointer: '/handoff/stage',
        },
        {
          file: 'test/fixtures/invalid/schema-type.yaml',
          line: 16,
          column: 12,
          severity: 'error',
          code: 'invalid-type',
          message: 'expected a number, found the text "lots"',
          pointer: '/targets/revenue',
        },
      ]);
    });

    it('adds suggest only when there is one', () => {
      const run = runCli(['validate', 'test/fixtures/invalid', '--format', 'json']);
      const report = JSON.parse(run.stdout) as JsonReport;
      expect(report.valid).toBe(false);
      expect(report.diagnostics.length).toBeGreaterThan(20);
      for (const d of report.diagnostics) {
        const keys = Object.keys(d).sort();
        expect(
          keys.filter((k) => k !== 'suggest'),
          JSON.stringify(d),
        ).toEqual(DIAGNOSTIC_KEYS);
        if ('suggest' in d) expect(typeof d['suggest'] === 'string' && d['suggest'] !== '').toBe(true);
      }
      expect(report.diagnostics.some((d) => 'suggest' in d)).toBe(true);
      expect(report.diagnostics.some((d) => !('suggest' in d))).toBe(true);
    });

    it('is valid:true with warnings, and prints nothing but the JSON', () => {
      const run = runCli(['validate', 'test/fixtures/invalid/funnel-inconsistent.yaml', '--format', 'json']);
      expect(run.status).toBe(0);
      const report = JSON.parse(run.stdout) as JsonReport;
      expect(report).toMatchObject({ valid: true, files: 1, diagnostics: [{ severity: 'warning', code: 'funnel-inconsistent', line: 28, column: 11 }] });
      expect(runCli(['validate', 'test/fixtures/valid', '-f', 'json']).stdout).toBe(JSON.stringify({ valid: true, files: 2, diagnostics: [] }, null, 2) + '\n');
    });
  });

  describe('github format', () => {
    it('prints one ::error or ::warning workflow command per diagnostic, with line and col', () => {
      const run = runCli(['validate', 'test/fixtures/invalid/bad-zone.yaml', 'test/fixtures/invalid/funnel-inconsistent.yaml', '--format', 'github']);
      expect(run.status).toBe(1);
      expect(run.stdout.split('\n')).toEqual([
        '::error file=test/fixtures/invalid/bad-zone.yaml,line=16,col=15,title=revpact unknown-timezone::"Europe/Madird" is not an IANA time zone; did you mean "Europe/Madrid"?',
        expect.stringMatching(
          /^::warning file=test\/fixtures\/invalid\/funnel-inconsistent\.yaml,line=28,col=11,title=revpact funnel-inconsistent::commitment "mqls" promises 120 mql/,
        ),
        '',
      ]);
    });

    it('escapes %, CR and LF in the message, and also : and , in properties (GitHub workflow-command rules)', () => {
      // The file name holds , : and %; the messages hold % and a real line break (from a key).
      const dir = join(work, 'github');
      scratch(
        'github/100%,sure:yes.yaml',
        MINIMAL_YAML + 'slas:\n  - { id: s, owner: sales, start: mql, stop: first-touch, clock: calendar, goal: 1h, target: 150% }\n',
      );
      scratch('github/key.yaml', MINIMAL_YAML.replace('status: draft', 'status: draft\n  "line\\r\\nbreak": 1'));
      const run = runCli(['validate', '100%,sure:yes.yaml', 'key.yaml', '--format', 'github'], { cwd: dir });
      expect(run.status).toBe(1);
      expect(run.stdout).not.toMatch(/\r/);
      const lines = run.stdout.split('\n');
      expect(lines).toHaveLength(3);
      expect(lines[2]).toBe('');
      // minimal.yaml has 14 lines, so the SLA is on line 16; "  - { id: s, owner: sales, start: mql, stop: first-touch, clock: calendar, goal: 1h, target: " is 93 characters.
      expect(lines[0]).toBe(
        '::error file=100%25%2Csure%3Ayes.yaml,line=16,col=94,title=revpact invalid-percentage::"150%25" is more than 100%25 (a share is between 0%25 and 100%25)',
      );
      // Data keeps , and : as they are; only % and line breaks are escaped there.
      expect(lines[1]).toMatch(
        /^::error file=key\.yaml,line=9,col=3,title=revpact unknown-field::"line%0D%0Abreak" is not allowed here \(allowed here: name, title, /,
      );
    });

    it('prints nothing for valid contracts', () => {
      expect(runCli(['validate', 'test/fixtures/valid', '--format', 'github'])).toMatchObject({ status: 0, stdout: '', stderr: '' });
    });

    // Before: 14 ::error lines, of which GitHub shows 10 and drops the rest without a word.
    it('annotates the first ten errors, lists the others as lines of the log, and says so in a notice', () => {
      const keys = Array.from({ length: 14 }, (_, i) => `  zz-unknown-${i}: 1`).join('\n');
      scratch('many.yaml', MINIMAL_YAML.replace('status: draft', `status: draft\n${keys}`));
      const run = runCli(['validate', join(work, 'many.yaml'), '--format', 'github']);
      expect(run.status).toBe(1);
      const lines = run.stdout.trimEnd().split('\n');
      expect(lines.filter((l) => l.startsWith('::error '))).toHaveLength(10);
      const plain = lines.filter((l) => !l.startsWith('::'));
      expect(plain).toHaveLength(4);
      for (const l of plain) expect(l).toMatch(/many\.yaml:\d+:3 error unknown-field: "zz-unknown-1[0-3]" is not allowed here/);
      expect(lines.at(-1)).toBe("::notice title=revpact::4 more problems than GitHub shows as annotations: each is a line of this step's log");
    });
  });

  describe('usage and I/O errors exit 2', () => {
    it('a missing file', () => {
      expectUsageError(['validate', 'no/such/contract.yaml'], /no\/such\/contract\.yaml: no such file or directory/);
    });

    it('a missing file next to valid ones: nothing is validated', () => {
      const run = runCli(['validate', 'test/fixtures/valid/minimal.yaml', 'missing.yaml']);
      expect(run.status).toBe(2);
      expect(run.stdout).toBe('');
    });

    it('a directory without any YAML', () => {
      const empty = join(work, 'no-yaml');
      mkdirSync(empty, { recursive: true });
      writeFileSync(join(empty, 'notes.txt'), 'not a contract');
      expectUsageError(['validate', empty], /no \.yaml or \.yml files in this directory/);
    });

    it('an unknown flag', () => {
      expectUsageError(['validate', '--frmat', 'json', 'test/fixtures/valid'], /--frmat/);
    });

    it('an unknown --format value', () => {
      expectUsageError(['validate', '--format', 'xml', 'test/fixtures/valid'], /--format must be one of text, json, github \(got "xml"\)/);
    });

    it('--format without a value', () => {
      expectUsageError(['validate', 'test/fixtures/valid', '--format'], /--format/);
    });

    it('no files', () => {
      expectUsageError(['validate'], /name at least one contract file or directory/);
    });
  });

  it('prints no Node.js warnings when a YAML key is a collection', () => {
    // yaml's toJS warns through process.emitWarning when it stringifies a complex key;
    // a user should see revpact's diagnostic only, not "(node:1234) Warning: ...".
    const file = scratch('complex-key.yaml', MINIMAL_YAML + '? [a, b]\n: c\n');
    const run = runCli(['validate', file]);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/:15:3 error yaml-syntax: a key must be plain text/);
    expect(run.stderr).toBe('');
  });
});

describe('revpact init', () => {
  const templates = existsSync(join(REPO_ROOT, 'templates', 'init', 'contract.yaml')) && existsSync(join(REPO_ROOT, 'templates', 'init', 'revpact.yml'));
  // eslint-disable-next-line no-console -- a skipped e2e test must say why, loudly
  if (!templates) console.warn('cli.test.ts: templates/init/ is not there yet; skipping the `revpact init` tests');

  it.skipIf(!templates)('writes the contract and the workflow; the contract validates; a second init without --force exits 2 and writes nothing', () => {
    const dir = mkdtempSync(join(work, 'init-'));
    const contract = join(dir, 'contracts', 'agreement.yaml');
    const workflow = join(dir, '.github', 'workflows', 'revpact.yml');

    const first = runCli(['init', dir]);
    expect(first.status, first.stderr).toBe(0);
    expect(first.stderr).toBe('');
    // Issue 13 item 31: from a clone, `npx revpact` would fetch whatever the registry has
    // under that name; the hint names this very file instead, and the committed contract
    // no machine's path.
    expect(first.stdout).toContain(`then run \`node bin/revpact.js validate ${relative(REPO_ROOT, join(dir, 'contracts'))}/\``);
    expect(first.stdout).not.toContain('npx');
    expect(readFileSync(contract, 'utf8')).toMatch(/^# {3}revpact validate contracts\/$/m);
    expect(existsSync(contract)).toBe(true);
    expect(existsSync(workflow)).toBe(true);
    expect(readFileSync(workflow, 'utf8')).toMatch(/revpact/);

    const validate = runCli(['validate', 'contracts/'], { cwd: dir });
    expect(validate.status, validate.stdout).toBe(0);

    // Mark the contract and remove the workflow: the refused init must touch neither.
    writeFileSync(contract, '# edited by the user\n');
    rmSync(workflow);
    const again = runCli(['init', dir]);
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(/^revpact: .*agreement\.yaml already exists/);
    expect(again.stderr).toMatch(/--force/);
    expect(again.stderr).not.toMatch(CRASH);
    expect(readFileSync(contract, 'utf8')).toBe('# edited by the user\n');
    expect(existsSync(workflow)).toBe(false);

    const forced = runCli(['init', dir, '--force']);
    expect(forced.status).toBe(0);
    expect(readFileSync(contract, 'utf8')).not.toBe('# edited by the user\n');
    expect(existsSync(workflow)).toBe(true);
  });

  it.skipIf(!templates)('writes into the current directory by default', () => {
    const dir = mkdtempSync(join(work, 'init-cwd-'));
    expect(runCli(['init'], { cwd: dir }).status).toBe(0);
    expect(existsSync(join(dir, 'contracts', 'agreement.yaml'))).toBe(true);
  });

  it.skipIf(!templates)('keeps pulled CRM records out of Git: .revpact/ in .gitignore, added once, the rest kept', () => {
    const fresh = mkdtempSync(join(work, 'init-ignore-'));
    expect(runCli(['init', fresh]).status).toBe(0);
    expect(readFileSync(join(fresh, '.gitignore'), 'utf8').split('\n')).toContain('.revpact/');

    const dir = mkdtempSync(join(work, 'init-ignore-existing-'));
    writeFileSync(join(dir, '.gitignore'), 'node_modules/\ndist');
    const first = runCli(['init', dir]);
    expect(first.stdout).toMatch(/added \.revpact\/ to .*\.gitignore/);
    expect(runCli(['init', dir, '--force']).status).toBe(0);
    const text = readFileSync(join(dir, '.gitignore'), 'utf8');
    expect(text.startsWith('node_modules/\ndist\n')).toBe(true);
    expect(text.split('\n').filter((l) => l === '.revpact/')).toEqual(['.revpact/']);
    // And Git agrees: the default pull file is ignored.
    const git = spawnSync('git', ['-C', dir, 'init', '-q'], { encoding: 'utf8' });
    if (git.status === 0) expect(spawnSync('git', ['-C', dir, 'check-ignore', '-q', '.revpact/hubspot-contacts.ndjson']).status).toBe(0);
  });

  it.skipIf(!templates)('a folder named with spaces, accents and a quote: the closing hint is a command the shell runs as printed', () => {
    const name = "Q3 plan ñ 'draft'";
    const first = runCli(['init', name], { cwd: work });
    expect(first.status, first.stderr).toBe(0);
    const hint = /then run `([^`]+)`/.exec(first.stdout)?.[1];
    expect(hint).toBeDefined();
    expect(hint).toContain(`validate '${name.replace(/'/g, "'\\''")}/contracts/'`);
    const pasted = spawnSync('sh', ['-c', hint!], { cwd: work, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(pasted.status, pasted.stdout + pasted.stderr).toBe(0);
    expect(pasted.stdout).toBe('1 file valid\n');
  });

  it('takes at most one directory', () => {
    expectUsageError(['init', join(work, 'a'), join(work, 'b')], /at most one directory/);
  });
});
