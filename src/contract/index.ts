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
  const shapeFindings = checkSchema(value).map((f) => plainValueAsWritten(versionAsWritten(f, value, source), source));
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

/**
 * Text read as a number or true/false (`id: 0123`, `code: 1e3`, `name: True`): the schema
 * only sees the value YAML made of it, and its hint quoted that ("123", dropping the zero
 * the author typed). The text in the file is what belongs between the quotes.
 */
function plainValueAsWritten(f: Finding, source: YamlSource): Finding {
  const quoted = /^put the value in quotes as it should read, e\.g\. "([^"]*)"/.exec(f.suggest ?? '');
  if (f.code !== 'invalid-type' || !quoted) return f;
  const written = writtenAt(source, f.pointer);
  if (written === undefined || written === quoted[1] || /["\\\n]/.test(written)) return f;
  return {
    ...f,
    message: f.message.replace(
      /^(expected .+?), found (.+)$/,
      (_, expected: string, found: string) => `${expected}, found ${written}, which YAML reads as ${found}`,
    ),
    suggest: (f.suggest ?? '').replace(`"${quoted[1]}"`, `"${written}"`),
  };
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
