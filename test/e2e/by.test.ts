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

  // 6,000 companies, one lead each: the text table showed 10 and "… and 41 more", its "(other)"
  // row (5,950 leads past the 50 the report keeps) out of sight, Markdown 25 and "… and 26 more".
  it('sums the rows a text or Markdown breakdown leaves out into a row that says what it holds', () => {
    const rows = ['id,createdAt,mqlAt,firstTouchAt,owner,source,company'];
    for (let i = 0; i < 6000; i++)
      rows.push(`C${i},2026-10-05T09:00:00+02:00,2026-10-05T10:00:00+02:00,${i % 2 ? '2026-10-05T10:30:00+02:00' : ''},ana,web,co${i}`);
    writeFileSync(join(dir, 'companies.csv'), rows.join('\n') + '\n');
    const run = (format: string, locale = 'en') =>
      runCli(
        ['check', 'test/golden/first-touch-madrid/contract.yaml', '--leads', join(dir, 'companies.csv'), '--period', '2026-10'].concat([
          '--as-of',
          '2026-10-30T17:30:00+01:00',
          '--by',
          'company',
          '--format',
          format,
          '--locale',
          locale,
        ]),
      );
    const text = run('text');
    expect(text.status, text.stderr).toBe(0);
    const byCompany = text.stdout.slice(text.stdout.indexOf('By company'));
    expect(byCompany).toMatch(/\n {2}\(other\) +5,990 +50\.0% \(2,996\/5,990\)\n/);
    expect(byCompany).toContain('(other) sums 40 more values, and every value past the 50 with the most leads');
    expect(byCompany).not.toContain('… and');
    const md = run('markdown', 'es');
    expect(md.status, md.stderr).toBe(0);
    expect(md.stdout).toContain('| (otros) | 5975 | 50,0\u00a0% (2988/5975) |');
    expect(md.stdout).toContain('*(otros) suma 25 valores más, y todos los valores después de los 50 con más leads*');
    // The leads of the rows shown add up to the dimension's.
    const shown = [...byCompany.matchAll(/^ {2}\S+ +([\d,]+) /gm)].map((m) => Number(m[1]?.replace(/,/g, '')));
    expect(shown.reduce((a, b) => a + b, 0)).toBe(6000);
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
