#!/usr/bin/env node
// Generates src/contract/validators.generated.ts (the schema validators, compiled ahead of
// time) from schema/{contract,mapping,scorecard}.schema.json.
// `node scripts/gen-validators.js --check` exits 1 when the committed file is stale;
// test/unit/contract/validators.test.ts runs the same comparison.
import { readFileSync, writeFileSync, renameSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateValidators } from './lib/validators.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const relative = 'src/contract/validators.generated.ts';
const target = join(root, relative);
const text = generateValidators(root);
if (process.argv.includes('--check')) {
  const current = readFileSync(target, 'utf8');
  if (current !== text) {
    console.error(`${relative} is stale: run \`npm run gen:validators\``);
    process.exit(1);
  }
} else {
  writeFileSync(target + '.tmp', text);
  renameSync(target + '.tmp', target);
  console.log(`wrote ${relative}`);
}
