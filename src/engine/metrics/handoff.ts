/**
 * Handoff completeness (DESIGN.md §4): of the leads entering the handoff stage in the
 * period, the share carrying every required field (a canonical field or an attribute,
 * present and not blank), and how often each field was missing.
 *
 * A required field that no lead of the whole export has is not a handoff failure but a
 * field the export does not carry (issue 13, item 27): completeness is then not measured
 * (rate null) and the field is named, instead of a 0% that blames the teams.
 */
import type { DataQualityFinding, HandoffResult } from '../types.js';
import { message, SEVERITY } from './data-quality.js';
import { fieldGetter, isMissing, type FieldGetter } from '../condition.js';
import type { Lead } from '../../leads/lead.js';
import { ratio, timeIndex, type EvalContext, type Times } from './context.js';

/** What a HandoffMetric counted (see SlaState): per required field, leads missing it and whether any lead had it. */
export interface HandoffState {
  leads: number;
  complete: number;
  fields: { missing: number; seen: boolean }[];
}

export class HandoffMetric {
  private readonly rule: NonNullable<EvalContext['rules']['handoff']>;
  private readonly fields: { field: string; get: FieldGetter; missing: number; seen: boolean }[];
  private unseen: number;
  private readonly field: number;
  private leads = 0;
  private complete = 0;

  constructor(private readonly ctx: EvalContext) {
    const rule = ctx.rules.handoff;
    if (!rule) throw new Error('HandoffMetric: the contract has no handoff');
    this.rule = rule;
    this.field = timeIndex(rule.field);
    this.fields = rule.requiredFields.map((r) => ({ field: r.field, get: fieldGetter(r.field), missing: 0, seen: false }));
    this.unseen = this.fields.length;
  }

  add(lead: Lead, times: Times): void {
    // Whether the export carries each field at all, over every lead (until all are seen).
    if (this.unseen > 0) {
      for (const f of this.fields) {
        if (!f.seen && !isMissing(f.get(lead))) {
          f.seen = true;
          this.unseen--;
        }
      }
    }
    const t = times[this.field] as number;
    if (!this.ctx.inPeriod(t) || t > this.ctx.asOfMs) return;
    this.leads++;
    let complete = true;
    for (const f of this.fields) {
      if (isMissing(f.get(lead))) {
        f.missing++;
        complete = false;
      }
    }
    if (complete) this.complete++;
  }

  state(): HandoffState {
    return { leads: this.leads, complete: this.complete, fields: this.fields.map((f) => ({ missing: f.missing, seen: f.seen })) };
  }

  absorb(s: HandoffState): void {
    this.leads += s.leads;
    this.complete += s.complete;
    this.fields.forEach((f, i) => {
      const other = s.fields[i];
      if (other === undefined) return;
      f.missing += other.missing;
      if (other.seen && !f.seen) {
        f.seen = true;
        this.unseen--;
      }
    });
  }

  result(): HandoffResult {
    return handoffResult(
      this.rule.stage,
      { leads: this.leads, complete: this.complete },
      this.fields.map((f) => ({ field: f.field, count: f.missing, seen: f.seen })),
    );
  }
}

/** The handoff result from what was counted; the streaming and the SQL engines both end here. */
export function handoffResult(
  stage: string,
  tally: { leads: number; complete: number },
  fields: { field: string; count: number; seen: boolean }[],
): HandoffResult {
  const notInExport = fields.filter((f) => !f.seen).map((f) => f.field);
  return {
    stage,
    leads: tally.leads,
    complete: tally.complete,
    rate: notInExport.length > 0 ? null : ratio(tally.complete, tally.leads),
    missing: fields.map((f) => ({ field: f.field, count: f.count })),
    notInExport,
  };
}

/**
 * The handoff result as reported once the leads read are known: with no lead at all (every
 * row rejected, or none there), nothing says which fields the export carries, so none is
 * named as missing from it (the report would send the user to map columns that are there).
 */
export function handoffOfRead(h: HandoffResult | null, evaluated: number): HandoffResult | null {
  if (h === null || evaluated > 0 || h.notInExport.length === 0) return h;
  return { ...h, notInExport: [], rate: ratio(h.complete, h.leads) };
}

/** The finding that names the required fields the export does not carry, or null when it carries them all (or holds no lead). */
export function handoffFinding(h: HandoffResult | null, evaluated: number): DataQualityFinding | null {
  if (h === null || h.notInExport.length === 0 || evaluated === 0) return null;
  const code = 'handoff-fields-not-in-export';
  const detail = `${h.stage}|${h.notInExport.join(', ')}`;
  return { code, severity: SEVERITY[code], count: h.leads, message: message(code, h.leads, detail), examples: [], detail };
}
