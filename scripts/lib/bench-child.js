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
