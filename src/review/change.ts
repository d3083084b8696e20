/**
 * Building one change: its summary's tone and the bump the version policy gives it.
 *
 * The policy (issue 5): tightening an obligation or removing a clause needs a major
 * version; loosening, or adding something optional, a minor one; wording, descriptions
 * and meetings a patch. A change of meaning whose direction cannot be told is treated as
 * if it tightened (major): it may.
 */
import { joined, say, team, type Arg, type Phrase } from './phrase.js';
import { renderPhrase } from './summaries/index.js';
import type { Affects, Bump, Change, ChangeKind, ChangeValue, Direction, SectionId } from './types.js';

export interface Draft {
  section: SectionId;
  pointer: string;
  kind: ChangeKind;
  before: ChangeValue;
  after: ChangeValue;
  direction: Direction;
  affects: Affects;
  /** The one line, as a phrase: rendered in English for `Change.summary`, in the reader's locale by the renderers. */
  summary: Phrase;
  /** `before`/`after` in words the renderers can say in another locale, when those hold English words. */
  shown?: { before?: Arg; after?: Arg };
  /** Which contract the pointer is into; by default the base for removals, the head otherwise. */
  side?: 'base' | 'head';
  /** Only words changed (names, descriptions, labels): a patch. */
  wording?: boolean;
  /** The removal of a clause (an SLA, a commitment, a stage...): a major bump whatever the direction. */
  clause?: boolean;
  /** The direction could not be told. */
  unclear?: boolean;
  /** Overrides the policy (meetings: patch; the version number: none). */
  bump?: Bump;
}

export function makeChange(d: Draft): Change {
  const change: Change = {
    pointer: d.pointer,
    kind: d.kind,
    before: d.before,
    after: d.after,
    direction: d.unclear ? 'neutral' : d.direction,
    affects: d.affects,
    summary: renderPhrase(d.summary, 'en'),
    message: d.summary,
    bump: d.bump ?? policyBump(d),
    side: d.side ?? (d.kind === 'removed' ? 'base' : 'head'),
    section: d.section,
  };
  if (d.unclear) change.unclear = true;
  if (d.shown) change.shown = d.shown;
  return change;
}

/** A change of one field of a clause: where (below the clause's pointer), the values, their direction and the summary, whose tone is added. */
export type FieldChange = (
  pointer: string,
  before: ChangeValue,
  after: ChangeValue,
  direction: Direction,
  summary: Phrase,
  unclear?: boolean,
  shown?: { before?: Arg; after?: Arg },
) => Change;

/** The FieldChange of a clause at `at` in `section` that binds `affects`: each summary ends with its tone for that team. */
export function fieldChanges(section: SectionId, at: string, affects: Affects): FieldChange {
  return (pointer, before, after, direction, summary, unclear = false, shown) =>
    makeChange({
      section,
      pointer: `${at}${pointer}`,
      kind: 'changed',
      before,
      after,
      direction,
      affects,
      summary: joined(summary, tone(direction, affects, unclear)),
      unclear,
      shown,
    });
}

function policyBump(d: Draft): Bump {
  if (d.kind === 'removed' && d.clause) return 'major';
  if (d.unclear || d.direction === 'tightened') return 'major';
  if (d.wording) return 'patch';
  return 'minor';
}

export const BUMP_RANK: Record<Bump, number> = { none: 0, patch: 1, minor: 2, major: 3 };

export function maxBump(bumps: Iterable<Bump>): Bump {
  let best: Bump = 'none';
  for (const b of bumps) if (BUMP_RANK[b] > BUMP_RANK[best]) best = b;
  return best;
}

/* ───────────────────────── words for the tone ───────────────────────── */

/** "(tighter for sales)", "(looser for marketing)", "(may tighten or loosen for sales: review)", or nothing. */
export function tone(direction: Direction, affects: Affects, unclear = false): Phrase | '' {
  if (unclear) return say('tone.unclear', { team: team(affects) });
  if (direction === 'tightened') return say('tone.tighter', { team: team(affects) });
  if (direction === 'loosened') return say('tone.looser', { team: team(affects) });
  return '';
}

/** tightened when `after` asks more than `before` (a larger number is stricter when `higherIsTighter`). */
export function numericDirection(before: number | null, after: number | null, higherIsTighter: boolean): Direction {
  const b = before ?? (higherIsTighter ? -Infinity : Infinity);
  const a = after ?? (higherIsTighter ? -Infinity : Infinity);
  if (a === b) return 'neutral';
  return a > b === higherIsTighter ? 'tightened' : 'loosened';
}

export function opposite(direction: Direction): Direction {
  return direction === 'tightened' ? 'loosened' : direction === 'loosened' ? 'tightened' : 'neutral';
}
