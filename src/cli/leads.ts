/**
 * What `check` and `diff` share to read lead data: the as-of instant, the period, the
 * mapping, and turning source failures into usage errors (exit 2).
 */
import { dirname, join, resolve } from 'node:path';
import { DateTime } from 'luxon';
import { isPresetName, parseMapping, presetMapping } from '../leads/mapping/index.js';
import type { Mapping } from '../leads/mapping/types.js';
import { lastFullMonth, parsePeriod, type Period } from '../engine/period.js';
import { SourceError } from '../leads/sources/index.js';
import { renderDiagnostics } from '../report/diagnostics.js';
import { describeError, readBytes } from '../shared/files.js';
import { UsageError } from '../shared/errors.js';
import { type CliIO } from './io.js';

/** The options of every command that reads lead data (check, diff). */
export const LEAD_DATA_OPTIONS = {
  leads: { type: 'string', multiple: true, short: 'l' },
  mapping: { type: 'string', short: 'm' },
  period: { type: 'string', short: 'p' },
  from: { type: 'string' },
  to: { type: 'string' },
  'as-of': { type: 'string' },
} as const;

/** --as-of: ISO 8601; without an offset, in the contract's zone. `now` when absent. */
export function parseAsOf(value: unknown, zone: string, now: () => number = Date.now): number {
  if (value === undefined) return now();
  const text = typeof value === 'string' ? value : '';
  const dt = DateTime.fromISO(text, { zone, setZone: true });
  if (!dt.isValid)
    throw new UsageError(
      `--as-of: "${text}" is not an ISO 8601 instant`,
      'e.g. --as-of 2026-11-02T09:00:00+01:00 (without an offset, the contract’s zone applies)',
    );
  return dt.toMillis();
}

/** --period, or --from/--to; by default the last full month before as-of. */
export function resolvePeriod(values: Record<string, unknown>, asOfMs: number, zone: string): Period {
  const spec = { period: values['period'] as string | undefined, from: values['from'] as string | undefined, to: values['to'] as string | undefined };
  if (spec.period === undefined && spec.from === undefined && spec.to === undefined) return lastFullMonth(asOfMs, zone);
  const r = parsePeriod(spec, zone);
  if (!r.ok) throw new UsageError(r.message);
  return r.value;
}

/** A source's failure (a missing file, a header without the id column) is the user's to fix: exit 2. */
export function sourceUsage(e: unknown): unknown {
  // Source messages already name their file.
  if (e instanceof SourceError) return new UsageError(e.message);
  const code = (e as NodeJS.ErrnoException | null)?.code;
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) return new UsageError(describeError(e));
  return e;
}

/** Reads a mapping file named by a contract, relative to it (from disk, or from Git for `diff`). */
export type ContractRelativeReader = (name: string) => Promise<{ bytes: Uint8Array; display: string }>;

/** Reads a contract-relative file from disk, next to `contractFile`. */
export function diskReader(io: CliIO, contractFile: string): ContractRelativeReader {
  return (name) => {
    const display = join(dirname(contractFile), name);
    try {
      return Promise.resolve({ bytes: readBytes('/', join(dirname(resolve(io.cwd, contractFile)), name)), display });
    } catch {
      return Promise.reject(
        new UsageError(`mapping ${display}: no such file, and not a preset`, 'use hubspot, salesforce, canonical, or the path of a mapping file'),
      );
    }
  };
}

/**
 * The mapping: --mapping (a preset or a path relative to the user), else the contract's
 * metadata.mapping (a preset or a path relative to the contract), else canonical.
 */
export async function loadMapping(
  value: unknown,
  contractMapping: string | null,
  readRelative: ContractRelativeReader,
  io: CliIO,
): Promise<{ mapping: Mapping; name: string }> {
  const name = typeof value === 'string' ? value : (contractMapping ?? 'canonical');
  if (isPresetName(name)) return { mapping: presetMapping(name), name };
  let bytes: Uint8Array;
  let display: string;
  if (typeof value === 'string') {
    display = value;
    try {
      bytes = readBytes(io.cwd, value);
    } catch {
      throw new UsageError(`mapping ${display}: no such file, and not a preset`, 'use hubspot, salesforce, canonical, or the path of a mapping file');
    }
  } else {
    ({ bytes, display } = await readRelative(name));
  }
  const parsed = parseMapping(display, bytes);
  if (!parsed.ok) {
    io.stderr(renderDiagnostics.text({ files: 1, diagnostics: parsed.diagnostics }));
    throw new UsageError(`mapping ${display} is invalid`, 'fix the problems above');
  }
  return { mapping: parsed.value, name: display };
}
