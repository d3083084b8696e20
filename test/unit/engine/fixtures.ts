/**
 * Small hand-written inputs for the engine tests: a contract on a Madrid calendar, leads
 * built directly as canonical Lead objects, and a helper that runs evaluate on them.
 */
import { DateTime } from 'luxon';
import { checkContract } from '../../../src/contract/index.js';
import { normalize } from '../../../src/compiler/normalize.js';
import type { RulesIR } from '../../../src/compiler/ir.js';
import { evaluate, type EvaluateOptions } from '../../../src/engine/evaluate.js';
import type { Lead, Rejection, SourceItem, TimestampField } from '../../../src/leads/lead.js';
import { parsePeriod, type Period } from '../../../src/engine/period.js';
import type { ComplianceReport, PerLeadRow } from '../../../src/engine/types.js';

export const ZONE = 'Europe/Madrid';

/**
 * Calendar "madrid": Mon–Fri 09:00–14:00 and 15:00–18:00 (8 h = 480 business minutes a
 * day), closed on 2026-10-12 (Fiesta Nacional). Period cuts in Europe/Madrid.
 */
export const CONTRACT = `apiVersion: revpact/v1
metadata:
  name: engine-test
  version: 1.0.0
  effective: 2026-01-01
  status: active
  timezone: Europe/Madrid
  owners:
    marketing: { name: Marketing Lead, github: mkt-lead }
    sales: { name: Sales Lead, github: sales-lead }
stages:
  - { id: lead, owner: marketing }
  - { id: mql, owner: marketing }
  - { id: accepted, kind: sal, owner: sales }
  - { id: sql, owner: sales }
  - { id: opportunity, owner: sales }
  - { id: customer, owner: sales }
  - { id: lost, owner: sales }
  - { id: recycled, owner: marketing }
  - { id: disqualified, owner: sales }
targets:
  period: month
  revenue: 100000
  dealSize: 10000
  conversions:
    - { from: mql, to: sql, rate: 50% }
    - { from: sql, to: customer, oneIn: 4 }
commitments:
  - { id: mql-volume, owner: marketing, kind: volume, stage: mql, goal: 10, period: month }
  - { id: mql-to-sql, owner: marketing, kind: conversion, from: mql, to: sql, goal: 40% }
  - { id: pipeline, owner: sales, kind: pipeline, stage: opportunity, goal: 50000, period: quarter }
  - { id: revenue, owner: sales, kind: revenue, goal: 20000, period: month }
handoff:
  stage: mql
  requiredFields:
    - { field: phone }
    - { field: notes }
    - { field: linkedin }
slas:
  - id: first-touch
    name: First touch
    owner: sales
    start: mql
    stop: first-touch
    goal: 1bh
    target: 80%
  - id: accept
    owner: sales
    start: mql
    stop: [accepted, rejected]
    clock: calendar
    goal: 24h
    target: 90%
    when: { field: country, op: in, value: [ES, PT] }
followUp:
  minAttempts: 3
  minSpan: 2bd
  giveUpReason: no-response
recycling:
  reasons:
    - { id: no-response, label: No response, values: ["No response", "unresponsive"], destination: nurture }
    - { id: bad-fit, label: Bad fit, destination: disqualified }
calendars:
  - id: madrid
    timezone: Europe/Madrid
    hours:
      weekdays: ["09:00-14:00", "15:00-18:00"]
    holidays:
      dates: [2026-10-12]
`;

export function rulesOf(text = CONTRACT): RulesIR {
  const r = checkContract('contract.yaml', text);
  if (!r.ok) throw new Error(r.diagnostics.map((d) => `${d.line}:${d.column} ${d.code} ${d.message}`).join('\n'));
  return normalize(r.value.contract, { compilerVersion: '0.0.0-test' });
}

/** Epoch ms of an ISO text; without an offset it is Madrid local time. */
export function ms(iso: string): number {
  const dt = DateTime.fromISO(iso, { zone: ZONE });
  if (!dt.isValid) throw new Error(`bad instant ${iso}`);
  return dt.toMillis();
}

type LeadSpec = Partial<Omit<Lead, TimestampField | 'attributes' | 'origin' | 'id'>> &
  Partial<Record<TimestampField, string>> & { attributes?: Lead['attributes']; file?: string; row?: number };

let nextRow = 2;

/** A canonical lead; timestamps as ISO text (Madrid local when no offset). */
export function lead(id: string, spec: LeadSpec = {}): Lead {
  const { attributes = {}, file = 'leads.csv', row, ...rest } = spec;
  const out: Record<string, unknown> = { id, attributes, origin: { file, row: row ?? nextRow++ } };
  for (const [k, v] of Object.entries(rest)) out[k] = typeof v === 'string' && /At$/.test(k) ? ms(v) : v;
  return out as unknown as Lead;
}

export async function* items(leads: (Lead | Rejection)[]): AsyncIterable<SourceItem> {
  for (const x of leads) {
    await Promise.resolve();
    yield 'reason' in x ? { kind: 'rejected', rejection: x } : { kind: 'lead', lead: x };
  }
}

export function period(spec: string, zone = ZONE): Period {
  const r = parsePeriod({ period: spec }, zone);
  if (!r.ok) throw new Error(r.message);
  return r.value;
}

export interface Run {
  report: ComplianceReport;
  rows: PerLeadRow[];
  /** verdict row of a lead on an SLA, as [verdict, elapsed, dueAt] */
  row: (leadId: string, ruleId: string) => [string, number | null, string | null] | undefined;
}

export async function run(rules: RulesIR, leads: (Lead | Rejection)[], opts: Partial<EvaluateOptions> & { period?: Period; asOf: string }): Promise<Run> {
  const rows: PerLeadRow[] = [];
  const { asOf, ...rest } = opts;
  const report = await evaluate(rules, items(leads), {
    period: period('2026-10'),
    files: ['leads.csv'],
    onPerLead: (r) => rows.push(r),
    ...rest,
    asOfMs: ms(asOf),
  });
  return {
    report,
    rows,
    row: (leadId, ruleId) => {
      const r = rows.find((x) => x.leadId === leadId && x.ruleId === ruleId);
      return r ? [r.verdict, r.elapsedMinutes, r.dueAt] : undefined;
    },
  };
}
