/**
 * One diagnostic shape for every finding revpact reports, from a YAML syntax error to a
 * funnel warning. Positions are filled late (see positions.ts): checks speak in JSON
 * pointers, renderers speak in line:column.
 */
import { clean } from '../render/format.js';
import { CODES, type Code } from './codes.js';

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  code: Code;
  severity: Severity;
  message: string;
  /** File the finding is about, as the user named it. */
  file: string;
  /** RFC 6901 JSON pointer into the contract ('' for the whole document). */
  pointer: string;
  /** 1-based; always >= 1. */
  line: number;
  /** 1-based; always >= 1. */
  column: number;
  /** How to fix it, when there is something better to say than the message. */
  suggest?: string;
}

/** A finding before it has a file position: checks produce these. */
export interface Finding {
  code: Code;
  pointer: string;
  message: string;
  suggest?: string;
  /** Point at the key of the member instead of its value (unknown fields, duplicate keys). */
  atKey?: boolean;
  /** Overrides the code's default severity. */
  severity?: Severity;
}

export type Result<T> = { ok: true; value: T; diagnostics: Diagnostic[] } | { ok: false; diagnostics: Diagnostic[] };

export function severityOf(f: Finding): Severity {
  return f.severity ?? CODES[f.code].severity;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** Stable order: by file, then position, then code, so output never depends on check order. */
export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return diagnostics.sort(
    (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.column - b.column || a.code.localeCompare(b.code) || a.message.localeCompare(b.message),
  );
}

/**
 * One diagnostic on one line of text. Messages quote contract keys and values: line breaks
 * and control characters among them (a key holding an escape sequence that retitles and
 * clears the terminal) are made printable, so the line stays one line and inert.
 */
export function formatDiagnostic(d: Diagnostic): string {
  const hint = d.suggest ? ` (${d.suggest})` : '';
  return clean(`${d.file}:${d.line}:${d.column} ${d.severity} ${d.code}: ${d.message}${hint}`);
}

/** JSON pointer helpers (RFC 6901). */
export function pointerOf(path: readonly (string | number)[]): string {
  return path.map((p) => '/' + String(p).replace(/~/g, '~0').replace(/\//g, '~1')).join('');
}

export function splitPointer(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
}
