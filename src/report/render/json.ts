/**
 * `--format json`: the ComplianceReport, documented in docs/report-json.md. Keys come out
 * in the order the type declares them whatever order the engine built the object in, so
 * the output is stable byte for byte. Each key list is checked against its type at
 * compile time: a field added to types.ts without being added here does not compile.
 * Records keyed by data: per-SLA cells follow the order of `slas` (the contract's);
 * breakdowns by attribute keep the engine's order, the order of the --by flags.
 */
import type {
  BreakdownRow,
  CommitmentResult,
  ComplianceReport,
  DataQualityFinding,
  ElapsedBucket,
  FollowUpResult,
  FunnelRow,
  GoalScaling,
  HandoffResult,
  OpenAges,
  Series,
  SeriesCommitment,
  SeriesFinding,
  SeriesPeriod,
  SeriesSla,
  SlaResult,
} from '../../engine/types.js';

/** `keys` must name every key of T, in output order; the second parameter fails to type-check otherwise. */
function keyOrder<T>() {
  return <const K extends readonly (keyof T)[]>(
    keys: K,
    ..._complete: [Exclude<keyof T, K[number]>] extends [never] ? [] : [missing: Exclude<keyof T, K[number]>]
  ): K => keys;
}

type Report = ComplianceReport;
type Worst = SlaResult['worst'][number];
type FollowUpWorst = FollowUpResult['worst'][number];
type Rejection = Report['input']['rejections'][number];
type BreakdownCell = BreakdownRow['slas'][string];

const REPORT = keyOrder<Report>()([
  'reportVersion',
  'contract',
  'period',
  'input',
  'slas',
  'commitments',
  'funnel',
  'followUp',
  'handoff',
  'dataQuality',
  'breakdowns',
  'status',
  'series',
]);
const CONTRACT = keyOrder<Report['contract']>()(['name', 'version', 'hash', 'title', 'currency']);
const PERIOD = keyOrder<Report['period']>()(['label', 'from', 'to', 'asOf', 'timezone']);
const INPUT = keyOrder<Report['input']>()(['files', 'rows', 'evaluated', 'rejected', 'leads', 'rejections']);
const INPUT_LEADS = keyOrder<Report['input']['leads']>()(['inPeriod', 'before', 'after', 'undated']);
const OUTSIDE = keyOrder<SlaResult['outsidePeriod']>()(['before', 'after']);
const REJECTION = keyOrder<Rejection>()(['file', 'row', 'reason']);
const SLA = keyOrder<SlaResult>()([
  'id',
  'name',
  'owner',
  'met',
  'breached',
  'pending',
  'excluded',
  'outsidePeriod',
  'attainment',
  'target',
  'status',
  'goalMinutes',
  'goal',
  'clock',
  'elapsedMinutes',
  'elapsedDistribution',
  'open',
  'worst',
]);
const ELAPSED = keyOrder<SlaResult['elapsedMinutes']>()(['median', 'p90']);
const BUCKET = keyOrder<ElapsedBucket>()(['over', 'upTo', 'count']);
const OPEN = keyOrder<OpenAges>()(['count', 'medianAgeMinutes', 'oldestAgeMinutes']);
const WORST = keyOrder<Worst>()(['leadId', 'elapsedMinutes', 'overdueMinutes', 'dueAt', 'owner', 'email', 'name']);
const COMMITMENT = keyOrder<CommitmentResult>()(['id', 'owner', 'kind', 'actual', 'goal', 'unit', 'status', 'base', 'goalScaling']);
const GOAL_SCALING = keyOrder<GoalScaling>()(['period', 'stated', 'factor', 'method', 'note']);
const FUNNEL = keyOrder<FunnelRow>()(['from', 'to', 'entered', 'converted', 'exited', 'open', 'rate', 'target', 'status']);
const FOLLOW_UP = keyOrder<FollowUpResult>()(['checked', 'compliant', 'violations', 'rate', 'minAttempts', 'minSpanMinutes', 'minSpan', 'worst']);
const FOLLOW_UP_WORST = keyOrder<FollowUpWorst>()(['leadId', 'attempts', 'spanMinutes']);
const HANDOFF = keyOrder<HandoffResult>()(['stage', 'leads', 'complete', 'rate', 'missing', 'notInExport']);
const MISSING = keyOrder<HandoffResult['missing'][number]>()(['field', 'count']);
// `detail` is what a localized report rebuilds the message from; the JSON report keeps its English `message` only.
const FINDING = keyOrder<Omit<DataQualityFinding, 'detail'>>()(['code', 'severity', 'count', 'message', 'examples', 'sla']);
const BREAKDOWNS = keyOrder<Report['breakdowns']>()(['owner', 'source', 'attributes']);
const BREAKDOWN_ROW = keyOrder<BreakdownRow>()(['key', 'leads', 'slas']);
const BREAKDOWN_CELL = keyOrder<BreakdownCell>()(['met', 'breached', 'pending', 'attainment']);
const SERIES = keyOrder<Series>()(['every', 'periods']);
const SERIES_PERIOD = keyOrder<SeriesPeriod>()([
  'label',
  'from',
  'to',
  'partial',
  'future',
  'running',
  'status',
  'leads',
  'slas',
  'commitments',
  'funnel',
  'dataQuality',
]);
const SERIES_SLA = keyOrder<SeriesSla>()([
  'id',
  'met',
  'breached',
  'pending',
  'excluded',
  'attainment',
  'target',
  'status',
  'elapsedMinutes',
  'elapsedDistribution',
  'open',
]);
const SERIES_COMMITMENT = keyOrder<SeriesCommitment>()(['id', 'actual', 'goal', 'unit', 'status', 'base']);
const SERIES_FINDING = keyOrder<SeriesFinding>()(['code', 'severity', 'count', 'sla']);

/** A copy of `obj` with exactly `keys`, in that order; optional keys that are absent stay absent. */
function pick<T extends object>(obj: T, keys: readonly (keyof T)[], nested: Partial<Record<keyof T, (v: never) => unknown>> = {}): Record<string, unknown> {
  const entries: [string, unknown][] = [];
  for (const key of keys) {
    const value = obj[key];
    if (value === undefined) continue;
    const map = nested[key] as ((v: unknown) => unknown) | undefined;
    entries.push([key as string, map && value !== null ? map(value) : value]);
  }
  // fromEntries defines own properties: a key such as "__proto__" stays data.
  return Object.fromEntries(entries);
}

const list =
  <T extends object>(keys: readonly (keyof T)[], nested?: Partial<Record<keyof T, (v: never) => unknown>>) =>
  (items: readonly T[]) =>
    items.map((i) => pick(i, keys, nested));

const record =
  <V>(map: (v: V) => unknown) =>
  (r: Record<string, V>) =>
    Object.fromEntries(Object.entries(r).map(([k, v]) => [k, map(v)]));

/** Per-SLA cells in the order of the report's SLAs (contract order); any other id after them, as given. */
function slaCells(slaIds: readonly string[]) {
  const rank = new Map(slaIds.map((id, i) => [id, i]));
  return (cells: Record<string, BreakdownCell>) =>
    Object.fromEntries(
      Object.entries(cells)
        .map(([id, c], i) => ({ id, c, at: rank.get(id) ?? slaIds.length + i }))
        .sort((a, b) => a.at - b.at)
        .map(({ id, c }) => [id, pick(c, BREAKDOWN_CELL)]),
    );
}

/** The report with every object's keys in declared order. */
export function orderedReport(report: ComplianceReport): Record<string, unknown> {
  const breakdownRows = list<BreakdownRow>(BREAKDOWN_ROW, { slas: slaCells(report.slas.map((s) => s.id)) });
  return pick(report, REPORT, {
    contract: (c: Report['contract']) => pick(c, CONTRACT),
    period: (p: Report['period']) => pick(p, PERIOD),
    input: (i: Report['input']) => pick(i, INPUT, { leads: (l: Report['input']['leads']) => pick(l, INPUT_LEADS), rejections: list<Rejection>(REJECTION) }),
    slas: list<SlaResult>(SLA, {
      outsidePeriod: (o: SlaResult['outsidePeriod']) => pick(o, OUTSIDE),
      elapsedMinutes: (e: SlaResult['elapsedMinutes']) => pick(e, ELAPSED),
      elapsedDistribution: list<ElapsedBucket>(BUCKET),
      open: (o: OpenAges) => pick(o, OPEN),
      worst: list<Worst>(WORST),
    }),
    commitments: list<CommitmentResult>(COMMITMENT, { goalScaling: (g: GoalScaling) => pick(g, GOAL_SCALING) }),
    funnel: list<FunnelRow>(FUNNEL),
    followUp: (f: FollowUpResult) => pick(f, FOLLOW_UP, { worst: list<FollowUpWorst>(FOLLOW_UP_WORST) }),
    handoff: (h: HandoffResult) => pick(h, HANDOFF, { missing: list<HandoffResult['missing'][number]>(MISSING) }),
    dataQuality: list<DataQualityFinding>(FINDING),
    breakdowns: (b: Report['breakdowns']) => pick(b, BREAKDOWNS, { owner: breakdownRows, source: breakdownRows, attributes: record(breakdownRows) }),
    series: (s: Series) =>
      pick(s, SERIES, {
        periods: list<SeriesPeriod>(SERIES_PERIOD, {
          leads: (l: Report['input']['leads']) => pick(l, INPUT_LEADS),
          slas: list<SeriesSla>(SERIES_SLA, {
            elapsedMinutes: (e: SlaResult['elapsedMinutes']) => pick(e, ELAPSED),
            elapsedDistribution: list<ElapsedBucket>(BUCKET),
            open: (o: OpenAges) => pick(o, OPEN),
          }),
          commitments: list<SeriesCommitment>(SERIES_COMMITMENT),
          funnel: list<FunnelRow>(FUNNEL),
          dataQuality: list<SeriesFinding>(SERIES_FINDING),
        }),
      }),
  });
}

export function renderJson(report: ComplianceReport): string {
  return JSON.stringify(orderedReport(report), null, 2) + '\n';
}
