/**
 * Reviewing a contract change, the one way `revpact diff` and the Action's pull-request
 * review do it: both sides' rules, the changes and the version they need, and, given lead
 * data, what the change would have done to the period's numbers.
 */
import type { RulesIR } from '../compiler/ir.js';
import type { ComplianceReport } from '../engine/types.js';
import { findRenames } from '../review/diff.js';
import { simulateImpact, unsimulatedNotes } from '../review/impact.js';
import { say, type Phrase } from '../review/phrase.js';
import { renderPhrase } from '../review/summaries/index.js';
import { reviewChange, type ReviewSide } from '../review/review.js';
import type { DiffReport } from '../review/types.js';
import { fieldsWithColumn } from '../leads/mapping/convert.js';
import { sourceUsage, type LeadData } from './lead-data.js';
import { attributesGiven } from './by.js';
import { refuseUnread, type Watch } from './measure.js';
import type { When } from './when.js';

export interface ImpactData {
  data: LeadData;
  /** The period and as-of for a side, in that side's own zone (as `check` would read it alone). */
  when: (zone: string) => When;
  /** How the mapping was chosen, when that needs saying (mappingNotes). */
  notes?: Phrase[];
  /** A progress line over both passes (the base contract, then the head). */
  watch?: Watch;
}

export interface ReviewedChange {
  report: DiffReport;
  /** The head contract's compliance report on the data, when simulated. */
  head?: ComplianceReport;
}

export async function reviewContractChange(base: ReviewSide, head: ReviewSide, impact?: ImpactData): Promise<ReviewedChange> {
  const report = reviewChange(base, head);
  if (!impact) return { report };
  const notes = [...(impact.notes ?? [])];
  const side = (rules: RulesIR) => {
    const zone = rules.contract.timezone;
    const source = impact.data.open(zone);
    const given = () => {
      const columns = source.stats.columns;
      return columns === undefined ? undefined : fieldsWithColumn(impact.data.mapping, columns);
    };
    const attributes = () => {
      const columns = source.stats.columns;
      return columns === undefined ? undefined : attributesGiven(columns, impact.data.mapping);
    };
    return { rules, ...impact.when(zone), items: source.items, stats: source.stats, given, attributes };
  };
  const sides = { base: side(base.rules), head: side(head.rules) };
  const stats = [sides.base.stats, sides.head.stats];
  const stop = impact.watch?.(
    {
      get rows() {
        return stats[0]!.rows + stats[1]!.rows;
      },
      get bytes() {
        return stats[0]!.bytes + stats[1]!.bytes;
      },
    },
    'streaming',
  );
  const [baseZone, headZone] = [base.rules.contract.timezone, head.rules.contract.timezone];
  if (baseZone !== headZone) notes.push(say('note.zones', { base: baseZone, head: headZone, label: sides.head.period.label }));
  try {
    const result = await simulateImpact(sides.base, sides.head, {
      files: impact.data.files,
      mapping: impact.data.mappingName,
      renamedSlas: findRenames(base.rules, head.rules).slas,
      notes,
    });
    refuseUnread(result.reports.head, false);
    report.impact = result.impact;
    const more = unsimulatedNotes(report.changes);
    report.impact.notes.push(...more.map((n) => renderPhrase(n, 'en')));
    report.impact.noteMessages?.push(...more);
    return { report, head: result.reports.head };
  } catch (e) {
    throw sourceUsage(e);
  } finally {
    stop?.();
  }
}

/**
 * The mapping both sides read the data with is the head's (or the option): one mapping, so
 * both sides see the same leads. Say so when the base named another.
 */
export function mappingNotes(option: string | undefined, base: RulesIR, head: RulesIR): Phrase[] {
  if (option !== undefined || base.contract.mapping === head.contract.mapping) return [];
  return [say('note.mapping', { base: base.contract.mapping ?? 'canonical', head: head.contract.mapping ?? 'canonical' })];
}
