import { pointerOf, type Finding } from '../diagnostics.js';
import { stageKind } from '../events.js';
import type { RevpactContract } from '../types.generated.js';
import type { Check } from './types.js';

/**
 * Revenue is counted when leads become customers, pipeline when they become
 * opportunities (or SQLs): the lifecycle must have that stage.
 */
export const commitments: Check = {
  id: 'commitments',
  run(c: RevpactContract) {
    const kinds = new Set(c.stages.map(stageKind));
    const findings: Finding[] = [];
    c.commitments?.forEach((cm, i) => {
      if (cm.kind === 'revenue' && !kinds.has('customer')) {
        findings.push({
          code: 'unresolved-reference',
          pointer: pointerOf(['commitments', i, 'kind']),
          message: `revenue commitment "${cm.id}" counts won deals, but no stage is of kind customer`,
          suggest: 'add a stage with kind: customer',
        });
      }
      if (cm.kind === 'pipeline' && cm.stage === undefined && !kinds.has('opportunity') && !kinds.has('sql')) {
        findings.push({
          code: 'unresolved-reference',
          pointer: pointerOf(['commitments', i]),
          atKey: true,
          message: `pipeline commitment "${cm.id}" has no stage, and the lifecycle has no opportunity or sql stage to count`,
          suggest: 'add stage: the stage whose entries make pipeline',
        });
      }
    });
    return findings;
  },
};
