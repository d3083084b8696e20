/**
 * A contract's history → a changelog that writes itself (issue 5): each commit that
 * changed the file, with its semantic changes against the last valid version before it
 * and the version check for that step. Pure: the caller reads Git (git.ts).
 */
import type { DocumentLocale } from '../render/locale.js';
import { normalize } from '../compiler/normalize.js';
import type { RulesIR } from '../compiler/ir.js';
import { checkContract } from '../contract/index.js';
import type { Diagnostic } from '../contract/diagnostics.js';
import { diffRules } from './diff.js';
import type { LogEntry } from './git.js';
import { withLines } from './lines.js';
import type { Change, VersionCheck } from './types.js';
import { checkVersion } from './version.js';

export interface HistoryInput {
  entry: LogEntry;
  /** The file at that commit; null when the commit deleted it. */
  bytes: Uint8Array | null;
}

export type HistoryStatus = 'created' | 'changed' | 'unchanged' | 'invalid' | 'deleted';

export interface HistoryEntry {
  commit: string;
  short: string;
  author: string;
  date: string;
  subject: string;
  path: string;
  /** The path before, when this commit moved the file. */
  renamedFrom: string | null;
  status: HistoryStatus;
  /** metadata.version at this commit (null when deleted or invalid). */
  version: string | null;
  /** Against the last valid version before this commit; null for the first one. */
  check: VersionCheck | null;
  changes: Change[];
  /** The errors, when the file was invalid at this commit. */
  diagnostics: Diagnostic[];
}

export interface History {
  file: string;
  entries: HistoryEntry[];
  /** The newest valid version's metadata.locale (English when no version is valid): `log`'s default language. */
  locale: DocumentLocale;
}

/**
 * Whether an older commit can be the base the commits after it are compared with: a valid
 * contract, or a deletion (after which the file starts anew). `log --max-count N` reads
 * past the N commits it shows until it meets one, so the oldest commit shown is compared
 * with what came before it instead of passing for the file's creation (issue 13 item 22).
 */
export function isBase(input: HistoryInput): boolean {
  return input.bytes === null || checkContract(input.entry.path, input.bytes).ok;
}

/**
 * `inputs` newest first, as git log lists them; entries come back in the same order.
 * With `shown`, only the `shown` newest entries come back: the older inputs are there
 * only as the base of the oldest one shown.
 */
export function buildHistory(file: string, inputs: readonly HistoryInput[], shown?: number): History {
  const entries: HistoryEntry[] = [];
  let previous: { rules: RulesIR } | null = null;
  let locale: DocumentLocale = 'en';
  for (const input of [...inputs].reverse()) {
    const e = input.entry;
    const base = {
      commit: e.commit,
      short: e.short,
      author: e.author,
      date: e.date,
      subject: e.subject,
      path: e.path,
      renamedFrom: e.status === 'R' ? (e.from ?? null) : null,
    };
    if (input.bytes === null) {
      entries.push({ ...base, status: 'deleted', version: null, check: null, changes: [], diagnostics: [] });
      previous = null;
      continue;
    }
    const checked = checkContract(`${e.path}@${e.short}`, input.bytes);
    if (!checked.ok) {
      entries.push({
        ...base,
        status: 'invalid',
        version: null,
        check: null,
        changes: [],
        diagnostics: checked.diagnostics.filter((d) => d.severity === 'error'),
      });
      continue;
    }
    const rules = normalize(checked.value.contract);
    locale = rules.contract.locale;
    if (!previous) {
      entries.push({ ...base, status: 'created', version: rules.contract.version, check: null, changes: [], diagnostics: [] });
    } else {
      const changes = withLines(diffRules(previous.rules, rules), { head: checked.value.source });
      entries.push({
        ...base,
        status: changes.length > 0 ? 'changed' : 'unchanged',
        version: rules.contract.version,
        check: checkVersion(changes, previous.rules.contract.version, rules.contract.version),
        changes,
        diagnostics: [],
      });
    }
    previous = { rules };
  }
  entries.reverse();
  return { file, entries: shown === undefined ? entries : entries.slice(0, shown), locale };
}
