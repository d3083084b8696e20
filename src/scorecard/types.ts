/**
 * A report card as written (`GradeFileSpec`, schema/scorecard.schema.json), as checked
 * against the contract (`GradeCard`), and the history of cards as a reader sees it
 * (`ScorecardReport`), which every output format renders.
 */
import type { TeamId } from '../compiler/ir.js';
import type { CardCadence, CardPeriod } from './period.js';

export const SIDES: readonly TeamId[] = ['marketing', 'sales'];

/** The team a side's card grades: marketing's card grades sales and vice versa. */
export function gradedBy(side: TeamId): TeamId {
  return side === 'marketing' ? 'sales' : 'marketing';
}

export interface GradeSpec {
  need: string;
  grade: string;
  comment?: string;
}

export interface CardSpec {
  grader: { name: string; github?: string };
  date: string;
  grades: GradeSpec[];
}

/** The file as written, once it passed the schema. */
export interface GradeFileSpec {
  apiVersion: 'revpact/v1';
  kind: 'scorecard';
  contract: string;
  period: string;
  marketing: CardSpec;
  sales: CardSpec;
}

export interface Grade {
  need: string;
  grade: string;
  comment: string | null;
}

export interface SideCard {
  grader: { name: string; github: string | null };
  date: string;
  /** In the order of the contract's needs for this side. */
  grades: Grade[];
}

/** One period's cards, checked against the contract. */
export interface GradeCard {
  file: string;
  contract: string;
  period: CardPeriod;
  /** Where the period is written, for a diagnostic about the card as a whole (two cards for one period). */
  periodAt: { line: number; column: number };
  sides: Record<TeamId, SideCard>;
}

export type Trend = 'up' | 'down' | 'same' | 'new';

export interface NeedHistory {
  id: string;
  need: string;
  /** One entry per period of the report, oldest first; null where the need was not graded. */
  grades: (string | null)[];
  /** The grade in the current period, with its comment. */
  current: string | null;
  comment: string | null;
  /** Current grade against the latest earlier grade of the same need; null when not graded now. */
  trend: Trend | null;
}

export interface SideHistory {
  /** The team that grades. */
  side: TeamId;
  /** The team graded, which owns any action item. */
  graded: TeamId;
  /** Who graded in the current period, and when. */
  grader: { name: string; github: string | null };
  date: string;
  needs: NeedHistory[];
}

export interface ActionItem {
  need: string;
  needText: string;
  grade: string;
  comment: string | null;
  /** The team that gave the grade. */
  gradedBy: TeamId;
  /** The team graded: it owns the fix. */
  owner: TeamId;
  ownerName: string;
  ownerGithub: string;
}

export interface ScorecardReport {
  contract: { name: string; title: string | null; version: string };
  cadence: CardCadence;
  scale: { grade: string; meaning: string | null }[];
  commentBelow: string;
  /** The grades that make a need an action item: the two worst of the scale. */
  actionGrades: string[];
  /** Periods shown, oldest first, ending with the current one. */
  periods: string[];
  current: string;
  /** The grade files read, as the user named them, in period order. */
  files: string[];
  sides: SideHistory[];
  /** Worst grade first, then marketing's card before sales', then the contract's order. */
  actions: ActionItem[];
}
