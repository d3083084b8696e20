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
import { EN, type FrameText } from './messages.js';

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

/** Members of a team, or why they could not be read (with the HTTP status that said so, when one did). */
export type TeamMembers = { ok: true; logins: ReadonlySet<string> } | { ok: false; reason: string; status?: number };

/** Why no one could approve yet, as data, so the comment can say it in the contract's language. */
export type VerdictReason =
  | { kind: 'author-delegates'; owner: string; side: TeamId; delegates: string[] }
  | { kind: 'author-no-delegate'; owner: string; side: TeamId }
  | { kind: 'team-unreadable'; team: Approvers['owner']; status: number }
  | { kind: 'one-side-only'; login: string; approvedFor: TeamId; side: TeamId }
  | { kind: 'other'; text: string };

export type SideState = 'approved' | 'waiting' | 'changes-requested' | 'stale';

export interface SideVerdict {
  side: TeamId;
  state: SideState;
  /** Who the owner is, as shown: "laiaferrer" or "team planfold/sales-leads". */
  owner: string;
  /** The login whose review decided the state (approved, changes requested, stale). */
  by?: string;
  /** Why no one could approve yet, when that is not just "waiting" (English, for the log; `reasons` for other languages). */
  note?: string;
  /** The owner as data: `owner` in another language. */
  who?: Approvers['owner'];
  reasons?: VerdictReason[];
}

export function ownerOf(github: string): Approvers['owner'] {
  const name = github.trim().replace(/^@/, '');
  const slash = name.indexOf('/');
  if (slash > 0) return { kind: 'team', org: name.slice(0, slash), slug: name.slice(slash + 1) };
  return { kind: 'user', login: name };
}

export function ownerLabel(owner: Approvers['owner'], t: FrameText = EN): string {
  return owner.kind === 'team' ? t.approvals.team(`${owner.org}/${owner.slug}`) : owner.login;
}

/** A verdict's note in a language: from its reasons when it has them. */
export function verdictNote(v: SideVerdict, t: FrameText): string | undefined {
  if (!v.reasons) return v.note;
  const side = (s: TeamId) => t.approvals.side[s] ?? s;
  const notes = v.reasons.map((r) => {
    switch (r.kind) {
      case 'author-delegates':
        return t.approvals.delegateApproves(r.owner, side(r.side), r.delegates.join(', '));
      case 'author-no-delegate':
        return t.approvals.noDelegate(r.owner, side(r.side));
      case 'team-unreadable':
        return t.approvals.teamUnreadable(r.team.kind === 'team' ? `${r.team.org}/${r.team.slug}` : r.team.login, r.status);
      case 'one-side-only':
        return t.approvals.oneSideOnly(r.login, side(r.approvedFor), side(r.side));
      case 'other':
        return r.text;
    }
  });
  return notes.length > 0 ? notes.join('; ') : undefined;
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
  /** Logins whose reviews do not count for this side (lower case): their approval went to the other. */
  exclude: ReadonlySet<string> = new Set(),
): SideVerdict {
  const owner = ownerLabel(approvers.owner);
  const author = same(pr.author);
  const delegates = new Set(approvers.delegates.map(same));
  const entitled = (login: string): boolean => {
    const l = same(login);
    if (l === author || exclude.has(l)) return false;
    if (delegates.has(l)) return true;
    if (approvers.owner.kind === 'user') return l === same(approvers.owner.login);
    return team?.ok === true && team.logins.has(l);
  };
  const reasons: VerdictReason[] = [];
  if (approvers.owner.kind === 'user' && same(approvers.owner.login) === author) {
    reasons.push(
      approvers.delegates.length > 0
        ? { kind: 'author-delegates', owner, side: approvers.side, delegates: approvers.delegates }
        : { kind: 'author-no-delegate', owner, side: approvers.side },
    );
  }
  if (team && !team.ok)
    reasons.push(team.status === undefined ? { kind: 'other', text: team.reason } : { kind: 'team-unreadable', team: approvers.owner, status: team.status });
  const english = verdictNote({ side: approvers.side, state: 'waiting', owner, reasons }, EN);
  const note = english === undefined ? {} : { note: english, reasons };

  const mine = [...latest.values()].filter((r) => entitled(r.login));
  const requested = mine.find((r) => r.state === 'CHANGES_REQUESTED');
  const who = { who: approvers.owner };
  if (requested) return { side: approvers.side, state: 'changes-requested', owner, by: requested.login, ...note, ...who };
  const approved = mine.find((r) => r.state === 'APPROVED' && r.commitId === pr.headSha);
  if (approved) return { side: approvers.side, state: 'approved', owner, by: approved.login, ...who };
  const stale = mine.find((r) => r.state === 'APPROVED');
  if (stale) return { side: approvers.side, state: 'stale', owner, by: stale.login, ...note, ...who };
  return { side: approvers.side, state: 'waiting', owner, ...note, ...who };
}

/**
 * Each side's verdict, one person's approval counting for one side only. The contract
 * check refuses one login standing on both sides (owners-not-distinct), but not one in the
 * other side's team: it cannot read teams. Then the marketing owner, a member of the sales
 * team, approved once and both sides passed. When one login decided both, someone else
 * entitled must approve for one of them: first the side where that person is not the owner
 * named (a team's member, a delegate); when nobody else has, that side waits, and says why.
 */
export function decideSides(
  approvers: readonly Approvers[],
  latest: ReadonlyMap<string, Review>,
  pr: { headSha: string; author: string },
  teams: readonly (TeamMembers | undefined)[],
): SideVerdict[] {
  const verdicts = approvers.map((a, i) => decideSide(a, latest, pr, teams[i]));
  const [first, second] = verdicts;
  if (verdicts.length !== 2 || first?.state !== 'approved' || second?.state !== 'approved') return verdicts;
  const login = first.by ?? '';
  if (same(login) !== same(second.by ?? '')) return verdicts;
  const exclude = new Set([same(login)]);
  const named = (a: Approvers | undefined) => a?.owner.kind === 'user' && same(a.owner.login) === same(login);
  const order = named(approvers[0]) && !named(approvers[1]) ? [1, 0] : [0, 1];
  for (const i of order) {
    const other = decideSide(approvers[i] as Approvers, latest, pr, teams[i], exclude);
    if (other.state === 'approved') {
      verdicts[i] = other;
      return verdicts;
    }
  }
  const i = order[0] as number;
  const waiting = decideSide(approvers[i] as Approvers, latest, pr, teams[i], exclude);
  const reasons: VerdictReason[] = [
    ...(waiting.reasons ?? []),
    { kind: 'one-side-only', login, approvedFor: (approvers[1 - i] as Approvers).side, side: waiting.side },
  ];
  verdicts[i] = { ...waiting, reasons, note: verdictNote({ ...waiting, reasons }, EN) ?? '' };
  return verdicts;
}

/** The commit status for a set of verdicts: success only when every side of every contract approved. */
export function statusOf(verdicts: readonly SideVerdict[], t: FrameText = EN): { state: 'success' | 'pending'; description: string } {
  const open = verdicts.filter((v) => v.state !== 'approved');
  if (open.length === 0) return { state: 'success', description: t.commitStatus.approved };
  const who = [...new Set(open.map((v) => t.commitStatus.who(t.approvals.side[v.side] ?? v.side, v.who ? ownerLabel(v.who, t) : v.owner)))];
  const requested = open.some((v) => v.state === 'changes-requested');
  const list = who.join(t.commitStatus.and);
  const text = requested ? t.commitStatus.changesRequested(list) : t.commitStatus.waiting(list);
  // A commit status description holds 140 characters.
  return { state: 'pending', description: text.length > 140 ? `${text.slice(0, 139)}…` : text };
}

/** A GitHub login or org/team as the contract language writes it (schema: $defs/github). */
const GITHUB = /^@?[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})(?:\/[A-Za-z0-9._-]+)?$/;

/**
 * Who approves for each side by a base version that is not a valid contract: the owners
 * and delegates its data names, where they are well formed. A pull request must not choose
 * its own approvers, and before this the head's owners governed whenever the base was
 * invalid: a change to such a contract could name two owners of its choosing and pass on
 * their approvals. Undefined when the base does not name two distinct owners: then nobody
 * can approve from the pull request. A delegate whose login also stands on the other side
 * approves for neither (one person's approval must not count for both).
 */
export function approversOfData(value: unknown): Approvers[] | undefined {
  const metadata = field(value, 'metadata');
  const owners = field(metadata, 'owners');
  const github = (side: TeamId) => {
    const g = field(field(owners, side), 'github');
    return typeof g === 'string' && GITHUB.test(g) ? g : undefined;
  };
  const marketing = github('marketing');
  const sales = github('sales');
  const login = (g: string) => same(g.replace(/^@/, ''));
  if (marketing === undefined || sales === undefined || login(marketing) === login(sales)) return undefined;
  const listed = field(metadata, 'approvers');
  const delegates = (Array.isArray(listed) ? listed : []).flatMap((a) => {
    const g = field(a, 'github');
    const side = field(a, 'for');
    return typeof g === 'string' && GITHUB.test(g) && (side === 'marketing' || side === 'sales') ? [{ github: g.replace(/^@/, ''), side }] : [];
  });
  const sidesOf = (l: string) =>
    new Set([
      ...(login(marketing) === l ? ['marketing'] : []),
      ...(login(sales) === l ? ['sales'] : []),
      ...delegates.filter((d) => login(d.github) === l).map((d) => d.side),
    ]);
  return (['marketing', 'sales'] as const).map((side) => ({
    side,
    owner: ownerOf(side === 'marketing' ? marketing : sales),
    delegates: delegates.filter((d) => d.side === side && sidesOf(login(d.github)).size === 1).map((d) => d.github),
  }));
}

function field(value: unknown, key: string): unknown {
  return value !== null && typeof value === 'object' && !Array.isArray(value) && Object.hasOwn(value, key)
    ? (value as Record<string, unknown>)[key]
    : undefined;
}
