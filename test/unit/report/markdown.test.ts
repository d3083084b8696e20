import { describe, expect, it } from 'vitest';
import { renderReport } from '../../../src/report/render/index.js';
import { mdText } from '../../../src/render/escape.js';
import type { ComplianceReport } from '../../../src/engine/types.js';
import { FIXTURES, HOSTILE, failingReport, hostileReport, noDataReport, passingReport } from './fixtures.js';

const md = (r: ComplianceReport) => renderReport.markdown(r, { color: false });
const MERMAID_BLOCK = /^```mermaid\n[\s\S]*?\n```$/gm;

/** Cells of a GFM table row: split on pipes that are not backslash-escaped. */
function cells(line: string): string[] {
  return line
    .slice(1, -1)
    .split(/(?<!\\)\|/)
    .map((c) => c.trim());
}

/** Every table in the document: consecutive lines starting with '|'. */
function tables(doc: string): string[][] {
  const out: string[][] = [];
  let current: string[] | null = null;
  for (const line of doc.split('\n')) {
    if (line.startsWith('|')) (current ??= []).push(line);
    else if (current) {
      out.push(current);
      current = null;
    }
  }
  if (current) out.push(current);
  return out;
}

describe('markdown', () => {
  it.each(Object.keys(FIXTURES))('renders the %s report', async (name) => {
    await expect(md(FIXTURES[name as keyof typeof FIXTURES]())).toMatchFileSnapshot(`__snapshots__/markdown/${name}.md`);
  });

  it('starts with a one-line headline: icon, contract, period, verdict and counts', () => {
    const [first, second] = md(failingReport()).split('\n');
    expect(first).toMatch(
      /^❌ \*\*Compliance report: b2b-saas@\u200D1\.4\.0\*\* · 2026-10 — \*\*FAIL\*\*: 1 of 3 SLAs and 1 of 3 commitments missed the target \(1 without data\)$/,
    );
    expect(second).toBe('');
    expect(md(passingReport()).startsWith('✅ ')).toBe(true);
    expect(md(noDataReport()).startsWith('⚪ ')).toBe(true);
  });

  it('shows the as-of instant', () => {
    expect(md(failingReport())).toContain('**As of:** 2026-11-03T09:00:00+01:00');
  });

  it('folds data quality and breakdowns into <details>, with blank lines so GitHub renders the tables', () => {
    const doc = md(failingReport());
    expect(doc).toContain('<details>\n<summary>Data quality: 4 findings</summary>\n\n| Severity |');
    expect(doc).toContain('<details>\n<summary>Breakdowns: 3 dimensions</summary>\n\n#### By owner');
    expect(doc.match(/<details>/g)).toHaveLength(2);
    expect(doc.match(/<\/details>/g)).toHaveLength(2);
  });

  it('keeps every table rectangular, even with hostile data', () => {
    for (const report of [failingReport(), hostileReport()]) {
      for (const table of tables(md(report))) {
        const width = cells(table[0]!).length;
        expect(table[1]).toMatch(/^\|(---:?\|)+$/);
        for (const row of table) expect(cells(row)).toHaveLength(width);
      }
    }
  });

  it('lets no data open HTML, links, images, emphasis or code, or mention anyone', () => {
    const withCharts = md(hostileReport());
    // Mermaid blocks are code to GitHub (no HTML, links or mentions): checked apart, in mermaid.test.ts and in Chromium.
    const doc = withCharts.replace(MERMAID_BLOCK, '');
    expect(doc.length).toBeLessThan(withCharts.length);
    expect(doc).not.toMatch(/<(?!\/?(details|summary|br)>)/);
    expect(doc).not.toContain('<script');
    expect(doc).not.toMatch(/(^|[^\\])\[link\]/);
    expect(doc).not.toMatch(/(^|[^\\])\*\*bold/);
    expect(doc).not.toMatch(/(^|[^\\])`code/);
    expect(doc).not.toMatch(/@(?!\u200D)/);
    expect(doc).not.toMatch(/#(?!\u200D)\d/);
    expect(doc).not.toContain(HOSTILE.email);
    expect(doc).toContain('@\u200Deveryone');
    expect(doc).toContain('&lt;script&gt;alert("x")&lt;/script&gt;');
    // An entity in the data is shown as written, not decoded.
    expect(doc).toContain('&amp;lt;b&amp;gt; &amp;amp;');
  });

  it('draws the SLA, commitment and funnel charts as Mermaid blocks, leaving out what has nothing to draw', () => {
    const report = failingReport();
    report.funnel[0] = { ...report.funnel[0]!, rate: null };
    const blocks = [...md(report).matchAll(/^```mermaid\n([\s\S]*?)\n```$/gm)].map((m) => m[1]!);
    expect(blocks.map((b) => /title "([^"]*)"/.exec(b)?.[1])).toEqual([
      'Elapsed time against the goal: 90th percentile (back), median (front)',
      // recycle-to-nurture has no stopped lead: no distribution.
      'first-touch: elapsed time of stopped leads',
      'accept-or-reject: elapsed time of stopped leads',
      'Commitments: actual against goal',
      'Funnel: conversion against target',
    ]);
    const funnel = blocks[4]!;
    // The step without a rate is not drawn as a 0% bar, and the description counts what is drawn.
    expect(funnel).toContain(`x-axis "Step" ["${report.funnel[1]!.from} → ${report.funnel[1]!.to}`);
    expect(funnel).toContain('accDescr: Conversion rate of 2 funnel steps');
    expect(funnel.match(/^ {2}bar \[/gm)).toHaveLength(1);
  });

  it('draws each SLA’s distribution as a bar per bucket of the goal, the axis saying where the goal is', () => {
    const blocks = [...md(failingReport()).matchAll(/^```mermaid\n([\s\S]*?)\n```$/gm)].map((m) => m[1]!);
    const firstTouch = blocks[1]!;
    // Fixture counts (fixtures.ts): 400 300 500 212 within the hour, 60 50 170 23 late.
    expect(firstTouch).toContain(
      'x-axis "Elapsed time, share of the goal (1 business hour): up to 100#37; met it" ["#8804; 25#37;", "#8804; 50#37;", "#8804; 75#37;", "#8804; 100#37;", "#8804; 150#37;", "#8804; 200#37;", "#8804; 400#37;", "#62; 400#37;"]',
    );
    expect(firstTouch).toContain('  bar [400, 300, 500, 212, 60, 50, 170, 23]');
    expect(firstTouch).toContain('y-axis "Stopped leads" 0 --> 550');
    expect(firstTouch).toContain('accDescr: 1,715 stopped leads of SLA first-touch');
  });

  it('escapes one cell of text', () => {
    expect(mdText(HOSTILE.pipe)).toBe('a\\|b');
    expect(mdText(HOSTILE.newline)).toBe('line one line two \\| --- \\| --- \\|');
    expect(mdText(HOSTILE.everyone)).toBe('@\u200Deveryone');
    expect(mdText(HOSTILE.formula)).toBe("=cmd\\|' /C calc'!A0");
    expect(mdText(HOSTILE.script)).toBe('&lt;script&gt;alert("x")&lt;/script&gt;');
    expect(mdText(HOSTILE.markdown)).toBe(
      '\\*\\*bold\\*\\* \\[link\\](https://evil.example) !\\[img\\](https://evil.example/x.png) \\`code\\` \\$x\\$ \\~\\~s\\~\\~',
    );
    expect(mdText(HOSTILE.issue)).toBe('see #\u200D1 and org/repo#\u200D42');
    expect(mdText('x'.repeat(400))).toHaveLength(300);
  });
});
