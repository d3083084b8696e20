/**
 * Issue 13 item 8: PostgreSQL messages never show the password and never mangle the rest
 * of the message. They used to replace the password's text wherever it occurred, so a
 * user whose password equals the user name read `for user "***"`, and the password "e"
 * turned "PostgreSQL" into "Postgr***SQL".
 */
import { describe, expect, it } from 'vitest';
import { connectPostgres, PostgresError } from '../../../src/sql/postgres/client.js';
import { describeTarget, explain } from '../../../src/sql/postgres/errors.js';

/** Connects to a port where nothing listens, and returns the error the user would see. */
async function refused(url: string): Promise<PostgresError> {
  try {
    await connectPostgres(url);
  } catch (e) {
    expect(e).toBeInstanceOf(PostgresError);
    return e as PostgresError;
  }
  throw new Error('expected the connection to fail');
}

describe('PostgreSQL messages without the password', () => {
  it('names the user when the password is the same word', async () => {
    const e = await refused('postgresql://admin:admin@127.0.0.1:1/crm');
    expect(e.message).toBe('PostgreSQL at postgresql://admin@127.0.0.1:1/crm: connection refused (no server listens there)');
    const target = { user: 'admin', host: 'db.internal', port: 5432, database: 'crm' };
    const auth = explain({ code: '28P01', message: 'password authentication failed for user "admin"' }, target, 'connect') as PostgresError;
    expect(auth.message).toBe('PostgreSQL at postgresql://admin@db.internal:5432/crm: password authentication failed for user "admin"');
  });

  it('leaves words alone that contain a one-letter password', async () => {
    const e = await refused('postgresql://revops:e@127.0.0.1:1/leads');
    expect(e.message).toBe('PostgreSQL at postgresql://revops@127.0.0.1:1/leads: connection refused (no server listens there)');
    expect(e.hint).toBe('start the server, or fix the host and port in --db');
    const target = { user: 'revops', host: 'db.internal', port: 5432, database: 'leads' };
    const grant = explain({ code: '42501', message: 'permission denied for table leads' }, target, 'query') as PostgresError;
    expect(grant.message).toBe('PostgreSQL at postgresql://revops@db.internal:5432/leads: permission denied for table leads');
    expect(grant.hint).toContain('GRANT SELECT, INSERT ON the table');
  });

  it('shows neither the raw nor the encoded form of a password with special characters', async () => {
    const secret = 'p@ss/w:rd%e';
    const e = await refused(`postgresql://rev%20ops:${encodeURIComponent(secret)}@127.0.0.1:1/crm`);
    // The user name comes back percent-encoded, as it must be written in --db.
    expect(e.message).toBe('PostgreSQL at postgresql://rev%20ops@127.0.0.1:1/crm: connection refused (no server listens there)');
    for (const text of [e.message, e.hint ?? '']) {
      expect(text).not.toContain(secret);
      expect(text).not.toContain(encodeURIComponent(secret));
      expect(text).not.toContain('p@ss');
    }
  });

  it('writes the server as a URL that can go back into --db, socket directories as the host parameter', () => {
    const target = { user: 'revops', host: 'db.internal', port: 5432, database: 'crm' };
    expect(describeTarget(target)).toBe('postgresql://revops@db.internal:5432/crm');
    expect(describeTarget({ ...target, host: '::1' })).toBe('postgresql://revops@[::1]:5432/crm');
    expect(describeTarget({ ...target, host: '/var/run/postgresql' })).toBe('postgresql://revops@/crm?host=/var/run/postgresql&port=5432');
    expect(describeTarget({ ...target, user: 'a@b', database: 'my db' })).toBe('postgresql://a%40b@db.internal:5432/my%20db');
  });
});
