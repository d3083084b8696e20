/**
 * Quantities in the contract's own units (issue 13, item 24): a goal of 2bd reads "2
 * business days", not "16h business"; a follow-up span of 7bd reads "7 business days",
 * not "56h"; money carries the contract's currency.
 */
import { describe, expect, it } from 'vitest';
import { renderReport } from '../../../src/report/render/index.js';
import type { ComplianceReport } from '../../../src/engine/types.js';
import { failingReport } from './fixtures.js';

function withUnits(): ComplianceReport {
  const r = failingReport();
  r.slas[0] = { ...r.slas[0]!, goalMinutes: 960, goal: '2bd', clock: 'business' };
  r.slas[1] = { ...r.slas[1]!, goalMinutes: 240, goal: '4h', clock: 'business' };
  if (r.followUp) r.followUp = { ...r.followUp, minSpanMinutes: 3360, minSpan: '7bd' };
  r.contract = { ...r.contract, currency: 'USD' };
  return r;
}

describe('units as the contract writes them', () => {
  it.each(['text', 'markdown', 'html'] as const)('%s shows 2bd, 7bd and money in the contract’s units', async (format) => {
    const out = await renderReport[format](withUnits(), { color: false });
    expect(out).toContain('2 business days');
    expect(out).not.toContain('16h business');
    expect(out).toContain('4h business');
    expect(out).toContain('7 business days');
    expect(out).not.toContain('56h');
    expect(out).toContain('$1,240,500');
    expect(out).toContain('$1,200,000');
  });

  it('annotations and JUnit say the goal the same way', () => {
    for (const format of ['github', 'junit'] as const) {
      const out = renderReport[format](withUnits(), { color: false, contractFile: 'c.yaml', slaLines: { 'first-touch': 1 } });
      expect(out, format).toContain('goal 2 business days');
    }
  });

  it('an unknown currency code still shows the amount, with the code', () => {
    const r = withUnits();
    r.contract = { ...r.contract, currency: 'XYZW' };
    expect(renderReport.text(r, { color: false })).toContain('1,240,500 XYZW');
  });
});
