import { pointerOf, type Finding } from '../diagnostics.js';
import { STAGE_KINDS, stageKind } from '../events.js';
import type { RevpactContract } from '../types.generated.js';
import type { Check } from './types.js';

/** Each stage maps to one standard lifecycle stage, and no two stages map to the same one. */
export const stages: Check = {
  id: 'stages',
  run(c: RevpactContract) {
    const findings: Finding[] = [];
    const seen = new Map<string, string>();
    const ids = new Set<string>();
    c.stages.forEach((s, i) => {
      // A repeated id is the unique-ids check's finding; one finding is enough.
      if (ids.has(s.id)) return;
      ids.add(s.id);
      const kind = stageKind(s);
      if (!kind) {
        findings.push({
          code: 'invalid-stage',
          pointer: pointerOf(['stages', i, 'id']),
          message: `stage "${s.id}" is not a standard stage, so it needs a kind`,
          suggest: `add kind: one of ${STAGE_KINDS.join(', ')}`,
        });
        return;
      }
      const other = seen.get(kind);
      if (other) {
        findings.push({
          code: 'invalid-stage',
          pointer: pointerOf(['stages', i, s.kind ? 'kind' : 'id']),
          message: `stages "${other}" and "${s.id}" are both of kind "${kind}"; the lead data has one timestamp per kind`,
          suggest: 'merge the two stages, or give this one another kind',
        });
      } else {
        seen.set(kind, s.id);
      }
    });
    return findings;
  },
};
