/**
 * The review's Git edge: reading a contract as it was at a commit (`git show ref:path`)
 * and listing the commits that changed it (`git log --follow`), without touching the
 * work tree. Git runs with an argument array (never a shell) in the caller's directory,
 * which decides the repository. Failures are GitErrors with git's own message; the CLI
 * turns them into usage errors (exit 2).
 */
import { execFile } from 'node:child_process';
import { posix } from 'node:path';
import { CONTRACT_LIMITS } from '../contract/source.js';

export class GitError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'GitError';
  }
}

/** Git printed more than the caller reads. */
class GitOutputTooLarge extends GitError {}

/** A contract file in the work tree, or a file at a commit. */
export type SideSpec = { kind: 'file'; path: string; display: string } | { kind: 'git'; ref: string; path: string; display: string };

/**
 * "git:<ref>:<path>" → a Git side; anything else is a file. The ref ends at the first
 * colon after "git:" (Git forbids colons in ref names); the path is as `git show` reads
 * it: from the repository's root, or from the current directory when it starts with "./".
 */
export function parseSide(spec: string): SideSpec | { error: string } {
  if (!spec.startsWith('git:')) return { kind: 'file', path: spec, display: spec };
  const rest = spec.slice(4);
  const colon = rest.indexOf(':');
  const ref = colon < 0 ? rest : rest.slice(0, colon);
  const path = colon < 0 ? '' : rest.slice(colon + 1);
  if (ref === '' || path === '') return { error: `${JSON.stringify(spec)}: write a Git side as git:<ref>:<path>, e.g. git:main:contracts/b2b-saas.yaml` };
  // A ref that starts with "-" would be read as an option by git.
  if (ref.startsWith('-')) return { error: `${JSON.stringify(spec)}: a ref cannot start with "-"` };
  return { kind: 'git', ref, path, display: spec };
}

/** Largest blob read; the parser refuses anything over 1 MiB anyway, and gitShow says a larger one by its size. */
const MAX_BLOB = 4 * 1024 * 1024;
const MAX_LOG = 64 * 1024 * 1024;

interface Run {
  stdout: Buffer;
  stderr: string;
}

function git(cwd: string, args: string[], maxBuffer: number): Promise<Run> {
  return new Promise((resolve, reject) => {
    execFile(
      'git',
      args,
      { cwd, encoding: 'buffer', maxBuffer, windowsHide: true, env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' } },
      (error, stdout, stderr) => {
        const err = stderr.toString('utf8').trim();
        if (!error) return resolve({ stdout, stderr: err });
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ENOENT') return reject(new GitError('git is not installed (or not on PATH)', 'install Git, or pass the contract as a file'));
        if (code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER')
          return reject(new GitOutputTooLarge(`git ${args[0] ?? ''}: the output is larger than ${Math.round(maxBuffer / 1024 / 1024)} MB`));
        reject(new GitError(gitMessage(err) || `git ${args[0] ?? ''} failed`, hintFor(err)));
      },
    );
  });
}

/** "fatal: invalid object name 'nope'." → "invalid object name 'nope'". */
function gitMessage(stderr: string): string {
  const line = stderr.split('\n').find((l) => /^(fatal|error):/.test(l)) ?? stderr.split('\n')[0] ?? '';
  const message = line.replace(/^(fatal|error):\s*/, '').replace(/\.$/, '');
  // "P: 'P' is outside repository at 'R'" names the path twice (and the caller names it once more).
  const outside = /'[^']*' is outside repository at '([^']*)'$/.exec(message);
  return outside ? `is outside the Git repository at ${outside[1]}` : message;
}

function hintFor(stderr: string): string | undefined {
  if (/not a git repository/i.test(stderr)) return 'run revpact inside the Git repository that holds the contract';
  if (/invalid object name|unknown revision|bad revision/i.test(stderr)) return 'check the ref: a branch, a tag or a commit (git log --oneline)';
  // The path is right (git found the file in the work tree); the ref only predates it, as in a pull request that adds a contract.
  if (/exists on disk, but not in/i.test(stderr))
    return 'the contract is new since that ref, so it has no earlier version to compare with: check it alone with revpact validate, or name a ref that has it';
  if (/does not exist/i.test(stderr)) return 'the path is from the repository root (or starts with ./ for the current directory)';
  if (/is outside repository/i.test(stderr))
    return 'a contract’s history is read from the Git repository that holds it: run revpact from inside that repository';
  return undefined;
}

/**
 * The file's bytes at `ref`. `cat-file blob` rather than `show`: show prints a folder as a
 * listing ("tree HEAD:contracts …"), which was then read as a contract and refused as
 * text that is not a mapping; here a folder (or a submodule) is said as what it is.
 */
export async function gitShow(cwd: string, ref: string, path: string): Promise<Uint8Array> {
  try {
    const run = await git(cwd, ['cat-file', 'blob', `${ref}:${path}`], MAX_BLOB);
    return run.stdout;
  } catch (e) {
    if (!(e instanceof GitError)) throw e;
    // Said as the contract reader says a file on disk too large (file-too-large), not in git's words.
    if (e instanceof GitOutputTooLarge) {
      const size = (await git(cwd, ['cat-file', '-s', `${ref}:${path}`], 1024)).stdout.toString('utf8').trim();
      throw new GitError(
        `the file in ${ref} is ${size} bytes; revpact reads at most ${CONTRACT_LIMITS.maxBytes} of a contract`,
        'split it, or remove what is not part of the agreement',
      );
    }
    // In a shallow clone (a CI checkout: one commit by default) the ref is most often
    // there on the remote and only not fetched; "check the ref" sent the user looking for a typo.
    if (/^(invalid object name|unknown revision|bad revision)/.test(e.message) && (await isShallow(cwd)))
      throw new GitError(
        e.message,
        `this clone is shallow (CI checkouts fetch one commit unless told otherwise) and may not have ${ref}: fetch it first (e.g. git fetch origin main), or check out with fetch-depth: 0`,
      );
    if (!/bad file$/.test(e.message)) throw e;
    const type = (await git(cwd, ['cat-file', '-t', `${ref}:${path}`], 1024)).stdout.toString('utf8').trim();
    const what = type === 'tree' ? 'a folder' : type === 'commit' ? 'a submodule' : `a ${type}`;
    throw new GitError(`${what} in ${ref}, not a file`, `name a contract file, e.g. git:${ref}:${path.replace(/\/+$/, '')}/agreement.yaml`);
  }
}

/** Whether the repository is a shallow clone (git clone --depth, actions/checkout's default). */
export async function isShallow(cwd: string): Promise<boolean> {
  try {
    return (await git(cwd, ['rev-parse', '--is-shallow-repository'], 1024)).stdout.toString('utf8').trim() === 'true';
  } catch {
    return false;
  }
}

/**
 * Whether `commit` is where a shallow clone's history is cut: git shows it without its
 * parents and decorates it "grafted". Its diff lists every file as added, so a contract
 * changed long before looks created there.
 */
export async function isShallowBoundary(cwd: string, commit: string): Promise<boolean> {
  if (!(await isShallow(cwd))) return false;
  const run = await git(cwd, ['log', '-1', '--format=%P%x1f%D', commit, '--'], 64 * 1024);
  const [parents = '', decorations = ''] = run.stdout.toString('utf8').trim().split('\x1f');
  return parents.trim() === '' && decorations.split(', ').includes('grafted');
}

/**
 * Refuses a symbolic link at `ref`: Git keeps a link as the text of its target, which was
 * then read as a contract and refused as "expected a mapping, found the text …". Only a blob
 * that could be a link's target (one short line) costs the look at its mode.
 */
export async function refuseLink(cwd: string, ref: string, path: string, bytes: Uint8Array): Promise<void> {
  if (bytes.length > 4096 || bytes.includes(0x0a)) return;
  // ls-tree reads paths from the current directory; --full-tree from the root, as ref:path does.
  const relative = path.startsWith('./');
  const args = ['ls-tree', '-z', ...(relative ? [] : ['--full-tree']), ref, '--', path];
  const listed = (await git(cwd, args, 64 * 1024)).stdout.toString('utf8');
  if (!listed.startsWith('120000 ')) return;
  const target = Buffer.from(bytes).toString('utf8');
  const pointed = posix.normalize(posix.join(posix.dirname(path), target));
  throw new GitError(
    `a symbolic link in ${ref} (to ${target}), not a file`,
    posix.isAbsolute(target) || pointed.startsWith('../')
      ? 'name the contract file itself, with its path in the repository'
      : `name the file it points to, e.g. git:${ref}:${relative ? `./${pointed}` : pointed}`,
  );
}

export interface LogEntry {
  commit: string;
  short: string;
  author: string;
  /** ISO 8601 author date. */
  date: string;
  subject: string;
  /** A(dded), M(odified), R(enamed), D(eleted), T(ype changed); gitLog lists a copy as the A it is for the copy. */
  status: string;
  /** The file's path at this commit, from the repository root. */
  path: string;
  /** For a rename or copy, the path before. */
  from?: string;
}

/**
 * Commits that changed the file, newest first, following renames, along the first-parent
 * line: each one's file is then the one the next entry (its predecessor in the list)
 * changed. Across all branches, git lists the commits of two merged branches interleaved
 * by date, so a commit was compared with a sibling branch's (changes it never made, "version
 * goes down"), and the merge commit that settled the contract was left out, having no
 * diff of its own. With --first-parent a merge is one entry, its diff against the first
 * parent (git 2.31 or later), and a merged branch's commits are that entry.
 */
export async function gitLog(cwd: string, path: string): Promise<LogEntry[]> {
  // -z: paths come raw, NUL-terminated (no quoting of unusual names); \x1e and \x1f split
  // records and fields of the header, which git prints for every commit.
  const args = ['log', '--follow', '--first-parent', '--name-status', '-z', '--format=%x1e%H%x1f%h%x1f%an%x1f%aI%x1f%s'];
  args.push('--', path);
  const run = await git(cwd, args, MAX_LOG);
  return sinceCopy(parseLog(run.stdout.toString('utf8')));
}

/**
 * --follow follows copies as well as renames: a contract started as a copy of another (a
 * second region's from the first) got that other file's history, and the commit that made
 * it read as the other's last version changed ("2.6.0 → 1.0.0 · version goes down"). The
 * file begins at the copy, which is its creation; what git lists before it is the original's.
 */
export function sinceCopy(entries: readonly LogEntry[]): LogEntry[] {
  const copy = entries.findIndex((e) => e.status === 'C');
  if (copy < 0) return [...entries];
  const { from: _original, ...created } = entries[copy] as LogEntry;
  return [...entries.slice(0, copy), { ...created, status: 'A' }];
}

export function parseLog(text: string): LogEntry[] {
  const entries: LogEntry[] = [];
  for (const record of text.split('\x1e')) {
    if (record.trim() === '') continue;
    const end = record.indexOf('\0');
    const header = end < 0 ? record : record.slice(0, end);
    const [commit = '', short = '', author = '', date = '', subject = ''] = header.split('\x1f');
    const fields = (end < 0 ? '' : record.slice(end + 1))
      .split('\0')
      .map((s) => s.replace(/^\n/, ''))
      .filter((s) => s !== '');
    const [status = '', first = '', second] = fields;
    const entry: LogEntry = { commit, short, author, date, subject, status: status.charAt(0), path: second ?? first };
    if (second !== undefined) entry.from = first;
    entries.push(entry);
  }
  return entries;
}
