/**
 * schema/rules.schema.json documents RulesIR (src/compiler/ir.ts), the shape of
 * `<name>.rules.json`. Every object is closed and every property required, so the rules
 * of every valid contract must match it exactly, and drift between ir.ts/normalize and
 * the schema fails here in either direction.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { RULES_API_VERSION, type RuleCondition, type RulesIR, type RuleSla } from '../../src/compiler/ir.js';
import { normalize } from '../../src/compiler/normalize.js';
import { ACTIVITY_FIELDS, STAGE_FIELDS, STAGE_KINDS } from '../../src/contract/events.js';
import { checkContract } from '../../src/contract/index.js';
import { REPO_ROOT, validContractFiles } from '../helpers/paths.js';

// A CommonJS module with a `default` export (as in src/contract/schema.ts).
const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

type JsonSchema = Record<string, unknown>;

const SCHEMA_PATH = `${REPO_ROOT}/schema/rules.schema.json`;
const schema = JSON.parse(readFileSync(SCHEMA_PATH, 'utf8')) as JsonSchema;

function compile() {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv, ['date']);
  return ajv.compile(schema);
}
const validate = compile();

function errorsOf(value: unknown): ErrorObject[] {
  return validate(value) ? [] : [...(validate.errors ?? [])];
}

function explain(errors: readonly ErrorObject[]): string {
  return errors.map((e) => `${e.instancePath || '/'} ${e.keyword}: ${e.message ?? ''} ${JSON.stringify(e.params)}`).join('\n');
}

/** Every section of the contract language, with the defaults and fallbacks normalize fills in. */
const RICH_YAML = `apiVersion: revpact/v1
metadata:
  name: rich-rules
  title: Acord de màrqueting i vendes
  description: Rich inline contract for the rules schema test.
  version: 3.0.0-rc.1
  effective: 2026-04-01
  status: draft
  locale: ca
  currency: EUR
  owners:
    marketing: { name: Laia Puig, title: CMO, github: laiapuig }
    sales: { name: Jordi Vidal, github: "@acme/sales-leads" }
  approvers:
    - { github: mdelegate, for: marketing }
    - { github: sdelegate, name: Sam Delegate, for: sales }
roles:
  marketing:
    summary: Marketing generates qualified leads.
  sales:
    summary: Sales converts them.
    responsibilities: [Touch every MQL fast]
personas:
  - id: ops-director
    name: Operations director
    description: Runs operations.
    criteria:
      all:
        - { field: title, op: contains, value: operations }
        - all: [{ field: employees, op: gte, value: 50 }, { field: employees, op: lt, value: 5000 }]
  - { id: founder, name: Founder }
stages:
  - { id: lead, owner: marketing }
  - { id: mql, name: MQL, owner: marketing, entry: Score of 60 or more., personas: [ops-director] }
  - { id: sal, owner: sales, description: Sales accepted the lead. }
  - { id: sql, owner: sales }
  - { id: opp, kind: opportunity, owner: sales }
  - { id: won, kind: customer, owner: sales }
  - { id: lost, owner: sales }
  - { id: nurture, kind: recycled, owner: marketing }
  - { id: junk, kind: disqualified, owner: marketing }
qualification:
  personas: [ops-director]
  fit:
    any:
      - any: [{ field: country, op: in, value: [ES, PT, AD] }, { field: region, op: eq, value: EU }]
      - not: { field: country, op: not-in, value: [US] }
  engagement: { field: lastActivityAt, op: exists }
  scoring:
    rules:
      - { id: big, category: fit, when: { field: employees, op: gt, value: 200 }, points: 25 }
      - { id: demo, category: engagement, description: Asked for a demo., when: { field: form, op: eq, value: demo }, points: 40, max: 80 }
      - { id: free-mail, category: fit, when: { field: email, op: starts-with, value: "free" }, points: -20 }
      - { id: no-phone, category: fit, when: { field: phone, op: missing }, points: -5 }
      - { id: opted-in, category: engagement, when: { field: optIn, op: ne, value: false }, points: 2 }
      - { id: recent, category: engagement, when: { field: lastActivityAt, op: lte, value: 2026-06-01 }, points: 1 }
    caps: { engagement: 60 }
    decay: { every: 2w, by: 0.1 }
  thresholds:
    - { id: to-mql, stage: mql, score: 60 }
    - { id: to-sql, stage: sql, score: 80.5, minFit: 20, minEngagement: 15 }
targets:
  period: quarter
  revenue: 300000
  dealSize: 7000
  conversions:
    - { from: lead, to: mql, oneIn: 12.5 }
    - { from: mql, to: sal, rate: 80% }
    - { from: sal, to: sql, rate: 0.6 }
    - { from: sql, to: opp, rate: 50% }
    - { from: opp, to: won, oneIn: 3 }
commitments:
  - { id: mqls, owner: marketing, kind: volume, stage: mql, goal: 400, when: { field: source, op: ne, value: partner } }
  - { id: quality, owner: marketing, kind: conversion, from: mql, to: sql, goal: 35%, description: Most MQLs are real. }
  - { id: pipeline, owner: sales, kind: pipeline, goal: 900000, period: month }
  - { id: revenue, owner: sales, kind: revenue, goal: 300000 }
handoff:
  stage: mql
  channel: crm-assignment
  requiredFields:
    - { field: email }
    - { field: assessment, label: Short assessment }
  routing:
    method: round-robin
    rules:
      - { when: { field: country, op: in, value: [PT] }, to: Lisbon desk }
slas:
  - { id: first-touch, owner: sales, start: mql, stop: first-touch, goal: 2bh, target: 95% }
  - id: accept
    name: Accept or reject
    owner: sales
    start: sal
    stop: [sql, rejected, junk]
    clock: business
    calendar: lisbon
    goal: 1.5bd
    target: 0.9
    when: { not: { field: country, op: eq, value: US } }
  - { id: feedback, owner: sales, start: rejected, stop: feedback, goal: 3d, target: 80% }
  - { id: call-back, owner: sales, start: created, stop: [last-attempt], clock: business, goal: 4h, target: 50% }
  - { id: recycle, owner: marketing, start: rejected, stop: [recycled, nurture], clock: calendar, goal: 1w, target: 75% }
followUp:
  minAttempts: 5
  minSpan: 7bd
recycling:
  feedbackRequired: false
  reasons:
    - { id: not-ready, label: Not ready, destination: nurture, flow: Quarterly newsletter, stage: nurture }
    - { id: no-response, label: No response, values: [No Response], destination: nurture }
    - { id: bad-fit, label: Not a fit, destination: disqualified, stage: junk }
    - { id: later, label: Call back later, destination: sales-later, after: 30d }
    - { id: next-week, label: Next week, destination: sales-later, after: 5bd }
calendars:
  - id: barcelona
    name: Barcelona office
    timezone: Europe/Madrid
    hours:
      weekdays: ["09:00-14:00", "15:00-18:00"]
      fri: ["08:00-15:00"]
    holidays:
      regions: [ES-CT]
      dates: [2026-09-11, { date: 2026-12-26, name: Sant Esteve }]
  - id: lisbon
    timezone: Europe/Lisbon
    hours:
      mon: ["09:00-18:00"]
      tue: ["09:00-18:00"]
      wed: ["09:00-18:00"]
      thu: ["09:00-18:00"]
      fri: ["09:00-18:00"]
      sat: ["10:00-13:00"]
      sun: ["00:00-24:00"]
    holidays:
      dates: [{ date: 2026-06-13 }]
reporting:
  metrics:
    - { id: mqls, name: MQLs, definition: Leads entering MQL., measure: { kind: count, stage: mql } }
    - { id: mql-sql, name: MQL to SQL, definition: Share of MQLs reaching SQL., owner: marketing, cadence: quarter, measure: { kind: conversion, from: mql, to: sql } }
    - { id: on-time, name: On time, definition: Share touched in time., owner: sales, cadence: week, measure: { kind: sla-attainment, sla: first-touch } }
    - { id: touch-time, name: Time to touch, definition: Median time to first touch., measure: { kind: elapsed, sla: first-touch } }
    - { id: pipe, name: Pipeline, definition: Amount of new opportunities., cadence: half-year, measure: { kind: sum, stage: opp, field: deal.amount } }
    - { id: mood, name: Mood, definition: How the teams feel., cadence: year }
  meetings:
    - { id: standup, name: Weekly standup, cadence: weekly, day: tue, time: "08:45", duration: 0.5h, agenda: [MQLs, Rejections] }
    - { id: review, name: Revenue review, purpose: Look at the numbers., cadence: monthly, day: fri, week: last, time: "16:00", duration: 90m, calendar: lisbon, attendees: [both] }
    - { id: offsite, name: Offsite, cadence: half-yearly, attendees: [sales] }
    - { id: plan, name: Planning, cadence: quarterly, week: first }
    - { id: sync, name: Sync, cadence: biweekly, day: wed }
scorecard:
  needs:
    marketing: [{ id: fast, need: Fast follow-up }]
    sales: [{ id: context, need: Leads arrive with context }]
`;

/** Deals stated rather than derived, calendar clocks only, no optional sections. */
const DEALS_STATED_YAML = `apiVersion: revpact/v1
metadata:
  name: deals-stated
  version: 1.0.0
  effective: 2026-01-01
  status: retired
  locale: pt
  timezone: America/Sao_Paulo
  owners:
    marketing: { name: M, github: m-lead }
    sales: { name: S, github: s-lead }
stages:
  - { id: mql, owner: marketing }
  - { id: customer, owner: sales }
targets:
  period: year
  revenue: 1200000
  deals: 40
  conversions:
    - { from: mql, to: customer, rate: 12.5% }
slas:
  - { id: close, owner: sales, start: mql, stop: customer, goal: 12w, target: 50% }
followUp:
  firstChannel: email
  channels: [email, phone]
  attemptsPerDay: 1
  minAttempts: 3
  minSpan: 10d
  giveUpReason: gone
recycling:
  reasons:
    - { id: gone, label: Gone, destination: disqualified }
reporting:
  meetings:
    - { id: yearly, name: Yearly, cadence: monthly, duration: 2h }
scorecard:
  cadence: yearly
  scale: [{ grade: A+ }, { grade: A, meaning: Good }, { grade: C- }]
  commentBelow: A
  needs:
    marketing: [{ id: a, need: A }]
    sales: [{ id: b, need: B }]
`;

const INLINE: Record<string, string> = { 'inline: rich': RICH_YAML, 'inline: deals stated': DEALS_STATED_YAML };

function rulesOf(file: string, text: string): RulesIR {
  const checked = checkContract(file, text);
  if (!checked.ok) throw new Error(`${file} does not check:\n${checked.diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`).join('\n')}`);
  return normalize(checked.value.contract, { compilerVersion: '0.0.0-test' });
}

const CONTRACTS: { name: string; text: string }[] = [
  ...validContractFiles().map((path) => ({ name: relative(REPO_ROOT, path), text: readFileSync(path, 'utf8') })),
  ...Object.entries(INLINE).map(([name, text]) => ({ name, text })),
];

/** The subschemas that document data: the root, $defs, properties, items, branches. Not if/then/else/not, which only constrain. */
function* documentingSchemas(s: unknown, at: string): Generator<[string, JsonSchema]> {
  if (s === null || typeof s !== 'object' || Array.isArray(s)) return;
  const node = s as JsonSchema;
  yield [at, node];
  for (const key of ['$defs', 'properties'] as const) {
    const map = node[key];
    if (map && typeof map === 'object') for (const [name, sub] of Object.entries(map)) yield* documentingSchemas(sub, `${at}/${key}/${name}`);
  }
  for (const key of ['items', 'additionalProperties'] as const) yield* documentingSchemas(node[key], `${at}/${key}`);
  for (const key of ['oneOf', 'anyOf', 'prefixItems'] as const) {
    const list = node[key];
    if (Array.isArray(list)) for (const [i, sub] of list.entries()) yield* documentingSchemas(sub, `${at}/${key}/${i}`);
  }
}

describe('schema/rules.schema.json', () => {
  it('is a JSON Schema 2020-12 document that ajv compiles in strict mode', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).toBe('https://revpact.dev/schema/rules.schema.json');
    expect(() => compile()).not.toThrow();
  });

  it('closes every object, requires every property and describes each one', () => {
    const problems: string[] = [];
    for (const [at, node] of documentingSchemas(schema, '#')) {
      const properties = node.properties as Record<string, JsonSchema> | undefined;
      if (!properties) continue;
      if (node.additionalProperties !== false) problems.push(`${at}: additionalProperties is not false`);
      const required = Array.isArray(node.required) ? [...(node.required as string[])].sort() : [];
      if (JSON.stringify(required) !== JSON.stringify(Object.keys(properties).sort()))
        problems.push(`${at}: required ${JSON.stringify(required)} is not every property`);
      for (const [name, sub] of Object.entries(properties)) {
        if (typeof sub.description !== 'string' || sub.description.trim() === '') problems.push(`${at}/properties/${name}: no description`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('spells the format version, events and stage kinds as the code does', () => {
    const defs = schema.$defs as Record<string, { enum?: unknown[] }>;
    const properties = schema.properties as Record<string, JsonSchema>;
    expect(properties.apiVersion?.const).toBe(RULES_API_VERSION);
    expect(defs.stageKind?.enum).toEqual([...STAGE_KINDS]);
    expect(defs.stageField?.enum).toEqual(STAGE_KINDS.map((k) => STAGE_FIELDS[k]));
    expect(defs.activity?.enum).toEqual(Object.keys(ACTIVITY_FIELDS));
    expect(defs.activityField?.enum).toEqual(Object.values(ACTIVITY_FIELDS));
  });
});

describe('the rules of every valid contract match the schema', () => {
  it.each(CONTRACTS)('$name', ({ name, text }) => {
    const errors = errorsOf(rulesOf(name, text));
    expect(errors, `${name}.rules.json does not match schema/rules.schema.json:\n${explain(errors)}`).toEqual([]);
  });

  it('the inline contracts reach every variant the schema allows', () => {
    const all = Object.entries(INLINE).map(([name, text]) => rulesOf(name, text));
    const seen = new Set<string>();
    const walk = (c: RuleCondition | null): void => {
      if (!c) return;
      if ('all' in c) {
        seen.add('condition:all');
        c.all.forEach(walk);
      } else if ('any' in c) {
        seen.add('condition:any');
        c.any.forEach(walk);
      } else if ('not' in c) {
        seen.add('condition:not');
        walk(c.not);
      } else {
        seen.add(`condition:${c.op}`);
      }
    };
    for (const r of all) {
      for (const c of r.commitments) {
        seen.add(`commitment:${c.kind}`);
        walk(c.when);
      }
      r.targets?.steps.forEach((s) => seen.add(`basis:${s.basis.kind}`));
      r.targets?.conversions.forEach((c) => seen.add(c.oneIn === null ? 'conversion:rate' : 'conversion:oneIn'));
      r.slas.forEach((s) => [s.start, ...s.stop].forEach((e) => seen.add(`event:${e.type}`)));
      for (const s of r.slas) {
        seen.add(`clock:${s.clock}`);
        walk(s.when);
      }
      r.stages.forEach((s) => seen.add(`stage:${s.kind}`));
      r.metrics.forEach((m) => seen.add(`measure:${m.measure?.kind ?? 'none'}`));
      r.recycling?.reasons.forEach((x) => seen.add(`recycling:${x.destination}`));
      r.personas.forEach((p) => walk(p.criteria));
      walk(r.qualification?.fit ?? null);
      walk(r.qualification?.engagement ?? null);
      r.qualification?.scoring?.rules.forEach((x) => walk(x.when));
      r.handoff?.routing?.rules.forEach((x) => walk(x.when));
    }
    const expected = [
      ...['volume', 'conversion', 'pipeline', 'revenue'].map((k) => `commitment:${k}`),
      ...['deals-from-revenue', 'deals-stated', 'conversion'].map((k) => `basis:${k}`),
      'conversion:rate',
      'conversion:oneIn',
      'event:stage',
      'event:activity',
      'clock:business',
      'clock:calendar',
      ...STAGE_KINDS.map((k) => `stage:${k}`),
      ...['none', 'count', 'conversion', 'sla-attainment', 'elapsed', 'sum'].map((k) => `measure:${k}`),
      ...['nurture', 'disqualified', 'sales-later'].map((k) => `recycling:${k}`),
      ...['all', 'any', 'not', 'exists', 'missing', 'in', 'not-in', 'eq', 'ne', 'gt', 'gte', 'lt', 'lte', 'contains', 'starts-with'].map(
        (k) => `condition:${k}`,
      ),
    ];
    expect(expected.filter((k) => !seen.has(k))).toEqual([]);
  });
});

describe('the schema has teeth', () => {
  const base = rulesOf('rich.yaml', RICH_YAML);
  const sla = (r: RulesIR, i: number): RuleSla => {
    const s = r.slas[i];
    if (!s) throw new Error(`no SLA ${i}`);
    return s;
  };

  it('the unchanged rules are valid', () => {
    expect(explain(errorsOf(base))).toBe('');
  });

  const cases: { name: string; change: (r: RulesIR) => void; path: string; keyword: string }[] = [
    // A required property deleted (the IR writes null, never leaves a property out).
    { name: 'an SLA without its target', change: (r) => delete (sla(r, 0) as Partial<RuleSla>).target, path: '/slas/0', keyword: 'required' },
    {
      name: 'a stage without its (null) description',
      change: (r) => delete (r.stages[0] as { description?: unknown }).description,
      path: '/stages/0',
      keyword: 'required',
    },
    { name: 'rules without calendars', change: (r) => delete (r as Partial<RulesIR>).calendars, path: '', keyword: 'required' },
    // An unknown property added.
    { name: 'an unknown top-level property', change: (r) => Object.assign(r, { extra: true }), path: '', keyword: 'additionalProperties' },
    { name: 'an unknown property in contract', change: (r) => Object.assign(r.contract, { owner: 'x' }), path: '/contract', keyword: 'additionalProperties' },
    { name: 'an unknown weekday', change: (r) => Object.assign(r.calendars[0]!.week, { hol: [] }), path: '/calendars/0/week', keyword: 'additionalProperties' },
    {
      name: 'an unknown property in a duration',
      change: (r) => Object.assign(sla(r, 0).goal, { hours: 2 }),
      path: '/slas/0/goal',
      keyword: 'additionalProperties',
    },
    // A string where a number of minutes belongs.
    { name: 'goal minutes as a string', change: (r) => Object.assign(sla(r, 0).goal, { minutes: '120' }), path: '/slas/0/goal/minutes', keyword: 'type' },
    {
      name: 'minutesPerBusinessDay as a string',
      change: (r) => Object.assign(r.calendars[0]!, { minutesPerBusinessDay: '480' }),
      path: '/calendars/0/minutesPerBusinessDay',
      keyword: 'type',
    },
    {
      name: 'a meeting length as a string',
      change: (r) => Object.assign(r.meetings[0]!, { durationMinutes: '30' }),
      path: '/meetings/0/durationMinutes',
      keyword: 'type',
    },
    {
      name: 'decay minutes as a string',
      change: (r) => Object.assign(r.qualification!.scoring!.decay!, { everyMinutes: '20160' }),
      path: '/qualification/scoring/decay/everyMinutes',
      keyword: 'type',
    },
    {
      name: 'a working interval as text',
      change: (r) => Object.assign(r.calendars[0]!.week, { mon: [['09:00', '14:00']] }),
      path: '/calendars/0/week/mon/0/0',
      keyword: 'type',
    },
    // Values the format pins down.
    { name: 'another apiVersion', change: (r) => Object.assign(r, { apiVersion: 'revpact.rules/v2' }), path: '/apiVersion', keyword: 'const' },
    { name: 'another compiler', change: (r) => Object.assign(r.compiler, { name: 'other' }), path: '/compiler/name', keyword: 'const' },
    { name: 'a short hash', change: (r) => Object.assign(r.contract, { hash: 'sha256:abc' }), path: '/contract/hash', keyword: 'pattern' },
    { name: 'a percentage where a ratio belongs', change: (r) => Object.assign(sla(r, 0), { target: 95 }), path: '/slas/0/target', keyword: 'maximum' },
    { name: 'a business clock without a calendar', change: (r) => Object.assign(sla(r, 0), { calendar: null }), path: '/slas/0/calendar', keyword: 'type' },
    { name: 'a volume goal in money', change: (r) => Object.assign(r.commitments[0]!, { unit: 'money' }), path: '/commitments/0/unit', keyword: 'const' },
    {
      name: 'an unflattened all',
      change: (r) => Object.assign(r.personas[0]!, { criteria: { all: [{ all: [{ field: 'a', op: 'exists' }] }] } }),
      path: '/personas/0/criteria/all/0',
      keyword: 'not',
    },
    {
      name: 'an in with one value not in a list',
      change: (r) => Object.assign(r.handoff!.routing!.rules[0]!, { when: { field: 'country', op: 'in', value: 'PT' } }),
      path: '/handoff/routing/rules/0/when/value',
      keyword: 'type',
    },
    {
      name: 'an event whose field is not a timestamp',
      change: (r) => Object.assign(sla(r, 0).start, { field: 'mql' }),
      path: '/slas/0/start/field',
      keyword: 'enum',
    },
  ];

  it.each(cases)('rejects $name', ({ change, path, keyword }) => {
    const rules = structuredClone(base);
    change(rules);
    const errors = errorsOf(rules);
    expect(errors.length, 'the changed rules still validate').toBeGreaterThan(0);
    expect(
      errors.some((e) => e.instancePath === path && e.keyword === keyword),
      `expected a "${keyword}" error at "${path}", got:\n${explain(errors)}`,
    ).toBe(true);
  });
});
