import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty } from '../../../src/report/workflow-commands.js';
import { renderReport, type RenderOptions } from '../../../src/report/render/index.js';
import type { ComplianceReport } from '../../../src/engine/types.js';
import { HOSTILE, failingReport, hostileReport, noDataReport, passingReport } from './fixtures.js';

const github = (r: ComplianceReport, options: Partial<RenderOptions> = {}) => renderReport.github(r, { color: false, ...options });

/** What the runner does with a command line: split it, unescape properties and message (actions/runner ActionCommand). */
function parseCommand(line: string): { command: string; props: Record<string, string>; message: string } {
  const m = /^::([a-z]+)(?: ([^:]*))?::(.*)$/.exec(line);
  if (!m) throw new Error(`not a workflow command: ${line}`);
  const unescape = (s: string) => s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%3A/g, ':').replace(/%2C/g, ',').replace(/%25/g, '%');
  const props: Record<string, string> = {};
  for (const pair of (m[2] ?? '').split(',').filter(Boolean)) {
    const eq = pair.indexOf('=');
    props[pair.slice(0, eq)] = unescape(pair.slice(eq + 1));
  }
  return { command: m[1]!, props, message: unescape(m[3]!) };
}

describe('github', () => {
  it('annotates failing SLAs and commitments as errors and no-data as warnings, on their lines', () => {
    const out = github(failingReport(), {
      contractFile: 'contracts/b2b-saas.yaml',
      slaLines: { 'first-touch': 42, 'recycle-to-nurture': 77 },
      commitmentLines: { 'mql-volume': 18 },
    });
    expect(out.split('\n')).toEqual([
      '::error file=contracts/b2b-saas.yaml,line=42,title=revpact SLA first-touch::first-touch: attainment 81.9%25 below target 95%25 (1,412 met, 310 breached, 18 pending, 41 excluded; stopped leads: median 39m, p90 3h 32m; 25 open at as-of: median age 45m, oldest 45h 10m; goal 1 business hour; 2026-10, as of 2026-11-03T09:00:00+01:00)',
      '::warning file=contracts/b2b-saas.yaml,line=77,title=revpact SLA recycle-to-nurture::recycle-to-nurture: no met or breached leads to measure (0 met, 0 breached, 4 pending, 0 excluded; stopped leads: median –, p90 –; 4 open at as-of: median age 1d, oldest 2d; goal 3d calendar; 2026-10, as of 2026-11-03T09:00:00+01:00)',
      '::error file=contracts/b2b-saas.yaml,line=18,title=revpact commitment mql-volume::mql-volume: 1,763 leads below goal 2,000 (2026-10, as of 2026-11-03T09:00:00+01:00)',
      // Then the data-quality warnings, on the contract but no line of it (info findings are left out).
      '::warning file=contracts/b2b-saas.yaml,title=revpact data missing-start::41 leads without mqlAt: excluded from the SLA although the clock was stopped or a later stage reached; fill the start date in the CRM or the mapping (2026-10, as of 2026-11-03T09:00:00+01:00)',
      '::warning file=contracts/b2b-saas.yaml,title=revpact data rejected-rows::9 rows rejected: unparseable date "…" in "…" (2026-10, as of 2026-11-03T09:00:00+01:00)',
      '::warning file=contracts/b2b-saas.yaml,title=revpact data stop-before-start::12 leads stopped the clock before it started (firstTouchAt before mqlAt): counted as met in 0 minutes; check the timestamps in the CRM (2026-10, as of 2026-11-03T09:00:00+01:00)',
      '',
    ]);
    expect(parseCommand(out.split('\n')[0]!).message).toMatch(/^first-touch: attainment 81\.9% below target 95% \(/);
  });

  it('says nothing when everything passes', () => {
    expect(github(passingReport(), { contractFile: 'c.yaml' })).toBe('');
  });

  it('leaves out file and line it does not know', () => {
    const out = github(noDataReport());
    expect(out).toBe(
      [
        '::warning title=revpact SLA first-touch::first-touch: no met or breached leads to measure (0 met, 0 breached, 0 pending, 0 excluded; stopped leads: median –, p90 –; goal 1 business hour; 2027-01, as of 2027-01-02T12:00:00+01:00)',
        '::warning title=revpact commitment mql-volume::mql-volume: no data to measure (2027-01, as of 2027-01-02T12:00:00+01:00)',
        '',
      ].join('\n'),
    );
    // A line without a file means nothing to GitHub.
    expect(github(noDataReport(), { slaLines: { 'first-touch': 3 } })).not.toContain('line=');
  });

  it('says why there is no data: the data-quality warning, in the report’s language', () => {
    const report: ComplianceReport = {
      ...noDataReport(),
      dataQuality: [
        { code: 'date-only', severity: 'info', count: 3, message: 'info findings are not annotated', examples: [], detail: 'mqlAt' },
        {
          code: 'no-leads-in-period',
          severity: 'warning',
          count: 0,
          message: 'no lead was read: nothing to measure',
          examples: [],
          detail: '2027-01|',
        },
      ],
    };
    const out = github(report, { contractFile: 'c.yaml' }).split('\n');
    expect(out).toHaveLength(4);
    expect(parseCommand(out[2]!)).toEqual({
      command: 'warning',
      props: { file: 'c.yaml', title: 'revpact data no-leads-in-period' },
      message: 'no lead was read: nothing to measure (2027-01, as of 2027-01-02T12:00:00+01:00)',
    });
    const es = parseCommand(github(report, { contractFile: 'c.yaml', locale: 'es' }).split('\n')[2]!);
    expect(es.props['title']).toBe('revpact datos no-leads-in-period');
    expect(es.message).toMatch(/^no se leyó ningún lead: .* \(2027-01, /);
  });

  it('keeps hostile data inside its command', () => {
    const file = 'contracts/evil,name:1.yaml\n::error::injected';
    const out = github(hostileReport(), { contractFile: file, slaLines: { [HOSTILE.everyone]: 5 } });
    const lines = out.split('\n').slice(0, -1);
    expect(lines).toHaveLength(4);
    for (const line of lines) {
      const cmd = parseCommand(line);
      expect(['error', 'warning']).toContain(cmd.command);
      expect(cmd.props['file']).toBe(file);
      expect(Object.keys(cmd.props).every((k) => ['file', 'line', 'title'].includes(k))).toBe(true);
    }
    expect(parseCommand(lines[2]!).props['title']).toBe(`revpact commitment ${HOSTILE.markdown}`);
    expect(out).not.toMatch(/\r/);
  });

  it('escapes per the workflow command rules', () => {
    expect(escapeData('100% done\r\nnext')).toBe('100%25 done%0D%0Anext');
    expect(escapeProperty('a:b,c%d\ne')).toBe('a%3Ab%2Cc%25d%0Ae');
  });
});

describe('github: GitHub’s ten annotations a level', () => {
  // Before: every data-quality warning was an annotation, and GitHub dropped those past ten without a word.
  it('annotates the first ten warnings, writes the rest as lines of the log, and says how many in a notice', () => {
    const r = noDataReport();
    const one = r.dataQuality[0] ?? { code: 'rejected-rows', severity: 'warning' as const, message: 'rows rejected', count: 1, examples: [] };
    r.dataQuality = Array.from({ length: 13 }, (_, i) => ({ ...one, severity: 'warning' as const, code: `finding-${i}` }));
    const lines = github(r).trimEnd().split('\n');
    const warnings = lines.filter((l) => l.startsWith('::warning '));
    expect(warnings.length).toBe(10);
    const plain = lines.filter((l) => !l.startsWith('::'));
    expect(plain.length).toBe(lines.length - warnings.length - lines.filter((l) => l.startsWith('::error ')).length - 1);
    for (const l of plain) expect(l).toMatch(/^warning: /);
    const notice = parseCommand(lines.at(-1) as string);
    expect(notice.command).toBe('notice');
    expect(notice.message).toBe(
      `${plain.length} more problem${plain.length === 1 ? '' : 's'} than GitHub shows as annotations: each is a line of this step's log`,
    );
    expect(plain.length).toBeGreaterThanOrEqual(3);
  });

  it('with ten or fewer of each level, no notice and no plain lines', () => {
    const lines = github(failingReport()).trimEnd().split('\n');
    expect(lines.every((l) => l.startsWith('::error ') || l.startsWith('::warning '))).toBe(true);
  });
});
