/**
 * Data-quality findings: what in the export keeps the report from being exact. Metrics
 * flag leads here as they go (missing SLA starts, stops before starts...); this module
 * adds its own per-lead checks (date-only cells, rejection reasons, stage order) and a
 * summary of the rows the source rejected. Each finding: a count, a severity, a message,
 * and up to five example ids.
 *
 * Lead-level checks look at leads active in the period: with at least one timestamp in it.
 */
import type { DataQualityFinding } from '../types.js';
import type { Lead, Rejection } from '../../leads/lead.js';
import { Examples } from '../stats.js';
import { asNumber, fieldGetter, isMissing, numericOrderFields, reportConditions, type FieldGetter } from '../condition.js';
import { has, latestInstant, timeIndex, type EvalContext, type Times } from './context.js';
import { isStageKind, STAGE_KINDS } from '../../contract/events.js';

export type FindingCode =
  | 'missing-start'
  | 'stop-before-start'
  | 'start-after-as-of'
  | 'date-only'
  | 'unknown-rejection-reason'
  | 'missing-rejection-reason'
  | 'stage-order'
  | 'unknown-stage'
  | 'missing-deal-amount'
  | 'rejected-rows'
  | 'no-leads-in-period'
  | 'before-effective'
  | 'handoff-fields-not-in-export'
  | 'sla-stop-not-in-export'
  | 'not-a-number'
  | 'effective-in-period'
  | 'condition-field-not-in-export'
  | 'segment-matches-none'
  | 'stage-not-in-export'
  | 'period-in-progress'
  | 'all-pending';

export const SEVERITY: Record<FindingCode, DataQualityFinding['severity']> = {
  'missing-start': 'warning',
  'stop-before-start': 'warning',
  'start-after-as-of': 'warning',
  'date-only': 'info',
  'unknown-rejection-reason': 'warning',
  'missing-rejection-reason': 'warning',
  'stage-order': 'warning',
  'unknown-stage': 'warning',
  'missing-deal-amount': 'info',
  'rejected-rows': 'warning',
  'no-leads-in-period': 'warning',
  'before-effective': 'warning',
  'handoff-fields-not-in-export': 'warning',
  'sla-stop-not-in-export': 'warning',
  'not-a-number': 'warning',
  'effective-in-period': 'warning',
  'condition-field-not-in-export': 'warning',
  'segment-matches-none': 'warning',
  'stage-not-in-export': 'warning',
  'period-in-progress': 'warning',
  'all-pending': 'warning',
};

/** A `stage-not-in-export` detail's parts: the date, its stage, the commitment ids and the funnel steps it leaves unmeasured. */
export function stageParts(detail: string): { field: string; stage: string; commitments: string[]; funnel: string[] } {
  const [field = '', stage = '', ids = '', steps = ''] = detail.split('|');
  const list = (text: string) => (text === '' ? [] : text.split(','));
  return { field, stage, commitments: list(ids), funnel: list(steps) };
}

/**
 * A `stage-not-in-export` detail ("<field>|<stage>|<commitment ids>|<funnel steps>", lists
 * comma-separated: stages-seen.ts) taken apart, with what it names in a locale's words:
 * `commitment "pipeline" and the funnel step sql → opportunity`; `many` when that is plural.
 */
export function stageDetail(
  detail: string,
  words: { commitment: [string, string]; step: [string, string]; and: string; quote: (id: string) => string },
): { field: string; stage: string; what: string; many: boolean } {
  const { field, stage, commitments, funnel } = stageParts(detail);
  const named = (forms: [string, string], items: string[]) => `${items.length === 1 ? forms[0] : forms[1]} ${items.join(', ')}`;
  const what = [
    ...(commitments.length === 0 ? [] : [named(words.commitment, commitments.map(words.quote))]),
    ...(funnel.length === 0 ? [] : [named(words.step, funnel)]),
  ].join(` ${words.and} `);
  return { field, stage, what, many: commitments.length + funnel.length > 1 };
}

/** A `period-in-progress` detail ("<label>|<percent passed>|<last day>|<commitment ids>", coverage.ts) taken apart, for every locale's words. */
export function progressDetail(detail: string): { label: string; percent: string; last: string; ids: string[] } {
  const [label = '', percent = '', last = '', ids = ''] = detail.split('|');
  return { label, percent, last, ids: ids === '' ? [] : ids.split(',') };
}

export function message(code: FindingCode, count: number, detail: string): string {
  const leads = count === 1 ? '1 lead' : `${count} leads`;
  switch (code) {
    case 'missing-start':
      return `${leads} without ${detail} although the clock was stopped or a later stage reached: excluded from the SLA; fill in the start date in the CRM or map its column`;
    case 'stop-before-start':
      return `${leads} stopped the clock before it started (${detail}): counted as met in 0 minutes; check the timestamps in the CRM`;
    case 'start-after-as-of':
      return `${leads} ${count === 1 ? 'starts' : 'start'} after the as-of instant (${detail}): excluded; run the report with a later --as-of`;
    case 'date-only':
      return `${leads} with date-only timestamps (${detail}): a date-only start is read as the start of its day, a date-only stop as the end of it`;
    case 'unknown-rejection-reason':
      return `${leads} rejected with a reason not in the contract's list (${detail})`;
    case 'missing-rejection-reason':
      return `${leads} rejected without a reason although the contract requires one`;
    case 'stage-order':
      return `${leads} with stage dates out of lifecycle order (${detail})`;
    case 'unknown-stage':
      return `${leads} in a stage that is none of revpact's stages (${detail}): read as no current stage, so it is no evidence that a stage clock started; map each value to ${STAGE_KINDS.slice(0, -1).join(', ')} or ${STAGE_KINDS[STAGE_KINDS.length - 1]} in the mapping's values for the stage column (a HubSpot custom lifecycle stage comes as its internal id)`;
    case 'not-a-number':
      // detail: `<field> "<value>"`, up to five distinct ones joined by "; ".
      return `${leads} with a value that is not a number where the contract compares it with one (${detail}): such a lead meets no gt, gte, lt or lte condition on it; write plain numbers in the CRM (no ranges, words or thousands separators) or compare with a list of values (op: in)`;
    case 'missing-deal-amount':
      return `${leads} reached ${detail} without a deal amount: counted as 0`;
    case 'rejected-rows':
      return `${count === 1 ? '1 row rejected:' : `${count} rows rejected, such as:`} ${detail}`;
    case 'no-leads-in-period': {
      // detail: "<period label>|<first day> to <last day>" of the export's dates (empty when no lead has a date).
      const [label = '', range = ''] = detail.split('|');
      // No lead at all: the period is not what is wrong (every row rejected, or none there).
      if (count === 0)
        return `no lead was read: nothing to measure, so every SLA and commitment is "no data", not a breach; when rows were rejected, the rejected-rows finding says why (often a --mapping that does not fit the export)`;
      const dates = range === '' ? 'none of them has a date' : `their dates run from ${range}`;
      return `${leads} read, none with a date in the period ${label} (${dates}): nothing to measure, so every SLA and commitment is "no data", not a breach; check --period against the export`;
    }
    case 'sla-stop-not-in-export': {
      // detail: "<sla id>|<field>/<field>" (the events that stop its clock, none in any lead).
      const [sla = '', fields = ''] = detail.split('|');
      const one = !fields.includes('/');
      return `SLA ${sla} is not measured: no lead of the export has ${fields.replaceAll('/', ' or ')}, the event that stops its clock, so ${count === 1 ? 'its lead would look' : `its ${leads} would all look`} late or open; map the column that holds ${one ? 'it' : 'one'} (--mapping) or add ${one ? 'it' : 'one'} to the export`;
    }
    case 'stage-not-in-export': {
      const { field, stage, what, many } = stageDetail(detail, {
        commitment: ['commitment', 'commitments'],
        step: ['the funnel step', 'the funnel steps'],
        and: 'and',
        quote: (id) => `"${id}"`,
      });
      return `${leads} read, none with ${field}, the date a lead reaches ${stage}: ${what} cannot be measured and ${many ? 'are' : 'is'} "no data", not a failure; map the column that holds it (--mapping) or add it to the export`;
    }
    case 'handoff-fields-not-in-export': {
      // detail: "<stage>|<field>, <field>" (the fields no lead of the export has).
      const [stage = '', fields = ''] = detail.split('|');
      const one = !fields.includes(', ');
      return `${fields} ${one ? 'is' : 'are'} missing from the export: no lead has ${one ? 'it' : 'them'}, so completeness at the ${stage} handoff is not measured (${leads} reached it); map the column${one ? '' : 's'} that hold${one ? 's' : ''} ${one ? 'it' : 'them'} (--mapping) or add ${one ? 'it' : 'them'} to the export`;
    }
    case 'condition-field-not-in-export': {
      // detail: "<sla id>|<field>, <field>" (fields of its condition no column of the export gives).
      const [sla = '', fields = ''] = detail.split('|');
      const one = !fields.includes(', ');
      return `the condition of SLA ${sla} reads ${fields}, which no column of the export gives: for all ${leads} ${one ? 'it is' : 'they are'} missing, so the condition cannot hold as meant; check the name in the contract, or map the column that holds ${one ? 'it' : 'them'} (--mapping)`;
    }
    case 'all-pending':
      // detail: the SLA's id.
      return `${count === 1 ? 'the one lead' : `all ${leads}`} of SLA ${detail} ${count === 1 ? 'is' : 'are'} still open within the goal at as-of (pending): attainment counts met and breached leads only, so the SLA is "no data" for now; run the report again later, or with a later --as-of`;
    case 'segment-matches-none':
      // detail: the SLA's id.
      return `the condition of SLA ${detail} matched none of the ${leads} it was asked about: each was left out, so the SLA is "no data"; check its values against the export's (--by FIELD lists a field's values)`;
    case 'effective-in-period': {
      // detail: "<period label>|<effective date>".
      const [label = '', effective = ''] = detail.split('|');
      return `the contract took effect on ${effective}, within the period ${label}: ${count === 1 ? 'the 1 lead' : `all ${leads}`} with a date in it ${count === 1 ? 'is' : 'are'} measured against it, even from before that day; report a period from ${effective} on, or read the days before with the version then in force`;
    }
    case 'period-in-progress': {
      const { label, percent, last, ids } = progressDetail(detail);
      const one = count === 1;
      const named = ids.map((id) => `"${id}"`).join(', ');
      return `the period ${label} is not over: at the as-of instant ${percent}% of it has passed (its last day is ${last}), and ${one ? 'commitment' : 'commitments'} ${named}, below ${one ? 'its' : 'their'} goal so far, ${one ? 'is' : 'are'} judged against the whole period's goal and may still reach it; read ${one ? 'it' : 'them'} as a pace, or report a period that has ended`;
    }
    case 'before-effective': {
      // detail: "<period label>|<effective date>".
      const [label = '', effective = ''] = detail.split('|');
      return `the period ${label} ends before the contract took effect on ${effective} (${leads} with a date in it): nothing is measured against the contract, so every SLA and commitment is "no data"; report a period from ${effective} on`;
    }
  }
}

interface Entry {
  code: FindingCode;
  sla: string | undefined;
  examples: Examples;
  /** Distinct details (field names, reasons) for the message, bounded. */
  details: Set<string>;
  /** Fixed message detail, when there is one. */
  detail: string | undefined;
}

const MAX_DETAILS = 5;
/**
 * Distinct details kept per finding, of which the first MAX_DETAILS are shown: twice as
 * many, so that two shares of the leads merged (`absorb`) still know the first five of
 * both together, however many of the second's are already among the first's.
 */
const KEPT_DETAILS = 2 * MAX_DETAILS;

/** A finding as counted so far, as plain data (see SlaState). */
export interface FindingState {
  key: string;
  code: FindingCode;
  sla: string | undefined;
  count: number;
  examples: string[];
  details: string[];
  detail: string | undefined;
}

/** A row number's new value: the rows of a later share of the file, numbered after the earlier ones. */
export type Renumber = (row: number) => number;
const REJECTED = timeIndex('rejectedAt');

export class DataQuality {
  private readonly entries = new Map<string, Entry>();
  private readonly reasonIndex: Set<string> | null;
  private readonly stageFields: { field: string; index: number }[];
  /** The fields the rules' conditions compare with a number by order (gt, gte, lt, lte). */
  private readonly numericFields: { field: string; get: FieldGetter }[];

  constructor(private readonly ctx: EvalContext) {
    this.numericFields = numericOrderFields(reportConditions(ctx.rules)).map((field) => ({ field, get: fieldGetter(field) }));
    const r = ctx.rules.recycling;
    this.reasonIndex = r ? new Set(r.reasons.flatMap((x) => [x.id, ...x.values]).map(norm)) : null;
    const seen = new Set<string>();
    this.stageFields = ctx.lifecycle.filter((s) => !seen.has(s.field) && seen.add(s.field)).map((s) => ({ field: s.field, index: timeIndex(s.field) }));
  }

  /** Flags a lead (or, for rejected rows, a file:row) under a finding. */
  flag(code: FindingCode, example: string, opts: { sla?: string; detail?: string; fixedDetail?: string; group?: string } = {}): void {
    const key = opts.sla === undefined ? code : `${code}\u0000${opts.sla}`;
    const groupKey = opts.group === undefined ? key : `${key}\u0000${opts.group}`;
    let e = this.entries.get(groupKey);
    if (!e) {
      e = { code, sla: opts.sla, examples: new Examples(), details: new Set(), detail: opts.fixedDetail };
      this.entries.set(groupKey, e);
    }
    e.examples.add(example);
    if (opts.detail !== undefined && e.details.size < KEPT_DETAILS) e.details.add(opts.detail);
  }

  state(): FindingState[] {
    return [...this.entries].map(([key, e]) => ({
      key,
      code: e.code,
      sla: e.sla,
      count: e.examples.count,
      examples: [...e.examples.ids],
      details: [...e.details],
      detail: e.detail,
    }));
  }

  /**
   * Adds another share's findings, after this one's: examples and details keep their
   * first-seen order across both. Rejected rows are named by file:row: `renumber` gives
   * the other share's rows their numbers in the whole file.
   */
  absorb(state: readonly FindingState[], renumber: Renumber): void {
    for (const f of state) {
      const rows = f.code === 'rejected-rows';
      let e = this.entries.get(f.key);
      if (!e) {
        e = {
          code: f.code,
          sla: f.sla,
          examples: new Examples(),
          details: new Set(),
          detail: rows && f.detail !== undefined ? renumberReason(f.detail, renumber) : f.detail,
        };
        this.entries.set(f.key, e);
      }
      e.examples.absorb(f.count, rows ? f.examples.map((x) => renumberExample(x, renumber)) : f.examples);
      for (const d of f.details) if (e.details.size < KEPT_DETAILS) e.details.add(d);
    }
  }

  /** Per-lead checks of this module, for a lead active in the period. */
  checkLead(lead: Lead, times: Times): void {
    const ctx = this.ctx;
    if (lead.dateOnly && lead.dateOnly.length > 0) this.flag('date-only', lead.id, { detail: lead.dateOnly.join(', ') });

    const rejected = times[REJECTED] as number;
    const reason = lead.rejectionReason;
    if (this.reasonIndex && !isMissing(reason) && !this.reasonIndex.has(norm(reason)))
      this.flag('unknown-rejection-reason', lead.id, { detail: `"${reason.trim()}"` });
    if (ctx.rules.recycling?.feedbackRequired && has(rejected) && isMissing(reason)) this.flag('missing-rejection-reason', lead.id);

    // Stage order: a stage entered before an earlier lifecycle stage. Date-only cells may
    // stand for any instant of their day, so they are out of order only if even the end
    // of their day comes first.
    let maxEarlier: number | undefined;
    let maxEarlierField = '';
    for (const s of this.stageFields) {
      const t = times[s.index] as number;
      if (!has(t)) continue;
      if (maxEarlier !== undefined && latestInstant(lead, s.field, t, ctx.timezone) < maxEarlier) {
        this.flag('stage-order', lead.id, { detail: `${s.field} before ${maxEarlierField}` });
        break;
      }
      if (maxEarlier === undefined || t > maxEarlier) {
        maxEarlier = t;
        maxEarlierField = s.field;
      }
    }

    // A value that a numeric gt/gte/lt/lte cannot read: the first such field of the lead.
    for (const f of this.numericFields) {
      const v = f.get(lead);
      if (!isMissing(v) && asNumber(v) === undefined) {
        this.flag('not-a-number', lead.id, { detail: `${f.field} "${String(v).trim()}"` });
        break;
      }
    }

    // A current stage the mapping left as the CRM wrote it (a custom lifecycle stage, a status
    // no value map names): the SLAs read it as no stage, without a word.
    if (lead.stage !== undefined && !isStageKind(lead.stage)) this.flag('unknown-stage', lead.id, { detail: `"${lead.stage}"` });
  }

  addRejection(r: Rejection): void {
    this.flag('rejected-rows', `${r.file}:${r.row}`, { group: reasonKind(r.reason), fixedDetail: rejectionDetail(r.reason) });
  }

  findings(): DataQualityFinding[] {
    const out: DataQualityFinding[] = [];
    for (const e of this.entries.values()) {
      const detail = e.detail ?? [...e.details].slice(0, MAX_DETAILS).join('; ');
      const f: DataQualityFinding = {
        code: e.code,
        severity: SEVERITY[e.code],
        count: e.examples.count,
        message: message(e.code, e.examples.count, detail),
        examples: [...e.examples.ids],
        detail,
      };
      if (e.sla !== undefined) f.sla = e.sla;
      out.push(f);
    }
    return out.sort(compareFindings);
  }
}

/** `file:row` of a rejected row, renumbered. */
function renumberExample(example: string, renumber: Renumber): string {
  const colon = example.lastIndexOf(':');
  return colon < 0 ? example : `${example.slice(0, colon + 1)}${renumber(Number(example.slice(colon + 1)))}`;
}

/** A rejection's reason that names another row of the same share (a duplicate id's first row), renumbered. */
export function renumberReason(reason: string, renumber: Renumber): string {
  return reason.replace(/\(first seen at row (\d+)\)$/, (_, row: string) => `(first seen at row ${renumber(Number(row))})`);
}

const RANK = { error: 0, warning: 1, info: 2 };

/** The report's order of findings: by severity, then code, SLA, count (more first), message. Both engines sort with it. */
export function compareFindings(a: DataQualityFinding, b: DataQualityFinding): number {
  return (
    RANK[a.severity] - RANK[b.severity] ||
    a.code.localeCompare(b.code) ||
    (a.sla ?? '').localeCompare(b.sla ?? '') ||
    b.count - a.count ||
    a.message.localeCompare(b.message)
  );
}

function norm(s: string): string {
  return s.trim().toLowerCase();
}

/**
 * Groups rejection reasons by kind: the values (quoted cells and ids, numbers, notes in
 * parentheses) are left out and the column labels kept, so `duplicate id "L1" (first seen
 * at row 2)` and `duplicate id "L7" (...)` count together, and unparseable dates count
 * apart per column. The key is never shown: the finding shows its first reason whole.
 */
export function reasonKind(reason: string): string {
  const labels: string[] = [];
  return reason
    .replace(/(column |in )?"(?:[^"\\]|\\.)*"/g, (quoted, label: string | undefined) => {
      if (label === undefined) return '"…"';
      labels.push(quoted);
      return String.fromCharCode(0xe000 + labels.length - 1); // a private-use character, not a digit: the digits are replaced next
    })
    .replace(/\s*\([^)]*\)/g, '')
    .replace(/\d+/g, 'N')
    .replace(/[\ue000-\uf8ff]/g, (c) => labels[c.charCodeAt(0) - 0xe000] ?? '')
    .trim();
}

/**
 * Longest reason a finding shows (a cell in a reason is already cut at 60 characters and
 * JSON-escaped: quoteCell in convert.ts). Above the longest sentence the sources write, a
 * cell count with its unlabelled-columns and line-ends notes (about 460): cut, a reason is
 * no longer one the report's locales recognise, and stayed English in an es, pt or ca report.
 */
const MAX_REASON = 600;

/** The reason a group of rejected rows is shown by: its first, whole (column and value), bounded. */
export function rejectionDetail(reason: string): string {
  return reason.length > MAX_REASON ? `${reason.slice(0, MAX_REASON - 1)}…` : reason;
}
