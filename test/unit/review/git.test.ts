/** Parsing what the user types for a Git side, and what `git log -z` prints. */
import { describe, expect, it } from 'vitest';
import { parseLog, parseSide } from '../../../src/review/git.js';

describe('parseSide', () => {
  it('reads git:<ref>:<path>, the path keeping any further colons', () => {
    expect(parseSide('git:main:contracts/b2b-saas.yaml')).toEqual({
      kind: 'git',
      ref: 'main',
      path: 'contracts/b2b-saas.yaml',
      display: 'git:main:contracts/b2b-saas.yaml',
    });
    expect(parseSide('git:HEAD~1:a:b.yaml')).toMatchObject({ ref: 'HEAD~1', path: 'a:b.yaml' });
    expect(parseSide('contracts/b2b-saas.yaml')).toEqual({ kind: 'file', path: 'contracts/b2b-saas.yaml', display: 'contracts/b2b-saas.yaml' });
  });

  it('refuses a side without a ref or a path, and a ref git would take for an option', () => {
    expect(parseSide('git:main')).toHaveProperty('error');
    expect(parseSide('git::x.yaml')).toHaveProperty('error');
    expect(parseSide('git:--output=/tmp/x:x.yaml')).toHaveProperty('error');
  });
});

describe('parseLog', () => {
  it('reads records, statuses and renames', () => {
    const text =
      '\x1eaaa\x1fa1\x1fLaia Ferrer\x1f2026-05-02T10:00:00+02:00\x1fRename\0\nR087\0old.yaml\0new.yaml\0' +
      '\x1ebbb\x1fb1\x1fMarc\x1f2026-04-01T10:00:00+02:00\x1fFirst: with a colon\0\nA\0old.yaml\0';
    expect(parseLog(text)).toEqual([
      {
        commit: 'aaa',
        short: 'a1',
        author: 'Laia Ferrer',
        date: '2026-05-02T10:00:00+02:00',
        subject: 'Rename',
        status: 'R',
        path: 'new.yaml',
        from: 'old.yaml',
      },
      { commit: 'bbb', short: 'b1', author: 'Marc', date: '2026-04-01T10:00:00+02:00', subject: 'First: with a colon', status: 'A', path: 'old.yaml' },
    ]);
  });
});
