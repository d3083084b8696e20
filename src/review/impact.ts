/**
 * Impact simulation (issue 5): both contracts evaluated on the same data, period and
 * as-of, side by side, and how many leads would get a different verdict.
 *
 * Each side is one ordinary `evaluate` run, so its numbers are exactly what `revpact
 * check` reports for that contract alone. The source is read twice (it can be opened
 * again), never held in memory.
 *
 * Counting changed verdicts without keeping per-lead rows: both passes read the same
 * rows in the same order, so the n-th lead of the head pass is the n-th lead of the base
 * pass. The base pass records, per lead in order, a 32-bit hash of its id and one byte
 * per SLA both contracts have (the verdict, or "not in the cohort"); the head pass
 * compares lead by lead as it goes. Memory: 4 + k bytes per lead for k compared SLAs,
 * e.g. 9 MB for a million leads and five SLAs, in 64K-lead chunks; no strings are kept.
 * The hashes check that the two passes really saw the same leads; if they did not (the
 * file changed between the passes), the count is reported as unavailable rather than
 * wrong.
 */
import type { RulesIR } from '../compiler/ir.js';
import { evaluate } from '../engine/evaluate.js';
import { stageParts } from '../engine/metrics/data-quality.js';
import { noteSegments } from '../engine/segments.js';
import { notePending } from '../engine/pending.js';
import { settleUnmeasured } from '../engine/unmeasured.js';
import type { Lead, SourceItem } from '../leads/lead.js';
import type { Period } from '../engine/period.js';
import type { ComplianceReport, DataQualityFinding, PerLeadRow, Verdict } from '../engine/types.js';
import { finding, say, type Phrase } from './phrase.js';
import { renderPhrase } from './summaries/index.js';
import type { Change, CommitmentImpact, Impact, ShareSide, SlaImpact, SlaSide, UnmeasuredFinding, VerdictOrNone } from './types.js';

export interface ImpactSide {
  rules: RulesIR;
  /** The lead data as this side reads it: the same rows, in the same order, on both sides. */
  items: AsyncIterable<SourceItem>;
  /** The period cut in this contract's zone (the same label on both sides). */
  period: Period;
  asOfMs: number;
  /** The lead fields the data has a column for, once read (undefined: not known); see engine/unmeasured.ts. */
  given?: () => ReadonlySet<string> | undefined;
  /** The fields and attributes the data's columns give, once read, for the SLA conditions' fields (engine/segments.ts). */
  attributes?: () => ReadonlySet<string> | undefined;
}

export interface ImpactOptions {
  /** Input files as the user named them, for the report. */
  files: string[];
  /** The mapping both sides read the data with, by name. */
  mapping: string;
  /** SLA ids renamed from base to head (a renamed SLA is compared with itself). */
  renamedSlas?: ReadonlyMap<string, string>;
  /** Things the reader should know, as phrases (said in the reader's locale; `notes` in the JSON are their English). */
  notes?: Phrase[];
}

export interface ImpactResult {
  impact: Impact;
  /** Each side's full report, as `check` would print it. */
  reports: { base: ComplianceReport; head: ComplianceReport };
}

export async function simulateImpact(base: ImpactSide, head: ImpactSide, options: ImpactOptions): Promise<ImpactResult> {
  const renamed = options.renamedSlas ?? new Map<string, string>();
  const headIds = new Set(head.rules.slas.map((s) => s.id));
  const shared = base.rules.slas.map((s) => ({ base: s.id, head: renamed.get(s.id) ?? s.id })).filter((p) => headIds.has(p.head));
  const baseSlot = new Map(shared.map((p, i) => [p.base, i]));
  const headSlot = new Map(shared.map((p, i) => [p.head, i]));
  const k = shared.length;

  // Pass 1: the base contract, recording verdicts on the tape.
  const tape = new VerdictTape(k);
  let ordinal = -1;
  const baseRead = await evaluate(
    base.rules,
    tap(base.items, (lead) => {
      ordinal = tape.push(hashId(lead.id));
    }),
    {
      period: base.period,
      asOfMs: base.asOfMs,
      files: options.files,
      onPerLead:
        k === 0
          ? undefined
          : (row) => {
              const slot = baseSlot.get(row.ruleId);
              if (slot !== undefined) tape.set(ordinal, slot, codeOf(row));
            },
    },
  );

  // Pass 2: the head contract, comparing each lead with the tape once its verdicts are in.
  const scratch = new Uint8Array(k);
  const changedPerSla = new Array<number>(k).fill(0);
  const transitions = Array.from({ length: k }, () => new Array<number>(CODES * CODES).fill(0));
  let position = -1;
  let aligned = true;
  let leadsChanged = 0;
  let leadsCompared = 0;
  const finish = () => {
    if (position < 0 || !aligned || k === 0) return;
    let compared = false;
    let changed = false;
    for (let slot = 0; slot < k; slot++) {
      const before = tape.get(position, slot);
      const after = scratch[slot] as number;
      if (before !== NONE || after !== NONE) compared = true;
      if (before === after) continue;
      changed = true;
      changedPerSla[slot] = (changedPerSla[slot] ?? 0) + 1;
      const row = transitions[slot] as number[];
      row[before * CODES + after] = (row[before * CODES + after] ?? 0) + 1;
    }
    if (compared) leadsCompared++;
    if (changed) leadsChanged++;
  };
  const headRead = await evaluate(
    head.rules,
    tap(head.items, (lead) => {
      finish();
      position++;
      scratch.fill(NONE);
      if (position >= tape.length || tape.hash(position) !== hashId(lead.id)) aligned = false;
    }),
    {
      period: head.period,
      asOfMs: head.asOfMs,
      files: options.files,
      onPerLead:
        k === 0
          ? undefined
          : (row) => {
              const slot = headSlot.get(row.ruleId);
              if (slot !== undefined) scratch[slot] = codeOf(row);
            },
    },
  );
  finish();
  if (position + 1 !== tape.length) aligned = false;
  // Settled as `check` settles a report (app/measure.ts): an SLA whose stop event is in no
  // lead and no column is no data (engine/unmeasured.ts); a condition that cannot hold as
  // meant is said (engine/segments.ts).
  const settle = (read: ComplianceReport, s: ImpactSide) => notePending(noteSegments(settleUnmeasured(read, s.rules, s.given?.()), s.rules, s.attributes?.()));
  const baseReport = settle(baseRead, base);
  const headReport = settle(headRead, head);

  // The side-by-side tables.
  const notes = [...(options.notes ?? [])];
  if (!aligned) notes.push(say('note.unaligned'));
  const slas: SlaImpact[] = [];
  const baseSla = new Map(baseReport.slas.map((s) => [renamed.get(s.id) ?? s.id, s]));
  for (const h of headReport.slas) {
    const b = baseSla.get(h.id);
    const slot = headSlot.get(h.id);
    const row: SlaImpact = {
      id: h.id,
      name: h.name,
      owner: h.owner,
      base: b ? side(b) : null,
      head: side(h),
      leadsChanged: slot === undefined || !aligned ? null : (changedPerSla[slot] ?? 0),
      transitions: slot === undefined || !aligned ? [] : moves(transitions[slot] ?? []),
    };
    // The renderers say the old id next to the figures, so the row reads as one SLA renamed.
    if (b && b.id !== h.id) row.renamedFrom = b.id;
    slas.push(row);
  }
  for (const b of baseReport.slas) {
    if (!headIds.has(renamed.get(b.id) ?? b.id))
      slas.push({ id: b.id, name: b.name, owner: b.owner, base: side(b), head: null, leadsChanged: null, transitions: [] });
  }
  const commitments: CommitmentImpact[] = headReport.commitments.map((h) => {
    const b = baseReport.commitments.find((c) => c.id === h.id);
    return { id: h.id, owner: h.owner, base: b ? commitmentSide(b) : null, head: commitmentSide(h) };
  });
  for (const b of baseReport.commitments) {
    if (!headReport.commitments.some((c) => c.id === b.id)) commitments.push({ id: b.id, owner: b.owner, base: commitmentSide(b), head: null });
  }
  if (baseReport.input.rejected !== headReport.input.rejected)
    notes.push(say('note.rejected', { base: String(baseReport.input.rejected), head: String(headReport.input.rejected) }));
  const unmeasured = unmeasuredFindings(baseReport, headReport);
  notes.push(...unmeasured.map(unmeasuredNote));

  const { label, from, to, asOf, timezone } = headReport.period;
  const { rows, evaluated, rejected } = headReport.input;
  return {
    impact: {
      period: { label, from, to, asOf, timezone },
      input: { files: [...options.files], rows, evaluated, rejected },
      mapping: options.mapping,
      slas,
      commitments,
      handoff: { base: handoffSide(baseReport), head: handoffSide(headReport) },
      followUp: { base: followUpSide(baseReport), head: followUpSide(headReport) },
      status: { base: baseReport.status, head: headReport.status },
      leadsChanged: aligned && k > 0 ? leadsChanged : null,
      leadsCompared: aligned ? leadsCompared : 0,
      unmeasured,
      notes: notes.map((n) => renderPhrase(n, 'en')),
      noteMessages: notes,
    },
    reports: { base: baseReport, head: headReport },
  };
}

/**
 * The findings that make a figure of the tables "no data" or leave it unmeasured (a stop
 * event, a stage date or a handoff field the export lacks, a condition that matches no
 * lead, no lead in the period, a period that ends before the contract took effect), as
 * `check` says them: the impact table shows "no data"
 * only with its reason. A finding both sides have is said once (the head's count); one
 * side's alone is marked as that side's.
 */
const UNMEASURED_CODES: ReadonlySet<string> = new Set([
  'no-leads-in-period',
  'before-effective',
  'sla-stop-not-in-export',
  'stage-not-in-export',
  'handoff-fields-not-in-export',
  'condition-field-not-in-export',
  'segment-matches-none',
  'all-pending',
]);

/** Findings that explain an SLA's "no data" only when they left it with nothing to measure (a start event no lead has: its leads are excluded). */
const START_CODES: ReadonlySet<string> = new Set(['missing-start', 'start-after-as-of']);

/** A missing stage date explains a figure of the tables only when it names a commitment (the funnel is not among them). */
function explains(f: ComplianceReport['dataQuality'][number], report: ComplianceReport): boolean {
  if (START_CODES.has(f.code)) return report.slas.some((s) => s.id === f.sla && s.status === 'no-data');
  if (!UNMEASURED_CODES.has(f.code)) return false;
  return f.code !== 'stage-not-in-export' || stageParts(f.detail ?? '').commitments.length > 0;
}

function unmeasuredFindings(base: ComplianceReport, head: ComplianceReport): UnmeasuredFinding[] {
  // A start finding's detail is only the field (recycledAt): its SLA tells two of them apart.
  const key = (f: DataQualityFinding) => `${f.code}|${START_CODES.has(f.code) ? `${f.sla ?? ''}|` : ''}${f.detail ?? ''}`;
  const why = (r: ComplianceReport) => new Map(r.dataQuality.filter((f) => explains(f, r)).map((f) => [key(f), f]));
  const before = why(base);
  const after = why(head);
  const one = (f: DataQualityFinding, side: UnmeasuredFinding['side']): UnmeasuredFinding => ({
    side,
    code: f.code,
    sla: f.sla ?? null,
    count: f.count,
    detail: f.detail ?? null,
    message: f.message,
  });
  return [
    ...[...after].map(([key, f]) => one(f, before.has(key) ? 'both' : 'head')),
    ...[...before].filter(([key]) => !after.has(key)).map(([, f]) => one(f, 'base')),
  ];
}

const UNMEASURED_NOTE = { both: 'note.unmeasured', base: 'note.unmeasuredBase', head: 'note.unmeasuredHead' } as const;

function unmeasuredNote(u: UnmeasuredFinding): Phrase {
  const said = finding({ code: u.code, count: u.count, detail: u.detail ?? undefined, message: u.message });
  // A start finding's words do not name its SLA (check shows it in a column of its own).
  const named = START_CODES.has(u.code) && u.sla !== null ? say('note.slaFinding', { sla: u.sla, finding: said }) : said;
  return say(UNMEASURED_NOTE[u.side], { finding: named });
}

function side(s: ComplianceReport['slas'][number]): SlaSide {
  return {
    met: s.met,
    breached: s.breached,
    pending: s.pending,
    excluded: s.excluded,
    attainment: s.attainment,
    target: s.target,
    status: s.status,
    goalMinutes: s.goalMinutes,
    clock: s.clock,
  };
}

/** What the simulation cannot show: the export already records the outcome of these changes. */
export function unsimulatedNotes(changes: readonly Change[]): Phrase[] {
  const qualification = changes.some((c) => (c.section === 'qualification' || c.section === 'personas') && (c.bump === 'major' || c.bump === 'minor'));
  return qualification ? [say('note.unsimulated')] : [];
}

function handoffSide(r: ComplianceReport): ShareSide | null {
  return r.handoff && { leads: r.handoff.leads, ok: r.handoff.complete, rate: r.handoff.rate };
}

function followUpSide(r: ComplianceReport): ShareSide | null {
  return r.followUp && { leads: r.followUp.checked, ok: r.followUp.compliant, rate: r.followUp.rate };
}

function commitmentSide(c: ComplianceReport['commitments'][number]): CommitmentImpact['base'] {
  return { kind: c.kind, actual: c.actual, goal: c.goal, unit: c.unit, status: c.status };
}

/* ───────────────────────── the verdict tape ───────────────────────── */

/** 0: not in the SLA's cohort this period; 1..4: met, breached, pending, excluded. */
const NONE = 0;
const CODES = 5;
const CODE_NAMES: readonly VerdictOrNone[] = ['none', 'met', 'breached', 'pending', 'excluded'];
const CODE_OF: Record<Verdict, number> = { met: 1, breached: 2, pending: 3, excluded: 4 };

function codeOf(row: PerLeadRow): number {
  return CODE_OF[row.verdict];
}

function moves(counts: readonly number[]): SlaImpact['transitions'] {
  const out: SlaImpact['transitions'] = [];
  counts.forEach((leads, i) => {
    if (leads > 0) out.push({ from: CODE_NAMES[Math.floor(i / CODES)] ?? 'none', to: CODE_NAMES[i % CODES] ?? 'none', leads });
  });
  return out.sort(
    (a, b) => b.leads - a.leads || CODE_NAMES.indexOf(a.from) - CODE_NAMES.indexOf(b.from) || CODE_NAMES.indexOf(a.to) - CODE_NAMES.indexOf(b.to),
  );
}

const CHUNK = 1 << 16;

/** Per lead, in order: a hash of its id and `width` verdict codes. Grows a chunk at a time. */
export class VerdictTape {
  private readonly hashes: Uint32Array[] = [];
  private readonly codes: Uint8Array[] = [];
  length = 0;

  constructor(private readonly width: number) {}

  /** Appends a lead (all its codes "none") and returns its position. */
  push(hash: number): number {
    const i = this.length++;
    const chunk = i >>> 16;
    if (chunk === this.hashes.length) {
      this.hashes.push(new Uint32Array(CHUNK));
      this.codes.push(new Uint8Array(CHUNK * this.width));
    }
    (this.hashes[chunk] as Uint32Array)[i & (CHUNK - 1)] = hash;
    return i;
  }

  set(position: number, slot: number, code: number): void {
    (this.codes[position >>> 16] as Uint8Array)[(position & (CHUNK - 1)) * this.width + slot] = code;
  }

  get(position: number, slot: number): number {
    return (this.codes[position >>> 16] as Uint8Array)[(position & (CHUNK - 1)) * this.width + slot] ?? NONE;
  }

  hash(position: number): number {
    return (this.hashes[position >>> 16] as Uint32Array)[position & (CHUNK - 1)] ?? 0;
  }

  /** Bytes held, for the record. */
  get bytes(): number {
    return this.hashes.length * CHUNK * (4 + this.width);
  }
}

/** FNV-1a, 32 bits: enough to notice that two passes saw different leads. */
export function hashId(id: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** The same items, with a look at each lead before the engine gets it (a plain iterator: no generator per item). */
function tap(items: AsyncIterable<SourceItem>, onLead: (lead: Lead) => void): AsyncIterable<SourceItem> {
  return {
    [Symbol.asyncIterator](): AsyncIterator<SourceItem> {
      const inner = items[Symbol.asyncIterator]();
      return {
        next: () =>
          inner.next().then((r) => {
            if (!r.done && r.value.kind === 'lead') onLead(r.value.lead);
            return r;
          }),
        return: (value?: unknown) => (inner.return ? inner.return(value) : Promise.resolve({ done: true as const, value: undefined })),
      };
    },
  };
}
