/**
 * `revpact diff` and `revpact log` as a user runs them: through the CLI's own dispatch
 * (`run` from src/cli/main.ts, what bin/revpact.js calls), in-process so that the impact
 * runs over 2,000 generated rows stay fast. Until main.ts registers the two commands,
 * they are dispatched the same way here (parse the arguments, run, usage errors → 2).
 *
 * What issue 5 asks to be shown: impact numbers equal two separate `check` runs; an
 * invalid side prints its diagnostics with line numbers and exits 1; `git:` sides and
 * `log` in a temporary Git repository.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseCommandArgs } from '../../src/cli/command.js';
import { diff } from '../../src/cli/commands/diff.js';
import { log } from '../../src/cli/commands/log.js';
import { EXIT, UsageError } from '../../src/shared/errors.js';
import { type CliIO } from '../../src/cli/io.js';
import { COMMANDS, run } from '../../src/cli/main.js';
import type { ComplianceReport } from '../../src/engine/types.js';
import { CRASH } from '../helpers/cli.js';
import { CONTRACTS_DIR, REPO_ROOT } from '../helpers/paths.js';
import { MINIMAL_YAML } from '../helpers/contracts.js';
import { generateExport } from '../helpers/gen.js';

interface CliRun {
  status: number;
  stdout: string;
  stderr: string;
}

async function revpact(args: string[], cwd: string = REPO_ROOT): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    cwd,
    env: { NO_COLOR: '1' },
    stderrIsTTY: false,
    stdoutIsTTY: false,
  };
  const [name, ...rest] = args;
  const mine = [diff, log].find((c) => c.name === name);
  let status: number;
  if (!mine || COMMANDS.some((c) => c.name === name)) {
    status = await run(args, io);
  } else {
    try {
      status = await mine.run(parseCommandArgs(mine, rest), io);
    } catch (e) {
      if (!(e instanceof UsageError)) throw e;
      io.stderr(`revpact: ${e.message}\n` + (e.hint ? `  ${e.hint}\n` : ''));
      status = EXIT.usage;
    }
  }
  return { status, stdout, stderr };
}

const B2B = readFileSync(join(CONTRACTS_DIR, 'b2b-saas.yaml'), 'utf8');

/** The realistic change: first touch 1bh → 2bh, MQL threshold 60 → 65, a new required field, 2.3.0 → 2.4.0. */
function headText(text = B2B): string {
  const out = text
    .replace('version: 2.3.0', 'version: 2.4.0')
    .replace(/(- id: first-touch\n(?:.*\n)*? {4}goal: )1bh/, '$12bh')
    .replace('score: 60, minFit: 25', 'score: 65, minFit: 25')
    .replace(/( {4}- \{ field: profileUrl.*\n)/, '$1    - { field: budget, label: Budget range the lead mentioned }\n');
  if (out === text) throw new Error('the edit did not apply');
  return out;
}

let work: string;
const AS_OF = '2026-11-02T09:00:00+01:00';

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), 'revpact-diff-'));
  writeFileSync(join(work, 'base.yaml'), B2B);
  writeFileSync(join(work, 'head.yaml'), headText());
  generateExport(join(work, 'leads.csv'), { rows: 2000, format: 'hubspot', seed: 42 });
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('revpact diff: the meaning of a change', () => {
  it('text: one line per change, and a tightening released as a minor reported as not enough (exit 0)', async () => {
    const r = await revpact(['diff', 'base.yaml', 'head.yaml'], work);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('revpact diff · b2b-saas 2.3.0 → 2.4.0: 3 changes (2 tighter, 1 looser); needs a major version bump, got a minor');
    expect(r.stdout).toMatch(/tighter +both +major +MQL threshold: score 60 → 65 \(tighter for marketing; fewer leads for sales\) +head\.yaml:\d+/);
    expect(r.stdout).toMatch(/tighter +marketing +major +Handoff: new required field “Budget range the lead mentioned” \(budget\)/);
    expect(r.stdout).toMatch(/looser +sales +minor +First touch: 1 business hour → 2 business hours \(looser for sales\)/);
    expect(r.stdout).toContain('2.3.0 → 2.4.0 is a minor bump: not enough.');
  });

  // Before: 137 changes and no word that the two files are different agreements.
  it('says when the two sides are different contracts, and how to name one contract twice', async () => {
    const r = await revpact(['diff', 'base.yaml', join(CONTRACTS_DIR, 'worked-example.yaml')], work);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain(
      'revpact: note: the base is the contract "b2b-saas" and the head "worked-example": each difference between the two agreements is listed as a change',
    );
    expect((await revpact(['diff', 'base.yaml', 'head.yaml'], work)).stderr).toBe('');
  });

  it('--fail-on version exits 1 when the bump is not enough, 0 when it is', async () => {
    expect((await revpact(['diff', 'base.yaml', 'head.yaml', '--fail-on', 'version'], work)).status).toBe(1);
    writeFileSync(join(work, 'head-major.yaml'), headText().replace('version: 2.4.0', 'version: 3.0.0'));
    expect((await revpact(['diff', 'base.yaml', 'head-major.yaml', '--fail-on', 'version'], work)).status).toBe(0);
  });

  it('a reordered file is no change', async () => {
    // Swap the first two SLAs as blocks of text.
    const start = B2B.indexOf('  - id: first-touch\n');
    const mid = B2B.indexOf('  - id: accept-or-reject\n');
    const end = B2B.indexOf('  - id: rejection-feedback\n');
    writeFileSync(join(work, 'reordered.yaml'), B2B.slice(0, start) + B2B.slice(mid, end) + B2B.slice(start, mid) + B2B.slice(end));
    const r = await revpact(['diff', 'base.yaml', 'reordered.yaml', '--format', 'json'], work);
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ changes: [], version: { required: 'none', actual: 'none', ok: true } });
  });

  it('json: the shape of issue 5, with lines in the head file', async () => {
    const r = await revpact(['diff', 'base.yaml', 'head.yaml', '--format', 'json'], work);
    expect(r.status, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout) as { base: unknown; head: unknown; changes: Record<string, unknown>[]; version: unknown; impact: unknown };
    expect(json.base).toEqual({ name: 'b2b-saas', version: '2.3.0', source: 'base.yaml' });
    expect(json.head).toEqual({ name: 'b2b-saas', version: '2.4.0', source: 'head.yaml' });
    expect(json.version).toEqual({ required: 'major', actual: 'minor', ok: false, from: '2.3.0', to: '2.4.0' });
    const goal = json.changes.find((c) => c['pointer'] === '/slas/0/goal');
    const lines = headText().split('\n');
    expect(goal).toMatchObject({ kind: 'changed', before: '1bh', after: '2bh', direction: 'loosened', affects: 'sales', bump: 'minor', side: 'head' });
    expect(lines[(goal?.['line'] as number) - 1]).toBe('    goal: 2bh');
    expect(json.impact).toBeNull();
  });

  // Before: validate warned about the head, and the review of the change that brought it said nothing.
  it('says the warnings the head brings, at the head file’s line:column, and not those the base had', async () => {
    const lowered = headText().replace('    goal: 220\n', '    goal: 180\n');
    writeFileSync(join(work, 'lowered.yaml'), lowered);
    const line = lowered.split('\n').indexOf('    goal: 180') + 1;
    const text = await revpact(['diff', 'base.yaml', 'lowered.yaml'], work);
    expect(text.status, text.stderr).toBe(0);
    expect(text.stdout).toContain(
      `New warning (1), which the base did not have\n  lowered.yaml:${line}:11  funnel-inconsistent: commitment "mql-volume" promises 180 mql`,
    );
    const json = JSON.parse((await revpact(['diff', 'base.yaml', 'lowered.yaml', '--format', 'json'], work)).stdout) as { newWarnings: unknown[] };
    expect(json.newWarnings).toEqual([expect.objectContaining({ file: 'lowered.yaml', line, column: 11, code: 'funnel-inconsistent' })]);
    // The same warning on both sides is not the change's.
    const both = JSON.parse((await revpact(['diff', 'lowered.yaml', 'lowered.yaml', '--format', 'json'], work)).stdout) as { newWarnings: unknown[] };
    expect(both.newWarnings).toEqual([]);
  });

  it('an invalid side: its diagnostics with file:line:column, exit 1', async () => {
    const broken = headText().replace('    goal: 2bh', '    goal: 2 hours');
    writeFileSync(join(work, 'broken.yaml'), broken);
    const line = broken.split('\n').indexOf('    goal: 2 hours') + 1;
    const r = await revpact(['diff', 'base.yaml', 'broken.yaml'], work);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(new RegExp(`^broken\\.yaml:${line}:11 error [a-z-]+: `, 'm'));
    expect(r.stdout).not.toMatch(/base\.yaml:\d+/);
    expect(r.stdout + r.stderr).not.toMatch(CRASH);
    const json = await revpact(['diff', 'broken.yaml', 'base.yaml', '--format', 'json'], work);
    expect(json.status).toBe(1);
    expect(JSON.parse(json.stdout)).toMatchObject({ valid: false, diagnostics: [{ file: 'broken.yaml', line, column: 11, severity: 'error' }] });
  });

  it('usage errors exit 2 with one message and no stack', async () => {
    for (const args of [
      ['diff', 'base.yaml'],
      ['diff', 'base.yaml', 'head.yaml', '--period', '2026-10'],
      ['diff', 'base.yaml', 'head.yaml', '--format', 'html'],
      ['diff', 'base.yaml', 'nope.yaml'],
      ['diff', 'git:HEAD', 'head.yaml'],
    ]) {
      const r = await revpact(args, work);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^revpact: /);
      expect(r.stderr).not.toMatch(CRASH);
    }
  });
});

describe('revpact diff --leads: impact', () => {
  const common = ['--leads', 'leads.csv', '--mapping', 'hubspot', '--period', '2026-10', '--as-of', AS_OF];

  it('each side’s numbers equal a separate `check --format json` run, and changed verdicts equal a per-lead comparison', async () => {
    const r = await revpact(['diff', 'base.yaml', 'head.yaml', '--format', 'json', ...common], work);
    expect(r.status, r.stderr).toBe(0);
    const impact = (JSON.parse(r.stdout) as { impact: Record<string, unknown> }).impact as {
      input: { files: string[]; rows: number; evaluated: number; rejected: number };
      period: { label: string; from: string; to: string; asOf: string };
      slas: { id: string; base: Record<string, unknown>; head: Record<string, unknown>; leadsChanged: number }[];
      commitments: { id: string; base: Record<string, unknown>; head: Record<string, unknown> }[];
      handoff: { base: { leads: number; ok: number; rate: number | null }; head: { leads: number; ok: number; rate: number | null } };
      followUp: { base: { leads: number; ok: number; rate: number | null }; head: { leads: number; ok: number; rate: number | null } };
      status: { base: string; head: string };
      leadsChanged: number;
    };

    const checks: Record<'base' | 'head', ComplianceReport> = { base: undefined as never, head: undefined as never };
    const verdicts: Record<'base' | 'head', Map<string, string>> = { base: new Map(), head: new Map() };
    for (const side of ['base', 'head'] as const) {
      const c = await revpact(['check', `${side}.yaml`, '--format', 'json', '--per-lead', `${side}.per-lead.csv`, ...common], work);
      expect(c.status, c.stderr).toBe(0);
      checks[side] = JSON.parse(c.stdout) as ComplianceReport;
      for (const line of readFileSync(join(work, `${side}.per-lead.csv`), 'utf8')
        .trim()
        .split('\n')
        .slice(1)) {
        const [lead = '', rule = '', verdict = ''] = line.split(',');
        verdicts[side].set(`${lead}\u0000${rule}`, verdict);
      }
    }

    // The same data, period and as-of.
    expect(impact.input).toEqual({
      files: ['leads.csv'],
      rows: checks.head.input.rows,
      evaluated: checks.head.input.evaluated,
      rejected: checks.head.input.rejected,
    });
    expect(impact.input.rows).toBe(2000);
    expect(impact.period).toMatchObject({ label: '2026-10', from: checks.base.period.from, to: checks.base.period.to, asOf: checks.base.period.asOf });
    for (const side of ['base', 'head'] as const) {
      const report = checks[side];
      expect(impact.status[side]).toBe(report.status);
      for (const s of report.slas) {
        const mine = impact.slas.find((x) => x.id === s.id)?.[side];
        expect(mine, `${side} ${s.id}`).toEqual({
          met: s.met,
          breached: s.breached,
          pending: s.pending,
          excluded: s.excluded,
          attainment: s.attainment,
          target: s.target,
          status: s.status,
          goalMinutes: s.goalMinutes,
          clock: s.clock,
        });
      }
      for (const c of report.commitments) {
        expect(impact.commitments.find((x) => x.id === c.id)?.[side], `${side} ${c.id}`).toEqual({
          kind: c.kind,
          actual: c.actual,
          goal: c.goal,
          unit: c.unit,
          status: c.status,
        });
      }
      expect(impact.handoff[side]).toEqual({ leads: report.handoff?.leads, ok: report.handoff?.complete, rate: report.handoff?.rate });
      expect(impact.followUp[side]).toEqual({ leads: report.followUp?.checked, ok: report.followUp?.compliant, rate: report.followUp?.rate });
    }
    // The change is visible: first touch got easier.
    const ft = impact.slas.find((s) => s.id === 'first-touch');
    expect(ft?.head['attainment'] as number).toBeGreaterThan(ft?.base['attainment'] as number);

    // Changed verdicts, counted the slow way from the two per-lead files.
    const leads = new Map<string, boolean>();
    const perSla = new Map<string, number>();
    for (const key of new Set([...verdicts.base.keys(), ...verdicts.head.keys()])) {
      const [lead = '', rule = ''] = key.split('\u0000');
      const changed = (verdicts.base.get(key) ?? 'none') !== (verdicts.head.get(key) ?? 'none');
      leads.set(lead, (leads.get(lead) ?? false) || changed);
      if (changed) perSla.set(rule, (perSla.get(rule) ?? 0) + 1);
    }
    expect(impact.leadsChanged).toBe([...leads.values()].filter(Boolean).length);
    expect(impact.leadsChanged).toBeGreaterThan(0);
    for (const s of impact.slas) expect(s.leadsChanged, s.id).toBe(perSla.get(s.id) ?? 0);
  });

  it('text and markdown show the impact side by side', async () => {
    const text = await revpact(['diff', 'base.yaml', 'head.yaml', ...common], work);
    expect(text.status, text.stderr).toBe(0);
    expect(text.stdout).toMatch(/^Impact on 2026-10 \(/m);
    expect(text.stdout).toMatch(/^ {2}First touch +sales +\d+\.\d% of 95% +\d+\.\d% of 95% +(FAIL|pass|no data) → (FAIL|pass|no data) +\d+$/m);
    expect(text.stdout).toMatch(/^Leads with another verdict: \d+ of \d+ measured/m);
    const md = await revpact(['diff', 'base.yaml', 'head.yaml', '--format', 'markdown', ...common], work);
    expect(md.status, md.stderr).toBe(0);
    expect(md.stdout.split('\n')[0]).toMatch(/^❌ \*\*revpact diff\*\* · b2b-saas 2\.3\.0 → 2\.4\.0/);
    expect(md.stdout).toContain('| SLA | Owner | Before | After | Status | Leads changed |');
    expect(md.stdout).toContain('<summary>Details</summary>');
  });
});

describe('revpact diff --leads: a "no data" figure comes with its reason', () => {
  it("a misspelled condition field in the head is said as the head's, a column the export lacks as both sides'", async () => {
    const typo = B2B.replaceAll('{ field: employees, op: gte, value: 1000 }', '{ field: headcount, op: gte, value: 1000 }');
    if (typo === B2B) throw new Error('the edit did not apply');
    writeFileSync(join(work, 'typo.yaml'), typo.replace('version: 2.3.0', 'version: 3.0.0'));
    const r = await revpact(['diff', 'base.yaml', 'typo.yaml', '--leads', 'leads.csv', '--mapping', 'hubspot', '--period', '2026-10', '--as-of', AS_OF], work);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^Note: head contract only: the condition of SLA enterprise-first-touch reads headcount, which no column of the export gives/m);
    // The generated HubSpot export has no column the recycle-to-nurture SLA stops on: the same reason `check` gives, said once.
    expect(r.stdout).toMatch(/^ {2}Recycle to nurture +marketing +– of 90% +– of 90% +no data → no data/m);
    expect(r.stdout).toMatch(/^Note: SLA recycle-to-nurture is not measured: no lead of the export has recycledAt/m);
    const es = await revpact(
      [
        'diff',
        'base.yaml',
        'typo.yaml',
        '--leads',
        'leads.csv',
        '--mapping',
        'hubspot',
        '--period',
        '2026-10',
        '--as-of',
        AS_OF,
        '--locale',
        'es',
        '--format',
        'markdown',
      ],
      work,
    );
    expect(es.status, es.stderr).toBe(0);
    expect(es.stdout).toMatch(/solo en la propuesta: la condición del SLA enterprise-first-touch/);
    const json = await revpact(
      ['diff', 'base.yaml', 'typo.yaml', '--leads', 'leads.csv', '--mapping', 'hubspot', '--period', '2026-10', '--as-of', AS_OF, '--format', 'json'],
      work,
    );
    const { unmeasured } = (JSON.parse(json.stdout) as { impact: { unmeasured: { side: string; code: string; sla: string | null }[] } }).impact;
    expect(unmeasured.map((u) => [u.side, u.code, u.sla])).toEqual(
      expect.arrayContaining([
        ['head', 'condition-field-not-in-export', 'enterprise-first-touch'],
        ['both', 'sla-stop-not-in-export', 'recycle-to-nurture'],
      ]),
    );
  });
});

/** git in a test repository, as a committer with no signing set up. */
function gitAt(cwd: string, args: readonly string[], env: Record<string, string | undefined> = {}): string {
  return execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@t', '-c', 'commit.gpgsign=false', ...args], {
    cwd,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
}

describe('git: sides and revpact log, in a temporary repository', () => {
  let repo: string;
  const git = (...args: string[]) => gitAt(repo, args);

  beforeAll(() => {
    repo = join(work, 'repo');
    mkdirSync(join(repo, 'contracts'), { recursive: true });
    git('init', '-q');
    writeFileSync(join(repo, 'contracts', 'b2b-saas.yaml'), B2B);
    git('add', '.');
    git('commit', '-q', '-m', 'First version of the agreement');
    writeFileSync(join(repo, 'contracts', 'b2b-saas.yaml'), headText());
    git('commit', '-q', '-a', '-m', 'Raise the MQL bar, relax first touch');
    writeFileSync(
      join(repo, 'contracts', 'b2b-saas.yaml'),
      headText().replace('version: 2.4.0', 'version: 3.0.0').replace('  revenue: 240000\n  dealSize', '  revenue: 300000\n  dealSize'),
    );
    git('commit', '-q', '-a', '-m', 'Revenue target 300k');
    git('mv', 'contracts/b2b-saas.yaml', 'contracts/planfold.yaml');
    git('commit', '-q', '-m', 'Rename the file');
  });

  it('reads both sides from Git, and never the work tree', async () => {
    // An uncommitted edit in the work tree must not be seen through git:HEAD.
    writeFileSync(join(repo, 'contracts', 'planfold.yaml'), 'not: [valid');
    const r = await revpact(['diff', 'git:HEAD~3:contracts/b2b-saas.yaml', 'git:HEAD~2:contracts/b2b-saas.yaml', '--format', 'json'], repo);
    expect(r.status, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout) as { head: { source: string }; changes: { pointer: string }[]; version: unknown };
    expect(json.head.source).toBe('git:HEAD~2:contracts/b2b-saas.yaml');
    expect(json.changes.map((c) => c.pointer)).toEqual(['/metadata/version', '/qualification/thresholds/0/score', '/handoff/requiredFields/7', '/slas/0/goal']);
    const head = await revpact(['diff', 'git:HEAD~1:contracts/b2b-saas.yaml', 'git:HEAD:contracts/planfold.yaml'], repo);
    expect(head.stdout).toContain('no change in meaning');
    git('checkout', '--', 'contracts/planfold.yaml');
  });

  it('a file side against a Git side; a diagnostic of a Git side names it', async () => {
    const r = await revpact(['diff', 'git:HEAD~3:contracts/b2b-saas.yaml', 'contracts/planfold.yaml'], repo);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/Revenue target: 240,000 EUR → 300,000 EUR a month \(tighter for marketing and sales\)/);

    const broken = B2B.replace('  status: active', '  status: live');
    writeFileSync(join(repo, 'contracts', 'broken.yaml'), broken);
    git('add', 'contracts/broken.yaml');
    git('commit', '-q', '-m', 'A broken copy');
    const line = broken.split('\n').indexOf('  status: live') + 1;
    const bad = await revpact(['diff', 'contracts/planfold.yaml', 'git:HEAD:contracts/broken.yaml'], repo);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toMatch(new RegExp(`^git:HEAD:contracts/broken\\.yaml:${line}:11 error `, 'm'));
  });

  it('a missing ref or path is a usage error (exit 2)', async () => {
    const ref = await revpact(['diff', 'git:no-such-branch:contracts/planfold.yaml', 'contracts/planfold.yaml'], repo);
    expect(ref.status).toBe(2);
    expect(ref.stderr).toMatch(/^revpact: git:no-such-branch:contracts\/planfold\.yaml: invalid object name 'no-such-branch'/);
    const path = await revpact(['diff', 'git:HEAD:contracts/missing.yaml', 'contracts/planfold.yaml'], repo);
    expect(path.status).toBe(2);
    expect(path.stderr).toMatch(/does not exist in 'HEAD'/);
    const outside = await revpact(['diff', 'git:HEAD:x.yaml', 'x.yaml'], tmpdir());
    expect(outside.status).toBe(2);
    expect(outside.stderr).not.toMatch(CRASH);
  });

  it('a folder at the ref is said as a folder (exit 2), not read as its listing and refused as a contract (exit 1)', async () => {
    const r = await revpact(['diff', 'git:HEAD:contracts', 'contracts/planfold.yaml'], repo);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('revpact: git:HEAD:contracts: a folder in HEAD, not a file\n  name a contract file, e.g. git:HEAD:contracts/agreement.yaml\n');
    expect(r.stdout).toBe('');
  });

  it('log: one entry per commit, newest first, each with its changes and version check', async () => {
    const r = await revpact(['log', 'contracts/planfold.yaml', '--format', 'json'], repo);
    expect(r.status, r.stderr).toBe(0);
    const history = JSON.parse(r.stdout) as {
      file: string;
      entries: {
        subject: string;
        status: string;
        version: string;
        path: string;
        renamedFrom: string | null;
        check: { required: string; actual: string; ok: boolean } | null;
        changes: { summary: string }[];
      }[];
    };
    expect(history.file).toBe('contracts/planfold.yaml');
    expect(history.entries.map((e) => [e.subject, e.status, e.version, e.check?.ok ?? null])).toEqual([
      ['Rename the file', 'unchanged', '3.0.0', true],
      ['Revenue target 300k', 'changed', '3.0.0', true],
      ['Raise the MQL bar, relax first touch', 'changed', '2.4.0', false],
      ['First version of the agreement', 'created', '2.3.0', null],
    ]);
    expect(history.entries[0]).toMatchObject({ path: 'contracts/planfold.yaml', renamedFrom: 'contracts/b2b-saas.yaml' });
    expect(history.entries[2]?.check).toEqual({ required: 'major', actual: 'minor', ok: false, from: '2.3.0', to: '2.4.0' });
    expect(history.entries[2]?.changes.map((c) => c.summary)).toContain('First touch: 1 business hour → 2 business hours (looser for sales)');
  });

  it('log: text and markdown', async () => {
    const text = await revpact(['log', 'contracts/planfold.yaml'], repo);
    expect(text.status, text.stderr).toBe(0);
    expect(text.stdout.split('\n')[0]).toBe('History of contracts/planfold.yaml: 4 commits');
    expect(text.stdout).toMatch(/^[0-9a-f]{7,} {2}\d{4}-\d\d-\d\d {2}t {2}2\.3\.0 → 2\.4\.0 · needs a major version bump, got a minor ✗$/m);
    expect(text.stdout).toMatch(/^ {4}tighter +both +major +MQL threshold: score 60 → 65/m);
    const md = await revpact(['log', 'contracts/planfold.yaml', '--format', 'markdown', '--max-count', '2'], repo);
    expect(md.status, md.stderr).toBe(0);
    expect(md.stdout.split('\n')[0]).toBe('## Changelog: contracts/planfold.yaml');
    expect(md.stdout.match(/^### /gm)).toHaveLength(2);
  });

  it('log --max-count N: the oldest commit shown is still compared with the one before it', async () => {
    // Issue 13 item 22: the last commit listed was called "created", with no changes.
    const one = await revpact(['log', 'contracts/planfold.yaml', '--format', 'json', '--max-count', '1'], repo);
    expect(one.status, one.stderr).toBe(0);
    const entries = (r: { stdout: string }) =>
      (JSON.parse(r.stdout) as { entries: { subject: string; status: string; check: { from: string; to: string } | null; changes: unknown[] }[] }).entries;
    expect(entries(one).map((e) => [e.subject, e.status, e.check?.from ?? null])).toEqual([['Rename the file', 'unchanged', '3.0.0']]);
    const three = await revpact(['log', 'contracts/planfold.yaml', '--format', 'json', '--max-count', '3'], repo);
    const oldest = entries(three)[2];
    expect(oldest).toMatchObject({ subject: 'Raise the MQL bar, relax first touch', status: 'changed', check: { from: '2.3.0', to: '2.4.0' } });
    expect(oldest?.changes.length).toBeGreaterThan(0);
    const text = await revpact(['log', 'contracts/planfold.yaml', '--max-count', '2'], repo);
    expect(text.stdout).not.toContain('created');
  });

  it('log outside a repository, or of a file no commit touched: exit 2', async () => {
    const outside = mkdtempSync(join(tmpdir(), 'revpact-norepo-'));
    try {
      const r = await revpact(['log', 'x.yaml'], outside);
      expect(r.status).toBe(2);
      expect(r.stderr).toMatch(/not a git repository/);
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
    const none = await revpact(['log', 'contracts/none.yaml'], repo);
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/no commit in this repository changed this file/);
    // Before: a file that never was a contract listed every commit as an invalid version, exit 0.
    writeFileSync(join(repo, 'NOTES.md'), '# Notes\n\n```yaml\napiVersion: revpact/v1\n```\n');
    gitAt(repo, ['add', 'NOTES.md']);
    gitAt(repo, ['commit', '-q', '-m', 'Notes']);
    const notes = await revpact(['log', 'NOTES.md'], repo);
    expect(notes.status).toBe(2);
    expect(notes.stderr).toContain('NOTES.md: no version in its history is a revpact contract (none says apiVersion: revpact/v1)');
    // A contract invalid at every commit is still one: its errors are the history.
    writeFileSync(join(repo, 'contracts', 'broken.yaml'), B2B.replace('status: active', 'status: actve'));
    gitAt(repo, ['add', 'contracts/broken.yaml']);
    gitAt(repo, ['commit', '-q', '-m', 'A broken contract']);
    const broken = await revpact(['log', 'contracts/broken.yaml'], repo);
    expect(broken.status).toBe(0);
    expect(broken.stdout).toMatch(/invalid \(1 error\)/);
    // A file of another folder, from inside a repository: said once, with where to run from.
    const folder = mkdtempSync(join(tmpdir(), 'revpact-elsewhere-'));
    try {
      const elsewhere = join(folder, 'x.yaml');
      writeFileSync(elsewhere, 'a: 1\n');
      const away = await revpact(['log', elsewhere], repo);
      expect(away.status).toBe(2);
      expect(away.stderr).toBe(
        `revpact: ${elsewhere}: is outside the Git repository at ${realpathSync(repo)}\n  a contract’s history is read from the Git repository that holds it: run revpact from inside that repository\n`,
      );
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});

describe('revpact log across a merge', () => {
  // Two branches change the contract from 1.0.0; the merge settles it at 1.2.0.
  let repo: string;
  // Dates in order, so that git's listing interleaves the two branches as it does in a real repository.
  const git = (...args: string[]) => gitAt(repo, args, { GIT_AUTHOR_DATE: dates.at(-1), GIT_COMMITTER_DATE: dates.at(-1) });
  const dates: string[] = [];
  const commit = (date: string, text: string, ...args: string[]) => {
    dates.push(date);
    writeFileSync(join(repo, 'contracts', 'c.yaml'), text);
    git('add', '.');
    git('commit', '-q', ...args);
  };
  const base = MINIMAL_YAML;
  const addSal = (t: string) => t.replace('  - { id: mql, owner: marketing }\n', '  - { id: mql, owner: marketing }\n  - { id: sal, owner: sales }\n');

  beforeAll(() => {
    repo = join(work, 'merge-repo');
    mkdirSync(join(repo, 'contracts'), { recursive: true });
    git('init', '-q', '-b', 'main');
    commit('2026-01-01T00:00:00Z', base, '-m', 'First version');
    git('checkout', '-q', '-b', 'stages');
    commit('2026-01-02T00:00:00Z', addSal(base).replace('version: 1.0.0', 'version: 1.1.0'), '-m', 'Add the sal stage');
    git('checkout', '-q', 'main');
    commit('2026-01-03T00:00:00Z', base.replace('version: 1.0.0', 'version: 2.0.0').replace('status: draft', 'status: active'), '-m', 'Activate');
    // The merge conflicts on the version; the resolution is a commit of its own.
    dates.push('2026-01-04T00:00:00Z');
    expect(() => git('merge', '-q', 'stages', '-m', 'Merge stages')).toThrow();
    commit('2026-01-04T00:00:00Z', addSal(base).replace('version: 1.0.0', 'version: 2.1.0').replace('status: draft', 'status: active'), '--no-edit');
  });

  it('each entry is compared with its own parent, and the merge that settled the contract is an entry', async () => {
    // Before: "Activate" was compared with the other branch's commit (1.1.0 → 2.0.0, "stage
    // sal removed", which it never did), and the merge that made 2.1.0 was not listed.
    const r = await revpact(['log', 'contracts/c.yaml', '--format', 'json'], repo);
    expect(r.status, r.stderr).toBe(0);
    const entries = (
      JSON.parse(r.stdout) as { entries: { subject: string; status: string; check: { from: string; to: string } | null; changes: { summary: string }[] }[] }
    ).entries;
    expect(entries.map((e) => [e.subject, e.status, e.check?.from ?? null, e.check?.to ?? null])).toEqual([
      ['Merge stages', 'changed', '2.0.0', '2.1.0'],
      ['Activate', 'changed', '1.0.0', '2.0.0'],
      ['First version', 'created', null, null],
    ]);
    expect(entries[0]?.changes.map((c) => c.summary).join('\n')).toMatch(/stage sal/i);
    expect(entries[1]?.changes.map((c) => c.summary).join('\n')).not.toMatch(/stage sal/i);
  });
});

describe('revpact log and git: sides at the edges of a repository', () => {
  let repo: string;
  const git = (...args: string[]) => gitAt(repo, args);
  const entriesOf = (r: CliRun) => (JSON.parse(r.stdout) as { entries: { subject: string; status: string; version: string | null; path: string }[] }).entries;

  beforeAll(() => {
    repo = join(work, 'edge-repo');
    mkdirSync(join(repo, 'contracts'), { recursive: true });
    git('init', '-q', '-b', 'main');
    writeFileSync(join(repo, 'contracts', 'b2b-saas.yaml'), B2B.replace('version: 2.3.0', 'version: 2.6.0'));
    git('add', '.');
    git('commit', '-q', '-m', 'The main agreement');
    git('tag', 'before-emea');
    // A second region's contract started as a copy of the first, its own version from 1.0.0.
    writeFileSync(join(repo, 'contracts', 'emea.yaml'), B2B.replace('version: 2.3.0', 'version: 1.0.0'));
    writeFileSync(join(repo, 'contracts', 'b2b-saas.yaml'), headText().replace('version: 2.4.0', 'version: 3.0.0'));
    git('add', '.');
    git('commit', '-q', '-m', 'EMEA starts from the main agreement');
    writeFileSync(join(repo, 'contracts', 'emea.yaml'), B2B.replace('version: 2.3.0', 'version: 1.0.1'));
    git('commit', '-q', '-a', '-m', 'EMEA patch');
    writeFileSync(join(repo, 'contracts', 'b2b-saas.yaml'), headText().replace('version: 2.4.0', 'version: 3.0.1'));
    git('commit', '-q', '-a', '-m', 'Main patch');
  });

  // Before: git log --follow follows copies as well as renames, so emea.yaml had the main
  // agreement's history and its first commit read "2.6.0 → 1.0.0 · version goes down ✗".
  it('log: a contract that began as a copy of another starts there, without the other’s history', async () => {
    const r = await revpact(['log', 'contracts/emea.yaml', '--format', 'json'], repo);
    expect(r.status, r.stderr).toBe(0);
    expect(entriesOf(r).map((e) => [e.subject, e.status, e.version, e.path])).toEqual([
      ['EMEA patch', 'changed', '1.0.1', 'contracts/emea.yaml'],
      ['EMEA starts from the main agreement', 'created', '1.0.0', 'contracts/emea.yaml'],
    ]);
    const text = await revpact(['log', 'contracts/emea.yaml'], repo);
    expect(text.stdout).not.toContain('version goes down');
    expect(text.stdout.split('\n')[0]).toBe('History of contracts/emea.yaml: 2 commits');
  });

  // CI checks out with fetch-depth 1: the clone's oldest commit looks like the one that added the file.
  describe('in a shallow clone', () => {
    let shallow: string;
    beforeAll(() => {
      shallow = join(work, 'edge-shallow');
      gitAt(work, ['clone', '-q', '--depth', '2', `file://${repo}`, shallow]);
    });

    // Before: the clone's oldest commit, which shows every file as added, was listed as the
    // main agreement's creation ("3.0.0 · created", exit 0), as if the history were complete.
    it('log says where the clone’s history stops instead of calling its oldest commit the creation', async () => {
      const r = await revpact(['log', 'contracts/b2b-saas.yaml'], shallow);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      const oldest = gitAt(shallow, ['log', '-1', '--format=%h', 'HEAD~1']).trim();
      expect(r.stderr).toBe(
        `revpact: contracts/b2b-saas.yaml: this clone is shallow and its history stops at ${oldest}: what came before that commit is not in this repository\n` +
          '  fetch the whole history (git fetch --unshallow; with actions/checkout, fetch-depth: 0), or ask for fewer commits with --max-count\n',
      );
      // The newest commit, compared with the clone's oldest (whose file is the real one), is fine.
      const one = await revpact(['log', 'contracts/b2b-saas.yaml', '--max-count', '1', '--format', 'json'], shallow);
      expect(one.status, one.stderr).toBe(0);
      expect(entriesOf(one).map((e) => [e.subject, e.status])).toEqual([['Main patch', 'changed']]);
    });

    // Before: the hint was "check the ref: a branch, a tag or a commit (git log --oneline)",
    // which in a one-commit clone lists nothing that helps.
    it('diff: a ref the shallow clone does not have says the clone is shallow and how to fetch it', async () => {
      const r = await revpact(['diff', 'git:HEAD~2:contracts/b2b-saas.yaml', 'contracts/b2b-saas.yaml'], shallow);
      expect(r.status).toBe(2);
      expect(r.stderr).toBe(
        "revpact: git:HEAD~2:contracts/b2b-saas.yaml: invalid object name 'HEAD~2'\n" +
          '  this clone is shallow (CI checkouts fetch one commit unless told otherwise) and may not have HEAD~2: fetch it first (e.g. git fetch origin main), or check out with fetch-depth: 0\n',
      );
      expect(r.stderr).not.toMatch(CRASH);
    });
  });

  // Before: the hint was "the path is from the repository root (or starts with ./ …)" when the
  // path was right and the contract only new, as in a pull request that adds one.
  it('diff: a contract the base ref does not have yet is said as new there, with how to check it alone', async () => {
    const r = await revpact(['diff', 'git:before-emea:contracts/emea.yaml', 'contracts/emea.yaml'], repo);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      "revpact: git:before-emea:contracts/emea.yaml: path 'contracts/emea.yaml' exists on disk, but not in 'before-emea'\n" +
        '  the contract is new since that ref, so it has no earlier version to compare with: check it alone with revpact validate, or name a ref that has it\n',
    );
  });

  // Before: "git:HEAD:contracts/huge.yaml: git cat-file: the output is larger than 4 MB", in
  // git's words and with nothing to do about it; the same file on disk says its size and the limit.
  it('a Git side larger than revpact reads says its size, the limit and what to do, as a file side does', async () => {
    const huge = B2B + `x-notes: "${'n'.repeat(5 * 1024 * 1024)}"\n`;
    writeFileSync(join(repo, 'contracts', 'huge.yaml'), huge);
    git('add', 'contracts/huge.yaml');
    git('commit', '-q', '-m', 'A huge contract');
    try {
      const size = Buffer.byteLength(huge).toString();
      const r = await revpact(['diff', 'contracts/b2b-saas.yaml', 'git:HEAD:contracts/huge.yaml'], repo);
      expect(r.status).toBe(2);
      expect(r.stderr).toBe(
        `revpact: git:HEAD:contracts/huge.yaml: the file in HEAD is ${size} bytes; revpact reads at most 1048576 of a contract\n` +
          '  split it, or remove what is not part of the agreement\n',
      );
      const file = await revpact(['diff', 'contracts/b2b-saas.yaml', 'contracts/huge.yaml'], repo);
      expect(file.stdout).toContain(`error file-too-large: the file is ${size} bytes; revpact reads at most 1048576`);
    } finally {
      git('rm', '-q', 'contracts/huge.yaml');
      git('commit', '-q', '-m', 'no huge contract');
    }
  });

  // Before: log wrote a file named "-" into the repository and printed nothing.
  it('log --out - is standard output, as for diff and the other reports', async () => {
    const r = await revpact(['log', 'contracts/emea.yaml', '--out', '-'], repo);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('History of contracts/emea.yaml: 2 commits');
    expect(existsSync(join(repo, '-'))).toBe(false);
  });

  // Before: Git keeps a link as the text of its target, so git:HEAD:contracts/current.yaml
  // read "b2b-saas.yaml" and said "expected a mapping, found the text …" (exit 1); log of the
  // link said none of its versions was a contract.
  it('a symbolic link is said as one, with the file it points to, in diff’s Git side and in log', async () => {
    symlinkSync('b2b-saas.yaml', join(repo, 'contracts', 'current.yaml'));
    git('add', 'contracts/current.yaml');
    git('commit', '-q', '-m', 'current points at the main agreement');
    try {
      const r = await revpact(['diff', 'git:HEAD:contracts/current.yaml', 'contracts/b2b-saas.yaml'], repo);
      expect(r.status).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toBe(
        'revpact: git:HEAD:contracts/current.yaml: a symbolic link in HEAD (to b2b-saas.yaml), not a file\n' +
          '  name the file it points to, e.g. git:HEAD:contracts/b2b-saas.yaml\n',
      );
      // The work tree's link is followed like any file: it is the contract it points to.
      expect((await revpact(['diff', 'contracts/b2b-saas.yaml', 'contracts/current.yaml'], repo)).status).toBe(0);
      const l = await revpact(['log', 'contracts/current.yaml'], repo);
      expect(l.status).toBe(2);
      expect(l.stderr).toBe(
        "revpact: contracts/current.yaml is a symbolic link to b2b-saas.yaml: Git keeps the link, not the contract, so its history is the link's\n" +
          '  name the file it points to, e.g. revpact log contracts/b2b-saas.yaml\n',
      );
    } finally {
      git('rm', '-q', 'contracts/current.yaml');
      git('commit', '-q', '-m', 'no link');
    }
  });
});
