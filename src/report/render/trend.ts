/**
 * The monthly report issue's trend (issue 15, item 3): the months of a series as rows of
 * SLA attainment against target and commitment actual against goal, and what changed
 * from the month before the reported one to it. Built from the report of the month and a
 * series of months ending with it (check --every month over the 12 months), both from
 * the same pass over the data; the series' last month is the report's month, measured by
 * the same code, so its row shows the report's numbers.
 *
 * After the SLA table, each SLA's attainment per month against its target as a Mermaid
 * chart (render/charts), drawn when at least two months have a number.
 *
 * A month with nothing to measure says why (before the data starts, before the contract
 * took effect, no leads that month) instead of looking like a month that failed.
 */
import type { CommitmentResult, ComplianceReport, Series, SeriesPeriod, Status } from '../../engine/types.js';
import { clean, createFormatter } from '../../render/format.js';
import { periodMermaid } from '../../render/charts/mermaid.js';
import { mdText } from '../../render/escape.js';
import type { ReportText } from './messages.js';
import { commitmentValue, monthState, periodLabel, type MonthState } from './model.js';

export interface TrendMonth {
  label: string;
  partial: boolean;
  /** As-of falls inside it: numbers to as-of against the whole month's goals. */
  running: boolean;
  state: MonthState;
  /** The month's overall status; null when it was not measured (future). */
  status: Status | null;
  /** In the report's SLA order; attainment null when no lead was met or breached. */
  slas: { id: string; attainment: number | null; target: number; status: Status }[];
  /** In the report's commitment order; the goal is the month's (scaled like `check --period <month>`). */
  commitments: { id: string; actual: number | null; goal: number; status: Status }[];
}

/** One SLA's or commitment's change from the previous month to the reported one. */
export interface TrendChange {
  kind: 'sla' | 'commitment';
  id: string;
  /** Attainment (SLA) or actual (commitment); null when that month has none. */
  from: number | null;
  to: number | null;
  fromStatus: Status | null;
  toStatus: Status | null;
}

export interface Trend {
  months: TrendMonth[];
  /** The reported month (the last measured one) and the one before it, or null when the trend has one month. */
  current: TrendMonth | null;
  previous: TrendMonth | null;
  changes: TrendChange[];
}

/** The trend of `series` (months ending with the report's month) in the order and with the ids of `report`. */
export function buildTrend(report: ComplianceReport, series: Series): Trend {
  const months = series.periods.map((p) => trendMonth(report, p));
  const measured = months.filter((m) => m.state !== 'future');
  const current = measured.at(-1) ?? null;
  const previous = measured.length > 1 ? (measured.at(-2) ?? null) : null;
  const changes: TrendChange[] = [];
  if (current !== null && previous !== null) {
    report.slas.forEach((s, i) => {
      const a = previous.slas[i];
      const b = current.slas[i];
      changes.push({
        kind: 'sla',
        id: s.id,
        from: a?.attainment ?? null,
        to: b?.attainment ?? null,
        fromStatus: a?.status ?? null,
        toStatus: b?.status ?? null,
      });
    });
    report.commitments.forEach((c, i) => {
      const a = previous.commitments[i];
      const b = current.commitments[i];
      changes.push({
        kind: 'commitment',
        id: c.id,
        from: a?.actual ?? null,
        to: b?.actual ?? null,
        fromStatus: a?.status ?? null,
        toStatus: b?.status ?? null,
      });
    });
  }
  return { months, current, previous, changes };
}

function trendMonth(report: ComplianceReport, p: SeriesPeriod): TrendMonth {
  const base = { label: p.label, partial: p.partial, running: p.running };
  if (p.future) return { ...base, state: 'future', status: null, slas: [], commitments: [] };
  const slaById = new Map(p.slas.map((s) => [s.id, s]));
  const commitmentById = new Map(p.commitments.map((c) => [c.id, c]));
  return {
    ...base,
    state: monthState(p),
    status: p.status === 'future' ? null : p.status,
    slas: report.slas.map((s) => {
      const v = slaById.get(s.id);
      return { id: s.id, attainment: v?.attainment ?? null, target: v?.target ?? s.target, status: v?.status ?? 'no-data' };
    }),
    commitments: report.commitments.map((c) => {
      const v = commitmentById.get(c.id);
      return { id: c.id, actual: v?.actual ?? null, goal: v?.goal ?? c.goal, status: v?.status ?? 'no-data' };
    }),
  };
}

/**
 * A share's change in tenths of a percentage point, from the shares as the report prints
 * them (rounded down to a tenth), so "91.2% → 94.0%" always reads "+2.8 pts".
 */
export function pointsTenths(from: number, to: number): number {
  return shownTenths(to) - shownTenths(from);
}

function shownTenths(ratio: number): number {
  return Math.floor(ratio * 1000 + 1e-6);
}

const ICON: Record<Status, string> = { pass: '✅', fail: '❌', 'no-data': '⚪' };

/**
 * The trend as Markdown for the monthly issue: a heading, a table with a row per month,
 * then the changes since the previous month as a list. `heading` is the Markdown heading
 * level the sections take ("###" under the report's "##").
 */
export function renderTrendMarkdown(report: ComplianceReport, series: Series, text: ReportText, heading = '###'): string {
  const t = text.trend;
  const f = createFormatter(text, report.contract.currency);
  const trend = buildTrend(report, series);
  const byId = new Map(report.commitments.map((c) => [c.id, c]));
  const out: string[] = [];

  out.push(`${heading} ${mdText(t.title(f.count(trend.months.length)))}`, '', mdText(t.summary));
  // Two tables, SLAs then commitments: one row per month, narrow enough to read on GitHub.
  if (report.slas.length > 0)
    table(
      t.slaTable,
      report.slas.map((s) => t.slaColumn(clean(s.id), f.stated(s.target))),
      (m) => m.slas.map((s) => toned(f.measured(s.attainment), s.status)),
    );
  // Each SLA's attainment per month against its target, as a Mermaid chart GitHub draws (months without a number are left out).
  report.slas.forEach((s, i) => {
    const points = trend.months
      .filter((m) => m.state === 'measured')
      .map((m) => ({ period: clean(m.label), attainment: m.slas[i]?.attainment ?? null, target: m.slas[i]?.target ?? s.target }));
    const drawn = points.filter((p) => p.attainment !== null).length;
    if (drawn < 2) return;
    const c = text.charts.attainment;
    const id = clean(s.id);
    out.push('', periodMermaid(points, { ...c, title: c.title(id), description: c.description(id, drawn) }));
  });
  if (report.commitments.length > 0)
    table(
      t.commitmentTable,
      report.commitments.map((c) => clean(c.id)),
      (m) =>
        m.commitments.map((c, i) => {
          const result = byId.get(report.commitments[i]?.id ?? '') as CommitmentResult;
          return toned(text.series.actualOfGoal(commitmentValue(result, c.actual, 'measured', f), commitmentValue(result, c.goal, 'stated', f)), c.status);
        }),
    );

  out.push('', `${heading} ${mdText(t.sinceTitle)}`, '');
  if (trend.current === null || trend.previous === null) {
    out.push(mdText(t.noPrevious));
    return out.join('\n') + '\n';
  }
  const { current, previous } = trend;
  out.push(mdText(t.sinceSummary(clean(previous.label), clean(current.label))), '');
  for (const c of trend.changes) out.push(`- ${changeLine(c, previous, current)}`);
  return out.join('\n') + '\n';

  function table(title: string, headings: string[], cells: (m: TrendMonth) => string[]): void {
    const columns = [t.month, ...headings];
    out.push('', `**${mdText(title)}**`, '');
    out.push(`| ${columns.map(mdText).join(' | ')} |`);
    out.push(`|${columns.map((_, i) => (i === 0 ? '---' : '---:')).join('|')}|`);
    for (const m of trend.months) {
      const name = periodLabel(m, text.series);
      // A month without numbers says why beside its name; its cells stay empty (not "no data" as if it failed).
      const row =
        m.state === 'measured'
          ? [mdText(name), ...cells(m)]
          : [`⚪ ${mdText(t.monthWithout(name, t.state[m.state] ?? m.state))}`, ...headings.map(() => mdText(text.none))];
      out.push(`| ${row.join(' | ')} |`);
    }
  }

  function toned(value: string, status: Status): string {
    const escaped = mdText(value);
    return status === 'fail' ? `${ICON.fail} **${escaped}**` : `${ICON[status]} ${escaped}`;
  }

  function changeLine(c: TrendChange, previous: TrendMonth, current: TrendMonth): string {
    const id = clean(c.id);
    const m = byId.get(c.id);
    const shown = (v: number | null) => (c.kind === 'sla' ? f.measured(v) : m === undefined ? f.amount(v ?? 0) : commitmentValue(m, v, 'measured', f));
    let delta: string;
    if (c.from === null || c.to === null) {
      const missing = c.from === null ? previous : current;
      const why = missing.state === 'measured' ? t.noNumbers : (t.state[missing.state] ?? missing.state);
      delta = t.notComparable(clean(missing.label), why);
    } else if (c.kind === 'sla' || m?.unit === 'ratio') {
      const tenths = pointsTenths(c.from, c.to);
      // One decimal in the locale's digits: the formatter's share of the same tenths, without its "%" (and a space some locales put before it).
      delta = t.points(signedText(tenths, f.measured(Math.abs(tenths) / 1000).replace(/\s*%$/u, '')));
    } else {
      // Money and amounts to the cent, as the report shows them (no float noise in the difference).
      const diff = Math.round((c.to - c.from) * 100) / 100;
      delta = signedText(diff, m?.unit === 'money' ? f.money(Math.abs(diff)) : f.amount(Math.abs(diff)));
    }
    const line = c.kind === 'sla' ? t.slaChange(id, shown(c.from), shown(c.to), delta) : t.commitmentChange(id, shown(c.from), shown(c.to), delta);
    let out = mdText(line);
    if (c.fromStatus !== null && c.toStatus !== null && c.fromStatus !== c.toStatus)
      out += ` — **${mdText(t.statusChange(text.status[c.fromStatus], text.status[c.toStatus]))}**`;
    return out;
  }
}

/** A formatted magnitude with the sign of `n`: "+2.8", "-250", "±0.0". */
function signedText(n: number, body: string): string {
  return n > 0 ? `+${body}` : n < 0 ? `-${body}` : `±${body}`;
}
