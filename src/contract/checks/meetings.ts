import { pointerOf, type Finding } from '../diagnostics.js';
import type { RevpactContract } from '../types.generated.js';
import type { Check } from './types.js';

/**
 * A meeting both teams can hold: `attendees: []` named no team, and the document then
 * printed an empty "Attendees:" line while the calendar invited nobody. Leaving the key
 * out means both teams, so an empty list is a slip, not a choice.
 */
export const meetings: Check = {
  id: 'meetings',
  run(c: RevpactContract) {
    const findings: Finding[] = [];
    c.reporting?.meetings?.forEach((m, i) => {
      if (m.attendees !== undefined && m.attendees.length === 0)
        findings.push({
          code: 'invalid-range',
          pointer: pointerOf(['reporting', 'meetings', i, 'attendees']),
          message: `meeting "${m.id}" lists no attendees: no team would meet`,
          suggest: 'write attendees: [both], [marketing] or [sales], or leave it out for both teams',
        });
    });
    return findings;
  },
};
