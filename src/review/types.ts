/**
 * Change review (DESIGN.md §5 "diff", issue 5): what `revpact diff` and `revpact log`
 * produce. `--format json` prints a `DiffReport` with its keys in the order declared
 * here; keep changes additive.
 */
import type { CommitmentResult, SlaResult, Status, Verdict } from '../engine/types.js';
import type { TeamId } from '../compiler/ir.js';
import type { Diagnostic } from '../contract/diagnostics.js';
import type { Arg, Phrase } from './phrase.js';

export type ChangeKind = 'added' | 'removed' | 'changed' | 'renamed';

/**
 * From the point of view of the team the clause binds: `tightened` asks more of it,
 * `loosened` asks less, `neutral` changes no obligation (wording, meetings) or changes
 * one in a direction revpact cannot tell (then `unclear` is set and the bump is major).
 */
export type Direction = 'tightened' | 'loosened' | 'neutral';

export type Affects = TeamId | 'both';

/** The version bump a change needs; `none` for the version number itself. */
export type Bump = 'major' | 'minor' | 'patch' | 'none';

/** A value in the contract's words: "2bh", "95%", 60, a list of field names, an id. */
export type ChangeValue = string | number | boolean | null | readonly string[];

export interface Change {
  /** RFC 6901 pointer into the head contract, or into the base contract for a removal. */
  pointer: string;
  kind: ChangeKind;
  before: ChangeValue;
  after: ChangeValue;
  direction: Direction;
  affects: Affects;
  /** One line in plain language: "First touch: 1 business hour → 2 business hours (looser for sales)". */
  summary: string;
  /** The same line as a message key and its values, for the renderers to say in the reader's locale (not in the JSON). */
  message?: Phrase;
  /** Before and after in words a locale can say (conditions, durations, a calendar's week), where `before`/`after` hold English words. */
  shown?: { before?: Arg; after?: Arg };
  /** The bump this change needs under the version policy (version.ts). */
  bump: Bump;
  /** Which contract `pointer` points into. */
  side: 'base' | 'head';
  /** The section the change is in, in contract order ("slas", "qualification", ...). */
  section: SectionId;
  /** The direction could not be told (a rewritten condition, another calendar): review by hand. */
  unclear?: true;
  /** Line of `pointer` in the side's file, when the sources are known (see lines.ts). */
  line?: number;
}

export const SECTIONS = [
  'metadata',
  'roles',
  'personas',
  'stages',
  'qualification',
  'targets',
  'commitments',
  'handoff',
  'slas',
  'followUp',
  'recycling',
  'calendars',
  'reporting',
  'scorecard',
] as const;
export type SectionId = (typeof SECTIONS)[number];

export interface VersionCheck {
  /** The bump the changes need: the largest of theirs. */
  required: Bump;
  /** The bump from base to head `metadata.version`; `downgrade` when head is lower. */
  actual: Bump | 'downgrade';
  ok: boolean;
  from: string;
  to: string;
}

export interface ContractRef {
  name: string;
  version: string;
  /** The side as the user named it: a file or git:<ref>:<path>. */
  source: string;
}

export interface DiffReport {
  base: ContractRef;
  head: ContractRef;
  changes: Change[];
  version: VersionCheck;
  impact: Impact | null;
  /**
   * Warnings `validate` gives the head and not the base (warnings.ts), with the head file's
   * line:column; absent when the sides' warnings were not given (then the JSON has no key).
   */
  newWarnings?: Diagnostic[];
}

/* ───────────────────────── impact ───────────────────────── */

/** A verdict, or `none` when the lead is not in the SLA's cohort for the period. */
export type VerdictOrNone = Verdict | 'none';

export type SlaSide = Pick<SlaResult, 'met' | 'breached' | 'pending' | 'excluded' | 'attainment' | 'target' | 'status' | 'goalMinutes' | 'clock'>;
export type CommitmentSide = Pick<CommitmentResult, 'kind' | 'actual' | 'goal' | 'unit' | 'status'>;

export interface SlaImpact {
  id: string;
  name: string | null;
  owner: TeamId;
  /** null when the SLA is not in that contract. */
  base: SlaSide | null;
  head: SlaSide | null;
  /** Leads whose verdict differs (SLAs in both contracts only; null otherwise or when not comparable). */
  leadsChanged: number | null;
  /** How verdicts moved, most frequent first (SLAs in both contracts only). */
  transitions: { from: VerdictOrNone; to: VerdictOrNone; leads: number }[];
  /** The base contract's id of an SLA the head renamed (`id` is the head's); absent when the id is the same. */
  renamedFrom?: string;
}

export interface CommitmentImpact {
  id: string;
  owner: TeamId;
  base: CommitmentSide | null;
  head: CommitmentSide | null;
}

/** Share of leads that met a rule with no per-lead verdicts of its own (handoff completeness, follow-up cadence). */
export interface ShareSide {
  /** Leads measured. */
  leads: number;
  /** Of those, complete / compliant. */
  ok: number;
  rate: number | null;
}

export interface UnmeasuredFinding {
  /** `both`, or the one contract whose report alone has it. */
  side: 'both' | 'base' | 'head';
  code: string;
  /** The SLA it is about, when one. */
  sla: string | null;
  /** Leads it concerns (the head's when both sides have it). */
  count: number;
  /** What the finding names, its parts `|`-separated (the SLA, field, stage and commitment ids: e.g. `recycle-to-nurture|recycledAt`). */
  detail: string | null;
  /** `check`'s English message. */
  message: string;
}

export interface Impact {
  period: { label: string; from: string; to: string; asOf: string; timezone: string };
  input: { files: string[]; rows: number; evaluated: number; rejected: number };
  mapping: string;
  slas: SlaImpact[];
  commitments: CommitmentImpact[];
  /** MQLs handed over with every required field; null on a side without handoff rules. */
  handoff: { base: ShareSide | null; head: ShareSide | null };
  /** Leads given up with the full cadence; null on a side without a follow-up cadence. */
  followUp: { base: ShareSide | null; head: ShareSide | null };
  status: { base: Status; head: Status };
  /** Leads with a different verdict on at least one SLA both contracts have; null when not comparable. */
  leadsChanged: number | null;
  /** Leads in the data that at least one compared SLA looked at (on either side). */
  leadsCompared: number;
  /**
   * Why a figure of the tables is "no data" or unmeasured: the data-quality findings `check`
   * gives for it (a stop event, a commitment's stage date or a handoff field no lead has, an
   * SLA condition that cannot hold), each with the side that has it. Each is also a note.
   */
  unmeasured: UnmeasuredFinding[];
  /** Things a reader should know (the two sides read the data differently, ...), in English. */
  notes: string[];
  /** The same notes as phrases, for the renderers to say in the reader's locale (not in the JSON). */
  noteMessages?: Phrase[];
}
