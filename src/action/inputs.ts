/**
 * The Action's inputs (action.yml), read from the INPUT_* variables the runner sets and
 * checked in one place. Pure: an environment in, the inputs or every problem out, so a
 * typo in a workflow fails the step with all of its mistakes at once.
 */
import { parseAsOf, resolvePeriod } from '../app/when.js';
import { UsageError } from '../shared/errors.js';
import { splitGlobs } from './repo-files.js';
import type { Result } from './result.js';

export const FAIL_ON = ['error', 'breach', 'never'] as const;
export type FailOn = (typeof FAIL_ON)[number];

export const COMMENT_MODES = ['update', 'new', 'hide-and-new', 'off'] as const;
export type CommentMode = (typeof COMMENT_MODES)[number];

/** Where the lead data comes from: the `leads` export in the workspace, or a CRM's API with the token from a secret. */
export const LEADS_FROM = ['file', 'hubspot', 'salesforce'] as const;
export type LeadsFrom = (typeof LEADS_FROM)[number];

export interface ActionInputs {
  token: string;
  /** Glob of contract files, from the repository root. */
  contracts: string;
  /** Path or glob of the lead export(s) in the workspace; empty: no simulation. */
  leads: string;
  /** `file`: the `leads` export; a CRM: its API (the token in the step's environment, from a secret). */
  leadsFrom: LeadsFrom;
  /** Preset or mapping file; empty: the contract's metadata.mapping. */
  mapping: string;
  /** Report period (2026-10, 2026-Q3...); empty: the last full month. */
  period: string;
  /** ISO instant the simulation is true at; empty: the end of the period on a pull request, now for the monthly report. */
  asOf: string;
  failOn: FailOn;
  commentMode: CommentMode;
  requireApproval: boolean;
  dryRun: boolean;
}

export const DEFAULT_CONTRACTS = 'contracts/**/*.{yaml,yml}';

/** The runner's name for an input: INPUT_ + the name upper-cased, spaces as underscores (hyphens stay). */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

export function readInputs(env: Readonly<Record<string, string | undefined>>): Result<ActionInputs, string[]> {
  const problems: string[] = [];
  const text = (name: string, fallback = '') => {
    const value = env[inputVariable(name)]?.trim() ?? '';
    return value === '' ? fallback : value;
  };
  const oneOf = <T extends string>(name: string, allowed: readonly T[], fallback: T): T => {
    const value = text(name, fallback);
    if ((allowed as readonly string[]).includes(value)) return value as T;
    problems.push(`input ${name}: "${value}" is not one of ${allowed.join(', ')}`);
    return fallback;
  };
  const flag = (name: string, fallback: boolean): boolean => {
    // The YAML 1.2 core schema's booleans, as @actions/core's getBooleanInput reads them.
    const value = text(name, String(fallback));
    if (['true', 'True', 'TRUE'].includes(value)) return true;
    if (['false', 'False', 'FALSE'].includes(value)) return false;
    problems.push(`input ${name}: "${value}" is not a boolean (true or false)`);
    return fallback;
  };

  const token = text('github-token');
  if (token === '') problems.push('input github-token: empty; leave it out to use the workflow token (github.token), or pass a token secret');
  const inputs: ActionInputs = {
    token,
    contracts: text('contracts', DEFAULT_CONTRACTS),
    leads: text('leads'),
    leadsFrom: oneOf('leads-from', LEADS_FROM, 'file'),
    mapping: text('mapping'),
    period: text('period'),
    asOf: text('as-of'),
    failOn: oneOf('fail-on', FAIL_ON, 'error'),
    commentMode: oneOf('comment-mode', COMMENT_MODES, 'update'),
    requireApproval: flag('require-approval', true),
    dryRun: flag('dry-run', false),
  };
  problems.push(...contractsGlobProblems(inputs.contracts), ...whenProblems(inputs.period, inputs.asOf));
  if (inputs.leadsFrom !== 'file' && inputs.leads !== '')
    problems.push(`inputs leads and leads-from: give one: leads-from: ${inputs.leadsFrom} reads the CRM, so leads (an export file) must stay empty`);
  return problems.length > 0 ? { ok: false, error: problems } : { ok: true, value: inputs };
}

/**
 * The command line's words for its options in the Action's: `--as-of` is the input as-of,
 * `--period` the input period ("input as-of: "yesterday" is not an ISO 8601 instant").
 */
export function inputWords(text: string): string {
  return text
    .replace(/; or --from and --to\b.*$/s, '') // the Action has no --from and --to
    .replace(/, or --from \S+ --to \S+/g, '')
    .replace(/--(as-of|period) (?=\d)/g, '$1: ')
    .replace(/--(as-of|period)\b/g, 'input $1');
}

/**
 * `period` and `as-of` as written, in no zone of their own: a typo fails the step with the
 * other input mistakes, not only once lead data is read (and never, without `leads`). What
 * depends on the contract's zone is checked when it is read (whenFor).
 */
function whenProblems(period: string, asOf: string): string[] {
  const out: string[] = [];
  const check = (read: () => unknown) => {
    try {
      read();
    } catch (e) {
      if (!(e instanceof UsageError)) throw e;
      out.push(inputWords(e.message) + (e.hint === undefined ? '' : ` (${inputWords(e.hint)})`));
    }
  };
  if (asOf !== '') check(() => parseAsOf(asOf, 'UTC'));
  if (period !== '') check(() => resolvePeriod({ period }, 0, 'UTC'));
  return out.map((p) => (p.startsWith('input ') ? p : `input period: ${p}`));
}

/**
 * Why the `contracts` input can match no path of the repository. A pull request's changed
 * files are matched against it, and one that matches none is "no contract changed": the
 * approval status was set to success on every pull request, the gate open without a word.
 */
function contractsGlobProblems(input: string): string[] {
  const globs = splitGlobs(input);
  const example = `e.g. ${DEFAULT_CONTRACTS}`;
  if (globs.length === 0) return [`input contracts: "${input}" holds no glob; leave it out for ${DEFAULT_CONTRACTS}, or give the contracts' glob`];
  if (globs.every((g) => g.startsWith('!')))
    return [
      `input contracts: "${input}" only excludes (!), so it matches no file; give the contracts' glob before what it leaves out (${example}, !contracts/drafts/**)`,
    ];
  return globs.flatMap((glob) => {
    const bare = glob.replace(/^!/, '');
    if (bare.startsWith('/') || /^[A-Za-z]:[\\/]/.test(bare))
      return [`input contracts: "${glob}" is an absolute path; the glob is matched against paths from the repository root (${example})`];
    if (bare.split('/').includes('..'))
      return [`input contracts: "${glob}" reaches outside the repository (..); give paths from the repository root (${example})`];
    const last = bare.slice(bare.lastIndexOf('/', bare.length - 2) + 1);
    if (bare.endsWith('/') || (!/[*?[\]{}]/.test(last) && !last.includes('.')))
      return [
        `input contracts: "${glob}" is a folder, and the glob is matched against files; write ${bare.replace(/\/$/, '')}/**/*.{yaml,yml} for the contracts in it`,
      ];
    return [];
  });
}
