import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderReport } from '../../../src/report/render/index.js';
import type { ComplianceReport } from '../../../src/engine/types.js';
import { REPO_ROOT } from '../../helpers/paths.js';
import { FIXTURES, failingReport, hostileReport, noDataReport, passingReport, piiReport } from './fixtures.js';

const json = (r: ComplianceReport) => renderReport.json(r, { color: false });

/**
 * The same value with every object's keys in reverse order, as an engine might build it;
 * except `breakdowns.attributes`, whose order is the --by flags' and only the engine knows it.
 */
function scrambled<T>(value: T, path = ''): T {
  if (Array.isArray(value)) return (value as unknown[]).map((v) => scrambled(v, `${path}[]`)) as T;
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value).map(([k, v]): [string, unknown] => [k, scrambled(v, path === '.breakdowns.attributes' ? `${path}.*` : `${path}.${k}`)]);
  return Object.fromEntries(path === '.breakdowns.attributes' ? entries : entries.reverse()) as T;
}

describe('json', () => {
  it.each([
    ['failing', failingReport],
    ['passing', passingReport],
    ['no-data', noDataReport],
    ['pii', piiReport],
  ] as const)('is the %s report, whole', (_, make) => {
    // Whole but for the findings' `detail`, which only localized reports use: the JSON's message is the English one.
    const report = make();
    const expected = { ...report, dataQuality: report.dataQuality.map(({ detail: _detail, ...f }) => f) };
    expect(JSON.parse(json(report))).toEqual(expected);
  });

  it('is pretty-printed with a final newline', () => {
    const out = json(passingReport());
    expect(out.startsWith('{\n  "reportVersion": 1,\n  "contract": {\n    "name": "golden-first-touch",')).toBe(true);
    expect(out.endsWith('}\n')).toBe(true);
  });

  it('writes keys in the order of the type, whatever order the engine built them in', () => {
    for (const make of Object.values(FIXTURES)) expect(json(scrambled(make()))).toBe(json(make()));
    expect(Object.keys(JSON.parse(json(scrambled(failingReport()))) as object)).toEqual([
      'reportVersion',
      'contract',
      'period',
      'input',
      'slas',
      'commitments',
      'funnel',
      'followUp',
      'handoff',
      'dataQuality',
      'breakdowns',
      'status',
    ]);
    const sla = (JSON.parse(json(scrambled(piiReport()))) as ComplianceReport).slas[0]!;
    expect(Object.keys(sla)).toEqual([
      'id',
      'name',
      'owner',
      'met',
      'breached',
      'pending',
      'excluded',
      'outsidePeriod',
      'attainment',
      'target',
      'status',
      'goalMinutes',
      'goal',
      'clock',
      'elapsedMinutes',
      'elapsedDistribution',
      'open',
      'worst',
    ]);
    expect(Object.keys(sla.elapsedDistribution[0]!)).toEqual(['over', 'upTo', 'count']);
    expect(Object.keys(sla.open)).toEqual(['count', 'medianAgeMinutes', 'oldestAgeMinutes']);
    expect(Object.keys(sla.worst[0]!)).toEqual(['leadId', 'elapsedMinutes', 'overdueMinutes', 'dueAt', 'owner', 'email', 'name']);
  });

  it('keeps optional keys absent and nulls null', () => {
    const out = JSON.parse(json(failingReport())) as ComplianceReport;
    expect('base' in out.commitments[0]!).toBe(false);
    expect(out.commitments[1]!.base).toBe(1331);
    expect('sla' in out.dataQuality[1]!).toBe(false);
    expect(out.slas[2]!.attainment).toBeNull();
    expect((JSON.parse(json(passingReport())) as ComplianceReport).followUp).toBeNull();
  });

  it('keeps a "__proto__" key as data', () => {
    const out = JSON.parse(json(hostileReport())) as ComplianceReport;
    expect(Object.keys(out.breakdowns.attributes)).toEqual(['__proto__', 'a|b']);
    expect(Object.getPrototypeOf(out.breakdowns.attributes)).toBe(Object.prototype);
    expect(json(hostileReport())).toContain('"__proto__": [');
  });

  it('holds rows = evaluated + rejected in every fixture', () => {
    for (const make of [...Object.values(FIXTURES), piiReport]) {
      const { input } = JSON.parse(json(make())) as ComplianceReport;
      expect(input.rows).toBe(input.evaluated + input.rejected);
    }
  });

  it('is documented field by field in docs/report-json.md', () => {
    const doc = readFileSync(`${REPO_ROOT}/docs/report-json.md`, 'utf8');
    // Documented fields per section: "## The report" → '', "### `slas[]`" → 'slas'.
    const documented = new Map<string, Set<string>>();
    let section: string | null = null;
    for (const line of doc.split('\n')) {
      const heading = /^##+ (?:`([A-Za-z]+)(?:\[\])?`|The report)$/.exec(line);
      if (heading) section = heading[1] ?? '';
      else if (/^## /.test(line)) section = null;
      const field = /^\| `([^`]+)` \|/.exec(line);
      if (section !== null && field) {
        if (!documented.has(section)) documented.set(section, new Set());
        documented.get(section)!.add(field[1]!);
      }
    }
    const missing: string[] = [];
    const check = (section: string, name: string) => {
      if (!documented.get(section)?.has(name)) missing.push(`${section || 'report'}: ${name}`);
    };
    /** Checks an object's fields as `prefix + key`, descending into nested objects and arrays. */
    const fields = (section: string, prefix: string, obj: object, records: Record<string, (name: string, v: unknown) => void> = {}) => {
      for (const [key, child] of Object.entries(obj)) {
        const name = prefix + key;
        check(section, name);
        if (records[name]) records[name](name, child);
        else if (Array.isArray(child)) {
          for (const item of child as unknown[]) if (item !== null && typeof item === 'object') fields(section, `${name}[].`, item);
        } else if (child !== null && typeof child === 'object') fields(section, `${name}.`, child as object);
      }
    };
    const report = JSON.parse(json(piiReport())) as ComplianceReport;
    for (const [key, value] of Object.entries(report) as [string, unknown][]) {
      check('', key);
      if (key === 'breakdowns') continue;
      if (Array.isArray(value)) for (const item of value as object[]) fields(key, '', item);
      else if (value !== null && typeof value === 'object') fields(key, '', value);
    }
    // Breakdowns: the three dimensions, then each row once (without the dimension in front),
    // with per-SLA cells keyed by SLA id, documented as `slas.*`.
    const rowFields = (row: object) =>
      fields('breakdowns', '', row, { slas: (_, cells) => Object.values(cells as Record<string, object>).forEach((c) => fields('breakdowns', 'slas.*.', c)) });
    fields('breakdowns', '', report.breakdowns, {
      owner: (_, rows) => (rows as object[]).forEach(rowFields),
      source: (_, rows) => (rows as object[]).forEach(rowFields),
      attributes: (_, byName) => Object.values(byName as Record<string, object[]>).forEach((rows) => rows.forEach(rowFields)),
    });
    expect(report.breakdowns.owner.length).toBeGreaterThan(0);
    expect(missing).toEqual([]);
  });
});
