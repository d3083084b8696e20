/**
 * `revpact scorecard`: the example history of contracts/b2b-saas.yaml (three half-years
 * in scorecards/b2b-saas/) rendered in every format and locale and compared with the
 * reviewed golden files in test/golden/scorecard/ (update with `vitest -u` only when the
 * change is intended); invalid grade files; usage errors; where the history is found.
 *
 * The command runs in process through its own options and handler (STYLE.md 11), the
 * way main.ts runs it; once main.ts registers it, the binary is checked to say the same.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCommandArgs } from '../../src/cli/command.js';
import { scorecard } from '../../src/cli/commands/scorecard.js';
import { EXIT, UsageError } from '../../src/shared/errors.js';
import { type CliIO } from '../../src/cli/io.js';
import { COMMANDS } from '../../src/cli/main.js';
import { CRASH, ensureBuilt, runCli } from '../helpers/cli.js';
import { REPO_ROOT } from '../helpers/paths.js';

interface Run {
  status: number;
  stdout: string;
  stderr: string;
}

/** `revpact scorecard <argv>` in process, with main.ts's handling of usage errors. */
async function run(argv: string[], cwd = REPO_ROOT): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), cwd, env: {}, stderrIsTTY: false, stdoutIsTTY: false };
  try {
    const status = await scorecard.run(parseCommandArgs(scorecard, argv), io);
    return { status, stdout, stderr };
  } catch (e) {
    if (!(e instanceof UsageError)) throw e;
    return { status: EXIT.usage, stdout, stderr: stderr + `revpact: ${e.message}\n` + (e.hint ? `  ${e.hint}\n` : '') };
  }
}

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'revpact-scorecard-'));
  dirs.push(d);
  return d;
};

/** A copy of the example history, to break one file at a time. */
function historyCopy(): string {
  const dir = tempDir();
  for (const f of readdirSync(join(REPO_ROOT, 'scorecards', 'b2b-saas'))) copyFileSync(join(REPO_ROOT, 'scorecards', 'b2b-saas', f), join(dir, f));
  return dir;
}

const CONTRACT = 'contracts/b2b-saas.yaml';

describe('the three-period history of contracts/b2b-saas.yaml (golden)', () => {
  it('text, in the contract’s locale: the trend per need and the action items', async () => {
    const r = await run([CONTRACT]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    await expect(r.stdout).toMatchFileSnapshot('../golden/scorecard/b2b-saas/card.en.txt');
  });

  it('text in Catalan', async () => {
    await expect((await run([CONTRACT, '--locale', 'ca'])).stdout).toMatchFileSnapshot('../golden/scorecard/b2b-saas/card.ca.txt');
  });

  it.each(['en', 'es', 'pt', 'ca'])('Markdown in %s', async (locale) => {
    const r = await run([CONTRACT, '--format', 'md', '--locale', locale]);
    expect(r.status).toBe(0);
    await expect(r.stdout).toMatchFileSnapshot(`../golden/scorecard/b2b-saas/card.${locale}.md`);
  });

  it('HTML, with a sparkline per need', async () => {
    const r = await run([CONTRACT, '--format', 'html']);
    expect(r.stdout.match(/<svg [^>]*class="chart spark"[^>]*role="img"/g)).toHaveLength(12);
    expect(r.stdout).not.toMatch(/<script|https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
    await expect(r.stdout).toMatchFileSnapshot('../golden/scorecard/b2b-saas/card.en.html');
  });

  it('JSON', async () => {
    const r = await run([CONTRACT, '--format', 'json']);
    const json = JSON.parse(r.stdout) as { apiVersion: string; actions: { need: string; grade: string; owner: string }[] };
    expect(json.apiVersion).toBe('revpact.scorecard/v1');
    expect(json.actions.map((a) => `${a.grade} ${a.need} → ${a.owner}`)).toEqual([
      'F campaign-feedback → sales',
      'C cadence-respected → sales',
      'C clear-plan → marketing',
      'C nurture-works → marketing',
    ]);
    await expect(r.stdout).toMatchFileSnapshot('../golden/scorecard/b2b-saas/card.json');
  });

  it('as it stood in 2025-H2, leaving 2026-H1 out', async () => {
    const r = await run([CONTRACT, '--period', '2025-h2']);
    expect(r.stdout).not.toContain('2026-H1');
    await expect(r.stdout).toMatchFileSnapshot('../golden/scorecard/b2b-saas/card.2025-H2.en.txt');
  });

  // Before: the card read its trends against 2025-H1 across the missing half-year without a word.
  it('warns when a period between two cards has none, naming it, and still gives the card', async () => {
    const dir = historyCopy();
    rmSync(join(dir, '2025-H2.yaml'));
    const r = await run([CONTRACT, '--history', dir]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain(
      '2026-H1.yaml:5:9 warning period-not-graded: no card grades 2025-H2, between 2025-H1 and 2026-H1: the trends on this card are read against 2025-H1',
    );
    expect(r.stdout).toContain('2026-H1');
    const whole = await run([CONTRACT]);
    expect(whole.stderr).not.toContain('period-not-graded');
  });

  it('writes --out atomically instead of printing', async () => {
    const out = join(tempDir(), 'cards', 'card.md');
    const r = await run([CONTRACT, '--format', 'md', '--out', out]);
    expect(r.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toBe((await run([CONTRACT, '--format', 'md'])).stdout);
    expect(readdirSync(join(out, '..'))).toEqual(['card.md']);
  });
});

describe('what a grade file holds is data, in every format', () => {
  it('cannot drive the terminal, break a Markdown table, mention anyone or inject HTML', async () => {
    const dir = historyCopy();
    const file = join(dir, '2026-H1.yaml');
    const hostile = '"\\e[2J<script>alert(1)</script> | @planfold/sales-leads **bold**"';
    writeFileSync(file, readFileSync(file, 'utf8').replace('"97% of MQLs touched within one business hour."', hostile));
    const text = (await run([CONTRACT, '--history', dir])).stdout;
    expect(text).not.toContain('\u001b');
    expect(text).toContain('\uFFFD[2J<script>');
    const md = (await run([CONTRACT, '--history', dir, '--format', 'md'])).stdout;
    expect(md).toContain('\\[2J\\<script\\>alert(1)\\</script\\> \\| @\u200Dplanfold/sales-leads \\*\\*bold\\*\\*');
    const html = (await run([CONTRACT, '--history', dir, '--format', 'html'])).stdout;
    expect(html).not.toContain('<script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});

describe('--templates', () => {
  it('overrides one sentence of a locale file, like compile', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'locales'));
    writeFileSync(join(dir, 'locales', 'en.json'), JSON.stringify({ reportCard: { heading: 'Half-year grades: {title}' } }));
    const r = await run([CONTRACT, '--templates', dir]);
    expect(r.stdout.split('\n')[0]).toBe('Half-year grades: Planfold marketing–sales agreement');
    expect(r.stdout).toContain('Action items');
  });

  it('checks a team’s own template as compile does: an object printed, HTML that does not nest', async () => {
    // The shipped templates laid over themselves pass every check unchanged (Vega numbers clip paths on from one chart to the next).
    const clips = (page: string) => page.replace(/-clip\d+/g, '-clip');
    const shipped = await run([CONTRACT, '--format', 'html']);
    const asTeam = await run([CONTRACT, '--format', 'html', '--templates', join(REPO_ROOT, 'templates')]);
    expect(asTeam.status, asTeam.stderr).toBe(0);
    expect(clips(asTeam.stdout)).toBe(clips(shipped.stdout));
    const dir = tempDir();
    mkdirSync(join(dir, 'scorecard'));
    const file = join(dir, 'scorecard', 'scorecard.html.hbs');
    const source = readFileSync(join(REPO_ROOT, 'templates', 'scorecard', 'scorecard.html.hbs'), 'utf8');
    const lineOf = (tag: string) => source.slice(0, source.indexOf(tag)).split('\n').length;
    writeFileSync(file, source.replace('<body>', '<body><div class="brand">'));
    const unclosed = await run([CONTRACT, '--format', 'html', '--templates', dir]);
    expect(unclosed.status).toBe(EXIT.usage);
    expect(unclosed.stderr.startsWith(`revpact: ${file}:${lineOf('<body>')}:7: <div> is not closed before </body> (${lineOf('</body>')}:1)\n`)).toBe(true);
    writeFileSync(join(dir, 'scorecard', 'scorecard.md.hbs'), '# {{cards}}\n');
    const object = await run([CONTRACT, '--templates', dir, '--format', 'md']);
    expect(object.status).toBe(EXIT.usage);
    expect(object.stderr).toContain(`${join(dir, 'scorecard', 'scorecard.md.hbs')}:1:3: {{cards}} is a list, not text`);
  });
});

describe('where the history is', () => {
  it('defaults to the nearest scorecards/ folder up from the contract, and its <name>/ subfolder', async () => {
    expect((await run([CONTRACT])).stdout).toContain('scorecards/b2b-saas/2026-H1.yaml');
  });

  it('takes scorecards/ beside a lone contract', async () => {
    const dir = tempDir();
    copyFileSync(join(REPO_ROOT, CONTRACT), join(dir, 'revpact.yaml'));
    mkdirSync(join(dir, 'scorecards'));
    copyFileSync(join(REPO_ROOT, 'scorecards', 'b2b-saas', '2026-H1.yaml'), join(dir, 'scorecards', '2026-H1.yaml'));
    const r = await run(['revpact.yaml'], dir);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Read from scorecards/2026-H1.yaml.');
  });

  // Before: the folder was passed over, and the card showed 2026-H1 as the latest without a word.
  it('refuses a folder named like a grade file, naming it', async () => {
    const dir = historyCopy();
    mkdirSync(join(dir, '2026-H2.yaml'));
    copyFileSync(join(dir, '2026-H1.yaml'), join(dir, '2026-H2.yaml', 'card.yaml'));
    const r = await run([CONTRACT, '--history', dir]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      `revpact: ${join(dir, '2026-H2.yaml')}: a folder named like a grade file, not one: the card would go without that period\n` +
        '  put the grade file itself at that path, or rename the folder so that its name does not end in .yaml or .yml\n',
    );
    mkdirSync(join(dir, '2027-H1.yml'));
    expect((await run([CONTRACT, '--history', dir])).stderr).toContain(
      `revpact: ${join(dir, '2026-H2.yaml')}, ${join(dir, '2027-H1.yml')}: folders named like a grade file, not files: the card would go without those periods\n`,
    );
    // Any other folder may hold another contract's cards: passed over, as before.
    rmSync(join(dir, '2026-H2.yaml'), { recursive: true });
    rmSync(join(dir, '2027-H1.yml'), { recursive: true });
    mkdirSync(join(dir, 'other-contract'));
    expect((await run([CONTRACT, '--history', dir])).status).toBe(0);
  });

  it('says where it looked when there is none', async () => {
    const dir = tempDir();
    copyFileSync(join(REPO_ROOT, CONTRACT), join(dir, 'revpact.yaml'));
    const r = await run(['revpact.yaml'], dir);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/no scorecards\/ folder found for b2b-saas \(looked in scorecards\)/);
  });
});

describe('invalid grade files', () => {
  it('prints every file’s diagnostics at their line and column and exits 1', async () => {
    const dir = historyCopy();
    const file = join(dir, '2026-H1.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('need: crm-hygiene, grade: B', 'need: crm-hygeine, grade: D'));
    const r = await run([CONTRACT, '--history', dir]);
    expect(r.status).toBe(1);
    // grades: on line 10, crm-hygiene's grade on 13. "    - { need: " is 14 characters;
    // "crm-hygeine" is 11, then ", grade: " (9): the grade at 35. No guess for a letter off the scale.
    expect(r.stdout).toContain(`${file}:10:3 error missing-field: "crm-hygiene" is not graded on marketing's card`);
    expect(r.stdout).toContain(
      `${file}:13:15 error unresolved-reference: "crm-hygeine" is not one of marketing's needs in the contract; did you mean "crm-hygiene"?`,
    );
    expect(r.stdout).toContain(`${file}:13:35 error invalid-value: "D" is not a grade on the contract's scale (A, B, C, F)\n`);
    expect(r.stdout).toMatch(/3 files checked: 3 errors, 0 warnings\n$/);
    expect(r.stdout).not.toMatch(CRASH);
  });

  it('speaks JSON with --format json', async () => {
    const dir = historyCopy();
    writeFileSync(join(dir, '2025-H2.yaml'), readFileSync(join(dir, '2025-H2.yaml'), 'utf8').replace('period: 2025-H2', 'period: 2025-Q4'));
    const r = await run([CONTRACT, '--history', dir, '--format', 'json']);
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout) as { valid: boolean; diagnostics: { line: number; column: number; code: string }[] };
    expect(report.valid).toBe(false);
    expect(report.diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([
      ['invalid-value', 5, 9],
      ['invalid-value', 5, 9],
    ]);
  });

  it('refuses two files for one period', async () => {
    const dir = historyCopy();
    copyFileSync(join(dir, '2026-H1.yaml'), join(dir, '2026-H1.yml'));
    const r = await run([CONTRACT, '--history', dir]);
    expect(r.status).toBe(1);
    // period: on line 5, its value at column 9.
    expect(r.stdout).toMatch(/2026-H1\.yml:5:9 error duplicate-id: .*2026-H1\.yaml already grades 2026-H1/);
  });

  // A year typed wrong in the date was shown as graded in 2062; scorecard and validate now refuse it at its line.
  it('refuses a card dated in the future, in scorecard and in validate', async () => {
    const dir = historyCopy();
    const file = join(dir, '2026-H1.yaml');
    const text = readFileSync(file, 'utf8');
    const date = /^ {2}date: (\d{4})-(\d{2}-\d{2})$/m.exec(text);
    expect(date).not.toBeNull();
    writeFileSync(file, text.replace(date?.[0] ?? '', `  date: 2099-${date?.[2] ?? ''}`));
    const r = await run([CONTRACT, '--history', dir]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(
      new RegExp(`2026-H1\\.yaml:\\d+:9 error invalid-value: 2099-${date?.[2] ?? ''} is in the future \\(today is \\d{4}-\\d{2}-\\d{2}\\)`),
    );
    const v = runCli(['validate', CONTRACT, file]);
    expect(v.status).toBe(1);
    expect(v.stdout).toContain(`error invalid-value: 2099-${date?.[2] ?? ''} is in the future`);
  });

  it('warns on stderr about an older card grading a need the contract no longer lists', async () => {
    const dir = historyCopy();
    const file = join(dir, '2025-H1.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('need: cadence-respected', 'need: lead-routing'));
    const r = await run([CONTRACT, '--history', dir]);
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(
      /2025-H1\.yaml:\d+:\d+ warning unresolved-reference: "lead-routing" is not one of marketing's needs in the contract; the card predates version 2\.3\.0/,
    );
    expect(r.stdout).toMatch(/cadence-respected {2}— {8}B {8}C {8}↓/);
  });
});

describe('usage errors exit 2 without a stack trace', () => {
  const cases: [string, string[], RegExp][] = [
    ['a contract without a scorecard', ['contracts/worked-example.yaml'], /the contract has no scorecard section/],
    [
      'a period never graded',
      [CONTRACT, '--period', '2024-H2'],
      /--period 2024-H2: no grade file for this period in scorecards\/b2b-saas\n {2}periods graded: 2025-H1, 2025-H2, 2026-H1/,
    ],
    [
      'a period that is no period',
      [CONTRACT, '--period', 'garbage'],
      /^revpact: --period: "garbage" is not a period; the teams grade each other every half-year \(scorecard\.cadence: half-yearly\)\n {2}write the period as 2026-H1 or 2026-H2\n$/,
    ],
    [
      'a period of another cadence',
      [CONTRACT, '--period', '2025-q1'],
      /--period: "2025-q1" is a quarter, but the teams grade each other every half-year \(scorecard\.cadence: half-yearly\)\n {2}write the period as 2025-H1 or 2025-H2/,
    ],
    ['an unknown format', [CONTRACT, '--format', 'pdf'], /--format must be one of text, md, html, json/],
    ['an unknown locale', [CONTRACT, '--locale', 'fr'], /--locale must be one of en, es, pt, ca/],
    ['a history folder that is not there', [CONTRACT, '--history', 'no/such/dir'], /no\/such\/dir: no such file or directory/],
    ['an empty history folder', [CONTRACT, '--history', 'test/fixtures/scorecards/invalid'], /no grade files \(\.yaml\) in this folder/],
    ['no contract', [], /name exactly one contract/],
  ];
  it.each(cases)('%s', async (_name, argv, message) => {
    const r = await run(argv);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(CRASH);
  });

  it('an invalid contract prints its diagnostics and exits 1', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'bad.yaml'), readFileSync(join(REPO_ROOT, CONTRACT), 'utf8').replace('commentBelow: B', 'commentBelow: D'));
    const r = await run([join(dir, 'bad.yaml'), '--history', join(REPO_ROOT, 'scorecards', 'b2b-saas')]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/unresolved-reference: grade "D" is not on the scale/);
  });
});

describe.runIf(COMMANDS.some((c) => c.name === 'scorecard'))('the binary', () => {
  it('prints what the command prints in process', async () => {
    ensureBuilt();
    const r = runCli(['scorecard', CONTRACT]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe((await run([CONTRACT])).stdout);
    expect(existsSync(join(REPO_ROOT, 'pdf'))).toBe(false);
  });
});
