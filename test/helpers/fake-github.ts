/**
 * A local HTTP server that answers like the GitHub REST API for the endpoints the Action
 * uses (and GraphQL's minimizeComment), with state a test sets up and inspects: commits
 * (files by SHA), pull requests with their changed files and reviews, comments, statuses,
 * issues and their labels, issue search, teams. It paginates the way GitHub does (page/per_page, a Link header), checks
 * the token, answers 403 to writes for a read-only token, and can be told to fail a
 * request with a given status and headers (a 502, a secondary rate limit), or to drop its
 * connection, a number of times. Every request is recorded, bodies included.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakePull {
  number: number;
  headSha: string;
  baseSha: string;
  /** The merge base the compare endpoint answers (default: baseSha). */
  mergeBase?: string;
  author: string;
  /** full_name of the head repository (default: the repository itself; another for a fork). */
  headRepo?: string;
  headRef?: string;
  files: { filename: string; status: string; previous_filename?: string }[];
  /** Default open. */
  state?: 'open' | 'closed';
  /** What the pull request's changed_files says (default: the files listed); GitHub lists at most 3,000 of them. */
  changedFiles?: number;
}

export interface FakeReview {
  login: string;
  state: 'APPROVED' | 'CHANGES_REQUESTED' | 'COMMENTED' | 'DISMISSED' | 'PENDING';
  commitId: string;
  submittedAt: string;
}

export interface FakeComment {
  id: number;
  node_id: string;
  body: string;
  user: { login: string; type: string };
  minimized?: boolean;
}

export interface FakeIssue {
  number: number;
  title: string;
  body: string;
  labels: string[];
  state: 'open' | 'closed';
}

export interface Fault {
  method: string;
  /** Matched against the path (without the query). */
  path: RegExp;
  /** Matched against the request's body, when given (a GraphQL mutation rather than a query). */
  request?: RegExp;
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  /** How many matching requests fail (default 1). */
  times?: number;
  /**
   * Drop the connection instead of answering: `before` the request is served (nothing
   * happens), or `after` (GitHub did it, and the answer is lost on the way back).
   */
  drop?: 'before' | 'after';
}

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  body: string;
  at: number;
  /** The status answered. */
  status: number;
}

export interface FakeState {
  owner: string;
  repo: string;
  token: string;
  /** Writes answer 403 "Resource not accessible by integration" (a fork's token). */
  readOnly: boolean;
  /** The login GET /user answers; undefined: 403, as for the workflow token. */
  user?: string;
  /** Files by commit SHA, then path. */
  commits: Record<string, Record<string, string>>;
  pulls: Record<number, FakePull>;
  reviews: Record<number, FakeReview[]>;
  comments: Record<number, FakeComment[]>;
  statuses: { sha: string; state: string; context: string; description: string }[];
  issues: FakeIssue[];
  /** The repository's labels (default: revpact). A label named on a new issue or added to one is created, as GitHub does for a token that may push. */
  labels: string[];
  /**
   * The token may push (default true). Without: labels named on a new issue are dropped
   * without an error, or the request is refused (403) when one would have to be created, and
   * adding labels to an issue is refused.
   */
  pushAccess: boolean;
  /** Members by "org/slug"; "forbidden" answers 403 (the workflow token cannot read teams). */
  teams: Record<string, string[] | 'forbidden'>;
  faults: Fault[];
}

export class FakeGitHub {
  readonly state: FakeState;
  readonly requests: RecordedRequest[] = [];
  private server: Server | undefined;
  private nextId = 1000;

  constructor(state: Partial<FakeState> & Pick<FakeState, 'token'>) {
    this.state = {
      owner: 'planfold',
      repo: 'agreements',
      readOnly: false,
      commits: {},
      pulls: {},
      reviews: {},
      comments: {},
      statuses: [],
      issues: [],
      labels: ['revpact'],
      pushAccess: true,
      teams: {},
      faults: [],
      ...state,
    };
  }

  async start(): Promise<string> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => this.handle(req, res, Buffer.concat(chunks).toString('utf8')));
    });
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    return `http://127.0.0.1:${port}`;
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  /** Requests that wrote something (POST, PATCH, PUT, DELETE), GraphQL included. */
  writes(): RecordedRequest[] {
    return this.requests.filter((r) => r.method !== 'GET' && r.status < 400);
  }

  addComment(issue: number, body: string, login: string): FakeComment {
    const id = this.nextId++;
    const comment = { id, node_id: `IC_${id}`, body, user: { login, type: login.endsWith('[bot]') ? 'Bot' : 'User' } };
    (this.state.comments[issue] ??= []).push(comment);
    return comment;
  }

  private handle(req: IncomingMessage, res: ServerResponse, body: string): void {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const method = req.method ?? 'GET';
    const record: RecordedRequest = { method, path: url.pathname, query: url.searchParams, body, at: Date.now(), status: 0 };
    this.requests.push(record);
    const send = (status: number, data: unknown, headers: Record<string, string> = {}) => {
      record.status = status;
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'x-github-media-type': 'github.v3', ...headers });
      res.end(data === undefined ? '' : JSON.stringify(data));
    };

    const auth = req.headers.authorization ?? '';
    if (auth !== `token ${this.state.token}` && auth !== `Bearer ${this.state.token}` && auth !== `bearer ${this.state.token}`) {
      return send(401, { message: 'Bad credentials', documentation_url: 'https://docs.github.com/rest' });
    }
    const fault = this.state.faults.find(
      (f) => f.method === method && f.path.test(url.pathname) && (f.request === undefined || f.request.test(body)) && (f.times ?? 1) > 0,
    );
    if (fault) {
      fault.times = (fault.times ?? 1) - 1;
      if (fault.drop === 'after') this.route(method, url, body);
      if (fault.drop) return void req.socket.destroy();
      return send(fault.status, fault.body ?? { message: 'Server Error' }, fault.headers);
    }
    if (method !== 'GET' && this.state.readOnly) {
      return send(403, { message: 'Resource not accessible by integration', documentation_url: 'https://docs.github.com/rest', status: '403' });
    }
    try {
      const answer = this.route(method, url, body);
      if (!answer) return send(404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest' });
      if (answer.page) {
        const perPage = Math.min(100, Number(url.searchParams.get('per_page') ?? 30));
        const page = Number(url.searchParams.get('page') ?? 1);
        const items = answer.page.slice((page - 1) * perPage, page * perPage);
        const links: string[] = [];
        const link = (p: number, rel: string) => {
          const u = new URL(url.toString());
          u.searchParams.set('page', String(p));
          u.searchParams.set('per_page', String(perPage));
          links.push(`<http://${req.headers.host ?? 'localhost'}${u.pathname}${u.search}>; rel="${rel}"`);
        };
        const last = Math.max(1, Math.ceil(answer.page.length / perPage));
        if (page < last) link(page + 1, 'next');
        if (page < last) link(last, 'last');
        if (page > 1) link(page - 1, 'prev');
        const data = answer.search ? { total_count: answer.page.length, incomplete_results: false, items } : items;
        return send(200, data, links.length > 0 ? { link: links.join(', ') } : {});
      }
      return send(answer.status ?? 200, answer.data);
    } catch (e) {
      return send(500, { message: (e as Error).message });
    }
  }

  private route(method: string, url: URL, body: string): { status?: number; data?: unknown; page?: unknown[]; search?: boolean } | undefined {
    const s = this.state;
    const p = url.pathname;
    const repoPrefix = `/repos/${s.owner}/${s.repo}`;
    const json = () => JSON.parse(body || '{}') as Record<string, unknown>;
    let m: RegExpMatchArray | null;

    if (method === 'GET' && p === '/user')
      return s.user ? { data: { login: s.user, type: 'User' } } : { status: 403, data: { message: 'Resource not accessible by integration' } };
    if (method === 'POST' && p === '/graphql') {
      const { query, variables } = json() as { query?: string; variables?: { id?: string; ids?: string[] } };
      const all = Object.values(s.comments).flat();
      // nodes(ids:): each comment's isMinimized, null for an id that names none (as GitHub answers).
      if (query?.includes('nodes(ids:'))
        return {
          data: {
            data: {
              nodes: (variables?.ids ?? [])
                .map((id) => all.find((c) => c.node_id === id) ?? null)
                .map((c) => c && { id: c.node_id, isMinimized: c.minimized === true }),
            },
          },
        };
      const comment = all.find((c) => c.node_id === variables?.id);
      if (!comment)
        return {
          data: {
            data: { minimizeComment: null },
            errors: [{ type: 'NOT_FOUND', path: ['minimizeComment'], message: `Could not resolve to a node with the global id of '${variables?.id}'` }],
          },
        };
      comment.minimized = true;
      return { data: { data: { minimizeComment: { minimizedComment: { isMinimized: true } } } } };
    }
    if ((m = p.match(/^\/orgs\/([^/]+)\/teams\/([^/]+)\/members$/)) && method === 'GET') {
      const team = s.teams[`${m[1]}/${m[2]}`];
      if (team === undefined) return undefined;
      if (team === 'forbidden') return { status: 403, data: { message: 'Resource not accessible by integration' } };
      return { page: team.map((login) => ({ login, type: 'User' })) };
    }
    if (p === '/search/issues' && method === 'GET') return { page: this.search(url.searchParams.get('q') ?? ''), search: true };
    if (!p.startsWith(`${repoPrefix}/`) && p !== repoPrefix) return undefined;
    const rest = p.slice(repoPrefix.length);

    if ((m = rest.match(/^\/pulls\/(\d+)$/)) && method === 'GET') {
      const pr = s.pulls[Number(m[1])];
      return pr ? { data: this.pullJson(pr) } : undefined;
    }
    if (rest === '/pulls' && method === 'GET') {
      const head = url.searchParams.get('head');
      return {
        page: Object.values(s.pulls)
          .filter((pr) => !head || `${(pr.headRepo ?? `${s.owner}/${s.repo}`).split('/')[0]}:${pr.headRef ?? 'feature'}` === head)
          .map((pr) => this.pullJson(pr)),
      };
    }
    if ((m = rest.match(/^\/pulls\/(\d+)\/files$/)) && method === 'GET') {
      const pr = s.pulls[Number(m[1])];
      return pr ? { page: pr.files.map((f) => ({ sha: 'x', additions: 1, deletions: 1, changes: 2, ...f })) } : undefined;
    }
    if ((m = rest.match(/^\/pulls\/(\d+)\/reviews$/)) && method === 'GET') {
      return {
        page: (s.reviews[Number(m[1])] ?? []).map((r, i) => ({
          id: i + 1,
          user: { login: r.login, type: 'User' },
          body: '',
          state: r.state,
          commit_id: r.commitId,
          submitted_at: r.submittedAt,
        })),
      };
    }
    if ((m = rest.match(/^\/compare\/([0-9a-f]+)\.\.\.([0-9a-f]+)$/)) && method === 'GET') {
      const pr = Object.values(s.pulls).find((x) => x.baseSha === m?.[1] && x.headSha === m?.[2]);
      return { data: { merge_base_commit: { sha: pr?.mergeBase ?? m[1] }, files: [], commits: [] } };
    }
    if ((m = rest.match(/^\/contents\/(.+)$/)) && method === 'GET') {
      const path = decodeURIComponent(m[1] as string);
      const files = s.commits[url.searchParams.get('ref') ?? ''];
      if (!files) return undefined;
      const text = files[path];
      if (text !== undefined) {
        const content = Buffer.from(text).toString('base64');
        return { data: { type: 'file', encoding: 'base64', size: Buffer.byteLength(text), name: path.split('/').pop(), path, sha: `blob-${path}`, content } };
      }
      const children = Object.keys(files).filter((f) => f.startsWith(`${path}/`) && !f.slice(path.length + 1).includes('/'));
      if (children.length === 0) return undefined;
      return {
        data: children.sort().map((f) => ({ type: 'file', name: f.split('/').pop(), path: f, sha: `blob-${f}`, size: Buffer.byteLength(files[f] ?? '') })),
      };
    }
    if ((m = rest.match(/^\/git\/trees\/([0-9a-f]+)$/)) && method === 'GET') {
      const files = s.commits[m[1] as string];
      return files
        ? {
            data: {
              sha: m[1],
              truncated: false,
              tree: Object.keys(files)
                .sort()
                .map((path) => ({ path, type: 'blob', mode: '100644', sha: `blob-${path}` })),
            },
          }
        : undefined;
    }
    if ((m = rest.match(/^\/issues\/(\d+)\/comments$/))) {
      const n = Number(m[1]);
      if (method === 'GET') return { page: s.comments[n] ?? [] };
      if (method === 'POST') return { status: 201, data: this.addComment(n, String(json()['body']), s.user ?? 'github-actions[bot]') };
    }
    if ((m = rest.match(/^\/issues\/comments\/(\d+)$/)) && method === 'PATCH') {
      const comment = Object.values(s.comments)
        .flat()
        .find((c) => c.id === Number(m?.[1]));
      if (!comment) return undefined;
      comment.body = String(json()['body']);
      return { data: comment };
    }
    if ((m = rest.match(/^\/statuses\/([0-9a-f]+)$/)) && method === 'POST') {
      const b = json();
      const status = {
        sha: m[1] as string,
        state: String(b['state']),
        context: String(b['context']),
        description: typeof b['description'] === 'string' ? b['description'] : '',
      };
      s.statuses.push(status);
      return { status: 201, data: { id: s.statuses.length, ...status } };
    }
    if (rest === '/issues' && method === 'GET') {
      // GitHub's defaults: open issues only (state=open), the newest first (sort=created, direction=desc).
      const label = url.searchParams.get('labels');
      const state = url.searchParams.get('state') ?? 'open';
      return {
        page: s.issues
          .filter((i) => (!label || i.labels.includes(label)) && (state === 'all' || i.state === state))
          .sort((a, b) => b.number - a.number)
          .map((i) => this.issueJson(i)),
      };
    }
    if ((m = rest.match(/^\/labels\/([^/]+)$/)) && method === 'GET') {
      const name = decodeURIComponent(m[1] as string);
      return s.labels.includes(name) ? { data: { name, color: 'ededed', default: false } } : undefined;
    }
    if ((m = rest.match(/^\/issues\/(\d+)\/labels$/)) && method === 'POST') {
      const issue = s.issues.find((i) => i.number === Number(m?.[1]));
      if (!issue) return undefined;
      if (!s.pushAccess) return { status: 403, data: { message: 'Resource not accessible by integration' } };
      const names = (json()['labels'] as string[] | undefined) ?? [];
      for (const name of names) {
        if (!s.labels.includes(name)) s.labels.push(name);
        if (!issue.labels.includes(name)) issue.labels.push(name);
      }
      return { data: issue.labels.map((name) => ({ name })) };
    }
    if (rest === '/issues' && method === 'POST') {
      const b = json();
      const asked = (b['labels'] as string[] | undefined) ?? [];
      // GitHub: "Only users with push access can set labels for new issues. Labels are silently
      // dropped otherwise" — and a label it would have to create is refused instead.
      if (!s.pushAccess && asked.some((name) => !s.labels.includes(name))) return { status: 403, data: { message: 'Resource not accessible by integration' } };
      const labels = s.pushAccess ? asked : [];
      for (const name of labels) if (!s.labels.includes(name)) s.labels.push(name);
      const issue: FakeIssue = {
        number: 100 + s.issues.length,
        title: String(b['title']),
        body: String(b['body']),
        labels,
        state: 'open',
      };
      s.issues.push(issue);
      return { status: 201, data: this.issueJson(issue) };
    }
    if ((m = rest.match(/^\/issues\/(\d+)$/)) && method === 'PATCH') {
      const issue = s.issues.find((i) => i.number === Number(m?.[1]));
      if (!issue) return undefined;
      const b = json();
      if (typeof b['title'] === 'string') issue.title = b['title'];
      if (typeof b['body'] === 'string') issue.body = b['body'];
      return { data: this.issueJson(issue) };
    }
    return undefined;
  }

  /**
   * GitHub's issue search, for the qualifiers the Action sends: repo:, is:issue, in:body and
   * quoted phrases. Search matches words, not characters: a phrase matches where its words
   * follow each other in the text, whatever stands between them ("revpact:monthly-report
   * 2026-10" is in "<!-- revpact:monthly-report 2026-10 -->", and in "… 2026-10-03").
   */
  private search(q: string): unknown[] {
    const s = this.state;
    const phrases = [...q.matchAll(/"([^"]*)"/g)].map((m) => words(m[1] ?? ''));
    const rest = q
      .replace(/"[^"]*"/g, ' ')
      .split(/\s+/)
      .filter(Boolean);
    const repo = rest.find((t) => t.startsWith('repo:'))?.slice('repo:'.length);
    const inBody = rest.includes('in:body');
    if (repo !== undefined && repo.toLowerCase() !== `${s.owner}/${s.repo}`.toLowerCase()) return [];
    return s.issues
      .filter((i) => {
        const text = words(inBody ? i.body : `${i.title} ${i.body}`).join(' ');
        return phrases.every((p) => ` ${text} `.includes(` ${p.join(' ')} `));
      })
      .sort((a, b) => b.number - a.number)
      .map((i) => ({ ...this.issueJson(i), score: 1 }));
  }

  private pullJson(pr: FakePull) {
    const full = `${this.state.owner}/${this.state.repo}`;
    return {
      number: pr.number,
      state: pr.state ?? 'open',
      changed_files: pr.changedFiles ?? pr.files.length,
      user: { login: pr.author, type: 'User' },
      head: { sha: pr.headSha, ref: pr.headRef ?? 'feature', repo: { full_name: pr.headRepo ?? full } },
      base: { sha: pr.baseSha, ref: 'main', repo: { full_name: full } },
    };
  }

  private issueJson(i: FakeIssue) {
    return { number: i.number, title: i.title, body: i.body, state: i.state, labels: i.labels.map((name) => ({ name })) };
  }
}

/** A text's words as search sees them: letters and digits, lower case. */
function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/** The context of a scheduled run (the monthly report) of planfold/agreements against the fake at `url`, its workspace `ws`. */
export function scheduledRun(url: string, ws: string) {
  return {
    eventName: 'schedule',
    payload: {},
    owner: 'planfold',
    repo: 'agreements',
    apiUrl: url,
    graphqlUrl: `${url}/graphql`,
    serverUrl: 'https://github.com',
    runUrl: '',
    workspace: ws,
    tempDir: ws,
  };
}
