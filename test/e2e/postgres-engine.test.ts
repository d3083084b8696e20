/**
 * The differential test of issue 7 for PostgreSQL: the same contract, period and as-of,
 * once through the streaming engine on the export (`check --leads FILE`), once as SQL on
 * a real PostgreSQL server over the table `revpact load` filled from that export
 * (`check --engine postgres --db URL --table T`). The reports must be identical: every
 * number, verdict, finding and breakdown, the JSON text itself, and the per-lead file
 * byte for byte. On every golden case, and on 100,000 generated rows of each preset.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { ComplianceReport } from '../../src/engine/types.js';
import { connectPostgres, type PostgresRunner } from '../../src/sql/postgres/client.js';
import { CRASH, ensureBuilt, runCli } from '../helpers/cli.js';
import { REPO_ROOT } from '../helpers/paths.js';
import { describePostgres, uniqueTable, dropTables } from '../helpers/postgres.js';
import { generateExport } from '../helpers/gen.js';

interface Case {
  name: string;
  contract: string;
  leads: string;
  mapping?: string;
  period: string;
  asOf: string;
}

const GOLDEN = join(REPO_ROOT, 'test', 'golden');
const goldenCases: Case[] = readdirSync(GOLDEN)
  .filter((d) => existsSync(join(GOLDEN, d, 'expected.json')) && existsSync(join(GOLDEN, d, 'leads.csv')))
  .map((d) => {
    const { run } = JSON.parse(readFileSync(join(GOLDEN, d, 'expected.json'), 'utf8')) as { run: { period: string; asOf: string; mapping?: string } };
    const dir = join('test', 'golden', d);
    return {
      name: `golden ${d}`,
      contract: join(dir, 'contract.yaml'),
      leads: join(dir, 'leads.csv'),
      mapping: run.mapping ? join(dir, run.mapping) : undefined,
      period: run.period,
      asOf: run.asOf,
    };
  });

describePostgres('check --engine postgres agrees with the streaming engine', (url) => {
  const dir = mkdtempSync(join(tmpdir(), 'revpact-pgdiff-'));
  const tables: string[] = [];
  const generated: Case[] = (['hubspot', 'salesforce'] as const).map((preset) => ({
    name: `100,000 generated ${preset} rows`,
    contract: 'contracts/b2b-saas.yaml',
    leads: join(dir, `${preset}.csv`),
    mapping: preset,
    period: '2026-10',
    asOf: '2026-11-03T09:00:00+01:00',
  }));
  let db: PostgresRunner;

  beforeAll(async () => {
    ensureBuilt();
    for (const c of generated) {
      generateExport(c.leads, { rows: 100_000, format: c.mapping as string, seed: 5 });
    }
    db = await connectPostgres(url);
  }, 120_000);

  afterAll(async () => {
    await dropTables(db, tables);
    await db?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each([...goldenCases, ...generated])(
    '$name: identical report and per-lead rows',
    (c) => {
      const table = uniqueTable('diff');
      tables.push(table);
      const mapping = c.mapping ? ['--mapping', c.mapping] : [];
      const load = runCli(['load', '--db', url, '--leads', c.leads, ...mapping, '--contract', c.contract, '--table', table]);
      expect(load.status, load.stderr).toBe(0);

      // A breakdown too: by country where the export has it; the golden exports have no attribute
      // columns (and --by a field no column gives is a usage error), so by a lead field there.
      const by = c.name.startsWith('golden') ? 'stage' : 'country';
      const common = [c.contract, '--period', c.period, '--as-of', c.asOf, '--format', 'json', '--by', by];
      const streamingLeads = join(dir, `${table}.streaming.csv`);
      const postgresLeads = join(dir, `${table}.postgres.csv`);
      let started = Date.now();
      const streaming = runCli(['check', ...common, '--leads', c.leads, ...mapping, '--per-lead', streamingLeads]);
      const streamingSeconds = (Date.now() - started) / 1000;
      expect(streaming.status, streaming.stderr).toBe(0);
      started = Date.now();
      const postgres = runCli(['check', ...common, '--engine', 'postgres', '--db', url, '--table', table, '--per-lead', postgresLeads]);
      const postgresSeconds = (Date.now() - started) / 1000;
      expect(postgres.stderr).not.toMatch(CRASH);
      expect(postgres.status, postgres.stderr).toBe(0);

      const want = JSON.parse(streaming.stdout) as ComplianceReport;
      const got = JSON.parse(postgres.stdout) as ComplianceReport;
      expect(want.input.evaluated, 'the case has leads to compare').toBeGreaterThan(0);
      // Section by section first, so a failure names the section that differs.
      for (const section of Object.keys(want) as (keyof ComplianceReport)[]) expect(got[section], section).toEqual(want[section]);
      expect(got).toEqual(want);
      // Then the text a CI job would diff: key order included.
      expect(postgres.stdout, 'the JSON text, key order included').toBe(streaming.stdout);
      const perLead = readFileSync(streamingLeads, 'utf8');
      expect(perLead.split('\n').length).toBeGreaterThan(2);
      expect(readFileSync(postgresLeads, 'utf8') === perLead, 'per-lead CSV byte for byte').toBe(true);
      // eslint-disable-next-line no-console -- the figures the report asks for
      console.log(`${c.name}: check streaming ${streamingSeconds.toFixed(2)} s, postgres ${postgresSeconds.toFixed(2)} s (CLI, end to end)`);
    },
    180_000,
  );

  it('reports a server it cannot reach as a usage error (exit 2), without the password', () => {
    const password = decodeURIComponent(new URL(url.replace(/^postgres(ql)?:/i, 'http:')).password);
    const r = runCli([
      'check',
      'contracts/b2b-saas.yaml',
      '--engine',
      'postgres',
      '--db',
      url.replace(/:(\d+)\//, ':1/'),
      '--table',
      'leads',
      '--period',
      '2026-10',
      '--as-of',
      '2026-11-03T09:00:00+01:00',
    ]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/PostgreSQL at .+@127\.0\.0\.1:1\/\w+: connection refused/);
    expect(r.stderr).not.toMatch(CRASH);
    if (password) expect((r.stderr + r.stdout).includes(password), 'the password in the output').toBe(false);
  });

  it('reports a table that is not there as a usage error that says to load it', () => {
    const r = runCli([
      'check',
      'contracts/b2b-saas.yaml',
      '--engine',
      'postgres',
      '--db',
      url,
      '--table',
      'no_such_leads_table',
      '--period',
      '2026-10',
      '--as-of',
      '2026-11-03T09:00:00+01:00',
    ]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('relation "no_such_leads_table" does not exist');
    expect(r.stderr).toContain('revpact load');
    expect(r.stderr).not.toMatch(CRASH);
  });
});
