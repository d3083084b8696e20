/**
 * Report-card text → checked GradeCard, with the same diagnostics as contracts and
 * mapping files (file:line:column, "did you mean"): parse (YAML with positions) → shape
 * (schema/scorecard.schema.json) → meaning (check.ts, against the contract). Pure: the
 * CLI reads the file and passes its bytes.
 */
import type { RulesIR } from '../compiler/ir.js';
import { hasErrors, sortDiagnostics, type Result } from '../contract/diagnostics.js';
import { positioned } from '../contract/index.js';
import { locate } from '../contract/positions.js';
import { checkSchema } from '../contract/schema.js';
import { CONTRACT_LIMITS, parseYaml, type ParseLimits, type PositionedFinding, type YamlSource } from '../contract/source.js';
import { checkCard } from './check.js';
import { parseCardPeriod } from './period.js';
import { SIDES, type GradeCard, type GradeFileSpec, type SideCard } from './types.js';

export const SCORECARD_SCHEMA = 'scorecard.schema.json';
/** A card is a few dozen lines; anything near this bound is not one. */
export const SCORECARD_LIMITS: ParseLimits = { ...CONTRACT_LIMITS, maxBytes: 256 * 1024 };

/** The contract's `scorecard` must exist: the caller says so as a usage error before reading cards. */
/** `today` (YYYY-MM-DD in the contract's zone), when the caller knows it: a card dated after it is refused. */
export function parseGradeFile(file: string, input: Uint8Array | string, rules: RulesIR, today?: string): Result<GradeCard> {
  const scorecard = rules.scorecard;
  if (!scorecard) throw new Error('parseGradeFile: the contract has no scorecard section');
  const shaped = checkGradeFileShape(file, input);
  if (!shaped.ok) return shaped;
  const { spec, source } = shaped.value;
  const toDiagnostics = (findings: readonly PositionedFinding[]) => positioned(file, source, findings.map(forCards));
  const shape = shaped.diagnostics;
  const meaning = checkCard(file, spec, { rules, scorecard, lineOf: (pointer) => locate(source, pointer).line, today });
  const diagnostics = sortDiagnostics([...shape, ...toDiagnostics(meaning)]);
  const period = parseCardPeriod(spec.period, scorecard.cadence);
  if (hasErrors(diagnostics) || !period) return { ok: false, diagnostics };

  const sides = {} as Record<(typeof SIDES)[number], SideCard>;
  for (const side of SIDES) {
    const card = spec[side];
    const byNeed = new Map(card.grades.map((g) => [g.need, g]));
    sides[side] = {
      grader: { name: card.grader.name, github: card.grader.github ?? null },
      date: card.date,
      grades: scorecard.needs[side].flatMap((n) => {
        const g = byNeed.get(n.id);
        return g ? [{ need: n.id, grade: g.grade, comment: g.comment?.trim() ? g.comment : null }] : [];
      }),
    };
  }
  return { ok: true, value: { file, contract: spec.contract, period, periodAt: locate(source, '/period'), sides }, diagnostics };
}

/**
 * A card's own checks, those that need no contract: the YAML and the shape. `validate`
 * runs these on a card whose contract is not among the files it was given.
 */
export function checkGradeFileShape(file: string, input: Uint8Array | string): Result<{ spec: GradeFileSpec; source: YamlSource }> {
  const parsed = parseYaml(file, input, SCORECARD_LIMITS);
  const toDiagnostics = (findings: readonly PositionedFinding[]) => positioned(file, parsed.source, findings.map(forCards));
  if (parsed.value === undefined || !parsed.source) return { ok: false, diagnostics: toDiagnostics(parsed.findings) };
  const shape = toDiagnostics(checkSchema(parsed.value, SCORECARD_SCHEMA));
  if (hasErrors(shape)) return { ok: false, diagnostics: shape };
  return { ok: true, value: { spec: parsed.value as GradeFileSpec, source: parsed.source }, diagnostics: shape };
}

/** Findings worded for contracts, reworded for report cards. */
function forCards(f: PositionedFinding): PositionedFinding {
  switch (f.code) {
    case 'empty-file':
      return { ...f, suggest: 'write the card in it, starting with "apiVersion: revpact/v1" and "kind: scorecard"' };
    case 'multiple-documents':
      return { ...f, suggest: 'keep one period per file and remove the "---" separator' };
    case 'binary-file':
      return f.message.includes('UTF-8') ? f : { ...f, suggest: 'point revpact at the folder of .yaml report cards' };
    case 'file-too-large':
      return { ...f, suggest: 'a report card holds one grade per need; check that this is the right file' };
    default:
      return f;
  }
}
