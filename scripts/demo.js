#!/usr/bin/env node
// `npm run demo`: the main job on the bundled examples, step by step, through the real CLI.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'bin', 'revpact.js');

function step(title, args) {
  console.log(`\n\u25b6 ${title}\n  $ revpact ${args.join(' ')}\n`);
  const r = spawnSync(process.execPath, [cli, ...args], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`\ndemo: "revpact ${args.join(' ')}" exited with ${r.status}`);
    process.exit(r.status ?? 2);
  }
}

step('Validate every example contract', ['validate', 'contracts/']);
step('Compile the B2B SaaS agreement into documents and machine rules', ['compile', 'contracts/b2b-saas.yaml', '--out', 'out', '--format', 'md,html,rules,codeowners']);
step('Compile the worked example (Spanish)', ['compile', 'contracts/worked-example.yaml', '--out', 'out']);

const md = readFileSync(join(root, 'out', 'worked-example.md'), 'utf8');
const targets = md.split(/\n(?=## )/).find((s) => /mermaid|÷/.test(s));
console.log('\n\u25b6 The worked example: the revenue target worked back into leads (from out/worked-example.md)\n');
console.log(targets ?? md.slice(0, 2000));
console.log('\nAll outputs are in out/: open out/b2b-saas.html in a browser.');
