/**
 * Opening lead data: which mapping reads it (an option, else the contract's
 * metadata.mapping, else canonical), where its files are, and a fresh pass over them
 * with dates without an offset read in the measuring contract's zone. Every command that
 * measures and the Action go through here; another kind of source (a CRM's API) is
 * another `LeadData`.
 */
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { quoteValue } from '../contract/suggest.js';
import { isPresetName, parseMapping, presetMapping, withDefaultTimeZone } from '../leads/mapping/index.js';
import type { Mapping } from '../leads/mapping/types.js';
import { openLeadSource, SourceError, type LeadInput, type LeadSource } from '../leads/sources/index.js';
import { renderDiagnostics } from '../report/diagnostics.js';
import { UsageError } from '../shared/errors.js';
import { describeError, readBytes } from '../shared/files.js';

/** Reads a mapping file named by a contract, relative to it (from disk, from Git, from the GitHub API). */
export type ContractRelativeReader = (name: string) => Promise<{ bytes: Uint8Array; display: string }>;

/** Where warnings about reading go (a mapping file's problems): the CLI's stderr, the Action's log. */
export type Warn = (text: string) => void;

export interface LeadData {
  /** The inputs as the report names them. */
  files: string[];
  /** The export files, for an engine that reads them itself (DuckDB). */
  inputs: LeadInput[];
  /** The mapping as read (a time zone default is applied per contract by `open`). */
  mapping: Mapping;
  /** How the mapping was named: a preset or the file's display name. */
  mappingName: string;
  /** A fresh pass over the data; cells without an offset are read in `zone` unless the mapping names one. */
  open(zone: string | undefined): LeadSource;
}

const NOT_A_MAPPING = 'use hubspot, salesforce, canonical, or the path of a mapping file';

/**
 * Reads a contract-relative file from disk, next to `contractFile`. A contract may come
 * from someone else (a pull request): the file it names must lie inside the working
 * directory or the contract's own folder, so `metadata.mapping: ../../etc/passwd` reads
 * nothing (`--mapping`, the user's own choice, may name any file).
 */
export function diskReader(cwd: string, contractFile: string): ContractRelativeReader {
  return (name) => {
    const display = join(dirname(contractFile), name);
    const folder = dirname(resolve(cwd, contractFile));
    const path = resolve(folder, name);
    if (!isInside(path, resolve(cwd)) && !isInside(path, folder)) {
      return Promise.reject(
        new UsageError(
          `metadata.mapping ${quoteValue(name)} points outside the working directory and the contract's folder`,
          'keep the mapping file beside the contract (or below it), or name it with --mapping FILE',
        ),
      );
    }
    try {
      return Promise.resolve({ bytes: readBytes('/', path), display });
    } catch {
      return Promise.reject(new UsageError(`mapping ${display}: no such file, and not a preset`, NOT_A_MAPPING));
    }
  };
}

function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

/** No contract, so no contract-relative mapping: the option names a preset or a path. */
export const noContractReader: ContractRelativeReader = (name) =>
  Promise.reject(new UsageError(`mapping ${name}: no such file, and not a preset`, NOT_A_MAPPING));

/**
 * The mapping: `option` (a preset or a path relative to `cwd`), else the contract's
 * metadata.mapping (a preset or a path the contract's reader resolves), else canonical.
 */
export async function loadMapping(
  option: string | undefined,
  contractMapping: string | null,
  readRelative: ContractRelativeReader,
  context: { cwd: string; warn: Warn },
): Promise<{ mapping: Mapping; name: string }> {
  const name = option ?? contractMapping ?? 'canonical';
  if (isPresetName(name)) return { mapping: presetMapping(name), name };
  let bytes: Uint8Array;
  let display: string;
  if (option !== undefined) {
    display = option;
    try {
      bytes = readBytes(context.cwd, option);
    } catch {
      throw new UsageError(`mapping ${display}: no such file, and not a preset`, NOT_A_MAPPING);
    }
  } else {
    ({ bytes, display } = await readRelative(name));
  }
  const parsed = parseMapping(display, bytes);
  if (!parsed.ok) {
    context.warn(renderDiagnostics.text({ files: 1, diagnostics: parsed.diagnostics }));
    throw new UsageError(`mapping ${display} is invalid`, 'fix the problems above');
  }
  return { mapping: parsed.value, name: display };
}

/** Export files read with a mapping: `files` as the user named them, resolved against `cwd`. */
export function fileLeadData(cwd: string, files: readonly string[], mapping: { mapping: Mapping; name: string }): LeadData {
  const inputs = files.map((f) => ({ path: resolve(cwd, f), display: f }));
  return leadDataOf(inputs, mapping);
}

/** Export files already resolved (the Action's workspace files). */
export function leadDataOf(inputs: LeadInput[], mapping: { mapping: Mapping; name: string }): LeadData {
  return {
    files: inputs.map((i) => i.display),
    inputs,
    mapping: mapping.mapping,
    mappingName: mapping.name,
    open(zone) {
      try {
        return openLeadSource(inputs, withDefaultTimeZone(mapping.mapping, zone));
      } catch (e) {
        throw sourceUsage(e);
      }
    },
  };
}

/** A source's failure (a missing file, a header without the id column) is the user's to fix: exit 2. */
export function sourceUsage(e: unknown): unknown {
  // Source messages already name their file.
  if (e instanceof SourceError) return new UsageError(e.message);
  const code = (e as NodeJS.ErrnoException | null)?.code;
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) return new UsageError(describeError(e));
  return e;
}
