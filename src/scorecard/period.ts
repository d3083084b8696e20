/**
 * The periods a report card grades: half-years (2026-H1), quarters (2026-Q3) or years
 * (2026), as the contract's `scorecard.cadence` says. Calendar dates only: a card grades
 * a stretch of the calendar, not instants, so no time zone is involved.
 */
import type { RulesIR } from '../compiler/ir.js';

export type CardCadence = NonNullable<RulesIR['scorecard']>['cadence'];

export interface CardPeriod {
  /** As written and as the file is named: "2026-H1". */
  label: string;
  unit: CardCadence;
  year: number;
  /** 1-based index within the year (H1 = 1, Q3 = 3; 1 for a year). */
  index: number;
  /** First day, YYYY-MM-DD. */
  firstDay: string;
  /** Last day, YYYY-MM-DD. */
  lastDay: string;
}

const FORMS: Record<CardCadence, { pattern: RegExp; example: (year: number) => string; months: number }> = {
  'half-yearly': { pattern: /^(\d{4})-H([12])$/, example: (y) => `${y}-H1 or ${y}-H2`, months: 6 },
  quarterly: { pattern: /^(\d{4})-Q([1-4])$/, example: (y) => `${y}-Q1 to ${y}-Q4`, months: 3 },
  yearly: { pattern: /^(\d{4})$/, example: (y) => `${y}`, months: 12 },
};

/** The period `label` names under `cadence`, or undefined when it is written for another cadence. */
export function parseCardPeriod(label: string, cadence: CardCadence): CardPeriod | undefined {
  const m = FORMS[cadence].pattern.exec(label);
  if (!m) return undefined;
  const year = Number(m[1]);
  const index = m[2] === undefined ? 1 : Number(m[2]);
  const month = (index - 1) * FORMS[cadence].months + 1;
  // Day 0 of the month after the period is its last day.
  const last = new Date(Date.UTC(year, month - 1 + FORMS[cadence].months, 0));
  return { label, unit: cadence, year, index, firstDay: `${m[1]}-${String(month).padStart(2, '0')}-01`, lastDay: last.toISOString().slice(0, 10) };
}

/** The cadence a label is written for (2026-Q1 → quarterly), if any. */
export function cadenceOf(label: string): CardCadence | undefined {
  return (Object.keys(FORMS) as CardCadence[]).find((c) => FORMS[c].pattern.test(label));
}

const CADENCE_WORDS: Record<CardCadence, string> = { 'half-yearly': 'every half-year', quarterly: 'every quarter', yearly: 'every year' };
const UNIT_WORDS: Record<CardCadence, string> = { 'half-yearly': 'a half-year', quarterly: 'a quarter', yearly: 'a year' };

/**
 * Why `label` is no period of `cadence`, for a grade file's `period:` and for `--period`
 * alike; undefined when it is one, in either case (--period 2026-h1 names 2026-H1). The
 * example is for the year the label starts with, or `fallbackYear` when it starts with none.
 */
export function periodProblem(label: string, cadence: CardCadence, fallbackYear: number): { message: string; suggest: string } | undefined {
  if (parseCardPeriod(label.toUpperCase(), cadence)) return undefined;
  const written = cadenceOf(label.toUpperCase());
  const year = /^\d{4}/.test(label) ? Number(label.slice(0, 4)) : fallbackYear;
  return {
    message:
      (written ? `"${label}" is ${UNIT_WORDS[written]}, but` : `"${label}" is not a period;`) +
      ` the teams grade each other ${CADENCE_WORDS[cadence]} (scorecard.cadence: ${cadence})`,
    suggest: `write the period as ${periodExample(cadence, year)}`,
  };
}

/** How to write a period of `cadence` in `year`: "2026-H1 or 2026-H2". */
export function periodExample(cadence: CardCadence, year: number): string {
  return FORMS[cadence].example(year);
}

/** The labels of the periods strictly between `a` and `b` (same cadence), oldest first. */
export function periodsBetween(a: CardPeriod, b: CardPeriod): string[] {
  const perYear = 12 / FORMS[a.unit].months;
  const out: string[] = [];
  // At most a century of periods: a card dated 1026 by a slip would otherwise list thousands.
  for (let n = a.year * perYear + a.index; n < b.year * perYear + b.index - 1 && out.length < 400; n++) {
    const year = Math.floor(n / perYear);
    const index = (n % perYear) + 1;
    out.push(a.unit === 'yearly' ? `${year}` : `${year}-${a.unit === 'quarterly' ? 'Q' : 'H'}${index}`);
  }
  return out;
}

/** Chronological order. */
export function comparePeriods(a: CardPeriod, b: CardPeriod): number {
  return a.year - b.year || a.index - b.index;
}
