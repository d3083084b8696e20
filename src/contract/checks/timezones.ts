import { IANAZone } from 'luxon';
import { pointerOf, type Finding } from '../diagnostics.js';
import { didYouMean } from '../suggest.js';
import type { RevpactContract } from '../types.generated.js';
import type { Check } from './types.js';

let zoneNames: string[] | undefined;

/** Time zones must exist in the IANA database this Node.js ships. */
export const timezones: Check = {
  id: 'timezones',
  run(c: RevpactContract) {
    const findings: Finding[] = [];
    const check = (zone: string | undefined, path: (string | number)[]) => {
      if (zone === undefined) return;
      if (IANAZone.isValidZone(zone)) {
        // Zones are found whatever their case, but the name is copied into rules.json, the SQL and
        // the documents as written, and `diff` read "europe/madrid" as another zone than Europe/Madrid.
        zoneNames ??= Intl.supportedValuesOf('timeZone');
        const lower = zone.toLowerCase();
        const resolved = new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
        const canonical = [resolved, ...zoneNames, 'Etc/UTC', 'Etc/GMT'].find((n) => n.toLowerCase() === lower) ?? zone;
        if (canonical !== zone)
          findings.push({
            code: 'unknown-timezone',
            pointer: pointerOf(path),
            message: `"${zone}" is spelled "${canonical}" in the IANA database`,
            suggest: `write "${canonical}"`,
          });
        return;
      }
      zoneNames ??= Intl.supportedValuesOf('timeZone');
      const guess = didYouMean(zone, zoneNames);
      findings.push({
        code: 'unknown-timezone',
        pointer: pointerOf(path),
        message: `"${zone}" is not an IANA time zone` + (guess ? `; did you mean "${guess}"?` : ''),
        suggest: guess ? undefined : 'write Area/City, e.g. Europe/Madrid or America/New_York',
      });
    };
    check(c.metadata.timezone, ['metadata', 'timezone']);
    c.calendars?.forEach((cal, i) => check(cal.timezone, ['calendars', i, 'timezone']));
    return findings;
  },
};
