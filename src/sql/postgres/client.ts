/**
 * The PostgreSQL side of the SQL engines (issue 7): a SqlRunner over one `pg` connection.
 *
 * Values come back as the runner interface promises: 64-bit integers and numerics as
 * numbers (the compiled SQL keeps them in the safe range: instants travel as epoch
 * milliseconds), booleans, strings and null. json/jsonb arrive as their text, arrays as
 * arrays of such values; a timestamp selected as such (not as epoch ms) becomes epoch ms.
 *
 * The session runs in UTC, so nothing in a report depends on the server's or the user's
 * default time zone: the compiled SQL names every zone it converts to.
 */
import type pg from 'pg';
import type { SqlRunner } from '../runner.js';
import { checkUrl, explain, PostgresError, type PostgresTarget } from './errors.js';

export { PostgresError, describeTarget } from './errors.js';

// Type OIDs (pg_type.oid), fixed since PostgreSQL 7.
const OID = {
  int8: 20,
  int2: 21,
  int4: 23,
  numeric: 1700,
  float4: 700,
  float8: 701,
  json: 114,
  jsonb: 3802,
  timestamp: 1114,
  timestamptz: 1184,
  date: 1082,
  interval: 1186,
  int8Array: 1016,
  numericArray: 1231,
} as const;

/** Seconds to wait for the server before giving up, unless the URL says connect_timeout. */
const CONNECT_TIMEOUT_SECONDS = 10;

/**
 * How long to wait for the server, in ms: the URL's connect_timeout in whole seconds (0
 * waits without limit, as libpq reads it), else 10 s. node-postgres reads only its own
 * connectionTimeoutMillis, not the URL's connect_timeout: ?connect_timeout=30 used to
 * switch our 10 s off and put nothing in its place, so a server that never answered
 * kept `load` and `check --engine postgres` waiting for good.
 */
export function connectTimeoutMs(params: URLSearchParams): number {
  const value = params.get('connect_timeout');
  if (value === null) return CONNECT_TIMEOUT_SECONDS * 1000;
  if (!/^\d{1,6}$/.test(value))
    throw new PostgresError(
      `--db: connect_timeout=${JSON.stringify(value).slice(1, -1).slice(0, 20)} is not a number of seconds`,
      'e.g. ?connect_timeout=30 to wait 30 s for the server (0 waits without limit)',
      'bad-url',
    );
  return Number(value) * 1000;
}

/** libpq's sslmode values (node-postgres adds no-verify). */
const SSL_MODES = ['disable', 'allow', 'prefer', 'require', 'verify-ca', 'verify-full', 'no-verify'];
/** Those node-postgres reads as verify-full unless told to read them as libpq does. */
const LIBPQ_ONLY = ['prefer', 'require', 'verify-ca'];

/**
 * The URL as node-postgres should read it: `sslmode` as libpq reads it. A URL works in psql,
 * so users copy it as it is; node-postgres reads `require`, `prefer` and `verify-ca` as
 * `verify-full` and prints a "SECURITY WARNING" block saying so on every run, so a server
 * whose certificate is self-signed or from a private CA, which psql reaches with
 * `sslmode=require`, was refused. `uselibpqcompat=true` makes it read them as libpq does
 * (`verify-full` still verifies the server's name and chain). An sslmode libpq does not
 * have is refused: node-postgres read `sslmode=bogus` as TLS and failed with an SSL error.
 */
export function libpqUrl(url: string, params: URLSearchParams = checkUrl(url)): string {
  const mode = params.get('sslmode');
  if (mode === null || params.has('uselibpqcompat')) return url;
  if (!SSL_MODES.includes(mode))
    throw new PostgresError(
      `--db: sslmode=${JSON.stringify(mode).slice(1, -1).slice(0, 20)} is not an SSL mode`,
      'use sslmode=verify-full (TLS, the server verified), require (TLS, not verified) or disable',
      'bad-url',
    );
  // The modes node-postgres reads otherwise than libpq; the rest (disable, verify-full, its own no-verify) mean the same to both.
  if (!LIBPQ_ONLY.includes(mode)) return url;
  if (mode === 'verify-ca' && !params.has('sslrootcert'))
    throw new PostgresError(
      '--db: sslmode=verify-ca checks the server against a CA of your own, which the URL does not name',
      'add &sslrootcert=/path/to/ca.pem (the CA that signed the server’s certificate), or use sslmode=verify-full',
      'bad-url',
    );
  const hash = url.indexOf('#');
  return hash < 0 ? `${url}&uselibpqcompat=true` : `${url.slice(0, hash)}&uselibpqcompat=true${url.slice(hash)}`;
}

function int8(text: string): number {
  const n = Number(text);
  // The SQL keeps counts and epoch milliseconds far inside 2^53; anything else is a bug there.
  if (!Number.isSafeInteger(n)) throw new Error(`bigint ${text} is outside the range a JavaScript number holds exactly`);
  return n;
}

/** Parsers by OID for the values the interface converts; every other type keeps pg's own. */
function typeParsers(types: typeof pg.types): pg.CustomTypesConfig {
  const own: Record<number, (text: string) => unknown> = {
    [OID.int8]: int8,
    [OID.numeric]: (t) => Number(t),
    [OID.json]: (t) => t,
    [OID.jsonb]: (t) => t,
    [OID.timestamptz]: (t) => epochMs(t),
    [OID.timestamp]: (t) => epochMs(t),
    // pg would make a local-time Date of a date and an object of an interval: keep their text.
    [OID.date]: (t) => t,
    [OID.interval]: (t) => t,
    [OID.int8Array]: (t) => (types.getTypeParser(OID.int8Array as number) as (s: string) => (string | null)[])(t).map((x) => (x === null ? null : int8(x))),
    [OID.numericArray]: (t) =>
      (types.getTypeParser(OID.numericArray as number) as (s: string) => (string | null)[])(t).map((x) => (x === null ? null : Number(x))),
  };
  return {
    getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
      own[oid] ?? (types.getTypeParser(oid, format) as unknown)) as pg.CustomTypesConfig['getTypeParser'],
  };
}

/**
 * A timestamp as PostgreSQL prints it in a UTC session ("2026-10-05 09:30:00.123+00",
 * or "... BC") → epoch ms. Microseconds below the millisecond are dropped: leads carry
 * milliseconds, and the loader writes no finer.
 */
export function epochMs(text: string): number {
  if (text === 'infinity' || text === '-infinity') return text === 'infinity' ? Infinity : -Infinity;
  const m = /^(\d+)-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d)(?:\.(\d+))?(?:([+-])(\d\d)(?::?(\d\d))?(?::?(\d\d))?)?( BC)?$/.exec(text);
  if (!m) throw new Error(`unexpected timestamp text from PostgreSQL: ${text}`);
  let year = Number(m[1]);
  if (m[12]) year = 1 - year; // 1 BC is year 0 of the proleptic Gregorian calendar
  const ms = Number(((m[7] ?? '') + '000').slice(0, 3));
  const date = new Date(0);
  date.setUTCFullYear(year, Number(m[2]) - 1, Number(m[3]));
  date.setUTCHours(Number(m[4]), Number(m[5]), Number(m[6]), ms);
  const offsetSeconds = m[8] ? (m[8] === '-' ? -1 : 1) * (Number(m[9]) * 3600 + Number(m[10] ?? 0) * 60 + Number(m[11] ?? 0)) : 0;
  return date.getTime() - offsetSeconds * 1000;
}

/** Where the client connects, from the driver's own reading of the URL (and PG* variables). */
function targetOf(client: pg.Client): PostgresTarget {
  return { user: client.user ?? '', host: client.host, port: client.port, database: client.database ?? client.user ?? '' };
}

export interface PostgresRunner extends SqlRunner {
  readonly dialect: 'postgres';
  /** The connection, for what the runner interface does not cover (COPY streams in the loader). */
  readonly client: pg.Client;
  /** user@host:port/database, for messages. */
  readonly target: PostgresTarget;
  /** Turns a driver error into a PostgresError when it is the user's to fix (never with the password). */
  explain(e: unknown): unknown;
}

/**
 * Opens one connection. Rejects with a PostgresError (message names user@host:port/db,
 * never the password; a hint says what to fix) when the URL is malformed or the server
 * cannot be reached or refuses.
 */
export async function connectPostgres(url: string): Promise<PostgresRunner> {
  const params = checkUrl(url);
  const timeout = connectTimeoutMs(params);
  const connectionString = libpqUrl(url, params);
  // Imported here, not at the top: see the note on the package in sql/duckdb/runner.ts.
  const { default: driver } = await import('pg');
  let client: pg.Client;
  try {
    client = new driver.Client({
      connectionString,
      types: typeParsers(driver.types),
      application_name: 'revpact',
      connectionTimeoutMillis: timeout,
    });
  } catch (e) {
    // A certificate or key file the URL names (sslrootcert, sslcert, sslkey) that cannot be read.
    const file = e as NodeJS.ErrnoException | null;
    if (typeof file?.code === 'string' && typeof file.path === 'string')
      throw new PostgresError(
        `--db: cannot read ${file.path}, which the URL names as a certificate or key (${file.code})`,
        'check the path in sslrootcert, sslcert or sslkey',
        'bad-url',
      );
    // The driver's URL parser (e.g. a bad percent-escape) fails here, before any network.
    throw new PostgresError(
      '--db: the PostgreSQL URL cannot be read',
      `write it as postgresql://USER:PASSWORD@HOST:5432/DATABASE (${e instanceof Error ? e.name : 'error'})`,
      'bad-url',
    );
  }
  const target = targetOf(client);
  const explainError = (e: unknown, phase: 'connect' | 'query') => explain(e, target, phase);
  // An idle connection the server drops must not crash the process; the next query reports it.
  client.on('error', () => undefined);
  try {
    await client.connect();
    await client.query("SET TIME ZONE 'UTC'");
  } catch (e) {
    await client.end().catch(() => undefined);
    throw explainError(e, 'connect');
  }
  let closed = false;
  return {
    dialect: 'postgres',
    client,
    target,
    explain: (e) => explainError(e, 'query'),
    async exec(sql) {
      try {
        await client.query(sql);
      } catch (e) {
        throw explainError(e, 'query');
      }
    },
    async all(sql) {
      let result: pg.QueryResult | pg.QueryResult[];
      try {
        // Text without parameters goes through the simple query protocol, so a script of
        // several statements is allowed; its rows are those of the last one.
        result = (await client.query(sql)) as pg.QueryResult | pg.QueryResult[];
      } catch (e) {
        throw explainError(e, 'query');
      }
      const last = Array.isArray(result) ? result[result.length - 1] : result;
      return (last?.rows ?? []) as Record<string, unknown>[];
    },
    async close() {
      if (closed) return;
      closed = true;
      await client.end().catch(() => undefined);
    },
  };
}
