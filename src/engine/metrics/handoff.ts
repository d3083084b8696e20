/**
 * Handoff completeness (DESIGN.md §4): of the leads entering the handoff stage in the
 * period, the share carrying every required field (a canonical field or an attribute,
 * present and not blank), and how often each field was missing.
 */
import type { HandoffResult } from '../types.js';
import { fieldGetter, isMissing, type FieldGetter } from '../condition.js';
import type { Lead } from '../../leads/lead.js';
import { ratio, timeIndex, type EvalContext, type Times } from './context.js';

export class HandoffMetric {
  private readonly rule: NonNullable<EvalContext['rules']['handoff']>;
  private readonly fields: { field: string; get: FieldGetter; missing: number }[];
  private readonly field: number;
  private leads = 0;
  private complete = 0;

  constructor(private readonly ctx: EvalContext) {
    const rule = ctx.rules.handoff;
    if (!rule) throw new Error('HandoffMetric: the contract has no handoff');
    this.rule = rule;
    this.field = timeIndex(rule.field);
    this.fields = rule.requiredFields.map((r) => ({ field: r.field, get: fieldGetter(r.field), missing: 0 }));
  }

  add(lead: Lead, times: Times): void {
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

  result(): HandoffResult {
    return {
      stage: this.rule.stage,
      leads: this.leads,
      complete: this.complete,
      rate: ratio(this.complete, this.leads),
      missing: this.fields.map((f) => ({ field: f.field, count: f.missing })),
    };
  }
}
