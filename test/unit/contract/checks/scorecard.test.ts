import { describe, expect, it } from 'vitest';
import { scorecard } from '../../../../src/contract/checks/scorecard.js';
import { expectQuietOnValidContracts, minimalWith, shaped, where } from '../../../helpers/contracts.js';

const card = (extra: string) =>
  shaped(
    minimalWith(`
scorecard:
  needs:
    marketing: [{ id: feedback, need: Feedback on every rejected lead }]
    sales: [{ id: volume, need: Enough qualified leads }]
${extra}`),
  );

describe('check: scorecard', () => {
  it('stays quiet on the valid contracts', () => {
    expectQuietOnValidContracts(scorecard);
  });

  it('stays quiet without a scale or without commentBelow, and on a grade of the scale', () => {
    expect(scorecard.run(card(''))).toEqual([]);
    expect(scorecard.run(card('  commentBelow: B'))).toEqual([]);
    expect(scorecard.run(card('  scale: [{ grade: A }, { grade: F }]'))).toEqual([]);
    expect(scorecard.run(card('  scale: [{ grade: A }, { grade: B+ }, { grade: F }]\n  commentBelow: B+'))).toEqual([]);
  });

  it('reports a commentBelow grade that is not on the scale', () => {
    const findings = scorecard.run(card('  scale: [{ grade: A }, { grade: B }, { grade: C }, { grade: F }]\n  commentBelow: D'));
    expect(where(findings)).toEqual([['unresolved-reference', '/scorecard/commentBelow']]);
    expect(findings[0]?.message).toBe('grade "D" is not on the scale (A, B, C, F)');
  });
});
