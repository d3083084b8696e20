import { pointerOf } from '../diagnostics.js';
import type { Condition, RevpactContract } from '../types.generated.js';

/** Every condition of a contract with its pointer, nested ones included. */
export function* conditionsOf(contract: RevpactContract): Generator<{ condition: Condition; pointer: string }> {
  const roots: { condition: Condition | undefined; path: (string | number)[] }[] = [];
  contract.personas?.forEach((p, i) => roots.push({ condition: p.criteria, path: ['personas', i, 'criteria'] }));
  const q = contract.qualification;
  roots.push({ condition: q?.fit, path: ['qualification', 'fit'] }, { condition: q?.engagement, path: ['qualification', 'engagement'] });
  q?.scoring?.rules.forEach((r, i) => roots.push({ condition: r.when, path: ['qualification', 'scoring', 'rules', i, 'when'] }));
  contract.commitments?.forEach((c, i) => roots.push({ condition: c.when, path: ['commitments', i, 'when'] }));
  contract.slas?.forEach((s, i) => roots.push({ condition: s.when, path: ['slas', i, 'when'] }));
  contract.handoff?.routing?.rules?.forEach((r, i) => roots.push({ condition: r.when, path: ['handoff', 'routing', 'rules', i, 'when'] }));
  for (const root of roots) if (root.condition) yield* nested(root.condition, root.path);
}

function* nested(condition: Condition, path: (string | number)[]): Generator<{ condition: Condition; pointer: string }> {
  yield { condition, pointer: pointerOf(path) };
  for (const key of ['all', 'any'] as const) {
    const list = condition[key];
    if (list) for (let i = 0; i < list.length; i++) yield* nested(list[i] as Condition, [...path, key, i]);
  }
  if (condition.not) yield* nested(condition.not, [...path, 'not']);
}
