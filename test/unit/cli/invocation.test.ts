/**
 * The command revpact's hints name (issue 13 item 31): revpact is not on the npm registry,
 * so `npx revpact` is right only where npx finds this very package; elsewhere the hint
 * names the global command or the file itself.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { revpactCommand } from '../../../src/cli/invocation.js';

const work = mkdtempSync(join(tmpdir(), 'revpact-invocation-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A package folder with bin/revpact.js, as npm unpacks it. */
function pkg(dir: string): string {
  mkdirSync(join(dir, 'bin'), { recursive: true });
  writeFileSync(join(dir, 'bin', 'revpact.js'), '');
  return dir;
}

describe('revpactCommand', () => {
  it('npx revpact where the project (or a folder above) has this package in node_modules', () => {
    const project = join(work, 'project');
    const root = pkg(join(project, 'node_modules', 'revpact'));
    mkdirSync(join(project, 'contracts', 'deep'), { recursive: true });
    expect(revpactCommand(project, {}, root)).toBe('npx revpact');
    expect(revpactCommand(join(project, 'contracts', 'deep'), {}, root)).toBe('npx revpact');
    // Another project's copy does not make npx find this one.
    const other = join(work, 'other');
    pkg(join(other, 'node_modules', 'revpact'));
    expect(revpactCommand(other, {}, root)).toMatch(/^node /);
  });

  it('revpact when the first revpact on PATH is this one (npm install -g, npm link)', () => {
    const root = pkg(join(work, 'global', 'lib', 'node_modules', 'revpact'));
    const binDir = join(work, 'global', 'bin');
    mkdirSync(binDir, { recursive: true });
    symlinkSync(join(root, 'bin', 'revpact.js'), join(binDir, 'revpact'));
    expect(revpactCommand(work, { PATH: ['/nonexistent', binDir].join(':') }, root)).toBe('revpact');
    // A different revpact on PATH is not this one.
    const elsewhere = pkg(join(work, 'elsewhere'));
    expect(revpactCommand(work, { PATH: binDir }, elsewhere)).toBe('node elsewhere/bin/revpact.js');
  });

  it('node and the path of the file otherwise: relative inside a clone, absolute outside, quoted when needed', () => {
    const clone = pkg(join(work, 'clone'));
    expect(revpactCommand(clone, {}, clone)).toBe('node bin/revpact.js');
    expect(revpactCommand(join(work, 'clone', 'bin'), {}, clone)).toBe('node revpact.js');
    expect(revpactCommand(join(work, 'project'), {}, clone)).toBe(`node ${join(clone, 'bin', 'revpact.js')}`);
    const spaced = pkg(join(work, "Team's tools"));
    expect(revpactCommand(work, {}, spaced)).toBe(`node 'Team'\\''s tools/bin/revpact.js'`);
  });
});
