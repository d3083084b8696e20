/**
 * The due-soon list: the open leads whose SLA falls due within a window, as of an
 * instant, measured by the same engine as every report (its per-lead verdicts feed the
 * list). `revpact due` and, later, the notifications read it.
 */
import { DateTime } from 'luxon';
import type { RulesIR } from '../compiler/ir.js';
import type { ComplianceReport } from '../engine/types.js';
import type { Rejection } from '../leads/lead.js';
import { impossibleOffset, parsePeriod, type Period } from '../engine/period.js';
import { DueList, type DueItem, type DueNote, type UnmeasuredRule } from '../report/due.js';
import { privateRejection, privateRow } from '../report/render/privacy.js';
import { UsageError } from '../shared/errors.js';
import { FIRST_YEAR } from '../shared/years.js';
import { parseDuration, type Duration } from '../shared/quantities.js';
import type { LeadData } from './lead-data.js';
import { measure, type Watch } from './measure.js';

export interface DueOptions {
  asOfMs: number;
  /** The window, in minutes on each SLA's own clock. */
  withinMinutes: number;
  /** The earliest day an SLA clock may have started (ISO date); default 90 days before as-of. */
  since?: string | undefined;
  /** Lead ids and owners as the data has them; without it, e-mail addresses are masked (the privacy rule). */
  showPii?: boolean;
  /** A progress line while the data is read. */
  watch?: Watch | undefined;
}

export interface DueResult {
  items: DueItem[];
  total: number;
  /** As-of, as an ISO instant in the contract's zone. */
  asOf: string;
  /** Rows of the data that could not be read as leads: not in the list, and said (never a silent gap). */
  rejected: number;
  /** The first of them, with its row and why. */
  rejection: Rejection | null;
  /** SLAs the data cannot measure (no lead has the event that stops the clock): none of their leads is listed, and this says why. */
  unmeasured: UnmeasuredRule[];
  /** Leads that start after as-of, a window before the contract took effect, an SLA condition on a field no column gives: not listed, and said (an early --as-of listed nothing, silently). */
  later: DueNote[];
  /** The leads read when none has a date, else 0: nothing can fall due, and this says why. */
  undated: number;
  /** Leads with dates, none in the window looked at (90 days before as-of, or --since): nothing can be due, and this says why. */
  outside: { leads: number; from: string; range: string } | null;
}

export async function listDue(rules: RulesIR, data: LeadData, options: DueOptions): Promise<DueResult> {
  const { asOf, period } = cohort(rules, options.asOfMs, options.since);
  const list = new DueList(rules, options.withinMinutes, 10_000, options.asOfMs);
  const showPii = options.showPii === true;
  const report = await measure(rules, { kind: 'data', data }, 'streaming', {
    period,
    asOfMs: options.asOfMs,
    onPerLead: (r) => list.add(privateRow(r, showPii)),
    watch: options.watch,
  });
  const unmeasured = unmeasuredRules(report);
  return {
    ...list.result(new Set(unmeasured.map((u) => u.rule))),
    asOf: asOf.toISO({ suppressMilliseconds: true }) ?? '',
    ...unreadRows(report, showPii),
    unmeasured,
    ...whyNotDue(report, unmeasured),
  };
}

/** What kept leads of the data from falling due (later starts, no contract yet, no dates, dates outside the window): due and notify say it rather than list nothing. */
export function whyNotDue(report: ComplianceReport, unmeasured: readonly UnmeasuredRule[]): Pick<DueResult, 'later' | 'undated' | 'outside'> {
  return {
    later: laterNotes(report, new Set(unmeasured.map((u) => u.rule))),
    undated: report.input.evaluated > 0 && report.input.leads.undated === report.input.evaluated ? report.input.evaluated : 0,
    outside: outsideWindow(report),
  };
}

/**
 * Leads that start after as-of and a window before the contract took effect, one line per
 * sentence: each SLA has its own start-after-as-of finding, often word for word the same,
 * so the line names the SLAs it is about (two lines with other counts read as a repeat). An
 * SLA left out whole for want of its stop event has its own line instead.
 */
function laterNotes(report: ComplianceReport, unmeasured: ReadonlySet<string>): DueNote[] {
  const notes = new Map<string, DueNote>();
  for (const f of report.dataQuality) {
    // A condition that reads a field no column gives (a mapping without "region") excluded every lead of its SLA: the list was empty, and said nothing.
    if (f.code !== 'start-after-as-of' && f.code !== 'before-effective' && f.code !== 'condition-field-not-in-export') continue;
    if (f.sla !== undefined && unmeasured.has(f.sla)) continue; // its own line says it is left out whole
    const note = notes.get(f.message) ?? { code: f.code, rules: [], leads: f.count, message: f.message, detail: f.detail ?? '' };
    // That finding's sentence names its SLA itself.
    if (f.sla !== undefined && f.code !== 'condition-field-not-in-export' && !note.rules.includes(f.sla)) note.rules.push(f.sla);
    notes.set(f.message, note);
  }
  const order = report.slas.map((s) => s.id);
  for (const note of notes.values()) note.rules.sort((a, b) => order.indexOf(a) - order.indexOf(b));
  return [...notes.values()];
}

/** Leads that have dates, none of them in the window: the export's first to last day (the empty-period finding's), else null. */
function outsideWindow(report: ComplianceReport): DueResult['outside'] {
  const { evaluated, leads } = report.input;
  if (evaluated === 0 || leads.inPeriod > 0 || leads.undated === evaluated) return null;
  const gap = report.dataQuality.find((f) => f.code === 'no-leads-in-period');
  const range = (gap?.detail ?? '').split('|')[1] ?? '';
  if (range === '') return null;
  return { leads: evaluated - leads.undated, from: report.period.from.slice(0, 10), range };
}

/** The SLAs the report could not measure for want of their stop event: due and notify leave them out, and say so. */
export function unmeasuredRules(report: ComplianceReport): UnmeasuredRule[] {
  return report.dataQuality.flatMap((f) =>
    f.code === 'sla-stop-not-in-export' && f.sla !== undefined ? [{ rule: f.sla, leads: f.count, message: f.message, detail: f.detail ?? '' }] : [],
  );
}

/** The rows the data could not give as leads, as due and notify say them: how many, and the first (e-mail addresses masked without --show-pii). */
export function unreadRows(report: ComplianceReport, showPii: boolean): { rejected: number; rejection: Rejection | null } {
  const first = report.input.rejections[0];
  return { rejected: report.input.rejected, rejection: first === undefined ? null : privateRejection(first, showPii) };
}

/**
 * The leads due and notify look at: every SLA clock started in [since, end of as-of's
 * day]; open leads older than that are long late. `since` defaults to 90 days before as-of.
 */
export function cohort(rules: RulesIR, asOfMs: number, since: string | undefined): { asOf: DateTime; period: Period } {
  const zone = rules.contract.timezone;
  const asOf = DateTime.fromMillis(asOfMs, { zone });
  const to = asOf.toISODate() ?? '';
  const example = asOf.minus({ days: 30 }).toISODate() ?? '';
  if (since !== undefined) {
    // A day, a month (2026-09), an ISO week (2026-W36), a year, or an instant: where clocks may have started from.
    const start = DateTime.fromISO(since.trim(), { zone });
    if (impossibleOffset(since))
      throw new UsageError(`--since "${since}" has no such UTC offset (offsets run from -18:00 to +18:00)`, `e.g. --since ${example}`);
    if (!start.isValid)
      throw new UsageError(
        `--since "${since}" is neither a day nor an ISO instant`,
        `e.g. --since ${example} (a day in the contract’s zone; a month such as 2026-09 or an ISO week such as 2026-W36 means its first day)`,
      );
    // 0000-01-01 would have every lead since the year 0 listed as long late: a typo, as it is in --from and --as-of.
    if (start.year < FIRST_YEAR)
      throw new UsageError(
        `--since ${since} is in the year ${start.year}: revpact measures from ${FIRST_YEAR} on, and a year that far back is surely a typo`,
        `e.g. --since ${example}`,
      );
    if (start.toMillis() > asOf.toMillis())
      throw new UsageError(
        `--since ${since} is after the as-of ${/^\d{4}-\d{2}-\d{2}$/.test(since.trim()) ? `day (${to})` : `(${asOf.toISO({ suppressMilliseconds: true }) ?? ''})`}: no SLA clock can have started yet`,
        `give a day on or before ${to}, e.g. --since ${example}`,
      );
  }
  const period = parsePeriod({ from: since ?? asOf.minus({ days: 90 }).toISODate() ?? '', to }, zone);
  if (!period.ok) throw new UsageError(`--since: ${period.message}`);
  return { asOf, period: period.value };
}

/** `--within`: a window such as 90m, 2h, 2bh or 1bd, longer than nothing (due and notify). */
export function parseWindow(text: string | undefined): Duration {
  const within = text === undefined ? undefined : parseDuration(text);
  if (within && (within.unit === 'd' || within.unit === 'w'))
    throw new UsageError(
      `--within ${text}: a window is counted in hours or business time, not in calendar ${within.unit === 'd' ? 'days' : 'weeks'}`,
      `write ${within.value * (within.unit === 'd' ? 24 : 168)}h for that much clock time, or ${within.value * (within.unit === 'd' ? 1 : 5)}bd for business days`,
    );
  if (!within) throw new UsageError('--within needs a window such as 90m, 2h, 2bh or 1bd', 'the time left is counted on each SLA’s own clock');
  if (!(within.value > 0)) throw new UsageError(`--within ${text}: a window of no time lists nothing`, 'give a window such as 90m, 2h, 2bh or 1bd');
  return within;
}

/** A window such as 90m, 2h, 2bh or 1bd in minutes on a clock; a business day is the first calendar's, as in the contract. */
export function windowMinutes(rules: RulesIR, within: { value: number; unit: string }): number {
  const perDay = rules.calendars[0]?.minutesPerBusinessDay ?? 480;
  return within.unit === 'bd' ? within.value * perDay : within.value * (within.unit === 'm' ? 1 : 60);
}
