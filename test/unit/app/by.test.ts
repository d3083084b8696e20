/**
 * `--by` by the name a user knows (app/by.ts): a lead field, an attribute or the export's
 * column label; refused when it cannot give a useful table.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { attributesGiven, checkBy, resolveBy } from '../../../src/app/by.js';
import type { ComplianceReport } from '../../../src/engine/types.js';
import type { SourceStats } from '../../../src/leads/lead.js';
import { parseMapping, presetMapping } from '../../../src/leads/mapping/index.js';
import { REPO_ROOT } from '../../helpers/paths.js';

describe('--by', () => {
  it('reads a column label as the field or attribute it fills, once, without owner and source', () => {
    expect(resolveBy(['Country/Region', 'country', 'owner', 'stage'], presetMapping('hubspot'))).toEqual([
      { asked: 'Country/Region', field: 'country' },
      { asked: 'stage', field: 'stage' },
    ]);
  });

  it('refuses a personal field without --show-pii, by its name or its column label (a row per lead name or phone number was printed)', () => {
    const hubspot = presetMapping('hubspot');
    expect(() => resolveBy(['First Name'], hubspot)).toThrow("--by First Name: the lead's name is personal data, which a report shows only with --show-pii");
    expect(() => resolveBy(['Phone Number'], hubspot)).toThrow("--by Phone Number: the lead's phone number is personal data");
    expect(() => resolveBy(['email'], hubspot)).toThrow("--by email: the lead's e-mail address is personal data");
    expect(resolveBy(['name', 'Phone Number'], hubspot, true)).toEqual([
      { asked: 'name', field: 'name' },
      { asked: 'Phone Number', field: 'phone' },
    ]);
  });

  it('refuses a date field, whose table would list epoch milliseconds, pointing at --every', () => {
    for (const asked of ['createdAt', 'Create Date'])
      expect(() => resolveBy([asked], presetMapping('hubspot'))).toThrow(`--by ${asked}: a date is broken down by period, not by its values`);
    expect(() => resolveBy(['mqlAt'], undefined)).toThrow(expect.objectContaining({ hint: 'use --every week, month or quarter for figures period by period' }));
  });

  it('refuses a date attribute too (type: date), by its name or its column label', () => {
    const parsed = parseMapping(
      'm.yaml',
      ['apiVersion: revpact/v1', 'kind: mapping', 'columns:', '  Ref: id', '  Visto: { attribute: seen, type: date }', '  Plan: { attribute: plan }'].join(
        '\n',
      ),
    );
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.diagnostics));
    for (const asked of ['seen', 'Visto'])
      expect(() => resolveBy([asked], parsed.value)).toThrow(`--by ${asked}: a date is broken down by period, not by its values`);
    expect(resolveBy(['plan'], parsed.value)).toEqual([{ asked: 'plan', field: 'plan' }]);
  });

  it('says a column the mapping ignores (unmapped: ignore) is ignored, instead of "did you mean" the same name', () => {
    const parsed = parseMapping('m.yaml', ['apiVersion: revpact/v1', 'kind: mapping', 'unmapped: ignore', 'columns:', '  Ref: id'].join('\n'));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.diagnostics));
    const asked = resolveBy(['Extra'], parsed.value);
    const report = { input: { files: ['mb.csv'] }, breakdowns: { owner: [], source: [], attributes: {} } } as unknown as ComplianceReport;
    const stats = { columns: ['Ref', 'Extra'] } as SourceStats;
    expect(() => checkBy(asked, parsed.value, stats, report)).toThrow('--by Extra: the mapping "m" ignores the column "Extra" (unmapped: ignore)');
    expect(() => checkBy(resolveBy(['Extar'], parsed.value), parsed.value, stats, report)).toThrow('did you mean "Extra"?');
  });

  it('counts what joined files add among the fields an export gives (a condition on dealAmount is no typo)', () => {
    const file = join(REPO_ROOT, 'test/fixtures/exports/acme.mapping.yaml');
    const parsed = parseMapping(file, readFileSync(file));
    if (!parsed.ok) throw new Error('the acme mapping does not parse');
    const header =
      readFileSync(join(REPO_ROOT, 'test/fixtures/exports/acme-leads.csv'), 'utf8')
        .replace(/^\uFEFF/, '')
        .split(/\r?\n/)[0]
        ?.split(';') ?? [];
    const given = attributesGiven(header, parsed.value);
    expect(given.has('dealAmount')).toBe(true);
    expect(given.has('mqlAt')).toBe(true);
    expect(given.has('employes')).toBe(false);
  });

  it('names unmapped columns as the source names them: a repeated label with _2, a blank one by its place', () => {
    const hubspot = presetMapping('hubspot');
    const header = ['Record ID', 'Create Date', 'Segment', '', 'Segment', ' segment ', 'Stage'];
    const given = attributesGiven(header, hubspot);
    for (const name of ['segment', 'segment_2', 'segment_3', 'column4']) expect(given.has(name), name).toBe(true);
    // Before, the repeats were "segment" again: --by segment_2 was refused as no column of the export.
    const report = { input: { files: ['x.csv'] }, breakdowns: { attributes: {} } } as unknown as ComplianceReport;
    expect(() => checkBy(resolveBy(['segment_2', 'column4'], hubspot), hubspot, { columns: header } as SourceStats, report)).not.toThrow();
  });
});
