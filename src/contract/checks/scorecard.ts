import type { Finding } from '../diagnostics.js';
import type { RevpactContract } from '../types.generated.js';
import type { Check } from './types.js';

/** The grade that triggers a required comment must be on the scale. */
export const scorecard: Check = {
  id: 'scorecard',
  run(c: RevpactContract) {
    const card = c.scorecard;
    if (!card?.commentBelow || !card.scale) return [];
    const grades = card.scale.map((g) => g.grade);
    if (grades.includes(card.commentBelow)) return [];
    const finding: Finding = {
      code: 'unresolved-reference',
      pointer: '/scorecard/commentBelow',
      message: `grade "${card.commentBelow}" is not on the scale (${grades.join(', ')})`,
      suggest: 'use one of the grades listed under scorecard.scale',
    };
    return [finding];
  },
};
