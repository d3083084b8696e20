#!/usr/bin/env node
// The installed command. The TypeScript is compiled to build/ by `npm run build`, which
// `npm ci` runs through the `prepare` script. A command that reads a large file runs in a
// Node of its own with a smaller young generation (src/cli/respawn.ts).
import { fileURLToPath } from 'node:url';
import { respawn, respawnOptions } from '../build/cli/respawn.js';

const argv = process.argv.slice(2);
const options = respawnOptions(argv, process.execArgv, process.env);
let code;
if (options !== undefined) {
  try {
    code = await respawn(fileURLToPath(import.meta.url), argv, options);
  } catch {
    code = undefined; // Node could not be started again: the command runs here, as it would have.
  }
}
if (code === undefined) {
  if (process.env.REVPACT_RESPAWN_TRACE === '1' && process.env.REVPACT_RESPAWNED === '1')
    process.stderr.write(`revpact: this Node runs with ${process.execArgv.join(' ')}\n`);
  const { run, processIO } = await import('../build/cli/main.js');
  code = await run(argv, processIO());
}
process.exitCode = code;
