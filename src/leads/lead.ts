/**
 * The canonical lead (DESIGN.md §3): what every export becomes after its mapping, and
 * all the engine ever reads. Instants are epoch milliseconds (numbers, not Date objects:
 * a million of them must stay cheap).
 */

/** Timestamp fields of the canonical lead, one per stage entered plus the activities. */
export const TIMESTAMP_FIELDS = [
  'createdAt',
  'mqlAt',
  'salAt',
  'sqlAt',
  'opportunityAt',
  'wonAt',
  'lostAt',
  'recycledAt',
  'disqualifiedAt',
  'firstTouchAt',
  'lastAttemptAt',
  'rejectedAt',
  'feedbackAt',
] as const;
export type TimestampField = (typeof TIMESTAMP_FIELDS)[number];

export const NUMBER_FIELDS = ['attempts', 'score', 'dealAmount'] as const;
export type NumberField = (typeof NUMBER_FIELDS)[number];

export const TEXT_FIELDS = ['id', 'stage', 'owner', 'source', 'rejectionReason'] as const;
export type TextField = (typeof TEXT_FIELDS)[number];

/** Personal data: only in reports run with --show-pii. */
export const PII_FIELDS = ['email', 'name', 'phone'] as const;
export type PiiField = (typeof PII_FIELDS)[number];

export type AttributeValue = string | number | boolean;

export interface Lead {
  id: string;
  /** Current lifecycle stage as a standard stage kind (lead, mql, ..., disqualified), when the export has one. */
  stage?: string;
  owner?: string;
  source?: string;
  rejectionReason?: string;
  attempts?: number;
  score?: number;
  dealAmount?: number;
  createdAt?: number;
  mqlAt?: number;
  salAt?: number;
  sqlAt?: number;
  opportunityAt?: number;
  wonAt?: number;
  lostAt?: number;
  recycledAt?: number;
  disqualifiedAt?: number;
  firstTouchAt?: number;
  lastAttemptAt?: number;
  rejectedAt?: number;
  feedbackAt?: number;
  email?: string;
  name?: string;
  phone?: string;
  /**
   * Timestamp fields whose cell held a date without a time. They are stored as the start
   * of that local day; the engine reads a date-only stop as the end of its day, the
   * latest instant it may stand for, and counts such leads as a data-quality finding.
   */
  dateOnly?: TimestampField[];
  /** Every other column, by its mapped name (country, employees, industry...). */
  attributes: Record<string, AttributeValue>;
  /** Where the lead came from, for findings: the first file and its 1-based data row. */
  origin: { file: string; row: number };
}

/** A row that could not become a lead. Never dropped: counted and listed in the report. */
export interface Rejection {
  file: string;
  /** 1-based row number in the file as a spreadsheet shows it (the header is row 1). */
  row: number;
  reason: string;
}

export type SourceItem = { kind: 'lead'; lead: Lead } | { kind: 'rejected'; rejection: Rejection };

/**
 * What a consumer reads of each lead besides the canonical fields that are not personal
 * data (those are always there): the personal fields and the attributes it names. A source
 * told so may leave the other columns out of its leads; their cells are still checked,
 * so a row is rejected for a bad cell whether or not anyone reads it.
 */
export interface LeadNeeds {
  pii: ReadonlySet<PiiField>;
  /** Attributes by their mapped name (country, employees...). */
  attributes: ReadonlySet<string>;
  /**
   * The canonical fields the rules read (SLA clocks, commitments, conditions, --by). A
   * source whose header gives none of the timestamps among them refuses the file: every
   * figure would be "no data" (issue 13, item 14).
   */
  fields?: ReadonlySet<string>;
}

/**
 * Items of a lead source, one by one or (when the source can) in batches: each batch is
 * valid until the next one is asked for, and makes its items as it is iterated. Leads of
 * batches carry only what `needs` names.
 */
export interface LeadItems extends AsyncIterable<SourceItem> {
  batches?(needs: LeadNeeds): AsyncIterable<Iterable<SourceItem>>;
}

/** Progress of a source, for the progress line and the benchmark. */
export interface SourceStats {
  rows: number;
  bytes: number;
  /** The first file's column labels (a CSV header, an NDJSON record's keys), once read. */
  columns?: string[];
}
