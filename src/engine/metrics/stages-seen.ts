/**
 * Commitments and funnel steps the export cannot measure: the date they count by (a stage's
 * date, or for a conversion the date of its target stage or any later one) is in no lead of
 * the whole input, because the mapping has no column for it or the column is never filled.
 * A pipeline or revenue commitment then summed €0 and failed, and a funnel step showed 0%
 * against its target rate: a failure (and exit 1 under --fail-on breach) that was only a
 * missing column. Such a commitment or step is "no data", and one warning per missing date
 * says which ones and why (`stage-not-in-export`). Shared by the streaming and SQL engines,
 * which each say which dates they saw.
 */
import type { RuleCommitment, RulesIR } from '../../compiler/ir.js';
import type { CommitmentResult, DataQualityFinding, FunnelRow } from '../types.js';
import { reachedFieldsOf } from './context.js';
import { message, SEVERITY } from './data-quality.js';

/** The dates a commitment counts by: one of them in some lead, and the export can measure it; with the stage the warning names. */
function commitmentNeeds(rules: RulesIR, c: RuleCommitment): { fields: string[]; stage: string } {
  return c.kind === 'conversion' ? { fields: reachedFieldsOf(rules, c.to), stage: c.to } : { fields: [c.field], stage: c.stage };
}

/** Every date whose absence from all leads would leave a commitment or one of `steps` unmeasured: what an engine must watch for. */
export function stageFieldsWatched(rules: RulesIR, steps: readonly { to: string }[]): string[] {
  const fields = new Set<string>();
  for (const c of rules.commitments) for (const f of commitmentNeeds(rules, c).fields) fields.add(f);
  for (const s of steps) for (const f of reachedFieldsOf(rules, s.to)) fields.add(f);
  return [...fields];
}

/**
 * The commitments and funnel steps, with those whose dates no lead has made "no data", and
 * one `stage-not-in-export` warning per stage whose date is missing. `seen` says whether some
 * lead of the whole input has a field; nothing is said of an input without leads (the
 * rejected rows and the empty period have their own findings).
 */
export function withUnseenStages(
  rules: RulesIR,
  measured: { commitments: CommitmentResult[]; funnel: FunnelRow[] },
  seen: (field: string) => boolean,
  evaluated: number,
): { commitments: CommitmentResult[]; funnel: FunnelRow[]; findings: DataQualityFinding[] } {
  if (evaluated === 0) return { ...measured, findings: [] };
  const missing = new Map<string, { commitments: string[]; steps: string[] }>();
  const note = (stage: string) => {
    let m = missing.get(stage);
    if (!m) missing.set(stage, (m = { commitments: [], steps: [] }));
    return m;
  };
  const commitments = measured.commitments.map((r, i) => {
    const c = rules.commitments[i] as RuleCommitment;
    const needs = commitmentNeeds(rules, c);
    if (needs.fields.some(seen)) return r;
    note(needs.stage).commitments.push(c.id);
    return { ...r, actual: null, status: 'no-data' as const };
  });
  const funnel = measured.funnel.map((row) => {
    if (reachedFieldsOf(rules, row.to).some(seen)) return row;
    note(row.to).steps.push(`${row.from} → ${row.to}`);
    return { ...row, rate: null, status: 'no-data' as const };
  });
  const findings = [...missing].map(([stage, m]): DataQualityFinding => {
    const field = (rules.stages.find((s) => s.id === stage) as { field: string }).field;
    const code = 'stage-not-in-export';
    // detail: "<field>|<stage>|<commitment ids, comma-separated>|<funnel steps, comma-separated>".
    const detail = `${field}|${stage}|${m.commitments.join(',')}|${m.steps.join(',')}`;
    return { code, severity: SEVERITY[code], count: evaluated, message: message(code, evaluated, detail), examples: [], detail };
  });
  return { commitments, funnel, findings };
}
