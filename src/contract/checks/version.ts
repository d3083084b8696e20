import semver from 'semver';
import type { RevpactContract } from '../types.generated.js';
import type { Check } from './types.js';

/** metadata.version is strict semver, so change review can compare bumps. */
export const version: Check = {
  id: 'version',
  run(c: RevpactContract) {
    const v: unknown = c.metadata.version;
    // Missing or not text: the schema's finding says so (missing-field, invalid-type); a second one would only repeat it.
    if (typeof v !== 'string') return [];
    // semver.valid() also accepts "v1.2.3" and "=1.2.3"; the contract wants the plain form
    // (build metadata such as 1.0.0+build.7 included).
    if (semver.valid(v) !== null && /^[0-9]/.test(v) && v.trim() === v) return [];
    const coerced = semver.coerce(v)?.version;
    return [
      {
        code: 'invalid-version',
        pointer: '/metadata/version',
        message: `${JSON.stringify(v)} is not a semantic version` + (coerced ? `; did you mean "${coerced}"?` : ''),
        suggest: coerced ? undefined : 'write MAJOR.MINOR.PATCH, e.g. 1.0.0',
      },
    ];
  },
};
