/**
 * A series (`check --every`): the report's period cut into weeks, months or quarters
 * (period.ts, splitPeriod), each measured as a report of its own by the same engine in the
 * same pass, and kept here as the few numbers a trend shows. Shared by every engine: the
 * streaming engine measures the sub-periods while it reads (evaluate.ts), the SQL engines
 * run their plan per sub-period on the table they loaded once; both hand the sub-reports
 * to `buildSeries`, so an entry is by construction the matching part of `check --period`.
 */
import { InstantFormatter, splitPeriod, type SeriesUnit, type SubPeriod } from './period.js';
import type { Period } from './period.js';
import type { ComplianceReport, DataQualityFinding, Series, SeriesFinding, SeriesPeriod } from './types.js';

/** The sub-periods of `period`, and which of them are measured: those starting before as-of. */
export function seriesPlan(period: Period, every: SeriesUnit, asOfMs: number): { subs: SubPeriod[]; measured: Period[] } {
  const subs = splitPeriod(period, every);
  return { subs, measured: subs.filter((s) => !isFuture(s, asOfMs)).map((s) => s.period) };
}

/** A sub-period starting at or after as-of: nothing in it can have happened by then. */
function isFuture(sub: SubPeriod, asOfMs: number): boolean {
  return sub.period.fromMs >= asOfMs;
}

/** The series from the sub-periods and the reports of the measured ones (in order, as seriesPlan listed them). */
export function buildSeries(every: SeriesUnit, subs: readonly SubPeriod[], reports: readonly ComplianceReport[], asOfMs: number, timezone: string): Series {
  const fmt = new InstantFormatter(timezone);
  let next = 0;
  const periods = subs.map((sub): SeriesPeriod => {
    const base = { label: sub.label, from: fmt.format(sub.period.fromMs), to: fmt.format(sub.period.toMs), partial: sub.partial };
    if (isFuture(sub, asOfMs))
      return { ...base, future: true, running: false, status: 'future', leads: null, slas: [], commitments: [], funnel: [], dataQuality: [] };
    const r = reports[next++];
    if (r === undefined) throw new Error(`series: no report for ${sub.label}`);
    return { ...base, future: false, running: asOfMs < sub.period.toMs, ...seriesNumbers(r) };
  });
  if (next !== reports.length) throw new Error(`series: ${reports.length} reports for ${next} measured sub-periods`);
  return { every, periods };
}

/** The part of a sub-period's report a series keeps. */
export function seriesNumbers(r: ComplianceReport): Omit<SeriesPeriod, 'label' | 'from' | 'to' | 'partial' | 'future' | 'running'> {
  return {
    status: r.status,
    leads: { ...r.input.leads },
    slas: r.slas.map((s) => ({
      id: s.id,
      met: s.met,
      breached: s.breached,
      pending: s.pending,
      excluded: s.excluded,
      attainment: s.attainment,
      target: s.target,
      status: s.status,
      elapsedMinutes: { ...s.elapsedMinutes },
      elapsedDistribution: s.elapsedDistribution.map((b) => ({ ...b })),
      open: { ...s.open },
    })),
    commitments: r.commitments.map((c) => {
      const out: SeriesPeriod['commitments'][number] = { id: c.id, actual: c.actual, goal: c.goal, unit: c.unit, status: c.status };
      if (c.base !== undefined) out.base = c.base;
      return out;
    }),
    funnel: r.funnel.map((f) => ({ ...f })),
    dataQuality: findingCounts(r.dataQuality),
  };
}

/**
 * The findings as counts per code (and SLA), in the report's order: a report lists some
 * codes once per detail (each reason a row was rejected for); a series adds them up.
 */
function findingCounts(findings: readonly DataQualityFinding[]): SeriesFinding[] {
  const out: SeriesFinding[] = [];
  const at = new Map<string, SeriesFinding>();
  for (const f of findings) {
    const key = `${f.code}\u0000${f.sla ?? ''}`;
    const seen = at.get(key);
    if (seen !== undefined) {
      seen.count += f.count;
      continue;
    }
    const entry: SeriesFinding = { code: f.code, severity: f.severity, count: f.count };
    if (f.sla !== undefined) entry.sla = f.sla;
    at.set(key, entry);
    out.push(entry);
  }
  return out;
}
