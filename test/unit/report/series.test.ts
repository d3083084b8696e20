/**
 * The series (`check --every`) in text, Markdown and HTML: one compact table, a row per
 * sub-period, a column per SLA (attainment) and per commitment (actual / goal); partial
 * sub-periods marked, future ones "not yet". The model keeps the numbers for charts.
 */
import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../../../src/engine/period.js';
import { buildSeries, seriesPlan } from '../../../src/engine/series.js';
import type { ComplianceReport } from '../../../src/engine/types.js';
import { renderReport } from '../../../src/report/render/index.js';
import { EN } from '../../../src/report/render/messages.js';
import { buildModel } from '../../../src/report/render/model.js';
import { failingReport } from './fixtures.js';

/** The failing fixture with a series over 2026-09-10..2026-11-30 by month, as of mid-November: a part month, a whole one, and the as-of month. */
function withSeries(): ComplianceReport {
  const r = failingReport();
  const p = parsePeriod({ from: '2026-09-10', to: '2026-12-20' }, 'Europe/Madrid');
  if (!p.ok) throw new Error(p.message);
  const asOf = Date.parse('2026-11-15T09:00:00+01:00');
  const { subs, measured } = seriesPlan(p.value, 'month', asOf);
  const parts = measured.map((_, i) => (i === 1 ? october() : failingReport()));
  return { ...r, series: buildSeries('month', subs, parts, asOf, 'Europe/Madrid') };
}

/** October's own report: the failing fixture with other numbers, so its row is told apart. */
function october(): ComplianceReport {
  const r = failingReport();
  r.slas = r.slas.map((s, i) => ({ ...s, attainment: 0.5 + i / 8, status: 'fail' }));
  r.commitments = r.commitments.map((c, i) => ({ ...c, actual: c.unit === 'ratio' ? 0.125 : 1000 + i, status: 'pass' }));
  return r;
}

describe('series tables', () => {
  it('text: a row per month with attainment per SLA, actual / goal per commitment, part and future marked', () => {
    const r = withSeries();
    const out = renderReport.text(r, { color: false });
    const start = out.indexOf(EN.series.title['month'] as string);
    expect(start).toBeGreaterThan(0);
    const lines = out.slice(start).split('\n');
    const header = lines[1] ?? '';
    for (const s of r.slas) expect(header).toContain(s.id);
    for (const c of r.commitments) expect(header).toContain(c.id);
    const rows = lines.slice(2, 6);
    expect(rows[0]).toMatch(/^\s+2026-09 \(part\)/);
    expect(rows[1]).toMatch(/^\s+2026-10\s/);
    // As-of falls in November: its figures so far, against the whole month's goals, marked so.
    expect(rows[2]).toMatch(/^\s+2026-11 \(so far\)\s/);
    expect(rows[3]).toMatch(/^\s+2026-12 \(part\)\s.*not yet$/);
    expect(r.series?.periods.map((p) => [p.label, p.running])).toEqual([
      ['2026-09', false],
      ['2026-10', false],
      ['2026-11', true],
      ['2026-12', false],
    ]);
    expect(renderReport.text(r, { color: false, locale: 'es' })).toMatch(/^\s+2026-11 \(hasta ahora\)\s/m);
    // October's own numbers: its SLAs' attainment and its commitments' actuals.
    expect(rows[1]).toContain('50.0%');
    expect(rows[1]).toContain('62.5%');
    expect(rows[1]).toMatch(/1,000 \/ /);
  });

  // Before: "no data", the word for a column the rules read being missing or unreadable, on
  // weeks before the export's first lead and on weeks without a lead of their own.
  it('a sub-period without leads says why in its status cell, in each language: before the data starts, before the contract, no leads', () => {
    const p = parsePeriod({ from: '2026-09-10', to: '2026-12-20' }, 'Europe/Madrid');
    if (!p.ok) throw new Error(p.message);
    const asOf = Date.parse('2026-12-25T09:00:00+01:00');
    const { subs, measured } = seriesPlan(p.value, 'month', asOf);
    const without = (before: number, code?: string): ComplianceReport => {
      const r = failingReport();
      r.input.leads = { inPeriod: 0, before, after: 50, undated: 0 };
      r.slas = r.slas.map((s) => ({ ...s, attainment: null, status: 'no-data' }));
      if (code !== undefined) r.dataQuality = [{ ...(r.dataQuality[0] as ComplianceReport['dataQuality'][number]), code }];
      return r;
    };
    const parts = measured.map((_, i) => [without(0), without(10), without(10, 'before-effective'), failingReport()][i] as ComplianceReport);
    const r = { ...failingReport(), series: buildSeries('month', subs, parts, asOf, 'Europe/Madrid') };
    const rows = (locale: 'en' | 'es' | 'pt' | 'ca') => {
      const out = renderReport.text(r, { color: false, locale });
      const lines = out
        .slice(out.indexOf(['Month by month', 'Mes a mes', 'Mês a mês', 'Mes a mes'][['en', 'es', 'pt', 'ca'].indexOf(locale)] as string))
        .split('\n');
      return lines.slice(2, 6);
    };
    const en = rows('en');
    expect(en[0]).toMatch(/^\s+2026-09 \(part\)(\s+–)+\s+before the data starts$/);
    expect(en[1]).toMatch(/^\s+2026-10(\s+–)+\s+no leads$/);
    expect(en[2]).toMatch(/^\s+2026-11(\s+–)+\s+before the contract took effect$/);
    expect(en[3]).not.toMatch(/no leads|before/);
    for (const row of en.slice(0, 3)) expect(row).not.toMatch(/no data/);
    expect(rows('es')[1]).toMatch(/sin leads$/);
    expect(rows('pt')[0]).toMatch(/antes do início dos dados$/);
    expect(rows('ca')[1]).toMatch(/cap lead$/);
  });

  it('Markdown: the same table, status cells with their icons', () => {
    const md = renderReport.markdown(withSeries(), { color: false });
    const section = md.slice(md.indexOf(`### ${EN.series.title['month']}`));
    const lines = section.split('\n');
    const first = lines.findIndex((l) => l.startsWith('|'));
    const end = lines.findIndex((l, i) => i > first && !l.startsWith('|'));
    const table = lines.slice(first, end);
    expect(table).toHaveLength(2 + 4);
    expect(table[2]).toMatch(/^\| 2026-09 \(part\) \|/);
    expect(table[3]).toMatch(/^\| 2026-10 \| ❌ \*\*50\.0%\*\* \|/);
    expect(table[5]).toMatch(/^\| 2026-12 \(part\) \| – \|.*\| not yet \|$/);
  });

  it('HTML: the same table, a row header per sub-period, and each SLA’s attainment per month charted against its target', async () => {
    const r = withSeries();
    const html = await renderReport.html(r, { color: false });
    expect(html).toContain(`>${EN.series.title['month']}<`);
    expect(html).toMatch(/<th[^>]*>2026-10<\/th>/);
    expect(html).toContain('not yet');
    const charted = r.slas.filter((s) => r.series?.periods.some((p) => p.slas.find((x) => x.id === s.id)?.attainment != null));
    expect(charted.length).toBeGreaterThan(0);
    for (const [i, sla] of charted.entries()) {
      expect(html).toContain(`id="chart-attainment-${i + 1}`);
      expect(html).toContain(EN.charts.attainment.title(sla.id));
    }
    expect(html).not.toContain(`chart-attainment-${charted.length + 1}`);
    // The series' charts sit in its section, after its title and before the next section's.
    const section = html.slice(html.indexOf(`>${EN.series.title['month']}<`));
    expect(section.indexOf('chart-attainment-1')).toBeGreaterThan(0);
  });

  it('Markdown: a Mermaid line chart per SLA, its measured months only (the future one left out)', () => {
    const md = renderReport.markdown(withSeries(), { color: false });
    const section = md.slice(md.indexOf(`### ${EN.series.title['month']}`));
    const block = section.slice(section.indexOf('```mermaid'), section.indexOf('```', section.indexOf('```mermaid') + 3));
    expect(block).toContain('xychart-beta');
    expect(block).toMatch(/x-axis .*"2026-10"/);
    expect(block).not.toContain('2026-12');
  });

  /** withSeries() with September's report flagged before-effective, its numbers still there as the engine gives them. */
  function effectiveMidSeptember(): ComplianceReport {
    const p = parsePeriod({ from: '2026-09-10', to: '2026-12-20' }, 'Europe/Madrid');
    if (!p.ok) throw new Error(p.message);
    const asOf = Date.parse('2026-11-15T09:00:00+01:00');
    const { subs, measured } = seriesPlan(p.value, 'month', asOf);
    const before = failingReport();
    before.slas = before.slas.map((s) => ({ ...s, attainment: 0.987, status: 'pass' }));
    before.dataQuality = [{ ...(before.dataQuality[0] as ComplianceReport['dataQuality'][number]), code: 'before-effective' }];
    const parts = measured.map((_, i) => (i === 0 ? before : i === 1 ? october() : failingReport()));
    return { ...failingReport(), series: buildSeries('month', subs, parts, asOf, 'Europe/Madrid') };
  }

  // Before, the table said "before the contract took effect" and the chart plotted 98.7% for that month.
  it('charts only what the table shows: no point for a month before the contract took effect', async () => {
    const r = effectiveMidSeptember();
    const md = renderReport.markdown(r, { color: false });
    const section = md.slice(md.indexOf(`### ${EN.series.title['month']}`));
    expect(section).toMatch(/^\| 2026-09 \(part\) \|.*before the contract took effect \|$/m);
    const block = section.slice(section.indexOf('```mermaid'), section.indexOf('```', section.indexOf('```mermaid') + 3));
    expect(block).toMatch(/x-axis "Period" \["2026-10", "2026-11 \(so far\)"\]/);
    expect(block).not.toContain('98.7');
    expect(block).toContain('in 2 periods');
    const html = await renderReport.html(r, { color: false });
    const chart = html.slice(html.indexOf('id="chart-attainment-1'), html.indexOf('</svg>', html.indexOf('id="chart-attainment-1')));
    expect(chart).toContain('2026-10');
    expect(chart).not.toContain('2026-09');
  });

  // Before, one sub-period drew a chart of one point whose target line had no length (HTML), or nothing at all (Mermaid).
  it('draws no attainment chart for a single sub-period: the table row says it', async () => {
    const p = parsePeriod({ from: '2026-10-01', to: '2026-10-31' }, 'Europe/Madrid');
    if (!p.ok) throw new Error(p.message);
    const asOf = Date.parse('2026-11-15T09:00:00+01:00');
    const { subs, measured } = seriesPlan(p.value, 'month', asOf);
    expect(measured).toHaveLength(1);
    const r = { ...failingReport(), series: buildSeries('month', subs, [october()], asOf, 'Europe/Madrid') };
    const md = renderReport.markdown(r, { color: false });
    const section = md.slice(md.indexOf(`### ${EN.series.title['month']}`));
    expect(section).toMatch(/^\| 2026-10 \| ❌ \*\*50\.0%\*\* \|/m);
    expect(md).not.toContain(EN.charts.attainment.title(r.slas[0]!.id));
    const html = await renderReport.html(r, { color: false });
    expect(html).not.toContain('chart-attainment-');
    expect(html).toMatch(/<th[^>]*>2026-10<\/th>/);
  });

  it('the model keeps the series as numbers, in the report order of SLAs and commitments', () => {
    const r = withSeries();
    const model = buildModel(r, EN, { breakdownRows: 10 });
    expect(model.series?.slas.map((s) => s.id)).toEqual(r.slas.map((s) => s.id));
    const oct = model.series?.periods[1];
    expect(oct?.slas.map((s) => s.attainment)).toEqual(october().slas.map((s) => s.attainment));
    expect(oct?.commitments.map((c) => [c.actual, c.goal, c.status])).toEqual(october().commitments.map((c) => [c.actual, c.goal, 'pass']));
    expect(model.series?.periods[3]).toMatchObject({ future: true, status: 'future', slas: [], commitments: [] });
  });

  it('no series, no table: a report without --every renders as before', () => {
    const r = failingReport();
    expect(renderReport.text(r, { color: false })).not.toContain(EN.series.title['month']);
    expect(buildModel(r, EN, { breakdownRows: 10 }).series).toBeNull();
    expect(renderReport.json(r, { color: false })).not.toContain('"series"');
  });
});
