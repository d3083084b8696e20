import { pointerOf, type Finding } from '../diagnostics.js';
import type { RevpactContract } from '../types.generated.js';
import { where } from '../schema.js';
import type { Check } from './types.js';

/** Ids are unique per section; scorecard needs are unique across both sides. */
export const uniqueIds: Check = {
  id: 'unique-ids',
  run(c: RevpactContract) {
    const sections: [string, { id: string }[] | undefined, (string | number)[]][] = [
      ['persona', c.personas, ['personas']],
      ['stage', c.stages, ['stages']],
      ['scoring rule', c.qualification?.scoring?.rules, ['qualification', 'scoring', 'rules']],
      ['threshold', c.qualification?.thresholds, ['qualification', 'thresholds']],
      ['commitment', c.commitments, ['commitments']],
      ['SLA', c.slas, ['slas']],
      ['rejection reason', c.recycling?.reasons, ['recycling', 'reasons']],
      ['calendar', c.calendars, ['calendars']],
      ['metric', c.reporting?.metrics, ['reporting', 'metrics']],
      ['meeting', c.reporting?.meetings, ['reporting', 'meetings']],
    ];
    const findings: Finding[] = [];
    for (const [label, items, path] of sections) {
      findings.push(
        ...duplicates(
          label,
          (items ?? []).map((item, i) => ({ id: item.id, path: [...path, i, 'id'] })),
        ),
      );
    }
    const needs = c.scorecard?.needs;
    if (needs) {
      const all = (['marketing', 'sales'] as const).flatMap((side) =>
        needs[side].map((n, i) => ({ id: n.id, path: ['scorecard', 'needs', side, i, 'id'] as (string | number)[] })),
      );
      findings.push(...duplicates('scorecard need', all));
    }
    const grades = (c.scorecard?.scale ?? []).map((g, i) => ({ id: g.grade, path: ['scorecard', 'scale', i, 'grade'] as (string | number)[] }));
    findings.push(...duplicates('grade', grades));
    return findings;
  },
};

function duplicates(label: string, items: { id: string; path: (string | number)[] }[]): Finding[] {
  const first = new Map<string, (string | number)[]>();
  const out: Finding[] = [];
  for (const item of items) {
    const earlier = first.get(item.id);
    if (earlier) {
      out.push({
        code: 'duplicate-id',
        pointer: pointerOf(item.path),
        message: `${label} id "${item.id}" is already used by ${where(pointerOf(earlier))}`,
        suggest: `give this ${label} another id`,
      });
    } else {
      first.set(item.id, item.path);
    }
  }
  return out;
}
