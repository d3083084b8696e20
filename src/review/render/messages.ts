/**
 * Every fixed word of a diff (text and Markdown) and of `revpact log`, per locale, as the compliance report
 * does it (report/render/messages.ts): English here, es/pt/ca in ./locales/, each typed
 * as a DiffText. Numbers, shares and verdict words come from the report's catalogue of
 * the same locale, so a diff and a report say "81.9%" and "pass" alike.
 *
 * Not here: each change's one-line summary and the impact simulation's notes, which are
 * phrases with a catalogue of their own (review/summaries/, rendered by model.ts's
 * summaryText and notesText); the JSON keeps their English.
 */
import type { Verdict } from '../../engine/types.js';
import type { DocumentLocale } from '../../render/locale.js';
import type { Affects, Bump, ChangeKind } from '../types.js';
import { CA } from './locales/ca.js';
import { ES } from './locales/es.js';
import { PT } from './locales/pt.js';

const plural = (n: number, one: string, other: string): string => (n === 1 ? one : other);

export const EN = {
  title: 'revpact diff',
  /** "b2b-saas 1.4.0 → 1.5.0: no change in meaning". */
  noChange: (subject: string) => `${subject}: no change in meaning`,
  /** "…: 3 changes (1 tighter, 2 neutral); needs a major version bump, got a minor". */
  headline: (subject: string, changes: string, count: number, tally: string, version: string) =>
    `${subject}: ${changes} ${plural(count, 'change', 'changes')} (${tally}); ${version}`,
  /** `n` formatted, `count` raw (for a language whose adjectives agree with it). */
  tally: {
    tightened: (n: string, _count: number) => `${n} tighter`,
    loosened: (n: string, _count: number) => `${n} looser`,
    unclear: (n: string, _count: number) => `${n} to review`,
    neutral: (n: string, _count: number) => `${n} neutral`,
  },
  /** A change's direction, one word; `unclear` when revpact cannot tell. */
  direction: { tightened: 'tighter', loosened: 'looser', unclear: 'review', neutral: 'neutral' },
  bump: { major: 'major', minor: 'minor', patch: 'patch', none: 'none' } satisfies Record<Bump, string>,
  kind: { added: 'added', removed: 'removed', changed: 'changed', renamed: 'renamed' } satisfies Record<ChangeKind, string>,
  affects: { marketing: 'marketing', sales: 'sales', both: 'both' } satisfies Record<Affects, string>,

  /** The version verdict in the headline. `actual` is null when the version did not move. */
  versionShort: {
    down: (from: string, to: string) => `version goes down (${from} → ${to})`,
    notNeeded: 'no version bump needed',
    enough: (actual: string) => `${actual} version bump: enough`,
    needs: (required: string, actual: string | null) => `needs a ${required} version bump, got ${actual === null ? 'none' : `a ${actual}`}`,
  },
  /** The version verdict as a sentence. `next`: the lowest version that would do, or null. */
  versionSentence: {
    down: (from: string, to: string, required: string | null, next: string | null) =>
      `The version goes down from ${from} to ${to}; a change needs a higher version${required === null ? '' : ` (${required}: ${next ?? '?'} or later)`}.`,
    canStay: 'No change in meaning: the version can stay.',
    noMeaning: (from: string, to: string, actual: string) => `No change in meaning; ${from} → ${to} is a ${actual} bump.`,
    stays: (version: string) => `the version stays ${version}`,
    bumped: (from: string, to: string, actual: string) => `${from} → ${to} is a ${actual} bump`,
    enough: (required: string, made: string) => `The changes need a ${required} bump; ${made}: enough.`,
    notEnough: (required: string, next: string | null, made: string) => `The changes need a ${required} bump (${next ?? '?'} or later); ${made}: not enough.`,
  },
  version: 'Version',
  changes: 'Changes',
  details: 'Details',
  note: (note: string) => `Note: ${note}`,
  /** An empty list in a change's before/after. */
  noneValue: '(none)',

  /** "Impact on 2026-10". */
  impactOn: (label: string) => `Impact on ${label}`,
  impactFacts: (p: {
    label: string;
    from: string;
    to: string;
    timezone: string;
    asOf: string;
    rows: string;
    rowCount: number;
    files: string;
    mapping: string;
    evaluated: string;
    rejected: string;
  }) =>
    `${p.label} (${p.from} to ${p.to}, ${p.timezone}), as of ${p.asOf}; ${p.rows} ${plural(p.rowCount, 'row', 'rows')} from ${p.files} (mapping ${p.mapping}): ${p.evaluated} evaluated, ${p.rejected} rejected`,
  /** "81.9% of 95%", "1,763 of 2,000". */
  ofGoal: (actual: string, goal: string) => `${actual} of ${goal}`,
  /** "85.1% of 1,763 MQLs". */
  shareOf: (rate: string, leads: string, count: number, noun: 'mqls' | 'leads') =>
    `${rate} of ${leads} ${noun === 'mqls' ? 'MQLs' : plural(count, 'lead', 'leads')}`,
  /** An SLA row whose id the head renamed: "First touch (id first-touch → first-contact)"; without a name, "first-touch → first-contact (renamed)". */
  renamedFrom: (name: string | null, from: string, to: string) => (name === null ? `${from} → ${to} (renamed)` : `${name} (id ${from} → ${to})`),
  notInBase: 'not in base',
  notInHead: 'not in head',
  /** Over the warnings `validate` gives the head and not the base: `n` formatted, `count` raw. */
  newWarnings: (n: string, count: number) => `${plural(count, 'New warning', 'New warnings')} (${n}), which the base did not have`,
  measures: { handoff: 'Complete handoff', followUp: 'Full follow-up before giving up' },
  leadsChanged: {
    unavailable: 'Leads with another verdict: not available.',
    noCommonSla: 'No SLA is in both contracts: no verdicts to compare.',
    counted: (changed: string, compared: string, per: string[]) =>
      `Leads with another verdict: ${changed} of ${compared} measured` + (per.length > 0 ? ` (${per.join(', ')})` : '') + '.',
  },
  /** A lead's verdict on one side, or `none` when it is not in the SLA's cohort. */
  verdict: { met: 'met', breached: 'breached', pending: 'pending', excluded: 'excluded', none: 'none' } satisfies Record<Verdict | 'none', string>,

  /** `revpact log`: a contract's history. */
  log: {
    /** "History of contracts/b2b-saas.yaml: 4 commits"; `commits` formatted, `count` raw. */
    historyOf: (file: string, commits: string, count: number) => `History of ${file}: ${commits} ${plural(count, 'commit', 'commits')}`,
    changelog: (file: string) => `Changelog: ${file}`,
    created: 'created',
    deleted: 'deleted',
    invalid: (errors: string, count: number) => `invalid (${errors} ${plural(count, 'error', 'errors')})`,
    movedFrom: (path: string) => `moved from ${path}`,
    noChange: 'no change in meaning',
    /** A commit's day, "YYYY-MM-DD" as Git gave it: English keeps it so; the others write it in words. */
    day: (iso: string) => iso,
  },
  columns: {
    direction: 'Direction',
    affects: 'Affects',
    bump: 'Bump',
    change: 'Change',
    where: 'Where',
    kind: 'Kind',
    before: 'Before',
    after: 'After',
    version: 'Version',
    sla: 'SLA',
    commitment: 'Commitment',
    measure: 'Measure',
    owner: 'Owner',
    status: 'Status',
    leadsChanged: 'Leads changed',
    verdictsThatChange: 'Verdicts that change',
    warning: 'Warning',
    fix: 'How to fix',
  },
};

export type DiffText = typeof EN;

export const DIFF_TEXT: Record<DocumentLocale, DiffText> = { en: EN, es: ES, pt: PT, ca: CA };

export function diffText(locale: DocumentLocale = 'en'): DiffText {
  return DIFF_TEXT[locale];
}
