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
