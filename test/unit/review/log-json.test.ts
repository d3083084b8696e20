/**
 * `revpact log --format json`: the diagnostics of an invalid version in validate's shape
 * and key order, without the fix (the log says what each version raised).
 */
import { expect, it } from 'vitest';
import { renderLog } from '../../../src/review/render/log.js';
import type { Diagnostic } from '../../../src/contract/diagnostics.js';
import type { History } from '../../../src/review/history.js';

const diagnostic: Diagnostic = {
  file: 'contracts/acme.yaml',
  line: 12,
  column: 5,
  severity: 'error',
  code: 'invalid-percentage',
  message: 'target must be a percentage',
  pointer: '/slas/0/target',
  suggest: 'write it as 95%',
};

it('lists an invalid version’s diagnostics as validate does, keys in its order, without the fix', () => {
  const history: History = {
    file: 'contracts/acme.yaml',
    locale: 'en',
    entries: [
      {
        commit: 'a'.repeat(40),
        short: 'aaaaaaa',
        author: 'Ana',
        date: '2026-11-02T09:00:00+01:00',
        subject: 'Raise the MQL goal',
        path: 'contracts/acme.yaml',
        renamedFrom: null,
        status: 'invalid',
        version: null,
        check: null,
        changes: [],
        diagnostics: [diagnostic],
      },
    ],
  };
  const json = JSON.parse(renderLog.json(history)) as { entries: { diagnostics: Record<string, unknown>[] }[] };
  const [d] = json.entries[0]!.diagnostics;
  expect(Object.keys(d!)).toEqual(['file', 'line', 'column', 'severity', 'code', 'message', 'pointer']);
  const { suggest: _fix, ...said } = diagnostic;
  expect(d).toEqual(said);
});
