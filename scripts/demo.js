#!/usr/bin/env node
// `npm run demo`: the main job on the bundled example, step by step, through the real CLI:
// validate the contracts, compile one, generate a sample HubSpot export, check the
// agreement against it and print the report.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'bin', 'revpact.js');
const sample = join('.cache', 'demo', 'hubspot-contacts.csv');

function step(title, command, args) {
  console.log(`\n\u25b6 ${title}\n  $ ${command} ${args.join(' ')}\n`);
  const r = spawnSync(process.execPath, command === 'revpact' ? [cli, ...args] : args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`\ndemo: "${command} ${args.join(' ')}" exited with ${r.status}`);
    process.exit(r.status ?? 2);
  }
}

step('Validate every example contract', 'revpact', ['validate', 'contracts/']);
step('Compile the B2B SaaS agreement: documents (Markdown, HTML) and machine rules', 'revpact', [
  'compile',
  'contracts/b2b-saas.yaml',
  '--out',
  'out',
  '--format',
  'md,html,rules,codeowners',
]);
if (!existsSync(join(root, sample))) {
  mkdirSync(join(root, '.cache', 'demo'), { recursive: true });
  step('Generate a sample HubSpot contacts export (20,000 rows, with the mess real exports have)', 'node', [
    'scripts/gen.js',
    '--rows',
    '20000',
    '--format',
    'hubspot',
    '--seed',
    '7',
    '--out',
    sample,
  ]);
}
step('Check the agreement against the export for October 2026', 'revpact', [
  'check',
  'contracts/b2b-saas.yaml',
  '--leads',
  sample,
  '--mapping',
  'hubspot',
  '--period',
  '2026-10',
  '--as-of',
  '2026-11-03T09:00:00+01:00',
  '--per-lead',
  'out/b2b-saas.per-lead.csv',
]);
step('The year so far, month by month: an HTML report with its charts (attainment per month against the target)', 'revpact', [
  'check',
  'contracts/b2b-saas.yaml',
  '--leads',
  sample,
  '--mapping',
  'hubspot',
  '--period',
  '2026',
  '--every',
  'month',
  '--as-of',
  '2026-11-03T09:00:00+01:00',
  '--format',
  'html',
  '--out',
  'out/b2b-saas.report-2026.html',
]);
console.log(
  '\nOutputs are in out/: b2b-saas.html (the agreement; open it in a browser), b2b-saas.report-2026.html (the year month by month, with charts), b2b-saas.md, b2b-saas.rules.json, b2b-saas.per-lead.csv.',
);
