/**
 * Renderers for validation results: one pure function per format.
 */
import { formatDiagnostic, type Diagnostic } from '../contract/diagnostics.js';
import { withinAnnotationLimits, workflowCommand } from './workflow-commands.js';

export interface ValidationReport {
  files: number;
  diagnostics: Diagnostic[];
}

export type DiagnosticFormat = 'text' | 'json' | 'github';

export const DIAGNOSTIC_FORMATS: readonly DiagnosticFormat[] = ['text', 'json', 'github'];

export const renderDiagnostics: Record<DiagnosticFormat, (r: ValidationReport) => string> = {
  text(r) {
    const errors = r.diagnostics.filter((d) => d.severity === 'error').length;
    const warnings = r.diagnostics.length - errors;
    const lines = r.diagnostics.map(formatDiagnostic);
    const files = `${r.files} file${r.files === 1 ? '' : 's'}`;
    lines.push(
      errors === 0
        ? `${files} valid` + (warnings > 0 ? `, ${plural(warnings, 'warning')}` : '')
        : `${files} checked: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}`,
    );
    return lines.join('\n') + '\n';
  },
  json(r) {
    const valid = !r.diagnostics.some((d) => d.severity === 'error');
    const diagnostics = r.diagnostics.map(diagnosticJson);
    return JSON.stringify({ valid, files: r.files, diagnostics }, null, 2) + '\n';
  },
  github(r) {
    return withinAnnotationLimits(
      r.diagnostics.map((d) => ({ level: d.severity === 'error' ? 'error' : 'warning', command: githubAnnotation(d), plain: formatDiagnostic(d) })),
    );
  },
};

/** A diagnostic as `validate --format json` prints it (and `diff --format json` its newWarnings), keys in this order. */
export function diagnosticJson(d: Diagnostic): Record<string, unknown> {
  return {
    file: d.file,
    line: d.line,
    column: d.column,
    severity: d.severity,
    code: d.code,
    message: d.message,
    pointer: d.pointer,
    ...(d.suggest ? { suggest: d.suggest } : {}),
  };
}

export function githubAnnotation(d: Diagnostic): string {
  const text = d.suggest ? `${d.message} (${d.suggest})` : d.message;
  return workflowCommand(d.severity === 'error' ? 'error' : 'warning', { file: d.file, line: d.line, col: d.column, title: `revpact ${d.code}` }, text);
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
