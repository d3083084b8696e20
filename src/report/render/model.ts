/**
 * The report as a reader sees it, before any format: a header, sections of tables whose
 * cells are plain one-line text, and the verdict. Text, Markdown and HTML all render
 * this one model, so they show the same numbers with the same words; each escapes the
 * cells for its own syntax. Data strings are `clean`ed here (one line, no controls).
 */
import type { BreakdownRow, CommitmentResult, ComplianceReport, DataQualityFinding, SeriesPeriod, SlaResult, Status } from '../../engine/types.js';
import { clean, createFormatter, type Formatter } from '../../render/format.js';
import type { ReportText } from './messages.js';
import { parseDuration } from '../../shared/quantities.js';
import { OTHER, TOP_KEYS } from '../../engine/metrics/breakdowns.js';
import type { RecordUrl } from './links.js';

export type Tone = Status | null;

export interface Column {
  label: string;
  numeric: boolean;
  /** Free text that may be long: the text renderer prints it on its own line under the row. */
  long: boolean;
}

export interface Cell {
  text: string;
  /** Set on status cells: renderers colour them. */
  tone: Tone;
  /**
   * The cell as pieces, some linked to a CRM record (lead ids, with `metadata.crm`): the
   * pieces' texts joined make `text`. Markdown and HTML link them; the terminal shows `text`.
   */
  parts?: { text: string; href: string | null }[];
}

export interface Table {
  /** A sub-heading inside the section ("By owner"), or null for the section's own table. */
  heading: string | null;
  columns: Column[];
  rows: Cell[][];
  /** A line under the table saying what a summary row of it stands for, or null. */
  note: string | null;
  /** Whether the first cell names the row (an SLA, a step, a lead). */
  rowHeader: boolean;
}

export type SectionKey = 'slas' | 'series' | 'commitments' | 'funnel' | 'followUp' | 'handoff' | 'worst' | 'dataQuality' | 'breakdowns';

export interface Section {
  key: SectionKey;
  title: string;
  /** A short line under the title, or null. */
  summary: string | null;
  tables: Table[];
}

export interface Tally {
  total: number;
  pass: number;
  fail: number;
  noData: number;
}

export interface ReportModel {
  title: string;
  /** name@version */
  subject: string;
  contractTitle: string | null;
  periodLabel: string;
  asOf: string;
  facts: { label: string; value: string }[];
  sections: Section[];
  status: Status;
  /** The verdict in words, without the status word: "1 of 3 SLAs … missed the target". */
  verdict: string;
  slas: Tally;
  commitments: Tally;
  /** With `check --every`: the series as numbers (for charts); its table is among `sections`. Null otherwise. */
  series: SeriesModel | null;
}

/** A series as numbers, not text: what a chart plots. Ratios are 0..1, goals and actuals in the commitment's unit. */
export interface SeriesModel {
  every: 'week' | 'month' | 'quarter';
  slas: { id: string; target: number; clock: 'business' | 'calendar' }[];
  commitments: { id: string; unit: 'leads' | 'ratio' | 'money' }[];
  periods: {
    label: string;
    /** ISO instants (the JSON's), `to` exclusive. */
    from: string;
    to: string;
    partial: boolean;
    future: boolean;
    running: boolean;
    status: Status | 'future';
    /** In the order of `slas`; empty when future. */
    slas: {
      attainment: number | null;
      met: number;
      breached: number;
      pending: number;
      medianMinutes: number | null;
      p90Minutes: number | null;
      status: Status;
    }[];
    /** In the order of `commitments`; empty when future. */
    commitments: { actual: number | null; goal: number; status: Status }[];
  }[];
}

export interface ModelOptions {
  /** Most rows per breakdown table. */
  breakdownRows: number;
  /** A lead id → its record in the CRM (the contract's metadata.crm); no links without it. */
  recordUrl?: RecordUrl | undefined;
}

export function buildModel(report: ComplianceReport, text: ReportText, options: ModelOptions): ReportModel {
  const f = createFormatter(text, report.contract.currency);
  const lead = leadCells(options.recordUrl, text);
  const slas = tally(report.slas);
  const commitments = tally(report.commitments);
  const series = seriesModel(report);
  const sections = [
    slaSection(report, text, f),
    series === null ? null : seriesSection(series, report, text, f),
    commitmentSection(report, text, f),
    funnelSection(report, text, f),
    followUpSection(report, text, f, lead),
    handoffSection(report, text, f),
    worstSection(report, text, f, lead),
    dataQualitySection(report, text, f, lead),
    breakdownSection(report, text, f, options.breakdownRows),
  ].filter((s): s is Section => s !== null);

  const { period, input, contract } = report;
  const facts = [
    {
      label: text.facts.period,
      value: text.periodRange(clean(period.label), text.instant(clean(period.from)), text.instant(clean(period.to)), clean(period.timezone)),
    },
    { label: text.facts.asOf, value: text.instant(clean(period.asOf)) },
    { label: text.facts.input, value: text.inputCounts(f.count(input.rows), f.count(input.evaluated), f.count(input.rejected), input.rows) },
  ];
  if (input.files.length > 0) facts.push({ label: text.facts.files, value: input.files.map(clean).join(text.listSeparator) });
  // Leads that are another period's business are counted in "evaluated": say where they went (issue 13).
  const l = input.leads;
  if (l.before + l.after + l.undated > 0)
    facts.push({
      label: text.leadsByDateFact,
      value: text.leadsByDate(f.count(l.inPeriod), f.count(l.before), f.count(l.after), f.count(l.undated), l.undated),
    });

  return {
    title: text.title,
    subject: `${clean(contract.name)}@${clean(contract.version)}`,
    contractTitle: contract.title === null ? null : clean(contract.title),
    periodLabel: clean(period.label),
    asOf: clean(period.asOf),
    facts,
    sections,
    status: report.status,
    verdict: verdictText(report.status, slas, commitments, text),
    slas,
    commitments,
    series,
  };
}

/* ───────────────────────── verdict ───────────────────────── */

function tally(items: readonly { status: Status }[]): Tally {
  const t: Tally = { total: items.length, pass: 0, fail: 0, noData: 0 };
  for (const i of items) {
    if (i.status === 'pass') t.pass++;
    else if (i.status === 'fail') t.fail++;
    else t.noData++;
  }
  return t;
}

export function verdictText(status: Status, slas: Tally, commitments: Tally, text: ReportText): string {
  const v = text.verdict;
  const noData = slas.noData + commitments.noData;
  const suffix = noData > 0 && noData < slas.total + commitments.total ? ` (${v.withoutData(noData)})` : '';
  if (slas.total + commitments.total === 0) return v.nothing;
  if (status === 'fail' || slas.fail + commitments.fail > 0) {
    const parts: string[] = [];
    if (slas.total > 0) parts.push(v.failedOf(slas.fail, slas.total, 'sla'));
    if (commitments.total > 0) parts.push(v.failedOf(commitments.fail, commitments.total, 'commitment'));
    return v.fail(parts) + suffix;
  }
  if (slas.pass + commitments.pass === 0) return v.noData;
  const parts: string[] = [];
  if (slas.total > 0) parts.push(v.all(slas.total, 'sla'));
  if (commitments.total > 0) parts.push(v.all(commitments.total, 'commitment'));
  // With some items lacking data, "all N" would overclaim: count what passed instead.
  if (noData > 0) {
    parts.length = 0;
    if (slas.total > 0) parts.push(v.failedOf(slas.pass, slas.total, 'sla'));
    if (commitments.total > 0) parts.push(v.failedOf(commitments.pass, commitments.total, 'commitment'));
  }
  return v.pass(parts) + suffix;
}

/* ───────────────────────── sections ───────────────────────── */

const col = (label: string, numeric = false, long = false): Column => ({ label, numeric, long });
const cell = (value: string, tone: Tone = null): Cell => ({ text: value, tone });

/** Cells of lead ids: one id, or a list of them, each linked to its CRM record when the contract says where records live. */
interface LeadCells {
  one(id: string): Cell;
  list(ids: readonly string[]): Cell;
}

function leadCells(url: RecordUrl | undefined, text: ReportText): LeadCells {
  const part = (id: string) => ({ text: clean(id), href: url ? url(id) : null });
  return {
    one(id) {
      const p = part(id);
      return p.href === null ? cell(p.text) : { text: p.text, tone: null, parts: [p] };
    },
    list(ids) {
      if (ids.length === 0) return cell(text.none);
      const parts = ids.map(part);
      const joined = parts.map((p) => p.text).join(text.listSeparator);
      if (parts.every((p) => p.href === null)) return cell(joined);
      // The separators are pieces too, so the pieces still read as the text.
      return { text: joined, tone: null, parts: parts.flatMap((p, i) => (i === 0 ? [p] : [{ text: text.listSeparator, href: null }, p])) };
    },
  };
}

function statusCell(status: Status, text: ReportText): Cell {
  return cell(text.status[status], status);
}

function slaSection(report: ComplianceReport, text: ReportText, f: Formatter): Section | null {
  if (report.slas.length === 0) return null;
  const c = text.columns;
  // Only when some clock started outside the period: a column of "0 / 0" says nothing.
  const withOutside = report.slas.some((s) => s.outsidePeriod.before + s.outsidePeriod.after > 0);
  const columns = [
    col(c.sla),
    col(c.owner),
    col(c.goal),
    col(c.met, true),
    col(c.breached, true),
    col(c.pending, true),
    col(c.excluded, true),
    ...(withOutside ? [col(text.outsideColumn, true)] : []),
    col(c.attainment, true),
    col(c.target, true),
    col(text.stoppedColumns.median, true),
    col(text.stoppedColumns.p90, true),
    col(text.stoppedColumns.open),
    col(c.status),
  ];
  const rows = report.slas.map((s) => [
    cell(clean(s.id)),
    cell(teamName(s.owner, text)),
    cell(goalText(s, text, f)),
    cell(f.count(s.met)),
    cell(f.count(s.breached)),
    cell(f.count(s.pending)),
    cell(f.count(s.excluded)),
    ...(withOutside ? [cell(text.outsideCounts(f.count(s.outsidePeriod.before), f.count(s.outsidePeriod.after)))] : []),
    cell(f.measured(s.attainment)),
    cell(f.stated(s.target)),
    cell(f.duration(s.elapsedMinutes.median, s.clock)),
    cell(f.duration(s.elapsedMinutes.p90, s.clock)),
    cell(openAgesText(s, text, f)),
    statusCell(s.status, text),
  ]);
  return { key: 'slas', title: text.sections.slas, summary: null, tables: [{ heading: null, columns, rows, note: null, rowHeader: true }] };
}

/** Open leads apart from the stopped ones' times: "3: median 7h 30m, oldest 14h 30m", or "0". */
export function openAgesText(s: SlaResult, text: ReportText, f: Formatter): string {
  const o = s.open;
  if (o.count === 0) return f.count(0);
  return text.openAges(f.count(o.count), f.duration(o.medianAgeMinutes, s.clock), f.duration(o.oldestAgeMinutes, s.clock));
}

/**
 * The goal in the contract's own unit (issue 13, item 24): "2bd" reads "2 business days",
 * not "16h business"; a goal in hours, days or minutes says its clock: "4h business".
 */
export function goalText(s: SlaResult, text: ReportText, f: Formatter): string {
  const written = parseDuration(s.goal);
  if (!written) return text.goalOnClock(f.duration(s.goalMinutes, s.clock), text.clock[s.clock] ?? s.clock);
  const words = text.written(written.value, written.unit);
  return written.business ? words : text.goalOnClock(words, text.clock[s.clock] ?? s.clock);
}

/** A duration the contract wrote ("7bd"), in its own unit; minutes in words when it does not parse. */
export function writtenText(written: string, minutes: number, text: ReportText, f: Formatter): string {
  const d = parseDuration(written);
  return d ? text.written(d.value, d.unit) : f.duration(minutes);
}

function commitmentSection(report: ComplianceReport, text: ReportText, f: Formatter): Section | null {
  if (report.commitments.length === 0) return null;
  const c = text.columns;
  // The basis only when some goal was scaled from another period; a same-period goal needs no note.
  const withBasis = report.commitments.some((m) => goalBasis(m, text, f) !== null);
  const columns = [col(c.commitment), col(c.owner), col(c.kind), col(c.actual, true), col(c.goal, true)];
  if (withBasis) columns.push(col(c.basis));
  columns.push(col(c.status));
  const rows = report.commitments.map((m) => {
    const row = [
      cell(clean(m.id)),
      cell(teamName(m.owner, text)),
      cell(text.kind[m.kind] ?? clean(m.kind)),
      cell(commitmentActual(m, text, f)),
      cell(commitmentValue(m, m.goal, 'stated', f)),
    ];
    if (withBasis) row.push(cell(goalBasis(m, text, f) ?? text.none));
    row.push(statusCell(m.status, text));
    return row;
  });
  return { key: 'commitments', title: text.sections.commitments, summary: null, tables: [{ heading: null, columns, rows, note: null, rowHeader: true }] };
}

/** A commitment quantity in its unit: a count of leads, a share (measured or stated), or money. */
export function commitmentValue(m: CommitmentResult, value: number | null, as: 'measured' | 'stated', f: Formatter): string {
  if (value === null) return f.measured(null);
  if (m.unit === 'ratio') return as === 'measured' ? f.measured(value) : f.stated(value);
  if (m.unit === 'leads' && Number.isInteger(value)) return f.count(value);
  return m.unit === 'money' ? f.money(value) : f.amount(value);
}

/** "2,000 a month × 3" when the goal was scaled from another period; null when it was not. */
export function goalBasis(m: CommitmentResult, text: ReportText, f: Formatter): string | null {
  const g = m.goalScaling;
  if (!g || (g.method !== 'multiple' && g.method !== 'prorated-days')) return null;
  const stated = commitmentValue(m, g.stated, 'stated', f);
  const period = text.period[g.period] ?? clean(g.period);
  const factor = f.factor(g.factor);
  return g.method === 'multiple' ? text.goalBasis.multiple(stated, period, factor) : text.goalBasis.proratedDays(stated, period, factor);
}

/** The actual, with the cohort behind a ratio: "23.5% of 412". */
export function commitmentActual(m: CommitmentResult, text: ReportText, f: Formatter): string {
  const value = commitmentValue(m, m.actual, 'measured', f);
  return m.unit === 'ratio' && m.actual !== null && m.base !== undefined ? text.ratioOfBase(value, f.count(m.base)) : value;
}

function funnelSection(report: ComplianceReport, text: ReportText, f: Formatter): Section | null {
  if (report.funnel.length === 0) return null;
  const c = text.columns;
  const columns = [
    col(c.step),
    col(c.entered, true),
    col(c.converted, true),
    col(c.exited, true),
    col(c.open, true),
    col(c.rate, true),
    col(c.target, true),
    col(c.status),
  ];
  const rows = report.funnel.map((r) => [
    cell(text.funnelStep(clean(r.from), clean(r.to))),
    cell(f.count(r.entered)),
    cell(f.count(r.converted)),
    cell(f.count(r.exited)),
    cell(f.count(r.open)),
    cell(f.measured(r.rate)),
    cell(f.stated(r.target)),
    // Measured, but the contract states no rate to compare with: that is not "no data".
    r.target === null && r.rate !== null ? cell(text.noTarget) : statusCell(r.status, text),
  ]);
  return { key: 'funnel', title: text.sections.funnel, summary: null, tables: [{ heading: null, columns, rows, note: null, rowHeader: true }] };
}

function followUpSection(report: ComplianceReport, text: ReportText, f: Formatter, lead: LeadCells): Section | null {
  const r = report.followUp;
  if (!r) return null;
  const c = text.columns;
  const tables: Table[] = [
    {
      heading: null,
      columns: [col(c.checked, true), col(c.compliant, true), col(c.violations, true), col(c.compliance, true), col(c.rule)],
      rows: [
        [
          cell(f.count(r.checked)),
          cell(f.count(r.compliant)),
          cell(f.count(r.violations)),
          cell(f.measured(r.rate)),
          cell(text.followUpRule(f.count(r.minAttempts), writtenText(r.minSpan, r.minSpanMinutes, text, f))),
        ],
      ],
      note: null,
      rowHeader: false,
    },
  ];
  if (r.worst.length > 0) {
    tables.push({
      heading: text.tables.followUpWorst,
      columns: [col(c.lead), col(c.attempts, true), col(c.span, true)],
      rows: r.worst.map((w) => [lead.one(w.leadId), cell(w.attempts === null ? text.none : f.count(w.attempts)), cell(f.duration(w.spanMinutes))]),
      note: null,
      rowHeader: true,
    });
  }
  return { key: 'followUp', title: text.sections.followUp, summary: null, tables };
}

/**
 * A data-quality finding's message in the report's language: the engine's is English, and
 * a locale says it again from the finding's parts when it can (the report's section, the
 * GitHub annotations, the due list's rejected rows).
 */
export function findingText(d: Pick<DataQualityFinding, 'code' | 'count' | 'detail' | 'message'>, text: ReportText): string {
  return (d.detail === undefined ? null : text.findingMessage(d.code, d.count, clean(d.detail))) ?? clean(d.message);
}

function handoffSection(report: ComplianceReport, text: ReportText, f: Formatter): Section | null {
  const h = report.handoff;
  if (!h) return null;
  const notInExport = h.notInExport;
  const c = text.columns;
  const tables: Table[] = [
    {
      heading: null,
      columns: [col(c.stage), col(c.leads, true), col(c.complete, true), col(c.rate, true)],
      rows: [
        [
          cell(clean(h.stage)),
          cell(f.count(h.leads)),
          cell(f.count(h.complete)),
          // Fields the export does not carry: name them rather than print 0%.
          cell(notInExport.length > 0 ? text.handoffNotMeasured(notInExport.map(clean).join(text.listSeparator)) : f.measured(h.rate)),
        ],
      ],
      note: null,
      rowHeader: true,
    },
  ];
  if (h.missing.length > 0) {
    tables.push({
      heading: text.tables.handoffMissing,
      columns: [col(c.field), col(c.leads, true)],
      rows: h.missing.map((m) => [cell(clean(m.field)), cell(notInExport.includes(m.field) ? text.missingFromExport : f.count(m.count))]),
      note: null,
      rowHeader: true,
    });
  }
  return { key: 'handoff', title: text.sections.handoff, summary: null, tables };
}

function worstSection(report: ComplianceReport, text: ReportText, f: Formatter, lead: LeadCells): Section | null {
  const entries = report.slas.flatMap((s) => s.worst.map((w) => ({ sla: s, w })));
  if (entries.length === 0) return null;
  const withEmail = entries.some((e) => e.w.email !== undefined);
  const withName = entries.some((e) => e.w.name !== undefined);
  const c = text.columns;
  const columns = [col(c.sla), col(c.lead), col(c.owner), col(c.elapsed, true), col(c.overdue, true), col(c.due)];
  if (withEmail) columns.push(col(c.email));
  if (withName) columns.push(col(c.name));
  const rows = entries.map(({ sla, w }) => {
    const row = [
      cell(clean(sla.id)),
      lead.one(w.leadId),
      cell(w.owner === null ? text.none : clean(w.owner)),
      cell(f.duration(w.elapsedMinutes, sla.clock)),
      cell(f.duration(w.overdueMinutes, sla.clock)),
      cell(text.instant(clean(w.dueAt))),
    ];
    if (withEmail) row.push(cell(w.email === undefined ? text.none : clean(w.email)));
    if (withName) row.push(cell(w.name === undefined ? text.none : clean(w.name)));
    return row;
  });
  return {
    key: 'worst',
    title: text.sections.worst,
    summary: text.sectionSummary.worst,
    tables: [{ heading: null, columns, rows, note: null, rowHeader: true }],
  };
}

function dataQualitySection(report: ComplianceReport, text: ReportText, f: Formatter, lead: LeadCells): Section {
  const findings = report.dataQuality;
  const summary = text.sectionSummary.dataQuality(findings.length);
  if (findings.length === 0) return { key: 'dataQuality', title: text.sections.dataQuality, summary, tables: [] };
  const withSla = findings.some((d) => d.sla !== undefined);
  const c = text.columns;
  const columns = [col(c.severity), col(c.code)];
  if (withSla) columns.push(col(c.sla));
  columns.push(col(c.count, true), col(c.message, false, true), col(c.examples, false, true));
  const rows = findings.map((d) => {
    const row = [cell(text.severity[d.severity] ?? clean(d.severity)), cell(clean(d.code))];
    if (withSla) row.push(cell(d.sla === undefined ? text.none : clean(d.sla)));
    row.push(
      cell(f.count(d.count)),
      cell(findingText(d, text)),
      // Examples are lead ids, but for rejected rows (file:row, no record to open).
      d.code === 'rejected-rows' || d.examples.length === 0
        ? cell(d.examples.length === 0 ? text.none : d.examples.map(clean).join(text.listSeparator))
        : lead.list(d.examples),
    );
    return row;
  });
  return { key: 'dataQuality', title: text.sections.dataQuality, summary, tables: [{ heading: null, columns, rows, note: null, rowHeader: true }] };
}

function breakdownSection(report: ComplianceReport, text: ReportText, f: Formatter, limit: number): Section | null {
  const b = report.breakdowns;
  const dims: { heading: string; keyLabel: string; rows: BreakdownRow[] }[] = [];
  if (b.owner.length > 0) dims.push({ heading: text.tables.byOwner, keyLabel: text.columns.owner, rows: b.owner });
  if (b.source.length > 0) dims.push({ heading: text.tables.bySource, keyLabel: text.columns.source, rows: b.source });
  for (const [name, rows] of Object.entries(b.attributes)) {
    if (rows.length > 0) dims.push({ heading: text.tables.byAttribute(clean(name)), keyLabel: clean(name), rows });
  }
  if (dims.length === 0) return null;
  const cellOf = (r: BreakdownRow, id: string) => (Object.hasOwn(r.slas, id) ? r.slas[id] : undefined);
  const tables = dims.map((d): Table => {
    // The engine's order: most leads first, "(other)" last. Past the limit the rows left off
    // are summed into one "(other)" row: cut off, they (and the engine's own "(other)", which
    // came last) were out of sight, the leads of thousands of values behind "… and 41 more".
    // One row over is shown as it is: an "(other)" row for a single value would hide its name.
    const cut = d.rows.length > limit + 1;
    const folded = cut ? d.rows.slice(limit) : [];
    const shown = cut ? [...d.rows.slice(0, limit), sumRows(folded)] : d.rows;
    // An SLA with no attainment in any shown row would be a column of dashes.
    const slaIds = report.slas.map((s) => s.id).filter((id) => shown.some((r) => (cellOf(r, id)?.attainment ?? null) !== null));
    return {
      heading: d.heading,
      columns: [col(d.keyLabel), col(text.columns.leads, true), ...slaIds.map((id) => col(clean(id), true))],
      rows: shown.map((r) => [
        cell(Object.hasOwn(text.breakdownKeys, r.key) ? (text.breakdownKeys[r.key] as string) : clean(r.key)),
        cell(f.count(r.leads)),
        ...slaIds.map((id) => {
          const s = cellOf(r, id);
          if (!s || s.attainment === null) return cell(text.none);
          return cell(text.attainmentOf(f.measured(s.attainment), f.count(s.met), f.count(s.met + s.breached)));
        }),
      ]),
      note: cut ? otherNote(folded, text, f) : null,
      rowHeader: true,
    };
  });
  return { key: 'breakdowns', title: text.sections.breakdowns, summary: text.sectionSummary.breakdowns(dims.length), tables };
}

/** Rows summed into one "(other)" row: leads and, per SLA, met, breached and pending. */
function sumRows(rows: readonly BreakdownRow[]): BreakdownRow {
  const slas: BreakdownRow['slas'] = {};
  let leads = 0;
  for (const r of rows) {
    leads += r.leads;
    for (const [id, c] of Object.entries(r.slas)) {
      const sum = Object.hasOwn(slas, id) ? (slas[id] as BreakdownRow['slas'][string]) : { met: 0, breached: 0, pending: 0, attainment: null };
      sum.met += c.met;
      sum.breached += c.breached;
      sum.pending += c.pending;
      sum.attainment = sum.met + sum.breached === 0 ? null : sum.met / (sum.met + sum.breached);
      slas[id] = sum;
    }
  }
  return { key: OTHER, leads, slas };
}

/** What the "(other)" row of a cut table sums: how many values, and whether the engine's own "(other)" is among them. */
function otherNote(folded: readonly BreakdownRow[], text: ReportText, f: Formatter): string {
  const values = folded.filter((r) => r.key !== OTHER).length;
  const pastTop = folded.some((r) => r.key === OTHER) ? f.count(TOP_KEYS) : null;
  return text.otherRow(text.breakdownKeys[OTHER] ?? OTHER, f.count(values), values, pastTop);
}

/** Why a month (or week, or quarter) shows no numbers; `measured` when it has them. */
export type MonthState = 'measured' | 'before-data' | 'before-effective' | 'no-leads' | 'future';

/**
 * A measured month (or week, or quarter) without numbers says why: the contract was not in
 * effect yet, no lead of the data has a date in or before it (the data starts later), or
 * none in it.
 */
export function monthState(p: SeriesPeriod): MonthState {
  if (p.future) return 'future';
  if (p.dataQuality.some((d) => d.code === 'before-effective')) return 'before-effective';
  const leads = p.leads;
  if (leads === null || leads.inPeriod > 0) return 'measured';
  return leads.before === 0 ? 'before-data' : 'no-leads';
}

/** The report's series as numbers, by SLA and commitment in the report's order. */
/** A sub-period's name as the series says it: "2026-11", "2026-11 (part)", "2026-11 (so far)" (as-of inside it). */
export function periodLabel(p: { label: string; partial: boolean; running: boolean }, t: ReportText['series']): string {
  const label = p.partial ? t.partial(clean(p.label)) : clean(p.label);
  return p.running ? t.soFar(label) : label;
}

export function seriesModel(report: ComplianceReport): SeriesModel | null {
  const s = report.series;
  if (s === undefined) return null;
  return {
    every: s.every,
    slas: report.slas.map((x) => ({ id: x.id, target: x.target, clock: x.clock })),
    commitments: report.commitments.map((c) => ({ id: c.id, unit: c.unit })),
    periods: s.periods.map((p) => {
      const slaById = new Map(p.slas.map((x) => [x.id, x]));
      const commitmentById = new Map(p.commitments.map((c) => [c.id, c]));
      return {
        label: p.label,
        from: p.from,
        to: p.to,
        partial: p.partial,
        future: p.future,
        running: p.running,
        status: p.status,
        slas: p.future
          ? []
          : report.slas.map((x) => {
              const v = slaById.get(x.id);
              return {
                attainment: v?.attainment ?? null,
                met: v?.met ?? 0,
                breached: v?.breached ?? 0,
                pending: v?.pending ?? 0,
                medianMinutes: v?.elapsedMinutes.median ?? null,
                p90Minutes: v?.elapsedMinutes.p90 ?? null,
                status: v?.status ?? 'no-data',
              };
            }),
        commitments: p.future
          ? []
          : report.commitments.map((c) => {
              const v = commitmentById.get(c.id);
              return { actual: v?.actual ?? null, goal: v?.goal ?? c.goal, status: v?.status ?? 'no-data' };
            }),
      };
    }),
  };
}

/** The series as one compact table: a row per sub-period, a column per SLA's attainment and per commitment's actual / goal. */
function seriesSection(series: SeriesModel, report: ComplianceReport, text: ReportText, f: Formatter): Section {
  const t = text.series;
  const columns = [
    col(t.period),
    ...series.slas.map((s) => col(t.attainmentColumn(clean(s.id)), true)),
    ...series.commitments.map((c) => col(t.commitmentColumn(clean(c.id)), true)),
    col(text.columns.status),
  ];
  const byId = new Map(report.commitments.map((c) => [c.id, c]));
  const raw = report.series?.periods ?? [];
  const rows = series.periods.map((p, i) => {
    const label = cell(periodLabel(p, t));
    if (p.future) return [label, ...columns.slice(1, -1).map(() => cell(text.none)), cell(t.future)];
    // Without leads of its own, a sub-period says why, not "no data" (which says a column the
    // rules read is missing or unreadable): before the data starts, before the contract, none in it.
    const period = raw[i];
    const state = period === undefined ? 'measured' : monthState(period);
    if (state !== 'measured' && state !== 'future') return [label, ...columns.slice(1, -1).map(() => cell(text.none)), cell(t.without[state] ?? state)];
    // An SLA whose leads are all still pending has no attainment yet: said as such, not as "no data".
    const pendingOnly = (s: SeriesModel['periods'][number]['slas'][number]) => s.attainment === null && s.met + s.breached === 0 && s.pending > 0;
    return [
      label,
      ...p.slas.map((s) => (pendingOnly(s) ? cell(t.pendingOnly(f.count(s.pending), s.pending), s.status) : cell(f.measured(s.attainment), s.status))),
      ...p.commitments.map((c, i) => {
        const m = byId.get(series.commitments[i]?.id ?? '') as CommitmentResult;
        return cell(t.actualOfGoal(commitmentValue(m, c.actual, 'measured', f), commitmentValue(m, c.goal, 'stated', f)), c.status);
      }),
      p.status === 'no-data' && p.slas.some(pendingOnly) ? cell(t.undecided, 'no-data') : statusCell(p.status as Status, text),
    ];
  });
  const summary = t.summary(t.count(f.count(series.periods.length), series.every, series.periods.length));
  return { key: 'series', title: t.title[series.every] ?? series.every, summary, tables: [{ heading: null, columns, rows, note: null, rowHeader: true }] };
}

function teamName(team: string, text: ReportText): string {
  return Object.hasOwn(text.team, team) ? (text.team[team] as string) : clean(team);
}
