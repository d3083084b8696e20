#!/usr/bin/env node
// Generates src/contract/types.generated.ts from schema/contract.schema.json.
// `node scripts/gen-types.js --check` exits 1 when the committed file is stale;
// test/unit/types.test.ts runs the same comparison.
import { readFileSync, writeFileSync, renameSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateContractTypes } from './lib/types.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const target = join(root, 'src/contract/types.generated.ts');
const text = await generateContractTypes(root);
if (process.argv.includes('--check')) {
  const current = readFileSync(target, 'utf8');
  if (current !== text) {
    console.error('src/contract/types.generated.ts is stale: run `npm run gen:types`');
    process.exit(1);
  }
} else {
  writeFileSync(target + '.tmp', text);
  renameSync(target + '.tmp', target);
  console.log('wrote src/contract/types.generated.ts');
}
