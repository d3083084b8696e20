/**
 * Opening lead data: which mapping reads it (an option, else the contract's
 * metadata.mapping, else canonical), where its files are, and a fresh pass over them
 * with dates without an offset read in the measuring contract's zone. Every command that
 * measures and the Action go through here; another kind of source (a CRM's API) is
 * another `LeadData`.
 */
import { lstatSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve } from 'node:path';
import { quoteValue } from '../contract/suggest.js';
import { isPresetName, parseMapping, presetMapping, withDefaultTimeZone } from '../leads/mapping/index.js';
import { PRESET_NAMES, type Mapping } from '../leads/mapping/types.js';
import { openLeadSource, SourceError, type LeadInput, type LeadSource } from '../leads/sources/index.js';
import { renderDiagnostics } from '../report/diagnostics.js';
import { HUBSPOT_INPUT, HubSpotError, hubspotApiUrl, openHubSpotSource, type HubSpotOptions } from '../leads/crm/hubspot/index.js';
import { SALESFORCE_INPUT, SalesforceError, openSalesforceSource, salesforceOptions, type SalesforceRead } from '../leads/crm/salesforce/index.js';
import { UsageError } from '../shared/errors.js';
import { describeError, readBytes } from '../shared/files.js';
import { warnOnce } from './when.js';
import { didYouMean } from '../shared/suggest.js';

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

/** A mapping option that is no file and no preset; a near-miss of a preset's name ("hubspt") is said as one. */
function notAMapping(display: string): UsageError {
  const near = /[\\/.]/.test(display) ? undefined : didYouMean(display, PRESET_NAMES);
  return new UsageError(`mapping ${display}: no such file, and not a preset${near === undefined ? '' : `; did you mean ${near}?`}`, NOT_A_MAPPING);
}

/**
 * Why a mapping file could not be read: "no such file" only when there is none at `path`;
 * a folder, a file without read permission or a link in a loop is said as what it is (all
 * were "no such file, and not a preset", for a path that is there).
 */
function unreadableMapping(e: unknown, display: string, path: string): UsageError {
  try {
    lstatSync(path);
  } catch {
    return notAMapping(display);
  }
  return e instanceof UsageError ? new UsageError(`mapping ${e.message}`, e.hint) : notAMapping(display);
}

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
    } catch (e) {
      return Promise.reject(unreadableMapping(e, display, path));
    }
  };
}

function isInside(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel);
}

/** No contract, so no contract-relative mapping: the option names a preset or a path. */
export const noContractReader: ContractRelativeReader = (name) => Promise.reject(notAMapping(name));

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
    } catch (e) {
      throw unreadableMapping(e, display, resolve(context.cwd, option));
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
  // "-" is standard input to many tools; here it was looked for as a file and said as "no such file".
  if (files.includes('-'))
    throw new UsageError(
      '--leads -: revpact reads an export from a file, not from standard input',
      'save the export to a file and name it (--leads leads.csv), or read a CRM directly with --leads hubspot: or --leads salesforce:',
    );
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

/** `--leads hubspot:`: the contacts straight from HubSpot's API, no file. */
export function isHubSpotLeads(leads: readonly string[]): boolean {
  return leads.some((l) => l.toLowerCase().startsWith(HUBSPOT_INPUT));
}

/** `--leads salesforce:` (or salesforce:rest, salesforce:bulk): the leads straight from Salesforce's API, no file. */
export function isSalesforceLeads(leads: readonly string[]): boolean {
  return leads.some((l) => l.toLowerCase().startsWith(SALESFORCE_INPUT));
}

/**
 * The mapping when --mapping names none: the contract's, else the CRM's preset for its
 * API, else canonical for files. A contract naming the other CRM's preset (written for
 * HubSpot exports, read now from Salesforce) gets the preset of the CRM read: the other
 * one's labels could match nothing. A mapping file the contract names stays.
 */
export function defaultMappingFor(leads: readonly string[], contractMapping: string | null): string | null {
  const crm = isHubSpotLeads(leads) ? 'hubspot' : isSalesforceLeads(leads) ? 'salesforce' : null;
  if (crm !== null && (contractMapping === 'hubspot' || contractMapping === 'salesforce')) return crm;
  return contractMapping ?? crm;
}

/** What the CRM sources read from outside the command line: the environment, and a clock to wait on (tests pass a fake). */
export interface CrmContext {
  env: Record<string, string | undefined>;
  sleep?: (ms: number) => Promise<void>;
  /** Where what the CRM's answers leave unsettled is said, a message without "warning:" (owners that share a name, owner ids without a name). */
  warn?: Warn;
}

/**
 * The data `--leads` names: export files, or `hubspot:` (the contacts through HubSpot's
 * CRM API, with the private app's token from HUBSPOT_TOKEN and HUBSPOT_API_URL for a proxy).
 */
export function openLeadData(cwd: string, leads: readonly string[], mapping: { mapping: Mapping; name: string }, crm: CrmContext): LeadData {
  if (isSalesforceLeads(leads)) {
    refuseOtherCrmPreset('salesforce', mapping.name, '--leads salesforce:');
    return salesforceLeadData(leads, mapping, crm);
  }
  if (!isHubSpotLeads(leads)) return fileLeadData(cwd, leads, mapping);
  refuseOtherCrmPreset('hubspot', mapping.name, '--leads hubspot:');
  if (leads.length !== 1 || leads[0]?.toLowerCase() !== HUBSPOT_INPUT)
    throw new UsageError(
      `--leads ${leads.join(' --leads ')}: hubspot: reads all the portal's contacts, alone`,
      'pass --leads hubspot: once, with nothing after the colon and no other --leads',
    );
  const token = crm.env['HUBSPOT_TOKEN']?.trim();
  if (!token)
    throw new UsageError(
      'HUBSPOT_TOKEN is not set: --leads hubspot: reads the contacts with a private app’s access token',
      'create a private app with the scopes crm.objects.contacts.read and crm.objects.owners.read, then export HUBSPOT_TOKEN=<its token>',
    );
  const baseUrl = hubspotApiUrl(crm.env);
  const options: HubSpotOptions = { token, ...(baseUrl ? { baseUrl } : {}), ...(crm.sleep ? { sleep: crm.sleep } : {}) };
  // Said once however many times the data is read (a diff reads it for both sides).
  const warn = crm.warn && warnOnce(crm.warn);
  return {
    files: [HUBSPOT_INPUT],
    // No file: an engine that reads files itself (DuckDB's direct path) reads this stream instead.
    inputs: [],
    mapping: mapping.mapping,
    mappingName: mapping.name,
    open(zone) {
      try {
        return openHubSpotSource(withDefaultTimeZone(mapping.mapping, zone), options, warn);
      } catch (e) {
        throw sourceUsage(e);
      }
    },
  };
}

const CRM_NAMES = { hubspot: 'HubSpot', salesforce: 'Salesforce' } as const;
const CRM_FIELDS = { hubspot: 'contact properties', salesforce: 'Lead fields' } as const;

/**
 * The other CRM's preset mapping on a CRM's own API (`--leads hubspot: --mapping
 * salesforce`): none of its columns is a property of this CRM, so every lead would come
 * back without an id or a date. Refused before any call, naming the mapping that fits.
 */
export function refuseOtherCrmPreset(crm: string, mappingName: string, where: string, option = '--mapping'): void {
  if (crm !== 'hubspot' && crm !== 'salesforce') return;
  const other = crm === 'hubspot' ? 'salesforce' : 'hubspot';
  if (mappingName !== other) return;
  throw new UsageError(
    `${where} with ${option} ${other}: that preset reads ${CRM_NAMES[other]}'s columns, and ${CRM_NAMES[crm]} has none of them`,
    `use ${option} ${crm} (the default for ${where.replace(/^--leads /, '')}), or a mapping file written for ${CRM_NAMES[crm]}'s ${CRM_FIELDS[crm]}`,
  );
}

const SALESFORCE_READS: Record<string, SalesforceRead> = { '': 'auto', rest: 'rest', bulk: 'bulk' };

/**
 * `--leads salesforce:`: the leads through Salesforce's REST API (`salesforce:rest`), its
 * Bulk API 2.0 (`salesforce:bulk`), or whichever suits the org's size (`salesforce:`), with
 * SF_INSTANCE_URL, SF_ACCESS_TOKEN and SF_API_VERSION from the environment.
 */
export function salesforceLeadData(leads: readonly string[], mapping: { mapping: Mapping; name: string }, crm: CrmContext): LeadData {
  const given = leads[0]?.toLowerCase() ?? '';
  const read = SALESFORCE_READS[given.slice(SALESFORCE_INPUT.length)];
  if (leads.length !== 1 || read === undefined)
    throw new UsageError(
      `--leads ${leads.join(' --leads ')}: salesforce: reads all the org's leads, alone`,
      'pass --leads salesforce: once (or salesforce:rest, salesforce:bulk to choose the API), with no other --leads',
    );
  const options = salesforceOptions(crm.env, '--leads salesforce:', crm.sleep ? { sleep: crm.sleep } : {});
  const warn = crm.warn && warnOnce(crm.warn);
  return {
    files: [SALESFORCE_INPUT],
    // No file: an engine that reads files itself (DuckDB's direct path) reads this stream instead.
    inputs: [],
    mapping: mapping.mapping,
    mappingName: mapping.name,
    open(zone) {
      try {
        return openSalesforceSource(withDefaultTimeZone(mapping.mapping, zone), { ...options, read }, warn);
      } catch (e) {
        throw sourceUsage(e);
      }
    },
  };
}

/** A source's failure (a missing file, a header without the id column, a token HubSpot rejects) is the user's to fix: exit 2. */
export function sourceUsage(e: unknown): unknown {
  if (e instanceof HubSpotError || e instanceof SalesforceError) return new UsageError(e.message, e.hint);
  // Source messages already name their file.
  if (e instanceof SourceError) return new UsageError(e.message);
  const code = (e as NodeJS.ErrnoException | null)?.code;
  if (typeof code === 'string' && /^E[A-Z]+$/.test(code)) return new UsageError(describeError(e));
  return e;
}
