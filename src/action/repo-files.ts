/**
 * Reading the repository through the API: the files a pull request changed, and a file's
 * bytes at a commit. Nothing of the pull request is checked out or executed: both sides
 * of a contract are read by SHA, as data.
 */
import picomatch from 'picomatch';
import type { GitHub } from './github.js';
import { httpStatus } from './github.js';

export interface Repo {
  owner: string;
  repo: string;
}

export interface ChangedFile {
  path: string;
  /** The path on the base side: differs for a rename. */
  basePath: string;
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed' | 'unchanged';
}

/** Every file the pull request changes, all pages (GitHub lists at most 3,000). */
export async function changedFiles(github: GitHub, repo: Repo, pullNumber: number): Promise<ChangedFile[]> {
  const files = await github.paginate(github.rest.pulls.listFiles, { ...repo, pull_number: pullNumber, per_page: 100 });
  return files.map((f) => ({ path: f.filename, basePath: f.previous_filename ?? f.filename, status: f.status }));
}

/** Several globs in one input: separated by new lines or by commas outside braces ("a/*.{yaml,yml}, b/*.yaml"). */
export function splitGlobs(input: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of input) {
    if (ch === '{') depth++;
    else if (ch === '}') depth = Math.max(0, depth - 1);
    if (ch === '\n' || (ch === ',' && depth === 0)) {
      out.push(current);
      current = '';
    } else current += ch;
  }
  out.push(current);
  return out.map((g) => g.trim().replace(/^\.\//, '')).filter((g) => g !== '');
}

/**
 * A glob matcher on repository paths (forward slashes, dotfiles included): a path that a
 * glob matches and no `!glob` excludes. Not picomatch's list as is: a list matches a path
 * when any of its globs does, and `!contracts/drafts/**` matches every path outside the
 * drafts, so with it the drafts stayed contracts and so did every other file of the
 * repository (README.md, package.json: each reviewed as an invalid contract).
 */
export function pathMatcher(glob: string, options: { nocase?: boolean } = {}): (path: string) => boolean {
  const globs = splitGlobs(glob);
  const include = globs.filter((g) => !g.startsWith('!'));
  const exclude = globs.filter((g) => g.startsWith('!')).map((g) => g.slice(1).replace(/^\.\//, ''));
  const nocase = options.nocase === true;
  const included = include.length > 0 ? picomatch(include, { dot: true, nocase }) : () => false;
  const excluded = exclude.length > 0 ? picomatch(exclude, { dot: true, nocase }) : () => false;
  return (path) => included(path) && !excluded(path);
}

/**
 * Every file path of the repository at `sha` (one request), or undefined when GitHub cut
 * the listing short (over 100,000 entries): then it cannot say a glob matches nothing.
 */
export async function repositoryPaths(github: GitHub, repo: Repo, sha: string): Promise<string[] | undefined> {
  const { data } = await github.rest.git.getTree({ ...repo, tree_sha: sha, recursive: 'true' });
  if (data.truncated) return undefined;
  return data.tree.filter((e) => e.type === 'blob' && typeof e.path === 'string').map((e) => e.path);
}

/** A file's bytes at `ref`, or undefined when it does not exist there. */
export async function readAt(github: GitHub, repo: Repo, path: string, ref: string): Promise<Uint8Array | undefined> {
  let data;
  try {
    ({ data } = await github.rest.repos.getContent({ ...repo, path, ref }));
  } catch (e) {
    if (httpStatus(e) === 404) return undefined;
    throw e;
  }
  if (Array.isArray(data) || data.type !== 'file') return undefined;
  // Files over 1 MB come without content: read the blob instead.
  if (data.encoding === 'base64' && typeof data.content === 'string' && (data.content !== '' || data.size === 0)) return Buffer.from(data.content, 'base64');
  const blob = await github.rest.git.getBlob({ ...repo, file_sha: data.sha });
  return Buffer.from(blob.data.content, blob.data.encoding === 'base64' ? 'base64' : 'utf8');
}

/** The names of the files directly in folder `path` at `ref` (empty when there is no such folder). */
export async function listFolder(github: GitHub, repo: Repo, path: string, ref: string): Promise<string[]> {
  try {
    const { data } = await github.rest.repos.getContent({ ...repo, path, ref });
    return Array.isArray(data) ? data.filter((e) => e.type === 'file').map((e) => e.path) : [];
  } catch (e) {
    if (httpStatus(e) === 404) return [];
    throw e;
  }
}
