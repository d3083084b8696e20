/**
 * Charts from plain data (issue 15): what goes into each Vega-Lite spec, what the SVG
 * renderer makes of it in Node, and the Mermaid blocks. The report's own charts are
 * checked in test/unit/report/html.test.ts and, drawn, in test/e2e/charts.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { periodMermaid, xyChartMermaid, mermaidText } from '../../../src/render/charts/mermaid.js';
import {
  distributionSpec,
  elapsedSpec,
  funnelSpec,
  goalSpec,
  MAX_GOALS,
  periodSpec,
  rateSpec,
  sparkSpec,
  type PeriodPoint,
} from '../../../src/render/charts/specs.js';
import { chartSvg, vegaNumberLocale } from '../../../src/render/charts/svg.js';

const ELAPSED_TEXT = {
  title: 'Elapsed time against the goal',
  description: 'Median and p90 per SLA.',
  x: 'Elapsed, share of the goal',
  y: 'SLA',
  median: 'Median',
  p90: '90th percentile',
  goal: 'goal',
};
const GOAL_TEXT = { title: 'Commitments', description: 'Actual against goal.', x: 'Actual, share of the goal', y: 'Commitment', goal: 'goal' };
const RATE_TEXT = { title: 'Funnel', description: 'Rates against targets.', x: 'Conversion rate', y: 'Step', target: 'target' };
const PERIOD_TEXT = {
  title: 'first-touch per month',
  description: 'Attainment per month.',
  x: 'Month',
  y: 'Attainment',
  attainment: 'Attainment',
  target: 'Target',
};

const DISTRIBUTION_TEXT = {
  title: 'first-touch: elapsed time of stopped leads',
  description: '12 stopped leads; 8 within the goal.',
  x: 'Elapsed time, share of the goal (1 business hour)',
  y: 'Stopped leads',
  edges: ['0%', '25%', '50%', '75%', '100%', '150%', '200%', '400%', ''],
  within: 'Within the goal',
  late: 'Late',
  goal: 'goal 1 business hour',
};
const DISTRIBUTION_BARS = [2, 2, 2, 2, 2, 0, 0, 2].map((count, i) => ({ count, countText: String(count), withinGoal: i < 4 }));

const HOSTILE = 'a"b</text><script>alert(1)</script> id="x" ``` %%{init}%%\nnext line & @team #12';

/** The inline data of every layer of a spec, flattened; a row shared by several layers counted once. */
function layerData(spec: object): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const n = node as Record<string, unknown>;
      const data = n['data'] as { values?: Record<string, unknown>[] } | undefined;
      if (data?.values) out.push(...data.values);
      if (n['layer']) walk(n['layer']);
    }
  };
  walk(spec);
  return [...new Map(out.map((row) => [JSON.stringify(row), row])).values()];
}

/** Text of the SVG's <text> elements, entities decoded. */
function svgTexts(svg: string): string[] {
  return [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((m) =>
    m[1]!
      .replace(/&#(\d+);/g, (_, c: string) => String.fromCodePoint(Number(c)))
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&amp;/g, '&'),
  );
}

describe('chart specs from plain data', () => {
  it('elapsed: median and p90 per SLA as shares of the goal, the goal line at 1, long bars cut at the axis end', () => {
    const rows = [
      { label: 'first-touch', median: 0.5, p90: 1.25, medianText: '30m', p90Text: '1h 15m' },
      { label: 'accept', median: 2, p90: 9, medianText: '2bd', p90Text: '9bd' },
      { label: 'no-stops', median: null, p90: null, medianText: '–', p90Text: '–' },
    ];
    const spec = elapsedSpec(rows, ELAPSED_TEXT);
    expect(spec.title).toBe(ELAPSED_TEXT.title);
    const data = layerData(spec);
    expect(data.filter((d) => d['measure'] === 'Median').map((d) => [d['label'], d['share']])).toEqual([
      ['first-touch', 0.5],
      ['accept', 2],
    ]);
    expect(data.filter((d) => d['measure'] === '90th percentile').map((d) => d['share'])).toEqual([1.25, 9]);
    expect(data).toContainEqual({ at: 1, label: 'goal' });
    const json = JSON.stringify(spec);
    expect(json).toContain(`"domain":[0,${MAX_GOALS}]`);
    expect(json).toContain('"clamp":true');
    expect(json).toContain(`"title":"${ELAPSED_TEXT.x}"`);
    expect(json).toContain(`"title":"${ELAPSED_TEXT.y}"`);
  });

  it('elapsed: the axis ends a little past the goal when every bar is short', () => {
    const spec = elapsedSpec([{ label: 's', median: 0.2, p90: 0.4, medianText: '', p90Text: '' }], ELAPSED_TEXT);
    expect(JSON.stringify(spec)).toContain('"domain":[0,1.25]');
  });

  it('distribution: a bar per bucket side by side in order, within the goal and late apart, the goal line on its edge', () => {
    const spec = distributionSpec(DISTRIBUTION_BARS, 4, DISTRIBUTION_TEXT);
    const rows = layerData(spec);
    const bars = rows.filter((r) => 'count' in r);
    expect(bars.map((r) => r['count'])).toEqual([2, 2, 2, 2, 2, 0, 0, 2]);
    // Bar i spans the slot between edges i and i + 1, with a gap: bars never touch, and the goal (edge 4) falls between bars 3 and 4.
    for (const [i, r] of bars.entries()) expect([r['from'], r['to']]).toEqual([i + 0.06, i + 0.94]);
    expect(bars.map((r) => r['side'])).toEqual(['Within the goal', 'Within the goal', 'Within the goal', 'Within the goal', 'Late', 'Late', 'Late', 'Late']);
    expect(rows).toContainEqual({ at: 4, label: 'goal 1 business hour' });
  });

  it('distribution: refuses edge labels that do not fit the bars', () => {
    expect(() => distributionSpec(DISTRIBUTION_BARS, 4, { ...DISTRIBUTION_TEXT, edges: ['0%', '25%'] })).toThrow(/2 edge labels for 8 bars/);
  });

  it('commitments: actual ÷ goal per commitment, the status as colour, the goal at 1', () => {
    const spec = goalSpec(
      [
        { label: 'mql-volume', share: 0.8815, valueText: '1,763 of 2,000', tone: 'fail' },
        { label: 'pipeline', share: null, valueText: '–', tone: 'no-data' },
      ],
      GOAL_TEXT,
    );
    const data = layerData(spec);
    expect(data).toContainEqual({ label: 'mql-volume', share: 0.8815, shown: '1,763 of 2,000', tone: 'fail' });
    expect(data).toContainEqual({ label: 'pipeline', share: 0, shown: '–', tone: 'no-data' });
    expect(data).toContainEqual({ at: 1, label: 'goal' });
  });

  it('funnel: rates as bars, targets as ticks only where the contract sets one', () => {
    const spec = rateSpec(
      [
        { label: 'mql → sal', rate: 0.755, target: 0.8, valueText: '75.5% (target 80%)' },
        { label: 'sql → won', rate: 0.12, target: null, valueText: '12.0%' },
      ],
      RATE_TEXT,
    );
    const data = layerData(spec);
    expect(data).toContainEqual({ label: 'mql → sal', rate: 0.755, target: 0.8, textAt: 0.8, shown: '75.5% (target 80%)' });
    expect(data).toContainEqual({ label: 'sql → won', rate: 0.12, target: null, textAt: 0.12, shown: '12.0%' });
    expect(JSON.stringify(spec)).toContain('"filter":"datum.target !== null"');
    expect(JSON.stringify(spec)).toContain('"domain":[0,1]');
  });

  it('attainment per period: a line of attainment, a line of the target, gaps where a period had nothing to measure', () => {
    const points: PeriodPoint[] = [
      { period: '2026-01', attainment: 0.81, target: 0.9 },
      { period: '2026-02', attainment: null, target: 0.9 },
      { period: '2026-03', attainment: 0.93, target: 0.95 },
    ];
    const spec = periodSpec(points, PERIOD_TEXT);
    const data = layerData(spec);
    expect(data.filter((d) => d['series'] === 'Attainment').map((d) => [d['period'], d['value']])).toEqual([
      ['2026-01', 0.81],
      ['2026-02', null],
      ['2026-03', 0.93],
    ]);
    expect(data.filter((d) => d['series'] === 'Target').map((d) => d['value'])).toEqual([0.9, 0.9, 0.95]);
    // The y axis starts under the lowest value (81% → 70%) and ends at 100%.
    expect(JSON.stringify(spec)).toContain('"domain":[0.7,1]');
    expect(JSON.stringify(spec)).toContain('"sort":["2026-01","2026-02","2026-03"]');
  });
});

describe('chart SVG, drawn in Node', () => {
  it('has its title, description, axis titles, values and goal line, as one accessible image', async () => {
    const rows = [{ label: 'first-touch', median: 0.5, p90: 1.25, medianText: '30m', p90Text: '1h 15m' }];
    const svg = await chartSvg(elapsedSpec(rows, ELAPSED_TEXT), ELAPSED_TEXT, { id: 'c-1' });
    expect(svg).toMatch(
      /^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" class="chart" width="\d+" height="\d+" viewBox="0 0 \d+ \d+" role="img" aria-labelledby="c-1-title c-1-desc">/,
    );
    expect(svg).toContain('<title id="c-1-title">Elapsed time against the goal</title><desc id="c-1-desc">Median and p90 per SLA.</desc>');
    const texts = svgTexts(svg);
    for (const t of [ELAPSED_TEXT.title, ELAPSED_TEXT.x, ELAPSED_TEXT.y, 'goal', '30m', '1h 15m', 'first-touch', 'Median', '90th percentile'])
      expect(texts).toContain(t);
    expect(svg).toContain('goal_marks');
    expect(svg).not.toMatch(/<script|<foreignObject|\shref=|xlink:href|@import|@font-face/i);
    // Every id is the chart's own, and every reference points at one of them.
    for (const m of svg.matchAll(/\bid="([^"]+)"/g)) expect(m[1]).toMatch(/^c-1-/);
    for (const m of svg.matchAll(/url\(#([^)]+)\)/g)) expect(svg).toContain(`id="${m[1]}"`);
    // Width fits an A4 page's printable width (about 718 CSS px at 96 dpi).
    expect(Number(/width="(\d+)"/.exec(svg)![1])).toBeLessThanOrEqual(718);
  });

  // Before: the axes wrote "50%" in every language, beside text that says "36,9 %" in Spanish.
  it('writes the axis shares with the decimal mark and percent sign of the document locale', async () => {
    const rows = [{ label: 'first-touch', median: 0.5, p90: 1.25, medianText: '30m', p90Text: '1h 15m' }];
    const english = svgTexts(await chartSvg(elapsedSpec(rows, ELAPSED_TEXT), ELAPSED_TEXT, { id: 'c-en' }));
    const spanish = svgTexts(await chartSvg(elapsedSpec(rows, ELAPSED_TEXT), ELAPSED_TEXT, { id: 'c-es', numberLocale: 'es' }));
    expect(english).toContain('40%');
    expect(spanish).toContain('40\u00a0%');
    expect(spanish).not.toContain('40%');
    expect(vegaNumberLocale('pt')).toMatchObject({ decimal: ',', thousands: '.', percent: '%' });
    expect(vegaNumberLocale('ca')).toMatchObject({ decimal: ',', percent: '\u00a0%' });
  });

  // Before, the period without a number was left out of the data and the line ran straight from January to March.
  it('attainment per period: the line breaks at a period without a number, the points stay, the target runs through', async () => {
    const points: PeriodPoint[] = [
      { period: '2026-01', attainment: 0.81, target: 0.9 },
      { period: '2026-02', attainment: null, target: 0.9 },
      { period: '2026-03', attainment: 0.93, target: 0.9 },
    ];
    const svg = await chartSvg(periodSpec(points, PERIOD_TEXT), PERIOD_TEXT, { id: 'c-p' });
    const path = (layer: string) => new RegExp(`role-mark ${layer}_marks"[^>]*><path d="([^"]*)"`).exec(svg)?.[1];
    // Two pieces of one point each (M…Z M…Z), no segment (L) across February.
    expect(path('attainment')).toMatch(/^M[\d.,]+ZM[\d.,]+Z$/);
    expect(path('target')).toMatch(/^M[\d.,]+L[\d.,]+L[\d.,]+$/);
    expect(svg.match(/role-mark layer_0_layer_1_marks/g)).toHaveLength(1);
    expect(svg.match(/<path transform="translate\(/g)?.length).toBeGreaterThanOrEqual(2);
    expect(svg).not.toMatch(/NaN|Infinity/);
  });

  // Before: 36 weeks slanted 12px apart ran into each other, 160 made a black band, and eight months with "(so far)" overlapped level.
  it('attainment per period: the period labels never run into each other, from 3 months to 160 weeks', async () => {
    const FONT = 11;
    const cases: [number, (i: number) => string][] = [
      [3, (i) => `2026-0${i + 1}`],
      [8, (i) => (i === 7 ? '2026-08 (so far)' : `2026-0${i + 1}`)],
      [12, (i) => `2026-${String(i + 1).padStart(2, '0')}`],
      [36, (i) => `2026-W${String(i + 1).padStart(2, '0')}`],
      [160, (i) => `${2026 + Math.floor(i / 53)}-W${String((i % 53) + 1).padStart(2, '0')}`],
    ];
    for (const [n, label] of cases) {
      const points = Array.from({ length: n }, (_, i) => ({ period: label(i), attainment: 0.5 + (i % 5) / 10, target: 0.9 }));
      const svg = await chartSvg(periodSpec(points, PERIOD_TEXT), PERIOD_TEXT, { id: 'c-w' });
      const shown = [...svg.matchAll(/<text([^>]*)>(20\d\d-[^<]*)<\/text>/g)]
        .filter((m) => !/opacity="0"/.test(m[1]!))
        .map((m) => ({ text: m[2]!, x: Number(/translate\(([\d.]+),/.exec(m[1]!)![1]), angle: Number(/rotate\((-?\d+)\)/.exec(m[1]!)?.[1] ?? 0) }));
      expect(shown.length, `${n}`).toBeGreaterThanOrEqual(Math.min(n, 25));
      for (let i = 1; i < shown.length; i++) {
        const gap = shown[i]!.x - shown[i - 1]!.x;
        const angle = shown[i]!.angle;
        // Level: the two half-widths (about 6.5px a character); slanted: the distance between the parallel lines; upright: the text's height.
        const needed = angle === 0 ? ((shown[i]!.text.length + shown[i - 1]!.text.length) / 2) * 6.5 : angle === 315 ? FONT / Math.SQRT1_2 : FONT;
        expect(gap, `${n} periods: ${shown[i - 1]!.text} → ${shown[i]!.text} at ${angle}°`).toBeGreaterThanOrEqual(needed - 0.5);
      }
    }
  });

  it('distribution: its title, axis titles, edge labels, counts and the goal label, drawn', async () => {
    const svg = await chartSvg(distributionSpec(DISTRIBUTION_BARS, 4, DISTRIBUTION_TEXT), DISTRIBUTION_TEXT, { id: 'chart-d' });
    const texts = svgTexts(svg);
    expect(svg).toContain('<title id="chart-d-title">first-touch: elapsed time of stopped leads</title>');
    for (const t of [DISTRIBUTION_TEXT.x, DISTRIBUTION_TEXT.y, 'goal 1 business hour', 'Within the goal', 'Late', '0%', '100%', '400%'])
      expect(texts).toContain(t);
    // A count above each bar, zeros included: the two empty buckets' and the count axis' origin.
    expect(texts.filter((t) => t === '0')).toHaveLength(3);
    expect(svg).not.toMatch(/<script|NaN|undefined/);
  });

  it('prints hostile labels as text, never as markup', async () => {
    const svg = await chartSvg(
      goalSpec([{ label: HOSTILE, share: 0.5, valueText: HOSTILE, tone: 'fail' }], { ...GOAL_TEXT, title: HOSTILE }),
      { title: HOSTILE, description: HOSTILE },
      { id: 'h' },
    );
    expect(svg).not.toContain('<script');
    expect(svg).not.toContain('</text><script');
    for (const tag of svg.match(/<[^<>]*>/g) ?? []) expect(tag).not.toContain('id="x"');
    const tags = new Set([...svg.matchAll(/<([a-zA-Z]+)/g)].map((m) => m[1]));
    for (const tag of tags) expect(['svg', 'title', 'desc', 'g', 'path', 'rect', 'text', 'line', 'defs', 'clipPath']).toContain(tag);
    // The value text is drawn in full; the axis label may be cut with an ellipsis (labelLimit).
    expect(svgTexts(svg).some((t) => t.startsWith('a"b</text><script>'))).toBe(true);
  });

  it('agreement funnel: centred bars whose widths follow the counts, counts beside them, conversions between, hostile stage names as text', async () => {
    const stages = [
      { label: 'Lead', count: 480, countText: '480', linkText: '' },
      { label: 'MQL "hot"] --> x[```</script><script>alert(1)</script>', count: 120, countText: '120', linkText: '25%' },
      { label: 'Customer & co', count: 15, countText: '15', linkText: '1 in 8' },
    ];
    const spec = funnelSpec(stages, { title: 'Leads needed per stage', description: 'Lead: 480, MQL: 120, Customer: 15' });
    const data = layerData(spec);
    expect(data.map((d) => [d['hi'], d['link']])).toEqual([
      [240, ''],
      [60, '↓ 25%'],
      [9.6, '↓ 1 in 8'],
    ]);
    for (const d of data) expect(d['lo']).toBe(-(d['hi'] as number));
    const svg = await chartSvg(spec, { title: 'Leads needed per stage', description: 'Lead: 480' }, { id: 'funnel', className: 'funnel' });
    expect(svg).toMatch(/^<svg [^>]*class="chart funnel"[^>]*role="img" aria-labelledby="funnel-title funnel-desc"/);
    expect(svg).toContain('<title id="funnel-title">Leads needed per stage</title>');
    expect(svg).not.toContain('<script');
    // Bars widest at the top, narrowing with the counts.
    const bars = /<g class="mark-rect role-mark stages_marks">(.*?)<\/g>/s.exec(svg)![1]!;
    const widths = [...bars.matchAll(/<path d="M([\d.]+),[\d.]+L([\d.]+),/g)].map((m) => Number(m[2]) - Number(m[1]));
    expect(widths).toHaveLength(3);
    expect(widths[0]).toBeGreaterThan(widths[1]!);
    expect(widths[1]).toBeGreaterThan(widths[2]!);
    const texts = svgTexts(svg);
    for (const t of ['480', '120', '15', '↓ 25%', '↓ 1 in 8', 'Lead', 'Customer & co']) expect(texts).toContain(t);
  });

  it('scorecard sparkline: a point per graded period at its grade, best on top, a line per run of graded periods', async () => {
    // Grades B, A, –, C, D, B on a scale A..D.
    const points = [1, 0, null, 2, 3, 1].map((rank) => ({ rank, tone: rank === null ? '' : ['good', 'fair', 'poor', 'bad'][rank]! }));
    const spec = sparkSpec(points, 4);
    const data = layerData(spec).filter((d) => 'i' in d);
    expect(data.map((d) => [d['i'], d['rank'], d['run']])).toEqual([
      [0, 1, 0],
      [1, 0, 0],
      [3, 2, 1],
      [4, 3, 1],
      [5, 1, 1],
    ]);
    const svg = await chartSvg(spec, { title: 'Grades of x: B, A, –, C, D, B', description: '' }, { id: 'spark-0-0', className: 'spark' });
    expect(svg).toMatch(/^<svg [^>]*class="chart spark"[^>]*role="img" aria-labelledby="spark-0-0-title">/);
    expect(svg).not.toContain('<desc');
    // Two runs, two lines; five points; four guides.
    expect([...svg.matchAll(/<g class="mark-line role-mark line_marks">(.*?)<\/g>/gs)].flatMap((m) => m[1]!.match(/<path /g) ?? [])).toHaveLength(2);
    expect(svg.match(/<g class="mark-symbol role-mark points_marks">(.*?)<\/g>/s)![1]!.match(/<path /g)).toHaveLength(5);
    expect(svg.match(/<g class="mark-rule role-mark guides_marks">(.*?)<\/g>/s)![1]!.match(/<line /g)).toHaveLength(4);
    // The best grade is drawn highest: A's point above B's.
    const ys = [...svg.match(/<g class="mark-symbol role-mark points_marks">(.*?)<\/g>/s)![1]!.matchAll(/translate\(([\d.]+),([\d.]+)\)/g)].map((m) =>
      Number(m[2]),
    );
    expect(ys[1]).toBeLessThan(ys[0]!);
    expect(ys[3]).toBeGreaterThan(ys[2]!);
  });

  it('refuses an id that could break out of its attribute', async () => {
    await expect(chartSvg(goalSpec([], GOAL_TEXT), GOAL_TEXT, { id: 'x" onload="y' })).rejects.toThrow(/letters, digits/);
  });
});

describe('Mermaid charts', () => {
  const chart = {
    title: 'Commitments',
    description: 'Actual against goal; a line at 100.',
    x: { title: 'Commitment', labels: ['mql-volume', 'pipeline'] },
    y: { title: 'Actual, % of goal', min: 0, max: 120 },
    bars: [[88.154, 105]],
    lines: [[100, 100]],
  };

  it('is a fenced xychart with titles, categories, bars and the goal line', () => {
    expect(xyChartMermaid(chart)).toBe(
      [
        '```mermaid',
        'xychart-beta',
        '  accTitle: Commitments',
        '  accDescr: Actual against goal, a line at 100.',
        '  title "Commitments"',
        '  x-axis "Commitment" ["mql-volume", "pipeline"]',
        '  y-axis "Actual, #37; of goal" 0 --> 120',
        '  bar [88.15, 105]',
        '  line [100, 100]',
        '```',
      ].join('\n'),
    );
  });

  it('keeps a hostile label inside its quotes, on its line, inside the block', () => {
    const block = xyChartMermaid({ ...chart, title: HOSTILE, description: HOSTILE, x: { title: HOSTILE, labels: [HOSTILE, 'b'] } });
    const lines = block.split('\n');
    expect(lines[0]).toBe('```mermaid');
    expect(lines.at(-1)).toBe('```');
    expect(lines).toHaveLength(10);
    const inner = lines.slice(1, -1).join('\n').replace(' --> ', ' ');
    expect(inner).not.toMatch(/`|%%|<|>|\{|\}/);
    // Each quoted string holds no quote of its own.
    for (const line of lines.filter((l) => l.includes('"'))) expect(line.split('"').length % 2).toBe(1);
    expect(mermaidText('a"b')).toBe('a#34;b');
    expect(mermaidText('x\n```\ny')).toBe('x #96;#96;#96; y');
    expect(mermaidText('Conversió → 25%')).toBe('Conversió → 25#37;');
  });

  it('says which series does not fit its labels, and which number is not one', () => {
    expect(() => xyChartMermaid({ ...chart, bars: [[1]] })).toThrow('a series has 1 values for 2 labels');
    expect(() => xyChartMermaid({ ...chart, bars: [[1, Number.NaN]] })).toThrow('NaN is not a number to draw');
  });

  it('draws attainment per period as two lines in percent, leaving out periods without attainment', () => {
    const block = periodMermaid(
      [
        { period: '2026-01', attainment: 0.81, target: 0.9 },
        { period: '2026-02', attainment: null, target: 0.9 },
        { period: '2026-03', attainment: 0.934, target: 0.95 },
      ],
      PERIOD_TEXT,
    );
    expect(block).toContain('  x-axis "Month" ["2026-01", "2026-03"]');
    expect(block).toContain('  y-axis "Attainment" 70 --> 100');
    expect(block).toContain('  line [81, 93.4]');
    expect(block).toContain('  line [90, 95]');
    expect(block).not.toContain('  bar ');
  });
});
