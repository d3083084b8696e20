/**
 * One report comment per pull request (DESIGN.md §6): found by its hidden marker and its
 * author across every page of comments, rewritten only when its text changed, and kept
 * under GitHub's size limit with a visible notice that points at the job summary.
 */
import type { CommentMode } from './inputs.js';
import type { GitHub } from './github.js';
import { createOnce, httpStatus, NO_RETRY } from './github.js';
import { EN, frameNumber, type FrameText } from './messages.js';

/** How the Action finds its comment again: never translated nor changed, or every pull request gets a second comment. */
export const COMMENT_MARKER = '<!-- revpact:report -->';
/**
 * Whether `body` carries `marker` as revpact writes it: a line of its own. The marker may be
 * quoted in someone else's text (`> <!-- revpact:report -->`, or in a code span); found
 * anywhere, a summariser bot's comment quoting the report was taken for it and overwritten,
 * and a person's issue quoting a period's marker was overwritten with the period's report.
 */
export function carriesMarker(body: string | null | undefined, marker: string): boolean {
  return (body ?? '').split('\n').some((line) => line.trim() === marker);
}

/** GitHub refuses an issue or pull-request comment longer than this (in characters). */
export const COMMENT_LIMIT = 65_536;
/** The login that GITHUB_TOKEN writes as. */
export const ACTIONS_BOT = 'github-actions[bot]';

/**
 * Cuts `body` to `limit` characters at a line break, closes any <details> left open, and
 * says so where the cut is, in the frame's language `t`, naming where the full report is
 * (`whereFull`, Markdown).
 * JavaScript counts UTF-16 units, never fewer than GitHub's characters, so a body that
 * fits here fits there.
 */
export function fitBody(body: string, limit: number, whereFull: string, t: FrameText = EN): string {
  if (body.length <= limit) return body;
  const notice = `\n\n---\n> ⚠️ **${t.cut.lead}**: ${t.cut.rest(frameNumber(t, limit), whereFull)}\n`;
  let budget = limit - notice.length;
  let kept = '';
  // Each closing added to the cut shrinks the budget; two rounds settle it.
  for (let round = 0; round < 3; round++) {
    const cut = body.lastIndexOf('\n', budget);
    kept = body.slice(0, cut > 0 ? cut : budget);
    const closings = closingsFor(kept);
    if (kept.length + closings.length + notice.length <= limit) return kept + closings + notice;
    budget = limit - notice.length - closings.length;
  }
  return kept.slice(0, limit - notice.length) + notice;
}

/**
 * What closes the blocks a cut leaves open: a code fence first (a cut inside a ```mermaid
 * chart read the notice and the closing </details> as the chart's code, and GitHub showed a
 * chart error where the notice should be), then each <details>.
 */
function closingsFor(kept: string): string {
  let fence: string | undefined;
  for (const line of kept.split('\n')) {
    const marker = /^\s*(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker === undefined) continue;
    if (fence === undefined) fence = marker;
    else if (marker.startsWith(fence)) fence = undefined;
  }
  const open = (kept.match(/<details>/g) ?? []).length - (kept.match(/<\/details>/g) ?? []).length;
  return (fence === undefined ? '' : `\n${fence}`) + '\n</details>'.repeat(Math.max(0, open));
}

export interface CommentTarget {
  owner: string;
  repo: string;
  issueNumber: number;
}

export type CommentOutcome = { action: 'created' | 'updated' | 'unchanged'; id: number; duplicates?: readonly ExistingComment[] } | { action: 'skipped' };

export interface ExistingComment {
  id: number;
  nodeId: string;
  body: string;
}

/**
 * Who this token writes as. A personal token can ask (GET /user); the workflow token and
 * GitHub App tokens cannot, and write as a bot: `github-actions[bot]` or `<app>[bot]`.
 * Then any bot's comment with the marker on a line of its own is taken for ours; a person's
 * never is, nor a bot's that quotes the marker (carriesMarker).
 */
export type CommentAuthor = { kind: 'user'; login: string } | { kind: 'bot' };

export async function commentAuthor(github: GitHub): Promise<CommentAuthor> {
  try {
    const { data } = await github.rest.users.getAuthenticated();
    return { kind: 'user', login: data.login };
  } catch (e) {
    const status = httpStatus(e);
    if (status === 401 || status === 403 || status === 404) return { kind: 'bot' };
    throw e;
  }
}

function writtenBy(user: { login: string; type?: string } | null | undefined, author: CommentAuthor): boolean {
  if (!user) return false;
  if (author.kind === 'user') return user.login.toLowerCase() === author.login.toLowerCase();
  return user.type === 'Bot' || user.login.toLowerCase() === ACTIONS_BOT;
}

/** Every earlier report comment of `author` on the pull request, oldest first. */
export async function findReportComments(github: GitHub, target: CommentTarget, author: CommentAuthor): Promise<ExistingComment[]> {
  const comments = await github.paginate(github.rest.issues.listComments, {
    owner: target.owner,
    repo: target.repo,
    issue_number: target.issueNumber,
    per_page: 100,
  });
  return comments
    .filter((c) => writtenBy(c.user, author) && carriesMarker(c.body, COMMENT_MARKER))
    .map((c) => ({ id: c.id, nodeId: c.node_id, body: c.body ?? '' }));
}

/**
 * Writes the report comment as `mode` says. `update`: edit the existing comment (the
 * newest, if several), or create one; `new`: always a new one; `hide-and-new`: hide the
 * earlier ones as outdated, then a new one; `off`: nothing. An unchanged body is never
 * written again.
 *
 * `update` on a pull request that carries several report comments (two runs that raced,
 * or a switch from `new` or `hide-and-new`) answers the others as `duplicates`, for the
 * caller to hide (hideComment) each as its own write: they show stale numbers, and a
 * refused hide is not a refused comment. The newest is the one edited because it is the
 * one a reader sees: after `hide-and-new` every earlier one is hidden already, and editing
 * the oldest (as `update` did) wrote the report into a collapsed comment and hid the only
 * visible one. REST does not say which comments are hidden; the newest never is, by revpact.
 */
export async function upsertComment(github: GitHub, target: CommentTarget, body: string, mode: CommentMode, author: CommentAuthor): Promise<CommentOutcome> {
  if (mode === 'off') return { action: 'skipped' };
  const existing = await findReportComments(github, target, author);
  const latest = existing.at(-1);
  if (mode === 'update') {
    if (latest) {
      const duplicates = existing.slice(0, -1);
      if (latest.body === body) return { action: 'unchanged', id: latest.id, duplicates };
      await github.rest.issues.updateComment({ owner: target.owner, repo: target.repo, comment_id: latest.id, body });
      return { action: 'updated', id: latest.id, duplicates };
    }
  } else if (latest && latest.body === body) {
    return { action: 'unchanged', id: latest.id };
  }
  if (mode === 'hide-and-new') {
    for (const c of existing) await hideComment(github, c);
  }
  const known = new Set(existing.map((c) => c.id));
  const id = await createOnce(
    async () =>
      (await github.rest.issues.createComment({ owner: target.owner, repo: target.repo, issue_number: target.issueNumber, body, ...NO_RETRY })).data.id,
    async () => (await findReportComments(github, target, author)).find((c) => !known.has(c.id) && c.body === body)?.id,
  );
  return { action: 'created', id };
}

/**
 * Hides a comment as outdated (GraphQL minimizeComment; REST cannot). Hiding one already
 * hidden is harmless, and REST does not say which are, so each is simply hidden again.
 * One deleted since it was listed (by a person, or another run's hide-and-new) has
 * nothing left to hide: GraphQL's NOT_FOUND failed the step ("Could not resolve to a node").
 */
export async function hideComment(github: GitHub, comment: Pick<ExistingComment, 'nodeId'>): Promise<void> {
  try {
    await github.graphql('mutation($id: ID!) { minimizeComment(input: { subjectId: $id, classifier: OUTDATED }) { minimizedComment { isMinimized } } }', {
      id: comment.nodeId,
    });
  } catch (e) {
    const types = graphqlErrorTypes(e);
    if (types.length > 0 && types.every((t) => t === 'NOT_FOUND')) return;
    throw forbiddenAsHttp(e);
  }
}

/**
 * The comments of `comments` not hidden yet. REST does not say which are; GraphQL does, in
 * one query for all. Without it, update hid the same earlier comments again on every run,
 * and said so each time. If the query fails, every comment counts as shown: hiding one
 * twice does no harm.
 */
export async function notHidden(github: GitHub, comments: readonly ExistingComment[]): Promise<ExistingComment[]> {
  if (comments.length === 0) return [];
  try {
    const answer = await github.graphql<{ nodes?: ({ id?: unknown; isMinimized?: unknown } | null)[] }>(
      'query($ids: [ID!]!) { nodes(ids: $ids) { ... on IssueComment { id isMinimized } } }',
      { ids: comments.map((c) => c.nodeId) },
    );
    const hidden = new Set((answer.nodes ?? []).filter((n) => n?.isMinimized === true).map((n) => n?.id));
    return comments.filter((c) => !hidden.has(c.nodeId));
  } catch {
    return [...comments];
  }
}

/** The `type` of each error of a GraphQL answer (empty for any other failure). */
function graphqlErrorTypes(e: unknown): unknown[] {
  const errors = (e as { errors?: unknown } | null)?.errors;
  return Array.isArray(errors) ? errors.map((x) => (x as { type?: unknown } | null)?.type) : [];
}

/**
 * GraphQL answers a token short of a permission with HTTP 200 and an error of type
 * FORBIDDEN; without a status the writer took it for a bug and failed the step with
 * "Request failed due to following response errors". As a 403 it is what it is: a write
 * the token may not make, warned about and noted in the job summary.
 */
function forbiddenAsHttp(e: unknown): unknown {
  const errors = (e as { errors?: unknown } | null)?.errors;
  if (!Array.isArray(errors) || !graphqlErrorTypes(e).includes('FORBIDDEN')) return e;
  const message = (errors.find((x) => typeof (x as { message?: unknown } | null)?.message === 'string') as { message: string } | undefined)?.message;
  return Object.assign(new Error(message ?? 'Forbidden'), { status: 403 });
}
