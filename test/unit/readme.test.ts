import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CODES } from '../../src/contract/codes.js';
import { COMMANDS } from '../../src/cli/main.js';
import { REPO_ROOT } from '../helpers/paths.js';

const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');

describe('README', () => {
  it('documents every diagnostic code with its severity', () => {
    for (const [code, { severity }] of Object.entries(CODES)) expect(readme, code).toContain(`| \`${code}\` | ${severity} |`);
  });

  it('documents every command', () => {
    for (const c of COMMANDS) expect(readme, c.name).toContain(`### \`revpact ${c.name}`);
  });

  it('opens with the two-command quick start', () => {
    const quick = readme.slice(readme.indexOf('## Quick start'), readme.indexOf('## ', readme.indexOf('## Quick start') + 3));
    expect(quick).toContain('npm ci && npm run demo');
    expect(quick).toContain('npm test');
  });
});
