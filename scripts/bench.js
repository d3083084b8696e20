#!/usr/bin/env node
// `npm run bench`: check's speed and memory on generated HubSpot exports (cached in
// .cache/bench/), next to the floor set by reading the same file through the source alone,
// and the same check on the DuckDB engine (`--engine duckdb`, issue 7: DuckDB's CSV reader on
// the export, the mapping applied in SQL; a fallback to the streaming source would be printed).
// Figures are for the machine it runs on; compare runs on the same machine only. Two floors
// close each size: the least a JavaScript reader and the least DuckDB does with the file.
//   npm run bench                 100,000 and 1,000,000 rows, one run each
//   npm run bench -- --runs 3     the best of three
//   npm run bench -- --sizes 100000,1000000,5000000 --skip-pull   the memory goal's sizes, without the pull rows
//   npm run bench -- --sizes 10000000 --skip-pull   10,000,000 rows (2.4 GB, generated once into .cache/bench/, never committed)
// Each size also pulls that many contacts from a local server answering like HubSpot
// (scripts/lib/hubspot-bench-server.js, its own process) into NDJSON with `revpact pull`'s
// code, without the client library's 9-calls-a-second limiter: against HubSpot itself the
// limiter and the network set the pace (100 contacts a call: at most ~900 contacts/s).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values } = parseArgs({
  options: { runs: { type: 'string', default: '1' }, sizes: { type: 'string', default: '100000,1000000' }, 'skip-pull': { type: 'boolean', default: false } },
});
const runs = Math.max(1, Number(values.runs));
const sizes = values.sizes.split(',').map(Number);
const cache = join(root, '.cache', 'bench');
mkdirSync(cache, { recursive: true });

if (!existsSync(join(root, 'build', 'cli', 'main.js'))) {
  console.error('bench: build/ is missing; run `npm run build` first');
  process.exit(2);
}

const contract = 'contracts/b2b-saas.yaml';
const checkArgs = (file) => [
  'check',
  contract,
  '--leads',
  file,
  '--mapping',
  'hubspot',
  '--period',
  '2026',
  '--as-of',
  '2027-01-15T12:00:00+01:00',
  '--format',
  'json',
  '--quiet',
];

// A check of a large export runs as bin/revpact.js runs it: Node given the young generation
// the launcher gives it (src/cli/respawn.ts), so the figures are what a user's run takes.
const { respawnOptions } = await import(join(root, 'build', 'cli', 'respawn.js'));

/** Runs a child that reports its own wall time and peak RSS on its last stderr line. */
function measure(args) {
  const node = args[0] === 'check' ? (respawnOptions(args, process.execArgv, process.env) ?? []) : [];
  const r = spawnSync(process.execPath, [...node, join(root, 'scripts', 'lib', 'bench-child.js'), ...args], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) throw new Error(`bench: ${args.join(' ')} failed:\n${r.stderr}`);
  const last = r.stderr.trim().split('\n').pop();
  return JSON.parse(last);
}

const CHECK_ONE = 'check --threads 1';
const CHECK_TWO = 'check --threads 2';
const CHECK_DUCKDB = 'check --engine duckdb';
const AGGREGATE = 'DuckDB aggregate (analyst)';
// Floors: what any reader of each kind does at least (bench-child.js), to tell a goal that
// tuning can reach from one below what the machine can do.
const JS_FLOOR = 'floor: JS cut, 2 threads';
const DUCKDB_FLOOR = 'floor: DuckDB read all';

const rows = [];
for (const n of sizes) {
  const file = join(cache, `hubspot-${n}.csv`);
  if (!existsSync(file)) {
    console.error(`bench: generating ${file} (once)`);
    const g = spawnSync(process.execPath, [join(root, 'scripts', 'gen.js'), '--rows', String(n), '--format', 'hubspot', '--seed', '1', '--out', file], {
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    if (g.status !== 0) process.exit(2);
  }
  const mb = statSync(file).size / 1e6;
  for (const [label, args] of [
    ['source only (parse + map)', ['--source-only', file]],
    [CHECK_ONE, [...checkArgs(file), '--threads', '1']],
    [CHECK_TWO, [...checkArgs(file), '--threads', '2']],
    [CHECK_DUCKDB, [...checkArgs(file), '--engine', 'duckdb']],
    [AGGREGATE, ['--duckdb-aggregate', file]],
    [JS_FLOOR, ['--js-split', file]],
    [DUCKDB_FLOOR, ['--duckdb-read', file]],
  ]) {
    let best;
    for (let i = 0; i < runs; i++) {
      const m = measure(args);
      if (!best || m.seconds < best.seconds) best = m;
    }
    rows.push({ rows: n, what: label, mb, ...best });
  }
}

/** The local HubSpot server, in its own process (this one blocks in spawnSync while the pull runs). */
async function startServer(n) {
  const child = spawn(process.execPath, [join(root, 'scripts', 'lib', 'hubspot-bench-server.js'), String(n)], { stdio: ['ignore', 'pipe', 'inherit'] });
  const url = await new Promise((resolve, reject) => {
    child.stdout.once('data', (d) => resolve(String(d).trim()));
    child.once('exit', (c) => reject(new Error(`bench: the HubSpot server stopped (${c})`)));
  });
  return { url, stop: () => child.kill() };
}

for (const n of values['skip-pull'] ? [] : sizes) {
  const server = await startServer(n);
  const out = join(cache, `pulled-${n}.ndjson`);
  try {
    let best;
    for (let i = 0; i < runs; i++) {
      const m = measure(['--pull', server.url, out, contract, String(n)]);
      if (!best || m.seconds < best.seconds) best = m;
    }
    rows.push({ rows: n, what: 'pull from local HubSpot', mb: statSync(out).size / 1e6, ...best });
  } finally {
    server.stop();
    rmSync(out, { force: true });
  }
}

const pad = (s, w) => String(s).padStart(w);
// Peak RSS of the DuckDB runs includes DuckDB's own (native) memory: one process does both.
console.log(`revpact bench on ${process.version}, ${runs} run(s) each, best shown; contract ${contract}`);
console.log(['     rows', 'what                     ', '     MB', ' seconds', '   MB/s', '   rows/s', ' peak RSS MiB'].join('  '));
for (const r of rows) {
  console.log(
    [
      pad(r.rows.toLocaleString('en-US'), 9),
      r.what.padEnd(25),
      pad(r.mb.toFixed(1), 7),
      pad(r.seconds.toFixed(2), 8),
      pad((r.mb / r.seconds).toFixed(1), 7),
      pad(Math.round(r.rows / r.seconds).toLocaleString('en-US'), 9),
      pad((r.maxRssKb / 1024).toFixed(0), 13),
    ].join('  '),
  );
}

// The ratios issue 17 sets goals on, from the figures above (the same run, the same machine).
const find = (n, what) => rows.find((r) => r.rows === n && r.what === what);
console.log('');
console.log('ratios (same run): streaming check ÷ DuckDB aggregate (goal ≤ 1.5), one thread ÷ two, DuckDB engine ÷ streaming (goal < 1 at 1M)');
for (const n of sizes) {
  const [one, two, duck, agg] = [CHECK_ONE, CHECK_TWO, CHECK_DUCKDB, AGGREGATE].map((w) => find(n, w));
  if (!one || !two || !duck || !agg) continue;
  console.log(
    `${pad(n.toLocaleString('en-US'), 11)}  check ÷ aggregate ${(two.seconds / agg.seconds).toFixed(2)}×` +
      `  (1 thread: ${(one.seconds / agg.seconds).toFixed(2)}×)  speed-up of 2 threads ${(one.seconds / two.seconds).toFixed(2)}×` +
      `  duckdb ÷ streaming ${(duck.seconds / two.seconds).toFixed(2)}×  streaming peak RSS ${(two.maxRssKb / 1024).toFixed(0)} MiB (goal ≤ 300)`,
  );
  const [js, read] = [JS_FLOOR, DUCKDB_FLOOR].map((w) => find(n, w));
  if (!js || !read) continue;
  console.log(
    `${pad('', 11)}  floors: goal 1 asks check ≤ ${(1.5 * agg.seconds).toFixed(2)} s; cutting the file into cells on 2 threads takes ${js.seconds.toFixed(2)} s` +
      ` (check ÷ that ${(two.seconds / js.seconds).toFixed(2)}×); DuckDB reading every column ${read.seconds.toFixed(2)} s (DuckDB engine ÷ that ${(duck.seconds / read.seconds).toFixed(2)}×)`,
  );
}
