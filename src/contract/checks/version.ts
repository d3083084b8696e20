import semver from 'semver';
import type { Finding } from '../diagnostics.js';
import type { RevpactContract } from '../types.generated.js';
import type { Check } from './types.js';

const POINTER = '/metadata/version';

/** metadata.version is strict semver, so change review can compare bumps. */
export const version: Check = {
  id: 'version',
  run(c: RevpactContract) {
    const v: unknown = c.metadata.version;
    // Missing or not text: the schema's finding says so (missing-field, invalid-type); a second one would only repeat it.
    if (typeof v !== 'string') return [];
    const problem = versionProblem(v);
    return problem ? [{ code: 'invalid-version', pointer: POINTER, ...problem }] : [];
  },
};

/**
 * What is wrong with `v` as a version, and the exact version to write instead when there
 * is one to tell: "v1.2" → write "1.2.0". Undefined for a plain semantic version (build
 * metadata such as 1.0.0+build.7 included); semver.valid() also takes "v1.2.3" and
 * "=1.2.3", which the contract does not.
 */
export function versionProblem(v: string): { message: string; suggest: string } | undefined {
  if (semver.valid(v) !== null && /^[0-9]/.test(v) && v.trim() === v) return undefined;
  const mended = mend(v);
  if (!mended) return { message: `${JSON.stringify(v)} is not a semantic version`, suggest: 'write MAJOR.MINOR.PATCH, e.g. 1.0.0' };
  return { message: `${JSON.stringify(v)} is not a semantic version: ${andList(mended.reasons)}`, suggest: mended.suggest };
}

/**
 * A version YAML read as a number (`version: 1.10`, the number 1.1): the schema refuses
 * it; `written` is the text as it stands in the file, which alone says what was meant.
 */
export function numberVersionFinding(written: string): Finding {
  const mended = mend(written);
  return {
    code: 'invalid-type',
    pointer: POINTER,
    message: `${written} is read as a number, not as a version`,
    suggest: mended ? `write it in quotes as a whole version: ${mended.suggest.replace(/^write /, '')}` : 'write the version in quotes, e.g. "1.0.0"',
  };
}

/** The reasons `v` is no plain semantic version and how to write it as one, when that can be told. */
function mend(v: string): { reasons: string[]; suggest: string } | undefined {
  const reasons: string[] = [];
  let rest = v;
  if (rest.trim() !== rest) {
    reasons.push('it has spaces around it');
    rest = rest.trim();
  }
  const prefix = /^[vV=]+/.exec(rest)?.[0];
  if (prefix) {
    reasons.push(`it starts with "${prefix}"`);
    rest = rest.slice(prefix.length);
  }
  // A date (2026-01) is no version of three numbers: which version it stands for is the writer's call.
  if (/^\d{4}-\d{2}(-\d{2})?$/.test(rest)) return undefined;
  const m = /^(\d+(?:\.\d+)*)(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?$/.exec(rest);
  if (!m) return undefined;
  const [, core = '', pre, build] = m;
  const leadingZero = (n: string) => n.length > 1 && n.startsWith('0') && /^\d+$/.test(n);
  const unpadded = (n: string) => (leadingZero(n) ? n.replace(/^0+(?=\d)/, '') : n);
  const numbers = core.split('.');
  // Build metadata may start with 0 (semver §10); the numbers and numeric prerelease parts may not.
  const zeros = [...numbers, ...(pre ?? '').split('.')].filter(leadingZero);
  if (zeros.length > 0) reasons.push(`${andList(zeros)} ${zeros.length === 1 ? 'has a leading zero' : 'have leading zeros'}`);
  const n = numbers.map(unpadded);
  let later: string | undefined;
  if (n.length !== 3) reasons.push(`it has ${n.length} number${n.length === 1 ? '' : 's'} where MAJOR.MINOR.PATCH has 3`);
  while (n.length < 3) n.push('0');
  if (n.length > 3) {
    // 1.2.0.1 is a change after 1.2.0: in three numbers, the next patch. 1.2.0.0 is 1.2.0 itself.
    const extra = n.splice(3);
    if (extra.some((x) => x !== '0')) {
      later = n.join('.');
      n[2] = String(Number(n[2]) + 1);
    }
  }
  const fixed = n.join('.') + (pre === undefined ? '' : `-${pre.split('.').map(unpadded).join('.')}`) + (build === undefined ? '' : `+${build}`);
  if (reasons.length === 0 || semver.valid(fixed) === null) return undefined;
  return { reasons, suggest: `write "${fixed}"` + (later ? `, the first version after ${later}` : '') };
}

function andList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`;
}
