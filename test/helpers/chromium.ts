/**
 * Headless Chromium for the browser tests: Debian's package (`npx playwright install`
 * cannot work here), with the flags these machines need (no sandbox as root, and no
 * background connections, which the closed network refuses). Without it, under CI a suite
 * fails with what to install; elsewhere it is skipped, loudly.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'vitest';
import { REPO_ROOT } from './paths.js';

export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
/** Screenshots the tests keep (git-ignored). */
export const ARTIFACTS = join(REPO_ROOT, 'test', 'artifacts');

/** Whether the suite can run; when not, a failing test under CI, a warning elsewhere. */
export function chromiumFor(file: string, suite: string, what: string): boolean {
  if (existsSync(CHROMIUM)) return true;
  const missing = `headless Chromium not found at ${CHROMIUM}: install the Debian package \`chromium\` (apt-get install -y chromium) to run ${what}`;
  if (process.env['CI']) {
    describe(suite, () => {
      it('needs Chromium', () => {
        throw new Error(missing);
      });
    });
  } else {
    // Loud on purpose: a skipped browser test must not look like a passing one.
    // eslint-disable-next-line no-console -- the only way to tell the developer why these tests did not run
    console.warn(`\n⚠ SKIPPED ${file}: ${missing}\n`);
  }
  return false;
}
