#!/usr/bin/env node
// The installed command. The TypeScript is compiled to build/ by `npm run build`, which
// `npm ci` runs through the `prepare` script.
import { run, processIO } from '../build/cli/main.js';

process.exitCode = await run(process.argv.slice(2), processIO());
