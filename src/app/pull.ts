/**
 * `revpact pull` (issue 14): a CRM's records into an NDJSON file the engine reads with the
 * CRM's preset, holding only the id and the columns the contract's rules need. The first
 * line says what was pulled and when (docs/pull-file.md); the next pull reads it and asks
 * the CRM only for what changed since, merging by id. Every write goes to a temporary
 * file renamed over the old one at the end, created 0600: a pull that fails halfway (the
 * network, a quota) leaves the previous file as it was.
 */
import { closeSync, createReadStream, openSync, readSync } from 'node:fs';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { CRM_NAMES, CRM_PROVIDERS, type AbsentColumn, type CrmClock, type CrmProvider, type CrmPull } from '../leads/crm/index.js';
import { fieldsWithColumn, type Mapping } from '../leads/mapping/index.js';
import type { LeadNeeds } from '../leads/lead.js';
import { isPullHeader, parseLine, PULL_HEADER_KEY } from '../leads/sources/index.js';
import { leadNeeds } from '../engine/needs.js';
import type { RulesIR } from '../compiler/ir.js';
import { resolveBy } from './by.js';
import { UsageError } from '../shared/errors.js';
import { exists, openAtomicWriter, type AtomicWriter } from '../shared/files.js';
import { readContract } from './contract.js';
import type { Diagnostic } from '../contract/diagnostics.js';
import { didYouMean, quoteValue } from '../contract/suggest.js';
import { defaultMappingFor, refuseOtherCrmPreset, diskReader, loadMapping, noContractReader, sourceUsage, type Warn } from './lead-data.js';

/** Where `pull` writes by default, a folder `revpact init` keeps out of Git. */
export const PULL_FOLDER = '.revpact';
export function defaultPullFile(crm: string): string {
  return `${PULL_FOLDER}/${crm}-${crm === 'salesforce' ? 'leads' : 'contacts'}.ndjson`;
}

/**
 * An incremental pull asks from this long before the last pull started: a record saved
 * just before then may reach the CRM's search index a little later, and reading a record
 * twice only replaces it with itself.
 */
export const OVERLAP_MS = 5 * 60_000;

/** The pull file's first line (docs/pull-file.md). */
export interface PullHeader {
  version: 1;
  crm: string;
  mapping: string;
  /** The CRM's clock when this pull started (ISO 8601): the next pull asks from there. */
  pulledAt: string;
  /** null when the file holds every record; with --since and no file before, the instant it holds records modified since. */
  since: string | null;
  idColumn: string;
  columns: string[];
}

export interface PullRequest {
  crm: string;
  cwd: string;
  /** --out, relative to cwd (default .revpact/hubspot-contacts.ndjson, .revpact/salesforce-leads.ndjson). */
  out: string | undefined;
  /** --since: an ISO date or instant. */
  since: string | undefined;
  contract: string | undefined;
  mapping: string | undefined;
  /** --by: breakdowns the pulled file must be able to answer. */
  by: readonly string[];
  /** --full: ignore the existing file and pull everything. */
  full: boolean;
  env: Record<string, string | undefined>;
  clock: CrmClock;
  warn: Warn;
  /** Records so far (a progress line). */
  onProgress?: (records: number) => void;
}

export type PullOutcome =
  | { ok: false; diagnostics: Diagnostic[] }
  | {
      ok: true;
      out: string;
      kind: 'full' | 'incremental';
      /** Records in the file now. */
      records: number;
      /** Records read from the CRM (all of them, or the modified ones). */
      fetched: number;
      removed: number;
      columns: string[];
      header: PullHeader;
      calls: number;
      pacedMs: number;
    };

/** The provider a name stands for; a CRM revpact knows but cannot read yet says so. */
export function crmProvider(name: string | undefined, command: string): CrmProvider {
  if (name === undefined) throw new UsageError(`name the CRM: revpact ${command} ${CRM_NAMES.join('|')}`, `e.g. revpact ${command} hubspot`);
  const provider = CRM_PROVIDERS.find((p) => p.name === name.toLowerCase());
  if (provider) return provider;
  if ((CRM_NAMES as readonly string[]).includes(name.toLowerCase()))
    throw new UsageError(`${name.toLowerCase()}: not available yet`, `revpact ${command} reads ${CRM_PROVIDERS.map((p) => p.name).join(', ')} for now`);
  const known = CRM_PROVIDERS.map((p) => p.name);
  const guess = didYouMean(name, known);
  throw new UsageError(`unknown CRM ${quoteValue(name)}${guess ? `; did you mean ${guess}?` : ''}`, `name one of ${known.join(', ')}`);
}

/** --since: a date (midnight UTC) or an instant with its offset. */
export function parseSince(text: string): number {
  const ok = /^\d{4}-\d{2}-\d{2}$/.test(text) || /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(text);
  const t = ok ? Date.parse(/^\d{4}-\d{2}-\d{2}$/.test(text) ? `${text}T00:00:00Z` : text) : NaN;
  if (!Number.isFinite(t))
    throw new UsageError(`--since: "${text}" is not a date or an instant with its offset`, 'e.g. --since 2026-11-01 or --since 2026-11-01T09:00:00+01:00');
  return t;
}

export async function pull(request: PullRequest): Promise<PullOutcome> {
  const provider = crmProvider(request.crm, 'pull');
  const out = resolve(request.cwd, request.out ?? defaultPullFile(provider.name));

  // Phase 1: the contract's needs, the mapping, what the file holds already.
  refuseOtherCrmPreset(provider.name, request.mapping ?? '', `pull ${provider.name}`);
  let rules: RulesIR | undefined;
  let contractMapping: string | null = null;
  let reader = noContractReader;
  if (request.contract !== undefined) {
    const loaded = readContract(request.cwd, request.contract);
    if (!loaded.ok) return { ok: false, diagnostics: loaded.diagnostics };
    rules = loaded.value.rules;
    contractMapping = loaded.value.rules.contract.mapping;
    reader = diskReader(request.cwd, request.contract);
  } else {
    request.warn(
      `revpact: note: without --contract every column the mapping reads is pulled, names and e-mails included; give --contract to pull only what its rules need\n`,
    );
  }
  const mapping = await loadMapping(request.mapping, defaultMappingFor([`${provider.name}:`], contractMapping) ?? provider.preset, reader, {
    cwd: request.cwd,
    warn: request.warn,
  });
  // --by by the name the user knows (a column label too), as check reads it; one the mapping reads no column for is said.
  // Personal fields are allowed: pull prints no report, and `check --by name` asks for --show-pii where it would.
  const by = resolveBy(request.by, mapping.mapping, true);
  for (const { asked, field } of by)
    if (
      !mapping.mapping.columns.some(
        (c) => (c.target.kind === 'field' && c.target.field === field) || (c.target.kind === 'attribute' && c.target.name === field),
      )
    ) {
      const names = mapping.mapping.columns.flatMap((c) =>
        c.target.kind === 'attribute' ? [c.target.name, c.column] : c.target.kind === 'field' ? [c.column] : [],
      );
      const guess = didYouMean(asked, names);
      throw new UsageError(
        `--by ${asked}: the mapping "${mapping.name}" reads no column for it, so the pull could not carry it${guess ? `; did you mean "${guess}"?` : ''}`,
        'name a lead field, an attribute or a column label the mapping reads',
      );
    }
  const needs: LeadNeeds | undefined =
    rules === undefined
      ? undefined
      : leadNeeds(
          rules,
          by.map((b) => b.field),
          false,
        );
  // A file there that pull did not write is refused even with --full: it may be someone's export.
  const existing = exists(out) ? readHeader(out, request.out ?? defaultPullFile(provider.name)) : undefined;
  const previous = request.full ? undefined : existing;
  let since = request.since !== undefined ? parseSince(request.since) : undefined;

  // Phase 2: the CRM.
  let session;
  let crmPull: CrmPull;
  try {
    session = provider.open(request.env, request.clock);
    crmPull = await session.pull(mapping.mapping, needs);
  } catch (e) {
    throw sourceUsage(e);
  }
  const columns = crmPull.columns;
  for (const note of crmPull.notes ?? []) request.warn(`revpact: warning: ${note}\n`);
  // A field the rules read whose every column the CRM lacks is left out of the file, as of an export without it: said, not silent.
  const lacking = lackingFields(mapping.mapping, crmPull, needs);
  if (lacking.length > 0) {
    const noun = provider.name === 'hubspot' ? 'contact property' : 'Lead field';
    const one = lacking.length === 1;
    request.warn(
      `revpact: note: ${provider.name} has nothing for ${lacking.map((l) => `${l.field} (no ${noun} ${l.absent.map((a) => `${a.name} for the column "${a.label}"`).join(' or ')})`).join(', ')}: the pull file goes without ${one ? 'it' : 'them'}, and a report on it says what it cannot measure for want of ${one ? 'it' : 'them'}; name the ${noun} that holds ${one ? 'it' : 'each'} in a mapping (--mapping)\n`,
    );
  }
  let base = previous;
  if (base && (base.crm !== provider.name || base.mapping !== mapping.name || base.idColumn !== crmPull.idColumn || !sameList(base.columns, columns))) {
    request.warn(`revpact: note: ${request.out ?? defaultPullFile(provider.name)} holds other columns (or another CRM or mapping): pulling everything anew\n`);
    base = undefined;
  }
  if (base && since === undefined) since = pulledAtOf(base, request.out ?? defaultPullFile(provider.name)) - OVERLAP_MS;
  const header: PullHeader = {
    version: 1,
    crm: provider.name,
    mapping: mapping.name,
    pulledAt: new Date(crmPull.startedAt).toISOString(),
    // A merged file is as complete as the one it was merged into.
    since: base ? base.since : since === undefined ? null : new Date(since).toISOString(),
    idColumn: crmPull.idColumn,
    columns,
  };

  // Phase 3: the file, written beside the old one and renamed over it at the end.
  const writer = openAtomicWriter(out, '--out', 0o600);
  try {
    const counts =
      since === undefined || !base
        ? await writeAll(writer, header, crmPull, since, request.onProgress)
        : await writeMerged(writer, header, crmPull, since, out, request.onProgress);
    // A whole pull that got nothing (a sandbox's token, an answer without results) would
    // replace the records of the last pull with none, and later pulls ask only for changes.
    if (since === undefined && counts.records === 0)
      throw new UsageError(
        `${provider.name} gave no records${existing ? `: ${request.out ?? defaultPullFile(provider.name)} is kept as the last pull left it` : ''}`,
        `is the token the right ${provider.name === 'hubspot' ? 'portal' : 'org'}'s? An empty CRM has nothing to measure`,
      );
    writer.commit();
    const c = session.counters();
    return { ok: true, out, kind: base ? 'incremental' : 'full', ...counts, columns, header, calls: c.calls, pacedMs: c.pacedMs };
  } catch (e) {
    writer.abort();
    throw sourceUsage(e);
  }
}

function sameList(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Every record (or, with --since and no file yet, those modified since), straight through: memory holds one page. */
async function writeAll(
  writer: AtomicWriter,
  header: PullHeader,
  crm: CrmPull,
  since: number | undefined,
  onProgress: ((n: number) => void) | undefined,
): Promise<{ records: number; fetched: number; removed: number }> {
  writer.write(headerLine(header));
  let records = 0;
  for await (const page of crm.records(since)) {
    if (page.length === 0) continue;
    writer.write(page.map((r) => JSON.stringify(r.object) + '\n').join(''));
    records += page.length;
    onProgress?.(records);
  }
  return { records, fetched: records, removed: 0 };
}

/**
 * The records modified since, merged into the old file by id: an updated record replaces
 * its line where it stood, a deleted one is left out, a new one is appended (in id
 * order, as the CRM lists them). Memory holds the modified records, not the file.
 */
async function writeMerged(
  writer: AtomicWriter,
  header: PullHeader,
  crm: CrmPull,
  since: number,
  oldFile: string,
  onProgress: ((n: number) => void) | undefined,
): Promise<{ records: number; fetched: number; removed: number }> {
  const changed = new Map<string, string>();
  // Records merged into a modified one: gone from the CRM without being archived (CrmRecord#merged).
  const absorbed = new Set<string>();
  for await (const page of crm.records(since)) {
    for (const r of page) {
      changed.set(r.id, JSON.stringify(r.object));
      for (const id of r.merged ?? []) absorbed.add(id);
    }
    onProgress?.(changed.size);
  }
  const fetched = changed.size;
  const gone = new Set<string>();
  for await (const ids of crm.removed(since)) for (const id of ids) gone.add(id);
  // A record both merged away and listed as modified is listed as itself: it is kept.
  for (const id of absorbed) if (!changed.has(id)) gone.add(id);

  writer.write(headerLine(header));
  let records = 0;
  let removed = 0;
  let n = 0;
  const lines = createInterface({ input: createReadStream(oldFile, { encoding: 'utf8' }), crlfDelay: Infinity });
  for await (const line of lines) {
    n++;
    if (line.trim() === '') continue;
    const object = parseLine(line);
    if (n === 1 && isPullHeader(object, 1)) continue;
    if (typeof object === 'string') throw new UsageError(`${oldFile}:${n}: ${object}`, 'pull everything anew with --full');
    const cell = object[header.idColumn];
    const id = typeof cell === 'string' || typeof cell === 'number' ? String(cell) : '';
    if (gone.has(id)) {
      gone.delete(id);
      changed.delete(id);
      removed++;
      continue;
    }
    const update = changed.get(id);
    if (update !== undefined) changed.delete(id);
    writer.write((update ?? line) + '\n');
    records++;
  }
  const added = [...changed.entries()].filter(([id]) => !gone.has(id)).sort(([a], [b]) => compareIds(a, b));
  if (added.length > 0) writer.write(added.map(([, line]) => line + '\n').join(''));
  records += added.length;
  return { records, fetched, removed };
}

/** Numeric ids (HubSpot's) by number, others as text. */
function compareIds(a: string, b: string): number {
  if (/^\d+$/.test(a) && /^\d+$/.test(b)) return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
  return a < b ? -1 : a > b ? 1 : 0;
}

function headerLine(header: PullHeader): string {
  return JSON.stringify({ [PULL_HEADER_KEY]: header }) + '\n';
}

/** An ISO 8601 instant with its offset, as pull writes pulledAt. */
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const DAY_MS = 86_400_000;

/** When the last pull ran: the next asks for what changed since. One that is no past instant asked for "NaN" and got nothing, for good. */
function pulledAtOf(header: PullHeader, display: string): number {
  const at = Date.parse(header.pulledAt);
  if (!ISO_INSTANT.test(header.pulledAt) || !Number.isFinite(at) || at > Date.now() + DAY_MS)
    throw new UsageError(
      `${display}: its header's pulledAt (${JSON.stringify(header.pulledAt.slice(0, 40))}) is not the instant of a past pull, so what changed since cannot be asked`,
      'pull everything again with --full (the file is rewritten)',
    );
  return at;
}

/** The header of a file an earlier pull wrote; a file without one is not replaced silently. */
export function readHeader(path: string, display: string): PullHeader {
  const first = firstLine(path);
  const object = parseLine(first);
  if (isPullHeader(object, 1)) {
    const h = (object as Record<string, unknown>)[PULL_HEADER_KEY] as Partial<PullHeader>;
    if (h.version === 1 && typeof h.pulledAt === 'string' && Array.isArray(h.columns) && typeof h.idColumn === 'string' && typeof h.crm === 'string') {
      return h as PullHeader;
    }
  }
  throw new UsageError(`${display}: exists, but revpact pull did not write it (its first line is no pull header)`, 'choose another --out, or remove the file');
}

function firstLine(path: string): string {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(64 * 1024);
    const n = readSync(fd, buffer, 0, buffer.length, 0);
    const text = buffer.subarray(0, n).toString('utf8');
    const end = text.indexOf('\n');
    return end < 0 ? text : text.slice(0, end);
  } finally {
    closeSync(fd);
  }
}

/**
 * The lead fields the pull should carry (the rules' needs, or without a contract every
 * field the mapping reads) for which the CRM had none of the mapping's columns, each with
 * the columns it lacked.
 */
function lackingFields(mapping: Mapping, pulled: CrmPull, needs: LeadNeeds | undefined): { field: string; absent: AbsentColumn[] }[] {
  const given = fieldsWithColumn(mapping, pulled.columns);
  const out: { field: string; absent: AbsentColumn[] }[] = [];
  const seen = new Set<string>();
  for (const rule of mapping.columns) {
    if (rule.target.kind !== 'field') continue;
    const field = rule.target.field;
    if (seen.has(field) || given.has(field) || (needs?.fields !== undefined && !needs.fields.has(field))) continue;
    seen.add(field);
    const labels = new Set(mapping.columns.filter((r) => r.target.kind === 'field' && r.target.field === field).map((r) => r.column));
    const absent = pulled.absent.filter((a) => labels.has(a.label));
    if (absent.length > 0) out.push({ field, absent });
  }
  return out;
}
