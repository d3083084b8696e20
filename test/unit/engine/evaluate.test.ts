import { describe, expect, it } from 'vitest';
import { MAX_LISTED_REJECTIONS } from '../../../src/engine/evaluate.js';
import type { Rejection } from '../../../src/leads/lead.js';
import { CONTRACT, lead, rulesOf, run } from './fixtures.js';

const rules = rulesOf();
const ASOF = '2026-10-30T17:30:00+01:00';

describe('evaluate', () => {
  it(`lists the first ${MAX_LISTED_REJECTIONS} rejected rows and counts them all`, async () => {
    const rejections: Rejection[] = Array.from({ length: MAX_LISTED_REJECTIONS + 5 }, (_, i) => ({ file: 'leads.csv', row: i + 2, reason: 'missing id' }));
    const { report } = await run(rules, [...rejections, lead('R1', { mqlAt: '2026-10-05T10:00' })], { asOf: ASOF });
    expect(report.input).toMatchObject({ rows: MAX_LISTED_REJECTIONS + 6, evaluated: 1, rejected: MAX_LISTED_REJECTIONS + 5 });
    expect(report.input.rejections).toHaveLength(MAX_LISTED_REJECTIONS);
    expect(report.dataQuality.find((f) => f.code === 'rejected-rows')).toMatchObject({
      count: MAX_LISTED_REJECTIONS + 5,
      examples: ['leads.csv:2', 'leads.csv:3', 'leads.csv:4', 'leads.csv:5', 'leads.csv:6'],
    });
  });

  it('fills the report header from the contract, period and as-of', async () => {
    const { report } = await run(rules, [], { asOf: ASOF });
    expect(report.reportVersion).toBe(1);
    expect(report.contract).toEqual({ name: 'engine-test', version: '1.0.0', hash: rules.contract.hash, title: null, currency: 'USD' });
    expect(report.period).toEqual({
      label: '2026-10',
      from: '2026-10-01T00:00:00+02:00',
      to: '2026-11-01T00:00:00+01:00',
      asOf: '2026-10-30T17:30:00+01:00',
      timezone: 'Europe/Madrid',
    });
    expect(report.input).toEqual({
      files: ['leads.csv'],
      rows: 0,
      evaluated: 0,
      rejected: 0,
      leads: { inPeriod: 0, before: 0, after: 0, undated: 0 },
      rejections: [],
    });
    // No leads: SLAs no-data; the volume commitment cannot be measured either (no lead has an MQL date).
    expect(report.slas.map((s) => s.status)).toEqual(['no-data', 'no-data']);
    expect(report.commitments.map((c) => c.status)).toEqual(['no-data', 'no-data', 'no-data', 'no-data']);
    expect(report.status).toBe('no-data');
    // Nothing to measure is said (item 15 of issue 13): the only finding.
    expect(report.dataQuality.map((f) => f.code)).toEqual(['no-leads-in-period']);
    expect(report.breakdowns).toEqual({ owner: [], source: [], attributes: {} });
  });

  it('passes overall when something passes and nothing fails', async () => {
    // Only the first-touch SLA: one lead touched in 10 minutes → 100%.
    const onlyFirstTouch = rulesOf(CONTRACT.replace(/commitments:[\s\S]*?handoff:/, 'handoff:').replace(/ {2}- id: accept[\s\S]*?followUp:/, 'followUp:'));
    const { report } = await run(onlyFirstTouch, [lead('P1', { mqlAt: '2026-10-05T10:00', firstTouchAt: '2026-10-05T10:10' })], { asOf: ASOF });
    expect(report.slas.map((s) => [s.id, s.status])).toEqual([['first-touch', 'pass']]);
    expect(report.commitments).toEqual([]);
    expect(report.status).toBe('pass');
  });
});
