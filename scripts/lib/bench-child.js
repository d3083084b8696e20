// One measured run for scripts/bench.js: the CLI in-process (or the source alone with
// --source-only FILE), then wall time and this process's peak RSS as JSON on stderr.
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const started = process.hrtime.bigint();
const args = process.argv.slice(2);
let code = 0;
if (args[0] === '--source-only') {
  const { openLeadSource } = await import(join(root, 'build', 'leads', 'sources', 'index.js'));
  const { presetMapping } = await import(join(root, 'build', 'leads', 'mapping', 'index.js'));
  const source = openLeadSource([{ path: args[1], display: args[1] }], presetMapping('hubspot'));
  let n = 0;
  for await (const _ of source.items) n++;
  if (n !== source.stats.rows) code = 1;
} else if (args[0] === '--duckdb-aggregate') {
  // What an analyst would run instead of revpact (issue 17): DuckDB's CSV reader, every
  // column as text, the MQL and first-outreach dates cast, per owner and stage: leads,
  // first touch within 60 minutes, no first touch, median minutes. The floor revpact's
  // engines are compared with.
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const file = args[1].replace(/'/g, "''");
  const reader = await connection.runAndReadAll(`
    SELECT "Contact owner" AS owner, "Lifecycle Stage" AS stage, count(*) AS leads,
           count(*) FILTER (WHERE ft <= mql + INTERVAL 60 MINUTE) AS within_60_minutes,
           count(*) FILTER (WHERE ft IS NULL) AS no_first_touch,
           median(date_diff('minute', mql, ft)) AS median_minutes
    FROM (SELECT *, TRY_CAST("Became a Marketing Qualified Lead Date" AS TIMESTAMPTZ) AS mql,
                    TRY_CAST("First outreach date" AS TIMESTAMPTZ) AS ft
          FROM read_csv('${file}', all_varchar = true, header = true))
    GROUP BY ALL`);
  if (reader.getRows().length === 0) code = 1;
  connection.closeSync();
} else if (args[0] === '--duckdb-read') {
  // The least any DuckDB plan does with the export: DuckDB's CSV reader on every column as
  // text (each one counted, so that each is tokenized and materialized), nothing cast.
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  const file = args[1].replace(/'/g, "''");
  const names = (await connection.runAndReadAll(`SELECT column_name FROM (DESCRIBE SELECT * FROM read_csv('${file}', all_varchar = true, header = true))`))
    .getRows()
    .map((r) => `count("${String(r[0]).replace(/"/g, '""')}")`);
  const reader = await connection.runAndReadAll(`SELECT count(*), ${names.join(', ')} FROM read_csv('${file}', all_varchar = true, header = true)`);
  if (reader.getRows().length !== 1) code = 1;
  connection.closeSync();
} else if (args[0] === '--js-split') {
  // The least any JavaScript reader does with the export, on two threads as check's default:
  // each half of the file read in 4 MiB chunks, decoded, cut into lines and the lines at
  // every comma (a count of cells; no quotes honoured, no cell read, no lead made).
  const { Worker } = await import('node:worker_threads');
  const { statSync } = await import('node:fs');
  const size = statSync(args[1]).size;
  const half = Math.floor(size / 2);
  const split = `
    const { openSync, readSync, closeSync } = require('node:fs');
    function split(path, from, to) {
      const fd = openSync(path, 'r');
      const buf = Buffer.allocUnsafe(4 << 20);
      let pos = from, carry = '', cells = 0, lines = 0, n;
      while (pos < to && (n = readSync(fd, buf, 0, Math.min(buf.length, to - pos), pos)) > 0) {
        pos += n;
        const text = carry + buf.toString('utf8', 0, n);
        let at = 0;
        for (;;) {
          const nl = text.indexOf('\\n', at);
          if (nl < 0) { carry = text.slice(at); break; }
          for (let p = at; ; ) { const d = text.indexOf(',', p); if (d < 0 || d > nl) break; cells++; p = d + 1; }
          lines++;
          at = nl + 1;
        }
      }
      closeSync(fd);
      return { lines, cells };
    }`;
  const worker = new Worker(
    `${split}\nconst { workerData, parentPort } = require('node:worker_threads');\nparentPort.postMessage(split(workerData.path, workerData.from, workerData.to));`,
    {
      eval: true,
      workerData: { path: args[1], from: half, to: size },
    },
  );
  const other = new Promise((resolve, reject) => {
    worker.once('message', resolve);
    worker.once('error', reject);
  });
  const mine = new Function('require', `${split}\nreturn split;`)((await import('node:module')).createRequire(import.meta.url))(args[1], 0, half);
  const theirs = await other;
  if (mine.lines + theirs.lines === 0) code = 1;
} else if (args[0] === '--pull') {
  // revpact pull hubspot as the command runs it, but without the client library's limiter
  // (9 calls a second): what is measured is revpact's own throughput and memory.
  const { pull } = await import(join(root, 'build', 'app', 'pull.js'));
  const outcome = await pull({
    crm: 'hubspot',
    cwd: root,
    out: args[2],
    since: undefined,
    contract: args[3],
    mapping: undefined,
    by: [],
    full: true,
    env: { HUBSPOT_TOKEN: 'bench-token', HUBSPOT_API_URL: args[1] },
    clock: { pace: false },
    warn: (t) => process.stderr.write(t),
  });
  if (!outcome.ok || outcome.records !== Number(args[4])) code = 1;
} else {
  const { run } = await import(join(root, 'build', 'cli', 'main.js'));
  const sink = () => undefined;
  code = await run(args, {
    stdout: sink,
    stderr: (t) => process.stderr.write(t),
    cwd: root,
    env: { ...process.env, CI: '1' },
    stderrIsTTY: false,
    stdoutIsTTY: false,
  });
}
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
process.stderr.write(`\n${JSON.stringify({ seconds, maxRssKb: process.resourceUsage().maxRSS })}\n`);
process.exitCode = code;
