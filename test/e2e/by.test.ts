/**
 * --by by the name a user knows (issue 13, item 17): an unknown field is a usage error
 * with did-you-mean, on either engine, never a table of "(none)"; the export's own column
 * label is accepted; owner and source, always broken down, are not listed twice.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ComplianceReport } from '../../src/engine/types.js';
import { CRASH, ensureBuilt, runCli } from '../helpers/cli.js';
import { generateExport } from '../helpers/gen.js';

const dir = mkdtempSync(join(tmpdir(), 'revpact-by-'));
const leads = join(dir, 'hubspot.csv');
const check = (...extra: string[]) =>
  runCli([
    'check',
    'contracts/b2b-saas.yaml',
    '--leads',
    leads,
    '--mapping',
    'hubspot',
    '--period',
    '2026-10',
    '--as-of',
    '2026-11-15T12:00:00Z',
    '--format',
    'json',
    ...extra,
  ]);

beforeAll(() => {
  ensureBuilt();
  generateExport(leads, { rows: 400, format: 'hubspot', seed: 11 });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('--by', () => {
  it.each(['streaming', 'duckdb'])('an unknown field exits 2 with did-you-mean (%s)', (engine) => {
    const r = check('--by', 'contry', '--engine', engine);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('--by contry: no column of');
    if (engine === 'streaming') expect(r.stderr).toContain('did you mean "country"?');
    expect(r.stderr).not.toMatch(CRASH);
  });

  it('accepts the export’s column label and breaks down by the field it fills', () => {
    const byLabel = check('--by', 'Country/Region');
    const byName = check('--by', 'country');
    expect(byLabel.status, byLabel.stderr).toBe(0);
    const a = JSON.parse(byLabel.stdout) as ComplianceReport;
    expect(Object.keys(a.breakdowns.attributes)).toEqual(['country']);
    expect(a.breakdowns.attributes['country']!.some((row) => row.key !== '(none)')).toBe(true);
    expect(byLabel.stdout).toBe(byName.stdout);
  });

  it('lists owner and source once', () => {
    const r = check('--by', 'source', '--by', 'owner', '--by', 'country', '--by', 'country');
    expect(r.status, r.stderr).toBe(0);
    expect(Object.keys((JSON.parse(r.stdout) as ComplianceReport).breakdowns.attributes)).toEqual(['country']);
    expect(r.stdout).toBe(check('--by', 'country').stdout);
  });
});
