/**
 * `revpact load` against a real PostgreSQL server (.ci/run starts one; see
 * test/helpers/postgres.ts): what goes into the canonical table is, field for field, what
 * the streaming source yields for the same export, rejections included; a failure leaves
 * the tables as they were; and every error says where and how to fix it without ever
 * printing the password.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { canonicalDdl } from '../../src/sql/ddl.js';
import { connectPostgres, type PostgresRunner } from '../../src/sql/postgres/client.js';
import { tableName } from '../../src/sql/quote.js';
import { CRASH, ensureBuilt, runCli } from '../helpers/cli.js';
import { REPO_ROOT } from '../helpers/paths.js';
import { contractZone, describePostgres, leadDifferences, readBack, streamed, uniqueTable, dropTables } from '../helpers/postgres.js';
import { generateExport } from '../helpers/gen.js';

const GOLDEN = join(REPO_ROOT, 'test', 'golden');
const goldenCases = readdirSync(GOLDEN).filter((d) => existsSync(join(GOLDEN, d, 'leads.csv')) && existsSync(join(GOLDEN, d, 'expected.json')));

/** The URL with another user and password (for the permission tests). */
function asUser(url: string, user: string, password: string): string {
  const u = new URL(url.replace(/^postgres(ql)?:/i, 'http:'));
  u.username = encodeURIComponent(user);
  u.password = encodeURIComponent(password);
  return u.href.replace(/^http:/, 'postgresql:');
}

function passwordOf(url: string): string {
  return decodeURIComponent(new URL(url.replace(/^postgres(ql)?:/i, 'http:')).password);
}

describePostgres('revpact load (PostgreSQL)', (url) => {
  const dir = mkdtempSync(join(tmpdir(), 'revpact-pgload-'));
  const files = { hubspot: join(dir, 'hubspot.csv'), salesforce: join(dir, 'salesforce.csv') };
  const madrid = contractZone(join(REPO_ROOT, 'contracts', 'b2b-saas.yaml'));
  const tables: string[] = [];
  let db: PostgresRunner;

  const table = (prefix: string) => {
    const t = uniqueTable(prefix);
    tables.push(t);
    return t;
  };

  beforeAll(async () => {
    ensureBuilt();
    for (const [format, out] of Object.entries(files)) {
      generateExport(out, { rows: 100_000, format, seed: 7 });
    }
    db = await connectPostgres(url);
  }, 120_000);

  afterAll(async () => {
    await dropTables(db, tables);
    await db?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it.each(goldenCases)('golden %s: the table holds exactly what the streaming source yields', async (name) => {
    const caseDir = join('test', 'golden', name);
    const expected = JSON.parse(readFileSync(join(GOLDEN, name, 'expected.json'), 'utf8')) as { run: { mapping?: string } };
    const mapping = expected.run.mapping ? join(caseDir, expected.run.mapping) : 'canonical';
    const t = table(`golden_${name.replace(/-/g, '_')}`);
    const leadsFile = join(caseDir, 'leads.csv');
    const r = runCli(['load', '--db', url, '--leads', leadsFile, '--mapping', mapping, '--contract', join(caseDir, 'contract.yaml'), '--table', t]);
    expect(r.status, r.stderr).toBe(0);
    const want = await streamed(
      [{ path: join(REPO_ROOT, leadsFile), display: leadsFile }],
      mapping === 'canonical' ? mapping : join(REPO_ROOT, mapping),
      contractZone(join(REPO_ROOT, caseDir, 'contract.yaml')),
    );
    const got = await readBack(db, t);
    expect(leadDifferences(want.leads, got.leads)).toEqual([]);
    expect(got.rejections).toEqual([...want.rejections].sort((a, b) => a.row - b.row));
    expect(r.stdout).toContain(`loaded ${want.leads.length} lead`);
    expect(r.stdout).toContain(`${want.rejections.length} rejected row`);
  });

  it.each(['hubspot', 'salesforce'] as const)(
    '100,000 generated %s rows: every canonical field and every rejection round-trips',
    async (preset) => {
      const t = table(`gen_${preset}`);
      const started = Date.now();
      const r = runCli(['load', '--db', url, '--leads', files[preset], '--mapping', preset, '--time-zone', madrid, '--table', t]);
      const seconds = (Date.now() - started) / 1000;
      expect(r.status, r.stderr).toBe(0);
      expect(r.stderr, 'no note: the zone was given').toBe('');
      const want = await streamed([{ path: files[preset], display: files[preset] }], preset, madrid);
      const got = await readBack(db, t);
      expect(want.leads.length).toBeGreaterThan(95_000);
      expect(want.rejections.length).toBeGreaterThan(500);
      expect(leadDifferences(want.leads, got.leads)).toEqual([]);
      expect(got.rejections).toEqual([...want.rejections].sort((a, b) => a.row - b.row));
      // Instants: the table's own epoch equals the lead's milliseconds (not only through the driver's parser).
      const sample = await db.all(
        `SELECT id, (extract(epoch FROM mql_at) * 1000)::float8 AS mql FROM ${tableName(t)} WHERE mql_at IS NOT NULL ORDER BY id LIMIT 500`,
      );
      const byId = new Map(want.leads.map((l) => [l.id, l]));
      for (const row of sample) expect(row['mql'], String(row['id'])).toBe(byId.get(String(row['id']))?.mqlAt);
      expect(r.stdout).toMatch(
        new RegExp(
          `loaded ${want.leads.length.toLocaleString('en-US')} leads into ${t} \\(created\\), ${want.rejections.length.toLocaleString('en-US')} rejected rows`,
        ),
      );
      // eslint-disable-next-line no-console -- the figure the report asks for
      console.log(`load ${preset} 100k rows: ${seconds.toFixed(2)} s end to end (CLI)`);
    },
    120_000,
  );

  it('adds to an existing table, refuses an id already there, and reloads with --replace', async () => {
    const t = table('append');
    const golden = join('test', 'golden', 'first-touch-madrid');
    const args = ['load', '--db', url, '--leads', join(golden, 'leads.csv'), '--contract', join(golden, 'contract.yaml'), '--table', t];
    expect(runCli(args).status).toBe(0);
    const again = runCli(args);
    expect(again.status).toBe(2);
    expect(again.stderr).toMatch(new RegExp(`table ${t} already holds lead "L\\d+": nothing was loaded`));
    expect(again.stderr).toContain('--replace');
    expect(again.stderr).not.toMatch(CRASH);
    const count = async () =>
      (await db.all(`SELECT (SELECT count(*) FROM ${tableName(t)}) AS leads, (SELECT count(*) FROM ${tableName(t + '_rejections')}) AS rejected`))[0];
    const before = await count();
    const replaced = runCli([...args, '--replace']);
    expect(replaced.status, replaced.stderr).toBe(0);
    expect(await count()).toEqual(before);
  });

  it('leaves the tables as they were when the file fails halfway (one transaction)', async () => {
    const t = table('atomic');
    const ok = runCli(['load', '--db', url, '--leads', files.hubspot, '--mapping', 'hubspot', '--time-zone', madrid, '--table', t]);
    expect(ok.status, ok.stderr).toBe(0);
    const before = await db.all(`SELECT count(*) AS n, max(origin_row) AS last FROM ${tableName(t)}`);
    // 60,000 good rows, then a quoted cell never closed: the reader gives up 16 MiB later, after tens of thousands of rows went out.
    const broken = join(dir, 'broken.csv');
    const text = readFileSync(files.hubspot, 'utf8').split('\n');
    writeFileSync(broken, text.slice(0, 60_001).join('\n') + '\n"never closed,' + 'x'.repeat(17 * 1024 * 1024) + '\n');
    const r = runCli(['load', '--db', url, '--leads', broken, '--mapping', 'hubspot', '--time-zone', madrid, '--table', t, '--replace']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`${broken}: row`);
    expect(r.stderr).not.toMatch(CRASH);
    expect(await db.all(`SELECT count(*) AS n, max(origin_row) AS last FROM ${tableName(t)}`)).toEqual(before);
    // And into a table that did not exist: it still does not.
    const fresh = table('atomic_fresh');
    expect(runCli(['load', '--db', url, '--leads', broken, '--mapping', 'hubspot', '--table', fresh]).status).toBe(2);
    expect(await db.all(`SELECT to_regclass('${fresh}') IS NULL AS gone, to_regclass('${fresh}_rejections') IS NULL AS gone_too`)).toEqual([
      { gone: true, gone_too: true },
    ]);
  }, 60_000);

  it('refuses an existing table of another shape, naming what differs', async () => {
    const t = table('foreign');
    await db.exec(`CREATE TABLE ${tableName(t)} (id integer PRIMARY KEY, stage text)`);
    const r = runCli(['load', '--db', url, '--leads', 'test/golden/first-touch-madrid/leads.csv', '--table', t]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(`table ${t} exists but is not a canonical leads table: id is integer, not text; no column owner`);
    expect(r.stderr).toContain('--replace');
    // With --replace it is dropped and made anew.
    const replaced = runCli(['load', '--db', url, '--leads', 'test/golden/first-touch-madrid/leads.csv', '--table', t, '--time-zone', 'UTC', '--replace']);
    expect(replaced.status, replaced.stderr).toBe(0);
    expect(replaced.stdout).toContain(`into ${t} (created)`);
  });

  it('--replace empties the tables and keeps what people built on them (views, grants)', async () => {
    const t = table('kept');
    const args = [
      'load',
      '--db',
      url,
      '--leads',
      'test/golden/first-touch-madrid/leads.csv',
      '--contract',
      'test/golden/first-touch-madrid/contract.yaml',
      '--table',
      t,
    ];
    expect(runCli(args).status).toBe(0);
    await db.exec(
      `CREATE VIEW ${tableName(t + '_by_owner')} AS SELECT owner, count(*) AS n FROM ${tableName(t)} GROUP BY owner; GRANT SELECT ON ${tableName(t)} TO PUBLIC`,
    );
    try {
      const before = await db.all(`SELECT * FROM ${tableName(t + '_by_owner')} ORDER BY owner`);
      const r = runCli([...args, '--replace']);
      expect(r.status, r.stderr).toBe(0);
      expect(r.stdout).not.toContain('(created)');
      expect(await db.all(`SELECT * FROM ${tableName(t + '_by_owner')} ORDER BY owner`)).toEqual(before);
      expect(await db.all(`SELECT has_table_privilege('public', '${t}', 'SELECT') AS granted`)).toEqual([{ granted: true }]);
    } finally {
      await db.exec(`DROP VIEW IF EXISTS ${tableName(t + '_by_owner')}`);
    }
  });

  it('explains a table that takes no rows as they are: a view, a constraint of its own', async () => {
    const base = table('view_base');
    const view = table('a_view');
    await db.exec(
      `${canonicalDdl('postgres', base)}; CREATE VIEW ${tableName(view)} AS SELECT * FROM ${tableName(base)}; CREATE VIEW ${tableName(view + '_rejections')} AS SELECT * FROM ${tableName(base + '_rejections')}`,
    );
    const asView = runCli(['load', '--db', url, '--leads', 'test/golden/first-touch-madrid/leads.csv', '--table', view, '--time-zone', 'UTC']);
    expect(asView.status).toBe(2);
    expect(asView.stderr).toMatch(/cannot copy to view/);
    expect(asView.stderr).toContain('not a table');
    expect(asView.stderr).not.toMatch(CRASH);
    await db.exec(`DROP VIEW ${tableName(view)}; DROP VIEW ${tableName(view + '_rejections')}`);
    const strict = table('strict');
    await db.exec(`${canonicalDdl('postgres', strict)}; ALTER TABLE ${tableName(strict)} ALTER COLUMN email SET NOT NULL`);
    const r = runCli(['load', '--db', url, '--leads', 'test/golden/first-touch-madrid/leads.csv', '--table', strict, '--time-zone', 'UTC']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/null value in column "email"/);
    expect(r.stderr).toContain('constraints the canonical table does not');
    expect(r.stderr).not.toMatch(CRASH);
  });

  it('says which privilege is missing, where, and never prints the password', async () => {
    const su = await db.all('SELECT rolsuper FROM pg_roles WHERE rolname = current_user');
    if (su[0]?.['rolsuper'] !== true) return; // creating roles needs a superuser; CI's server gives one
    const role = uniqueTable('revpact_ro');
    const secret = 'S3cret:@/pw%' + role.slice(-6);
    const t = table('granted');
    await db.exec(`CREATE ROLE ${role} LOGIN PASSWORD '${secret}'`);
    try {
      const roUrl = asUser(url, role, secret);
      const leads = ['--leads', 'test/golden/first-touch-madrid/leads.csv'];
      // No CREATE on the schema (PostgreSQL 15 revokes it from PUBLIC).
      const noCreate = runCli(['load', '--db', roUrl, ...leads, '--table', t]);
      expect(noCreate.status).toBe(2);
      expect(noCreate.stderr).toMatch(/PostgreSQL at postgresql:\/\/revpact_ro_\w+@[^/]+\/\w+: permission denied for schema public/);
      expect(noCreate.stderr).toContain('GRANT');
      // The table exists, but the role may only read it.
      await db.exec(`${canonicalDdl('postgres', t)}; GRANT SELECT ON ${tableName(t)}, ${tableName(t + '_rejections')} TO ${role}`);
      const readOnly = runCli(['load', '--db', roUrl, ...leads, '--table', t]);
      expect(readOnly.status).toBe(2);
      expect(readOnly.stderr).toContain(`permission denied for table ${t}`);
      // A wrong password names the user and the server, not the password.
      const wrong = runCli(['load', '--db', asUser(url, role, secret + 'x'), ...leads]);
      expect(wrong.status).toBe(2);
      expect(wrong.stderr).toContain(`password authentication failed for user "${role}"`);
      for (const run of [noCreate, readOnly, wrong]) {
        expect((run.stderr + run.stdout).includes(secret), 'the password in the output').toBe(false);
        expect((run.stderr + run.stdout).includes(encodeURIComponent(secret)), 'the encoded password in the output').toBe(false);
        expect(run.stderr).not.toMatch(CRASH);
      }
    } finally {
      await db.exec(`DROP TABLE IF EXISTS ${tableName(t)}; DROP TABLE IF EXISTS ${tableName(t + '_rejections')}; DROP ROLE IF EXISTS ${role}`);
    }
  });

  it('explains a server that is not there, a database that is not, and a URL that is not one; exit 2, no password', () => {
    const password = passwordOf(url);
    const u = new URL(url.replace(/^postgres(ql)?:/i, 'http:'));
    const leads = ['--leads', 'test/golden/first-touch-madrid/leads.csv'];
    const cases: [string, RegExp][] = [
      [url.replace(/:(\d+)\//, ':1/'), /PostgreSQL at .+@127\.0\.0\.1:1\/\w+: connection refused.*\n {2}start the server, or fix the host and port in --db/],
      [url.replace(/\/[^/?]+(\?|$)/, '/no_such_db_revpact$1'), /database "no_such_db_revpact" does not exist\n {2}create it \(createdb no_such_db_revpact\)/],
      [url.replace(u.hostname, 'no-such-host.invalid'), /unknown host "no-such-host\.invalid"/],
      [
        'localhost:5432/crm',
        /--db: not a PostgreSQL URL \(it must start with postgresql:\/\/\)\n {2}write it as postgresql:\/\/USER:PASSWORD@HOST:5432\/DATABASE/,
      ],
    ];
    for (const [db, message] of cases) {
      const label = password ? db.split(encodeURIComponent(password)).join('***') : db; // failure messages must not show it either
      const r = runCli(['load', '--db', db, ...leads, '--time-zone', 'UTC']);
      expect(r.status, label).toBe(2);
      expect(r.stderr, label).toMatch(message);
      expect(r.stderr, label).not.toMatch(CRASH);
      if (password) expect((r.stderr + r.stdout).includes(password), label).toBe(false);
    }
  }, 60_000);

  it('reports a missing export or option as a usage error, before touching the database', () => {
    const missing = runCli(['load', '--db', url, '--leads', 'no/such/export.csv', '--time-zone', 'UTC']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('cannot read no/such/export.csv: no such file');
    expect(runCli(['load', '--leads', 'x.csv']).stderr).toContain('--db is required');
    expect(runCli(['load', '--db', url]).stderr).toContain('--leads is required');
    const badTable = runCli(['load', '--db', url, '--leads', 'x.csv', '--table', 'drop table;']);
    expect(badTable.status).toBe(2);
    expect(badTable.stderr).toContain('--table: "drop table;" is not a table name');
    const zone = runCli(['load', '--db', url, '--leads', 'x.csv', '--time-zone', 'Europe/Madird']);
    expect(zone.stderr).toContain('--time-zone: "Europe/Madird" is not an IANA time zone');
  });

  it('says when cells without an offset are read as UTC', () => {
    const t = table('utc_note');
    const r = runCli(['load', '--db', url, '--leads', 'test/golden/first-touch-madrid/leads.csv', '--table', t]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toContain('date cells without an offset are read as UTC; give --contract or --time-zone');
  });
});
