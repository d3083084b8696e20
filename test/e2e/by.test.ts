/**
 * --by by the name a user knows (issue 13, item 17): an unknown field is a usage error
 * with did-you-mean, on either engine, never a table of "(none)"; the export's own column
 * label is accepted; owner and source, always broken down, are not listed twice.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
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

  // {"companyId": 12345678901234567891} read as "12345678901234567000": two companies were one row of the breakdown.
  it.each(['streaming', 'duckdb'])('rejects an NDJSON lead whose --by attribute is a JSON number longer than JSON keeps exactly (%s)', (engine) => {
    writeFileSync(join(dir, 'company.yaml'), 'apiVersion: revpact/v1\nkind: mapping\nextends: canonical\ncolumns:\n  companyId: { attribute: companyId }\n');
    const lead = (id: string, day: string, company: string) =>
      `{"id":"${id}","createdAt":"2026-10-${day}T09:00:00Z","mqlAt":"2026-10-${day}T09:00:00Z","companyId":${company}}`;
    writeFileSync(
      join(dir, 'companies.ndjson'),
      [lead('A', '05', '12345678901234567891'), lead('B', '06', '12345678901234567892'), lead('C', '07', '"12345678901234567891"'), lead('D', '08', '42')].join(
        '\n',
      ) + '\n',
    );
    const r = runCli(
      [
        'check',
        'contracts/b2b-saas.yaml',
        '--leads',
        join(dir, 'companies.ndjson'),
        '--mapping',
        join(dir, 'company.yaml'),
        '--period',
        '2026-10',
        '--as-of',
        '2026-11-15T12:00:00Z',
      ].concat(['--format', 'json', '--by', 'companyId', '--engine', engine]),
    );
    expect(r.status, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as ComplianceReport;
    const reason = 'number too long to read exactly in "companyId" (it reads as 12345678901234567000): write it as a JSON string, in quotes';
    expect(report.input.rejections.map((x) => [x.row, x.reason])).toEqual([
      [1, reason],
      [2, reason],
    ]);
    expect(report.breakdowns.attributes['companyId']?.map((row) => [row.key, row.leads])).toEqual([
      ['12345678901234567891', 1],
      ['42', 1],
    ]);
  });
});
