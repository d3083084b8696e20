/**
 * The compliance report's charts (issue 15): the report's numbers mapped onto the plain
 * chart shapes of render/charts, drawn as SVG for HTML and as Mermaid for Markdown.
 *
 * - SLAs: median and 90th-percentile elapsed time of stopped leads as a share of the goal,
 *   the goal as a line, every SLA on one axis (kept: it compares the SLAs at a glance);
 *   then per SLA the distribution of its stopped leads' elapsed times, the report's
 *   `elapsedDistribution` buckets (the same counts in all three engines), with the goal
 *   as a line on the bucket edge at 100%.
 * - Commitments: actual as a share of the goal, the goal as a line.
 * - Funnel: each step's conversion rate, its target as a tick.
 */
import type { TopLevelSpec } from 'vega-lite';
import type { ComplianceReport, SlaResult } from '../../engine/types.js';
import { periodMermaid, xyChartMermaid } from '../../render/charts/mermaid.js';
import {
  distributionSpec,
  elapsedSpec,
  goalSpec,
  MAX_GOALS,
  periodSpec,
  rateSpec,
  type ChartText,
  type DistributionBar,
  type DistributionText,
  type PeriodPoint,
  type PeriodText,
  type ElapsedRow,
  type ElapsedText,
  type GoalRow,
  type GoalText,
  type RateRow,
  type RateText,
} from '../../render/charts/specs.js';
import { chartSvg } from '../../render/charts/svg.js';
import { clean, createFormatter, truncate } from '../../render/format.js';
import type { ReportText } from './messages.js';
import { commitmentValue, goalText, monthState, periodLabel, seriesModel } from './model.js';

/** Sections that carry charts, and their charts as SVG or Mermaid, in order. */
export type ChartsBySection = Partial<Record<'slas' | 'series' | 'commitments' | 'funnel', string[]>>;

interface ReportChartData {
  elapsed: { rows: ElapsedRow[]; text: ElapsedText } | null;
  /** Per SLA with stopped leads and a goal above zero: its buckets, the edge the goal is on, the words. */
  distributions: DistributionChart[];
  commitments: { rows: GoalRow[]; text: GoalText } | null;
  funnel: { rows: RateRow[]; text: RateText } | null;
}

/** The report's numbers as chart rows; a chart with nothing to draw is null. */
export function reportChartData(report: ComplianceReport, text: ReportText): ReportChartData {
  const f = createFormatter(text, report.contract.currency);
  const t = text.charts;

  const slas = report.slas.filter((s) => s.goalMinutes > 0 && (s.elapsedMinutes.median !== null || s.elapsedMinutes.p90 !== null));
  const elapsedRows = slas.map((s) => ({
    label: clean(s.id),
    median: s.elapsedMinutes.median === null ? null : s.elapsedMinutes.median / s.goalMinutes,
    p90: s.elapsedMinutes.p90 === null ? null : s.elapsedMinutes.p90 / s.goalMinutes,
    medianText: f.duration(s.elapsedMinutes.median, s.clock),
    p90Text: f.duration(s.elapsedMinutes.p90, s.clock),
  }));

  const commitmentRows: GoalRow[] = report.commitments.map((m) => ({
    label: clean(m.id),
    share: m.actual === null || !(m.goal > 0) ? null : m.actual / m.goal,
    valueText: m.actual === null ? text.none : t.commitments.valueOf(commitmentValue(m, m.actual, 'measured', f), commitmentValue(m, m.goal, 'stated', f)),
    tone: m.status,
  }));

  const funnelRows: RateRow[] = report.funnel.map((r) => ({
    label: text.funnelStep(clean(r.from), clean(r.to)),
    rate: r.rate,
    target: r.target,
    valueText: r.target === null ? f.measured(r.rate) : t.funnel.rateWithTarget(f.measured(r.rate), f.stated(r.target)),
  }));

  return {
    distributions: report.slas.flatMap((s) => distributionChart(s, text, f) ?? []),
    elapsed: elapsedRows.length === 0 ? null : { rows: elapsedRows, text: { ...t.elapsed, description: t.elapsed.description(elapsedRows.length) } },
    commitments: commitmentRows.every((r) => r.share === null)
      ? null
      : { rows: commitmentRows, text: { ...t.commitments, description: t.commitments.description(commitmentRows.length) } },
    funnel: funnelRows.every((r) => r.rate === null) ? null : { rows: funnelRows, text: { ...t.funnel, description: t.funnel.description(funnelRows.length) } },
  };
}

interface DistributionChart {
  id: string;
  bars: DistributionBar[];
  /** The index of the edge at the goal (bars before it met the goal). */
  goalEdge: number;
  /** The bucket names for Mermaid's axis: "≤ 25%", "≤ 50%", …, "> 400%". */
  labels: string[];
  goal: string;
  text: DistributionText;
}

/** One SLA's distribution chart; null when no clock stopped or the goal is zero (every edge would be 0). */
function distributionChart(s: SlaResult, text: ReportText, f: ReturnType<typeof createFormatter>): DistributionChart | null {
  const buckets = s.elapsedDistribution;
  const stopped = buckets.reduce((n, b) => n + b.count, 0);
  if (stopped === 0 || !(s.goalMinutes > 0)) return null;
  const t = text.charts.distribution;
  const within = (b: (typeof buckets)[number]) => b.upTo !== null && b.upTo <= 1;
  const bars = buckets.map((b) => ({ count: b.count, countText: f.count(b.count), withinGoal: within(b) }));
  const goalEdge = bars.filter((b) => b.withinGoal).length;
  const share = (x: number | null) => (x === null ? null : f.stated(x));
  const edges = [share(0) ?? '', ...buckets.map((b) => share(b.upTo) ?? '')];
  const id = clean(s.id);
  const goal = goalText(s, text, f);
  const met = buckets.filter(within).reduce((n, b) => n + b.count, 0);
  return {
    id,
    bars,
    goalEdge,
    // Each bucket by its upper edge, short enough for Mermaid's axis; symbols and numbers, the same in every language: "≤ 25%", …, "> 400%".
    labels: buckets.map((b) => (b.upTo === null ? `> ${share(b.over) ?? ''}` : `≤ ${share(b.upTo) ?? ''}`)),
    goal,
    text: {
      title: t.title(id),
      description: t.description(id, f.count(stopped), goal, f.count(met)),
      x: t.x(goal),
      y: t.y,
      edges,
      within: t.within,
      late: t.late,
      goal: t.goal(goal),
    },
  };
}

/**
 * With a series (`check --every`): each SLA's attainment per sub-period against its target,
 * one chart per SLA. Future sub-periods are left out; a partial one keeps its label with
 * the words the table uses. So are the ones before the data starts or before the contract
 * took effect: the table says so in their row and shows no number, and the chart plotted
 * the engine's figures for them all the same (a contract effective 2026-03-15 had points
 * for January and February). A sub-period without leads of its own stays, without a point.
 * A chart needs two sub-periods (one is a lone point, its target line no line at all) and
 * an attainment in one of them.
 */
export function seriesChartData(report: ComplianceReport, text: ReportText): { id: string; points: PeriodPoint[]; text: PeriodText }[] {
  const series = seriesModel(report);
  if (series === null) return [];
  const t = text.charts.attainment;
  const raw = report.series?.periods ?? [];
  const periods = series.periods.filter((p, i) => {
    const period = raw[i];
    const state = period === undefined ? (p.future ? 'future' : 'measured') : monthState(period);
    return state === 'measured' || state === 'no-leads';
  });
  if (periods.length < 2) return [];
  return series.slas
    .map((sla, i) => {
      const points = periods.map((p) => ({
        period: periodLabel(p, text.series),
        attainment: p.slas[i]?.attainment ?? null,
        target: sla.target,
      }));
      const id = clean(sla.id);
      return { id, points, text: { ...t, title: t.title(id), description: t.description(id, points.length) } };
    })
    .filter((c) => c.points.some((p) => p.attainment !== null));
}

/** Mermaid writes category labels on one line under their bar: longer ones would run into the next. */
const LABEL_MAX = 32;

/** The charts as inline SVG, by section. */
export async function reportChartsSvg(report: ComplianceReport, text: ReportText): Promise<ChartsBySection> {
  const data = reportChartData(report, text);
  const out: ChartsBySection = {};
  // Every chart writes its axis numbers as the report's text does.
  const draw = (spec: TopLevelSpec, t: ChartText, id: string) => chartSvg(spec, t, { id, numberLocale: text.numberLocale });
  const slas: string[] = [];
  if (data.elapsed) slas.push(await draw(elapsedSpec(data.elapsed.rows, data.elapsed.text), data.elapsed.text, 'chart-elapsed'));
  for (const [i, d] of data.distributions.entries()) slas.push(await draw(distributionSpec(d.bars, d.goalEdge, d.text), d.text, `chart-distribution-${i + 1}`));
  if (slas.length > 0) out.slas = slas;
  if (data.commitments) out.commitments = [await draw(goalSpec(data.commitments.rows, data.commitments.text), data.commitments.text, 'chart-commitments')];
  if (data.funnel) out.funnel = [await draw(rateSpec(data.funnel.rows, data.funnel.text), data.funnel.text, 'chart-funnel')];
  const series = seriesChartData(report, text);
  if (series.length > 0) out.series = await Promise.all(series.map((c, i) => draw(periodSpec(c.points, c.text), c.text, `chart-attainment-${i + 1}`)));
  return out;
}

/** The same charts as ```mermaid blocks (bars in percent, the goal or target as a line), by section. */
export function reportChartsMermaid(report: ComplianceReport, text: ReportText): ChartsBySection {
  const data = reportChartData(report, text);
  const t = text.charts;
  const f = createFormatter(text, report.contract.currency);
  const out: ChartsBySection = {};
  const cap = MAX_GOALS * 100;

  if (data.elapsed) {
    const rows = data.elapsed.rows.filter((r) => r.median !== null && r.p90 !== null);
    if (rows.length > 0) {
      // Two bar series: Mermaid draws the second over the first, so the longer p90 goes first.
      const p90s = rows.map((r) => Math.min(cap, (r.p90 ?? 0) * 100));
      const medians = rows.map((r) => Math.min(cap, (r.median ?? 0) * 100));
      out.slas = [
        xyChartMermaid({
          title: t.elapsedMermaidTitle,
          description: t.elapsed.description(rows.length),
          x: { title: data.elapsed.text.y, labels: rows.map((r) => truncate(r.label, LABEL_MAX)) },
          y: { title: t.elapsedPercent, min: 0, max: axisEnd([...p90s, 100], cap) },
          bars: [p90s, medians],
          lines: [rows.map(() => 100)],
        }),
      ];
    }
  }
  for (const d of data.distributions) {
    // One bar series: Mermaid draws a zero bar of a second series as a stub, and has no vertical line; the axis says where the goal is.
    (out.slas ??= []).push(
      xyChartMermaid({
        title: d.text.title,
        description: d.text.description,
        x: { title: t.distribution.mermaidX(d.goal, f.stated(1)), labels: d.labels },
        y: { title: d.text.y, min: 0, max: Math.max(10, Math.ceil((Math.max(...d.bars.map((b) => b.count)) * 1.1) / 10) * 10) },
        bars: [d.bars.map((b) => b.count)],
        lines: [],
      }),
    );
  }
  if (data.commitments) {
    const rows = data.commitments.rows.filter((r) => r.share !== null);
    const shares = rows.map((r) => Math.min(cap, (r.share ?? 0) * 100));
    out.commitments = [
      xyChartMermaid({
        // Counted again: commitments without an actual are left out here (Mermaid has no empty bar).
        title: data.commitments.text.title,
        description: t.commitments.description(rows.length),
        x: { title: data.commitments.text.y, labels: rows.map((r) => truncate(r.label, LABEL_MAX)) },
        y: { title: t.commitmentsPercent, min: 0, max: axisEnd([...shares, 100], cap) },
        bars: [shares],
        lines: [rows.map(() => 100)],
      }),
    ];
  }
  if (data.funnel) {
    const rows = data.funnel.rows.filter((r) => r.rate !== null);
    const rates = rows.map((r) => (r.rate ?? 0) * 100);
    // Mermaid draws a line through every category: the target line only when every step has a target (no made-up zeros).
    // Otherwise the targets go into the labels.
    const withTargets = rows.every((r) => r.target !== null);
    const labels = rows.map((r) => (withTargets || r.target === null ? r.label : t.stepWithTarget(r.label, f.stated(r.target))));
    out.funnel = [
      xyChartMermaid({
        title: data.funnel.text.title,
        description: t.funnel.description(rows.length),
        x: { title: data.funnel.text.y, labels: labels.map((l) => truncate(l, LABEL_MAX)) },
        y: { title: t.ratePercent, min: 0, max: axisEnd([...rates, ...rows.map((r) => (r.target ?? 0) * 100)], 100) },
        bars: [rates],
        lines: withTargets ? [rows.map((r) => (r.target ?? 0) * 100)] : [],
      }),
    ];
  }
  // Mermaid leaves out the sub-periods without a point (it has no gaps): two are needed for a line, and the description counts those drawn.
  const series = seriesChartData(report, text)
    .map((c) => ({ ...c, drawn: c.points.filter((p) => p.attainment !== null).length }))
    .filter((c) => c.drawn >= 2);
  if (series.length > 0) out.series = series.map((c) => periodMermaid(c.points, { ...c.text, description: t.attainment.description(c.id, c.drawn) }));
  return out;
}

/** A round axis end a little above the largest value, at most `cap`. */
function axisEnd(values: readonly number[], cap: number): number {
  return Math.min(cap, Math.ceil((Math.max(1, ...values) * 1.1) / 10) * 10);
}
