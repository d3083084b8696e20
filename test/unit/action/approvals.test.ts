import { describe, expect, it } from 'vitest';
import { approversOfData, decideSide, latestReviews, ownerOf, statusOf, verdictNote, type Approvers, type Review } from '../../../src/action/approvals.js';
import { frameText } from '../../../src/action/messages.js';

const HEAD = 'h'.repeat(40);
const OLD = 'o'.repeat(40);
const pr = { headSha: HEAD, author: 'revops' };
const marketing: Approvers = { side: 'marketing', owner: ownerOf('laia'), delegates: ['nuria'] };
const salesTeam: Approvers = { side: 'sales', owner: ownerOf('@planfold/sales-leads'), delegates: [] };
const review = (login: string, state: string, commitId = HEAD, submittedAt = '2026-11-20T10:00:00Z'): Review => ({ login, state, commitId, submittedAt });

describe('the approval of one side', () => {
  it('reads owners as users or org/team', () => {
    expect(ownerOf('@Laia')).toEqual({ kind: 'user', login: 'Laia' });
    expect(ownerOf('@planfold/sales-leads')).toEqual({ kind: 'team', org: 'planfold', slug: 'sales-leads' });
  });

  it('counts only each person’s latest review that is not a comment', () => {
    const latest = latestReviews([
      review('laia', 'APPROVED', HEAD, '2026-11-20T10:00:00Z'),
      review('Laia', 'COMMENTED', HEAD, '2026-11-20T11:00:00Z'),
      review('LAIA', 'CHANGES_REQUESTED', HEAD, '2026-11-20T09:00:00Z'),
    ]);
    expect(latest.get('laia')?.state).toBe('APPROVED');
    expect(decideSide(marketing, latest, pr).state).toBe('approved');
  });

  it('a later change request revokes; a dismissal leaves nothing; an older commit is stale', () => {
    const state = (reviews: Review[]) => decideSide(marketing, latestReviews(reviews), pr).state;
    expect(state([review('laia', 'APPROVED'), review('laia', 'CHANGES_REQUESTED', HEAD, '2026-11-21T00:00:00Z')])).toBe('changes-requested');
    expect(state([review('laia', 'APPROVED'), review('laia', 'DISMISSED', HEAD, '2026-11-21T00:00:00Z')])).toBe('waiting');
    expect(state([review('laia', 'APPROVED', OLD)])).toBe('stale');
    expect(state([review('stranger', 'APPROVED')])).toBe('waiting');
    expect(state([review('nuria', 'APPROVED')])).toBe('approved');
  });

  it('never lets the author approve, and says who can instead', () => {
    const verdict = decideSide(marketing, latestReviews([review('laia', 'APPROVED')]), { headSha: HEAD, author: 'Laia' });
    expect(verdict.state).toBe('waiting');
    expect(verdict.note).toContain('a delegate approves for marketing: nuria');
    const noDelegate = decideSide({ ...marketing, delegates: [] }, new Map(), { headSha: HEAD, author: 'laia' });
    expect(noDelegate.note).toContain('name a delegate for marketing in metadata.approvers');
  });

  it('a team side needs a member, and says why when members cannot be read', () => {
    const latest = latestReviews([review('Jordi', 'APPROVED')]);
    expect(decideSide(salesTeam, latest, pr, { ok: true, logins: new Set(['jordi']) }).state).toBe('approved');
    expect(decideSide(salesTeam, latest, pr, { ok: true, logins: new Set(['marc']) }).state).toBe('waiting');
    const blind = decideSide(salesTeam, latest, pr, { ok: false, reason: 'no read:org' });
    expect(blind).toMatchObject({ state: 'waiting', note: 'no read:org' });
  });

  it('keeps why no one could approve as data, so the comment says it in the contract’s language', () => {
    const es = frameText('es');
    const author = decideSide(marketing, new Map(), { headSha: HEAD, author: 'laia' });
    expect(verdictNote(author, es)).toBe(es.approvals.delegateApproves('laia', 'marketing', 'nuria'));
    const blind = decideSide(salesTeam, new Map(), pr, { ok: false, reason: 'cannot read (HTTP 403)', status: 403 });
    expect(blind.note).toContain('cannot read the members of team planfold/sales-leads (HTTP 403)');
    expect(verdictNote(blind, es)).toBe(es.approvals.teamUnreadable('planfold/sales-leads', 403));
    expect(verdictNote(decideSide(salesTeam, new Map(), pr, { ok: true, logins: new Set() }), es)).toBeUndefined();
  });
});

describe('the commit status', () => {
  it('is success only when every side approved, and names who is missing', () => {
    expect(
      statusOf([
        { side: 'marketing', state: 'approved', owner: 'laia' },
        { side: 'sales', state: 'approved', owner: 'team p/s' },
      ]).state,
    ).toBe('success');
    const pending = statusOf([
      { side: 'marketing', state: 'approved', owner: 'laia' },
      { side: 'sales', state: 'stale', owner: 'team p/s' },
    ]);
    expect(pending).toEqual({ state: 'pending', description: 'Waiting for sales (team p/s)' });
    expect(statusOf([]).state).toBe('success');
  });

  it('speaks the frame’s language', () => {
    const verdicts = [
      decideSide(marketing, new Map(), pr),
      { ...decideSide(salesTeam, latestReviews([review('Jordi', 'CHANGES_REQUESTED')]), pr, { ok: true, logins: new Set(['jordi']) }) },
    ];
    expect(statusOf(verdicts, frameText('ca')).description).toBe('Canvis sol·licitats; pendent de màrqueting (laia) i vendes (equip planfold/sales-leads)');
    expect(statusOf(verdicts).description).toBe('Changes requested; waiting for marketing (laia) and sales (team planfold/sales-leads)');
  });

  it('keeps the description within GitHub’s 140 characters', () => {
    const many = Array.from({ length: 10 }, (_, i) => ({
      side: 'sales' as const,
      state: 'waiting' as const,
      owner: `team planfold/a-very-long-team-name-${i}`,
    }));
    expect(statusOf(many).description.length).toBeLessThanOrEqual(140);
  });
});

describe('who approves by a base version that is not a valid contract', () => {
  const base = (metadata: Record<string, unknown>) => ({ apiVersion: 'revpact/v1', metadata, stages: 'broken' });
  const owners = { marketing: { name: 'M', github: 'laia' }, sales: { name: 'S', github: '@planfold/sales-leads' } };

  it('the owners and delegates its data names', () => {
    expect(
      approversOfData(
        base({
          owners,
          approvers: [
            { github: '@nuria', for: 'marketing' },
            { github: 'pau', for: 'sales', name: 'Pau' },
          ],
        }),
      ),
    ).toEqual([
      { side: 'marketing', owner: { kind: 'user', login: 'laia' }, delegates: ['nuria'] },
      { side: 'sales', owner: { kind: 'team', org: 'planfold', slug: 'sales-leads' }, delegates: ['pau'] },
    ]);
  });

  it('nobody, when it does not name two distinct, well-formed owners', () => {
    expect(approversOfData(undefined)).toBeUndefined();
    expect(approversOfData(['a list'])).toBeUndefined();
    expect(approversOfData(base({ owners: { marketing: owners.marketing } }))).toBeUndefined();
    expect(approversOfData(base({ owners: { ...owners, sales: { github: '@Laia' } } }))).toBeUndefined();
    expect(approversOfData(base({ owners: { ...owners, sales: { github: 'not a login!' } } }))).toBeUndefined();
    expect(approversOfData(base({ owners: { ...owners, sales: { github: 42 } } }))).toBeUndefined();
  });

  it('a delegate whose login stands on both sides approves for neither; a malformed one is left out', () => {
    const approvers = approversOfData(
      base({
        owners,
        approvers: [
          { github: 'LAIA', for: 'sales' },
          { github: 'x', for: 'marketing' },
          { github: 'x', for: 'sales' },
          { github: 'ok', for: 'sales' },
          { github: 'y', for: 'both' },
          'z',
        ],
      }),
    );
    expect(approvers?.map((a) => a.delegates)).toEqual([[], ['ok']]);
  });
});
