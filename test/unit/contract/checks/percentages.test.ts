import { describe, expect, it } from 'vitest';
import { percentages } from '../../../../src/contract/checks/percentages.js';
import { expectQuietOnValidContracts, minimalWith, shaped, where } from '../../../helpers/contracts.js';

describe('check: percentages', () => {
  it('stays quiet on the valid contracts', () => {
    expectQuietOnValidContracts(percentages);
  });

  it('stays quiet on shares up to 100%, written either way, and on counts that are not shares', () => {
    const contract = shaped(
      minimalWith(`
slas:
  - { id: a, owner: sales, start: mql, stop: first-touch, clock: calendar, goal: 1h, target: 100% }
  - { id: b, owner: sales, start: mql, stop: first-touch, clock: calendar, goal: 1h, target: 0 }
  - { id: c, owner: sales, start: mql, stop: first-touch, clock: calendar, goal: 1h, target: 12.5% }
commitments:
  - { id: volume, owner: marketing, kind: volume, stage: mql, goal: 150 }
  - { id: quality, owner: marketing, kind: conversion, from: lead, to: mql, goal: 0.4 }
`),
    );
    expect(percentages.run(contract)).toEqual([]);
  });

  it('reports every share above 100%', () => {
    const contract = shaped(
      minimalWith(`
qualification:
  scoring:
    rules: [{ id: r, category: fit, when: { field: a, op: exists }, points: 1 }]
    decay: { every: 30d, by: 200% }
targets:
  period: month
  revenue: 1000
  deals: 1
  conversions: [{ from: lead, to: mql, rate: 120% }]
commitments:
  - { id: quality, owner: marketing, kind: conversion, from: lead, to: mql, goal: 100.5% }
slas:
  - { id: a, owner: sales, start: mql, stop: first-touch, clock: calendar, goal: 1h, target: 150% }
`),
    );
    const findings = percentages.run(contract);
    expect(where(findings)).toEqual([
      ['invalid-percentage', '/slas/0/target'],
      ['invalid-percentage', '/commitments/0/goal'],
      ['invalid-percentage', '/targets/conversions/0/rate'],
      ['invalid-percentage', '/qualification/scoring/decay/by'],
    ]);
    expect(findings.map((f) => f.message)).toEqual([
      '"150%" is more than 100%',
      '"100.5%" is more than 100%',
      '"120%" is more than 100%',
      '"200%" is more than 100%',
    ]);
  });

  it('reports a conversion with neither or both of rate and oneIn', () => {
    const contract = shaped(
      minimalWith(`
targets:
  period: month
  revenue: 1000
  deals: 1
  conversions:
    - { from: lead, to: mql }
    - { from: lead, to: mql, rate: 10%, oneIn: 10 }
`),
    );
    const findings = percentages.run(contract);
    expect(where(findings)).toEqual([
      ['missing-field', '/targets/conversions/0'],
      ['missing-field', '/targets/conversions/1'],
    ]);
    expect(findings.map((f) => f.message)).toEqual(['a conversion needs a rate or oneIn', 'a conversion has either a rate or oneIn, not both']);
  });

  // Before: "0.95%" (the ratio 0.95 with a percent sign) passed without a word, an SLA met by one lead in a thousand.
  it('warns of an SLA target under 1% written with a percent sign, naming the 95% it likely meant', () => {
    const contract = shaped(
      minimalWith(`
slas:
  - { id: a, owner: sales, start: mql, stop: first-touch, clock: calendar, goal: 1h, target: 0.95% }
  - { id: b, owner: sales, start: mql, stop: first-touch, clock: calendar, goal: 1h, target: 0.005 }
  - { id: c, owner: sales, start: mql, stop: first-touch, clock: calendar, goal: 1h, target: 1% }
commitments:
  - { id: quality, owner: marketing, kind: conversion, from: lead, to: mql, goal: 0.5% }
`),
    );
    expect(percentages.run(contract)).toEqual([
      {
        code: 'implausible-target',
        pointer: '/slas/0/target',
        message: 'SLA "a" aims at 0.95% of its leads in time: fewer than one in a hundred',
        suggest: 'if 95% was meant, write 95%, or the ratio 0.95 without %',
      },
    ]);
  });
});
