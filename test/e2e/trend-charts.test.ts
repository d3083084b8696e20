/**
 * The monthly issue's trend charts as GitHub draws them (issue 15, item 3): the Mermaid
 * blocks of the trend render with the `mermaid` package in headless Chromium (loaded from
 * node_modules, nothing fetched) without an error, one attainment chart per SLA, even
 * with an SLA id written to break out of the block. A screenshot lands in test/artifacts/.
 */
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { monthsEndingWith, parsePeriod } from '../../src/engine/period.js';
import { buildSeries, seriesPlan } from '../../src/engine/series.js';
import type { ComplianceReport } from '../../src/engine/types.js';
import { EN } from '../../src/report/render/messages.js';
import { renderTrendMarkdown } from '../../src/report/render/trend.js';
import { REPO_ROOT } from '../helpers/paths.js';
import { HOSTILE, failingReport } from '../unit/report/fixtures.js';
import { CHROMIUM, CHROMIUM_ARGS, chromiumFor } from '../helpers/chromium.js';

const available = chromiumFor('test/e2e/trend-charts.test.ts', 'trend charts in Chromium', 'the trend chart checks');
const MERMAID = createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js');
const MERMAID_BLOCK = /^```mermaid\n([\s\S]*?)\n```$/gm;
const ZONE = 'Europe/Madrid';
const AS_OF = Date.parse('2026-11-02T08:00:00+01:00');

/** Six months of the failing fixture, each with its own attainments; the first SLA's id hostile. */
function trendMarkdown(): { markdown: string; report: ComplianceReport } {
  const period = parsePeriod({ period: '2026-10' }, ZONE);
  if (!period.ok) throw new Error(period.message);
  const { subs, measured } = seriesPlan(monthsEndingWith(period.value, 6), 'month', AS_OF);
  const parts = measured.map((_, k) => {
    const r = failingReport();
    r.slas = r.slas.map((s, i) => ({ ...s, id: i === 0 ? HOSTILE.everyone : s.id, attainment: 0.6 + ((k + i) % 4) / 10 }));
    return r;
  });
  const report = parts.at(-1) as ComplianceReport;
  return { report, markdown: renderTrendMarkdown(report, buildSeries('month', subs, parts, AS_OF, ZONE), EN) };
}

describe.skipIf(!available)('trend charts in Chromium', () => {
  it('renders each SLA’s attainment chart without an error', async () => {
    const { markdown, report } = trendMarkdown();
    const blocks = [...markdown.matchAll(MERMAID_BLOCK)].map((m) => m[1] ?? '');
    expect(blocks).toHaveLength(report.slas.length);
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: CHROMIUM_ARGS,
    });
    try {
      const page = await browser.newPage({ viewport: { width: 900, height: 700 } });
      const requests: string[] = [];
      const errors: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      page.on('console', (m) => (m.type() === 'error' ? errors.push(m.text()) : undefined));
      page.on('pageerror', (e) => errors.push(e.message));
      await page.setContent('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"></head><body></body></html>');
      await page.addScriptTag({ path: MERMAID });
      const results = await page.evaluate<string[]>(
        `(async (blocks) => {
          mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
          const out = [];
          for (const [i, source] of blocks.entries()) {
            try {
              const { svg } = await mermaid.render('trend' + i, source);
              document.body.insertAdjacentHTML('beforeend', svg);
              out.push('');
            } catch (e) {
              out.push(String(e && e.message) || 'error');
            }
          }
          return out;
        })(${JSON.stringify(blocks)})`,
      );
      expect(results).toEqual(blocks.map(() => ''));
      expect(await page.locator('body > svg').count()).toBe(blocks.length);
      const texts = (await page.locator('body > svg text').allTextContents()).join('\n');
      for (const s of report.slas) expect(texts).toContain(EN.charts.attainment.title(s.id));
      expect(texts).toContain('2026-05');
      expect(await page.locator('body > svg a, body > svg script, body > svg img').count()).toBe(0);
      expect(requests.filter((u) => !u.startsWith('about:') && !u.startsWith('data:'))).toEqual([]);
      expect(errors).toEqual([]);
      mkdirSync(join(REPO_ROOT, 'test', 'artifacts'), { recursive: true });
      await page.screenshot({ path: join(REPO_ROOT, 'test', 'artifacts', 'trend-mermaid.png'), fullPage: true });
    } finally {
      await browser.close();
    }
  });
});
