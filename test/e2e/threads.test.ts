/**
 * `revpact check --threads N` (issue 17): the built CLI reading one export on worker
 * threads gives the same bytes as one thread, in every format and with a series; what
 * cannot be read in ranges says so (only when --threads was asked for) and still gives
 * the same report. REVPACT_PARALLEL_MIN_BYTES=0 lets a small file use the workers.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureBuilt, runCli } from '../helpers/cli.js';
import { generateExport } from '../helpers/gen.js';

const dir = mkdtempSync(join(tmpdir(), 'revpact-threads-'));
const csv = join(dir, 'hubspot.csv');
const env = { REVPACT_PARALLEL_MIN_BYTES: '0', CI: '1' };

beforeAll(() => {
  ensureBuilt();
  generateExport(csv, { rows: 8_000, format: 'hubspot', seed: 5 });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const base = [
  'check',
  'contracts/b2b-saas.yaml',
  '--leads',
  csv,
  '--mapping',
  'hubspot',
  '--period',
  '2026',
  '--as-of',
  '2027-01-15T12:00:00+01:00',
  '--quiet',
];

describe('check --threads', () => {
  it('gives the same report on 2 and 3 threads as on 1, and says nothing about threads when it used them', () => {
    for (const [extra, counts] of [
      [
        ['--format', 'json'],
        ['2', '3'],
      ],
      [['--format', 'json', '--every', 'month'], ['2']],
      [['--format', 'markdown', '--by', 'country'], ['3']],
    ] as const) {
      const one = runCli([...base, ...extra, '--threads', '1'], { env });
      expect(one.status, one.stderr).toBe(0);
      for (const threads of counts) {
        const many = runCli([...base, ...extra, '--threads', threads], { env });
        expect(many.status, many.stderr).toBe(0);
        expect(many.stderr).toBe('');
        expect(many.stdout === one.stdout, `${extra.join(' ')} --threads ${threads}`).toBe(true);
      }
    }
    const report = JSON.parse(runCli([...base, '--format', 'json', '--threads', '2'], { env }).stdout) as { input: { rows: number; rejected: number } };
    expect(report.input.rows).toBe(8_000);
    expect(report.input.rejected).toBeGreaterThan(0);
  }, 180_000);

  it("hands the workers the calendars' holidays, so that they do not load date-holidays, and gives the same report when a worker must", () => {
    const traced = { ...env, REVPACT_PARALLEL_TRACE: '1' };
    // The period's years: the workers are given their holidays.
    const given = runCli([...base, '--format', 'json', '--threads', '2'], { env: traced });
    expect(given.status, given.stderr).toBe(0);
    expect(given.stderr).toMatch(/worker read its share in [\d.]+ s, without loading date-holidays/);
    // Eleven years: more than the workers are handed, so each loads date-holidays itself.
    const at = base.indexOf('--period');
    const long = [...base.slice(0, at), '--from', '2016-01-01', '--to', '2026-12-31', ...base.slice(at + 2), '--format', 'json'];
    const loaded = runCli([...long, '--threads', '2'], { env: traced });
    expect(loaded.status, loaded.stderr).toBe(0);
    expect(loaded.stderr).toMatch(/worker read its share in [\d.]+ s, with date-holidays loaded/);
    const one = runCli([...long, '--threads', '1'], { env });
    expect(one.status, one.stderr).toBe(0);
    expect(loaded.stdout === one.stdout).toBe(true);
  }, 120_000);

  it('stops, on any number of threads and on DuckDB, where a second export with its columns in another order was joined on', () => {
    const [header, ...rows] = readFileSync(csv, 'utf8').split('\n');
    const labels = (header ?? '').replace(/^\ufeff/, '').split(',');
    // The second export has the MQL date and the first outreach date the other way round.
    const [mql, touch] = [labels.indexOf('Became a Marketing Qualified Lead Date'), labels.indexOf('First outreach date')];
    const swap = (cells: string[]) => cells.map((c, i) => (i === mql ? cells[touch] : i === touch ? cells[mql] : c) as string);
    // Rows without quotes only, so that splitting at commas is splitting into cells.
    const plain = rows.filter((r) => r !== '' && !r.includes('"'));
    const joined = join(dir, 'joined.csv');
    const at = Math.floor(plain.length * 0.7);
    const second = plain.slice(at).map((r) => swap(r.split(',')).join(','));
    writeFileSync(joined, [header, ...plain.slice(0, at), swap(labels).join(','), ...second, ''].join('\n'));
    const row = at + 2;
    const said = `revpact: ${joined}: row ${row} is the header of another export, with other columns (column ${Math.min(mql, touch) + 1} is "${labels[Math.max(mql, touch)]}" here and "${labels[Math.min(mql, touch)]}" in the first header)`;
    for (const extra of [
      ['--threads', '1'],
      ['--threads', '2'],
      ['--threads', '3'],
      ['--engine', 'duckdb'],
    ]) {
      const r = runCli([...base.map((a) => (a === csv ? joined : a)), '--format', 'json', ...extra], { env });
      expect(r.status, extra.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      // Said once: the threads' fallback to one pass, which says it with the row's number in the file, is not said as well.
      expect(r.stderr.split(said).length - 1, `${extra.join(' ')}: ${r.stderr}`).toBe(1);
      expect(r.stderr).not.toContain('read on one thread');
    }
  }, 180_000);

  it('reads on one thread, and says why, when the output lists leads in file order', () => {
    const perLead = join(dir, 'per-lead.csv');
    const r = runCli([...base, '--format', 'json', '--threads', '2', '--per-lead', perLead], { env });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/--threads 2: read on one thread: --per-lead lists leads in file order/);
    expect(readFileSync(perLead, 'utf8').split('\n').length).toBeGreaterThan(8_000);
    const plain = runCli([...base, '--format', 'json', '--threads', '1'], { env });
    expect(r.stdout === plain.stdout).toBe(true);
  }, 60_000);

  it('says why a small file is read on one thread, when --threads was asked for', () => {
    const r = runCli([...base, '--format', 'json', '--threads', '2'], { env: { CI: '1' } });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toBe('revpact: --threads 2: read on one thread: the file is under 100 MB, where a worker thread costs more time than it saves\n');
  }, 60_000);

  it('says that --threads is not for the SQL engines, and measures anyway', () => {
    const r = runCli([...base, '--format', 'json', '--threads', '2', '--engine', 'duckdb'], { env });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain("revpact: --threads is the streaming engine's; --engine duckdb runs on the database's own threads");
  }, 60_000);

  it('refuses a number of threads that is not one', () => {
    for (const [bad, said] of [
      ['0', 'at least one thread reads the file'],
      ['two', 'not a number of threads'],
      ['1.5', 'not a number of threads'],
      ['65', 'more threads than revpact runs (at most 64; a thread per core is the most that helps)'],
      ['999999', 'more threads than revpact runs'],
    ] as const) {
      const r = runCli([...base, '--threads', bad], { env });
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(`--threads ${bad}: ${said}`);
      expect(r.stderr).toContain('give a whole number from 1 to 64');
    }
  }, 60_000);
});
