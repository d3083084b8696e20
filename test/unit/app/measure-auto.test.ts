/**
 * `--engine auto` (issue 17, goal 3): DuckDB for export files larger than the threshold, the
 * streaming engine up to it and for data without files. The threshold is injected here so
 * that a small export lands on each side of it; the default (AUTO_DUCKDB_BYTES) is the
 * measured one. The engine that ran is what the progress watcher is told, and both sides
 * give the same report.
 */
import { mkdtempSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContract } from '../../../src/app/contract.js';
import { leadDataOf, type LeadData } from '../../../src/app/lead-data.js';
import { AUTO_DUCKDB_BYTES, autoEngine, measure, type MeasureOptions } from '../../../src/app/measure.js';
import type { RulesIR } from '../../../src/compiler/ir.js';
import { parsePeriod } from '../../../src/engine/period.js';
import { presetMapping } from '../../../src/leads/mapping/parse.js';
import { generateExport } from '../../helpers/gen.js';
import { REPO_ROOT } from '../../helpers/paths.js';

const AS_OF = Date.parse('2026-11-02T08:00:00+01:00');
const dir = mkdtempSync(join(tmpdir(), 'revpact-auto-'));
const file = join(dir, 'contacts.csv');
let rules: RulesIR;
let bytes = 0;

beforeAll(() => {
  generateExport(file, { rows: 400, format: 'hubspot', seed: 11, from: '2026-08-01', days: 80 });
  bytes = statSync(file).size;
  const loaded = loadContract('b2b-saas.yaml', readFileSync(join(REPO_ROOT, 'contracts', 'b2b-saas.yaml')));
  if (!loaded.ok) throw new Error('contract does not load');
  rules = loaded.value.rules;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const data = (): LeadData => leadDataOf([{ path: file, display: 'contacts.csv' }], { mapping: presetMapping('hubspot'), name: 'hubspot' });

function period() {
  const r = parsePeriod({ period: '2026-10' }, 'Europe/Madrid');
  if (!r.ok) throw new Error(r.message);
  return r.value;
}

/** Runs `auto` with a threshold; returns the engine the watcher was told and the report. */
async function runAuto(threshold: number) {
  const ran: string[] = [];
  const options: MeasureOptions = {
    period: period(),
    asOfMs: AS_OF,
    autoDuckDbBytes: threshold,
    watch: (_stats, engine) => {
      ran.push(engine);
      return () => undefined;
    },
  };
  const report = await measure(rules, { kind: 'data', data: data() }, 'auto', options);
  return { ran, report };
}

describe('--engine auto', () => {
  it('runs DuckDB on an export one byte over the threshold, and the streaming engine at it', async () => {
    const over = await runAuto(bytes - 1);
    const at = await runAuto(bytes);
    expect(over.ran).toEqual(['duckdb']);
    expect(at.ran).toEqual(['streaming']);
    // Either side, the same report (the JSON renderer fixes the key order; the values are compared here).
    expect(over.report).toEqual(at.report);
    expect(at.report.input.evaluated).toBeGreaterThan(0);
  });

  it('sums the files of an export, and keeps data without files on the streaming engine', () => {
    const two = leadDataOf(
      [
        { path: file, display: 'a.csv' },
        { path: file, display: 'b.csv' },
      ],
      { mapping: presetMapping('hubspot'), name: 'hubspot' },
    );
    expect(autoEngine(two, 2 * bytes - 1)).toBe('duckdb');
    expect(autoEngine(two, 2 * bytes)).toBe('streaming');
    const api: LeadData = { ...data(), inputs: [] };
    expect(autoEngine(api, 0)).toBe('streaming');
  });

  it('keeps the measured default: a 3 GB export (more than the 10,000,000-row benchmark file) stays on the streaming engine', () => {
    // A sparse file: its size is what auto reads, and it takes no disk.
    const big = join(dir, 'big.csv');
    writeFileSync(big, '');
    truncateSync(big, 3 * 1024 ** 3);
    const huge = leadDataOf([{ path: big, display: 'big.csv' }], { mapping: presetMapping('hubspot'), name: 'hubspot' });
    expect(autoEngine(huge, AUTO_DUCKDB_BYTES)).toBe('streaming');
  });
});
