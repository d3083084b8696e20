import { pointerOf, type Finding } from '../diagnostics.js';
import { parsePercentage } from '../../shared/quantities.js';
import type { RevpactContract } from '../types.generated.js';
import type { Check } from './types.js';

type Path = (string | number)[];

/** Shares written as "150%" pass the schema's pattern but mean nothing; an SLA target of "0.95%" is a ratio with a percent sign. */
export const percentages: Check = {
  id: 'percentages',
  run(c: RevpactContract) {
    const findings: Finding[] = [];
    const check = (value: number | string | undefined, path: Path) => {
      if (value === undefined) return;
      const ratio = parsePercentage(value);
      if (ratio !== undefined && ratio <= 1) return;
      findings.push({
        code: 'invalid-percentage',
        pointer: pointerOf(path),
        message: `${JSON.stringify(value)} is more than 100%`,
        suggest: 'a share is between 0% and 100%',
      });
    };
    c.slas?.forEach((s, i) => {
      check(s.target, ['slas', i, 'target']);
      // "0.95%": a ratio with a percent sign, read as less than one lead in a hundred on time.
      // A conversion rate may be that small; an SLA's share of leads handled in time is not.
      const written = typeof s.target === 'string' ? Number(s.target.slice(0, -1)) : undefined;
      if (written !== undefined && written > 0 && written < 1) {
        const meant = `${Math.round(written * 100 * 1e6) / 1e6}%`;
        findings.push({
          code: 'implausible-target',
          pointer: pointerOf(['slas', i, 'target']),
          message: `SLA "${s.id}" aims at ${String(s.target)} of its leads in time: fewer than one in a hundred`,
          suggest: `if ${meant} was meant, write ${meant}, or the ratio ${written} without %`,
        });
      }
    });
    c.commitments?.forEach((cm, i) => cm.kind === 'conversion' && check(cm.goal, ['commitments', i, 'goal']));
    c.targets?.conversions?.forEach((cv, i) => check(cv.rate, ['targets', 'conversions', i, 'rate']));
    if (c.qualification?.scoring?.decay) check(c.qualification.scoring.decay.by, ['qualification', 'scoring', 'decay', 'by']);
    c.targets?.conversions?.forEach((cv, i) => {
      if ((cv.rate === undefined) === (cv.oneIn === undefined)) {
        findings.push({
          code: 'missing-field',
          pointer: pointerOf(['targets', 'conversions', i]),
          atKey: true,
          message: cv.rate === undefined ? 'a conversion needs a rate or oneIn' : 'a conversion has either a rate or oneIn, not both',
          suggest: 'write rate: 12.5% or oneIn: 8',
        });
      }
    });
    return findings;
  },
};
