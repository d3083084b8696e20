/**
 * The approval gate (DESIGN.md §6): a contract change is approved when, for each side,
 * someone entitled to approve for it has, as their latest review that is not a comment,
 * approved the head commit. Pure: reviews and who may approve in, a verdict per side out.
 *
 * - Only the latest review of each person counts (GitHub's own rule for required
 *   reviews): a later "changes requested" revokes an approval, a dismissed approval is
 *   no approval, an approval of an older commit is stale.
 * - Comments (and pending drafts) do not move anyone's state.
 * - Logins compare case-insensitively (GitHub logins are case-insensitive).
 * - The side's owner may approve, or, for a team owner, any member of the team; so may
 *   the delegates `metadata.approvers` names for that side. The pull request's author
 *   never approves their own change: when a lead wrote it, a delegate approves for them.
 */
import type { TeamId } from '../compiler/ir.js';

export interface Review {
  login: string;
  state: string;
  commitId: string | null;
  submittedAt: string | null;
}

/** Who may approve for one side. `owner` is a login or, for a team, `org/team`. */
export interface Approvers {
  side: TeamId;
  owner: { kind: 'user'; login: string } | { kind: 'team'; org: string; slug: string };
  delegates: string[];
}

/** Members of a team, or why they could not be read. */
export type TeamMembers = { ok: true; logins: ReadonlySet<string> } | { ok: false; reason: string };

export type SideState = 'approved' | 'waiting' | 'changes-requested' | 'stale';

export interface SideVerdict {
  side: TeamId;
  state: SideState;
  /** Who the owner is, as shown: "laiaferrer" or "team planfold/sales-leads". */
  owner: string;
  /** The login whose review decided the state (approved, changes requested, stale). */
  by?: string;
  /** Why no one could approve yet, when that is not just "waiting". */
  note?: string;
}

export function ownerOf(github: string): Approvers['owner'] {
  const name = github.trim().replace(/^@/, '');
  const slash = name.indexOf('/');
  if (slash > 0) return { kind: 'team', org: name.slice(0, slash), slug: name.slice(slash + 1) };
  return { kind: 'user', login: name };
}

export function ownerLabel(owner: Approvers['owner']): string {
  return owner.kind === 'team' ? `team ${owner.org}/${owner.slug}` : owner.login;
}

const same = (a: string) => a.toLowerCase();

/** Each reviewer's latest review that is an approval, a change request or a dismissal. */
export function latestReviews(reviews: readonly Review[]): Map<string, Review> {
  const decisive = reviews
    .map((r, i) => ({ r, i }))
    .filter(({ r }) => r.state === 'APPROVED' || r.state === 'CHANGES_REQUESTED' || r.state === 'DISMISSED')
    // GitHub lists reviews oldest first; sort by time anyway, keeping list order for ties.
    .sort((a, b) => (a.r.submittedAt ?? '').localeCompare(b.r.submittedAt ?? '') || a.i - b.i);
  const latest = new Map<string, Review>();
  for (const { r } of decisive) latest.set(same(r.login), r);
  return latest;
}

export function decideSide(
  approvers: Approvers,
  latest: ReadonlyMap<string, Review>,
  pr: { headSha: string; author: string },
  team?: TeamMembers,
): SideVerdict {
  const owner = ownerLabel(approvers.owner);
  const author = same(pr.author);
  const delegates = new Set(approvers.delegates.map(same));
  const entitled = (login: string): boolean => {
    const l = same(login);
    if (l === author) return false;
    if (delegates.has(l)) return true;
    if (approvers.owner.kind === 'user') return l === same(approvers.owner.login);
    return team?.ok === true && team.logins.has(l);
  };
  const notes: string[] = [];
  if (approvers.owner.kind === 'user' && same(approvers.owner.login) === author) {
    notes.push(
      approvers.delegates.length > 0
        ? `${owner} wrote this change, so a delegate approves for ${approvers.side}: ${approvers.delegates.join(', ')}`
        : `${owner} wrote this change and cannot approve it; name a delegate for ${approvers.side} in metadata.approvers`,
    );
  }
  if (team && !team.ok) notes.push(team.reason);
  const note = notes.length > 0 ? notes.join('; ') : undefined;

  const mine = [...latest.values()].filter((r) => entitled(r.login));
  const requested = mine.find((r) => r.state === 'CHANGES_REQUESTED');
  if (requested) return { side: approvers.side, state: 'changes-requested', owner, by: requested.login, ...(note ? { note } : {}) };
  const approved = mine.find((r) => r.state === 'APPROVED' && r.commitId === pr.headSha);
  if (approved) return { side: approvers.side, state: 'approved', owner, by: approved.login };
  const stale = mine.find((r) => r.state === 'APPROVED');
  if (stale) return { side: approvers.side, state: 'stale', owner, by: stale.login, ...(note ? { note } : {}) };
  return { side: approvers.side, state: 'waiting', owner, ...(note ? { note } : {}) };
}

/** The commit status for a set of verdicts: success only when every side of every contract approved. */
export function statusOf(verdicts: readonly SideVerdict[]): { state: 'success' | 'pending'; description: string } {
  const open = verdicts.filter((v) => v.state !== 'approved');
  if (open.length === 0) return { state: 'success', description: 'Approved by marketing and sales' };
  const who = [...new Set(open.map((v) => `${v.side} (${v.owner})`))];
  const requested = open.some((v) => v.state === 'changes-requested');
  const text = `${requested ? 'Changes requested; waiting for' : 'Waiting for'} ${who.join(' and ')}`;
  // A commit status description holds 140 characters.
  return { state: 'pending', description: text.length > 140 ? `${text.slice(0, 139)}…` : text };
}
