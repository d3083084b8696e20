/**
 * `--per-lead FILE`: one CSV row per lead and rule, for re-import into the CRM:
 *
 *   lead_id,rule_id,verdict,elapsed_minutes,due_at,owner
 *
 * RFC 4180: CRLF line ends, a field quoted when it holds a comma, a quote, CR or LF, and
 * quotes doubled inside. Text fields that a spreadsheet would run as a formula (starting
 * with = + - @, tab or CR; OWASP "CSV Injection") get a leading apostrophe first.
 *
 * Streaming: the engine calls row() as verdicts come; text is handed to `write` in chunks
 * of about 64 KB, so memory stays flat however many leads there are.
 */
import type { PerLeadRow } from '../engine/types.js';

export const PER_LEAD_HEADER = ['lead_id', 'rule_id', 'verdict', 'elapsed_minutes', 'due_at', 'owner'] as const;

const CHUNK_CHARS = 64 * 1024;
const EOL = '\r\n';

export interface PerLeadWriter {
  row(r: PerLeadRow): void;
  /** Writes what is buffered. Call once, after the last row. */
  end(): void;
}

export function createPerLeadWriter(write: (chunk: string) => void): PerLeadWriter {
  let parts: string[] = [PER_LEAD_HEADER.join(',') + EOL];
  let size = parts[0]?.length ?? 0;
  let ended = false;

  const flush = () => {
    if (parts.length === 0) return;
    const chunk = parts.join('');
    parts = [];
    size = 0;
    write(chunk);
  };

  return {
    row(r) {
      if (ended) throw new Error('per-lead writer: row() after end()');
      const line =
        [
          text(r.leadId),
          text(r.ruleId),
          text(r.verdict),
          minutes(r.elapsedMinutes),
          r.dueAt === null ? '' : text(r.dueAt),
          r.owner === null ? '' : text(r.owner),
        ].join(',') + EOL;
      parts.push(line);
      size += line.length;
      if (size >= CHUNK_CHARS) flush();
    },
    end() {
      if (ended) return;
      ended = true;
      flush();
    },
  };
}

/** A text field: defused against formulas, then quoted if RFC 4180 needs it. */
export function csvText(value: string): string {
  const defused = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(defused) ? `"${defused.replace(/"/g, '""')}"` : defused;
}

const text = csvText;

/** Minutes as a plain decimal (never exponent notation), up to two decimals; empty when unknown. */
function minutes(m: number | null): string {
  if (m === null || !Number.isFinite(m)) return '';
  const rounded = Math.round(m * 100) / 100;
  return Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(2).replace(/0$/, '');
}
