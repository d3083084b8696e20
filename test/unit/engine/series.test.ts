import { describe, expect, it } from 'vitest';
import { InstantFormatter, parsePeriod, splitPeriod, type Period, type SeriesUnit } from '../../../src/engine/period.js';
import { buildSeries, seriesPlan } from '../../../src/engine/series.js';
import { failingReport } from '../report/fixtures.js';

const ZONE = 'Europe/Madrid';
const fmt = new InstantFormatter(ZONE);

function period(spec: { period?: string; from?: string; to?: string }, zone = ZONE): Period {
  const r = parsePeriod(spec, zone);
  if (!r.ok) throw new Error(r.message);
  return r.value;
}

function cut(p: Period, every: SeriesUnit, f = fmt) {
  return splitPeriod(p, every).map((s) => ({
    label: s.label,
    from: f.format(s.period.fromMs),
    to: f.format(s.period.toMs),
    partial: s.partial,
    unit: s.period.unit,
  }));
}

describe('splitPeriod', () => {
  it('cuts a year into its twelve months, each the period --period <month> gives (DST months included)', () => {
    const year = period({ period: '2026' });
    const months = splitPeriod(year, 'month');
    expect(months.map((m) => m.label)).toEqual([
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
      '2026-12',
    ]);
    for (const m of months) {
      expect(m.partial).toBe(false);
      expect(m.period).toEqual(period({ period: m.label }));
    }
  });

  it('labels ISO weeks by week-year in the contract zone; a year starting on Thursday has a part-week first and W53 last', () => {
    const weeks = cut(period({ period: '2026' }), 'week');
    expect(weeks).toHaveLength(53);
    expect(weeks[0]).toEqual({ label: '2026-W01', from: '2026-01-01T00:00:00+01:00', to: '2026-01-05T00:00:00+01:00', partial: true, unit: 'custom' });
    expect(weeks[1]).toMatchObject({ label: '2026-W02', from: '2026-01-05T00:00:00+01:00', partial: false, unit: 'week' });
    expect(weeks.at(-1)).toEqual({ label: '2026-W53', from: '2026-12-28T00:00:00+01:00', to: '2027-01-01T00:00:00+01:00', partial: true, unit: 'custom' });
    // The week of the October DST change is 169 hours long, and whole.
    const dst = splitPeriod(period({ period: '2026' }), 'week').find((w) => w.label === '2026-W43');
    expect(dst && (dst.period.toMs - dst.period.fromMs) / 3_600_000).toBe(169);
    expect(dst?.period).toEqual(period({ period: '2026-W43' }));
  });

  it('cuts a custom range at both ends and keeps the calendar labels', () => {
    expect(cut(period({ from: '2026-02-15', to: '2026-05-10' }), 'quarter')).toEqual([
      { label: '2026-Q1', from: '2026-02-15T00:00:00+01:00', to: '2026-04-01T00:00:00+02:00', partial: true, unit: 'custom' },
      { label: '2026-Q2', from: '2026-04-01T00:00:00+02:00', to: '2026-05-11T00:00:00+02:00', partial: true, unit: 'custom' },
    ]);
  });

  it('gives the period itself as its only sub-period when the unit is the period', () => {
    const oct = period({ period: '2026-10' });
    expect(splitPeriod(oct, 'month')).toEqual([{ label: '2026-10', partial: false, period: oct }]);
  });

  it('cuts in the zone given: a week in New York starts at its own midnight', () => {
    const ny = new InstantFormatter('America/New_York');
    expect(cut(period({ period: '2026-03' }, 'America/New_York'), 'week', ny)[2]).toMatchObject({ label: '2026-W11', from: '2026-03-09T00:00:00-04:00' });
  });
});

describe('series plan and build', () => {
  it('measures the sub-periods starting before as-of and lists the others as future, with nothing measured', () => {
    const year = period({ period: '2026' });
    const asOf = Date.parse('2026-03-01T00:00:00+01:00');
    const { subs, measured } = seriesPlan(year, 'month', asOf);
    expect(measured.map((p) => p.label)).toEqual(['2026-01', '2026-02']);
    const r = failingReport();
    const series = buildSeries('month', subs, [r, r], asOf, ZONE);
    expect(series.periods.map((p) => [p.label, p.future, p.status])).toEqual([
      ['2026-01', false, r.status],
      ['2026-02', false, r.status],
      ...['03', '04', '05', '06', '07', '08', '09', '10', '11', '12'].map((m) => [`2026-${m}`, true, 'future']),
    ]);
    expect(series.periods[2]).toMatchObject({ leads: null, slas: [], commitments: [], funnel: [], dataQuality: [] });
    expect(series.periods[0]?.slas.map((s) => [s.id, s.met, s.attainment])).toEqual(r.slas.map((s) => [s.id, s.met, s.attainment]));
    expect(() => buildSeries('month', subs, [r], asOf, ZONE)).toThrow(/no report for 2026-02/);
  });

  it('adds up a finding code listed once per detail', () => {
    const r = failingReport();
    r.dataQuality = [
      { code: 'rejected-rows', severity: 'warning', count: 2, message: 'a', examples: [] },
      { code: 'rejected-rows', severity: 'warning', count: 3, message: 'b', examples: [] },
      { code: 'missing-start', severity: 'warning', count: 1, message: 'c', examples: [], sla: 'x' },
    ];
    const p = period({ period: '2026-10' });
    const series = buildSeries('month', splitPeriod(p, 'month'), [r], p.toMs, ZONE);
    expect(series.periods[0]?.dataQuality).toEqual([
      { code: 'rejected-rows', severity: 'warning', count: 5 },
      { code: 'missing-start', severity: 'warning', count: 1, sla: 'x' },
    ]);
  });
});
