/**
 * The reverse funnel: from the revenue target back to the leads each stage needs
 * (100,000 ÷ 6,667 → 15 deals; 15 × 8 → 120 qualified leads). Pure arithmetic, shared
 * by the checker (consistency warnings) and the compiler (the documents show the steps).
 */
import { stageKind } from './events.js';
import { conversionRate } from '../shared/quantities.js';
import type { RevpactContract } from './types.generated.js';

export interface FunnelStep {
  /** Stage whose need this step computes. */
  stage: string;
  needed: number;
  /** How it was derived. */
  basis:
    | { kind: 'deals-from-revenue'; revenue: number; dealSize: number; exact: number }
    | { kind: 'deals-stated' }
    | { kind: 'conversion'; from: string; to: string; toNeeded: number; rate: number; oneIn?: number; exact: number };
}

export interface Funnel {
  period: string;
  revenue: number;
  deals?: number;
  /** The stage of kind `customer`, where deals are counted. */
  customerStage?: string;
  steps: FunnelStep[];
  /** Needed count per stage id, for every stage the conversions reach. */
  needed: Record<string, number>;
}

/** Rounds up, forgiving the last bits of floating-point error (15 ÷ 0.125 must stay 120). */
function ceilCount(x: number): number {
  // + 0: Math.ceil of a hair below zero is -0, which documents printed as "-0 deals".
  return Math.ceil(x - 1e-9) + 0;
}

export function computeFunnel(contract: Pick<RevpactContract, 'targets' | 'stages'>): Funnel | undefined {
  const t = contract.targets;
  if (!t) return undefined;
  const customer = contract.stages.find((s) => stageKind(s) === 'customer')?.id;
  const funnel: Funnel = { period: t.period, revenue: t.revenue, customerStage: customer, steps: [], needed: {} };
  let deals: number | undefined;
  if (t.deals !== undefined) {
    deals = t.deals;
    if (customer) funnel.steps.push({ stage: customer, needed: deals, basis: { kind: 'deals-stated' } });
  } else if (t.dealSize !== undefined && t.dealSize > 0) {
    const exact = t.revenue / t.dealSize;
    deals = ceilCount(exact);
    if (customer) funnel.steps.push({ stage: customer, needed: deals, basis: { kind: 'deals-from-revenue', revenue: t.revenue, dealSize: t.dealSize, exact } });
  }
  funnel.deals = deals;
  if (deals === undefined || !customer) return funnel;
  funnel.needed[customer] = deals;

  // Walk the conversions backwards from the customer stage; each pass resolves the
  // stages whose `to` is already known. Bounded by the number of conversions.
  const conversions = t.conversions ?? [];
  for (let pass = 0; pass < conversions.length; pass++) {
    let progressed = false;
    for (const c of conversions) {
      const toNeeded = funnel.needed[c.to];
      if (toNeeded === undefined || funnel.needed[c.from] !== undefined) continue;
      const rate = conversionRate(c);
      if (rate === undefined || rate <= 0) continue;
      const exact = c.oneIn !== undefined ? toNeeded * c.oneIn : toNeeded / rate;
      const needed = ceilCount(exact);
      funnel.needed[c.from] = needed;
      funnel.steps.push({ stage: c.from, needed, basis: { kind: 'conversion', from: c.from, to: c.to, toNeeded, rate, oneIn: c.oneIn, exact } });
      progressed = true;
    }
    if (!progressed) break;
  }
  return funnel;
}

/** The arithmetic of one step, as the warning and the documents print it. */
export function stepArithmetic(step: FunnelStep, format: (n: number) => string = (n) => n.toLocaleString('en-US', { maximumFractionDigits: 2 })): string {
  const b = step.basis;
  switch (b.kind) {
    case 'deals-from-revenue':
      return `${format(b.revenue)} ÷ ${format(b.dealSize)} = ${format(b.exact)} → ${format(step.needed)} deals`;
    case 'deals-stated':
      return `${format(step.needed)} deals`;
    case 'conversion':
      return b.oneIn !== undefined
        ? `${format(b.toNeeded)} × ${format(b.oneIn)} = ${format(step.needed)} ${b.from}`
        : `${format(b.toNeeded)} ÷ ${format(b.rate * 100)}% = ${format(b.exact)} → ${format(step.needed)} ${b.from}`;
  }
}
