/**
 * Due-soon alerts: of the open leads, those whose SLA falls due within a window, most
 * urgent first, so a scheduled job can warn their owners before the time runs out. Pure:
 * it reads the per-lead verdicts the engine emits and the rules' goals.
 */
import type { RulesIR } from '../compiler/ir.js';
import type { PerLeadRow } from '../engine/types.js';

export interface DueItem {
  leadId: string;
  ruleId: string;
  owner: string | null;
  /** ISO instant, in the contract's zone. */
  dueAt: string;
  /** Time left on the SLA's clock (business minutes for business clocks). */
  minutesLeft: number;
  clock: 'business' | 'calendar';
}

/** Collects pending verdicts with at most `withinMinutes` left; bounded by `limit`. */
export class DueList {
  private readonly items: DueItem[] = [];
  private readonly goals: Map<string, { minutes: number; clock: 'business' | 'calendar' }>;
  private total = 0;

  constructor(
    rules: RulesIR,
    private readonly withinMinutes: number,
    private readonly limit = 10_000,
  ) {
    this.goals = new Map(rules.slas.map((s) => [s.id, { minutes: s.goal.minutes, clock: s.clock }]));
  }

  add(row: PerLeadRow): void {
    if (row.verdict !== 'pending' || row.elapsedMinutes === null || row.dueAt === null) return;
    const goal = this.goals.get(row.ruleId);
    if (!goal) return;
    const left = Math.round((goal.minutes - row.elapsedMinutes) * 100) / 100;
    if (left > this.withinMinutes) return;
    this.total++;
    if (this.items.length < this.limit)
      this.items.push({ leadId: row.leadId, ruleId: row.ruleId, owner: row.owner, dueAt: row.dueAt, minutesLeft: left, clock: goal.clock });
  }

  /** Most urgent first: least time left, then the earliest due instant, then by lead id. */
  result(): { items: DueItem[]; total: number } {
    const items = [...this.items].sort(
      (a, b) =>
        a.minutesLeft - b.minutesLeft || Date.parse(a.dueAt) - Date.parse(b.dueAt) || a.leadId.localeCompare(b.leadId) || a.ruleId.localeCompare(b.ruleId),
    );
    return { items, total: this.total };
  }
}
