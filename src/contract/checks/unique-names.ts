import { pointerOf, type Finding } from '../diagnostics.js';
import type { RevpactContract } from '../types.generated.js';
import { where } from '../schema.js';
import type { Check } from './types.js';

/** Names compare as a reader sees them: case and runs of spaces do not tell two apart. */
function nameKey(name: string): string {
  return name.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/**
 * Names tell items apart where they are shown alone: the agreement lists SLAs, stages,
 * personas, calendars, metrics and meetings by name, a diff's impact table names the SLAs,
 * a calendar app shows a meeting's name. Two items of one section that share a name read
 * as one there. A warning: each keeps its own id, and the rules that use them are sound.
 * (Commitments have no name: the documents describe each by its kind, stage and goal.)
 */
export const uniqueNames: Check = {
  id: 'unique-names',
  run(c: RevpactContract) {
    const sections: [string, { id: string; name?: string | undefined }[] | undefined, (string | number)[]][] = [
      ['persona', c.personas, ['personas']],
      ['stage', c.stages, ['stages']],
      ['SLA', c.slas, ['slas']],
      ['calendar', c.calendars, ['calendars']],
      ['metric', c.reporting?.metrics, ['reporting', 'metrics']],
      ['meeting', c.reporting?.meetings, ['reporting', 'meetings']],
    ];
    const findings: Finding[] = [];
    for (const [label, items, path] of sections) {
      const first = new Map<string, { id: string; pointer: string }>();
      (items ?? []).forEach((item, i) => {
        if (typeof item.name !== 'string') return;
        const key = nameKey(item.name);
        const pointer = pointerOf([...path, i, 'name']);
        const earlier = first.get(key);
        if (earlier === undefined) {
          first.set(key, { id: item.id, pointer });
          return;
        }
        findings.push({
          code: 'duplicate-name',
          pointer,
          message: `${label} "${item.id}" is named "${item.name}", as ${label} "${earlier.id}" is (${where(earlier.pointer)}): documents and reports that show the name cannot tell the two apart`,
          suggest: `give each ${label} a name of its own`,
        });
      });
    }
    return findings;
  },
};
