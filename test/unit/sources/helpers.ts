import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';
import type { Lead, Rejection } from '../../../src/leads/lead.js';
import type { Mapping } from '../../../src/leads/mapping/index.js';
import { openLeadSource, type SourceOptions } from '../../../src/leads/sources/index.js';

export const tmp = mkdtempSync(join(tmpdir(), 'revpact-sources-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

let n = 0;
/** Writes a file in a temporary folder and returns its path. */
export function file(name: string, content: string | Uint8Array): string {
  const path = join(tmp, `${n++}-${name}`);
  writeFileSync(path, content);
  return path;
}

export interface Read {
  leads: Lead[];
  rejections: Rejection[];
  rows: number;
  bytes: number;
}

/** Reads every item of the inputs under a mapping. */
export async function readAll(paths: string[], mapping: Mapping, options: SourceOptions = {}): Promise<Read> {
  const source = openLeadSource(
    paths.map((path) => ({ path, display: path.split('/').pop()?.replace(/^\d+-/, '') ?? path })),
    mapping,
    options,
  );
  const leads: Lead[] = [];
  const rejections: Rejection[] = [];
  for await (const item of source.items) {
    if (item.kind === 'lead') leads.push(item.lead);
    else rejections.push(item.rejection);
  }
  return { leads, rejections, rows: source.stats.rows, bytes: source.stats.bytes };
}

export const iso = (t: number | undefined) => (t === undefined ? undefined : new Date(t).toISOString());
