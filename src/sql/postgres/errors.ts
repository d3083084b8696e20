/**
 * PostgreSQL failures a user can fix (a server that does not answer, a wrong password, a
 * database or table that does not exist, a missing grant) as one error class with a
 * message that says where and a hint that says how. Nothing here ever prints a password,
 * and nothing needs to hide one: messages are built only from parts that never hold it
 * (the server as postgresql://user@host:port/database, read from the parsed URL; the
 * server's SQLSTATE and message, which PostgreSQL never fills with the password). Issue
 * 13 item 8: replacing the password's text in a message instead mangled every word that
 * happened to contain it ("Postgr***SQL" for the password "e", user "***" when the user
 * name was also the password).
 */
import { UsageError } from '../../shared/errors.js';

/**
 * A database problem that is the user's to fix. It is a UsageError, so whichever command
 * meets it (`load`, `check --engine postgres`) prints message and hint and exits 2, as for
 * a missing file, instead of reporting an internal error.
 */
export class PostgresError extends UsageError {
  constructor(
    message: string,
    hint: string,
    /** The SQLSTATE or Node error code behind it, when there is one (for tests and callers). */
    readonly code?: string,
  ) {
    super(message, hint);
    this.name = 'PostgresError';
  }
}

/** Where a connection goes, without its password. */
export interface PostgresTarget {
  user: string;
  host: string;
  port: number;
  database: string;
}

/**
 * The server as a URL without the password, postgresql://user@host:port/database, that
 * could be pasted back into --db (with the password added). A Unix socket directory goes
 * in the `host` parameter, as libpq writes it.
 */
export function describeTarget(t: PostgresTarget): string {
  const user = t.user === '' ? '' : `${encodeURIComponent(t.user)}@`;
  const database = encodeURIComponent(t.database);
  if (t.host.startsWith('/')) return `postgresql://${user}/${database}?host=${t.host}&port=${t.port}`;
  const host = t.host.includes(':') ? `[${t.host}]` : t.host;
  return `postgresql://${user}${host}:${t.port}/${database}`;
}

const URL_FORMAT = 'postgresql://USER:PASSWORD@HOST:5432/DATABASE';

/**
 * Checks the form of a --db URL before the driver sees it. The driver would read a bare
 * word as a socket path and fail later with a puzzling message; the password, if the
 * text holds one, must not be echoed back. Returns the URL's query parameters.
 */
export function checkUrl(url: string): URLSearchParams {
  if (!/^postgres(ql)?:\/\//i.test(url)) {
    throw new PostgresError(
      `--db: not a PostgreSQL URL (it must start with postgresql://)`,
      `write it as ${URL_FORMAT}; special characters in the password are percent-encoded (@ as %40)`,
      'bad-url',
    );
  }
  try {
    // Only the form is checked: the password is never part of a message. The query
    // (connect_timeout, sslmode) is handed back for the connection to read.
    return new URL(url.replace(/^postgres(ql)?:/i, 'http:')).searchParams;
  } catch {
    throw new PostgresError(
      `--db: the PostgreSQL URL is malformed`,
      `write it as ${URL_FORMAT}; special characters in the user or password are percent-encoded (@ as %40, / as %2F)`,
      'bad-url',
    );
  }
}

interface DriverError {
  code?: unknown;
  message?: unknown;
  errors?: unknown;
}

/**
 * Turns a driver or server error into a PostgresError when it is the user's to fix;
 * anything else (a syntax error in revpact's own SQL, say) is returned as it is: a bug.
 */
export function explain(e: unknown, target: PostgresTarget, phase: 'connect' | 'query'): unknown {
  if (e instanceof PostgresError) return e;
  const err = (e ?? {}) as DriverError;
  // A host with several addresses fails with an AggregateError whose errors carry the codes.
  const first = Array.isArray(err.errors) && err.errors.length > 0 ? (err.errors[0] as DriverError) : err;
  const code = typeof err.code === 'string' ? err.code : typeof first.code === 'string' ? first.code : '';
  // The server's own words (or the driver's: "connect ECONNREFUSED 127.0.0.1:5432"): they
  // name the user, the host, the database, never the password, which travels only in the
  // authentication exchange.
  const detail = typeof err.message === 'string' && err.message !== '' ? err.message : typeof first.message === 'string' ? first.message : String(e);
  const where = `PostgreSQL at ${describeTarget(target)}`;
  const fix = (message: string, hint: string) => new PostgresError(message, hint, code || undefined);
  switch (code) {
    case 'ECONNREFUSED':
      return fix(`${where}: connection refused (no server listens there)`, 'start the server, or fix the host and port in --db');
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return fix(`${where}: unknown host "${target.host}"`, 'fix the host name in --db');
    case 'ETIMEDOUT':
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return fix(
        `${where}: the server did not answer (${code})`,
        'check the host, the port and any firewall; add ?connect_timeout=SECONDS to --db to wait longer',
      );
    case 'ECONNRESET':
    case 'EPIPE':
      return fix(`${where}: the server closed the connection (${code})`, 'check the server log; if the server requires SSL, add ?sslmode=require to --db');
    case 'ENOENT':
      return fix(`${where}: no server socket there`, 'start the server, or use a TCP host in --db (postgresql://USER@HOST:5432/DATABASE)');
    case '28P01':
      return fix(
        `${where}: password authentication failed for user "${target.user}"`,
        'fix the user or password in --db (percent-encode special characters), or set PGPASSWORD',
      );
    case '28000':
      return fix(
        `${where}: the server refused the connection: ${detail}`,
        'the server’s pg_hba.conf does not let this user in from here; ask its administrator, or fix the user in --db',
      );
    case '3D000':
      return fix(`${where}: database "${target.database}" does not exist`, `create it (createdb ${target.database}) or fix the database name in --db`);
    case '53300':
      return fix(`${where}: too many connections`, 'try again later, or ask the administrator to raise max_connections');
    case '57P01':
    case '57P02':
    case '57P03':
      return fix(`${where}: the server is shutting down or starting up`, 'try again when it is up');
    case '42501':
      return fix(
        `${where}: ${detail}`,
        'the user in --db lacks a privilege for this: ask the database owner for it (e.g. GRANT SELECT, INSERT ON the table, or CREATE on the schema), or connect as a user who has it',
      );
    case '42P01':
      return fix(`${where}: ${detail}`, 'load the leads first (revpact load --db URL --leads FILE --table NAME), or fix --table');
    case '3F000':
      return fix(`${where}: ${detail}`, 'create the schema (CREATE SCHEMA name), or fix the schema part of --table');
    case '57014':
      return fix(
        `${where}: the query was cancelled (${detail})`,
        'a statement_timeout on the server stopped it; raise it for this user or run on a smaller table',
      );
    case '42809':
      return fix(
        `${where}: ${detail}`,
        'the name is a view or another kind of relation, not a table: choose another --table, or load into a table and define the view over it',
      );
    case '2BP01':
      return fix(`${where}: ${detail}`, 'other objects (views) depend on the table revpact has to recreate: drop them first, or load into another --table');
    case '25006':
      return fix(`${where}: ${detail}`, 'the server is read-only (a standby?); point --db at the primary');
    default:
      break;
  }
  if (code.startsWith('08') || (phase === 'connect' && code === '')) {
    return fix(`${where}: cannot connect: ${detail}`, 'check the URL in --db: postgresql://USER:PASSWORD@HOST:5432/DATABASE');
  }
  // An existing table with constraints of its own (NOT NULL, CHECK, a foreign key) refused a row.
  if (code.startsWith('23'))
    return fix(`${where}: ${detail}`, 'the existing table has constraints the canonical table does not: load with --replace, or into another --table');
  if (code.startsWith('28')) return fix(`${where}: ${detail}`, 'fix the user or password in --db');
  if (code.startsWith('53')) return fix(`${where}: the server ran out of resources: ${detail}`, 'free disk space or memory on the server, then try again');
  // Not the user's to fix: a bug, reported as the driver said it.
  return e;
}
