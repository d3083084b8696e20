/**
 * What every section's comparison gets: both rules (already normalized, so `1bh` and
 * `60m` on the same clock compare equal) and the ids renamed between them, so that a
 * reference to a renamed stage or calendar is not reported as a change of its own.
 */
import type { RulesIR } from '../../compiler/ir.js';
import { makeChange } from '../change.js';
import { say, type Phrase } from '../phrase.js';
import type { Affects, Change, SectionId } from '../types.js';

export interface Renames {
  stages: Map<string, string>;
  calendars: Map<string, string>;
  personas: Map<string, string>;
  slas: Map<string, string>;
  reasons: Map<string, string>;
}

export interface DiffContext {
  base: RulesIR;
  head: RulesIR;
  renames: Renames;
}

/** A base id as the head calls it. */
export function headId(map: Map<string, string>, id: string): string;
export function headId(map: Map<string, string>, id: string | null): string | null;
export function headId(map: Map<string, string>, id: string | null): string | null {
  return id === null ? null : (map.get(id) ?? id);
}

export type SectionDiff = (ctx: DiffContext) => Change[];

/** Names, descriptions, labels: only words changed, a patch. */
export function wording(
  section: SectionId,
  pointer: string,
  subject: Phrase,
  before: string | null,
  after: string | null,
  affects: Affects,
): Change | undefined {
  if ((before ?? '') === (after ?? '')) return undefined;
  const what = before === null || before === '' ? 'added' : after === null || after === '' ? 'removed' : 'reworded';
  return makeChange({
    section,
    pointer,
    kind: 'changed',
    before,
    after,
    direction: 'neutral',
    affects,
    summary: say(`wording.${what}`, { subject }),
    wording: true,
  });
}

/** A list of strings whose order carries no meaning (responsibilities, agenda items, channels). */
export function wordList(
  section: SectionId,
  pointer: string,
  subject: Phrase,
  before: readonly string[],
  after: readonly string[],
  affects: Affects,
): Change | undefined {
  const removed = before.filter((x) => !after.includes(x)).length;
  const added = after.filter((x) => !before.includes(x)).length;
  if (added === 0 && removed === 0) return undefined;
  const addedWords = say('count.added', { count: added });
  const removedWords = say('count.removed', { count: removed });
  const summary =
    added > 0 && removed > 0
      ? say('words.addedRemoved', { subject, added: addedWords, removed: removedWords })
      : added > 0
        ? say('words.added', { subject, added: addedWords })
        : say('words.removed', { subject, removed: removedWords });
  return makeChange({
    section,
    pointer,
    kind: 'changed',
    before: [...before],
    after: [...after],
    direction: 'neutral',
    affects,
    summary,
    wording: true,
  });
}

export function defined<T>(items: (T | undefined)[]): T[] {
  return items.filter((x): x is T => x !== undefined);
}
