import { pointerOf, type Finding } from '../diagnostics.js';
import { parsePercentage } from '../../shared/quantities.js';
import type { RevpactContract } from '../types.generated.js';
import type { Check } from './types.js';

type Path = (string | number)[];

/** Shares written as "150%" pass the schema's pattern but mean nothing. */
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
    c.slas?.forEach((s, i) => check(s.target, ['slas', i, 'target']));
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
