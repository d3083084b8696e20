import { describe, expect, it } from 'vitest';
import { CODES } from '../../../../src/contract/codes.js';
import { explain, funnelConsistency } from '../../../../src/contract/checks/funnel.js';
import { computeFunnel } from '../../../../src/contract/funnel.js';
import { checkContract } from '../../../../src/contract/index.js';
import { expectQuietOnValidContracts, minimalWith, shaped, where } from '../../../helpers/contracts.js';

const STAGES = `
stages:
  - { id: lead, owner: marketing }
  - { id: mql, owner: marketing }
  - { id: sql, owner: sales }
  - { id: won, kind: customer, owner: sales }`;

/** 100,000 ÷ 5,000 = 20 deals; × 4 = 80 SQLs; ÷ 50% = 160 MQLs (unless `targets` says otherwise). */
const contract = (commitments: string, targets = 'dealSize: 5000, conversions: [{ from: mql, to: sql, rate: 50% }, { from: sql, to: won, oneIn: 4 }]') =>
  shaped(
    minimalWith(`
targets: { period: month, revenue: 100000, ${targets} }
commitments:
${commitments}`).replace(/\nstages:\n(?: {2}- .*\n)+/, STAGES + '\n'),
  );

describe('check: funnel', () => {
  it('stays quiet on the valid contracts', () => {
    expectQuietOnValidContracts(funnelConsistency);
  });

  it('stays quiet without targets, and when the commitment meets or beats the need', () => {
    expect(funnelConsistency.run(shaped(minimalWith('commitments: [{ id: c, owner: marketing, kind: volume, stage: mql, goal: 1 }]')))).toEqual([]);
    expect(funnelConsistency.run(contract('  - { id: mqls, owner: marketing, kind: volume, stage: mql, goal: 160 }'))).toEqual([]);
    expect(funnelConsistency.run(contract('  - { id: mqls, owner: marketing, kind: volume, stage: mql, goal: 500 }'))).toEqual([]);
  });

  it('warns when a volume commitment cannot reach the target, showing every step of the arithmetic', () => {
    const findings = funnelConsistency.run(contract('  - { id: mqls, owner: marketing, kind: volume, stage: mql, goal: 120 }'));
    expect(where(findings)).toEqual([['funnel-inconsistent', '/commitments/0/goal']]);
    expect(findings[0]?.message).toBe(
      'commitment "mqls" promises 120 mql per month, but the revenue target needs 160: 100,000 ÷ 5,000 = 20 → 20 deals; 20 × 4 = 80 sql; 80 ÷ 50% = 160 → 160 mql',
    );
    expect(findings[0]?.suggest).toBe('raise the goal to 160, or revise the target or the rates');
    expect(CODES['funnel-inconsistent'].severity).toBe('warning');
  });

  it('works from stated deals as well as from a deal size', () => {
    const findings = funnelConsistency.run(
      contract('  - { id: sqls, owner: sales, kind: volume, stage: sql, goal: 30 }', 'deals: 10, conversions: [{ from: sql, to: won, rate: 25% }]'),
    );
    expect(findings[0]?.message).toBe('commitment "sqls" promises 30 sql per month, but the revenue target needs 40: 10 deals; 10 ÷ 25% = 40 → 40 sql');
  });

  it("leaves a segment's commitment (with `when`) alone: the target speaks of the whole funnel", () => {
    expect(
      funnelConsistency.run(contract('  - { id: iberia, owner: marketing, kind: volume, stage: mql, goal: 10, when: { field: country, op: eq, value: ES } }')),
    ).toEqual([]);
  });

  it('leaves commitments of another period alone', () => {
    expect(funnelConsistency.run(contract('  - { id: mqls, owner: marketing, kind: volume, stage: mql, goal: 1, period: quarter }'))).toEqual([]);
  });

  it('reports a commitment on a stage the rates do not reach as funnel-incomplete', () => {
    const findings = funnelConsistency.run(contract('  - { id: leads, owner: marketing, kind: volume, stage: lead, goal: 1000 }'));
    expect(where(findings)).toEqual([['funnel-incomplete', '/commitments/0/stage']]);
    expect(findings[0]?.suggest).toBe('add targets.conversions from lead towards won');
  });

  it('reports rates without a deal size or deal count as funnel-incomplete', () => {
    const findings = funnelConsistency.run(
      contract('  - { id: mqls, owner: marketing, kind: volume, stage: mql, goal: 1 }', 'conversions: [{ from: mql, to: sql, rate: 50% }]'),
    );
    expect(findings).toMatchObject([{ code: 'funnel-incomplete', pointer: '/targets', atKey: true }]);
  });

  it('a warning leaves the contract valid', () => {
    const text = minimalWith(`
targets: { period: month, revenue: 100000, dealSize: 5000, conversions: [{ from: mql, to: won, oneIn: 10 }] }
commitments: [{ id: mqls, owner: marketing, kind: volume, stage: mql, goal: 100 }]`).replace(
      '- { id: mql, owner: marketing }',
      '- { id: mql, owner: marketing }\n  - { id: won, kind: customer, owner: sales }',
    );
    const result = checkContract('c.yaml', text);
    expect(result.ok).toBe(true);
    expect(result.diagnostics).toMatchObject([{ code: 'funnel-inconsistent', severity: 'warning' }]);
    expect(result.diagnostics[0]?.message).toMatch(/needs 200: 100,000 ÷ 5,000 = 20 → 20 deals; 20 × 10 = 200 mql$/);
  });

  it('refuses targets no funnel holds, at the number that makes them (documents said ∞, rules.json null)', () => {
    const funnel = (targets: string) => {
      const text = minimalWith(`
targets: { period: month, ${targets} }
commitments: [{ id: mqls, owner: marketing, kind: volume, stage: mql, goal: 100 }]`).replace(
        '- { id: mql, owner: marketing }',
        '- { id: mql, owner: marketing }\n  - { id: won, kind: customer, owner: sales }',
      );
      return checkContract('c.yaml', text);
    };
    const cases: [string, string, RegExp][] = [
      ['revenue: 100000, dealSize: 1e-320', '/targets/dealSize', /would need Infinity won a month, more than any funnel holds/],
      [
        'revenue: 100000, dealSize: 5000, conversions: [{ from: mql, to: won, oneIn: 1e308 }]',
        '/targets/conversions/0/oneIn',
        /would need 2\.00e\+309|Infinity/,
      ],
      [
        'revenue: 100000, dealSize: 5000, conversions: [{ from: mql, to: won, rate: 0.0000000000001 }]',
        '/targets/conversions/0/rate',
        /more than any funnel holds/,
      ],
      ['revenue: 100000, deals: 10000000000000000', '/targets/deals', /10,000,000,000,000,000 won/],
      ['revenue: 1e308, deals: 10', '/targets/revenue', /a revenue target of 1\.00e\+308 a month is beyond/],
    ];
    for (const [targets, pointer, message] of cases) {
      const result = funnel(targets);
      expect(result.ok, targets).toBe(false);
      const found = result.diagnostics.filter((d) => d.code === 'funnel-out-of-range');
      expect(
        found.map((d) => d.pointer),
        targets,
      ).toEqual([pointer]);
      expect(found[0]?.message).toMatch(message);
      // Said instead of the arithmetic against the commitment ("raise the goal to Infinity").
      expect(result.diagnostics.filter((d) => d.code === 'funnel-inconsistent')).toEqual([]);
    }
    expect(CODES['funnel-out-of-range'].severity).toBe('error');
  });

  it('refuses a conversion rate of 0 on the way back from the target, at the rate, instead of leaving the stage out in silence', () => {
    for (const rate of ['0%', '0']) {
      const result = checkContract(
        'c.yaml',
        minimalWith(`
targets: { period: month, revenue: 100000, dealSize: 5000, conversions: [{ from: mql, to: sql, rate: ${rate} }, { from: sql, to: won, oneIn: 4 }] }
commitments: [{ id: mqls, owner: marketing, kind: volume, stage: mql, goal: 100 }]`).replace(/\nstages:\n(?: {2}- .*\n)+/, STAGES + '\n'),
      );
      expect(result.ok, rate).toBe(false);
      expect(result.diagnostics.map((d) => [d.code, d.pointer])).toEqual([['funnel-out-of-range', '/targets/conversions/0/rate']]);
      expect(result.diagnostics[0]).toMatchObject({
        message: 'a conversion rate of 0% from "mql" to "sql": no mql would ever become sql, so no number of mql reaches the revenue target',
        suggest: 'write the rate the teams expect (e.g. 12.5%), or remove this conversion',
      });
    }
    // Off the way back (nothing needs "lead"), a 0 changes no arithmetic: said by nothing here.
    const offPath = 'dealSize: 5000, conversions: [{ from: mql, to: sql, rate: 50% }, { from: sql, to: won, oneIn: 4 }, { from: won, to: lead, rate: 0% }]';
    expect(funnelConsistency.run(contract('  - { id: mqls, owner: marketing, kind: volume, stage: mql, goal: 160 }', offPath))).toEqual([]);
  });

  it('says a number too large to read is one, instead of "expected a number, found the number Infinity"', () => {
    for (const revenue of ['1e400', '.inf', '-.inf']) {
      const result = checkContract('c.yaml', minimalWith(`targets: { period: month, revenue: ${revenue}, dealSize: 5000 }`));
      expect(result.ok).toBe(false);
      expect(result.diagnostics[0]).toMatchObject({
        code: 'invalid-type',
        pointer: '/targets/revenue',
        suggest: 'write the amount in plain digits, e.g. 1200000',
      });
      expect(result.diagnostics[0]?.message).toMatch(/^expected a number, found a number too large to be read \(-?infinity\)$/);
    }
  });

  it('reads a revenue of 0 or -0 as 0 deals, never -0', () => {
    for (const revenue of ['0', '-0', '-0.0']) {
      const result = checkContract('c.yaml', minimalWith(`targets: { period: month, revenue: ${revenue}, dealSize: 5000 }`));
      expect(result.ok).toBe(true);
      const targets = result.ok ? result.value.contract.targets : undefined;
      expect(Object.is(targets?.revenue, 0), revenue).toBe(true);
    }
    const funnel = computeFunnel(
      contract('  - { id: mqls, owner: marketing, kind: volume, stage: mql, goal: 1 }', 'dealSize: 5000, conversions: [{ from: mql, to: won, oneIn: 4 }]'),
    )!;
    expect(funnel.needed['won']).toBe(20);
    const zero = computeFunnel({
      ...contract('  - { id: mqls, owner: marketing, kind: volume, stage: mql, goal: 1 }'),
      targets: { period: 'month', revenue: 0, dealSize: 5000 },
    })!;
    expect(Object.is(zero.deals, 0)).toBe(true);
  });

  it('explains the chain from deals down to a stage', () => {
    const funnel = computeFunnel(contract('  - { id: mqls, owner: marketing, kind: volume, stage: mql, goal: 160 }'))!;
    expect(explain(funnel, 'sql')).toBe('100,000 ÷ 5,000 = 20 → 20 deals; 20 × 4 = 80 sql');
  });
});
