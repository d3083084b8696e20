import { pointerOf, type Finding } from '../diagnostics.js';
import { computeFunnel, stepArithmetic, type Funnel } from '../funnel.js';
import { conversionRate } from '../../shared/quantities.js';
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
    const revenue = c.targets?.revenue ?? 0;
    if (revenue > MAX_MONEY) {
      findings.push({
        code: 'funnel-out-of-range',
        pointer: '/targets/revenue',
        message: `a revenue target of ${compact(revenue)} a ${targetPeriod} is beyond any plan revpact can work back (at most ${compact(MAX_MONEY)})`,
        suggest: 'check the number of digits, or write the target in a larger currency unit',
      });
      return findings;
    }
    // Counts no funnel has (a deal size of 1e-320, one deal in 1e308 leads): the documents said ∞ and rules.json null.
    for (const step of funnel.steps) {
      if (Number.isSafeInteger(step.needed) && step.needed <= MAX_COUNT) continue;
      const b = step.basis;
      const i = (c.targets?.conversions ?? []).findIndex((x) => b.kind === 'conversion' && x.from === b.from && x.to === b.to);
      const pointer =
        b.kind === 'deals-stated'
          ? '/targets/deals'
          : b.kind === 'deals-from-revenue'
            ? '/targets/dealSize'
            : pointerOf(['targets', 'conversions', i, b.oneIn !== undefined ? 'oneIn' : 'rate']);
      findings.push({
        code: 'funnel-out-of-range',
        pointer,
        message: `the target would need ${compact(step.needed)} ${step.stage} a ${targetPeriod}, more than any funnel holds (at most ${compact(MAX_COUNT)})`,
        suggest:
          b.kind === 'deals-from-revenue'
            ? 'check dealSize: it is the average deal in the contract’s currency'
            : 'check the number: a rate is a share such as 12.5%, oneIn a count such as 8',
      });
      return findings;
    }
    // A rate of 0: no lead of `from` ever reaches `to`, so no number of them meets the target.
    // The walk back cannot divide by it and stopped there without a word: the documents listed
    // the 0% among the rates and left that stage out of the arithmetic, and a commitment on it
    // was said to have "no conversion rate".
    (c.targets?.conversions ?? []).forEach((x, i) => {
      if (conversionRate(x) !== 0 || funnel.needed[x.to] === undefined || funnel.needed[x.from] !== undefined) return;
      findings.push({
        code: 'funnel-out-of-range',
        pointer: pointerOf(['targets', 'conversions', i, 'rate']),
        message: `a conversion rate of 0% from "${x.from}" to "${x.to}": no ${x.from} would ever become ${x.to}, so no number of ${x.from} reaches the revenue target`,
        suggest: 'write the rate the teams expect (e.g. 12.5%), or remove this conversion',
      });
    });
    if (findings.length > 0) return findings;
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

/** The most a revenue target may be: beyond it a plan cannot be real (and amounts stop being exact). */
const MAX_MONEY = 1e18;
/** The most deals or leads a target may need in a period. */
const MAX_COUNT = 1e12;

/** A large number in few characters: 1e+308, 12,000,000. */
function compact(n: number): string {
  return Number.isFinite(n) && n < 1e21 ? n.toLocaleString('en-US', { maximumFractionDigits: 2 }) : n.toPrecision(3);
}

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
