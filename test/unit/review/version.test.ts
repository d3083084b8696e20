/**
 * The version policy (issue 5): tightening an obligation or removing a clause needs a
 * major bump; loosening or adding something optional a minor; wording, descriptions and
 * meetings a patch. The diff reports the required bump, the actual one, and whether it
 * is enough.
 */
import { describe, expect, it } from 'vitest';
import { diffRules } from '../../../src/review/diff.js';
import { actualBump, checkVersion, suggestedVersion } from '../../../src/review/version.js';
import { at, b2b, rulesOf } from './helpers.js';
import type { RevpactContract } from '../../../src/contract/types.generated.js';
import type { Change } from '../../../src/review/types.js';

function review(edit: (c: RevpactContract) => void, version: string) {
  const base = b2b();
  const head = structuredClone(base);
  edit(head);
  head.metadata.version = version;
  const changes = diffRules(rulesOf(base), rulesOf(head));
  return checkVersion(changes, base.metadata.version, head.metadata.version);
}

describe('the bump made', () => {
  it.each([
    ['2.3.0', '3.0.0', 'major'],
    ['2.3.0', '2.4.0', 'minor'],
    ['2.3.0', '2.3.1', 'patch'],
    ['2.3.0', '2.3.0', 'none'],
    ['2.3.0', '2.2.9', 'downgrade'],
    ['2.3.0', '3.0.0-rc.1', 'major'],
    ['2.3.0', '2.3.0+build.7', 'none'],
    ['0.9.0', '1.0.0', 'major'],
  ])('%s → %s is %s', (from, to, bump) => {
    expect(actualBump(from, to)).toBe(bump);
  });

  // Before: 3.0.0-rc.1 → 3.0.0 was a patch, so the version the review itself suggested
  // ("a major bump (3.0.0 or later)") was then refused as not enough.
  it.each([
    ['3.0.0-rc.1', '3.0.0', 'major'],
    ['3.0.0-rc.1', '3.0.0-rc.2', 'major'],
    ['2.4.0-rc.1', '2.4.0', 'minor'],
    ['2.3.1-beta', '2.3.1', 'patch'],
    ['2.4.0-rc.1', '2.4.1', 'minor'],
    ['3.0.0-rc.1', '3.0.1', 'major'],
    ['3.0.0-rc.1', '3.1.0', 'major'],
    ['2.3.1-beta', '2.3.2', 'patch'],
    ['3.0.0-rc.2', '3.0.0-rc.1', 'downgrade'],
  ])('from a prerelease, %s → %s is %s: the bump the prerelease leads to', (from, to, bump) => {
    expect(actualBump(from, to)).toBe(bump);
  });

  it('the version suggested after a prerelease is enough by its own verdict', () => {
    for (const from of ['3.0.0-rc.1', '2.4.0-rc.1', '2.3.1-beta.2'])
      for (const required of ['major', 'minor', 'patch'] as const) {
        const next = suggestedVersion(from, required) ?? '';
        expect(checkVersion([{ bump: required } as Change], from, next), `${from} + ${required} → ${next}`).toMatchObject({ ok: true });
      }
  });

  it('suggests the smallest version that is enough', () => {
    expect(suggestedVersion('2.3.0', 'major')).toBe('3.0.0');
    expect(suggestedVersion('2.3.0', 'minor')).toBe('2.4.0');
    expect(suggestedVersion('2.3.0', 'patch')).toBe('2.3.1');
  });
});

describe('the bump needed, and whether the one made is enough', () => {
  it('a tightening released as a minor is reported as not enough', () => {
    expect(review((c) => void (at(c.slas, 'first-touch').goal = '30m'), '2.4.0')).toEqual({
      required: 'major',
      actual: 'minor',
      ok: false,
      from: '2.3.0',
      to: '2.4.0',
    });
  });

  it('the same tightening as a major is enough', () => {
    expect(review((c) => void (at(c.slas, 'first-touch').target = '98%'), '3.0.0')).toMatchObject({ required: 'major', actual: 'major', ok: true });
  });

  it('removing a clause needs a major even though it loosens', () => {
    expect(review((c) => void (c.commitments = c.commitments?.filter((x) => x.id !== 'pipeline')), '2.4.0')).toMatchObject({ required: 'major', ok: false });
  });

  it('loosening needs a minor: a minor is enough, a patch is not', () => {
    expect(review((c) => void (at(c.slas, 'first-touch').goal = '2bh'), '2.4.0')).toMatchObject({ required: 'minor', actual: 'minor', ok: true });
    expect(review((c) => void (at(c.slas, 'first-touch').goal = '2bh'), '2.3.1')).toMatchObject({ required: 'minor', actual: 'patch', ok: false });
  });

  it('adding something optional (a persona, a metric) needs a minor', () => {
    expect(review((c) => void c.personas?.push({ id: 'pmo-lead', name: 'PMO lead' }), '2.3.1')).toMatchObject({ required: 'minor', ok: false });
  });

  it('wording, descriptions and meetings need a patch; a major is more than enough', () => {
    expect(review((c) => void (at(c.slas, 'first-touch').description = 'Fast first contact.'), '2.3.1')).toMatchObject({
      required: 'patch',
      actual: 'patch',
      ok: true,
    });
    expect(review((c) => void (at(c.reporting?.meetings, 'pipeline-review').day = 'tue'), '2.3.1')).toMatchObject({ required: 'patch', ok: true });
    expect(review((c) => void (at(c.reporting?.meetings, 'pipeline-review').day = 'tue'), '3.0.0')).toMatchObject({
      required: 'patch',
      actual: 'major',
      ok: true,
    });
  });

  it('a change without a new version is not enough; no change needs none', () => {
    expect(review((c) => void (c.metadata.description = 'Shorter.'), '2.3.0')).toMatchObject({ required: 'patch', actual: 'none', ok: false });
    expect(review(() => undefined, '2.3.0')).toMatchObject({ required: 'none', actual: 'none', ok: true });
  });

  it('a lower version is never enough', () => {
    expect(review(() => undefined, '2.2.0')).toMatchObject({ actual: 'downgrade', ok: false });
  });

  it('the largest bump of several changes is the one needed', () => {
    const v = review((c) => {
      at(c.slas, 'first-touch').goal = '2bh'; // minor
      c.metadata.description = 'Shorter.'; // patch
      c.handoff?.requiredFields.push({ field: 'budget' }); // major
    }, '2.4.0');
    expect(v).toMatchObject({ required: 'major', actual: 'minor', ok: false });
  });
});
