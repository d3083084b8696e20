/**
 * The funnel pictures on their own: stage names are data, so neither the Mermaid block
 * nor the SVG may let one close a label, a fence or an element.
 */
import { describe, expect, it } from 'vitest';
import { funnelMermaid, funnelSvg, type FunnelChart } from '../../src/compiler/funnel-chart.js';

const chart: FunnelChart = {
  bars: [
    { label: 'Lead', count: 480, countText: '480' },
    { label: 'MQL "hot"] --> x[```</script><script>alert(1)</script>', count: 120, countText: '120' },
    { label: 'Customer & co', count: 15, countText: '15' },
  ],
  links: [
    { from: 0, to: 1, label: '25%' },
    { from: 1, to: 2, label: '1 in 8' },
  ],
  title: 'Leads needed per stage',
  description: 'Lead: 480, MQL: 120, Customer: 15 ```',
};

describe('funnelMermaid', () => {
  const block = funnelMermaid(chart);
  const lines = block.split('\n');

  it('is one fenced mermaid flowchart: a node per stage with its count, edges labelled with the conversion', () => {
    expect(lines[0]).toBe('```mermaid');
    expect(lines[1]).toBe('flowchart TD');
    expect(lines.at(-1)).toBe('```');
    expect(block).toContain('s0["Lead<br/>480"]');
    expect(block).toContain('s0 -->|"25#37;"| s1');
    expect(block).toContain('s1 -->|"1 in 8"| s2');
    expect(block).toContain('accTitle: Leads needed per stage');
  });

  it('keeps data inside its label: no quote, bracket, backtick or tag survives', () => {
    const body = lines.slice(1, -1).join('\n');
    expect(body).not.toContain('```');
    const node = lines.find((l) => l.startsWith('  s1['))!;
    expect(node.match(/"/g)).toHaveLength(2);
    expect(node).not.toMatch(/<script|\]\s*-->/);
    expect(node).toContain('MQL #34;hot#34;#93; --#62; x#91;#96;#96;#96;#60;#47;script#62;');
  });
});

describe('funnelSvg', () => {
  const svg = funnelSvg(chart);

  it('is an accessible image: role, title and description', () => {
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="funnel-title funnel-desc"/);
    expect(svg).toContain('<title id="funnel-title">Leads needed per stage</title>');
    expect(svg).toContain('<desc id="funnel-desc">');
  });

  it('draws one bar per stage, widest for the most leads, with its count', () => {
    const widths = [...svg.matchAll(/<rect [^>]*width="(\d+)"/g)].map((m) => Number(m[1]));
    expect(widths).toHaveLength(3);
    expect(widths[0]).toBeGreaterThan(widths[1]!);
    expect(widths[1]).toBeGreaterThan(widths[2]!);
    expect(svg).toMatch(/class="funnel-count">480</);
  });

  it('escapes labels', () => {
    expect(svg).not.toContain('<script');
    expect(svg).toContain('&#60;/script&#62;');
    expect(svg).toContain('Customer &#38; co');
  });
});
