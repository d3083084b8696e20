/**
 * The PostgreSQL runner and the loader's core against a real server (.ci/run starts one;
 * test/helpers/postgres.ts): values come back as the runner interface promises, and
 * leads with every awkward value survive COPY and come back the same.
 */
import { createServer, type Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Lead, SourceItem } from '../../../src/leads/lead.js';
import { connectPostgres, libpqUrl, PostgresError, type PostgresRunner } from '../../../src/sql/postgres/client.js';
import { ensureBuilt, runCli } from '../../helpers/cli.js';
import { loadLeads } from '../../../src/sql/postgres/load.js';
import { describePostgres, leadDifferences, readBack, uniqueTable, dropTables } from '../../helpers/postgres.js';

async function* itemsOf(items: SourceItem[]): AsyncGenerator<SourceItem> {
  for (const item of items) yield await Promise.resolve(item);
}

function utc(year: number, month: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month, day);
  return d.getTime();
}

describePostgres('PostgreSQL runner', (url) => {
  let db: PostgresRunner;
  const tables: string[] = [];

  beforeAll(async () => {
    db = await connectPostgres(url);
  });
  afterAll(async () => {
    await dropTables(db, tables);
    await db?.close();
  });

  it('returns plain JavaScript values: numbers for bigint and numeric, epoch ms for instants', async () => {
    const [row] = await db.all(`SELECT 42::bigint AS big, 2.5::numeric AS num, 0.1::float8 AS dbl, 7::int AS i, true AS yes, NULL::text AS nothing,
      'x'::text AS t, '{"a":[1,2]}'::jsonb AS j, '{"b":1}'::json AS js, ARRAY['mqlAt','rejectedAt']::text[] AS arr, ARRAY[1,2]::bigint[] AS bigs,
      (extract(epoch FROM timestamptz '2026-10-05 09:30:00.123+02') * 1000)::bigint AS ms, timestamptz '2026-10-05 09:30:00.123+02' AS ts,
      date '2026-10-05' AS d, count(*) OVER () AS n, current_setting('TimeZone') AS zone`);
    expect(row).toEqual({
      big: 42,
      num: 2.5,
      dbl: 0.1,
      i: 7,
      yes: true,
      nothing: null,
      t: 'x',
      j: '{"a": [1, 2]}',
      js: '{"b":1}',
      arr: ['mqlAt', 'rejectedAt'],
      bigs: [1, 2],
      ms: Date.UTC(2026, 9, 5, 7, 30, 0, 123),
      ts: Date.UTC(2026, 9, 5, 7, 30, 0, 123),
      d: '2026-10-05',
      n: 1,
      zone: 'UTC',
    });
  });

  it('refuses a bigint a number cannot hold exactly, instead of rounding it', async () => {
    await expect(db.all('SELECT 9007199254740993::bigint AS x')).rejects.toThrow(/outside the range a JavaScript number holds exactly/);
  });

  it('runs a script of several statements, and returns the last query’s rows', async () => {
    const t = uniqueTable('script');
    tables.push(t);
    await db.exec(`CREATE TABLE ${t} (x int); INSERT INTO ${t} VALUES (1), (2);`);
    expect(await db.all(`INSERT INTO ${t} VALUES (3); SELECT sum(x) AS s FROM ${t}`)).toEqual([{ s: 6 }]);
  });

  it('reports a missing table as the user’s to fix, and a bad query as it is', async () => {
    await expect(db.all('SELECT * FROM no_such_table_revpact')).rejects.toSatisfy(
      (e) => e instanceof PostgresError && /relation "no_such_table_revpact" does not exist/.test(e.message) && /revpact load/.test(e.hint ?? ''),
    );
    await expect(db.all('SELEC 1')).rejects.toSatisfy((e) => !(e instanceof PostgresError) && /syntax error/.test((e as Error).message));
    expect(await db.all('SELECT 1 AS one')).toEqual([{ one: 1 }]); // the connection is still usable
  });

  it('loads leads with every awkward value and reads them back unchanged', async () => {
    const t = uniqueTable('awkward');
    tables.push(t);
    const origin = (row: number) => ({ file: 'exports/crm "q4"\tfinal.csv', row });
    const leads: Lead[] = [
      {
        id: 'tab\there',
        owner: 'back\\slash',
        source: 'line\nbreak\r\n',
        name: "Zoë 🚀 O'Brien",
        attempts: 0,
        score: -3.25,
        dealAmount: 1e21,
        attributes: {},
        origin: origin(2),
      },
      {
        id: '\\N',
        stage: '\\N',
        attributes: { 'key with "quotes"': 'va\\lue', n: 0.1 + 0.2, big: 2 ** 53 + 2, yes: false, emoji: '👍', __proto__x: 'p' },
        origin: origin(3),
      },
      {
        id: 'dates',
        createdAt: utc(1, 0, 1),
        mqlAt: utc(-44, 2, 15),
        salAt: utc(12345, 5, 6),
        sqlAt: -1,
        wonAt: Date.UTC(2026, 2, 29, 1, 59, 59, 999),
        dateOnly: ['wonAt'],
        attributes: {},
        origin: origin(4),
      },
      { id: 'empty strings', owner: '', email: '', attributes: { blank: '' }, origin: origin(5) },
    ];
    const nul: Lead = { id: 'nul', owner: 'a\0b', attributes: {}, origin: origin(6) };
    const items: SourceItem[] = [
      ...leads.map((lead): SourceItem => ({ kind: 'lead', lead })),
      { kind: 'lead', lead: nul },
      { kind: 'rejected', rejection: { file: 'exports/crm "q4"\tfinal.csv', row: 7, reason: 'unparseable date "3\\0\\1" in column "Created"' } },
    ];
    const result = await loadLeads(db, itemsOf(items), { table: t, replace: false });
    expect(result).toEqual({ loaded: 4, rejected: 2, created: true });
    const back = await readBack(db, t);
    expect(leadDifferences(leads, back.leads)).toEqual([]);
    expect(back.rejections).toEqual([
      { file: 'exports/crm "q4"\tfinal.csv', row: 6, reason: 'a NUL character in owner, which PostgreSQL cannot store' },
      { file: 'exports/crm "q4"\tfinal.csv', row: 7, reason: 'unparseable date "3\\0\\1" in column "Created"' },
    ]);
  });

  it('keeps a load that fails halfway out of the table, and the connection usable', async () => {
    const t = uniqueTable('halfway');
    tables.push(t);
    async function* failing(): AsyncGenerator<SourceItem> {
      for (let i = 0; i < 50_000; i++)
        yield await Promise.resolve({ kind: 'lead', lead: { id: `L${i}`, attributes: {}, origin: { file: 'f.csv', row: i + 2 } } } as SourceItem);
      throw new Error('the disk went away');
    }
    await expect(loadLeads(db, failing(), { table: t, replace: false })).rejects.toThrow('the disk went away');
    expect(await db.all(`SELECT to_regclass('${t}') IS NULL AS absent`)).toEqual([{ absent: true }]);
    expect(await db.all('SELECT 1 AS ok')).toEqual([{ ok: 1 }]);
  });

  it('bounds the rejections it holds: a file of nothing but bad rows loads in batches', async () => {
    const t = uniqueTable('rejects');
    tables.push(t);
    async function* mostlyBad(): AsyncGenerator<SourceItem> {
      for (let i = 0; i < 25_000; i++) {
        yield await Promise.resolve<SourceItem>(
          i % 1000 === 0
            ? { kind: 'lead', lead: { id: `L${i}`, attributes: {}, origin: { file: 'f.csv', row: i + 2 } } }
            : { kind: 'rejected', rejection: { file: 'f.csv', row: i + 2, reason: 'missing id' } },
        );
      }
    }
    expect(await loadLeads(db, mostlyBad(), { table: t, replace: false })).toEqual({ loaded: 25, rejected: 24_975, created: true });
    expect(
      await db.all(
        `SELECT (SELECT count(*) FROM ${t}) AS leads, (SELECT count(*) FROM ${t}_rejections) AS rejected, (SELECT count(DISTINCT "row") FROM ${t}_rejections) AS rows`,
      ),
    ).toEqual([{ leads: 25, rejected: 24_975, rows: 24_975 }]);
  });

  it('closes once, and twice is harmless', async () => {
    const other = await connectPostgres(url);
    await other.close();
    await other.close();
    await expect(other.all('SELECT 1')).rejects.toThrow();
  });
});

describe('waiting for a server that does not answer', () => {
  // Accepts the connection and never says a word, as a server behind a stalled proxy.
  let silent: Server;
  let port = 0;
  beforeAll(async () => {
    silent = createServer((socket) => socket.on('data', () => undefined));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    port = (silent.address() as { port: number }).port;
  });
  afterAll(() => new Promise<void>((resolve) => silent.close(() => resolve())));

  it('gives up after the URL’s connect_timeout, instead of waiting for good', async () => {
    const started = Date.now();
    await expect(connectPostgres(`postgresql://revops:secret@127.0.0.1:${port}/crm?connect_timeout=1`)).rejects.toThrow(
      `PostgreSQL at postgresql://revops@127.0.0.1:${port}/crm: cannot connect: timeout expired`,
    );
    expect(Date.now() - started).toBeLessThan(4000);
  });

  it('refuses a connect_timeout that is not a number of seconds before connecting', async () => {
    for (const value of ['abc', '-5', '2.5', ''])
      await expect(connectPostgres(`postgresql://revops@127.0.0.1:${port}/crm?connect_timeout=${value}`), value).rejects.toThrow(
        `--db: connect_timeout=${value} is not a number of seconds`,
      );
  });
});

describe('sslmode, read as libpq reads it (no server needed)', () => {
  beforeAll(() => ensureBuilt());

  it('adds uselibpqcompat to a URL with an sslmode, and leaves one that sets it, or none, as it is', () => {
    expect(libpqUrl('postgresql://u@db.example:5432/crm?sslmode=require')).toBe('postgresql://u@db.example:5432/crm?sslmode=require&uselibpqcompat=true');
    expect(libpqUrl('postgres://u@h/crm?connect_timeout=5&sslmode=prefer')).toBe('postgres://u@h/crm?connect_timeout=5&sslmode=prefer&uselibpqcompat=true');
    expect(libpqUrl('postgresql://u@h/crm?sslmode=require&uselibpqcompat=false')).toBe('postgresql://u@h/crm?sslmode=require&uselibpqcompat=false');
    expect(libpqUrl('postgresql://u@h/crm')).toBe('postgresql://u@h/crm');
  });

  it('leaves the modes both read alike, and asks verify-ca for its CA', () => {
    for (const mode of ['disable', 'verify-full', 'no-verify'])
      expect(libpqUrl(`postgresql://u@h/crm?sslmode=${mode}`)).toBe(`postgresql://u@h/crm?sslmode=${mode}`);
    expect(() => libpqUrl('postgresql://u@h/crm?sslmode=verify-ca')).toThrow(
      '--db: sslmode=verify-ca checks the server against a CA of your own, which the URL does not name',
    );
    expect(libpqUrl('postgresql://u@h/crm?sslmode=verify-ca&sslrootcert=/ca.pem')).toBe(
      'postgresql://u@h/crm?sslmode=verify-ca&sslrootcert=/ca.pem&uselibpqcompat=true',
    );
  });

  it('says a certificate file the URL names that cannot be read, before connecting', async () => {
    await expect(connectPostgres('postgresql://u@127.0.0.1:1/crm?sslmode=require&sslrootcert=/nonexistent/ca.pem')).rejects.toThrow(
      '--db: cannot read /nonexistent/ca.pem, which the URL names as a certificate or key (ENOENT)',
    );
  });

  it('refuses an sslmode libpq does not have, before connecting', () => {
    expect(() => libpqUrl('postgresql://u@h/crm?sslmode=bogus')).toThrow(PostgresError);
    expect(() => libpqUrl('postgresql://u@h/crm?sslmode=bogus')).toThrow('--db: sslmode=bogus is not an SSL mode');
  });

  // Before: node-postgres printed its "SECURITY WARNING" block (it reads require as
  // verify-full) on every run, and refused a self-signed certificate psql accepts.
  it('load with ?sslmode=require prints no driver warning, only why it cannot connect', () => {
    const r = runCli([
      'load',
      '--db',
      'postgresql://revops@127.0.0.1:1/crm?sslmode=require&connect_timeout=2',
      '--leads',
      'test/fixtures/exports/acme-leads.csv',
      '--time-zone',
      'Europe/Madrid',
    ]);
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).not.toMatch(/SECURITY WARNING|verify-full/);
    expect(r.stderr).toContain('PostgreSQL at postgresql://revops@127.0.0.1:1/crm: connection refused');
  });

  it('load with ?sslmode=bogus is refused as such (exit 2), not as an SSL failure', () => {
    const r = runCli([
      'load',
      '--db',
      'postgresql://revops@127.0.0.1:1/crm?sslmode=bogus',
      '--leads',
      'test/fixtures/exports/acme-leads.csv',
      '--time-zone',
      'Europe/Madrid',
    ]);
    expect(r.status, r.stderr).toBe(2);
    expect(r.stderr).toContain('--db: sslmode=bogus is not an SSL mode');
  });
});
