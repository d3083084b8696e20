/**
 * The layering of src/ (ARCHITECTURE.md): the lint rule catches an upward import, every
 * import in the tree follows an allowed arrow, the parts form no cycle, and
 * ARCHITECTURE.md shows exactly the arrows the rule enforces.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ESLint, type Linter } from 'eslint';
import tseslint from 'typescript-eslint';
import { describe, expect, it } from 'vitest';
import { LAYERS } from '../../../scripts/lint/layers.js';
import { REPO_ROOT } from '../../helpers/paths.js';

const allowed = new Map(LAYERS.map(({ part, may }) => [part, new Set([part, ...may])]));

/** The project's own layering block of eslint.config.js, run on a file that need not exist (no type information needed). */
async function lint(file: string, code: string) {
  const config = (await import(pathToFileURL(join(REPO_ROOT, 'eslint.config.js')).href)) as { default: Linter.Config[] };
  const layering = config.default.filter((c) => c.plugins?.['boundaries'] !== undefined);
  expect(layering).toHaveLength(1);
  const eslint = new ESLint({
    cwd: REPO_ROOT,
    overrideConfigFile: true,
    overrideConfig: [{ files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } }, ...layering],
  });
  const [result] = await eslint.lintText(code, { filePath: join(REPO_ROOT, file) });
  const messages = result?.messages ?? [];
  // A file the linter could not parse would pass every rule: fail instead.
  expect(messages.filter((m) => m.fatal)).toEqual([]);
  return messages;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** part → parts it imports, from every relative import of src/. */
function importGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const abs of sourceFiles(join(REPO_ROOT, 'src'))) {
    const file = relative(REPO_ROOT, abs).split('\\').join('/');
    const from = file.split('/')[1] as string;
    for (const m of readFileSync(abs, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g)) {
      const to = posix.normalize(posix.join(posix.dirname(file), m[1] as string)).split('/')[1] as string;
      if (to !== from) (graph.get(from) ?? graph.set(from, new Set()).get(from))?.add(to);
    }
  }
  return graph;
}

describe('layering', () => {
  it('the lint rule rejects an upward import and names the arrow', async () => {
    const messages = await lint('src/engine/probe.ts', "import type { CliIO } from '../cli/io.js';\nexport type X = CliIO;\n");
    expect(messages.map((m) => m.message)).toEqual([expect.stringContaining('engine/ may not import cli/')]);
  }, 60_000);

  it('the lint rule rejects a core part importing the Action, and the Action importing the CLI', async () => {
    const fromSql = await lint('src/sql/probe.ts', "import type { Outcome } from '../action/outcome.js';\nexport type X = Outcome;\n");
    expect(fromSql.map((m) => m.message)).toEqual([expect.stringContaining('sql/ may not import action/')]);
    const fromAction = await lint('src/action/probe.ts', "import type { CliIO } from '../cli/io.js';\nexport type X = CliIO;\n");
    expect(fromAction.map((m) => m.message)).toEqual([expect.stringContaining('action/ may not import cli/')]);
  }, 60_000);

  it('the lint rule accepts a downward import', async () => {
    expect(await lint('src/engine/probe.ts', "import type { Lead } from '../leads/lead.js';\nexport type X = Lead;\n")).toEqual([]);
  }, 60_000);

  it('every import in src/ follows an allowed arrow, and every folder of src/ is a part', () => {
    const parts = readdirSync(join(REPO_ROOT, 'src')).filter((n) => statSync(join(REPO_ROOT, 'src', n)).isDirectory());
    expect(parts.sort()).toEqual(LAYERS.map((l) => l.part).sort());
    const wrong: string[] = [];
    for (const [from, tos] of importGraph()) for (const to of tos) if (!allowed.get(from)?.has(to)) wrong.push(`${from} -> ${to}`);
    expect(wrong).toEqual([]);
  });

  it('the parts form no cycle: the arrows only point down the list', () => {
    const order = LAYERS.map((l) => l.part);
    for (const { part, may } of LAYERS) for (const below of may) expect(order.indexOf(below), `${part} -> ${below}`).toBeLessThan(order.indexOf(part));
  });

  it('ARCHITECTURE.md shows the arrows the rule enforces', () => {
    const doc = readFileSync(join(REPO_ROOT, 'ARCHITECTURE.md'), 'utf8');
    for (const { part, may } of LAYERS) {
      const line = doc.split('\n').find((l) => l.startsWith(`| \`${part}/\``));
      expect(line, `ARCHITECTURE.md has a row for ${part}/`).toBeDefined();
      const imports = /\|([^|]*)\|\s*$/.exec(line ?? '')?.[1] ?? '';
      const shown = [...imports.matchAll(/`([a-z]+)\/`/g)].map((m) => m[1]);
      expect(shown.sort(), part).toEqual([...may].sort());
    }
  });
});
