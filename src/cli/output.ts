/** How a command ends: a report to standard output or to --out (atomically), or the diagnostics of an invalid input. */
import { resolve } from 'node:path';
import type { Diagnostic } from '../contract/diagnostics.js';
import { renderDiagnostics, type DiagnosticFormat } from '../report/diagnostics.js';
import { EXIT } from '../shared/errors.js';
import { writeFileAtomic } from '../shared/files.js';
import type { CliIO } from './io.js';

/** Writes `text` to --out (temp file, then rename) or, without it or with `--out -`, to standard output. */
export function writeOutput(io: CliIO, out: unknown, text: string): void {
  if (typeof out === 'string' && out !== '-') writeFileAtomic(resolve(io.cwd, out), text);
  else io.stdout(text);
}

/** An invalid contract: its diagnostics as `validate` prints them, and exit 1. */
export function showDiagnostics(io: CliIO, diagnostics: Diagnostic[], files = 1, format: DiagnosticFormat = 'text'): number {
  io.stdout(renderDiagnostics[format]({ files, diagnostics }));
  return EXIT.findings;
}

/**
 * The diagnostics' format for a command's --format: JSON stays JSON and GitHub gets its
 * annotations (a report of an invalid contract that printed text broke the job reading JSON).
 */
export function diagnosticFormat(format: string): DiagnosticFormat {
  return format === 'json' ? 'json' : format === 'github' ? 'github' : 'text';
}
