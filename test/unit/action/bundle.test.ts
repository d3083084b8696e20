// The committed Action bundle (dist/) must be what the sources build: GitHub runs
// dist/index.js as it is in the repository, never the TypeScript.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { REPO_ROOT } from '../../helpers/paths.js';

it('dist/ is up to date with the sources (npm run bundle)', () => {
  const r = spawnSync(process.execPath, [join(REPO_ROOT, 'scripts', 'bundle.js'), '--check'], { cwd: REPO_ROOT, encoding: 'utf8' });
  expect(r.stderr).toBe('');
  expect(r.status).toBe(0);
}, 60_000);
