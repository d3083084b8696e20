/**
 * Breakdowns of the SLA verdicts by owner, by source, and by each `--by` field (a
 * canonical field or an attribute): per key, the leads with a verdict on at least one
 * SLA and per SLA met/breached/pending/attainment.
 *
 * Bounded: at most TRACKED_KEYS distinct keys per dimension are tracked (later new keys
 * go straight to "(other)"); the report lists the TOP_KEYS keys with the most leads and
 * folds the rest into "(other)". A lead without a value is under "(none)".
 */
import type { BreakdownRow } from '../types.js';
import { fieldGetter, isMissing, type FieldGetter } from '../condition.js';
import type { Lead } from '../../leads/lead.js';
import { CappedGroups } from '../stats.js';
import { ratio } from './context.js';
import { BREACHED, MET, NOT_IN_COHORT, PENDING, type VerdictCode } from './sla.js';

export const TOP_KEYS = 50;
export const TRACKED_KEYS = 1000;
export const OTHER = '(other)';
export const NONE = '(none)';

interface Cell {
  leads: number;
  /** [met, breached, pending] per SLA, flattened. */
  counts: number[];
}

class Dimension {
  readonly groups: CappedGroups<Cell>;

  constructor(
    readonly get: FieldGetter,
    slaCount: number,
  ) {
    this.groups = new CappedGroups(TRACKED_KEYS, OTHER, () => ({ leads: 0, counts: new Array<number>(slaCount * 3).fill(0) }));
  }
}

export interface Breakdowns {
  owner: BreakdownRow[];
  source: BreakdownRow[];
  attributes: Record<string, BreakdownRow[]>;
}

/** Per dimension (owner, source, each --by field), its keys in the order first seen, and whether one overflowed the bound. */
export interface BreakdownState {
  dimensions: { keys: [string, Cell][]; overflowed: boolean }[];
}

export class BreakdownMetric {
  private readonly owner: Dimension;
  private readonly source: Dimension;
  private readonly by: [string, Dimension][];

  constructor(
    private readonly slaIds: readonly string[],
    by: readonly string[],
  ) {
    this.owner = new Dimension(fieldGetter('owner'), slaIds.length);
    this.source = new Dimension(fieldGetter('source'), slaIds.length);
    this.by = [...new Set(by)].map((f) => [f, new Dimension(fieldGetter(f), slaIds.length)]);
  }

  /** `verdicts[i]` is the lead's verdict on SLA i. */
  add(lead: Lead, verdicts: readonly VerdictCode[]): void {
    if (!verdicts.some((v) => v !== NOT_IN_COHORT)) return;
    this.count(this.owner, lead, verdicts);
    this.count(this.source, lead, verdicts);
    for (const [, d] of this.by) this.count(d, lead, verdicts);
  }

  state(): BreakdownState {
    return { dimensions: this.dimensions().map((d) => ({ keys: d.groups.entries(), overflowed: d.groups.overflowed })) };
  }

  /**
   * Adds another share's counts, key by key in the order that share first saw them: a key
   * new to this one takes a slot while there is one, as it would have read in one pass.
   * Exact unless the other share itself overflowed (`exactMerge`).
   */
  absorb(s: BreakdownState): void {
    this.dimensions().forEach((d, i) => {
      for (const [key, cell] of s.dimensions[i]?.keys ?? []) {
        const mine = d.groups.get(key);
        mine.leads += cell.leads;
        cell.counts.forEach((n, j) => (mine.counts[j] = (mine.counts[j] ?? 0) + n));
      }
    });
  }

  /** Whether absorbing `s` gives what one pass would: not when a share ran out of key slots (its extra keys are lumped together). */
  static exactMerge(s: BreakdownState): boolean {
    return s.dimensions.every((d) => !d.overflowed);
  }

  private dimensions(): Dimension[] {
    return [this.owner, this.source, ...this.by.map(([, d]) => d)];
  }

  result(): Breakdowns {
    const attributes: Record<string, BreakdownRow[]> = Object.create(null) as Record<string, BreakdownRow[]>;
    for (const [f, d] of this.by) attributes[f] = this.rows(d);
    return { owner: this.rows(this.owner), source: this.rows(this.source), attributes };
  }

  private count(d: Dimension, lead: Lead, verdicts: readonly VerdictCode[]): void {
    const v = d.get(lead);
    const cell = d.groups.get(isMissing(v) ? NONE : String(v).trim());
    cell.leads++;
    for (let i = 0; i < verdicts.length; i++) {
      const verdict = verdicts[i];
      if (verdict === MET || verdict === BREACHED || verdict === PENDING) cell.counts[i * 3 + verdict] = (cell.counts[i * 3 + verdict] ?? 0) + 1;
    }
  }

  private rows(d: Dimension): BreakdownRow[] {
    const entries = d.groups
      .entries()
      .sort(([ka, a], [kb, b]) => (ka === OTHER ? 1 : 0) - (kb === OTHER ? 1 : 0) || b.leads - a.leads || (ka < kb ? -1 : ka > kb ? 1 : 0));
    const kept = entries.filter(([k]) => k !== OTHER).slice(0, TOP_KEYS);
    const keptKeys = new Set(kept.map(([k]) => k));
    const rest = entries.filter(([k]) => !keptKeys.has(k));
    if (rest.length > 0) {
      const other: Cell = { leads: 0, counts: new Array<number>(this.slaIds.length * 3).fill(0) };
      for (const [, c] of rest) {
        other.leads += c.leads;
        c.counts.forEach((n, i) => (other.counts[i] = (other.counts[i] ?? 0) + n));
      }
      kept.push([OTHER, other]);
    }
    return kept.map(([key, c]) => {
      const slas: BreakdownRow['slas'] = {};
      this.slaIds.forEach((id, i) => {
        const met = c.counts[i * 3] ?? 0;
        const breached = c.counts[i * 3 + 1] ?? 0;
        const pending = c.counts[i * 3 + 2] ?? 0;
        slas[id] = { met, breached, pending, attainment: ratio(met, met + breached) };
      });
      return { key, leads: c.leads, slas };
    });
  }
}
