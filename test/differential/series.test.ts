/**
 * Issue 15, item 1: `check --every week|month|quarter` reads the data once and reports each
 * sub-period. Proved here through the real CLI, as a user runs it:
 * - each measured sub-period's numbers equal a separate `check --period <label>` (a partial
 *   one: `--from <from> --to <to>`) of the same data and as-of, field by field, compared
 *   with the separate report's own sections (not through the code that builds the series);
 * - the whole-period content is unchanged: the report with --every, its `series` taken
 *   away, is the report without it, byte for byte;
 * - the streaming, DuckDB and PostgreSQL engines give the same series byte for byte;
 * - sub-periods starting at or after as-of are listed as future, with nothing measured.
 * On the golden cases and on 20,000 generated rows.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ComplianceReport, SeriesPeriod } from '../../src/engine/types.js';
import { connectPostgres, type PostgresRunner } from '../../src/sql/postgres/client.js';
import { ensureBuilt, runCli } from '../helpers/cli.js';
import { generateExport } from '../helpers/gen.js';
import { REPO_ROOT } from '../helpers/paths.js';
import { describePostgres, dropTables, uniqueTable } from '../helpers/postgres.js';

const GOLDEN = join(REPO_ROOT, 'test', 'golden');
const CACHE = join(REPO_ROOT, '.cache', 'differential');

beforeAll(() => ensureBuilt());

function check(args: readonly string[]): { report: ComplianceReport; text: string } {
  const r = runCli(['check', ...args, '--format', 'json', '--quiet'], { env: { CI: '1' } });
  expect(r.status, r.stderr).toBe(0);
  return { report: JSON.parse(r.stdout) as ComplianceReport, text: r.stdout };
}

/** Counts per finding code (and SLA): a report may list a code once per detail. */
function findingTotals(findings: readonly { code: string; count: number; sla?: string }[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const f of findings) {
    const key = `${f.code}/${f.sla ?? ''}`;
    out[key] = (out[key] ?? 0) + f.count;
  }
  return out;
}

/** The sub-period's entry against a separate report of that sub-period, section by section. */
function expectEntryMatches(entry: SeriesPeriod, separate: ComplianceReport): void {
  const at = entry.label;
  expect(entry.future, at).toBe(false);
  expect([entry.from, entry.to], at).toEqual([separate.period.from, separate.period.to]);
  expect(entry.status, at).toBe(separate.status);
  expect(entry.leads, at).toEqual(separate.input.leads);
  expect(entry.slas, at).toEqual(
    separate.slas.map((s) => ({
      id: s.id,
      met: s.met,
      breached: s.breached,
      pending: s.pending,
      excluded: s.excluded,
      attainment: s.attainment,
      target: s.target,
      status: s.status,
      elapsedMinutes: s.elapsedMinutes,
      elapsedDistribution: s.elapsedDistribution,
      open: s.open,
    })),
  );
  expect(entry.commitments, at).toEqual(
    separate.commitments.map((c) => ({
      id: c.id,
      actual: c.actual,
      goal: c.goal,
      unit: c.unit,
      status: c.status,
      ...(c.base === undefined ? {} : { base: c.base }),
    })),
  );
  expect(entry.funnel, at).toEqual(separate.funnel);
  expect(findingTotals(entry.dataQuality), at).toEqual(findingTotals(separate.dataQuality));
}

/**
 * Runs `base` with --every, then each measured sub-period on its own; returns the series
 * report. Checks the whole-period content is the report without --every.
 */
function expectSeriesEqualsSeparateRuns(base: readonly string[], periodArgs: readonly string[], every: string, asOfMs: number): ComplianceReport {
  const plain = check([...base, ...periodArgs]);
  const withSeries = check([...base, ...periodArgs, '--every', every]);
  const series = withSeries.report.series;
  expect(series?.every).toBe(every);
  const { series: _, ...rest } = withSeries.report;
  expect(JSON.stringify(rest, null, 2) + '\n').toBe(plain.text);
  const periods = series?.periods ?? [];
  expect(periods.length).toBeGreaterThan(0);
  // The sub-periods tile the report's period, in order, without gap or overlap.
  expect(periods[0]?.from).toBe(plain.report.period.from);
  expect(periods.at(-1)?.to).toBe(plain.report.period.to);
  for (let i = 1; i < periods.length; i++) expect(periods[i]?.from).toBe(periods[i - 1]?.to);
  for (const entry of periods) {
    if (Date.parse(entry.from) >= asOfMs) {
      expect(entry, entry.label).toMatchObject({ future: true, status: 'future', leads: null, slas: [], commitments: [], funnel: [], dataQuality: [] });
      continue;
    }
    const own = entry.partial ? ['--from', entry.from, '--to', entry.to] : ['--period', entry.label];
    expectEntryMatches(entry, check([...base, ...own]).report);
  }
  return withSeries.report;
}

const goldenCases = readdirSync(GOLDEN)
  .filter((d) => existsSync(join(GOLDEN, d, 'expected.json')))
  .map((d) => {
    const { run } = JSON.parse(readFileSync(join(GOLDEN, d, 'expected.json'), 'utf8')) as { run: { period: string; asOf: string; mapping?: string } };
    const dir = join('test', 'golden', d);
    const base = [
      join(dir, 'contract.yaml'),
      '--leads',
      join(dir, 'leads.csv'),
      '--as-of',
      run.asOf,
      ...(run.mapping ? ['--mapping', join(dir, run.mapping)] : []),
    ];
    return { name: d, base, period: run.period, asOfMs: Date.parse(run.asOf) };
  });

describe.each(goldenCases)('series on the golden case $name', ({ base, period, asOfMs }) => {
  it.each(['week', 'month'])('--every %s: each sub-period equals its own check', (every) => {
    const report = expectSeriesEqualsSeparateRuns(base, ['--period', period], every, asOfMs);
    // The golden months start mid-week: the first or last week is cut to the month.
    if (every === 'week') expect(report.series?.periods.some((p) => p.partial)).toBe(true);
    expect(report.series?.periods.some((p) => p.slas.some((s) => s.met + s.breached > 0))).toBe(true);
  });

  it('--every quarter on a custom range: partial quarters equal --from/--to runs', () => {
    const d = new Date(asOfMs);
    const year = d.getUTCFullYear();
    const report = expectSeriesEqualsSeparateRuns(base, ['--from', `${year}-02-15`, '--to', `${year}-12-31`], 'quarter', asOfMs);
    expect(report.series?.periods.map((p) => p.label)).toEqual([`${year}-Q1`, `${year}-Q2`, `${year}-Q3`, `${year}-Q4`]);
    expect(report.series?.periods.map((p) => p.partial)).toEqual([true, false, false, false]);
  });

  it('DuckDB gives the same report and series byte for byte', () => {
    const args = [...base, '--period', period, '--every', 'week'];
    expect(check([...args, '--engine', 'duckdb']).text).toBe(check(args).text);
    // The whole period's working table differs (personal data, a breakdown field): the sub-periods build their own.
    const wider = [...args, '--show-pii', '--by', 'stage'];
    expect(check([...wider, '--engine', 'duckdb']).text).toBe(check(wider).text);
  });
});

/** 20,000 generated HubSpot rows over 2026, cached with the other differential exports. */
function generated(): string {
  mkdirSync(CACHE, { recursive: true });
  const file = join(CACHE, 'hubspot-20000-15.csv');
  if (!existsSync(file)) generateExport(file, { rows: 20_000, format: 'hubspot', seed: 15 });
  return file;
}

describe('series on 20,000 generated HubSpot rows, contract b2b-saas', () => {
  const asOf = '2026-11-15T09:00:00+01:00';
  const base = () => ['contracts/b2b-saas.yaml', '--leads', generated(), '--mapping', 'hubspot', '--as-of', asOf];

  it('--period 2026 --every month: each month equals check --period 2026-MM; December is future', () => {
    const report = expectSeriesEqualsSeparateRuns(base(), ['--period', '2026'], 'month', Date.parse(asOf));
    const periods = report.series?.periods ?? [];
    expect(periods.map((p) => p.label)).toEqual(Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`));
    expect(periods.filter((p) => p.future).map((p) => p.label)).toEqual(['2026-12']);
    // The data exercises the comparison: verdicts of every kind, commitments with actuals, findings.
    const measured = periods.filter((p) => !p.future);
    expect(measured.some((p) => p.slas.some((s) => s.met > 0 && s.breached > 0))).toBe(true);
    expect(measured.some((p) => p.commitments.some((c) => c.actual !== null && c.actual > 0))).toBe(true);
    expect(measured.every((p) => p.dataQuality.length > 0)).toBe(true);
  }, 240_000);

  it('--from/--to --every week: ISO weeks, partial at both ends, each equals its own check', () => {
    const report = expectSeriesEqualsSeparateRuns(base(), ['--from', '2026-03-04', '--to', '2026-04-01'], 'week', Date.parse(asOf));
    const periods = report.series?.periods ?? [];
    expect(periods.map((p) => p.label)).toEqual(['2026-W10', '2026-W11', '2026-W12', '2026-W13', '2026-W14']);
    expect(periods.map((p) => p.partial)).toEqual([true, false, false, false, true]);
  }, 240_000);

  it('DuckDB gives the same report and series byte for byte', () => {
    const args = [...base(), '--period', '2026', '--every', 'month'];
    expect(check([...args, '--engine', 'duckdb']).text).toBe(check(args).text);
  }, 120_000);
});

describePostgres('series on PostgreSQL equal the streaming engine’s', (url) => {
  let db: PostgresRunner;
  const tables: string[] = [];
  beforeAll(async () => {
    db = await connectPostgres(url);
  });
  afterAll(async () => {
    await dropTables(db, tables);
    await db?.close();
  });

  const cases = [
    ...goldenCases.map((c) => ({ name: `golden ${c.name}`, base: c.base, args: ['--period', c.period, '--every', 'week'] })),
    {
      name: '20,000 generated HubSpot rows',
      base: ['contracts/b2b-saas.yaml', '--leads', '', '--mapping', 'hubspot', '--as-of', '2026-11-15T09:00:00+01:00'],
      args: ['--period', '2026', '--every', 'month'],
    },
  ];
  it.each(cases)(
    '$name',
    (c) => {
      const base = c.base.map((a) => (a === '' ? generated() : a));
      const table = uniqueTable('series');
      tables.push(table);
      const leads = base[base.indexOf('--leads') + 1] as string;
      const mapping = base.includes('--mapping') ? ['--mapping', base[base.indexOf('--mapping') + 1] as string] : [];
      const load = runCli(['load', '--db', url, '--leads', leads, ...mapping, '--contract', base[0] as string, '--table', table, '--quiet']);
      expect(load.status, load.stderr).toBe(0);
      const asOf = ['--as-of', base[base.indexOf('--as-of') + 1] as string];
      const streaming = check([...base, ...c.args]).report;
      const pg = check([base[0] as string, '--engine', 'postgres', '--db', url, '--table', table, ...asOf, ...c.args]).report;
      expect(JSON.stringify(pg.series)).toBe(JSON.stringify(streaming.series));
      expect(pg.series?.periods.length).toBeGreaterThan(1);
    },
    240_000,
  );
});

describe('check --every: bad input is a usage error that says how to fix it', () => {
  it('an unknown unit names the units', () => {
    const r = runCli(['check', 'contracts/b2b-saas.yaml', '--leads', 'test/golden/first-touch-madrid/leads.csv', '--period', '2026', '--every', 'day']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--every must be one of week, month, quarter (got "day")');
  });

  it('more sub-periods than a series shows is refused before any data is read, with a longer unit suggested', () => {
    const r = runCli(['check', 'contracts/b2b-saas.yaml', '--leads', 'no-such-export.csv', '--from', '2020-01-01', '--to', '2026-12-31', '--every', 'week']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--every week: the period 2020-01-01\.\.2026-12-31 has 366 weeks, more than the 160 a series shows/);
    expect(r.stderr).toContain('--every month');
  });

  it('check --help documents the option', () => {
    const r = runCli(['check', '--help']);
    expect(r.stdout).toContain('--every U');
  });
});
