/**
 * The streaming engine in byte ranges (app/parallel.ts, issue 17): whatever the cuts, the
 * merged report is the report of one pass, byte for byte, or the ranges say why not and
 * the file is read on one thread. The shares run in this thread here (readShare in place
 * of a worker: the same code a worker runs); test/e2e/threads.test.ts runs real workers.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readContract } from '../../../src/app/contract.js';
import { evaluateInRanges, firstShareOf, planRanges, readShare } from '../../../src/app/parallel.js';
import type { RulesIR } from '../../../src/compiler/ir.js';
import { evaluateSeries, type EvaluateOptions } from '../../../src/engine/evaluate.js';
import { parsePeriod, type Period } from '../../../src/engine/period.js';
import { seriesPlan } from '../../../src/engine/series.js';
import { presetMapping, withDefaultTimeZone, type Mapping } from '../../../src/leads/mapping/index.js';
import { openLeadSource, type LeadInput } from '../../../src/leads/sources/index.js';
import { generateExport } from '../../helpers/gen.js';
import { REPO_ROOT } from '../../helpers/paths.js';

const dir = mkdtempSync(join(tmpdir(), 'revpact-parallel-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let rules: RulesIR;
let mapping: Mapping;
let period: Period;
const asOfMs = Date.parse('2027-01-15T11:00:00Z');
const csv = join(dir, 'hubspot.csv');

beforeAll(() => {
  const loaded = readContract(REPO_ROOT, 'contracts/b2b-saas.yaml');
  if (!loaded.ok) throw new Error('the example contract does not load');
  rules = loaded.value.rules;
  mapping = withDefaultTimeZone(presetMapping('hubspot'), rules.contract.timezone);
  const p = parsePeriod({ period: '2026' }, rules.contract.timezone);
  if (!p.ok) throw new Error(p.message);
  period = p.value;
  // 12,000 rows with the generator's defects: missing ids, bad dates, and repeats of recent ids (some across every cut).
  generateExport(csv, { rows: 12_000, format: 'hubspot', seed: 17 });
});

function options(extra: Partial<EvaluateOptions> = {}): Omit<EvaluateOptions, 'onPerLead'> {
  return { period, asOfMs, files: ['leads.csv'], by: ['country'], ...extra };
}

async function onePass(file: string, o: Omit<EvaluateOptions, 'onPerLead'>, also: Period[] = [], m: Mapping = mapping): Promise<string> {
  const input: LeadInput = { path: file, display: 'leads.csv' };
  return JSON.stringify(await evaluateSeries(rules, openLeadSource([input], m).items, o, also));
}

async function inRanges(file: string, threads: number, segments: number, o: Omit<EvaluateOptions, 'onPerLead'>, also: Period[] = [], m: Mapping = mapping) {
  // This thread's share as it was when these cuts were written (firstShareOf gives a file this small 90%).
  const plan = planRanges(file, threads, 0, segments, Math.min(0.9, 1.1 / threads));
  if (typeof plan === 'string') throw new Error(plan);
  const r = await evaluateInRanges({ rules, input: { path: file, display: 'leads.csv' }, mapping: m, options: o, also, plan, run: (job) => readShare(job) });
  return { plan, result: 'fallback' in r ? r : { ...r, json: JSON.stringify({ report: r.report, parts: r.parts }) } };
}

describe('sharing a file between threads', () => {
  it('gives this thread more of a smaller file (a worker starts later), never less than an even share, at most 90%', () => {
    const sizes = [5e6, 24e6, 100e6, 237e6, 1186e6, 2370e6, 1e11];
    for (const threads of [2, 3, 4]) {
      const shares = sizes.map((size) => firstShareOf(size, threads));
      for (const x of shares) {
        expect(x).toBeGreaterThanOrEqual(1 / threads);
        expect(x).toBeLessThanOrEqual(0.9);
      }
      for (let i = 1; i < shares.length; i++) expect(shares[i]).toBeLessThanOrEqual(shares[i - 1] as number);
      expect(shares[0]).toBe(0.9); // a 5 MB file: the worker's start is most of the time
    }
  });

  it('cuts the file where firstShareOf says, at the next line start', () => {
    const dir = mkdtempSync(join(tmpdir(), 'revpact-share-'));
    try {
      const file = join(dir, 'lines.csv');
      const line = 'id,name\n' + Array.from({ length: 20_000 }, (_, i) => `${i},lead number ${i}\n`).join('');
      writeFileSync(file, line);
      const size = Buffer.byteLength(line);
      const plan = planRanges(file, 2, 0, 4);
      if (typeof plan === 'string') throw new Error(plan);
      const at = Math.floor(size * firstShareOf(size, 2));
      expect(plan.first.to).toBeGreaterThan(at);
      expect(plan.first.to - at).toBeLessThanOrEqual(30); // one line at most
      expect(line[plan.first.to - 1]).toBe('\n');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the streaming engine in byte ranges', () => {
  it('gives the report of one pass, with rejected rows renumbered, at any number of threads and segments', async () => {
    const expected = await onePass(csv, options());
    const report = JSON.parse(expected) as { report: { input: { rejected: number; rejections: { row: number; reason: string }[] } } };
    // The file has what can go wrong at a cut: rejected rows, and ids repeated from rows before them.
    expect(report.report.input.rejected).toBeGreaterThan(50);
    expect(report.report.input.rejections.some((r) => r.reason.startsWith('duplicate id'))).toBe(true);
    for (const [threads, segments] of [
      [2, 1],
      [2, 4],
      [3, 3],
      [4, 16],
    ] as const) {
      const { plan, result } = await inRanges(csv, threads, segments, options());
      expect(plan.shares).toHaveLength(threads - 1);
      if ('fallback' in result) throw new Error(`${threads}×${segments}: fell back: ${result.fallback}`);
      expect(difference(result.json, expected), `${threads} threads, ${segments} segments`).toBeNull();
    }
  });

  it('reads again the segments whose ids an earlier share had, and says so', async () => {
    const { result } = await inRanges(csv, 2, 8, options());
    if ('fallback' in result) throw new Error(result.fallback);
    // The generator repeats recent ids: a repeat just after the cut is of an id before it.
    expect(result.reread).toBeGreaterThan(0);
    expect(result.reread).toBeLessThan(8);
  });

  it('measures the sub-periods of a series the same way', async () => {
    const also = seriesPlan(period, 'month', asOfMs).measured;
    const expected = await onePass(csv, options(), also);
    const { result } = await inRanges(csv, 2, 4, options(), also);
    if ('fallback' in result) throw new Error(result.fallback);
    expect(difference(result.json, expected)).toBeNull();
  });

  it('numbers rows after an Excel sep= line and CRLF line breaks as one pass does', async () => {
    const crlf = join(dir, 'crlf.csv');
    writeFileSync(crlf, 'sep=,\r\n' + readFileSync(csv, 'utf8').replace(/\n/g, '\r\n'));
    const expected = await onePass(crlf, options());
    const { result } = await inRanges(crlf, 3, 4, options());
    if ('fallback' in result) throw new Error(result.fallback);
    expect(difference(result.json, expected)).toBeNull();
  });

  it('reads NDJSON in ranges too', async () => {
    const ndjson = join(dir, 'leads.ndjson');
    const [header = '', ...lines] = readFileSync(csv, 'utf8').trimEnd().split('\n');
    const labels = parseCsvLine(header);
    writeFileSync(ndjson, lines.map((l) => JSON.stringify(Object.fromEntries(parseCsvLine(l).map((v, i) => [labels[i], v])))).join('\n') + '\n');
    const expected = await onePass(ndjson, options());
    expect((JSON.parse(expected) as { report: { input: { evaluated: number } } }).report.input.evaluated).toBeGreaterThan(11_000);
    const { result } = await inRanges(ndjson, 2, 4, options());
    if ('fallback' in result) throw new Error(result.fallback);
    expect(difference(result.json, expected)).toBeNull();
  });

  it('falls back when a cut lands inside a quoted cell that spans lines', async () => {
    const quoted = join(dir, 'quoted.csv');
    const [header = '', ...lines] = readFileSync(csv, 'utf8').trimEnd().split('\n');
    // A note of 40,000 lines in the middle row's last cell, a sixth of the file: the cut, a little past the middle, falls inside it.
    const mid = Math.floor(lines.length / 2);
    const note = Array.from({ length: 40_000 }, (_, i) => `note line ${i}`).join('\n');
    lines[mid] = `${lines[mid]},"${note}"`;
    writeFileSync(quoted, [`${header},Notes`, ...lines].join('\n') + '\n');
    const { plan, result } = await inRanges(quoted, 2, 1, options());
    const text = readFileSync(quoted, 'utf8');
    const noteStart = Buffer.byteLength(text.slice(0, text.indexOf('"note line 0')));
    expect(plan.first.to).toBeGreaterThan(noteStart);
    expect('fallback' in result && result.fallback).toMatch(/not the end of a record/);
  });

  it('falls back when a worker fails while this thread still reads its range, instead of an unhandled rejection', async () => {
    const plan = planRanges(csv, 2, 0, 1, 0.5);
    if (typeof plan === 'string') throw new Error(plan);
    // As runOnWorker answers when the installed package lacks the worker script: at once.
    const run = () => Promise.reject(new Error('the worker script is not beside this module'));
    const r = await evaluateInRanges({ rules, input: { path: csv, display: 'leads.csv' }, mapping, options: options(), also: [], plan, run });
    expect('fallback' in r && r.fallback).toBe('a range failed: the worker script is not beside this module');
  });

  it('falls back when a breakdown has more keys than one range tracks', async () => {
    const { result } = await inRanges(csv, 2, 2, options({ by: ['id'] }));
    expect('fallback' in result && result.fallback).toMatch(/more keys than it tracks/);
  });
});

/** Where two reports' JSON first differ, with some context; null when they are the same. */
function difference(a: string, b: string): string | null {
  if (a === b) return null;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `at ${i}: …${a.slice(Math.max(0, i - 120), i + 80)}… ≠ …${b.slice(Math.max(0, i - 120), i + 80)}…`;
}

/** A line of the generator's CSV (quoted cells without line breaks). */
function parseCsvLine(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      cells.push(cell);
      cell = '';
    } else if (c !== '\r') cell += c;
  }
  cells.push(cell);
  return cells;
}
