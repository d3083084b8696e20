/**
 * text → checked contract: parse (YAML with positions) → shape (JSON Schema) → meaning
 * (checks/). Pure: the caller reads the file and passes its bytes.
 */
import { CHECKS } from './checks/index.js';
import { numberVersionFinding } from './checks/version.js';
import { hasErrors, severityOf, sortDiagnostics, type Diagnostic, type Finding, type Result } from './diagnostics.js';
import { shortenQuoted } from './suggest.js';
import { checksOnBrokenShape } from './partial.js';
import { locate, writtenAt, type Position } from './positions.js';
import { checkSchema } from './schema.js';
import { parseYaml, type PositionedFinding, type YamlSource } from './source.js';
import type { RevpactContract } from './types.generated.js';

export interface CheckedContract {
  file: string;
  contract: RevpactContract;
  source: YamlSource;
}

export function checkContract(file: string, input: Uint8Array | string): Result<CheckedContract> {
  const parsed = parseYaml(file, input);
  const toDiagnostics = (findings: PositionedFinding[]) => positioned(file, parsed.source, findings);
  if (parsed.value === undefined || !parsed.source) return { ok: false, diagnostics: toDiagnostics(parsed.findings) };

  const { value, source } = parsed;
  const shapeFindings = checkSchema(value).map((f) => versionAsWritten(f, value, source));
  const shape = toDiagnostics(shapeFindings);
  // Every mistake in one run: the checks beyond the schema also run on the parts it passed.
  if (hasErrors(shape))
    return { ok: false, diagnostics: sortDiagnostics([...shape, ...toDiagnostics(checksOnBrokenShape(parsed.value, shapeFindings, CHECKS))]) };

  const contract = parsed.value as RevpactContract;
  const findings: Finding[] = [];
  for (const check of CHECKS) findings.push(...check.run(contract));
  const diagnostics = [...shape, ...toDiagnostics(findings)];
  sortDiagnostics(diagnostics);
  if (hasErrors(diagnostics)) return { ok: false, diagnostics };
  return { ok: true, value: { file, contract, source: parsed.source }, diagnostics };
}

/**
 * `version: 1.10` is the number 1.1 to YAML, and the schema's message quoted "1.1"; only
 * the text in the file says which version was meant, and so which to write in quotes.
 */
function versionAsWritten(f: Finding, value: unknown, source: YamlSource): Finding {
  if (f.code !== 'invalid-type' || f.pointer !== '/metadata/version') return f;
  const metadata: unknown = (value as { metadata?: unknown }).metadata;
  if (typeof (metadata as { version?: unknown } | undefined)?.version !== 'number') return f;
  const written = writtenAt(source, f.pointer);
  return written === undefined ? f : numberVersionFinding(written);
}

/** Findings speak in pointers; here they get their line and column. */
export function positioned(file: string, source: YamlSource | undefined, findings: readonly PositionedFinding[]): Diagnostic[] {
  const out = findings.map((f): Diagnostic => {
    const at: Position = f.at ?? locate(source, f.pointer, f.atKey);
    // Written in an anchor's value, found where an alias uses it: both places are said.
    const through = at.via ? `in &${at.via.alias}, which *${at.via.alias} brings in at line ${at.via.line}: ` : '';
    const d: Diagnostic = {
      code: f.code,
      severity: severityOf(f),
      message: through + shortenQuoted(f.message),
      file,
      pointer: f.pointer,
      line: at.line,
      column: at.column,
    };
    if (f.suggest) d.suggest = shortenQuoted(f.suggest);
    return d;
  });
  return sortDiagnostics(out);
}

export type { RevpactContract } from './types.generated.js';
export type { Diagnostic, Result } from './diagnostics.js';
