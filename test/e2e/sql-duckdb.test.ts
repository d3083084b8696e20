/**
 * The SQL engines from the command line (issue 7): `check --engine duckdb|auto|postgres`
 * options and errors with their exit codes, and `compile --format sql`. The reports'
 * agreement with the streaming engine is the differential test's (test/differential/).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ComplianceReport } from '../../src/engine/types.js';
import { CRASH, ensureBuilt, runCli } from '../helpers/cli.js';

const scratch = mkdtempSync(join(tmpdir(), 'revpact-sql-e2e-'));
const golden = join('test', 'golden', 'first-touch-madrid');
const base = ['check', join(golden, 'contract.yaml'), '--period', '2026-10', '--as-of', '2026-10-30T17:30:00+01:00', '--format', 'json'];

beforeAll(() => ensureBuilt());
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('check --engine', () => {
  it('duckdb gives the JSON report and per-lead file of the streaming engine', () => {
    const runs = (['streaming', 'duckdb', 'auto'] as const).map((engine) => {
      const perLead = join(scratch, `${engine}.csv`);
      const r = runCli([...base, '--leads', join(golden, 'leads.csv'), '--engine', engine, '--per-lead', perLead]);
      expect(r.status, r.stderr).toBe(0);
      return { report: JSON.parse(r.stdout) as ComplianceReport, perLead: readFileSync(perLead, 'utf8') };
    });
    expect(runs[1]).toEqual(runs[0]);
    expect(runs[2]).toEqual(runs[0]);
    expect(runs[1]?.report.slas[0]?.met).toBeGreaterThan(0);
  });

  it('duckdb on an export with no leads, or only rejected rows, stops as the streaming engine does', () => {
    const empty = join(scratch, 'empty.csv');
    writeFileSync(empty, 'id,createdAt,mqlAt\n');
    const bad = join(scratch, 'bad.csv');
    writeFileSync(bad, 'id,createdAt,mqlAt\n,2026-10-01T10:00:00Z,\nx,not a date,\n');
    for (const file of [empty, bad]) {
      const [s, d] = (['streaming', 'duckdb'] as const).map((engine) => runCli([...base, '--leads', file, '--mapping', 'canonical', '--engine', engine]));
      // A header alone is no data to report on, and rows of which none can be read do not fit:
      // both engines refuse them alike (issue 13, item 2).
      expect(d?.status, d?.stderr).toBe(2);
      expect(d?.stdout).toBe(s?.stdout);
      expect(d?.stderr).toBe(s?.stderr);
    }
    const r = runCli([...base, '--leads', bad, '--mapping', 'canonical', '--engine', 'duckdb']);
    expect(r.stderr).toContain(`no row could be read as a lead: all 2 rows were rejected, such as: missing id (column "id" is empty) (${bad}:2)`);
  });

  it.skipIf(process.platform === 'win32')('refuses a FIFO as --leads at once on every engine, instead of waiting for a writer (issue 13, item 10)', () => {
    const fifo = join(scratch, 'leads.fifo');
    execFileSync('mkfifo', [fifo]);
    for (const engine of ['streaming', 'duckdb', 'auto']) {
      const r = runCli([...base, '--leads', fifo, '--engine', engine]);
      expect(r.status, `${engine}: ${r.stderr}`).toBe(2);
      expect(r.stderr).toContain('leads.fifo: it is a named pipe (FIFO), not a file');
      expect(r.stderr).not.toMatch(CRASH);
    }
  });

  it.each([
    [['--engine', 'bogus'], /--engine must be one of streaming, duckdb, postgres, auto/],
    [['--engine', 'postgres'], /--engine postgres needs --db/],
    [['--db', 'postgresql://u@127.0.0.1/db'], /--db and --table go with --engine postgres/],
    [['--engine', 'duckdb', '--table', 'leads'], /--db and --table go with --engine postgres/],
  ])('refuses %j with exit 2 and a hint', (extra, message) => {
    const r = runCli([...base, '--leads', join(golden, 'leads.csv'), ...extra]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(CRASH);
  });

  it('refuses --leads with --engine postgres (the table is the input)', () => {
    const r = runCli([...base, '--leads', join(golden, 'leads.csv'), '--engine', 'postgres', '--db', 'postgresql://u@127.0.0.1:1/db']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/reads the leads table, not --leads files/);
  });

  it('postgres: an unreachable server is a usage error (exit 2), not a crash', () => {
    const r = runCli([...base, '--engine', 'postgres', '--db', 'postgresql://revpact@127.0.0.1:1/postgres']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/connection refused/);
    expect(r.stderr).not.toMatch(CRASH);
  });

  it('duckdb: a missing export is exit 2 with its name, and no per-lead file is left', () => {
    const perLead = join(scratch, 'never.csv');
    const r = runCli([...base, '--leads', join(scratch, 'nope.csv'), '--engine', 'duckdb', '--per-lead', perLead]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/nope\.csv/);
    expect(r.stderr).not.toMatch(CRASH);
    expect(existsSync(perLead)).toBe(false);
  });
});

describe('compile --format sql', () => {
  it('writes one script per dialect', () => {
    const out = join(scratch, 'sql');
    const r = runCli([
      'compile',
      'contracts/b2b-saas.yaml',
      '--format',
      'sql',
      '--dialect',
      'duckdb,postgres',
      '--period',
      '2026-10',
      '--as-of',
      '2026-11-02T09:00:00+01:00',
      '--table',
      'crm.leads',
      '--out',
      out,
    ]);
    expect(r.status, r.stderr).toBe(0);
    const duck = readFileSync(join(out, 'b2b-saas.duckdb.sql'), 'utf8');
    const pg = readFileSync(join(out, 'b2b-saas.postgres.sql'), 'utf8');
    expect(duck).toContain('ASOF LEFT JOIN revpact_calendar');
    expect(pg).toContain('LEFT JOIN LATERAL');
    for (const sql of [duck, pg]) expect(sql).toContain('FROM "crm"."leads" AS l');
  });

  it.each([
    [['--format', 'sql', '--dialect', 'oracle'], /--dialect: unknown dialect "oracle"/],
    [['--format', 'md', '--period', '2026-10'], /--period goes with --format sql/],
    [['--format', 'sql', '--period', '2026-13'], /2026-13/],
    [['--format', 'sql', '--table', 'a.b.c'], /--table: "a.b.c" is not a table name/],
  ])('refuses %j with exit 2', (extra, message) => {
    const r = runCli(['compile', 'contracts/b2b-saas.yaml', '--out', join(scratch, 'bad'), ...extra]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(CRASH);
  });
});
