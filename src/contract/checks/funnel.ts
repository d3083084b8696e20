import { pointerOf, type Finding } from '../diagnostics.js';
import { computeFunnel, stepArithmetic, type Funnel } from '../funnel.js';
import type { RevpactContract } from '../types.generated.js';
import type { Check } from './types.js';

/**
 * A volume commitment that cannot reach the revenue target under the stated rates is a
 * warning that shows the arithmetic: the teams may agree to it, but they should see it.
 */
export const funnelConsistency: Check = {
  id: 'funnel',
  run(c: RevpactContract) {
    const funnel = computeFunnel(c);
    if (!funnel) return [];
    const findings: Finding[] = [];
    if (funnel.deals === undefined) {
      if ((c.targets?.conversions ?? []).length > 0) {
        findings.push({
          code: 'funnel-incomplete',
          pointer: '/targets',
          atKey: true,
          message: 'the targets give conversion rates but neither dealSize nor deals, so no stage need can be worked out',
          suggest: 'add dealSize (average deal) or deals (deals per period)',
        });
      }
      return findings;
    }
    const targetPeriod = c.targets?.period ?? 'month';
    c.commitments?.forEach((cm, i) => {
      // A segment's commitment (`when`) covers part of the funnel; the target speaks of the whole.
      if (cm.kind !== 'volume' || cm.when) return;
      if ((cm.period ?? targetPeriod) !== targetPeriod) return;
      const needed = funnel.needed[cm.stage];
      if (needed === undefined) {
        findings.push({
          code: 'funnel-incomplete',
          pointer: pointerOf(['commitments', i, 'stage']),
          message: `no conversion rate leads from "${cm.stage}" to won deals, so this commitment cannot be checked against the revenue target`,
          suggest: `add targets.conversions from ${cm.stage} towards ${funnel.customerStage ?? 'the customer stage'}`,
        });
        return;
      }
      if (cm.goal < needed) {
        findings.push({
          code: 'funnel-inconsistent',
          pointer: pointerOf(['commitments', i, 'goal']),
          message: `commitment "${cm.id}" promises ${cm.goal} ${cm.stage} per ${targetPeriod}, but the revenue target needs ${needed}: ${explain(funnel, cm.stage)}`,
          suggest: `raise the goal to ${needed}, or revise the target or the rates`,
        });
      }
    });
    return findings;
  },
};

/** The chain of steps from the deals down to `stage`. */
export function explain(funnel: Funnel, stage: string): string {
  const chain = [];
  let current: string | undefined = stage;
  while (current) {
    const step = funnel.steps.find((s) => s.stage === current);
    if (!step) break;
    chain.unshift(stepArithmetic(step));
    current = step.basis.kind === 'conversion' ? step.basis.to : undefined;
  }
  return chain.join('; ');
}
