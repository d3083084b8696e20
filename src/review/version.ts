/**
 * The version policy (issue 5): the bump the changes need is the largest any of them
 * needs (see change.ts for each one's); the bump made is read from the two
 * `metadata.version`s with semver. A tightening released as a minor is not ok.
 */
import semver from 'semver';
import { BUMP_RANK, maxBump } from './change.js';
import type { Bump, Change, VersionCheck } from './types.js';

export function checkVersion(changes: readonly Change[], from: string, to: string): VersionCheck {
  const required = maxBump(changes.map((c) => c.bump));
  const actual = actualBump(from, to);
  const ok = actual !== 'downgrade' && BUMP_RANK[actual] >= BUMP_RANK[required];
  return { required, actual, ok, from, to };
}

/**
 * The bump from `from` to `to`: prereleases count as the bump they lead to, both ways. A
 * prerelease head is the bump of its release (2.3.0 → 3.0.0-rc.1 is a major); a prerelease
 * base already stands for its release's bump, so going on from it makes at least that bump
 * (3.0.0-rc.1 → 3.0.0, → 3.0.0-rc.2 or → 3.0.1 is a major, 2.4.0-rc.1 → 2.4.0 or → 2.4.1 a
 * minor): the version `suggestedVersion` proposes after a prerelease is then enough, and so
 * is any later one.
 */
export function actualBump(from: string, to: string): Bump | 'downgrade' {
  const a = semver.parse(from);
  const b = semver.parse(to);
  // Both sides passed the contract checks, which require strict semver; be safe anyway.
  if (!a || !b) return from === to ? 'none' : 'downgrade';
  const order = semver.compare(b, a);
  if (order === 0) return 'none';
  if (order < 0) return 'downgrade';
  const made: Bump = b.major !== a.major ? 'major' : b.minor !== a.minor ? 'minor' : 'patch';
  if (a.prerelease.length === 0) return made;
  // The base a prerelease of X.0.0 stands for a major, of X.Y.0 for a minor.
  const led: Bump = a.patch !== 0 ? 'patch' : a.minor !== 0 ? 'minor' : 'major';
  return BUMP_RANK[led] > BUMP_RANK[made] ? led : made;
}

/** The smallest version that satisfies `required` after `from`: 2.3.0 + major → 3.0.0. */
export function suggestedVersion(from: string, required: Bump): string | null {
  if (required === 'none') return from;
  return semver.inc(from, required);
}
