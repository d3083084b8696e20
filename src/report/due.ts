/**
 * Due-soon alerts: of the open leads, those whose SLA falls due within a window, most
 * urgent first, so a scheduled job can warn their owners before the time runs out. Pure:
 * it reads the per-lead verdicts the engine emits and the rules' goals.
 *
 * A lead whose due instant has passed is overdue, never "due soon" with 0 minutes left
 * (issue 13, item 23). On a business clock no time passes outside working hours: run on a
 * Sunday, a lead due Friday 18:00 has used exactly its goal, so the engine still calls it
 * pending (it could be touched at Monday's opening and count as met), but its deadline is
 * behind it. Such items are flagged `overdue` and listed first.
 */
import type { RulesIR } from '../compiler/ir.js';
import type { PerLeadRow } from '../engine/types.js';

export interface DueItem {
  leadId: string;
  ruleId: string;
  owner: string | null;
  /** ISO instant, in the contract's zone. */
  dueAt: string;
  /** Time left on the SLA's clock (business minutes for business clocks); 0 when overdue. */
  minutesLeft: number;
  clock: 'business' | 'calendar';
  /** The due instant is at or before as-of: the time is up, whatever the clock says is left. */
  overdue: boolean;
}

/**
 * A data-quality finding the due list repeats under its head: leads that start after as-of, a
 * window before the contract took effect, an SLA condition that reads a field no column gives.
 */
export interface DueNote {
  code: 'start-after-as-of' | 'before-effective' | 'condition-field-not-in-export';
  /** The SLAs it is about (each SLA has its own start-after-as-of finding), in contract order; empty when it is about the contract. */
  rules: string[];
  leads: number;
  message: string;
  detail: string;
}

/** An SLA left out of the due list and the notices because the data cannot measure it (engine/unmeasured.ts). */
export interface UnmeasuredRule {
  rule: string;
  /** Leads in its cohort. */
  leads: number;
  /** The report's finding, in English (due's text and Markdown say it in their language from `detail`). */
  message: string;
  detail: string;
}

/** Collects pending verdicts with at most `withinMinutes` left; bounded by `limit`. */
export class DueList {
  private readonly items: DueItem[] = [];
  private readonly goals: Map<string, { minutes: number; clock: 'business' | 'calendar' }>;
  private total = 0;
  /** How many of `total` each rule has (what `result` takes off for a rule left out). */
  private readonly perRule = new Map<string, number>();

  /**
   * `asOfMs`: the report's as-of instant; an item due at or before it is overdue. Without it,
   * an item is overdue when no time is left on its clock (the same, up to the rounding of
   * elapsed minutes to hundredths).
   */
  constructor(
    rules: RulesIR,
    private readonly withinMinutes: number,
    private readonly limit = 10_000,
    private readonly asOfMs?: number,
  ) {
    this.goals = new Map(rules.slas.map((s) => [s.id, { minutes: s.goal.minutes, clock: s.clock }]));
  }

  add(row: PerLeadRow): void {
    if (row.verdict !== 'pending' || row.elapsedMinutes === null || row.dueAt === null) return;
    const goal = this.goals.get(row.ruleId);
    if (!goal) return;
    const left = Math.max(0, Math.round((goal.minutes - row.elapsedMinutes) * 100) / 100);
    const overdue = this.asOfMs === undefined ? left <= 0 : Date.parse(row.dueAt) <= this.asOfMs;
    if (!overdue && left > this.withinMinutes) return;
    this.total++;
    this.perRule.set(row.ruleId, (this.perRule.get(row.ruleId) ?? 0) + 1);
    if (this.items.length < this.limit)
      this.items.push({
        leadId: row.leadId,
        ruleId: row.ruleId,
        owner: row.owner,
        dueAt: row.dueAt,
        minutesLeft: overdue ? 0 : left,
        clock: goal.clock,
        overdue,
      });
  }

  /**
   * Most urgent first: the overdue (longest overdue first), then least time left, then the
   * earliest due instant, then by lead id. `without`: rules whose verdicts turned out not to
   * be measured (an SLA whose stop event no lead has): their leads are not due, nor counted.
   */
  result(without: ReadonlySet<string> = new Set()): { items: DueItem[]; total: number } {
    let total = this.total;
    for (const rule of without) total -= this.perRule.get(rule) ?? 0;
    const items = this.items
      .filter((i) => !without.has(i.ruleId))
      .sort(
        (a, b) =>
          Number(b.overdue) - Number(a.overdue) ||
          a.minutesLeft - b.minutesLeft ||
          Date.parse(a.dueAt) - Date.parse(b.dueAt) ||
          a.leadId.localeCompare(b.leadId) ||
          a.ruleId.localeCompare(b.ruleId),
      );
    return { items, total };
  }
}
