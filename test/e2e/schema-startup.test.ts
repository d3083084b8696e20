/**
 * The command line checks files against the validators compiled ahead of time
 * (src/contract/validators.generated.ts), so it never loads ajv's compiler: compiling the
 * schemas at start-up took about 140 ms of every command (issue 17). Loading ajv back
 * (an import of 'ajv' that is not `import type`, a validator compiled at run time) fails here.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CRASH, ensureBuilt } from '../helpers/cli.js';
import { REPO_ROOT, fixturePath } from '../helpers/paths.js';

const MARK = '--- modules ---';

// Runs `revpact validate` in a Node process that then lists the CommonJS modules it loaded
// (ajv and its plugins are CommonJS, so each file of theirs that was loaded is in require.cache).
const PROBE = `
import { createRequire } from 'node:module';
const { run, processIO } = await import(${JSON.stringify(join(REPO_ROOT, 'build', 'cli', 'main.js'))});
const status = await run(process.argv.slice(1), processIO());
const loaded = Object.keys(createRequire(import.meta.url).cache).filter((f) => /node_modules[\\\\/]ajv/.test(f));
process.stderr.write(${JSON.stringify(MARK)} + '\\n' + JSON.stringify({ status, loaded }) + '\\n');
`;

let dir: string;
beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'revpact-startup-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('validate at start-up', () => {
  it('finds the problems of a contract, a mapping and a report card without loading ajv’s compiler', () => {
    const mapping = join(dir, 'crm.mapping.yaml');
    writeFileSync(mapping, 'apiVersion: revpact/v1\nkind: mapping\ncolumns:\n  Ref: id\nunmaped: ignore\n');
    const files = [fixturePath('invalid', 'enum-suggestion.yaml'), mapping, fixturePath('scorecards', 'invalid', 'schema-unknown-key', '2026-H1.yaml')];
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', PROBE, 'validate', ...files, '--format', 'json'], {
      cwd: REPO_ROOT,
      env: { ...process.env, NO_COLOR: '1', REVPACT_DEBUG: '' },
      encoding: 'utf8',
      timeout: 60_000,
    });
    const [before, probe] = child.stderr.split(`${MARK}\n`);
    expect(before ?? '').not.toMatch(CRASH);
    const { status, loaded } = JSON.parse(probe ?? 'null') as { status: number; loaded: string[] };

    // Each file's schema finding, from each of the three generated validators.
    const report = JSON.parse(child.stdout) as { diagnostics: { file: string; code: string; message: string }[] };
    const found = (name: string) => report.diagnostics.filter((d) => d.file.endsWith(name)).map((d) => `${d.code}: ${d.message}`);
    expect(found('enum-suggestion.yaml')).toContainEqual(expect.stringMatching(/^invalid-value: .*did you mean "active"\?/));
    expect(found('crm.mapping.yaml')).toContainEqual(expect.stringMatching(/^unknown-field: .*did you mean "unmapped"\?/));
    expect(found('2026-H1.yaml')).toContainEqual(expect.stringMatching(/^unknown-field: "grdae" is not allowed here; did you mean "grade"\?/));
    expect(status).toBe(1);

    // Only the two small run-time pieces the generated code imports.
    const relative = loaded.map((f) => f.slice(f.lastIndexOf('node_modules') + 'node_modules/'.length).replace(/\\/g, '/')).sort();
    expect(relative).toEqual(['ajv-formats/dist/formats.js', 'ajv/dist/runtime/ucs2length.js']);
  });
});
