/**
 * The funnel's Mermaid picture on its own: stage names are data, so none may close a
 * label or the fence. The HTML funnel (Vega) is checked in test/unit/render/charts.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { funnelMermaid, type FunnelChart } from '../../src/compiler/funnel-chart.js';

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
