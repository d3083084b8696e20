/**
 * A joined file (deals of a lead, say): its rows are read first and folded, per key, into
 * the values its `aggregate` entries ask for (sum of amounts, earliest won date...). The
 * leads file then streams past and each lead takes its key's values. The joined file is
 * the small one: its aggregates are held in a Map by key, its rows are not.
 */
import type { Lead, Rejection, TimestampField } from '../lead.js';
import { didYouMean } from '../../contract/suggest.js';
import { DateReader, type ZoneClock } from './dates.js';
import {
  cellText,
  dealTooLarge,
  epochProblem,
  HeaderEcho,
  inexact,
  inexactNumberProblem,
  looseLabel,
  MAX_DEAL_AMOUNT,
  nfcText,
  quoteCell,
  REPEATED_HEADER,
  scalarText,
  unparseableNumber,
  type Compiled,
} from './convert.js';
import { numberReader } from './values.js';
import type { Aggregate, JoinRule } from './types.js';

interface Folded {
  /** Rows of the joined file with this key, for the rejections of keys no lead has. */
  rows: number[];
  values: (number | string | undefined)[];
  dateOnly: boolean[];
  matched: boolean;
}

interface Reader {
  aggregate: Aggregate;
  /** Cell index of the value (-1 for count) and of the `where` column (-1: none). */
  value: number;
  where: number;
  in?: Set<string>;
  notIn?: Set<string>;
  dates?: DateReader;
}

export class JoinTable {
  private readonly folded = new Map<string, Folded>();
  /** The joined keys by their loose form (case and spaces aside), built at the first lead without rows. */
  private loose: Map<string, string> | undefined;
  /** A joined key no lead has → a lead's key that differs from it only in case or spaces (the first seen). */
  private readonly near = new Map<string, string>();
  private readers: Reader[] = [];
  private keyIndex = -1;
  private width = 0;
  /** Tells a row that is a header, the same or another export's (CSV only). */
  private echo: HeaderEcho | undefined;
  private readonly number: (cell: string) => number;
  private readonly cells: string[] = [];

  constructor(
    readonly rule: JoinRule,
    readonly file: string,
    private readonly zone: ZoneClock,
  ) {
    this.number = numberReader(rule.numbers);
  }

  /** Keys seen in the joined file. */
  get size(): number {
    return this.folded.size;
  }

  /** Prepares for CSV rows under this header; fails when a column the join names is missing. */
  useHeader(header: readonly string[]): Compiled<void> {
    const exact = new Map<string, number>();
    const loose = new Map<string, number>();
    header.forEach((h, i) => {
      if (!exact.has(h.trim())) exact.set(h.trim(), i);
      if (!loose.has(looseLabel(h))) loose.set(looseLabel(h), i);
    });
    const missing: string[] = [];
    const find = (label: string): number => {
      const i = exact.get(label.trim()) ?? loose.get(looseLabel(label));
      if (i === undefined) {
        if (!missing.includes(label)) missing.push(label);
        return -1;
      }
      return i;
    };
    this.width = header.length;
    this.keyIndex = find(this.rule.key);
    if (this.keyIndex >= 0) this.echo = new HeaderEcho(header, this.keyIndex);
    this.readers = this.rule.aggregate.map((a) => this.reader(a, a.column === undefined ? -1 : find(a.column), a.where ? find(a.where.column) : -1));
    if (missing.length > 0) {
      const known = header.map((h) => h.trim());
      const hints = missing.map((m) => {
        const guess = didYouMean(m, known);
        return `"${m}"` + (guess ? ` (did you mean "${guess}"?)` : '');
      });
      return { ok: false, message: `${this.file}: the header has no column ${hints.join(', ')}, which the join "${this.rule.name}" of the mapping names` };
    }
    return { ok: true, value: undefined };
  }

  /** Prepares for NDJSON objects: their keys are the labels. */
  useObjects(): void {
    const labels = new Map<string, number>();
    const index = (label: string) => {
      let i = labels.get(label);
      if (i === undefined) labels.set(label, (i = labels.size));
      return i;
    };
    this.keyIndex = index(this.rule.key);
    this.readers = this.rule.aggregate.map((a) => this.reader(a, a.column === undefined ? -1 : index(a.column), a.where ? index(a.where.column) : -1));
    this.objectLabels = [...labels.keys()];
    this.width = labels.size;
    this.textColumns = this.objectLabels.map((_, i) => this.readsText(i));
  }

  private objectLabels: string[] = [];
  /** Per NDJSON label: whether its value is read as text (the key, a `where` column, a text aggregate). */
  private textColumns: boolean[] = [];

  private readsText(i: number): boolean {
    if (i === this.keyIndex) return true;
    return this.readers.some((r) => r.where === i || (r.value === i && r.dates === undefined && r.aggregate.type !== 'number'));
  }

  private reader(a: Aggregate, value: number, where: number): Reader {
    const r: Reader = { aggregate: a, value, where };
    if (a.where?.in) r.in = new Set(a.where.in.map((v) => nfcText(v.trim())));
    if (a.where?.notIn) r.notIn = new Set(a.where.notIn.map((v) => nfcText(v.trim())));
    if (a.type === 'date') r.dates = new DateReader(a.formats, this.zone, this.rule.dates.locale, a.dateOnly);
    return r;
  }

  /** Folds one CSV row in; returns why it cannot be used, if so. */
  addRow(cells: readonly string[], count: number, row: number): string | undefined {
    // The header again (two exports joined with cat): read as data, its key was counted as a deal of a lead "Lead ID".
    if (this.echo !== undefined && this.echo.labelSet.has(cellText(cells[this.keyIndex] ?? '')) && this.echo.cells(cells, count)) return REPEATED_HEADER;
    if (count !== this.width) return `row has ${count} cell${count === 1 ? '' : 's'} where the header has ${this.width}`;
    return this.fold(cells, row);
  }

  /**
   * Whether a CSV row is the header of an export with other columns (HeaderEcho.otherHeader),
   * and how it differs: the rows after it cannot be read in this header's order, so the
   * read stops there (the caller says so). Undefined for any other row, the header repeated included.
   */
  otherHeader(cells: readonly string[], count: number): string | undefined {
    const echo = this.echo;
    if (echo === undefined || !echo.labelSet.has(cellText(cells[this.keyIndex] ?? '')) || echo.cells(cells, count)) return undefined;
    return echo.otherHeader(cells, count);
  }

  /** Folds one NDJSON object in. */
  addObject(object: Record<string, unknown>, row: number): string | undefined {
    const cells = this.cells;
    for (let i = 0; i < this.objectLabels.length; i++) {
      const label = this.objectLabels[i] as string;
      const v = object[label];
      if (typeof v === 'number' && this.isDateColumn(i)) {
        // Epoch milliseconds, read as the leads file reads them (convert.ts): 1e300 threw in toISOString.
        const problem = epochProblem(v, label);
        if (problem !== undefined) return problem;
        cells[i] = new Date(v).toISOString();
      } else if (this.textColumns[i] === true && inexact(v)) {
        // Rounded, two keys were one: their rows were folded together under a key neither has.
        return inexactNumberProblem(v, label);
      } else cells[i] = scalarText(v);
    }
    return this.fold(cells, row);
  }

  private isDateColumn(i: number): boolean {
    return this.readers.some((r) => r.value === i && r.dates !== undefined);
  }

  private fold(cells: readonly string[], row: number): string | undefined {
    // In NFC, as the main file's keys are (convert.ts): "Peñalver" matches whichever form each file wrote.
    const key = nfcText((cells[this.keyIndex] ?? '').trim());
    if (key === '') return `missing key (column "${this.rule.key}" is empty)`;
    // Read every value before folding any, so that a bad row changes nothing.
    const values = this.scratch;
    const dateOnly = this.scratchDateOnly;
    for (let i = 0; i < this.readers.length; i++) {
      const r = this.readers[i] as Reader;
      values[i] = undefined;
      dateOnly[i] = false;
      if (r.where >= 0) {
        const w = nfcText((cells[r.where] ?? '').trim());
        if ((r.in && !r.in.has(w)) || (r.notIn && r.notIn.has(w))) continue;
      }
      if (r.aggregate.op === 'count') {
        values[i] = 1;
        continue;
      }
      const cell = (cells[r.value] ?? '').trim();
      if (cell === '') continue;
      const column = r.aggregate.column ?? '';
      if (r.dates) {
        const t = r.dates.read(cell);
        if (Number.isNaN(t)) return `unparseable date ${quoteCell(cell)} in column "${column}" (expected ${r.dates.describe()})`;
        values[i] = t;
        dateOnly[i] = r.dates.dateOnly;
      } else if (r.aggregate.type === 'number') {
        const n = this.number(cell);
        if (Number.isNaN(n)) return unparseableNumber(cell, column, this.rule.numbers.decimal);
        // Summed into the deal amount, such a row made it infinite (convert.ts, MAX_DEAL_AMOUNT).
        if (r.aggregate.target.kind !== 'attribute' && r.aggregate.target.field === 'dealAmount' && n >= MAX_DEAL_AMOUNT)
          return dealTooLarge(quoteCell(cell), column);
        values[i] = n;
      } else {
        values[i] = nfcText(cell);
      }
    }
    let f = this.folded.get(key);
    if (!f) {
      f = { rows: [], values: this.readers.map((r) => (r.aggregate.op === 'count' ? 0 : undefined)), dateOnly: this.readers.map(() => false), matched: false };
      this.folded.set(key, f);
    }
    f.rows.push(row);
    for (let i = 0; i < this.readers.length; i++) {
      const v = values[i];
      if (v === undefined) continue;
      const op = (this.readers[i] as Reader).aggregate.op;
      const prev = f.values[i];
      let take = false;
      switch (op) {
        case 'sum':
        case 'count':
          f.values[i] = ((prev as number | undefined) ?? 0) + (v as number);
          break;
        case 'min':
          take = prev === undefined || (v as number) < (prev as number);
          break;
        case 'max':
          take = prev === undefined || (v as number) > (prev as number);
          break;
        case 'first':
          take = prev === undefined;
          break;
        case 'last':
          take = true;
          break;
      }
      if (take) {
        f.values[i] = v;
        f.dateOnly[i] = dateOnly[i] ?? false;
      }
    }
    return undefined;
  }

  private readonly scratch: (number | string | undefined)[] = [];
  private readonly scratchDateOnly: boolean[] = [];

  /**
   * Gives a lead its key's values. A value replaces the leads file's value for the same
   * field; a lead without rows here keeps its own (and counts are 0).
   */
  attach(lead: Lead, key: string): void {
    const f = this.folded.get(key);
    if (f) f.matched = true;
    else this.nearMiss(key);
    const target = lead as unknown as Record<string, unknown>;
    for (let i = 0; i < this.readers.length; i++) {
      const a = (this.readers[i] as Reader).aggregate;
      const v = f ? f.values[i] : a.op === 'count' ? 0 : undefined;
      if (v === undefined) continue;
      if (a.target.kind === 'attribute') {
        lead.attributes[a.target.name === '__proto__' ? '__proto__attribute' : a.target.name] = v;
        continue;
      }
      const field = a.target.field;
      target[field] = v;
      if (a.type === 'date') {
        const ts = field as TimestampField;
        const only = lead.dateOnly?.filter((x) => x !== ts);
        if (f?.dateOnly[i]) lead.dateOnly = [...(only ?? []), ts];
        else lead.dateOnly = only && only.length > 0 ? only : undefined;
      }
    }
  }

  /**
   * A lead without rows here whose key is a joined key written otherwise ("A1" and "a1"):
   * remembered, so that the joined rows' rejection names it. Keys are matched exactly (a
   * looser match could join one lead's deals to another); before, the rejection said only
   * "no lead has the key", and the lead that was meant went without its deals unnamed.
   */
  private nearMiss(key: string): void {
    // Only a rejection says it: with `unmatched: ignore` no lead pays for the look-up.
    if (this.rule.unmatched === 'ignore' || this.folded.size === 0) return;
    if (this.loose === undefined) {
      this.loose = new Map();
      for (const k of this.folded.keys()) if (!this.loose.has(looseKey(k))) this.loose.set(looseKey(k), k);
    }
    const joined = this.loose.get(looseKey(key));
    if (joined !== undefined && !this.near.has(joined)) this.near.set(joined, key);
  }

  /** Rows whose key no lead had, as rejections (when the join says `unmatched: reject`). */
  unmatched(): Rejection[] {
    if (this.rule.unmatched === 'ignore') return [];
    const out: Rejection[] = [];
    for (const [key, f] of this.folded) {
      if (f.matched) continue;
      const near = this.near.get(key);
      const reason = `no lead has the key ${quoteCell(key)} (column "${this.rule.key}")${near === undefined ? '' : `; the lead ${quoteCell(near)} differs from it only in case or spaces`}`;
      for (const row of f.rows) out.push({ file: this.file, row, reason });
    }
    return out.sort((a, b) => a.row - b.row);
  }
}

/** A key with case and runs of spaces set aside. */
function looseKey(key: string): string {
  return key.toLowerCase().replace(/\s+/g, ' ');
}
