/**
 * The report's charts as a reader meets them (issue 15), in headless Chromium (the Debian
 * package): the HTML report printed on A4 shows each chart with its title, axis titles and
 * goal or target line, and nothing sticks out of the page; the Markdown's Mermaid blocks
 * render with the `mermaid` package (loaded into the page from node_modules, no network)
 * without an error. Screenshots land in test/artifacts/ (git-ignored) for a person to look at.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ComplianceReport } from '../../src/engine/types.js';
import { renderReport } from '../../src/report/render/index.js';
import { ARTIFACTS, CHROMIUM, CHROMIUM_ARGS, chromiumFor } from '../helpers/chromium.js';
import { HOSTILE, failingReport, hostileReport } from '../unit/report/fixtures.js';

/** A4 is 210 mm wide: 793.7 CSS pixels at 96 per inch. */
const A4_WIDTH = Math.floor((210 / 25.4) * 96);
const MERMAID = createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js');
const available = chromiumFor('test/e2e/charts.test.ts', 'charts in Chromium', 'the chart checks');

interface ChartLayout {
  title: string;
  desc: string;
  role: string | null;
  axisTitles: string[];
  goalLines: number;
  targetTicks: number;
  right: number;
}

interface PrintLayout {
  viewport: number;
  page: number;
  charts: ChartLayout[];
  /** Elements inside a chart whose box ends right of the page. */
  overflowing: string[];
}

const MERMAID_BLOCK = /^```mermaid\n([\s\S]*?)\n```$/gm;

describe.skipIf(!available)('charts in Chromium', () => {
  let browser: Browser;
  let work: string;

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    work = mkdtempSync(join(tmpdir(), 'revpact-charts-'));
    mkdirSync(ARTIFACTS, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  /** Opens the HTML report as a printed A4 page, recording every request and console message. */
  async function openPrinted(report: ComplianceReport, name: string) {
    const file = join(work, `${name}.html`);
    writeFileSync(file, await renderReport.html(report, { color: false }));
    const url = pathToFileURL(file).href;
    const context = await browser.newContext({ viewport: { width: A4_WIDTH, height: 1123 } });
    const page = await context.newPage();
    const requests: string[] = [];
    const messages: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => messages.push(`${m.type()}: ${m.text()}`));
    page.on('pageerror', (e) => messages.push(`pageerror: ${e.message}`));
    await page.emulateMedia({ media: 'print' });
    await page.goto(url, { waitUntil: 'load' });
    return { page, url, requests, messages, close: () => context.close() };
  }

  // Runs in the page; a string because the project's TypeScript has no DOM types.
  const printLayout = (page: Page) =>
    page.evaluate<PrintLayout>(`(() => {
      const viewport = document.documentElement.clientWidth;
      const charts = [...document.querySelectorAll('figure.chart > svg')];
      return {
        viewport,
        page: document.documentElement.scrollWidth,
        charts: charts.map((svg) => ({
          title: svg.querySelector(':scope > title')?.textContent ?? '',
          desc: svg.querySelector(':scope > desc')?.textContent ?? '',
          role: svg.getAttribute('role'),
          axisTitles: [...svg.querySelectorAll('.role-axis-title text')].map((t) => t.textContent),
          goalLines: svg.querySelectorAll('.goal_marks line, .goal_marks path').length,
          targetTicks: svg.querySelectorAll('.target_marks path, .target_marks rect').length,
          right: svg.getBoundingClientRect().right,
        })),
        overflowing: charts
          .flatMap((svg) => [svg, ...svg.querySelectorAll('*')])
          .filter((el) => el.getBoundingClientRect().right > viewport + 0.5)
          .map((el) => el.tagName + ' ' + (el.textContent ?? '').slice(0, 40)),
      };
    })()`);

  it('prints each chart on A4 with its title, axis titles and goal or target line, inside the page', async () => {
    const { page, url, requests, messages, close } = await openPrinted(failingReport(), 'report-charts');
    try {
      const layout = await printLayout(page);
      expect(layout.viewport).toBe(A4_WIDTH);
      // The SLA section: the median/p90 chart of all SLAs, then a distribution per SLA with stopped leads
      // (recycle-to-nurture has none: no chart).
      expect(layout.charts.map((c) => c.title)).toEqual([
        'Elapsed time against the goal',
        'first-touch: elapsed time of stopped leads',
        'accept-or-reject: elapsed time of stopped leads',
        'Commitments: actual against goal',
        'Funnel: conversion against target',
      ]);
      for (const chart of layout.charts) {
        expect(chart.role).toBe('img');
        expect(chart.desc).not.toBe('');
        expect(chart.axisTitles).toHaveLength(2);
        expect(chart.right).toBeLessThanOrEqual(layout.viewport);
      }
      expect(layout.charts.map((c) => c.axisTitles)).toEqual([
        ['Elapsed time, share of the goal', 'SLA'],
        ['Elapsed time, share of the goal (1 business hour)', 'Stopped leads'],
        ['Elapsed time, share of the goal (18h business)', 'Stopped leads'],
        ['Actual, share of the goal', 'Commitment'],
        ['Conversion rate', 'Step'],
      ]);
      // The goal as a line on the SLA and commitment charts; the funnel's targets as ticks (two of its three steps have one).
      expect(layout.charts.map((c) => c.goalLines)).toEqual([1, 1, 1, 1, 0]);
      expect(layout.charts.map((c) => c.targetTicks)).toEqual([0, 0, 0, 0, 2]);
      expect(layout.overflowing).toEqual([]);
      expect(layout.page).toBeLessThanOrEqual(layout.viewport);
      expect(requests).toEqual([url]);
      expect(messages).toEqual([]);
      const pdf = await page.pdf({ format: 'A4' });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      await page.screenshot({ path: join(ARTIFACTS, 'report-charts-a4.png'), fullPage: true });
      await page
        .locator('figure.chart')
        .first()
        .screenshot({ path: join(ARTIFACTS, 'report-chart-elapsed.png') });
      await page
        .locator('figure.chart')
        .nth(1)
        .screenshot({ path: join(ARTIFACTS, 'report-chart-distribution.png') });
    } finally {
      await close();
    }
  });

  it('draws an SLA’s distribution as a bar per bucket, the goal line on the edge between the last bar within it and the first late one', async () => {
    const { page, close } = await openPrinted(failingReport(), 'report-distribution');
    try {
      // first-touch (goal 1 business hour): 400 300 500 212 within the goal, 60 50 170 23 late (fixtures.ts).
      const chart = await page.evaluate<{
        bars: { left: number; right: number; top: number; bottom: number; fill: string | null }[];
        goal: { left: number; right: number }[];
        texts: string[];
        legend: string[];
      }>(`(() => {
        const svg = [...document.querySelectorAll('figure.chart > svg')].find((s) => s.querySelector(':scope > title')?.textContent === 'first-touch: elapsed time of stopped leads');
        const box = (el) => { const r = el.getBoundingClientRect(); return { left: r.left, right: r.right, top: r.top, bottom: r.bottom }; };
        return {
          bars: [...svg.querySelectorAll('.buckets_marks path')].map((p) => ({ ...box(p), fill: p.getAttribute('fill') })),
          goal: [...svg.querySelectorAll('.goal_marks line, .goal_marks path')].map(box),
          texts: [...svg.querySelectorAll('text')].map((t) => t.textContent),
          legend: [...svg.querySelectorAll('.role-legend-label text')].map((t) => t.textContent),
        };
      })()`);
      expect(chart.bars).toHaveLength(8);
      // In bucket order, left to right; the tallest bar (500) reaches highest.
      for (let i = 1; i < 8; i++) expect(chart.bars[i]!.left).toBeGreaterThan(chart.bars[i - 1]!.right);
      expect(chart.bars.reduce((hi, b, i) => (b.top < chart.bars[hi]!.top ? i : hi), 0)).toBe(2);
      // Bars standing on the axis, their heights in proportion to the counts: 500 is 5/4 of 400.
      for (const b of chart.bars) expect(b.bottom).toBeCloseTo(chart.bars[0]!.bottom, 0);
      const height = (i: number) => chart.bars[i]!.bottom - chart.bars[i]!.top;
      expect(height(2) / height(0)).toBeCloseTo(500 / 400, 1);
      // Within the goal in one colour, late in another.
      const fills = chart.bars.map((b) => b.fill);
      expect(new Set(fills.slice(0, 4)).size).toBe(1);
      expect(new Set(fills.slice(4)).size).toBe(1);
      expect(fills[0]).not.toBe(fills[4]);
      expect(chart.legend).toEqual(['Within the goal', 'Late']);
      // The goal: one line, between the fourth bar (75–100%) and the fifth (100–150%), labelled.
      expect(chart.goal).toHaveLength(1);
      expect(chart.goal[0]!.left).toBeGreaterThanOrEqual(chart.bars[3]!.right - 0.5);
      expect(chart.goal[0]!.right).toBeLessThanOrEqual(chart.bars[4]!.left + 0.5);
      expect(chart.texts).toContain('goal 1 business hour');
      // The edges labelled, and each bar's count above it.
      for (const edge of ['0%', '25%', '50%', '75%', '100%', '150%', '200%', '400%']) expect(chart.texts).toContain(edge);
      for (const count of ['400', '300', '500', '212', '60', '50', '170', '23']) expect(chart.texts).toContain(count);
    } finally {
      await close();
    }
  });

  it('draws hostile labels as text and still fits the page', async () => {
    const { page, messages, close } = await openPrinted(hostileReport(), 'report-charts-hostile');
    try {
      const layout = await printLayout(page);
      expect(layout.charts.length).toBeGreaterThan(0);
      expect(layout.overflowing).toEqual([]);
      expect(await page.locator('script').count()).toBe(0);
      const texts = await page.locator('figure.chart text').allTextContents();
      expect(texts.some((t) => t.includes('@everyone'))).toBe(true);
      expect(messages).toEqual([]);
    } finally {
      await close();
    }
  });

  it.each([
    ['failing', failingReport],
    ['hostile', hostileReport],
  ] as const)('renders the %s Markdown report’s Mermaid blocks without an error', async (name, report) => {
    const markdown = renderReport.markdown(report(), { color: false });
    const blocks = [...markdown.matchAll(MERMAID_BLOCK)].map((m) => m[1]!);
    // Elapsed (median/p90), two distributions, commitments, funnel.
    expect(blocks).toHaveLength(5);
    const context = await browser.newContext({ viewport: { width: 900, height: 700 } });
    const page = await context.newPage();
    const requests: string[] = [];
    const messages: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    page.on('console', (m) => messages.push(`${m.type()}: ${m.text()}`));
    page.on('pageerror', (e) => messages.push(`pageerror: ${e.message}`));
    try {
      await page.setContent('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head><body></body></html>');
      // The package's browser build, read from node_modules and inlined: nothing is fetched.
      await page.addScriptTag({ path: MERMAID });
      const results = await page.evaluate<{ ok: boolean; detail: string }[]>(
        `(async (blocks) => {
          mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
          const out = [];
          for (const [i, source] of blocks.entries()) {
            try {
              const { svg } = await mermaid.render('chart' + i, source);
              document.body.insertAdjacentHTML('beforeend', svg);
              out.push({ ok: true, detail: '' });
            } catch (e) {
              out.push({ ok: false, detail: String(e && e.message) });
            }
          }
          return out;
        })(${JSON.stringify(blocks)})`,
      );
      expect(results).toEqual(blocks.map(() => ({ ok: true, detail: '' })));
      expect(await page.locator('body > svg').count()).toBe(5);
      const texts = (await page.locator('body > svg text').allTextContents()).join('\n');
      expect(texts).toContain('Commitments: actual against goal');
      expect(texts).toContain('Actual, % of goal');
      expect(texts).toContain('Stopped leads');
      expect(texts).toContain('≤ 25%');
      expect(texts).toContain('> 400%');
      if (name === 'hostile') {
        // Labels come back as written, entities decoded, with nothing of them run as markup.
        expect(texts).toContain(HOSTILE.everyone);
        expect(await page.locator('body > svg a, body > svg script, body > svg img').count()).toBe(0);
      }
      expect(requests.filter((u) => !u.startsWith('about:') && !u.startsWith('data:'))).toEqual([]);
      expect(messages.filter((m) => m.startsWith('error') || m.startsWith('pageerror'))).toEqual([]);
      await page.screenshot({ path: join(ARTIFACTS, `report-mermaid-${name}.png`), fullPage: true });
    } finally {
      await context.close();
    }
  });
});
