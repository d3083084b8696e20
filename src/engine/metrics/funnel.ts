/**
 * Funnel conversion over cohorts (DESIGN.md §4): for each step, the leads that entered
 * `from` in the period; of those, the ones that reached `to` or any later lifecycle stage
 * by as-of (skipped stages count as passed), the ones that left (lost, disqualified or
 * recycled) without converting, and the ones still open. Steps: each pair of consecutive
 * lifecycle stages, then every pair `targets.conversions` names that is not one of them.
 */
import type { FunnelRow } from '../types.js';
import { EXIT_FIELDS, ratio, reachedBy, timeIndex, type EvalContext, type Times } from './context.js';

interface Step {
  from: string;
  to: string;
  fromField: number;
  reached: readonly number[];
  target: number | null;
  entered: number;
  converted: number;
  exited: number;
}

const EXITS = EXIT_FIELDS.map(timeIndex);

export class FunnelMetric {
  private readonly steps: Step[] = [];

  constructor(private readonly ctx: EvalContext) {
    const targets = ctx.rules.targets?.conversions ?? [];
    const targetOf = (from: string, to: string) => targets.find((t) => t.from === from && t.to === to)?.rate ?? null;
    const add = (from: string, to: string) => {
      if (this.steps.some((s) => s.from === from && s.to === to)) return;
      const stage = ctx.stageById.get(from);
      if (!stage || !ctx.stageById.has(to)) return;
      this.steps.push({
        from,
        to,
        fromField: timeIndex(stage.field),
        reached: ctx.reachedFields(to).map(timeIndex),
        target: targetOf(from, to),
        entered: 0,
        converted: 0,
        exited: 0,
      });
    };
    for (let i = 1; i < ctx.lifecycle.length; i++) add((ctx.lifecycle[i - 1] as { id: string }).id, (ctx.lifecycle[i] as { id: string }).id);
    for (const t of targets) add(t.from, t.to);
  }

  add(times: Times): void {
    const { asOfMs } = this.ctx;
    for (const s of this.steps) {
      const t = times[s.fromField] as number;
      if (!this.ctx.inPeriod(t) || t > asOfMs) continue;
      s.entered++;
      if (reachedBy(times, s.reached, asOfMs)) s.converted++;
      else if (reachedBy(times, EXITS, asOfMs)) s.exited++;
    }
  }

  /** The stage each step converts to, in step order. */
  targets(): { to: string }[] {
    return this.steps.map((s) => ({ to: s.to }));
  }

  /** Per step: entered, converted, exited (see SlaState). */
  state(): number[][] {
    return this.steps.map((s) => [s.entered, s.converted, s.exited]);
  }

  absorb(state: readonly number[][]): void {
    this.steps.forEach((s, i) => {
      const [entered = 0, converted = 0, exited = 0] = state[i] ?? [];
      s.entered += entered;
      s.converted += converted;
      s.exited += exited;
    });
  }

  result(): FunnelRow[] {
    return this.steps.map((s) => {
      const rate = ratio(s.converted, s.entered);
      return {
        from: s.from,
        to: s.to,
        entered: s.entered,
        converted: s.converted,
        exited: s.exited,
        open: s.entered - s.converted - s.exited,
        rate,
        target: s.target,
        // Without a stated rate there is nothing to pass or fail.
        status: rate === null || s.target === null ? 'no-data' : rate >= s.target ? 'pass' : 'fail',
      };
    });
  }
}
