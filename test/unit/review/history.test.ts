/** A contract's history as a changelog: each commit against the last valid version before it. */
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import type { LogEntry } from '../../../src/review/git.js';
import { buildHistory, isBase } from '../../../src/review/history.js';
import { at, B2B_TEXT, b2b } from './helpers.js';

const bytes = (text: string) => new TextEncoder().encode(text);
const entry = (n: number, subject: string, status = 'M'): LogEntry => ({
  commit: `${n}`.repeat(40).slice(0, 40),
  short: `${n}`.repeat(7),
  author: 'T',
  date: `2026-0${n}-01T10:00:00+02:00`,
  subject,
  status,
  path: 'contracts/b2b-saas.yaml',
});

describe('buildHistory', () => {
  it('with `shown`, compares the oldest entry shown with the last valid version before it (issue 13 item 22)', () => {
    const v2 = b2b();
    v2.metadata.version = '3.0.0';
    at(v2.slas, 'first-touch').goal = '30m';
    const inputs = [
      { entry: entry(3, 'Faster first touch'), bytes: bytes(stringify(v2)) },
      { entry: entry(2, 'Broken'), bytes: bytes('apiVersion: revpact/v1\nmetadata: [\n') },
      { entry: entry(1, 'First version', 'A'), bytes: bytes(B2B_TEXT) },
    ];
    const history = buildHistory('contracts/b2b-saas.yaml', inputs, 1);
    expect(history.entries.map((e) => [e.subject, e.status, e.check?.from ?? null])).toEqual([['Faster first touch', 'changed', '2.3.0']]);
    expect(history.entries[0]?.changes.some((c) => c.pointer === '/slas/0/goal')).toBe(true);
    // The invalid commit cannot be a base; the valid one and a deletion can.
    expect(inputs.map((i) => isBase(i))).toEqual([true, false, true]);
    expect(isBase({ entry: entry(4, 'Gone', 'D'), bytes: null })).toBe(true);
  });

  it('created, changed, invalid, then changed against the last valid version; newest first', () => {
    const v2 = b2b();
    v2.metadata.version = '2.4.0';
    at(v2.slas, 'first-touch').goal = '30m';
    const v3 = structuredClone(v2);
    v3.metadata.version = '3.0.0';
    const history = buildHistory('contracts/b2b-saas.yaml', [
      { entry: entry(4, 'Fix the file'), bytes: bytes(stringify(v3)) },
      { entry: entry(3, 'Broken'), bytes: bytes('apiVersion: revpact/v1\nmetadata: [\n') },
      { entry: entry(2, 'Faster first touch'), bytes: bytes(stringify(v2)) },
      { entry: entry(1, 'First version', 'A'), bytes: bytes(B2B_TEXT) },
    ]);
    expect(history.entries.map((e) => [e.subject, e.status, e.version, e.check?.ok ?? null])).toEqual([
      ['Fix the file', 'changed', '3.0.0', true],
      ['Broken', 'invalid', null, null],
      ['Faster first touch', 'changed', '2.4.0', false],
      ['First version', 'created', '2.3.0', null],
    ]);
    const faster = history.entries[2];
    expect(faster?.check).toEqual({ required: 'major', actual: 'minor', ok: false, from: '2.3.0', to: '2.4.0' });
    expect(faster?.changes.find((c) => c.pointer === '/slas/0/goal')).toMatchObject({
      direction: 'tightened',
      bump: 'major',
      line: expect.any(Number) as number,
    });
    expect(history.entries[1]?.diagnostics[0]).toMatchObject({ file: 'contracts/b2b-saas.yaml@3333333', severity: 'error' });
    // The fix is compared with the last valid version (2.4.0), not with the broken one.
    expect(history.entries[0]?.changes.map((c) => c.pointer)).toEqual(['/metadata/version']);
  });

  it('a deletion is an entry of its own', () => {
    const history = buildHistory('x.yaml', [
      { entry: entry(2, 'Remove', 'D'), bytes: null },
      { entry: entry(1, 'Add', 'A'), bytes: bytes(B2B_TEXT) },
    ]);
    expect(history.entries.map((e) => e.status)).toEqual(['deleted', 'created']);
  });
});
