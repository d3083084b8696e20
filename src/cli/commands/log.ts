import { lstatSync, readlinkSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { parseYaml } from '../../contract/source.js';
import { GitError, gitLog, gitShow, isShallowBoundary } from '../../review/git.js';
import { buildHistory, isBase, type HistoryInput } from '../../review/history.js';
import { LOG_FORMATS, renderLog } from '../../review/render/log.js';
import { choice, defineCommand, localeFlag } from '../command.js';
import { EXIT, UsageError } from '../../shared/errors.js';
import { writeOutput } from '../output.js';

export const log = defineCommand({
  name: 'log',
  summary: 'A contract’s history from Git, with the meaning of every change',
  usage: 'revpact log <contract> [--format text|json|markdown] [--locale en|es|pt|ca] [--max-count N] [--out FILE]',
  help: [
    '  <contract>            a contract file in this directory’s Git repository (renames are followed; a copy begins its own history)',
    '  --format F            text (default), json, or markdown (a changelog)',
    "  --locale L            language of text and markdown: en, es, pt or ca (default: the newest valid version's metadata.locale);",
    '                        each change’s one-line summary and a broken version’s problems stay English',
    '  --max-count N         only the N most recent commits',
    '  --out FILE            write the history there instead of standard output',
    '',
    'One entry per commit that changed the file, newest first, each with its changes against the',
    'previous valid version and whether its version bump was enough. Commits are followed along the',
    'first-parent line: a merged branch is one entry, its merge commit.',
    '',
    'Exit codes: 0 history produced, 2 usage, Git or I/O error.',
  ].join('\n'),
  files: { outputs: ['out'], stdout: 'out' },
  options: {
    format: { type: 'string', short: 'f' },
    locale: { type: 'string' },
    'max-count': { type: 'string', short: 'n' },
    out: { type: 'string', short: 'o' },
  },
  async run({ values, positionals }, io) {
    if (positionals.length !== 1) throw new UsageError('name exactly one contract', 'e.g. revpact log contracts/b2b-saas.yaml');
    const format = choice(values['format'], LOG_FORMATS, '--format', 'text');
    const locale = localeFlag(values['locale']);
    const max = maxCount(values['max-count']);
    const file = positionals[0] as string;
    // A folder's history mixes its contracts: one commit would compare one contract with another.
    if (isDirectory(resolve(io.cwd, file)))
      throw new UsageError(
        `${file} is a folder: log follows one contract's history`,
        `name the contract file, e.g. revpact log ${join(file, 'agreement.yaml')}`,
      );

    // Git keeps a link as the text of its target: the link's history is not the contract's.
    const target = linkTarget(resolve(io.cwd, file));
    if (target !== undefined)
      throw new UsageError(
        `${file} is a symbolic link to ${target}: Git keeps the link, not the contract, so its history is the link's`,
        isAbsolute(target) ? 'name the contract file it points to' : `name the file it points to, e.g. revpact log ${join(dirname(file), target)}`,
      );

    let inputs: HistoryInput[];
    try {
      // An entry without a path has no change of the file to show (git lists none along the
      // first-parent line; kept as a guard).
      // The whole list, even with --max-count: the oldest commit shown needs its base.
      const entries = (await gitLog(io.cwd, file)).filter((e) => e.path !== '');
      if (entries.length === 0) throw new UsageError(`${file}: no commit in this repository changed this file`, 'check the path, or commit the contract first');
      inputs = [];
      for (const entry of entries) {
        const input = { entry, bytes: entry.status === 'D' ? null : await gitShow(io.cwd, entry.commit, entry.path) };
        inputs.push(input);
        // Past the commits shown, read only as far as the first one that can be their base.
        if (max !== undefined && inputs.length > max && isBase(input)) break;
      }
      // A shallow clone's oldest commit shows every file as added: the entry it makes (a
      // creation), or the base it gives the entries shown, is not the file's history.
      const oldest = inputs.at(-1);
      const needed = oldest !== undefined && (max === undefined || inputs.length <= max || !isBase(oldest));
      if (oldest && needed && (await isShallowBoundary(io.cwd, oldest.entry.commit)))
        throw new UsageError(
          `${file}: this clone is shallow and its history stops at ${oldest.entry.short}: what came before that commit is not in this repository`,
          'fetch the whole history (git fetch --unshallow; with actions/checkout, fetch-depth: 0), or ask for fewer commits with --max-count',
        );
    } catch (e) {
      if (e instanceof GitError) throw new UsageError(`${file}: ${e.message}`, e.hint);
      throw e;
    }

    // A file that never was a contract (README.md) listed every commit as an invalid version, exit 0.
    if (!inputs.some((i) => i.bytes !== null && saysRevpact(i.bytes)))
      throw new UsageError(
        `${file}: no version in its history is a revpact contract (none says apiVersion: revpact/v1)`,
        'name a contract file, e.g. revpact log contracts/b2b-saas.yaml',
      );
    const history = buildHistory(file, inputs, max);
    const text = renderLog[format](history, { locale: locale ?? history.locale });
    // writeOutput, as every report: `--out -` is standard output (it wrote a file named "-").
    writeOutput(io, values['out'], text);
    return EXIT.ok;
  },
});

/**
 * Whether a version is YAML whose top level says `apiVersion: revpact/…`, valid or not: a file
 * none of whose versions does is no contract (README.md, whose examples say it inside fences).
 */
function saysRevpact(bytes: Uint8Array): boolean {
  // The contract reader's own parse, with its limits on size, aliases and nesting (a version in the history is input too).
  const value = parseYaml('', bytes).value;
  const version = typeof value === 'object' && value !== null ? (value as Record<string, unknown>)['apiVersion'] : undefined;
  return typeof version === 'string' && version.startsWith('revpact/');
}

function maxCount(value: unknown): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (typeof value !== 'string' || !/^[0-9]+$/.test(value) || !Number.isSafeInteger(n) || n < 1)
    throw new UsageError(`--max-count must be a whole number of commits, 1 or more (got ${JSON.stringify(value)})`);
  return n;
}

function linkTarget(path: string): string | undefined {
  try {
    return lstatSync(path).isSymbolicLink() ? readlinkSync(path) : undefined;
  } catch {
    return undefined;
  }
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}
