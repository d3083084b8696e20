import { describe, expect, it } from 'vitest';
import { stages } from '../../../../src/contract/checks/stages.js';
import { MINIMAL_YAML, expectQuietOnValidContracts, shaped, where } from '../../../helpers/contracts.js';

const withStages = (list: string) => shaped(MINIMAL_YAML.replace(/\nstages:\n(?: {2}- .*\n)+/, `\nstages:\n${list}\n`));

describe('check: stages', () => {
  it('stays quiet on the valid contracts', () => {
    expectQuietOnValidContracts(stages);
  });

  it('stays quiet on renamed stages that say their kind', () => {
    expect(stages.run(withStages('  - { id: prospect, kind: lead, owner: marketing }\n  - { id: won, kind: customer, owner: sales }'))).toEqual([]);
  });

  it('reports a stage whose kind cannot be told, at its id', () => {
    const findings = stages.run(withStages('  - { id: lead, owner: marketing }\n  - { id: prospect, owner: marketing }'));
    expect(where(findings)).toEqual([['invalid-stage', '/stages/1/id']]);
    expect(findings[0]?.suggest).toBe('add kind: one of lead, mql, sal, sql, opportunity, customer, lost, recycled, disqualified');
  });

  it('reports two stages of one kind, at the kind when written and at the id otherwise', () => {
    const byKind = stages.run(withStages('  - { id: won, kind: customer, owner: sales }\n  - { id: closed, kind: customer, owner: sales }'));
    expect(where(byKind)).toEqual([['invalid-stage', '/stages/1/kind']]);
    expect(byKind[0]?.message).toBe('stages "won" and "closed" are both of kind "customer"; the lead data has one timestamp per kind');
    const byId = stages.run(withStages('  - { id: won, kind: customer, owner: sales }\n  - { id: customer, owner: sales }'));
    expect(where(byId)).toEqual([['invalid-stage', '/stages/1/id']]);
  });
});
