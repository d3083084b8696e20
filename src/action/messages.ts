/**
 * The fixed words of the Action's own frame (issue 15, item 4): the pull-request comment's
 * heading, status line, section titles, problem and approval tables, notes and footer; the
 * commit status; the monthly issue's title; the notice where a long body is cut. English
 * here, es/pt/ca in ./locales/, each typed as a FrameText, as the report's and the diff's
 * catalogues are (report/render/messages.ts, review/render/messages.ts).
 *
 * Which locale the frame speaks: the one every contract of the run shares, else English
 * (`frameLocale`); each contract's section speaks its own. The hidden markers the Action
 * finds its comment and issues by are not words and are not here (comment.ts, monthly.ts).
 *
 * Functions take values already formatted for Markdown (paths as code spans, escaped
 * notes) plus the raw counts where the wording depends on them.
 */
import type { DocumentLocale } from '../render/locale.js';
import { CA } from './locales/ca.js';
import { ES } from './locales/es.js';
import { PT } from './locales/pt.js';

const plural = (n: number, one: string, other: string): string => (n === 1 ? one : other);

export const EN = {
  /** BCP 47 tag for the numbers in the frame (the comment's size limit). */
  numberLocale: 'en-US',
  /** "revpact review · 1 contract and 1 report card changed". */
  heading: (what: string) => `revpact review · ${what} changed`,
  /** What the pull request changes; a zero count is left out. */
  changed: (contracts: number, cards: number) =>
    [
      contracts > 0 ? `${contracts} ${plural(contracts, 'contract', 'contracts')}` : '',
      cards > 0 ? `${cards} ${plural(cards, 'report card', 'report cards')}` : '',
    ]
      .filter(Boolean)
      .join(' and '),
  valid: 'valid',
  withErrors: (n: number) => `${n} ${plural(n, 'file', 'files')} with errors`,
  approved: 'approved by marketing and sales',
  waiting: 'waiting for approval',
  /** After a contract's path in its section's title. */
  fileStatus: { added: 'new', removed: 'removed' },
  baseInvalid: (path: string, sha: string) => `the base version (${path} at ${sha}) is not a valid contract, so the change cannot be compared with it`,
  card: {
    title: (path: string, contract: string) => `Report card ${path} (${contract})`,
    summary: 'The card',
  },
  problems: {
    head: (errors: number, warnings: number) => `${errors} ${plural(errors, 'error', 'errors')}, ${warnings} ${plural(warnings, 'warning', 'warnings')}:`,
    severity: { error: 'error', warning: 'warning', info: 'info' } as Record<string, string>,
    /** In place of the severity, for a warning the pull request brings (the base version did not have it). */
    newWarning: 'new warning',
    columns: { line: 'Line', problem: 'Problem', fix: 'How to fix' },
  },
  approvals: {
    columns: { side: 'Side', approves: 'Approves', state: 'State' },
    side: { marketing: 'marketing', sales: 'sales' } as Record<string, string>,
    /** A team owner: "team planfold/sales-leads". */
    team: (name: string) => `team ${name}`,
    state: { approved: 'approved', waiting: 'waiting', 'changes-requested': 'changes requested', stale: 'approved an older commit' },
    /** The owner wrote the change; `delegates` already joined. */
    delegateApproves: (owner: string, side: string, delegates: string) => `${owner} wrote this change, so a delegate approves for ${side}: ${delegates}`,
    noDelegate: (owner: string, side: string) => `${owner} wrote this change and cannot approve it; name a delegate for ${side} in metadata.approvers`,
    /** One person entitled on both sides (say, an owner in the other side's team) approved: it counts for `approvedFor` only. */
    oneSideOnly: (login: string, approvedFor: string, side: string) =>
      `${login} approved for ${approvedFor}, and one person’s approval counts for one side only: someone else approves for ${side}`,
    /** `team` is "org/slug". */
    teamUnreadable: (team: string, status: number) =>
      `cannot read the members of team ${team} (HTTP ${status}): the token needs read access to the organization’s members (a GitHub App with "Members: read", or a token with read:org, passed as github-token); until then only delegates in metadata.approvers can approve for this side`,
  },
  /** Why the impact on last period was not simulated. */
  leads: {
    none: 'No lead export configured (input leads): the impact on last period’s numbers was not simulated.',
    fork: (secret: string, crm: string) =>
      `A pull request from a fork gets no secrets (${secret} is empty), so the impact on last period’s numbers was not simulated from ${crm}.`,
  },
  /** The comment's last line: revpact's version and the commit reviewed. */
  footer: (version: string, sha: string) => `revpact ${version} · head ${sha}`,
  /** In the job summary, before the agreement compiled from the head. */
  compiled: (file: string, path: string) => `${file}: the agreement as compiled from ${path} at the head`,
  /** In the job summary, over the writes GitHub refused (each line is the log's English warning). */
  notWritten: 'Not written to GitHub',
  cut: {
    lead: 'This report is cut here',
    /** `limit` formatted; `whereFull` is Markdown. */
    rest: (limit: string, whereFull: string) => `it is longer than GitHub takes here (${limit} characters). The full report is in ${whereFull}.`,
    jobSummary: (url: string) => `the [job summary](${url})`,
    reportPath: 'the file named by the report-path output',
  },
  /** The commit status's description (GitHub keeps 140 characters). */
  commitStatus: {
    approved: 'Approved by marketing and sales',
    waiting: (who: string) => `Waiting for ${who}`,
    changesRequested: (who: string) => `Changes requested; waiting for ${who}`,
    /** One side still open: "marketing (laiaferrer)". */
    who: (side: string, owner: string) => `${side} (${owner})`,
    and: ' and ',
  },
  monthly: {
    title: (label: string) => `Compliance report ${label}`,
    /** In the job summary when the period's issue, closed by someone, was updated; `issue` is a Markdown link. */
    closedUpdated: (issue: string) =>
      `The issue ${issue} of this period is closed: its report was updated and it was left closed. Reopen it to follow the period there.`,
    /** In the job summary when the period's issue was found without its label (`label` is a code span); `issue` is a Markdown link. */
    unlabelledFound: (issue: string, label: string) =>
      `The issue ${issue} of this period had lost its label ${label}: it was found by its hidden marker and updated, and no second issue was opened.`,
    /** In the job summary when contracts cut "last month" on either side of a month's end; `behind` lists each path (as code) with its period. */
    periodsDiffer: (period: string, behind: string) =>
      `The contracts do not agree on the period: ${behind} reported an earlier one, as the run came before it ended in their time zone. The report is filed as ${period}; the next run after the month ended everywhere reports ${period} for all.`,
  },
};

export type FrameText = typeof EN;

export const FRAME_TEXT: Record<DocumentLocale, FrameText> = { en: EN, es: ES, pt: PT, ca: CA };

export function frameText(locale: DocumentLocale = 'en'): FrameText {
  return FRAME_TEXT[locale];
}

/**
 * The locale of a frame around parts written in `locales` (undefined: a part whose locale is
 * unknown, an invalid contract, which does not vote): the one they all share, else English.
 */
export function frameLocale(locales: readonly (DocumentLocale | undefined)[]): DocumentLocale {
  const known = [...new Set(locales.filter((l): l is DocumentLocale => l !== undefined))];
  return known.length === 1 ? (known[0] as DocumentLocale) : 'en';
}

/** A limit in the frame's digits: 65,536 / 65.536. */
export function frameNumber(t: FrameText, n: number): string {
  return new Intl.NumberFormat(t.numberLocale).format(n);
}
