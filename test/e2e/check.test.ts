/**
 * `revpact check` as a user runs it: every format, the exit codes, the files it writes,
 * and what it must never print (emails, stack traces).
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ComplianceReport } from '../../src/engine/types.js';
import { CRASH, ensureBuilt, runCli } from '../helpers/cli.js';
import { REPO_ROOT } from '../helpers/paths.js';
import { generateExport } from '../helpers/gen.js';

const dir = mkdtempSync(join(tmpdir(), 'revpact-check-'));
const hubspot = join(dir, 'hubspot.csv');
const salesforce = join(dir, 'salesforce.csv');
const base = ['check', 'contracts/b2b-saas.yaml', '--period', '2026-10', '--as-of', '2026-11-03T09:00:00+01:00'];
const onHubspot = [...base, '--leads', hubspot, '--mapping', 'hubspot'];

beforeAll(() => {
  ensureBuilt();
  for (const [format, out] of [
    ['hubspot', hubspot],
    ['salesforce', salesforce],
  ]) {
    generateExport(out as string, { rows: 3000, format: format as string, seed: 11 });
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('revpact check', () => {
  it('prints a report in every format, with the as-of instant in each human one', () => {
    for (const format of ['text', 'markdown', 'html', 'json', 'junit', 'github']) {
      const r = runCli([...onHubspot, '--format', format]);
      expect(r.status, `${format}: ${r.stderr}`).toBe(0);
      expect(r.stderr, format).not.toMatch(CRASH);
      if (format !== 'github') expect(r.stdout.length, format).toBeGreaterThan(200);
      if (['text', 'markdown', 'html'].includes(format)) expect(r.stdout, format).toContain('2026-11-03T09:00:00+01:00');
    }
  });

  it('accounts for every row of the export: evaluated or rejected with its row', () => {
    const r = runCli([...onHubspot, '--format', 'json']);
    const report = JSON.parse(r.stdout) as ComplianceReport;
    const dataRows =
      readFileSync(hubspot, 'utf8')
        .split('\n')
        .filter((l) => l.trim() !== '').length - 1;
    expect(report.input.rows).toBeGreaterThanOrEqual(dataRows - 50); // quoted newlines join some lines
    expect(report.input.rows).toBe(report.input.evaluated + report.input.rejected);
    expect(report.input.rejected).toBeGreaterThan(0);
    for (const x of report.input.rejections) expect(x.row).toBeGreaterThan(1);
  });

  it('reads the Salesforce report layout (footer rows are not data)', () => {
    const r = runCli([...base, '--leads', salesforce, '--mapping', 'salesforce', '--format', 'json']);
    expect(r.status, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as ComplianceReport;
    expect(report.input.rejections.some((x) => /Grand Totals|Confidential|Copyright/i.test(x.reason))).toBe(false);
    expect(report.slas.length).toBeGreaterThan(0);
  });

  it("never shows a lead's email unless asked with --show-pii", () => {
    const emails = [...new Set(readFileSync(hubspot, 'utf8').match(/[\w.+-]+@[\w-]+\.example/g) ?? [])];
    expect(emails.length).toBeGreaterThan(10);
    for (const format of ['text', 'markdown', 'html', 'json', 'junit', 'github']) {
      const out = runCli([...onHubspot, '--format', format]).stdout;
      for (const e of emails) expect(out.includes(e), `${format} shows ${e}`).toBe(false);
    }
    const perLead = join(dir, 'pl.csv');
    runCli([...onHubspot, '--per-lead', perLead]);
    expect(emails.some((e) => readFileSync(perLead, 'utf8').includes(e))).toBe(false);
    const shown = JSON.parse(runCli([...onHubspot, '--format', 'json', '--show-pii']).stdout) as ComplianceReport;
    expect(shown.slas.flatMap((s) => s.worst).some((w) => typeof w.email === 'string' && w.email.includes('@'))).toBe(true);
  });

  it('exits 1 with --fail-on breach when an SLA or commitment fails, 0 without', () => {
    const report = JSON.parse(runCli([...onHubspot, '--format', 'json']).stdout) as ComplianceReport;
    expect(report.status).toBe('fail');
    expect(runCli([...onHubspot, '--quiet']).status).toBe(0);
    expect(runCli([...onHubspot, '--fail-on', 'breach', '--quiet']).status).toBe(1);
  });

  // Issue 13, item 15: nothing to measure is "no data" with a warning, never a breach.
  it.each([
    ['a month the export does not reach', '2027-03', 'no-leads-in-period'],
    ['a month before the contract took effect (2026-04-01)', '2026-02', 'before-effective'],
  ])('exits 0 with --fail-on breach on %s: no data, and a warning that says why', (_, month, code) => {
    const args = ['check', 'contracts/b2b-saas.yaml', '--leads', hubspot, '--mapping', 'hubspot', '--period', month, '--as-of', '2027-04-03T09:00:00+01:00'];
    const r = runCli([...args, '--fail-on', 'breach', '--format', 'json']);
    expect(r.status, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as ComplianceReport;
    expect(report.status).toBe('no-data');
    expect(report.commitments.map((c) => c.status)).toEqual(report.commitments.map(() => 'no-data'));
    expect(report.dataQuality.find((f) => f.code === code)?.severity).toBe('warning');
    const text = runCli([...args, '--fail-on', 'breach']);
    expect(text.status).toBe(0);
    expect(text.stdout).toMatch(/NO DATA/);
    expect(text.stdout).not.toMatch(/FAIL/);
  });

  it('writes --out and --per-lead atomically, leaving no temporary files', () => {
    const out = join(dir, 'atomic');
    mkdirSync(out);
    const r = runCli([...onHubspot, '--format', 'markdown', '--out', join(out, 'report.md'), '--per-lead', join(out, 'verdicts.csv')]);
    expect(r.status, r.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['report.md', 'verdicts.csv']);
    const csv = readFileSync(join(out, 'verdicts.csv'), 'utf8').split(/\r?\n/);
    expect(csv[0]).toBe('lead_id,rule_id,verdict,elapsed_minutes,due_at,owner');
    expect(csv.filter((l) => /,(met|breached|pending|excluded),/.test(l)).length).toBeGreaterThan(100);
  });

  // Before: read as 01:30Z without a word; the report's instant stays so, and now it is said.
  it('says an --as-of in the hour the clocks go back, and the instant it reads', () => {
    const r = runCli([
      'check',
      'contracts/b2b-saas.yaml',
      '--leads',
      hubspot,
      '--mapping',
      'hubspot',
      '--period',
      '2026-09',
      '--as-of',
      '2026-10-25T02:30',
      '--format',
      'json',
    ]);
    expect(r.status, r.stderr).not.toBe(2);
    expect(r.stderr).toContain(
      'revpact: warning: --as-of: 2026-10-25T02:30 happens twice in Europe/Madrid, where the clocks go back: at 2026-10-25T02:30:00+02:00 and again at 2026-10-25T02:30:00+01:00; revpact reads the second (to choose, write the offset: --as-of 2026-10-25T02:30+02:00 for the first, --as-of 2026-10-25T02:30+01:00 for the second)\n',
    );
    expect((JSON.parse(r.stdout) as ComplianceReport).period.asOf).toBe('2026-10-25T02:30:00+01:00');
  });

  it('exits 2 with a clear message for usage, I/O and mapping errors', () => {
    const missing = runCli([...base, '--leads', join(dir, 'nope.csv')]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/nope\.csv/);
    expect(runCli(['check', 'contracts/b2b-saas.yaml']).stderr).toMatch(/--leads is required/);
    const bare = ['check', 'contracts/b2b-saas.yaml', '--leads', hubspot, '--mapping', 'hubspot'];
    expect(runCli([...bare, '--period', '2026-13']).stderr).toMatch(/"2026-13" has no month 13/);
    expect(runCli([...bare, '--as-of', 'yesterday']).stderr).toMatch(/--as-of: "yesterday" is not an ISO 8601 instant/);
    // The same option twice with two values is refused rather than the last one taken.
    expect(runCli([...onHubspot, '--period', '2026-09']).stderr).toMatch(/--period is given twice \("2026-10" and "2026-09"\)/);
    const badMapping = join(dir, 'bad.mapping.yaml');
    writeFileSync(badMapping, 'apiVersion: revpact/v1\nkind: mapping\nname: bad\ncolumns:\n  Ref: id\ntimezone: Europe/Madrid\n');
    const bad = runCli([...base, '--leads', hubspot, '--mapping', badMapping]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/bad\.mapping\.yaml:6:1 error unknown-field: "timezone" is not allowed here; did you mean "timeZone"\?/);
    for (const run of [missing, bad]) expect(run.stderr).not.toMatch(CRASH);
  });

  // Before: "mapping …: no such file, and not a preset" for a path that is there, a folder
  // (or an unreadable file), as if the name were misspelled.
  it('says a --mapping that is a folder is one, and keeps "no such file" for a path that is not there', () => {
    const folder = join(dir, 'mappings');
    mkdirSync(folder, { recursive: true });
    const r = runCli([...base, '--leads', hubspot, '--mapping', folder]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`mapping ${folder}: is a directory, not a file`);
    expect(r.stderr).not.toMatch(/no such file/);
    expect(r.stderr).not.toMatch(CRASH);
    const missing = runCli([...base, '--leads', hubspot, '--mapping', join(dir, 'nope.mapping.yaml')]);
    expect(missing.stderr).toMatch(/nope\.mapping\.yaml: no such file, and not a preset/);
  });

  // Before: Node's own "ELOOP: too many symbolic links encountered, stat '…'".
  it('says a contract, an export or a mapping behind a symbolic link loop is one', () => {
    const loop = join(dir, 'loop.csv');
    symlinkSync(loop, loop);
    for (const args of [
      ['check', loop, '--leads', hubspot, '--mapping', 'hubspot'],
      [...base, '--leads', loop, '--mapping', 'hubspot'],
      [...base, '--leads', hubspot, '--mapping', loop],
    ]) {
      const r = runCli(args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stderr, args.join(' ')).toContain('a symbolic link in the path leads back to itself (a loop)');
      expect(r.stderr).not.toMatch(/ELOOP|too many symbolic links/);
      expect(r.stderr).not.toMatch(CRASH);
    }
  });

  it('says --leads - is not read as standard input, rather than "no such file"', () => {
    const r = runCli([...base, '--leads', '-', '--mapping', 'hubspot']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--leads -: revpact reads an export from a file, not from standard input');
    expect(r.stderr).not.toMatch(/no such file/);
  });

  // September on the golden Madrid case, as of the first instant of October: its one lead (MQL
  // on the 30th at 17:00, touched on October 1) is open with exactly the 1-hour goal spent.
  // The SLA read "no data" beside "Pending 1", with no word why; the month of a series too.
  it.each(['streaming', 'duckdb'])('says why an SLA whose leads are all still pending is "no data" (%s)', (engine) => {
    const golden = ['check', 'test/golden/first-touch-madrid/contract.yaml', '--leads', 'test/golden/first-touch-madrid/leads.csv', '--engine', engine];
    const asOf = ['--as-of', '2026-10-01T00:00:00+02:00'];
    const json = runCli([...golden, '--period', '2026-09', ...asOf, '--format', 'json']);
    expect(json.status, json.stderr).toBe(0);
    const report = JSON.parse(json.stdout) as ComplianceReport;
    expect(report.slas[0]).toMatchObject({ id: 'first-touch', met: 0, breached: 0, pending: 1, attainment: null, status: 'no-data' });
    expect(report.dataQuality.find((f) => f.code === 'all-pending')).toEqual({
      code: 'all-pending',
      severity: 'warning',
      count: 1,
      message:
        'the one lead of SLA first-touch is still open within the goal at as-of (pending): attainment counts met and breached leads only, so the SLA is "no data" for now; run the report again later, or with a later --as-of',
      examples: [],
      sla: 'first-touch',
    });
    const es = runCli([...golden, '--period', '2026-09', ...asOf, '--locale', 'es']);
    expect(es.stdout).toContain('el único lead del SLA first-touch sigue abierto dentro del plazo en la fecha de corte (pendiente)');
    const series = runCli([...golden, '--period', '2026', '--every', 'month', ...asOf]);
    expect(series.status, series.stderr).toBe(0);
    expect(series.stdout).toMatch(/\n {2}2026-09 +1 pending +none decided yet\n/);
    // A month with decided leads keeps its attainment and status.
    const later = runCli([...golden, '--period', '2026', '--every', 'month', '--as-of', '2026-10-30T17:30:00+01:00', '--format', 'json']);
    const months = (JSON.parse(later.stdout) as ComplianceReport).series?.periods ?? [];
    expect(months.find((m) => m.label === '2026-09')?.dataQuality.some((f) => f.code === 'all-pending')).toBe(false);
    expect((JSON.parse(later.stdout) as ComplianceReport).dataQuality.some((f) => f.code === 'all-pending')).toBe(false);
  });

  it('exits 1 and prints the diagnostics for an invalid contract', () => {
    const contract = join(dir, 'invalid.yaml');
    writeFileSync(contract, readFileSync(join(REPO_ROOT, 'contracts', 'b2b-saas.yaml'), 'utf8').replace('status: active', 'status: actve'));
    const r = runCli(['check', contract, '--leads', hubspot, '--mapping', 'hubspot']);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/invalid-value: "actve" is not one of .*did you mean "active"\?/);
  });

  it('reads a two-file export joined on a key through a custom mapping', () => {
    const x = join(REPO_ROOT, 'test', 'fixtures', 'exports');
    const r = runCli([
      ...base,
      '--leads',
      join(x, 'acme-leads.csv'),
      '--leads',
      join(x, 'acme-deals.csv'),
      '--mapping',
      join(x, 'acme.mapping.yaml'),
      '--format',
      'json',
    ]);
    expect(r.status, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as ComplianceReport;
    expect(report.input.rejections.map((x) => `${x.file.split('/').pop()}:${x.row}`)).toEqual(
      expect.arrayContaining(['acme-leads.csv:7', 'acme-leads.csv:8', 'acme-leads.csv:9', 'acme-deals.csv:6']),
    );
  });
});
