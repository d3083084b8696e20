#!/usr/bin/env node
// `npm run bundle`: the GitHub Action as one file, dist/index.js (action.yml runs it on
// Node 24). The schemas, templates and locales are inlined (src/shared/assets.ts reads them from
// the bundle), so the Action needs nothing beside its entry. The bundle is committed:
// `npm run bundle -- --check` (run by the tests) fails when it is stale.
//   npm run bundle            write dist/index.js (and dist/licenses.txt)
//   npm run bundle -- --check exit 1 if dist/ differs from what the sources build
import { readFileSync, readdirSync, renameSync, writeFileSync, mkdirSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as esbuild from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });

/** Every file under `dir` (relative to the package root, forward slashes), sorted. */
function files(dir) {
  const out = [];
  const walk = (d) => {
    for (const e of readdirSync(join(root, d), { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (e.name.startsWith('.')) continue;
      const rel = `${d}/${e.name}`;
      if (e.isDirectory()) walk(rel);
      else out.push(rel);
    }
  };
  walk(dir);
  return out;
}

function assets() {
  const map = {};
  for (const f of files('schema')) if (f.endsWith('.json')) map[f] = readFileSync(join(root, f), 'utf8');
  // templates/init is what `revpact init` copies into a new repository: not the Action's.
  for (const f of files('templates'))
    if (!f.startsWith('templates/init/') && /\.(hbs|json)$/.test(f)) map[f] = readFileSync(join(root, f), 'utf8').replace(/\r\n/g, '\n');
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  map['package.json'] = JSON.stringify({ name: pkg.name, version: pkg.version });
  return map;
}

const result = await esbuild.build({
  absWorkingDir: root,
  entryPoints: ['src/action/index.ts'],
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node24',
  outfile: 'dist/index.js',
  write: false,
  charset: 'utf8',
  legalComments: 'none',
  metafile: true,
  define: { __REVPACT_ASSETS__: JSON.stringify(assets()) },
  // The Action measures on the streaming engine only: the SQL engines' clients (a native
  // DuckDB binding, the PostgreSQL driver) are not carried by the bundle. The modules that
  // use them are (src/app/measure.ts reaches them), so each imports its package with
  // `await import()` where a database is opened; the check below holds that.
  // The same for Vega and Vega-Lite (issue 15): only the HTML report draws SVG charts
  // with them, through a dynamic import in src/render/charts/svg.ts, and the Action renders
  // Markdown (Mermaid charts, plain text). Bundled, they would add 1.9 MB (7.2 MB instead of 5.3 MB before assets).
  external: ['@duckdb/node-api', 'pg', 'pg-copy-streams', 'vega', 'vega-lite'],
  // CommonJS dependencies call require(); give the ES module one.
  banner: { js: "import { createRequire as __revpactRequire } from 'node:module';\nconst require = __revpactRequire(import.meta.url);" },
  logLevel: 'warning',
});

// GitHub runs the bundle from the action's checkout, which has no node_modules: a package
// left out (above) may only be imported dynamically, where it is used. A bundled module's
// static import of one is hoisted to the bundle's top by esbuild, and the Action then
// failed to start (ERR_MODULE_NOT_FOUND) before doing anything.
const hoisted = [...result.outputFiles[0].text.matchAll(/^import\b[^;]*?\bfrom\s*"([^"]+)"|^import\s*"([^"]+)"/gm)]
  .map((m) => m[1] ?? m[2])
  .filter((specifier) => !isBuiltin(specifier));
if (hoisted.length > 0) {
  console.error(
    `bundle: dist/index.js imports ${[...new Set(hoisted)].join(', ')} at its top, which an action's checkout does not have: import ${hoisted.length === 1 ? 'it' : 'them'} with \`await import()\` where ${hoisted.length === 1 ? 'it is' : 'they are'} used`,
  );
  process.exit(1);
}

// The licences of what the bundle carries, one entry per package, for redistribution.
const packages = new Map();
for (const input of Object.keys(result.metafile.inputs)) {
  const m = input.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\//);
  if (!m || packages.has(m[1])) continue;
  const dir = join(root, input.slice(0, input.indexOf(m[1]) + m[1].length));
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
  const licenceFile = readdirSync(dir).find((f) => /^licen[cs]e/i.test(f));
  packages.set(m[1], { version: pkg.version, license: pkg.license ?? 'UNKNOWN', text: licenceFile ? readFileSync(join(dir, licenceFile), 'utf8').trim() : '' });
}
const licences = [...packages.entries()]
  .sort(([a], [b]) => (a < b ? -1 : 1))
  .map(([name, p]) => `${name}@${p.version} (${p.license})\n\n${p.text}\n`)
  .join('\n-----\n\n');

const outputs = [
  { path: 'dist/index.js', text: result.outputFiles[0].text },
  { path: 'dist/licenses.txt', text: `Third-party software bundled in dist/index.js\n\n${licences}` },
];

if (values.check) {
  const stale = outputs.filter((o) => {
    try {
      return readFileSync(join(root, o.path), 'utf8') !== o.text;
    } catch {
      return true;
    }
  });
  if (stale.length > 0) {
    console.error(`bundle: ${stale.map((o) => o.path).join(', ')} ${stale.length === 1 ? 'is' : 'are'} stale: run \`npm run bundle\` and commit the result`);
    process.exit(1);
  }
  console.log('bundle: dist/ is up to date');
} else {
  mkdirSync(join(root, 'dist'), { recursive: true });
  for (const o of outputs) {
    const temp = `${join(root, o.path)}.tmp`;
    writeFileSync(temp, o.text);
    renameSync(temp, join(root, o.path));
  }
  const kb = (Buffer.byteLength(outputs[0].text) / 1024).toFixed(0);
  console.log(`bundle: dist/index.js (${kb} KiB, ${packages.size} packages inlined)`);
}
