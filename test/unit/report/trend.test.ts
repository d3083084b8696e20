/**
 * The monthly issue's trend (issue 15, item 3): the months of a series as rows, the
 * changes from the month before the reported one to it, and months without numbers
 * saying why. Built on series made by the engine's own buildSeries from sub-reports.
 */
import { describe, expect, it } from 'vitest';
import { issueBody } from '../../../src/action/monthly.js';
import { COMMENT_LIMIT } from '../../../src/action/comment.js';
import { monthsEndingWith, parsePeriod, type Period } from '../../../src/engine/period.js';
import { buildSeries, seriesPlan } from '../../../src/engine/series.js';
import type { ComplianceReport, Series } from '../../../src/engine/types.js';
import { createFormatter } from '../../../src/render/format.js';
import { EN, reportText } from '../../../src/report/render/messages.js';
import { buildTrend, pointsTenths, renderTrendMarkdown } from '../../../src/report/render/trend.js';
import { failingReport } from './fixtures.js';

const ZONE = 'Europe/Madrid';
const AS_OF = Date.parse('2026-11-02T08:00:00+01:00');

function month(label: string): Period {
  const r = parsePeriod({ period: label }, ZONE);
  if (!r.ok) throw new Error(r.message);
  return r.value;
}

/** A month's report: the failing fixture with its own attainments, actuals and statuses. */
function monthReport(o: {
  attainment?: (number | null)[];
  slaStatus?: ComplianceReport['slas'][number]['status'][];
  actual?: (number | null)[];
  commitmentStatus?: ComplianceReport['commitments'][number]['status'][];
  leads?: ComplianceReport['input']['leads'];
  beforeEffective?: boolean;
}): ComplianceReport {
  const r = failingReport();
  r.slas = r.slas.map((s, i) => ({ ...s, attainment: o.attainment?.[i] === undefined ? s.attainment : o.attainment[i], status: o.slaStatus?.[i] ?? s.status }));
  r.commitments = r.commitments.map((c, i) => ({
    ...c,
    actual: o.actual?.[i] === undefined ? c.actual : (o.actual[i] ?? null),
    status: o.commitmentStatus?.[i] ?? c.status,
  }));
  if (o.leads) r.input.leads = o.leads;
  if (o.beforeEffective) r.dataQuality = [{ code: 'before-effective', severity: 'warning', count: 0, message: 'before', examples: [] }];
  return r;
}

function empty(leads: ComplianceReport['input']['leads'], beforeEffective = false): ComplianceReport {
  const r = monthReport({ leads, beforeEffective, commitmentStatus: ['no-data', 'no-data', 'no-data'], actual: [null, null, null] });
  r.slas = r.slas.map((s) => ({ ...s, attainment: null, status: 'no-data' }));
  r.status = 'no-data';
  return r;
}

/** The 12 months ending with October 2026: contract from January, data from March, nothing in June, September and October compared. */
function twelveMonths(): { report: ComplianceReport; series: Series; parts: ComplianceReport[] } {
  const over = monthsEndingWith(month('2026-10'), 12);
  const { subs, measured } = seriesPlan(over, 'month', AS_OF);
  const parts = measured.map((p) => {
    const label = p.label;
    if (label < '2026-01') return empty({ inPeriod: 0, before: 0, after: 50, undated: 0 }, true);
    if (label < '2026-03') return empty({ inPeriod: 0, before: 0, after: 50, undated: 0 });
    if (label === '2026-06') return empty({ inPeriod: 0, before: 20, after: 30, undated: 0 });
    if (label === '2026-09')
      return monthReport({
        attainment: [0.912, 0.97, 0.5],
        slaStatus: ['fail', 'pass', 'fail'],
        actual: [1850, 0.31, 1_000_000],
        commitmentStatus: ['fail', 'pass', 'fail'],
      });
    if (label === '2026-10')
      return monthReport({
        attainment: [0.96, 0.9649, null],
        slaStatus: ['pass', 'fail', 'no-data'],
        actual: [2100, 0.2648, 1_250_000.5],
        commitmentStatus: ['pass', 'pass', 'pass'],
      });
    return monthReport({});
  });
  const report = parts.at(-1) as ComplianceReport;
  return { report, parts, series: buildSeries('month', subs, parts, AS_OF, ZONE) };
}

describe('monthsEndingWith', () => {
  it('is the 12 calendar months ending with the month, cut in its zone (DST included)', () => {
    const p = monthsEndingWith(month('2026-10'), 12);
    expect(p.label).toBe('2025-11..2026-10');
    expect(p.fromMs).toBe(month('2025-11').fromMs);
    expect(p.toMs).toBe(month('2026-10').toMs);
    const { subs } = seriesPlan(p, 'month', AS_OF);
    expect(subs).toHaveLength(12);
    for (const s of subs) expect(s.period).toEqual(month(s.label));
  });
});

describe('buildTrend', () => {
  it('keeps each month’s numbers, says which months have none and why, and compares the last two', () => {
    const { report, series, parts } = twelveMonths();
    const t = buildTrend(report, series);
    expect(t.months.map((m) => m.label)).toEqual(series.periods.map((p) => p.label));
    expect(t.months.map((m) => m.state)).toEqual([
      'before-effective',
      'before-effective',
      'before-data',
      'before-data',
      'measured',
      'measured',
      'measured',
      'no-leads',
      'measured',
      'measured',
      'measured',
      'measured',
    ]);
    t.months.forEach((m, i) => {
      expect(m.slas.map((s) => s.attainment)).toEqual(parts[i]?.slas.map((s) => s.attainment));
      expect(m.commitments.map((c) => c.actual)).toEqual(parts[i]?.commitments.map((c) => c.actual));
    });
    expect(t.previous?.label).toBe('2026-09');
    expect(t.current?.label).toBe('2026-10');
    expect(t.changes.map((c) => [c.kind, c.id, c.from, c.to, c.fromStatus, c.toStatus])).toEqual([
      ['sla', 'first-touch', 0.912, 0.96, 'fail', 'pass'],
      ['sla', 'accept-or-reject', 0.97, 0.9649, 'pass', 'fail'],
      ['sla', 'recycle-to-nurture', 0.5, null, 'fail', 'no-data'],
      ['commitment', 'mql-volume', 1850, 2100, 'fail', 'pass'],
      ['commitment', 'mql-to-sql', 0.31, 0.2648, 'pass', 'pass'],
      ['commitment', 'pipeline', 1_000_000, 1_250_000.5, 'fail', 'pass'],
    ]);
  });

  it('a future month is left out of the comparison', () => {
    const over = monthsEndingWith(month('2026-12'), 12);
    const { subs, measured } = seriesPlan(over, 'month', AS_OF);
    const parts = measured.map(() => failingReport());
    const t = buildTrend(failingReport(), buildSeries('month', subs, parts, AS_OF, ZONE));
    expect(t.months.at(-1)?.state).toBe('future');
    expect(t.current?.label).toBe('2026-11');
    expect(t.previous?.label).toBe('2026-10');
  });
});

describe('pointsTenths', () => {
  it('is the difference of the shares as printed (rounded down to a tenth)', () => {
    expect(pointsTenths(0.912, 0.94)).toBe(28);
    expect(pointsTenths(0.9496, 0.95)).toBe(1);
    expect(pointsTenths(0.5, 0.5)).toBe(0);
    expect(pointsTenths(0.57, 0.5)).toBe(-70);
  });
});

describe('renderTrendMarkdown', () => {
  const { report, series } = twelveMonths();
  const md = renderTrendMarkdown(report, series, EN);
  const lines = md.split('\n');
  const since = md.slice(md.indexOf(`### ${EN.trend.sinceTitle}`));

  it('has a row per month in each table, the months without numbers saying why', () => {
    const slaRows = lines.slice(lines.indexOf(`**${EN.trend.slaTable}**`)).filter((l) => l.startsWith('| ') && /\d{4}-\d{2}/.test(l));
    expect(slaRows.slice(0, 12).map((l) => /\d{4}-\d{2}/.exec(l)?.[0])).toEqual(series.periods.map((p) => p.label));
    expect(md).toContain(`| ⚪ 2025-11: ${EN.trend.state['before-effective']} | – | – | – |`);
    expect(md).toContain(`| ⚪ 2026-02: ${EN.trend.state['before-data']} | – | – | – |`);
    expect(md).toContain(`| ⚪ 2026-06: ${EN.trend.state['no-leads']} | – | – | – |`);
    // No month without numbers reads as a failure or as "no data".
    for (const l of lines.filter((x) => x.includes('⚪ 20'))) {
      expect(l).not.toContain('❌');
      expect(l).not.toContain(EN.status['no-data']);
    }
    expect(md).toContain('| 2026-10 | ✅ 96.0% | ❌ **96.4%** | ⚪ – |');
    expect(md).toContain('| 2026-10 | ✅ 2,100 / 2,000 | ✅ 26.4% / 25% | ✅ €1,250,000.5 / €1,200,000 |');
  });

  it('lists the changes since last month, status flips in bold', () => {
    expect(since).toContain('2026-09 → 2026-10');
    expect(since).toContain('- SLA first-touch: attainment 91.2% → 96.0%, +4.8 pts — **FAIL → pass**');
    expect(since).toContain('- SLA accept-or-reject: attainment 97.0% → 96.4%, -0.6 pts — **pass → FAIL**');
    expect(since).toContain(`- SLA recycle-to-nurture: attainment 50.0% → –, no change to show (2026-10: ${EN.trend.noNumbers}) — **FAIL → no data**`);
    expect(since).toContain('- Commitment mql-volume: 1,850 → 2,100, +250 — **FAIL → pass**');
    expect(since).toContain('- Commitment mql-to-sql: 31.0% → 26.4%, -4.6 pts\n');
    expect(since).toContain('- Commitment pipeline: €1,000,000 → €1,250,000.5, +€250,000.5 — **FAIL → pass**');
  });

  it('says so when the month before has no numbers, and when there is no month before', () => {
    const parts = twelveMonths().parts;
    parts[10] = empty({ inPeriod: 0, before: 10, after: 40, undated: 0 });
    const over = monthsEndingWith(month('2026-10'), 12);
    const s = buildSeries('month', seriesPlan(over, 'month', AS_OF).subs, parts, AS_OF, ZONE);
    const out = renderTrendMarkdown(report, s, EN);
    expect(out).toContain(`- SLA first-touch: attainment – → 96.0%, no change to show (2026-09: ${EN.trend.state['no-leads']})`);

    const one = month('2026-10');
    const plan = seriesPlan(monthsEndingWith(one, 1), 'month', AS_OF);
    const single = renderTrendMarkdown(report, buildSeries('month', plan.subs, [report], AS_OF, ZONE), EN);
    expect(single).toContain(EN.trend.noPrevious);
  });

  it('draws each SLA’s attainment per month against its target in Mermaid, months without a number left out', () => {
    const { parts } = twelveMonths();
    const blocks = md
      .split('```mermaid\n')
      .slice(1)
      .map((x) => x.slice(0, x.indexOf('```')));
    let drawn = 0;
    report.slas.forEach((s, i) => {
      const measured = series.periods
        .map((p, k) => ({ label: p.label, a: parts[k]?.slas[i]?.attainment ?? null, empty: (parts[k]?.input.leads.inPeriod ?? 0) === 0 }))
        .filter((p) => !p.empty && p.a !== null);
      const block = blocks.find((x) => x.includes(`title "${s.id}: attainment per period"`));
      // A line needs two points: an SLA with fewer has no chart.
      if (measured.length < 2) {
        expect(block).toBeUndefined();
        return;
      }
      drawn++;
      const labels = /x-axis "[^"]*" \[(.*)\]/.exec(block ?? '')?.[1];
      expect(labels).toBe(measured.map((p) => `"${p.label}"`).join(', '));
      const [attainment, target] = [...(block ?? '').matchAll(/line \[(.*)\]/g)].map((m) => m[1]?.split(', ').map(Number));
      expect(attainment).toEqual(measured.map((p) => Math.round((p.a ?? 0) * 10000) / 100));
      expect(target).toEqual(measured.map(() => s.target * 100));
    });
    expect(drawn).toBeGreaterThanOrEqual(2);
    expect(blocks).toHaveLength(drawn);
  });

  it('escapes ids from the contract like every Markdown cell', () => {
    const r = failingReport();
    r.slas = r.slas.map((s, i) => (i === 0 ? { ...s, id: 'x|y_@team' } : s));
    const over = monthsEndingWith(month('2026-10'), 2);
    const plan = seriesPlan(over, 'month', AS_OF);
    const out = renderTrendMarkdown(r, buildSeries('month', plan.subs, [r, r], AS_OF, ZONE), EN);
    // Outside the Mermaid blocks (their labels are entity-escaped by render/charts), as every Markdown cell.
    const markdown = out.replace(/```mermaid[\s\S]*?```/g, '');
    expect(markdown).toContain('x\\|y');
    expect(markdown).not.toContain('x|y');
    expect(markdown).not.toMatch(/@team/);
    expect(out).toContain('```mermaid');
  });
});

describe('issueBody', () => {
  const head = '<!-- mark -->\n## Compliance report 2026-10\n\n';
  const foot = '<sub>revpact</sub>\n';
  const trend = renderTrendMarkdown(twelveMonths().report, twelveMonths().series, EN);

  it('is the reports, each followed by its trend, when it fits', () => {
    const body = issueBody(head, [{ report: 'A\n', trend }], foot, COMMENT_LIMIT, 'the job summary');
    expect(body).toBe(`${head}A\n\n${trend}\n${foot}`);
  });

  it('over GitHub’s limit cuts the reports, never the trends', () => {
    const long = Array.from({ length: 4000 }, (_, i) => `| row ${i} | ${'x'.repeat(20)} |`).join('\n') + '\n';
    const parts = [
      { report: `first\n${long}`, trend: trend.replace('Trend', 'Trend one') },
      { report: `second\n${long}`, trend: trend.replace('Trend', 'Trend two') },
    ];
    const body = issueBody(head, parts, foot, COMMENT_LIMIT, 'the job summary');
    expect(body.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(body.startsWith(head)).toBe(true);
    expect(body).toContain(parts[0]?.trend);
    expect(body).toContain(parts[1]?.trend);
    expect(body.indexOf('second')).toBeGreaterThan(body.indexOf('Trend one'));
    expect(body).toContain('This report is cut here');
    expect(body.trimEnd().endsWith(foot.trimEnd())).toBe(true);
  });
});

describe('the trend in the contract’s language', () => {
  const { report, series } = twelveMonths();

  it.each(['es', 'pt', 'ca'] as const)('%s: every word of the trend from its catalogue, numbers in its way', (locale) => {
    const text = reportText(locale);
    const md = renderTrendMarkdown(report, series, text);
    const english = [
      EN.trend.title('12'),
      EN.trend.sinceTitle,
      EN.trend.slaTable,
      EN.trend.commitmentTable,
      ...Object.values(EN.trend.state),
      EN.trend.month,
      ' pts',
    ];
    for (const words of english) expect(md, words).not.toContain(words);
    expect(md).toContain(text.trend.title('12'));
    expect(md).toContain(`⚪ ${text.trend.monthWithout('2026-02', text.trend.state['before-data'])}`);
    // The change of first-touch in the locale's digits: 91.2% → 96.0%, +4.8 points.
    const f = createFormatter(text, 'EUR');
    const delta = text.trend.points(`+${f.measured(0.048).replace(/\s*%$/u, '')}`);
    expect(md).toContain(text.trend.slaChange('first-touch', f.measured(0.912), f.measured(0.96), delta));
    expect(md).toContain(`**${text.trend.statusChange(text.status.fail, text.status.pass)}**`);
  });
});
