/**
 * `revpact diff --format json`: the DiffReport with keys in a fixed order (issue 5's
 * shape first, then additions), so the output is stable byte for byte.
 */
import { diagnosticJson } from '../../report/diagnostics.js';
import type { Change, DiffReport, Impact, ShareSide } from '../types.js';

export function orderedDiff(r: DiffReport): Record<string, unknown> {
  return {
    base: { name: r.base.name, version: r.base.version, source: r.base.source },
    head: { name: r.head.name, version: r.head.version, source: r.head.source },
    changes: r.changes.map(orderedChange),
    version: { required: r.version.required, actual: r.version.actual, ok: r.version.ok, from: r.version.from, to: r.version.to },
    impact: r.impact ? orderedImpact(r.impact) : null,
    // Added after issue 5's shape: each in `validate --format json`'s diagnostic shape.
    ...(r.newWarnings ? { newWarnings: r.newWarnings.map(diagnosticJson) } : {}),
  };
}

export function orderedChange(c: Change): Record<string, unknown> {
  const out: Record<string, unknown> = {
    pointer: c.pointer,
    kind: c.kind,
    before: c.before,
    after: c.after,
    direction: c.direction,
    affects: c.affects,
    summary: c.summary,
    bump: c.bump,
    section: c.section,
    side: c.side,
  };
  if (c.line !== undefined) out['line'] = c.line;
  if (c.unclear) out['unclear'] = true;
  return out;
}

function orderedImpact(i: Impact): Record<string, unknown> {
  return {
    period: { label: i.period.label, from: i.period.from, to: i.period.to, asOf: i.period.asOf, timezone: i.period.timezone },
    input: { files: i.input.files, rows: i.input.rows, evaluated: i.input.evaluated, rejected: i.input.rejected },
    mapping: i.mapping,
    status: { base: i.status.base, head: i.status.head },
    slas: i.slas.map((s) => ({
      id: s.id,
      name: s.name,
      owner: s.owner,
      base: s.base && {
        met: s.base.met,
        breached: s.base.breached,
        pending: s.base.pending,
        excluded: s.base.excluded,
        attainment: s.base.attainment,
        target: s.base.target,
        status: s.base.status,
        goalMinutes: s.base.goalMinutes,
        clock: s.base.clock,
      },
      head: s.head && {
        met: s.head.met,
        breached: s.head.breached,
        pending: s.head.pending,
        excluded: s.head.excluded,
        attainment: s.head.attainment,
        target: s.head.target,
        status: s.head.status,
        goalMinutes: s.head.goalMinutes,
        clock: s.head.clock,
      },
      leadsChanged: s.leadsChanged,
      transitions: s.transitions.map((t) => ({ from: t.from, to: t.to, leads: t.leads })),
      // Added after issue 5's shape, and only on a renamed SLA: other reports stay byte for byte.
      ...(s.renamedFrom === undefined ? {} : { renamedFrom: s.renamedFrom }),
    })),
    commitments: i.commitments.map((c) => ({
      id: c.id,
      owner: c.owner,
      base: c.base && { kind: c.base.kind, actual: c.base.actual, goal: c.base.goal, unit: c.base.unit, status: c.base.status },
      head: c.head && { kind: c.head.kind, actual: c.head.actual, goal: c.head.goal, unit: c.head.unit, status: c.head.status },
    })),
    handoff: { base: share(i.handoff.base), head: share(i.handoff.head) },
    followUp: { base: share(i.followUp.base), head: share(i.followUp.head) },
    leadsChanged: i.leadsChanged,
    leadsCompared: i.leadsCompared,
    unmeasured: i.unmeasured.map((u) => ({ side: u.side, code: u.code, sla: u.sla, count: u.count, detail: u.detail, message: u.message })),
    notes: i.notes,
  };
}

function share(s: ShareSide | null): Record<string, unknown> | null {
  return s && { leads: s.leads, ok: s.ok, rate: s.rate };
}

export function renderDiffJson(r: DiffReport): string {
  return JSON.stringify(orderedDiff(r), null, 2) + '\n';
}
