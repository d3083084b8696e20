/**
 * Charts as data → Vega-Lite specifications (issue 15). Pure: every function takes plain
 * rows (labels already translated, values already formatted where they are shown as text)
 * and returns a spec; svg.ts turns a spec into static SVG, mermaid.ts draws the same
 * charts for Markdown. Nothing here knows the report: the report, the series and the
 * documents each map their own numbers onto these shapes.
 *
 * Every chart is sized for an A4 page (the page scales it down further when narrower),
 * has a title, titled axes and, where there is one, the goal or target drawn as a line.
 */
import type { TopLevelSpec } from 'vega-lite';

/** The words of one chart: the caller translates them. */
export interface ChartText {
  title: string;
  /** One sentence for screen readers (the SVG's <desc>). */
  description: string;
}

/** Elapsed time of one SLA's stopped leads, as fractions of its goal (1 = the goal). */
export interface ElapsedRow {
  label: string;
  median: number | null;
  p90: number | null;
  /** The values in the SLA's own units, printed at the end of the bars: "1h 30m". */
  medianText: string;
  p90Text: string;
}

export interface ElapsedText extends ChartText {
  /** Axis titles. */
  x: string;
  y: string;
  /** Legend entries. */
  median: string;
  p90: string;
  /** Marks the goal line. */
  goal: string;
}

/** One bucket of an SLA's elapsed times (engine: elapsedDistribution), in order from zero up. */
export interface DistributionBar {
  count: number;
  /** The count as the report prints it: "1,412". */
  countText: string;
  /** Whether the bucket lies at or under the goal (its leads met it). */
  withinGoal: boolean;
}

export interface DistributionText extends ChartText {
  x: string;
  y: string;
  /** The labels of the edges between and around the bars, one more than the bars: "0", "25%", …, "400%", "" (the last bar is open-ended). */
  edges: readonly string[];
  /** Legend entries. */
  within: string;
  late: string;
  /** Marks the goal line: "goal 1bh". */
  goal: string;
}

/** A measure against its goal, as a fraction of the goal (1 = goal reached). */
export interface GoalRow {
  label: string;
  /** actual ÷ goal; null when there is nothing to measure. */
  share: number | null;
  /** Printed at the end of the bar: "412 of 500". */
  valueText: string;
  tone: 'pass' | 'fail' | 'no-data';
}

export interface GoalText extends ChartText {
  x: string;
  y: string;
  goal: string;
}

/** A funnel step: its conversion rate and the contract's target rate (both 0..1). */
export interface RateRow {
  label: string;
  rate: number | null;
  target: number | null;
  /** Printed at the end of the bar: "23.5% (target 25.0%)". */
  valueText: string;
}

export interface RateText extends ChartText {
  x: string;
  y: string;
  target: string;
}

/** One period of an SLA: its attainment and the target it had then (0..1). */
export interface PeriodPoint {
  period: string;
  attainment: number | null;
  target: number;
}

export interface PeriodText extends ChartText {
  x: string;
  y: string;
  attainment: string;
  target: string;
}

/** Widths in CSS pixels: the plot plus its labels stays under A4's printable width (~718px at 96 dpi). */
export const PLOT_WIDTH = 440;
const BAND = 26;
const LINE_HEIGHT = 220;
/** Bars longer than this many goals are cut at the edge (their text still says the value). */
export const MAX_GOALS = 3;

const INK = '#1f2328';
const BAR = '#2f6f8f';
const BAR_LIGHT = '#9cc3d5';
const GOAL = '#b42318';
/** Late leads' bars: the goal's red, lighter, so the goal line stays the strongest red on the chart. */
const LATE = '#e8a29a';
const TONE_COLOUR = { pass: '#1a7f37', fail: '#b42318', 'no-data': '#9a6700' } as const;

/** Shared look: system fonts only (no web font to fetch), dark ink, light grid, white ground for print. */
const CONFIG = {
  font: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  background: 'white',
  padding: 8,
  title: { anchor: 'start', fontSize: 14, fontWeight: 600, color: INK, offset: 10 },
  axis: { labelColor: INK, titleColor: INK, labelFontSize: 11, titleFontSize: 11, gridColor: '#e6e9ed', domainColor: '#8c959f', tickColor: '#8c959f' },
  legend: { labelColor: INK, titleColor: INK, labelFontSize: 11, orient: 'bottom', direction: 'horizontal' },
  view: { stroke: null },
} as const;

function base(text: ChartText): Pick<TopLevelSpec, 'title' | 'description' | 'config'> {
  return { title: text.title, description: text.description, config: CONFIG };
}

/** The end of a share axis: a little past the largest value and the goal, never past MAX_GOALS. */
function shareDomainEnd(values: readonly (number | null)[]): number {
  const largest = Math.max(1, ...values.filter((v): v is number => v !== null && Number.isFinite(v)));
  return Math.min(MAX_GOALS, Math.ceil(largest * 1.15 * 4) / 4);
}

/** The axes of a chart of shares of a goal: a category per row (in the rows' order) against 0..end, in percent. */
function shareAxes(labels: string[], text: { x: string; y: string }, end: number) {
  const y = { field: 'label', type: 'nominal', title: text.y, sort: labels, axis: { labelLimit: 160 } } as const;
  const x = {
    field: 'share',
    type: 'quantitative',
    title: text.x,
    scale: { domain: [0, end], clamp: true, nice: false },
    axis: { format: '.0%', tickCount: 6 },
  } as const;
  return { x, y };
}

/** Median and p90 elapsed time per SLA, in goals, with the goal line at 1. */
export function elapsedSpec(rows: readonly ElapsedRow[], text: ElapsedText): TopLevelSpec {
  const values = rows.flatMap((r) => [
    ...(r.median === null ? [] : [{ label: r.label, measure: text.median, share: r.median, shown: r.medianText }]),
    ...(r.p90 === null ? [] : [{ label: r.label, measure: text.p90, share: r.p90, shown: r.p90Text }]),
  ]);
  const end = shareDomainEnd(rows.flatMap((r) => [r.median, r.p90]));
  const { x, y } = shareAxes(
    rows.map((r) => r.label),
    text,
    end,
  );
  return {
    ...base(text),
    width: PLOT_WIDTH,
    height: { step: BAND / 2 },
    layer: [
      {
        data: { values },
        mark: { type: 'bar', cornerRadiusEnd: 2 },
        encoding: {
          y,
          yOffset: { field: 'measure', type: 'nominal', sort: [text.median, text.p90] },
          x,
          color: { field: 'measure', type: 'nominal', title: null, sort: [text.median, text.p90], scale: { range: [BAR, BAR_LIGHT] } },
        },
      },
      {
        data: { values },
        mark: { type: 'text', align: 'left', dx: 3, fontSize: 10, color: INK },
        encoding: { y, yOffset: { field: 'measure', type: 'nominal', sort: [text.median, text.p90] }, x, text: { field: 'shown' } },
      },
      goalRule(text.goal, 1, 'x'),
    ],
  } as TopLevelSpec;
}

/**
 * The distribution of one SLA's elapsed times: a bar per bucket, side by side in bucket
 * order on an axis of bucket edges (equal widths, the edges labelled, since the buckets
 * are not of equal size), bars within the goal apart in colour from late ones, the goal as
 * a labelled line on its edge, each bar's count above it.
 */
export function distributionSpec(bars: readonly DistributionBar[], goalEdge: number, text: DistributionText): TopLevelSpec {
  if (text.edges.length !== bars.length + 1) throw new Error(`chart ${JSON.stringify(text.title)}: ${text.edges.length} edge labels for ${bars.length} bars`);
  const values = bars.map((b, i) => ({
    from: i + 0.06,
    to: i + 0.94,
    mid: i + 0.5,
    count: b.count,
    shown: b.countText,
    side: b.withinGoal ? text.within : text.late,
  }));
  const top = Math.max(1, ...bars.map((b) => b.count));
  const x = {
    field: 'from',
    type: 'quantitative',
    title: text.x,
    scale: { domain: [0, bars.length], nice: false, zero: true },
    // Ticks on the edges, each labelled from the list (a JSON array literal is a valid Vega expression).
    axis: { values: text.edges.map((_, i) => i), labelExpr: `${JSON.stringify(text.edges)}[datum.value]`, grid: false, labelFlush: false },
  } as const;
  const y = {
    field: 'count',
    type: 'quantitative',
    title: text.y,
    scale: { domain: [0, Math.ceil(top * 1.18)], nice: false },
    axis: { format: 'd', tickMinStep: 1, tickCount: 5 },
  } as const;
  return {
    ...base(text),
    width: PLOT_WIDTH,
    height: LINE_HEIGHT,
    layer: [
      {
        name: 'buckets',
        data: { values },
        mark: { type: 'rect', cornerRadiusTopLeft: 2, cornerRadiusTopRight: 2 },
        encoding: {
          x,
          x2: { field: 'to' },
          y,
          y2: { datum: 0 },
          color: {
            field: 'side',
            type: 'nominal',
            title: null,
            sort: [text.within, text.late],
            scale: { domain: [text.within, text.late], range: [BAR, LATE] },
          },
        },
      },
      {
        data: { values },
        mark: { type: 'text', baseline: 'bottom', dy: -2, fontSize: 10, color: INK },
        encoding: { x: { field: 'mid', type: 'quantitative' }, y, text: { field: 'shown' } },
      },
      goalRule(text.goal, goalEdge, 'x'),
    ],
  } as TopLevelSpec;
}

/** Each commitment's actual as a share of its goal, coloured by status, with the goal line at 1. */
export function goalSpec(rows: readonly GoalRow[], text: GoalText): TopLevelSpec {
  const values = rows.map((r) => ({ label: r.label, share: r.share ?? 0, shown: r.valueText, tone: r.tone }));
  const end = shareDomainEnd(rows.map((r) => r.share));
  const { x, y } = shareAxes(
    rows.map((r) => r.label),
    text,
    end,
  );
  return {
    ...base(text),
    width: PLOT_WIDTH,
    height: { step: BAND },
    layer: [
      {
        data: { values },
        mark: { type: 'bar', cornerRadiusEnd: 2, height: { band: 0.7 } },
        encoding: {
          y,
          x,
          color: { field: 'tone', type: 'nominal', legend: null, scale: { domain: Object.keys(TONE_COLOUR), range: Object.values(TONE_COLOUR) } },
        },
      },
      { data: { values }, mark: { type: 'text', align: 'left', dx: 3, fontSize: 10, color: INK }, encoding: { y, x, text: { field: 'shown' } } },
      goalRule(text.goal, 1, 'x'),
    ],
  } as TopLevelSpec;
}

/** Conversion rate per funnel step (bars) with each step's target (a tick across the bar). */
export function rateSpec(rows: readonly RateRow[], text: RateText): TopLevelSpec {
  // The text starts after the bar or the target tick, whichever reaches further.
  const values = rows.map((r) => ({ label: r.label, rate: r.rate ?? 0, target: r.target, textAt: Math.max(r.rate ?? 0, r.target ?? 0), shown: r.valueText }));
  const largest = Math.max(0.1, ...rows.flatMap((r) => [r.rate ?? 0, r.target ?? 0]));
  const end = Math.min(1, Math.ceil(largest * 1.15 * 10) / 10);
  const y = { field: 'label', type: 'nominal', title: text.y, sort: rows.map((r) => r.label), axis: { labelLimit: 160 } } as const;
  const scale = { domain: [0, end], clamp: true, nice: false };
  return {
    ...base(text),
    width: PLOT_WIDTH,
    height: { step: BAND },
    layer: [
      {
        data: { values },
        mark: { type: 'bar', cornerRadiusEnd: 2, height: { band: 0.7 }, color: BAR },
        encoding: { y, x: { field: 'rate', type: 'quantitative', title: text.x, scale, axis: { format: '.0%' } } },
      },
      {
        name: 'target',
        data: { values },
        transform: [{ filter: 'datum.target !== null' }],
        mark: { type: 'tick', orient: 'vertical', color: GOAL, thickness: 3, size: BAND * 0.9 },
        encoding: { y, x: { field: 'target', type: 'quantitative', scale } },
      },
      {
        data: { values },
        mark: { type: 'text', align: 'left', dx: 5, fontSize: 10, color: INK },
        encoding: { y, x: { field: 'textAt', type: 'quantitative', scale }, text: { field: 'shown' } },
      },
      // The legend for the tick: one line of text under the title would need a custom
      // legend; a caption in the goal colour at the top right says it instead.
      {
        data: { values: [{ caption: `┃ ${text.target}` }] },
        mark: { type: 'text', align: 'right', baseline: 'bottom', dy: -4, fontSize: 10, color: GOAL },
        encoding: { text: { field: 'caption' }, x: { value: PLOT_WIDTH }, y: { value: 0 } },
      },
    ],
  };
}

/** One SLA's attainment per period (line and points) against its target (a dashed line). */
export function periodSpec(points: readonly PeriodPoint[], text: PeriodText): TopLevelSpec {
  // A period without attainment is a null in the line, which breaks it there: left out, the
  // line ran straight across it as if the period had a number in between.
  const values = points.flatMap((p) => [
    { period: p.period, series: text.attainment, value: p.attainment },
    { period: p.period, series: text.target, value: p.target },
  ]);
  const periods = points.map((p) => p.period);
  const low = Math.min(...points.flatMap((p) => [p.attainment ?? 1, p.target]));
  const start = Math.max(0, Math.floor((low - 0.1) * 10) / 10);
  return {
    ...base(text),
    width: PLOT_WIDTH,
    height: LINE_HEIGHT,
    data: { values },
    encoding: {
      x: { field: 'period', type: 'ordinal', title: text.x, sort: periods, axis: periodAxis(periods) },
      y: { field: 'value', type: 'quantitative', title: text.y, scale: { domain: [start, 1] }, axis: { format: '.0%' } },
      color: { field: 'series', type: 'nominal', title: null, sort: [text.attainment, text.target], scale: { range: [BAR, GOAL] } },
    },
    layer: [
      { name: 'attainment', transform: [{ filter: { field: 'series', equal: text.attainment } }], mark: { type: 'line', point: true, strokeWidth: 2 } },
      { name: 'target', transform: [{ filter: { field: 'series', equal: text.target } }], mark: { type: 'line', strokeWidth: 2, strokeDash: [5, 4] } },
    ],
  };
}

/**
 * The period axis's labels, so that they never run into each other: level when each fits
 * its period's width (11px text, about 6.5px a character: "2026-11 (so far)" needs more
 * than the 55px of eight periods), slanted up to 25 periods (a slanted line needs about
 * 17px between periods: 440px ÷ 25), upright beyond (12px each), and past 36 (a year of
 * weeks, up to 160 sub-periods) only those Vega's greedy pass keeps apart: 36 weeks
 * slanted 12px apart overlapped, and 160 were a black band.
 */
function periodAxis(periods: readonly string[]) {
  const step = PLOT_WIDTH / Math.max(1, periods.length);
  const longest = Math.max(0, ...periods.map((p) => p.length));
  if (longest * 6.5 <= step) return { labelAngle: 0 };
  if (periods.length <= 25) return { labelAngle: -45 };
  return { labelAngle: -90, labelAlign: 'right' as const, labelBaseline: 'middle' as const, labelOverlap: 'greedy' as const };
}

/** A labelled dashed rule at `at` across the plot: the goal. */
function goalRule(label: string, at: number, axis: 'x' | 'y') {
  const other = axis === 'x' ? 'y' : 'x';
  return {
    data: { values: [{ at, label }] },
    layer: [
      { name: 'goal', mark: { type: 'rule', color: GOAL, strokeWidth: 2, strokeDash: [5, 3] }, encoding: { [axis]: { field: 'at', type: 'quantitative' } } },
      {
        mark: { type: 'text', color: GOAL, fontSize: 10, fontWeight: 600, baseline: 'bottom', align: 'center', dy: -3 },
        encoding: { [axis]: { field: 'at', type: 'quantitative' }, [other]: { value: 0 }, text: { field: 'label' } },
      },
    ],
  };
}

/** A stage of the agreement's reverse funnel: the leads it needs, and the conversion into it from the stage above. */
export interface FunnelStage {
  label: string;
  count: number;
  /** `count` formatted for the document's locale. */
  countText: string;
  /** "1 in 8", "25%"; empty for the top stage or a step without a stated conversion. */
  linkText: string;
}

/**
 * The reverse funnel: centred bars, top of the funnel first, widths following the counts,
 * each conversion between its two bars. No drawn title: the agreement captions the figure
 * (the SVG's <title> still names it).
 */
export function funnelSpec(stages: readonly FunnelStage[], text: ChartText): TopLevelSpec {
  const max = Math.max(1, ...stages.map((s) => s.count));
  // The narrowest bar stays visible: a stage of 1 lead out of 10,000 is still a bar.
  const half = (count: number) => Math.max(max * 0.04, Math.max(0, count)) / 2;
  const values = stages.map((s) => ({ label: s.label, lo: -half(s.count), hi: half(s.count), shown: s.countText, link: s.linkText ? `↓ ${s.linkText}` : '' }));
  const y = {
    field: 'label',
    type: 'ordinal',
    title: null,
    sort: stages.map((s) => s.label),
    axis: { domain: false, ticks: false, labelFontSize: 12, labelLimit: 300 },
  } as const;
  const scale = { domain: [-max / 2, max / 2], nice: false };
  const x = { field: 'lo', type: 'quantitative', axis: null, scale } as const;
  return {
    description: text.description,
    config: CONFIG,
    width: 320,
    height: { step: 44 },
    data: { values },
    layer: [
      { name: 'stages', mark: { type: 'bar', height: { band: 0.55 }, cornerRadius: 3, color: BAR }, encoding: { y, x, x2: { field: 'hi' } } },
      {
        mark: { type: 'text', align: 'left', dx: 5, fontSize: 12, fontWeight: 600, color: INK },
        encoding: { y, x: { field: 'hi', type: 'quantitative', scale, axis: null }, text: { field: 'shown' } },
      },
      {
        name: 'conversions',
        transform: [{ filter: "datum.link !== ''" }],
        mark: { type: 'text', align: 'center', baseline: 'middle', fontSize: 11, color: '#59636e' },
        encoding: { y: { ...y, bandPosition: 0 }, x: { datum: 0, type: 'quantitative', scale, axis: null }, text: { field: 'link' } },
      },
    ],
  };
}

/** One period of a sparkline: its rank on the scale (0 = best, drawn on top) and the tone of that rank. */
export interface SparkPoint {
  rank: number | null;
  /** 'good' | 'fair' | 'poor' | 'bad': the point's colour. */
  tone: string;
}

const SPARK_STEP = 22;
const SPARK_ROW = 9;
const TONES: Record<string, string> = { good: '#1d6b3a', fair: BAR, poor: '#c98a00', bad: '#a01d1d' };

/**
 * A grade sparkline for a table cell: a point per graded period at the height of its
 * grade (best on top), joined where consecutive periods were graded, faint guides per
 * grade. No axes or title: the cell's column says what it is, and the SVG's <title> reads
 * every grade out.
 */
export function sparkSpec(points: readonly SparkPoint[], scaleSize: number): TopLevelSpec {
  // A run id per stretch of consecutive graded periods: each run is its own line, so a gap stays a gap.
  let run = 0;
  const values = points.flatMap((p, i) => {
    if (p.rank === null) {
      run++;
      return [];
    }
    return [{ i, rank: p.rank, tone: p.tone, run }];
  });
  const xScale = { domain: [0, Math.max(1, points.length - 1)], nice: false, zero: false };
  const yScale = { domain: [0, Math.max(1, scaleSize - 1)], reverse: true, nice: false };
  const x = { field: 'i', type: 'quantitative', axis: null, scale: xScale } as const;
  const y = { field: 'rank', type: 'quantitative', axis: null, scale: yScale } as const;
  return {
    // No background: the sparkline sits on its table row's own.
    config: { font: CONFIG.font, background: 'transparent', padding: 6, view: { stroke: null } },
    autosize: { type: 'pad', contains: 'padding' },
    width: SPARK_STEP * Math.max(1, points.length - 1),
    height: SPARK_ROW * Math.max(1, scaleSize - 1),
    layer: [
      {
        name: 'guides',
        data: { values: Array.from({ length: scaleSize }, (_, rank) => ({ rank })) },
        mark: { type: 'rule', color: '#d0d7de', strokeWidth: 1 },
        encoding: { y },
      },
      { name: 'line', data: { values }, mark: { type: 'line', color: BAR, strokeWidth: 1.5 }, encoding: { x, y, detail: { field: 'run' } } },
      {
        name: 'points',
        data: { values },
        mark: { type: 'circle', size: 28, opacity: 1 },
        encoding: { x, y, color: { field: 'tone', type: 'nominal', legend: null, scale: { domain: Object.keys(TONES), range: Object.values(TONES) } } },
      },
    ],
  };
}
