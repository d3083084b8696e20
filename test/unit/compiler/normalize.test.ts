import { describe, expect, it } from 'vitest';
import { checkContract } from '../../../src/contract/index.js';
import { computeFunnel, stepArithmetic } from '../../../src/contract/funnel.js';
import { normalize, condition } from '../../../src/compiler/normalize.js';
import { emitRules } from '../../../src/compiler/rules.js';
import { codeownersPattern, emitCodeowners } from '../../../src/compiler/codeowners.js';
import { UsageError } from '../../../src/shared/errors.js';
import type { RevpactContract } from '../../../src/contract/types.generated.js';

const CONTRACT = `apiVersion: revpact/v1
metadata:
  name: acme
  version: 2.1.0
  effective: 2026-01-01
  status: active
  owners:
    marketing: { name: Laia Puig, github: laiapuig }
    sales: { name: Jordi Vidal, github: "@acme/sales-leads" }
stages:
  - { id: lead, owner: marketing }
  - { id: mql, owner: marketing }
  - { id: accepted, kind: sal, owner: sales }
  - { id: sql, owner: sales }
  - { id: won, kind: customer, owner: sales }
targets:
  period: month
  revenue: 100000
  dealSize: 6667
  conversions:
    - { from: mql, to: sql, rate: 50% }
    - { from: sql, to: won, oneIn: 4 }
commitments:
  - { id: mqls, owner: marketing, kind: volume, stage: mql, goal: 120 }
  - { id: quality, owner: marketing, kind: conversion, from: mql, to: sql, goal: 40% }
  - { id: revenue, owner: sales, kind: revenue, goal: 100000 }
slas:
  - id: first-touch
    owner: sales
    start: mql
    stop: first-touch
    goal: 1bh
    target: 95%
  - id: accept
    owner: sales
    start: mql
    stop: [accepted, rejected]
    goal: 2bd
    target: 0.9
    when: { all: [{ field: country, op: in, value: [ES] }, { all: [{ field: employees, op: gte, value: 50 }] }] }
  - id: recycle
    owner: marketing
    start: rejected
    stop: recycled
    clock: calendar
    goal: 3d
    target: 80%
calendars:
  - id: madrid
    timezone: Europe/Madrid
    hours:
      weekdays: ["09:00-14:00", "15:00-18:00"]
      fri: ["08:00-15:00"]
    holidays:
      regions: [ES-CT]
      dates: [2026-12-24, { date: 2026-12-31, name: New Year's Eve }]
`;

function load(text = CONTRACT): RevpactContract {
  const r = checkContract('acme.yaml', text);
  if (!r.ok) throw new Error(r.diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`).join('\n'));
  return r.value.contract;
}

describe('normalize', () => {
  const rules = normalize(load(), { compilerVersion: '9.9.9' });

  it('resolves calendars into weekly minute intervals, named days overriding weekdays', () => {
    const cal = rules.calendars[0]!;
    expect(cal.week.mon).toEqual([
      [540, 840],
      [900, 1080],
    ]);
    expect(cal.week.fri).toEqual([[480, 900]]);
    expect(cal.week.sat).toEqual([]);
    // Mon–Thu 8h each, Fri 7h: 39h over 5 open days = 468 minutes per business day.
    expect(cal.minutesPerWeek).toBe(39 * 60);
    expect(cal.minutesPerBusinessDay).toBe(468);
    expect(cal.holidayDates).toEqual([
      { date: '2026-12-24', name: null },
      { date: '2026-12-31', name: "New Year's Eve" },
    ]);
    expect(cal.holidayRegions).toEqual(['ES-CT']);
  });

  it('normalizes SLA goals to minutes on their clock and shares to ratios', () => {
    const [first, accept, recycle] = rules.slas;
    expect(first).toMatchObject({ clock: 'business', calendar: 'madrid', goal: { text: '1bh', minutes: 60, clock: 'business' }, target: 0.95 });
    expect(accept).toMatchObject({ goal: { minutes: 2 * 468 }, target: 0.9 });
    expect(recycle).toMatchObject({ clock: 'calendar', calendar: null, goal: { minutes: 3 * 1440 }, target: 0.8 });
  });

  it('resolves events to canonical lead fields, renamed stages by their kind', () => {
    const accept = rules.slas[1]!;
    expect(accept.start).toEqual({ event: 'mql', type: 'stage', field: 'mqlAt' });
    expect(accept.stop).toEqual([
      { event: 'accepted', type: 'stage', field: 'salAt' },
      { event: 'rejected', type: 'activity', field: 'rejectedAt' },
    ]);
    expect(rules.stages.map((s) => [s.id, s.kind, s.field, s.order])).toEqual([
      ['lead', 'lead', 'createdAt', 0],
      ['mql', 'mql', 'mqlAt', 1],
      ['accepted', 'sal', 'salAt', 2],
      ['sql', 'sql', 'sqlAt', 3],
      ['won', 'customer', 'wonAt', 4],
    ]);
  });

  it('flattens nested conditions of the same kind', () => {
    expect(rules.slas[1]!.when).toEqual({
      all: [
        { field: 'country', op: 'in', value: ['ES'] },
        { field: 'employees', op: 'gte', value: 50 },
      ],
    });
    expect(condition({ field: 'country', op: 'in', value: 'ES' })).toEqual({ field: 'country', op: 'in', value: ['ES'] });
  });

  it('writes condition values in NFC, as lead data is read: a decomposed "Aragón" in the contract matches the export', () => {
    const nfd = 'Arago\u0301n';
    expect(condition({ field: 'region', op: 'in', value: [nfd, 'Lleida', 7] })).toEqual({ field: 'region', op: 'in', value: ['Aragón', 'Lleida', 7] });
    expect(condition({ field: 'region', op: 'eq', value: nfd })).toEqual({ field: 'region', op: 'eq', value: 'Aragón' });
    expect(condition({ field: 'region', op: 'starts-with', value: nfd })).toEqual({ field: 'region', op: 'starts-with', value: 'Aragón' });
  });

  it('works the funnel back from revenue: 15 deals, 60 SQLs, 120 MQLs', () => {
    expect(rules.targets?.deals).toBe(15);
    expect(rules.targets?.needed).toEqual({ won: 15, sql: 60, mql: 120 });
    expect(rules.commitments.find((c) => c.id === 'revenue')).toMatchObject({ kind: 'revenue', stage: 'won', field: 'wonAt', period: 'month' });
    expect(rules.commitments.find((c) => c.id === 'quality')).toMatchObject({ goal: 0.4, fromField: 'mqlAt', toField: 'sqlAt' });
  });

  it('records name, version, compiler and a content hash that follows the content', () => {
    expect(rules.contract).toMatchObject({ name: 'acme', version: '2.1.0', locale: 'en', currency: 'USD', timezone: 'Europe/Madrid' });
    expect(rules.compiler).toEqual({ name: 'revpact', version: '9.9.9' });
    expect(rules.contract.hash).toMatch(/^sha256:[0-9a-f]{64}$/);
    const changed = normalize(load(CONTRACT.replace('goal: 120', 'goal: 121')), { compilerVersion: '9.9.9' });
    expect(changed.contract.hash).not.toBe(rules.contract.hash);
    // Key order in the YAML does not change the hash.
    const reordered = normalize(load(CONTRACT.replace('  version: 2.1.0\n  effective: 2026-01-01\n', '  effective: 2026-01-01\n  version: 2.1.0\n')), {
      compilerVersion: '9.9.9',
    });
    expect(reordered.contract.hash).toBe(rules.contract.hash);
  });

  it('emits byte-identical rules with sorted keys', () => {
    const a = emitRules(rules);
    expect(emitRules(normalize(load(), { compilerVersion: '9.9.9' }))).toBe(a);
    const keys = Object.keys(JSON.parse(a) as object);
    expect(keys).toEqual([...keys].sort());
    expect(a.endsWith('}\n')).toBe(true);
  });

  it('writes CODEOWNERS lines naming both owners, teams kept as teams', () => {
    expect(emitCodeowners([{ rules, path: 'contracts/acme.yaml' }]).split('\n')).toContain('/contracts/acme.yaml @laiapuig @acme/sales-leads');
  });

  // Before, only spaces were escaped: `*` and `?` matched other files too, and `[1]` made a
  // line GitHub calls an error, so the contract got no code owners and nobody was told.
  it('escapes the glob characters a CODEOWNERS path can escape, and takes a leading ! literally after the anchoring /', () => {
    const lines = emitCodeowners([
      { rules, path: 'contracts/q*4 review?.yaml' },
      { rules, path: '!draft.yaml' },
    ]).split('\n');
    expect(lines).toContain('/contracts/q\\*4\\ review\\?.yaml @laiapuig @acme/sales-leads');
    expect(lines).toContain('/!draft.yaml @laiapuig @acme/sales-leads');
  });

  it('refuses, naming each file and its characters, a path GitHub cannot match literally ([ ], #, a control character)', () => {
    expect(codeownersPattern('contracts/q[1].yaml')).toMatchObject({ ok: false, error: expect.stringMatching(/^"\[", "\]" cannot be written/) as string });
    expect(codeownersPattern('contracts/team#2.yaml')).toMatchObject({ ok: false, error: expect.stringMatching(/^"#" cannot be written/) as string });
    expect(codeownersPattern('contracts/a\tb.yaml')).toMatchObject({ ok: false, error: expect.stringMatching(/^U\+0009 cannot be written/) as string });
    const refused = () =>
      emitCodeowners([
        { rules, path: 'contracts/ok.yaml' },
        { rules, path: 'contracts/q[1].yaml' },
        { rules, path: 'contracts/team#2.yaml' },
      ]);
    expect(refused).toThrow(UsageError);
    expect(refused).toThrow(/CODEOWNERS cannot name these contracts: contracts\/q\[1\]\.yaml: .*; contracts\/team#2\.yaml: "#"/);
  });
});

describe('funnel arithmetic', () => {
  it('reproduces the worked example: 100,000 ÷ 6,667 → 15 deals; 15 × 8 = 120', () => {
    const f = computeFunnel({
      stages: [
        { id: 'mql', owner: 'marketing' },
        { id: 'customer', owner: 'sales' },
      ],
      targets: { period: 'month', revenue: 100000, dealSize: 6667, conversions: [{ from: 'mql', to: 'customer', oneIn: 8 }] },
    })!;
    expect(f.deals).toBe(15);
    expect(f.needed['mql']).toBe(120);
    expect(f.steps.map((s) => stepArithmetic(s))).toEqual(['100,000 ÷ 6,667 = 15 → 15 deals', '15 × 8 = 120 mql']);
  });

  it('rounds up needs, forgiving floating-point error', () => {
    const f = computeFunnel({
      stages: [
        { id: 'mql', owner: 'marketing' },
        { id: 'customer', owner: 'sales' },
      ],
      targets: { period: 'month', revenue: 90000, dealSize: 6000, conversions: [{ from: 'mql', to: 'customer', rate: '12.5%' }] },
    })!;
    // 15 ÷ 0.125 is exactly 120, not 121.
    expect(f.needed['mql']).toBe(120);
    const g = computeFunnel({
      stages: [
        { id: 'mql', owner: 'marketing' },
        { id: 'customer', owner: 'sales' },
      ],
      targets: { period: 'month', revenue: 100001, dealSize: 10000, conversions: [{ from: 'mql', to: 'customer', rate: '30%' }] },
    })!;
    // 10.0001 deals → 11; 11 ÷ 0.3 = 36.67 → 37.
    expect([g.deals, g.needed['mql']]).toEqual([11, 37]);
  });

  it('warns with the arithmetic when a volume commitment falls short of the target', () => {
    const r = checkContract('acme.yaml', CONTRACT.replace('goal: 120', 'goal: 100'));
    expect(r.ok).toBe(true);
    const warning = r.diagnostics.find((d) => d.code === 'funnel-inconsistent');
    expect(warning?.severity).toBe('warning');
    expect(warning?.message).toContain('promises 100 mql per month, but the revenue target needs 120');
    expect(warning?.message).toContain('100,000 ÷ 6,667 = 15 → 15 deals; 15 × 4 = 60 sql; 60 ÷ 50% = 120 → 120 mql');
    expect(warning?.line).toBe(CONTRACT.split('\n').findIndex((l) => l.includes('id: mqls')) + 1);
  });
});
