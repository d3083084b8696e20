import { describe, expect, it } from 'vitest';
import { Pacer, retryAfterMs } from '../../../src/notify/channels/pace.js';
import { emptyState, parseState, SentLog, serializeState, stateLeadId } from '../../../src/notify/state.js';
import type { Recipient, Routed } from '../../../src/notify/types.js';
import { UsageError } from '../../../src/shared/errors.js';

const item = (leadId: string, dueAt = '2026-10-14T17:00:00+02:00'): Routed => ({
  leadId,
  ruleId: 'first-touch',
  kind: 'due',
  owner: 'Ana',
  dueAt,
  minutesLeft: 10,
  clock: 'business',
  overdue: false,
  as: 'owner',
});
const ana: Recipient = { key: 'Ana', name: 'Ana' };
const marc: Recipient = { key: 'Marc', name: 'Marc' };

describe('the state file', () => {
  it('remembers a notice per channel and recipient, survives a round trip, and drops entries older than the look-back', () => {
    const log = new SentLog(emptyState('acme', '2026-10-13T16:30:00+02:00'));
    log.mark('slack', item('L1'), ana, '2026-10-14T14:30:00.000Z');
    log.mark('slack', item('L2', '2026-06-01T10:00:00+02:00'), ana, '2026-10-14T14:30:00.000Z');
    const again = new SentLog(parseState(serializeState(log.result(Date.parse('2026-07-16T00:00:00+02:00'))), 'state.json', 'acme'));
    expect(again.has('slack', item('L1'), ana)).toBe(true);
    expect(again.has('slack', item('L1'), marc)).toBe(false);
    expect(again.has('email', item('L1'), ana)).toBe(false);
    expect(again.has('slack', item('L2', '2026-06-01T10:00:00+02:00'), ana)).toBe(false);
  });

  it('keeps no e-mail address of a lead: such ids are stored as a hash', () => {
    const log = new SentLog(emptyState('acme', '2026-10-13T16:30:00+02:00'));
    log.mark('email', item('jane@customer.example'), ana, '2026-10-14T14:30:00.000Z');
    const text = serializeState(log.result(0));
    expect(text).not.toContain('jane@customer.example');
    expect(text).toContain(stateLeadId('jane@customer.example'));
    expect(new SentLog(parseState(text, 's.json', 'acme')).has('email', item('jane@customer.example'), ana)).toBe(true);
  });

  it.each([
    ['not json', /not JSON/],
    ['[]', /not a JSON object/],
    ['{"version":2,"contract":"acme","breachesFrom":"2026-10-13T00:00:00Z","sent":[]}', /version 2/],
    ['{"version":1,"contract":"acme","breachesFrom":"yesterday","sent":[]}', /breachesFrom/],
    // Before: "is the state of contract undefined, not "acme"".
    ['{"version":1}', /not a revpact notify state file \(contract is not a string\)/],
    ['{"version":1,"contract":7,"breachesFrom":"2026-10-13T00:00:00Z","sent":[]}', /contract is not a string/],
    // Date.parse reads "1" as the year 2001: no instant this file is written with.
    ['{"version":1,"contract":"acme","breachesFrom":"1","sent":[]}', /breachesFrom is not an instant/],
    ['{"version":1,"contract":"acme","breachesFrom":"2026-10-13T00:00:00Z","sent":[{"channel":"fax"}]}', /sent\[0\]/],
    [
      '{"version":1,"contract":"acme","breachesFrom":"2026-10-13T00:00:00Z","sent":[{"channel":"slack","lead":"L1","rule":"r","kind":"due","to":"Ana","dueAt":"soon","sentAt":"2026-10-14T14:30:00.000Z"}]}',
      /sent\[0\]\.dueAt is not an instant/,
    ],
  ])('refuses %s with a message that says what to do', (text, why) => {
    let error: unknown;
    try {
      parseState(text, 'state.json', 'acme');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UsageError);
    expect((error as UsageError).message).toMatch(why);
    expect((error as UsageError).message).toMatch(/^state\.json: /);
    expect((error as UsageError).hint).toContain('--state');
  });
});

describe('the pace of webhooks', () => {
  it('reads Retry-After as seconds or a date', () => {
    expect(retryAfterMs('7', 0)).toBe(7000);
    expect(retryAfterMs(new Date(30_000).toUTCString(), 0)).toBe(30_000);
    expect(retryAfterMs(undefined, 0)).toBeUndefined();
  });

  it('does not wait out a Retry-After longer than a run waits: that message fails and goes next run', async () => {
    let t = 0;
    const sleeps: number[] = [];
    const pacer = new Pacer({ now: () => t, sleep: (ms) => Promise.resolve(void (sleeps.push(ms), (t += ms))) });
    const result = await pacer.send(() => Promise.resolve({ ok: false, retry: true, waitMs: 3_600_000, error: 'Slack: HTTP 429' }));
    expect(result).toEqual({ ok: false, error: expect.stringContaining('wait 3600 s') as unknown });
    expect(sleeps).toEqual([]);
  });

  it('gives up after its retries on 5xx, backing off', async () => {
    let t = 0;
    const sleeps: number[] = [];
    let tries = 0;
    const pacer = new Pacer({ now: () => t, sleep: (ms) => Promise.resolve(void (sleeps.push(ms), (t += ms))) });
    const result = await pacer.send(() => Promise.resolve({ ok: false, retry: (++tries, true), error: 'HTTP 503' }));
    expect(result.ok).toBe(false);
    expect(tries).toBe(4);
    expect(sleeps).toEqual([1000, 2000, 4000]);
  });
});
