/**
 * The COPY text lines the loader writes, and the error messages of the PostgreSQL client:
 * pure functions, no server needed. (Round trips through a real server are in
 * client.test.ts and test/e2e/postgres-load.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import type { Lead } from '../../../src/leads/lead.js';
import { LEAD_COLUMNS } from '../../../src/sql/ddl.js';
import { epochMs } from '../../../src/sql/postgres/client.js';
import { COPY_COLUMNS, instant, leadLine, rejectionLine, unstorable } from '../../../src/sql/postgres/copy.js';
import { checkUrl, explain, PostgresError } from '../../../src/sql/postgres/errors.js';
import { checkTableName } from '../../../src/sql/postgres/load.js';

/** Epoch ms of a UTC date in any year (Date.UTC reads years 0-99 as 1900-1999). */
function utc(year: number, month: number, day: number, hour = 0): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month, day);
  d.setUTCHours(hour);
  return d.getTime();
}

const lead = (over: Partial<Lead> = {}): Lead => ({ id: 'L1', attributes: {}, origin: { file: 'leads.csv', row: 2 }, ...over });

describe('COPY text lines', () => {
  it('has one cell per column of the canonical table, in its order', () => {
    expect(COPY_COLUMNS).toEqual(LEAD_COLUMNS.map((c) => c.name));
    const cells = leadLine(lead()).replace(/\n$/, '').split('\t');
    expect(cells).toHaveLength(LEAD_COLUMNS.length);
    expect(cells[0]).toBe('L1');
    expect(cells[COPY_COLUMNS.indexOf('attributes')]).toBe('{}');
    expect(cells[COPY_COLUMNS.indexOf('origin_row')]).toBe('2');
    expect(cells.filter((c) => c === '\\N')).toHaveLength(LEAD_COLUMNS.length - 4);
  });

  it('puts each field in its column', () => {
    const full = lead({
      stage: 'mql',
      owner: 'Ana',
      source: 'ads',
      rejectionReason: 'no-budget',
      attempts: 3,
      score: 61.5,
      dealAmount: 1200,
      mqlAt: Date.UTC(2026, 9, 5, 7, 30, 0, 123),
      feedbackAt: 0,
      email: 'a@x.example',
      name: 'Ana',
      phone: '+34',
      dateOnly: ['mqlAt', 'feedbackAt'],
      attributes: { country: 'ES', employees: 40, partner: true },
    });
    const cells = leadLine(full).replace(/\n$/, '').split('\t');
    const at = (c: string) => cells[COPY_COLUMNS.indexOf(c)];
    expect([at('stage'), at('owner'), at('source'), at('rejection_reason')]).toEqual(['mql', 'Ana', 'ads', 'no-budget']);
    expect([at('attempts'), at('score'), at('deal_amount')]).toEqual(['3', '61.5', '1200']);
    expect(at('mql_at')).toBe('2026-10-05T07:30:00.123Z');
    expect(at('feedback_at')).toBe('1970-01-01T00:00:00.000Z');
    expect(at('created_at')).toBe('\\N');
    expect(at('date_only')).toBe('{mqlAt,feedbackAt}');
    expect(JSON.parse(at('attributes') as string)).toEqual({ country: 'ES', employees: 40, partner: true });
    expect([at('email'), at('name'), at('phone')]).toEqual(['a@x.example', 'Ana', '+34']);
  });

  it('escapes backslash, tab, newline and carriage return, and nothing else', () => {
    const cells = leadLine(lead({ owner: 'a\\b\tc\nd\re', name: 'O\'Brien "Bob" ; DROP', attributes: { note: 'x\ty' } }))
      .replace(/\n$/, '')
      .split('\t');
    expect(cells).toHaveLength(LEAD_COLUMNS.length);
    expect(cells[COPY_COLUMNS.indexOf('owner')]).toBe('a\\\\b\\tc\\nd\\re');
    expect(cells[COPY_COLUMNS.indexOf('name')]).toBe('O\'Brien "Bob" ; DROP');
    expect(cells[COPY_COLUMNS.indexOf('attributes')]).toBe('{"note":"x\\\\ty"}');
    expect(rejectionLine({ file: 'a\tb.csv', row: 7, reason: 'bad "x"\n' })).toBe('a\\tb.csv\t7\tbad "x"\\n\n');
  });

  it('writes instants PostgreSQL reads back to the same millisecond, in any year it stores', () => {
    for (const ms of [
      Date.UTC(2026, 2, 29, 1, 0, 0, 1),
      Date.UTC(9999, 11, 31, 23, 59, 59, 999),
      utc(12345, 0, 1),
      utc(-44, 2, 15, 12),
      utc(0, 0, 1),
      utc(1, 0, 1),
      utc(-4712, 0, 1),
    ]) {
      const text = instant(ms);
      // The way a UTC session prints it back: "YYYY-MM-DD HH:MM:SS.mmm+00[ BC]".
      const printed = text.includes('T') ? text.replace('T', ' ').replace('Z', '+00') : text;
      expect(epochMs(printed), text).toBe(ms);
    }
    expect(instant(utc(12345, 0, 1))).toBe('12345-01-01 00:00:00.000+00');
    expect(instant(utc(-44, 2, 15, 12))).toBe('0045-03-15 12:00:00.000+00 BC');
    expect(instant(undefined)).toBe('\\N');
  });

  it('reads every form of timestamp a UTC session prints', () => {
    expect(epochMs('2026-10-05 07:30:00+00')).toBe(Date.UTC(2026, 9, 5, 7, 30));
    expect(epochMs('2026-10-05 07:30:00.5+00')).toBe(Date.UTC(2026, 9, 5, 7, 30, 0, 500));
    expect(epochMs('2026-10-05 07:30:00.123456+00')).toBe(Date.UTC(2026, 9, 5, 7, 30, 0, 123));
    expect(epochMs('2026-10-05 09:30:00+02')).toBe(Date.UTC(2026, 9, 5, 7, 30));
    expect(epochMs('1890-01-01 00:00:00-00:14:44')).toBe(Date.UTC(1890, 0, 1, 0, 14, 44));
    expect(epochMs('2026-10-05 07:30:00')).toBe(Date.UTC(2026, 9, 5, 7, 30)); // timestamp without time zone
    expect(epochMs('0001-01-01 00:00:00+00 BC')).toBe(utc(0, 0, 1));
    expect(instant(utc(0, 0, 1))).toBe('0001-01-01 00:00:00.000+00 BC');
    expect(instant(utc(1, 0, 1))).toBe('0001-01-01T00:00:00.000Z');
    expect(() => epochMs('yesterday')).toThrow(/unexpected timestamp/);
  });

  it('refuses a lead PostgreSQL cannot store (NUL), saying where', () => {
    expect(unstorable(lead())).toBeUndefined();
    expect(unstorable(lead({ owner: 'a\0b' }))).toBe('a NUL character in owner, which PostgreSQL cannot store');
    expect(unstorable(lead({ attributes: { 'x\0y': 1 } }))).toBe('a NUL character in attribute "xy", which PostgreSQL cannot store');
    expect(unstorable(lead({ attributes: { note: 'a\0' } }))).toMatch(/attribute "note"/);
  });
});

describe('PostgreSQL messages', () => {
  const target = { user: 'revops', host: 'db.internal', port: 5432, database: 'crm' };

  it('refuses what is not a PostgreSQL URL, without echoing it', () => {
    expect(() => checkUrl('db.internal:5432/crm')).toThrow(PostgresError);
    expect(() => checkUrl('mysql://u:hunter2@h/db')).toThrow(/must start with postgresql:\/\//);
    try {
      checkUrl('postgresql://u:hunter2@[bad/db');
      expect.unreachable();
    } catch (e) {
      expect((e as PostgresError).message).toBe('--db: the PostgreSQL URL is malformed');
      expect((e as PostgresError).hint).toContain('%40');
    }
    expect(() => checkUrl('postgres://u:p@h:5432/db')).not.toThrow();
    expect(() => checkUrl('postgresql:///crm?host=/var/run/postgresql')).not.toThrow();
  });

  it('turns driver and server errors into a message and a hint, and leaves bugs alone', () => {
    const cases: [object, RegExp, RegExp][] = [
      [{ code: 'ECONNREFUSED', message: 'connect ECONNREFUSED' }, /postgresql:\/\/revops@db\.internal:5432\/crm: connection refused/, /start the server/],
      [{ errors: [{ code: 'ECONNREFUSED', message: 'x' }], message: '' }, /connection refused/, /host and port/],
      [
        { code: '28P01', message: 'password authentication failed for user "revops"' },
        /password authentication failed for user "revops"/,
        /fix the user or password/,
      ],
      [{ code: '3D000', message: 'database "crm" does not exist' }, /database "crm" does not exist/, /createdb crm/],
      [{ code: '42501', message: 'permission denied for table leads' }, /: permission denied for table leads$/, /GRANT/],
      [{ code: '42P01', message: 'relation "leads" does not exist' }, /relation "leads" does not exist/, /revpact load/],
      [{ code: 'ENOTFOUND', message: 'getaddrinfo ENOTFOUND db.internal' }, /unknown host "db\.internal"/, /host name/],
      [{ message: 'Connection terminated due to connection timeout' }, /cannot connect: Connection terminated due to connection timeout/, /postgresql:\/\//],
    ];
    for (const [error, message, hint] of cases) {
      const e = explain(error, target, 'connect') as PostgresError;
      expect(e, JSON.stringify(error)).toBeInstanceOf(PostgresError);
      expect(e.message).toMatch(message);
      expect(e.hint).toMatch(hint);
    }
    const bug = Object.assign(new Error('syntax error at or near "SELEC"'), { code: '42601' });
    expect(explain(bug, target, 'query')).toBe(bug);
  });

  it('accepts table names it can quote predictably', () => {
    for (const ok of ['leads', 'analytics.leads', 'Leads_2026', '_x$']) expect(() => checkTableName(ok), ok).not.toThrow();
    for (const bad of ['', 'a.b.c', 'drop table;', '1leads', 'x'.repeat(53), 'a"b']) expect(() => checkTableName(bad), bad).toThrow(PostgresError);
  });
});
