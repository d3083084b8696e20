/**
 * Rows → canonical leads. A mapping and a file's header compile into one slot per column
 * (what the column holds, its date reader, its value map), so that converting a row is a
 * loop over cells with no lookups by name. Pure: cells in, a Lead or a reason out.
 *
 * Every lead comes out with all optional fields present (undefined when empty), so that
 * all leads share one object shape and the engine's reads stay fast.
 */
import type { AttributeValue, Lead, LeadNeeds, NumberField, PiiField, TextField, TimestampField } from '../lead.js';
import { DateReader, type ZoneClock } from './dates.js';
import { didYouMean, quoteList } from '../../contract/suggest.js';
import { presetHint } from './recognize.js';
import { autoValue, numberReader, readBoolean, type NumberReader } from './values.js';
import { fieldType, isLeadField, type AttributeType, type ColumnRule, type LeadField, type Mapping, type MappedValue } from './types.js';

export function blankLead(file: string, row: number): Lead {
  return new LeadRecord(file, row);
}

/**
 * Leads, their attributes and origins are made by constructors, not object literals: V8
 * may decide to allocate all later objects of a literal straight in the old generation
 * (allocation-site pretenuring), and on the 1M-row benchmark it did so in 3 runs of 10.
 * Every lead then lived until a full GC, keeping its cells alive: 265 MiB peak RSS
 * instead of 190, and 0.5 s more in GC. `new` of a class has no allocation site.
 */
class LeadRecord implements Lead {
  id = '';
  stage: string | undefined = undefined;
  owner: string | undefined = undefined;
  source: string | undefined = undefined;
  rejectionReason: string | undefined = undefined;
  attempts: number | undefined = undefined;
  score: number | undefined = undefined;
  dealAmount: number | undefined = undefined;
  createdAt: number | undefined = undefined;
  mqlAt: number | undefined = undefined;
  salAt: number | undefined = undefined;
  sqlAt: number | undefined = undefined;
  opportunityAt: number | undefined = undefined;
  wonAt: number | undefined = undefined;
  lostAt: number | undefined = undefined;
  recycledAt: number | undefined = undefined;
  disqualifiedAt: number | undefined = undefined;
  firstTouchAt: number | undefined = undefined;
  lastAttemptAt: number | undefined = undefined;
  rejectedAt: number | undefined = undefined;
  feedbackAt: number | undefined = undefined;
  email: string | undefined = undefined;
  name: string | undefined = undefined;
  phone: string | undefined = undefined;
  dateOnly: TimestampField[] | undefined = undefined;
  // `new Object()` rather than `{}`: a plain object, by a constructor (see above).
  attributes: Record<string, AttributeValue> = new Object() as Record<string, AttributeValue>;
  origin: { file: string; row: number };

  constructor(file: string, row: number) {
    this.origin = new Origin(file, row);
  }
}

class Origin {
  constructor(
    public file: string,
    public row: number,
  ) {}
}

// One setter per field: each store site sees one property of one shape. The first
// non-empty column wins when several map to one field (aliases such as HubSpot's "First
// outreach date" and "Date of first engagement"); names are joined ("First" + "Last").
type Setter<T> = (lead: Lead, value: T) => void;
const TEXT: Record<TextField | PiiField, Setter<string>> = {
  id: (l, v) => void (l.id === '' && (l.id = v)),
  stage: (l, v) => void (l.stage ??= v),
  owner: (l, v) => void (l.owner ??= v),
  source: (l, v) => void (l.source ??= v),
  rejectionReason: (l, v) => void (l.rejectionReason ??= v),
  email: (l, v) => void (l.email ??= v),
  name: (l, v) => void (l.name = l.name === undefined ? v : `${l.name} ${v}`),
  phone: (l, v) => void (l.phone ??= v),
};
const NUMBER: Record<NumberField, Setter<number>> = {
  attempts: (l, v) => void (l.attempts ??= v),
  score: (l, v) => void (l.score ??= v),
  dealAmount: (l, v) => void (l.dealAmount ??= v),
};
/** Returns false when the field already had a value (so date-only is not marked twice). */
const DATE: Record<TimestampField, (lead: Lead, value: number) => boolean> = {
  createdAt: (l, v) => l.createdAt === undefined && ((l.createdAt = v), true),
  mqlAt: (l, v) => l.mqlAt === undefined && ((l.mqlAt = v), true),
  salAt: (l, v) => l.salAt === undefined && ((l.salAt = v), true),
  sqlAt: (l, v) => l.sqlAt === undefined && ((l.sqlAt = v), true),
  opportunityAt: (l, v) => l.opportunityAt === undefined && ((l.opportunityAt = v), true),
  wonAt: (l, v) => l.wonAt === undefined && ((l.wonAt = v), true),
  lostAt: (l, v) => l.lostAt === undefined && ((l.lostAt = v), true),
  recycledAt: (l, v) => l.recycledAt === undefined && ((l.recycledAt = v), true),
  disqualifiedAt: (l, v) => l.disqualifiedAt === undefined && ((l.disqualifiedAt = v), true),
  firstTouchAt: (l, v) => l.firstTouchAt === undefined && ((l.firstTouchAt = v), true),
  lastAttemptAt: (l, v) => l.lastAttemptAt === undefined && ((l.lastAttemptAt = v), true),
  rejectedAt: (l, v) => l.rejectedAt === undefined && ((l.rejectedAt = v), true),
  feedbackAt: (l, v) => l.feedbackAt === undefined && ((l.feedbackAt = v), true),
};

const enum Kind {
  Ignore,
  Text,
  Number,
  Date,
  Attribute,
}

interface Slot {
  kind: Kind;
  column: string;
  /** False when no one reads the value: the cell is only checked (see `needed`). */
  keep: boolean;
  text?: Setter<string>;
  number?: Setter<number>;
  date?: (lead: Lead, value: number) => boolean;
  field?: LeadField;
  reader?: DateReader;
  attribute?: string;
  attributeType?: AttributeType;
  values?: ValueMap;
  /** The value map names blank cells (`"": (blank)`): they are read, not skipped. */
  blank?: true;
  /** Text compared or shown as text (fields, text attributes, value-mapped cells): read in NFC (see `composed`). */
  nfc: boolean;
}

const IGNORE: Slot = { kind: Kind.Ignore, column: '', keep: false, nfc: false };

const QUOTE = 34;

/** A value map: exact match first, then ignoring case and surrounding spaces. */
class ValueMap {
  private readonly exact = new Map<string, string | null>();
  private readonly loose = new Map<string, string | null>();
  constructor(
    values: Record<string, MappedValue>,
    readonly otherwise: 'keep' | 'empty' | 'reject',
  ) {
    for (const [key, v] of Object.entries(values)) {
      // Cells are read in NFC (RowConverter#apply), so the keys are too.
      const k = key.normalize('NFC');
      const to = v === null ? null : String(v);
      this.exact.set(k, to);
      const lk = k.trim().toLowerCase();
      if (!this.loose.has(lk)) this.loose.set(lk, to);
    }
  }
  /** Whether blank cells are in the map (a key that is empty, or only spaces). */
  get mapsBlank(): boolean {
    return this.loose.has('');
  }
  /** The value to use; undefined when the cell is not in the map. */
  get(cell: string): string | null | undefined {
    const hit = this.exact.get(cell);
    return hit !== undefined ? hit : this.loose.get(cell.toLowerCase());
  }
  expected(): string {
    const keys = [...this.exact.keys()];
    return keys.slice(0, 8).join(', ') + (keys.length > 8 ? ', …' : '');
  }
}

/** A cell in a reason: quoted, escaped, and cut when long. */
export function quoteCell(v: string): string {
  return JSON.stringify(v.length > 60 ? v.slice(0, 57) + '…' : v);
}

/**
 * A number written with a decimal comma ("67234,91", "1.234,5"; not "1,234", which may be
 * thousands), in RE2 and JavaScript alike: a European export read with a mapping whose
 * decimal is ".". Said after its "unparseable number", with the way out (sql/duckdb/direct.ts too).
 */
export const DECIMAL_COMMA = '^[+-]?[0-9][0-9.]*,(?:[0-9]{1,2}|[0-9]{4,})$';
const DECIMAL_COMMA_RE = new RegExp(DECIMAL_COMMA);
export const DECIMAL_COMMA_HINT = ' (a decimal comma: a mapping file that says numbers: { decimal: "," } reads it, and may extend a preset: extends: hubspot)';

/** The reason a number cell is rejected; `decimal` is the mapping's. */
export function unparseableNumber(cell: string, column: string, decimal: '.' | ','): string {
  return `unparseable number ${quoteCell(cell)} in column "${column}"` + (decimal === '.' && DECIMAL_COMMA_RE.test(cell) ? DECIMAL_COMMA_HINT : '');
}

/** 1973-03-03T09:46:40Z: a smaller number of milliseconds is seconds, or not a date (no CRM holds leads from before it). */
const EPOCH_MS_MIN = 1e11;
/** 9999-12-31T23:59:59.999Z, the last instant a date cell can name (four-digit years). */
const EPOCH_MS_MAX = 253_402_300_799_999;

/**
 * Why a JSON number in a date field (epoch milliseconds) cannot be read, or undefined when it
 * can. A fraction of a millisecond, a number of seconds (1785740400 is 1970-01-21 in ms) and
 * one past year 9999 were taken as they came: a lead "touched" in 1970, a due time printed as
 * "10:00:00.0.5", and a value the DuckDB engine could not load (an internal error).
 */
export function epochProblem(value: number, key: string): string | undefined {
  if (Number.isInteger(value) && value >= EPOCH_MS_MIN && value <= EPOCH_MS_MAX) return undefined;
  const why = !Number.isFinite(value)
    ? 'is not a finite number'
    : !Number.isInteger(value)
      ? 'has a fraction of a millisecond'
      : value < EPOCH_MS_MIN
        ? 'falls before 1973: if it counts seconds, multiply it by 1000'
        : 'falls after the year 9999';
  return `unparseable date ${String(value)} in "${key}": a number in a date field is read as milliseconds since 1970-01-01 UTC, and this one ${why}; or write the date as ISO 8601 text ("2026-10-05T14:03:00Z")`;
}

/**
 * A deal amount this large or larger is a slip (digits run together, the wrong column): it is
 * rejected, as a revenue target this large is refused (contract/checks/funnel.ts). Summed,
 * amounts near the largest double made the revenue "€∞" and its commitment passed.
 */
export const MAX_DEAL_AMOUNT = 1e18;

/** The reason for a deal amount of MAX_DEAL_AMOUNT or more, its cell quoted (quoteCell); the SQL reader and joined files say the same. */
export function dealTooLarge(quoted: string, column: string): string {
  return `deal amount too large ${quoted} in column "${column}" (a deal is worth less than 10^18: digits run together, or the wrong column)`;
}

/**
 * For a whole number in a text field of an NDJSON line (an id) with more digits than a JSON
 * number keeps: `value` is what JSON.parse made of it, not what the file says.
 */
export function inexactNumberProblem(value: number, key: string): string {
  return `number too long to read exactly in "${key}" (it reads as ${String(value)}): write it as a JSON string, in quotes`;
}

/** Whether a JSON value is a whole number JSON.parse may have rounded (past 2^53), which text such as an id or a join key cannot be read from. */
export function inexact(v: unknown): v is number {
  return typeof v === 'number' && Number.isInteger(v) && !Number.isSafeInteger(v);
}

/**
 * For a date written as a string of digits in NDJSON ("1785744000000"): what it looks like.
 * A number of seconds (10 digits) or milliseconds (13) since 1970 is read from a JSON number,
 * not from text; the rejection said only "expected ISO 8601".
 */
function epochTextHint(value: string): string {
  const digits = /^\s*(\d{10}|\d{13})\s*$/.exec(value)?.[1];
  if (digits === undefined) return '';
  return digits.length === 13
    ? '; it looks like milliseconds since 1970: write it as a JSON number, without quotes'
    : '; it looks like seconds since 1970: write it as a JSON number of milliseconds (× 1000)';
}

/** A JSON scalar as cell text (objects are handled before this). */
export function scalarText(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return String(v);
  if (v === null || v === undefined) return '';
  return JSON.stringify(v);
}

/** Header labels match exactly first, then ignoring case and repeated spaces. */
export function looseLabel(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** An attribute name from a column label: "Annual Revenue" → annualRevenue, "Country/Region" → countryRegion. */
export function camelCase(label: string): string {
  const words = label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
  const name = words.map((w, i) => (i === 0 ? w.toLowerCase() : w.charAt(0).toUpperCase() + w.slice(1).toLowerCase())).join('');
  return /^[A-Za-z]/.test(name) ? name : `column${name}`;
}

/** Converts the rows of one file. */
export class RowConverter {
  /** After `convert`: the key of each join's `on` column for that row (the id when `on` is not given). */
  readonly keys: string[];

  constructor(
    private readonly file: string,
    private readonly slots: Slot[],
    /** Slots by label, for NDJSON objects whose keys are the "columns". */
    private readonly byLabel: Map<string, Slot>,
    private readonly mapping: Mapping,
    private readonly idLabel: string,
    private readonly keyIndexes: number[],
    private readonly keyLabels: (string | undefined)[],
    private readonly needs: LeadNeeds | undefined,
    /** The first of the header's columns the id is read from (-1 for NDJSON objects). */
    readonly idColumn = -1,
    /** The header's last columns without a label (`id,owner,,,`: a spreadsheet's empty columns). */
    private readonly unlabelled = 0,
  ) {
    this.keys = keyIndexes.map(() => '');
    this.number = numberReader(mapping.numbers);
    this.blankSlots = slots.length > 0 ? [] : [...new Set(byLabel.values())].filter((x) => x.blank !== undefined && x.kind !== Kind.Ignore);
  }

  /** For NDJSON objects: the slots whose value map names blank cells (an absent key is one). */
  private readonly blankSlots: Slot[];

  private readonly number: NumberReader;

  /**
   * The record being read has no character from U+0300 on, so every cell of it is in NFC as
   * it is (see `composed`). Told once per line: V8 answers the test on a line of Latin-1
   * text at once (about 20 ns), where a loop over the characters of each text cell cost 2 to
   * 4% of the 1M-row benchmark's read.
   */
  private plain = false;

  /** Why a row of `count` cells is rejected; said with the header's unlabelled columns when they are all it lacks. */
  private cellCount(count: number): string {
    const width = this.slots.length;
    return cellCount(count, width) + (count < width && count >= width - this.unlabelled ? unlabelledNote(this.unlabelled) : '');
  }

  /** Cells per row: the header's width. */
  get width(): number {
    return this.slots.length;
  }

  /** One CSV record split into cells → a Lead, or why it cannot be one. */
  convert(cells: readonly string[], count: number, row: number): Lead | string {
    const slots = this.slots;
    if (count !== slots.length) {
      // A quote left open runs on to the next quote, lines later: say so, not only the count.
      let broken = false;
      for (let i = 0; i < count && !broken; i++) broken = (cells[i] as string).includes('\n');
      let cr = false;
      for (let i = 0; i < count && !broken && !cr; i++) cr = LONE_CR.test(cells[i] as string);
      return this.cellCount(count) + (broken ? OPEN_QUOTE : cr ? MIXED_LINE_ENDS : '');
    }
    const lead = blankLead(this.file, row);
    this.plain = false;
    for (let i = 0; i < count; i++) {
      const slot = slots[i] as Slot;
      if (slot.kind === Kind.Ignore) continue;
      const cell = cells[i] as string;
      if (cell.length === 0 && slot.blank === undefined) continue;
      const problem = this.apply(slot, cell, 0, cell.length, lead);
      if (problem !== undefined) return problem;
    }
    if (lead.id === '') return `missing id (column "${this.idLabel}" is empty)`;
    for (let j = 0; j < this.keyIndexes.length; j++) {
      const k = this.keyIndexes[j] as number;
      this.keys[j] = k < 0 ? lead.id : nfcText((cells[k] as string).trim());
    }
    return lead;
  }

  /**
   * One CSV line without quotes → a Lead. Cells are read where they lie in the line, so
   * that empty and ignored cells cost nothing and dates and numbers need no substring.
   */
  convertLine(line: string, delimiter: string, row: number): Lead | string {
    const slots = this.slots;
    const width = slots.length;
    const lead = blankLead(this.file, row);
    this.plain = !BEYOND_LATIN1.test(line);
    let from = 0;
    let i = 0;
    for (;;) {
      let d = line.indexOf(delimiter, from);
      const last = d < 0;
      if (last) d = line.length;
      if (i >= width) return this.cellCount(countCells(line, delimiter)) + crNote(line);
      const slot = slots[i] as Slot;
      if ((d > from || slot.blank) && slot.kind !== Kind.Ignore) {
        const problem = this.apply(slot, line, from, d, lead);
        if (problem !== undefined) {
          const count = countCells(line, delimiter);
          return count === width ? problem : this.cellCount(count) + crNote(line);
        }
      }
      i++;
      if (last) break;
      from = d + 1;
    }
    if (i !== width) return this.cellCount(i) + crNote(line);
    if (lead.id === '') return `missing id (column "${this.idLabel}" is empty)`;
    if (this.keyIndexes.length > 0) {
      const cells = line.split(delimiter);
      for (let j = 0; j < this.keyIndexes.length; j++) {
        const k = this.keyIndexes[j] as number;
        this.keys[j] = k < 0 ? lead.id : nfcText((cells[k] ?? '').trim());
      }
    }
    return lead;
  }

  /**
   * One CSV record on one line, with quotes (RFC 4180: `"a, ""b"""`) → a Lead, its cells
   * read where they lie as in convertLine, quoted ones unquoted as CsvReader#splitRecord
   * does. Undefined unless all goes well (every quoted cell closed on the line, as many
   * cells as the header, every cell readable, an id, no join keys to read): the record is
   * then split into cells and `convert` gives the answer, reason and all. Reading them
   * this way rather than splitting each made `check` on the 1M-row HubSpot benchmark
   * (where a sixth of the rows have a quoted company name) 0.15 to 0.2 s faster.
   */
  convertQuotedLine(text: string, delimiter: string, row: number): Lead | undefined {
    if (this.keyIndexes.length > 0) return undefined;
    const slots = this.slots;
    const width = slots.length;
    const n = text.length;
    const lead = blankLead(this.file, row);
    this.plain = !BEYOND_LATIN1.test(text);
    let pos = 0;
    let i = 0;
    for (;;) {
      if (i >= width) return undefined;
      const slot = slots[i] as Slot;
      let stop: number;
      if (pos < n && text.charCodeAt(pos) === QUOTE) {
        let value = '';
        let from = pos + 1;
        for (;;) {
          const q = text.indexOf('"', from);
          if (q < 0) return undefined; // not closed on this line
          if (q + 1 < n && text.charCodeAt(q + 1) === QUOTE) {
            value += text.slice(from, q + 1);
            from = q + 2;
            continue;
          }
          value += text.slice(from, q);
          pos = q + 1;
          break;
        }
        stop = text.indexOf(delimiter, pos);
        if (stop < 0) stop = n;
        if (stop > pos) value += text.slice(pos, stop); // text after the closing quote is kept, as spreadsheets do
        if ((value.length > 0 || slot.blank) && slot.kind !== Kind.Ignore && this.apply(slot, value, 0, value.length, lead) !== undefined) return undefined;
      } else {
        stop = text.indexOf(delimiter, pos);
        if (stop < 0) stop = n;
        if ((stop > pos || slot.blank) && slot.kind !== Kind.Ignore && this.apply(slot, text, pos, stop, lead) !== undefined) return undefined;
      }
      i++;
      if (stop >= n) break;
      pos = stop + 1;
    }
    return i === width && lead.id !== '' ? lead : undefined;
  }

  /** One NDJSON object → a Lead, or why it cannot be one. Keys are column labels. */
  convertObject(object: Record<string, unknown>, row: number): Lead | string {
    const lead = blankLead(this.file, row);
    this.plain = false;
    const blanks = this.blankSlots;
    let seen: Set<Slot> | undefined;
    for (const key of Object.keys(object)) {
      const value = object[key];
      if (value === null || value === undefined || value === '') {
        if (blanks.length === 0) continue;
        const slot = this.byLabel.get(key) ?? this.byLabel.get(looseLabel(key));
        if (slot?.blank === undefined) continue;
        (seen ??= new Set()).add(slot);
        const problem = this.apply(slot, '', 0, 0, lead);
        if (problem !== undefined) return problem;
        continue;
      }
      let slot = this.byLabel.get(key) ?? this.byLabel.get(looseLabel(key));
      if (slot?.blank) (seen ??= new Set()).add(slot);
      if (slot === undefined) {
        slot =
          this.mapping.unmapped === 'attribute'
            ? needed(attributeSlot(key, safeAttributeName(this.mapping.attributeNames === 'label' ? key : camelCase(key)), 'auto', this.mapping), this.needs)
            : IGNORE;
        this.byLabel.set(key, slot);
      }
      if (slot.kind === Kind.Ignore) continue;
      if (typeof value === 'number' && slot.kind === Kind.Date && slot.date && slot.field) {
        // A number in a date field is epoch milliseconds, as JSON exports write them.
        const problem = epochProblem(value, key);
        if (problem !== undefined) return problem;
        slot.date(lead, value);
        continue;
      }
      if (typeof value === 'object') {
        if (slot.kind !== Kind.Attribute)
          return `expected ${slot.kind === Kind.Number ? 'a number' : slot.kind === Kind.Date ? 'a date' : 'a text'} in "${key}", found ${Array.isArray(value) ? 'a list' : 'an object'}`;
        if (slot.keep) lead.attributes[slot.attribute as string] = JSON.stringify(value);
        continue;
      }
      // JSON.parse keeps about 16 digits of a number: an id written as a JSON number of more
      // (12345678901234567891) arrives rounded, and two leads became one "duplicate id".
      if (slot.kind === Kind.Text && inexact(value)) return inexactNumberProblem(value, key);
      // So does an attribute read as text (a --by breakdown, a condition): two companies
      // 12345678901234567891 and …892 were one group. Only when it is read (`keep`): a number
      // attribute compares by size, which the rounding does not change.
      if (slot.kind === Kind.Attribute && slot.keep && (slot.attributeType === 'text' || slot.attributeType === 'auto') && inexact(value))
        return inexactNumberProblem(value, key);
      const text = scalarText(value);
      const problem = this.apply(slot, text, 0, text.length, lead);
      if (problem !== undefined) return typeof value === 'string' && slot.kind === Kind.Date ? problem + epochTextHint(value) : problem;
    }
    // An absent key is a blank cell too: the value map's blank value applies.
    for (const slot of blanks) {
      if (seen?.has(slot)) continue;
      const problem = this.apply(slot, '', 0, 0, lead);
      if (problem !== undefined) return problem;
    }
    if (lead.id === '') return `missing id ("${this.idLabel}" is empty or absent)`;
    for (let j = 0; j < this.keyLabels.length; j++) {
      const label = this.keyLabels[j];
      const v = label === undefined ? lead.id : object[label];
      // A key the mapping reads as a number or an attribute was not checked above: rounded, two
      // leads' keys were one, and both took that key's joined rows.
      if (label !== undefined && inexact(v)) return inexactNumberProblem(v, label);
      this.keys[j] = nfcText(scalarText(v).trim());
    }
    return lead;
  }

  /** Reads one non-empty cell (`text` from `start` to `end`) into the lead; returns a reason when it cannot. */
  private apply(slot: Slot, text: string, start: number, end: number, lead: Lead): string | undefined {
    let s = text;
    let b = start;
    let e = end;
    if (b === e || isBlank(s.charCodeAt(b)) || isBlank(s.charCodeAt(e - 1))) {
      while (b < e && isBlank(s.charCodeAt(b))) b++;
      while (e > b && isBlank(s.charCodeAt(e - 1))) e--;
      if (b === e && slot.blank === undefined) return undefined; // a blank cell, unless the value map names blanks
    }
    if (slot.nfc && !this.plain && !composed(s, b, e)) {
      s = s.slice(b, e).normalize('NFC');
      b = 0;
      e = s.length;
    }
    if (slot.values) {
      const cell = s.slice(b, e);
      const mapped = slot.values.get(cell);
      if (mapped === null) return undefined;
      if (mapped !== undefined) s = mapped;
      else if (slot.values.otherwise === 'empty') return undefined;
      else if (slot.values.otherwise === 'reject')
        return `unexpected value ${quoteCell(cell)} in column "${slot.column}" (expected one of ${slot.values.expected()})`;
      else s = cell;
      b = 0;
      e = s.length;
      if (e === 0) return undefined;
    }
    switch (slot.kind) {
      case Kind.Text:
        if (slot.keep) (slot.text as Setter<string>)(lead, b === 0 && e === s.length ? s : s.slice(b, e));
        return undefined;
      case Kind.Number: {
        const n = this.number(s, b, e);
        if (Number.isNaN(n)) return unparseableNumber(s.slice(b, e), slot.column, this.mapping.numbers.decimal);
        // A count of attempts or a deal's worth below zero (or attempts in fractions) is a CRM slip that
        // would lower the pipeline sum or pass for a cadence; the SQL reader says the same (sql/duckdb/direct.ts).
        if (slot.field === 'attempts' && (n < 0 || !Number.isInteger(n)))
          return `not a number of attempts ${quoteCell(s.slice(b, e))} in column "${slot.column}" (expected a whole number, 0 or more)`;
        if (slot.field === 'dealAmount' && n < 0)
          return `negative deal amount ${quoteCell(s.slice(b, e))} in column "${slot.column}" (a deal is worth 0 or more)`;
        if (slot.field === 'dealAmount' && n >= MAX_DEAL_AMOUNT) return dealTooLarge(quoteCell(s.slice(b, e)), slot.column);
        if (slot.keep) (slot.number as Setter<number>)(lead, n);
        return undefined;
      }
      case Kind.Date: {
        const reader = slot.reader as DateReader;
        const t = reader.read(s, b, e);
        if (Number.isNaN(t)) return `unparseable date ${quoteCell(s.slice(b, e))} in column "${slot.column}" (expected ${reader.describe()})`;
        if (slot.keep && (slot.date as (l: Lead, v: number) => boolean)(lead, t) && reader.dateOnly) (lead.dateOnly ??= []).push(slot.field as TimestampField);
        return undefined;
      }
      case Kind.Attribute:
        return this.attribute(slot, s, b, e, lead.attributes);
      default:
        return undefined;
    }
  }

  /** Reads a typed attribute into `attributes`; returns a reason when it cannot. */
  private attribute(slot: Slot, s: string, b: number, e: number, attributes: Record<string, AttributeValue>): string | undefined {
    const name = slot.attribute as string;
    switch (slot.attributeType) {
      case 'text':
        if (slot.keep) attributes[name] = s.slice(b, e);
        return undefined;
      case 'number': {
        const n = this.number(s, b, e);
        if (Number.isNaN(n)) return unparseableNumber(s.slice(b, e), slot.column, this.mapping.numbers.decimal);
        if (slot.keep) attributes[name] = n;
        return undefined;
      }
      case 'boolean': {
        const v = readBoolean(s.slice(b, e));
        if (v === undefined) return `unparseable true/false ${quoteCell(s.slice(b, e))} in column "${slot.column}" (expected true/false, yes/no or 1/0)`;
        if (slot.keep) attributes[name] = v;
        return undefined;
      }
      case 'date': {
        const reader = slot.reader as DateReader;
        const t = reader.read(s, b, e);
        if (Number.isNaN(t)) return `unparseable date ${quoteCell(s.slice(b, e))} in column "${slot.column}" (expected ${reader.describe()})`;
        if (slot.keep) attributes[name] = t;
        return undefined;
      }
      default:
        if (slot.keep) attributes[name] = autoValue(s.slice(b, e), this.mapping.numbers.decimal);
        return undefined;
    }
  }
}

/**
 * Whether text[b, e) is surely in NFC already: no character from U+0300 on (every character
 * below it is its own NFC form). One export can hold "José" as é (NFC, what most tools write)
 * and as e + U+0301 (NFD, what text from macOS can carry): the two look alike and compare
 * unequal, so an owner showed twice in a breakdown, a value map missed, a duplicate id passed.
 * The SQL reader normalizes the same cells (sql/duckdb/direct.ts).
 */
function composed(text: string, b: number, e: number): boolean {
  // (A caller that knows the whole record is below U+0300 skips this: RowConverter#plain.)
  for (let i = b; i < e; i++) if (text.charCodeAt(i) >= 0x300) return false;
  return true;
}

/** A character from U+0300 on: none in a record means every cell of it is in NFC. */
const BEYOND_LATIN1 = /[\u0300-\uffff]/;

/** Text in NFC (see `composed`): as it is unless it has a character from U+0300 on. */
export function nfcText(text: string): string {
  return BEYOND_LATIN1.test(text) ? text.normalize('NFC') : text;
}

/** Spaces that surround a cell's value: trimmed (the cell is already known not to be empty). */
function isBlank(c: number): boolean {
  return c <= 32 || c === 160 || c === 0xfeff;
}

/** Said after the cell count of a record whose quoted cell holds a line break (the DuckDB reader says the same, sql/duckdb/direct.ts). */
export const OPEN_QUOTE =
  ', and a quoted cell in it runs over more than one line: if a quote was left open, the lines after it were read into this row, up to the next quote';

/**
 * Said after the cell count of a record that holds a carriage return with no line feed after
 * it: a file whose lines end in LF (or CRLF) breaks no line there, so where an export mixes in
 * a CR alone (old Mac software, Excel's "CSV (Macintosh)") two rows are read as one. The DuckDB
 * reader sends such a file to this source (csv-inspect.ts), so both engines say it.
 */
export const MIXED_LINE_ENDS =
  ', and a carriage return (CR) without a line feed in it ends a line for some programs but not in this file, whose lines end in LF or CRLF: the export mixes line endings, so the line after the CR was read into this row; save the file again as CSV UTF-8';

const LONE_CR = /\r(?!\n)/;

/** MIXED_LINE_ENDS for a line without quotes (every CR in it is alone: the reader ends lines at LF and CRLF). */
function crNote(line: string): string {
  return line.includes('\r') ? MIXED_LINE_ENDS : '';
}

/**
 * A row that repeats the header cell for cell: what `cat september.csv october.csv > both.csv`
 * leaves where the second export begins (after its byte order mark, when each file has one).
 * Read as data it was rejected for an "unparseable date" that was the date column's own label.
 * Every cell must equal its label, both trimmed as cells are (so a BOM in the middle of the
 * file goes): only a header repeats a whole header, where "most cells" could call a data row
 * one; a second export with other columns is told by its cell count. The DuckDB reader asks
 * the same (sql/duckdb/direct.ts), with the same words.
 */
export const REPEATED_HEADER =
  "row repeats the header (each cell is its column's label): the file looks like several exports joined one after another; delete this line and keep the first header only (two --leads files are not read as one export: a second is a mapping's joined file)";

/** A cell or a header label as a row's cell is compared: without what the source trims from a cell's ends (isBlank). */
export function cellText(text: string): string {
  let b = 0;
  let e = text.length;
  while (b < e && isBlank(text.charCodeAt(b))) b++;
  while (e > b && isBlank(text.charCodeAt(e - 1))) e--;
  return text.slice(b, e);
}

/**
 * Tells a row that repeats the header (REPEATED_HEADER), and a row that is another export's
 * header (`otherHeader`). Asked only of rows that failed, or whose id is one of the header's
 * labels: rare.
 */
export class HeaderEcho {
  /** Each label as a cell repeating it reads, trimmed. */
  readonly labels: string[];
  /** The header's labels that are not empty, each once: what a cell of another header is. */
  readonly labelSet: ReadonlySet<string>;
  /** How many cells of a row must be labels for it to be a header: half the labels, at least 3 (all of fewer), never 1. */
  readonly headerCells: number;
  /**
   * The ids a row that is a header could give its lead (trimmed as an id is, in NFC): every
   * label, and the first quoted after a BOM in column 1. A lead with another id is no header.
   */
  private readonly ids: Set<string>;
  /** 1 at each UTF-16 code unit an id in `ids` begins with. */
  private readonly starts = new Uint8Array(65536);
  private readonly idColumn: number;
  /**
   * The first label quoted (`"id"`): a byte order mark before a quoted first cell makes it an
   * unquoted one whose quotes are text (RFC 4180 knows no BOM mid-file, and DuckDB reads it so too).
   */
  readonly quotedFirst: string;

  constructor(header: readonly string[], idColumn: number) {
    this.labels = header.map(cellText);
    this.quotedFirst = `"${(this.labels[0] ?? '').replace(/"/g, '""')}"`;
    this.idColumn = idColumn;
    this.labelSet = new Set(this.labels.filter((l) => l !== ''));
    const n = this.labelSet.size;
    this.headerCells = Math.max(2, Math.min(n, Math.max(3, Math.ceil(n / 2))));
    this.ids = new Set([...this.labelSet].flatMap((l) => [nfcText(l), nfcText(l.trim())]));
    if (idColumn === 0) this.ids.add(nfcText(this.quotedFirst));
    for (const id of this.ids) this.starts[id.charCodeAt(0)] = 1;
  }

  /**
   * Whether a row that became this lead may be a header. Asked of every lead: the id's first
   * character is looked up first (ids begin with digits or letters labels seldom begin
   * with), the whole id only then; hashing every id cost 1.5% of the 1M-row check.
   */
  mayRepeat(lead: Lead): boolean {
    return this.starts[lead.id.charCodeAt(0)] === 1 && this.ids.has(lead.id);
  }

  /** Whether the split cells repeat the header. */
  cells(cells: readonly string[], count: number): boolean {
    if (count !== this.labels.length) return false;
    for (let i = 0; i < count; i++) {
      const cell = cells[i] as string;
      const text = cellText(cell);
      if (text !== this.labels[i] && !(i === 0 && cell.charCodeAt(0) === 0xfeff && text === this.quotedFirst)) return false;
    }
    return true;
  }

  /**
   * Whether the split cells are the header of an export with other columns (or the same in
   * another order), and then how they differ from this header: the cell in the id column is
   * one of the header's labels, and so are at least `headerCells` of the row's cells, both
   * trimmed. Asked of a row that does not repeat the header. Such a row is where a second
   * export, joined after the first, begins: every row after it is in its order, which no
   * row tells, and read in the first header's order its dates and owners would land in other
   * fields. Only the whole row says it: data has no label in its id cell and half its cells.
   * The DuckDB reader asks the same (sql/duckdb/direct.ts).
   */
  otherHeader(cells: readonly string[], count: number): string | undefined {
    if (!this.labelSet.has(cellText(cells[this.idColumn] ?? ''))) return undefined;
    let labels = 0;
    for (let i = 0; i < count; i++) if (this.labelSet.has(cellText(cells[i] as string))) labels++;
    if (labels < this.headerCells) return undefined;
    const width = this.labels.length;
    let difference = `it has ${count} column${count === 1 ? '' : 's'} where the first header has ${width}`;
    for (let i = 0; i < Math.min(count, width); i++) {
      const here = cellText(cells[i] as string);
      if (here !== this.labels[i]) {
        difference = `column ${i + 1} is ${quoteCell(here)} here and ${quoteCell(this.labels[i] as string)} in the first header`;
        break;
      }
    }
    return `is the header of another export, with other columns (${difference}): the file joins exports one after another, and the rows after this one would be read into the wrong fields; export the leads again as one file, or give the second export the first one's columns in the same order and delete this line`;
  }
}

/**
 * Said after the cell count of a row that lacks only the header's last, unlabelled columns
 * (`id,owner,,,` over rows `L1,ana`): a spreadsheet saved empty columns into the header, and
 * every row was rejected for a width no one could see. The DuckDB reader says the same
 * (sql/duckdb/direct.ts). A row padded to the header's width is read, its empty cells nothing.
 */
export function unlabelledNote(n: number): string {
  return `, but every column with a label: the header ends in ${n === 1 ? 'a column' : `${n} columns`} without one (a spreadsheet saved empty columns into it); delete the delimiters after the header's last label`;
}

/** How many of the header's last labels are empty (trimmed as cells are). */
export function unlabelledColumns(header: readonly string[]): number {
  let n = 0;
  while (n < header.length - 1 && cellText(header[header.length - 1 - n] as string) === '') n++;
  return n;
}

function cellCount(count: number, width: number): string {
  return `row has ${count} cell${count === 1 ? '' : 's'} where the header has ${width}`;
}

function countCells(line: string, delimiter: string): number {
  let n = 1;
  for (let i = line.indexOf(delimiter); i >= 0; i = line.indexOf(delimiter, i + 1)) n++;
  return n;
}

function fieldSlot(rule: ColumnRule, field: LeadField, mapping: Mapping, zone: ZoneClock): Slot {
  const slot: Slot = { kind: Kind.Ignore, column: rule.column, keep: true, nfc: false, field };
  switch (fieldType(field)) {
    case 'date':
      slot.kind = Kind.Date;
      slot.date = DATE[field as TimestampField];
      slot.reader = new DateReader(rule.formats, zone, mapping.dates.locale, rule.dateOnly);
      break;
    case 'number':
      slot.kind = Kind.Number;
      slot.number = NUMBER[field as NumberField];
      break;
    default:
      slot.kind = Kind.Text;
      slot.text = TEXT[field as TextField | PiiField];
      slot.nfc = true;
  }
  if (rule.values) withValues(slot, new ValueMap(rule.values, rule.otherwise));
  return slot;
}

function withValues(slot: Slot, values: ValueMap): void {
  slot.values = values;
  slot.nfc = true;
  if (values.mapsBlank) slot.blank = true;
}

function attributeSlot(column: string, name: string, type: AttributeType, mapping: Mapping, zone?: ZoneClock, rule?: ColumnRule): Slot {
  const slot: Slot = { kind: Kind.Attribute, column, keep: true, nfc: type === 'text' || type === 'auto', attribute: name, attributeType: type };
  if (type === 'date') slot.reader = new DateReader(rule?.formats ?? mapping.dates.formats, zone as ZoneClock, mapping.dates.locale, rule?.dateOnly ?? false);
  if (rule?.values) withValues(slot, new ValueMap(rule.values, rule.otherwise));
  return slot;
}

/** `__proto__` as an attribute name would set the prototype instead of a value. */
function safeAttributeName(name: string): string {
  return name === '__proto__' ? '__proto__attribute' : name;
}

function slotOf(rule: ColumnRule, mapping: Mapping, zone: ZoneClock, needs: LeadNeeds | undefined): Slot {
  const t = rule.target;
  if (t.kind === 'field') return needed(fieldSlot(rule, t.field, mapping, zone), needs);
  if (t.kind === 'attribute') return needed(attributeSlot(rule.column, safeAttributeName(t.name), t.type, mapping, zone, rule), needs);
  return IGNORE;
}

/**
 * The slot as the consumer needs it: as is when it reads the value (always, without
 * `needs`); else a slot that only checks cells that can be wrong (dates, numbers,
 * true/false, value maps that reject), or none at all.
 */
function needed(slot: Slot, needs: LeadNeeds | undefined): Slot {
  if (needs === undefined) return slot;
  if (slot.kind === Kind.Attribute ? needs.attributes.has(slot.attribute as string) : !isPii(slot.field) || needs.pii.has(slot.field)) return slot;
  const checked =
    slot.kind === Kind.Number ||
    slot.kind === Kind.Date ||
    (slot.kind === Kind.Attribute && slot.attributeType !== 'text' && slot.attributeType !== 'auto') ||
    slot.values?.otherwise === 'reject';
  return checked ? { ...slot, keep: false } : IGNORE;
}

function isPii(field: LeadField | undefined): field is PiiField {
  return field === 'email' || field === 'name' || field === 'phone';
}

export type Compiled<T> = { ok: true; value: T } | { ok: false; message: string };

/**
 * A mapping label → the index of its column in `header`: the exact label first, then the
 * same label ignoring case and spaces (the first such column wins). Shared with the DuckDB
 * reader, which must pick the same columns.
 */
export function headerFinder(header: readonly string[]): (label: string) => number | undefined {
  const exact = new Map<string, number>();
  const loose = new Map<string, number>();
  header.forEach((h, i) => {
    const t = h.trim();
    if (!exact.has(t)) exact.set(t, i);
    const l = looseLabel(t);
    if (!loose.has(l)) loose.set(l, i);
  });
  return (label) => exact.get(label.trim()) ?? loose.get(looseLabel(label));
}

/**
 * A column the mapping reads whose label the header holds more than once (the same label
 * ignoring case and spaces): which of them holds the data is not known, so the file is
 * refused rather than read from the first (it was, without a word). Columns numbered from 1.
 * Shared with the DuckDB reader, which refuses it alike.
 */
export function twiceInHeader(mapping: Mapping, header: readonly string[]): { label: string; columns: number[] } | undefined {
  const find = headerFinder(header);
  for (const rule of mapping.columns) {
    if (rule.target.kind === 'ignore') continue;
    const i = find(rule.column);
    if (i === undefined) continue;
    const same = looseLabel(header[i] as string);
    const columns = header.flatMap((h, j) => (looseLabel(h) === same ? [j + 1] : []));
    if (columns.length > 1) return { label: (header[i] as string).trim(), columns };
  }
  return undefined;
}

/**
 * The timestamps the consumer reads (`needs.fields`) when the header gives none of them,
 * else undefined. Some missing is a sparse export; all missing is the wrong file or the
 * wrong mapping, and a report of nothing but "no data" (issue 13, item 14). Shared with
 * the DuckDB reader, which leaves such a file to the source's message.
 */
export function datesWithoutColumn(mapping: Mapping, header: readonly string[], needs: LeadNeeds | undefined): string[] | undefined {
  const wanted = [...(needs?.fields ?? [])].filter((f) => isLeadField(f) && fieldType(f) === 'date');
  if (wanted.length === 0) return undefined;
  const given = fieldsWithColumn(mapping, header);
  return wanted.some((f) => given.has(f)) ? undefined : wanted;
}

/** The lead fields a column of `header` gives under `mapping`: the export carries them, even where every cell is empty. */
export function fieldsWithColumn(mapping: Mapping, header: readonly string[]): Set<string> {
  const find = headerFinder(header);
  const given = new Set<string>();
  for (const rule of mapping.columns) if (rule.target.kind === 'field' && find(rule.column) !== undefined) given.add(rule.target.field);
  return given;
}

/**
 * The converter for a CSV file with this header. Fails (with a message naming the file)
 * when a column the mapping requires is missing, or when no column holds the id.
 * `joinOn` lists, per join, the leads column whose value is the join key (undefined: the id).
 */
export function compileCsv(
  mapping: Mapping,
  header: readonly string[],
  file: string,
  zone: ZoneClock,
  joinOn: (string | undefined)[] = [],
  needs?: LeadNeeds,
): Compiled<RowConverter> {
  const find = headerFinder(header);

  const slots: (Slot | undefined)[] = header.map(() => undefined);
  const missing: string[] = [];
  const names = new Set<string>();
  let idLabel: string | undefined;
  let idColumn = -1;
  for (const rule of mapping.columns) {
    const i = find(rule.column);
    if (i === undefined) {
      if (!rule.optional) missing.push(rule.column);
      continue;
    }
    if (slots[i] !== undefined) continue; // two labels of the mapping matched one column loosely
    slots[i] = slotOf(rule, mapping, zone, needs);
    if (rule.target.kind === 'field' && rule.target.field === 'id') {
      idLabel ??= header[i]?.trim();
      // The lead's id is its first non-empty id column in the header's order (TEXT.id).
      if (idColumn < 0 || i < idColumn) idColumn = i;
    }
    if (rule.target.kind === 'attribute') names.add(rule.target.name);
  }
  const known = header.map((h) => h.trim());
  const hint = (label: string) => {
    const guess = didYouMean(label, known);
    return `"${label}"` + (guess ? ` (did you mean "${guess}"?)` : '');
  };
  const preset = presetHint(header, mapping);
  if (idLabel === undefined) {
    const idColumns = mapping.columns.filter((c) => c.target.kind === 'field' && c.target.field === 'id').map((c) => hint(c.column));
    return {
      ok: false,
      message: `${file}: no column holds the lead id (the mapping "${mapping.name}" expects ${idColumns.join(' or ') || 'a column mapped to id'}); ${preset ?? 'is this the right export, and the right --mapping?'}`,
    };
  }
  const twice = twiceInHeader(mapping, header);
  if (twice !== undefined)
    return {
      ok: false,
      message: `${file}: the header has ${twice.columns.length} columns "${twice.label}" (columns ${twice.columns.join(', ')}), which the mapping "${mapping.name}" reads: which one holds the data is not known; rename or remove all but one`,
    };
  if (missing.length > 0) {
    return {
      ok: false,
      message: `${file}: the header has no column ${missing.map(hint).join(', ')}, which the mapping "${mapping.name}" names; ${preset ?? 'fix the label in the mapping, or mark the column optional: true'}`,
    };
  }
  const unmeasured = datesWithoutColumn(mapping, header, needs);
  if (unmeasured !== undefined) {
    const from = unmeasured.map((field) => {
      const labels = mapping.columns.filter((c) => c.target.kind === 'field' && c.target.field === field).map((c) => hint(c.column));
      return labels.length === 0 ? `no column for ${field}` : `${field} from ${labels.join(' or ')}`;
    });
    return {
      ok: false,
      message:
        `${file}: no column gives ${unmeasured.join(', ')}, the dates the contract's rules measure, so every figure would be "no data" ` +
        `(the mapping "${mapping.name}" reads ${from.join('; ')}; the header has ${quoteList(known.slice(0, 12))}${known.length > 12 ? ', …' : ''}); ` +
        (preset ?? 'map those columns in a mapping file (columns: { "MQL Date": mqlAt }), or pass the --mapping the export needs'),
    };
  }
  const filled = header.map((label, i) => {
    const slot = slots[i];
    if (slot) return slot;
    if (mapping.unmapped === 'ignore') return IGNORE;
    let name = safeAttributeName(label.trim() === '' ? `column${i + 1}` : mapping.attributeNames === 'label' ? label.trim() : camelCase(label));
    for (let n = 2; names.has(name); n++) name = `${name.replace(/_\d+$/, '')}_${n}`;
    names.add(name);
    return needed(attributeSlot(label.trim(), name, 'auto', mapping), needs);
  });
  const keyIndexes = joinOn.map((on) => (on === undefined ? -1 : (find(on) ?? -2)));
  const lost = joinOn.find((_, j) => keyIndexes[j] === -2);
  if (lost !== undefined)
    return { ok: false, message: `${file}: the header has no column "${lost}", which a join of the mapping "${mapping.name}" matches on` };
  const byLabel = new Map<string, Slot>();
  header.forEach((h, i) => byLabel.set(h.trim(), filled[i] as Slot));
  return { ok: true, value: new RowConverter(file, filled, byLabel, mapping, idLabel, keyIndexes, joinOn, needs, idColumn, unlabelledColumns(header)) };
}

/** The converter for NDJSON objects, whose keys are the column labels (absent keys are empty cells). */
export function compileObjects(mapping: Mapping, file: string, zone: ZoneClock, joinOn: (string | undefined)[] = [], needs?: LeadNeeds): RowConverter {
  const byLabel = new Map<string, Slot>();
  let idLabel: string | undefined;
  for (const rule of mapping.columns) {
    if (byLabel.has(rule.column)) continue;
    const slot = slotOf(rule, mapping, zone, needs);
    byLabel.set(rule.column, slot);
    if (!byLabel.has(looseLabel(rule.column))) byLabel.set(looseLabel(rule.column), slot);
    if (rule.target.kind === 'field' && rule.target.field === 'id') idLabel ??= rule.column;
  }
  return new RowConverter(
    file,
    [],
    byLabel,
    mapping,
    idLabel ?? 'id',
    joinOn.map(() => -1),
    joinOn,
    needs,
  );
}
