/**
 * Notices (issue 16): what `revpact notify` tells whom. A notice is one lead under one SLA
 * rule, either falling due soon (`due`) or past its due instant (`breach`); notices are
 * routed to recipients (the owner, the owner's manager for a breach, or the contract's
 * fallback) and sent in digests, one per recipient.
 */
export type NoticeKind = 'due' | 'breach';

export interface Notice {
  leadId: string;
  ruleId: string;
  kind: NoticeKind;
  /** The lead's owner as the CRM names it; null when it has none. */
  owner: string | null;
  /** ISO instant in the contract's zone. */
  dueAt: string;
  /** Time left on the SLA's clock (0 for a breach, or when overdue). */
  minutesLeft: number;
  clock: 'business' | 'calendar';
  /** A due-soon notice whose due instant has passed (a business clock stopped for the night). */
  overdue: boolean;
}

/** Why a recipient gets a notice: it is their lead, their report's breach, or nobody else's. */
export type Role = 'owner' | 'manager' | 'fallback';

export interface Recipient {
  /** The member's name (`member:` before one that is `fallback` or starts so: people.ts memberKey), or `fallback`: part of the state file's key. */
  key: string;
  /** How messages address the recipient. */
  name: string;
  /** Slack member id (U…), user group (S…), or here/channel (the fallback only). */
  slack?: string | undefined;
  email?: string | undefined;
}

export interface Routed extends Notice {
  as: Role;
}

/** Everything one recipient hears in one run. */
export interface Digest {
  recipient: Recipient;
  items: Routed[];
}

export type Channel = 'slack' | 'teams' | 'email';
export const CHANNELS: readonly Channel[] = ['slack', 'teams', 'email'];
