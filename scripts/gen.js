#!/usr/bin/env node
// `npm run gen -- --rows N --format hubspot|salesforce --seed S --out FILE`
//
// Writes a realistic CRM export in the exact column layout of the HubSpot contacts export
// or the Salesforce lead report export, streaming (a million rows never sit in memory),
// the same bytes for the same seed. Prints a JSON summary on stdout: how many rows, and
// how many of them are bad on purpose (missing id, unparseable date, duplicate id), which
// is exactly how many rows `revpact check` must report as rejected.
//
// Options: --tz ZONE (portal / user time zone, default Europe/Madrid), --from YYYY-MM-DD
// and --days N (when leads are created, default the year 2026), --locale en_US|en_GB
// (Salesforce date order, default en_US: 10/5/2026 2:03 PM; en_GB: 05/10/2026 14:03).
import { Buffer } from 'node:buffer';
import console from 'node:console';
import { createWriteStream } from 'node:fs';
import process from 'node:process';
import { once } from 'node:events';
import { parseArgs } from 'node:util';
import { FORMATS, layout, salesforceFooter } from './lib/gen.js';

function usage(message) {
  console.error(`gen: ${message}`);
  console.error(
    'usage: npm run gen -- --rows N --format hubspot|salesforce --seed S --out FILE [--tz ZONE] [--from YYYY-MM-DD] [--days N] [--locale en_US|en_GB]',
  );
  process.exit(2);
}

let args;
try {
  args = parseArgs({
    options: {
      rows: { type: 'string' },
      format: { type: 'string', default: 'hubspot' },
      seed: { type: 'string', default: '1' },
      out: { type: 'string' },
      tz: { type: 'string', default: 'Europe/Madrid' },
      from: { type: 'string', default: '2026-01-01' },
      days: { type: 'string', default: '365' },
      locale: { type: 'string', default: 'en_US' },
    },
  }).values;
} catch (e) {
  usage(e.message);
}

const rows = Number(args.rows);
const days = Number(args.days);
const from = Date.parse(args.from + 'T00:00:00Z');
if (!Number.isInteger(rows) || rows < 0) usage('--rows must be a whole number');
if (!FORMATS.includes(args.format)) usage(`--format must be one of ${FORMATS.join(', ')}`);
if (!args.out) usage('--out FILE is required');
if (!Number.isFinite(from)) usage('--from must be a date like 2026-01-01');
if (!Number.isInteger(days) || days < 1) usage('--days must be a whole number of days');
if (!['en_US', 'en_GB'].includes(args.locale)) usage('--locale must be en_US or en_GB');

const salesforce = args.format === 'salesforce';
const dayFirst = args.locale === 'en_GB';
let gen;
try {
  gen = layout(args.format, { seed: args.seed, from, days, timeZone: args.tz, dayFirst });
} catch (e) {
  usage(e.message);
}

// HubSpot writes a UTF-8 byte order mark and LF; Salesforce quotes every cell and ends lines with CRLF.
const eol = salesforce ? '\r\n' : '\n';
const out = createWriteStream(args.out);
const bad = { missingId: 0, badDate: 0, duplicateId: 0 };
let bytes = 0;
let buffer = (salesforce ? '' : '\ufeff') + gen.header + eol;

async function flush() {
  bytes += Buffer.byteLength(buffer);
  if (!out.write(buffer)) await once(out, 'drain');
  buffer = '';
}

for (let i = 0; i < rows; i++) {
  const { line, defect } = gen.next();
  if (defect) bad[defect]++;
  buffer += line + eol;
  if (buffer.length > 1 << 20) await flush();
}
if (salesforce) buffer += salesforceFooter(rows, dayFirst).join(eol) + eol;
await flush();
out.end();
await once(out, 'finish');

const rejected = bad.missingId + bad.badDate + bad.duplicateId;
console.log(JSON.stringify({ format: args.format, out: args.out, rows, bytes, leads: rows - rejected, rejected, bad }));
