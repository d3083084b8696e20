/**
 * A pull request (or a review of one): which contracts and report cards it changes, each
 * side read by SHA through the API and checked, the meaning and impact of the change,
 * whether both leads approved the head commit, one comment, and the commit status that
 * gates merging. Nothing from the pull request is ever checked out or executed.
 */
import { recordUrl, type RecordUrl } from '../report/render/links.js';
import { posix } from 'node:path';
import { loadContract, type LoadedContract } from '../app/contract.js';
import type { ContractRelativeReader } from '../app/lead-data.js';
import { measure } from '../app/measure.js';
import { mappingNotes, reviewContractChange, type ImpactData } from '../app/review.js';
import type { WhenWarn } from '../app/when.js';
import { hasErrors, type Diagnostic } from '../contract/diagnostics.js';
import { parseYaml } from '../contract/source.js';
import { quoteValue } from '../contract/suggest.js';
import type { RulesIR } from '../compiler/ir.js';
import { renderAgreement } from '../compiler/documents.js';
import { emitRules } from '../compiler/rules.js';
import type { ComplianceReport } from '../engine/types.js';
import { DateTime } from 'luxon';
import { mdText } from '../render/escape.js';
import { loadTemplates } from '../render/templates.js';
import { renderReport } from '../report/render/index.js';
import { buildScorecardReport, duplicatePeriods, missingPeriods, parseGradeFile, renderScorecard, type GradeCard } from '../scorecard/index.js';
import { UsageError } from '../shared/errors.js';
import { version } from '../shared/version.js';
import {
  approversOfData,
  decideSides,
  latestReviews,
  ownerOf,
  ownerLabel,
  statusOf,
  type Approvers,
  type Review,
  type SideVerdict,
  type TeamMembers,
} from './approvals.js';
import { renderReviewBody, reviewLocale, type CardSection, type ContractSection } from './body.js';
import { COMMENT_LIMIT, commentAuthor, fitBody, hideComment, notHidden, upsertComment } from './comment.js';
import type { RunContext } from './context.js';
import type { GitHub } from './github.js';
import { httpStatus } from './github.js';
import { DEFAULT_CONTRACTS, type ActionInputs } from './inputs.js';
import { annotate, type ActionIO } from './io.js';
import { leadDataFor, leadOrigin, whenFor, whenWarning, type LeadOrigin } from './lead-data.js';
import type { Outcome } from './outcome.js';
import { changedFiles, listFolder, pathMatcher, readAt, repositoryPaths, type ChangedFile, type Repo } from './repo-files.js';
import type { RunDeps } from './run.js';
import { EN, frameNumber, frameText } from './messages.js';
import { guardedWrite, missedMarkdown } from './writes.js';

export const STATUS_CONTEXT = 'revpact/approvals';
/**
 * A head commit force-pushed away between the event and the status: GitHub answers 422 "No
 * commit found for SHA". The push that replaced it starts a run of its own for the new
 * head, so this run has nothing to gate, and failing it would only leave a red cross.
 */
const STATUS_WRITE = {
  permission: 'statuses: write',
  unprocessable: 'the head commit is no longer in the repository, force-pushed away; the run for the new head sets its status',
};

export interface PullRequestInfo {
  number: number;
  headSha: string;
  baseSha: string;
  author: string;
  /** Whether the head branch lives in another repository (a fork): its token is read-only. */
  fork: boolean;
  /** How many files the pull request changes, as GitHub counts them (it lists at most 3,000). */
  changedFiles?: number;
}

/** GitHub lists at most this many of a pull request's files. */
const LISTED_FILES_LIMIT = 3000;

type Deps = RunDeps;

/** The pull request of the event, as it is now (a review event may carry an older head). */
export async function currentPullRequest(github: GitHub, repo: Repo, number: number): Promise<PullRequestInfo | { closed: true }> {
  const { data: pr } = await notFound(github.rest.pulls.get({ ...repo, pull_number: number }), () => {
    throw new UsageError(
      `pull request #${number} of ${repo.owner}/${repo.repo} is not found (HTTP 404)`,
      'give the workflow pull-requests: read, or pass a github-token that can read this repository',
    );
  });
  // A review, or a workflow_run that finished after the merge, of a pull request closed
  // since: nothing is left to gate, and its head branch (even the head commit) may be
  // deleted, which made the compare below fail the step with a bare "Not Found".
  if (pr.state === 'closed') return { closed: true };
  // Compare against the merge base, as GitHub's own diff does: the base branch may have moved on.
  const { data: compare } = await notFound(
    github.rest.repos.compareCommitsWithBasehead({ ...repo, basehead: `${pr.base.sha}...${pr.head.sha}`, per_page: 1 }),
    () => {
      throw new UsageError(
        `pull request #${number}: its head ${pr.head.sha.slice(0, 7)} or base ${pr.base.sha.slice(0, 7)} is not found (HTTP 404); its branch may have been deleted or force-pushed`,
        'run the workflow again on the pull request as it is now',
      );
    },
  );
  return {
    number,
    headSha: pr.head.sha,
    baseSha: compare.merge_base_commit.sha,
    author: pr.user.login,
    fork: (pr.head.repo?.full_name ?? '').toLowerCase() !== pr.base.repo.full_name.toLowerCase(),
    ...(typeof pr.changed_files === 'number' ? { changedFiles: pr.changed_files } : {}),
  };
}

/** The review's outcome, or null when the pull request is closed (the log says so). */
export async function reviewPullRequest(ctx: RunContext, inputs: ActionInputs, prNumber: number, deps: Deps): Promise<Outcome | null> {
  const { github, io } = deps;
  const repo: Repo = { owner: ctx.owner, repo: ctx.repo };
  const pr = await currentPullRequest(github, repo, prNumber);
  if ('closed' in pr) {
    io.info(`revpact: pull request #${prNumber} is closed: nothing to review, no comment or status written`);
    return null;
  }
  io.info(`revpact: pull request #${pr.number}, head ${pr.headSha.slice(0, 7)}, merge base ${pr.baseSha.slice(0, 7)}${pr.fork ? ', from a fork' : ''}`);
  const write = guardedWrite(io, { dryRun: inputs.dryRun, fork: pr.fork });
  const outcome: Outcome = { valid: true, approved: null, compliance: '', commentId: null, reportPath: '' };

  // 1. What changed: contracts (by the contracts glob, on either side of a rename) and grade files.
  const isContract = pathMatcher(inputs.contracts);
  const files = await changedFiles(github, repo, pr.number);
  // Beyond GitHub's 3,000, a changed contract is not listed: the gate passed it as "no contract changed".
  if (files.length >= LISTED_FILES_LIMIT && pr.changedFiles !== undefined && pr.changedFiles > files.length)
    throw new UsageError(
      `pull request #${pr.number} changes ${frameNumber(EN, pr.changedFiles)} files, and GitHub lists only the first ${frameNumber(EN, files.length)}: a contract changed among the others would go unseen, so it is not reviewed and no approval status is set`,
      'split the pull request: keep contract changes apart from bulk changes',
    );
  const contracts = files.filter((f) => isContract(f.path) || isContract(f.basePath));
  const cards = files.filter((f) => f.status !== 'removed' && isGradeFile(f.path) && !isContract(f.path));
  if (contracts.length === 0 && cards.length === 0) {
    await refuseGlobMatchingNothing(github, repo, inputs.contracts, pr);
    io.info(`revpact: no contract (${inputs.contracts}) or report card changed; nothing to review`);
    if (inputs.requireApproval)
      await write(
        'set the approval status',
        () => setStatus(github, repo, pr.headSha, 'success', 'No contract changed: no approval needed', ctx.runUrl),
        STATUS_WRITE,
      );
    await io.summary('### revpact\n\nNo contract or report card changed in this pull request.\n' + missedMarkdown(write.missed));
    outcome.approved = true;
    outcome.unwritten = write.failed;
    return outcome;
  }

  // 2. Each contract, both sides, checked; the change, its impact, its approvers.
  const leads = leadOrigin(ctx.workspace, inputs, deps.env, { fork: pr.fork, warn: io.warning });
  const reviews = await listReviews(github, repo, pr.number);
  const teams = new TeamCache(github, io);
  const sections: ContractSection[] = [];
  const fullReports: string[] = [];
  const allDiagnostics: Diagnostic[] = [];
  const compliance: ComplianceReport[] = [];
  const warnWhen = whenWarning(io);
  for (const file of contracts) {
    const section = await reviewContract(file, pr, inputs, ctx, leads, deps, warnWhen);
    allDiagnostics.push(...section.section.diagnostics);
    if (section.report) {
      compliance.push(section.report);
      fullReports.push(renderReport.markdown(section.report, { color: false, locale: section.section.locale, recordUrl: section.recordUrl }));
    }
    if (section.compiled) {
      // The compiled agreement, for reviewers to read as the teams will, and as files to upload.
      const { name, markdown, rules } = section.compiled;
      const said = frameText(section.section.locale).compiled(`${name}.md`, file.path);
      fullReports.push(`<details><summary>${mdText(said)}</summary>\n\n${markdown.trimEnd()}\n\n</details>\n`);
      io.writeFile(posix.join(ctx.tempDir, `${name}.md`), markdown);
      io.writeFile(posix.join(ctx.tempDir, `${name}.rules.json`), rules);
    }
    section.section.approvals = await verdicts(section.approvers, reviews, pr, teams);
    sections.push(section.section);
  }

  // 3. Report cards: checked against their contract at the head, the card shown.
  const cardSections: CardSection[] = [];
  for (const file of cards) {
    const card = await reviewCard(github, repo, file, pr, inputs, deps.now());
    allDiagnostics.push(...card.section.diagnostics);
    card.section.approvals = await verdicts(card.approvers, reviews, pr, teams);
    cardSections.push(card.section);
  }

  // 4. Annotations on the exact lines, the comment, the status, the summary.
  annotate(io, allDiagnostics);
  outcome.valid = !hasErrors(allDiagnostics);
  const body = renderReviewBody({
    contracts: sections,
    cards: cardSections,
    headSha: pr.headSha,
    version: version(),
    ...(leads.kind === 'none' ? { noLeads: leads.why } : {}),
  });
  // The frame's language: the one every contract and card shares, else English (body.ts).
  const locale = reviewLocale({ contracts: sections, cards: cardSections });
  const t = frameText(locale);
  const checksUrl = `${ctx.serverUrl}/${ctx.owner}/${ctx.repo}/pull/${pr.number}/checks`;
  const comment = fitBody(body, COMMENT_LIMIT, t.cut.jobSummary(checksUrl), t);
  if (inputs.commentMode !== 'off') {
    const author = await commentAuthor(github);
    const result = await write(
      'comment on the pull request',
      () => upsertComment(github, { ...repo, issueNumber: pr.number }, comment, inputs.commentMode, author),
      { permission: 'pull-requests: write' },
    );
    if (result && result.action !== 'skipped') {
      outcome.commentId = result.id;
      io.info(`revpact: comment ${result.id} ${result.action}`);
      // Two runs that raced each created a comment; the earlier ones would go on showing their numbers.
      const duplicates = await notHidden(github, result.duplicates ?? []);
      if (duplicates.length > 0) {
        io.info(
          `revpact: pull request #${pr.number} carries ${duplicates.length + 1} report comments (runs at the same time, or comment-mode was new or hide-and-new): comment ${result.id}, the newest, is the report; hiding the earlier ones as outdated: ${duplicates.map((c) => c.id).join(', ')}`,
        );
        for (const c of duplicates)
          await write(`hide the earlier report comment ${c.id} as outdated`, () => hideComment(github, c), { permission: 'pull-requests: write' });
      }
    }
  }
  const all = [...sections.flatMap((s) => s.approvals), ...cardSections.flatMap((s) => s.approvals)];
  const status = statusOf(all, t);
  outcome.approved = status.state === 'success';
  if (inputs.requireApproval)
    await write('set the approval status', () => setStatus(github, repo, pr.headSha, status.state, status.description, ctx.runUrl), STATUS_WRITE);
  // The step's log stays English, whatever the contracts speak.
  io.info(`revpact: approvals ${status.state}: ${statusOf(all).description}`);

  const full = [body, ...fullReports].join('\n\n---\n\n');
  await io.summary(missedMarkdown(write.missed, t.notWritten) + full, locale);
  outcome.reportPath = posix.join(ctx.tempDir, `revpact-pr-${pr.number}.md`);
  io.writeFile(outcome.reportPath, full);
  outcome.compliance = worstStatus(compliance);
  outcome.unwritten = write.failed;
  return outcome;
}

/**
 * A pull request that changes no contract passes the gate. That is only true when the
 * contracts glob names the repository's contracts: one that matches no file at all (a typo,
 * two globs separated by a space, the wrong case) made every pull request "change no
 * contract", contract changes included, and the approval status passed each without a word.
 * The base is read, not the head: the pull request cannot move the contracts out of reach.
 */
async function refuseGlobMatchingNothing(github: GitHub, repo: Repo, glob: string, pr: PullRequestInfo): Promise<void> {
  const paths = await repositoryPaths(github, repo, pr.baseSha);
  const matches = pathMatcher(glob);
  if (paths === undefined || paths.some(matches)) return;
  const nearly = paths.find(pathMatcher(glob, { nocase: true }));
  throw new UsageError(
    `input contracts: "${glob}" matches no file of ${repo.owner}/${repo.repo} at the pull request's base (${pr.baseSha.slice(0, 7)})${
      nearly === undefined ? '' : ` (${nearly} would, but paths compare case-sensitively)`
    }, so no pull request would be taken for a contract change and the approval status would pass every one`,
    `give the contracts' glob from the repository root, e.g. ${DEFAULT_CONTRACTS}; separate several globs with commas or new lines`,
  );
}

interface ReviewedContract {
  section: ContractSection;
  approvers: Approvers[];
  /** The head compiled, as `revpact compile` writes it: the agreement in Markdown and the rules. */
  compiled?: { name: string; markdown: string; rules: string };
  /** The head contract's compliance on the export, when simulated. */
  report?: ComplianceReport;
  /** Lead id → record in the CRM, from the head contract's metadata.crm. */
  recordUrl?: RecordUrl | undefined;
}

async function reviewContract(
  file: ChangedFile,
  pr: PullRequestInfo,
  inputs: ActionInputs,
  ctx: RunContext,
  leads: LeadOrigin,
  deps: Deps,
  warnWhen: WhenWarn,
): Promise<ReviewedContract> {
  const { github, io } = deps;
  const repo: Repo = { owner: ctx.owner, repo: ctx.repo };
  const status = file.status === 'added' || file.status === 'removed' || file.status === 'renamed' ? file.status : 'modified';
  const path = file.path;
  const [baseBytes, headBytes] = await Promise.all([
    status === 'added' ? undefined : readAt(github, repo, file.basePath, pr.baseSha),
    status === 'removed' ? undefined : readAt(github, repo, path, pr.headSha),
  ]);
  const section: ContractSection = { path, basePath: file.basePath, status, diagnostics: [], approvals: [] };
  const head = headBytes ? loadContract(path, headBytes) : undefined;
  const base = baseBytes ? loadContract(file.basePath, baseBytes) : undefined;
  if (head) section.diagnostics = head.ok ? head.value.diagnostics : head.diagnostics;
  if (base && !base.ok) section.baseInvalidAt = pr.baseSha.slice(0, 7);

  // Who approves: the owners the base version names (a pull request cannot choose its own
  // approvers), read from its data when it is not a valid contract; a new contract's own.
  const baseSide = base?.ok ? base.value : undefined;
  const headSide = head?.ok ? head.value : undefined;
  const governing = baseSide ?? (baseBytes ? undefined : headSide);
  const approvers = governing ? approversOf(governing.rules) : baseBytes ? approversOfData(parseYaml(file.basePath, baseBytes).value) : undefined;
  // The section speaks the head's language, or the base's for a removed (or now invalid) contract.
  section.locale = (headSide ?? baseSide)?.rules.contract.locale;
  const result: ReviewedContract = { section, approvers: approvers ?? unknownApprovers() };
  if (!headSide) return result;
  const headRules = headSide.rules;

  result.recordUrl = recordUrl(headSide.checked.contract.metadata.crm);
  result.compiled = {
    name: headRules.contract.name,
    markdown: renderAgreement(headRules, loadTemplates(), { format: 'md', locale: headRules.contract.locale }),
    rules: emitRules(headRules),
  };
  const reader = contractRelativeReader(github, repo, path, pr.headSha);
  const now = deps.now();
  const impact = async (): Promise<ImpactData | undefined> => {
    if (leads.kind === 'none') return undefined;
    const data = await leadDataFor(inputs, leads, headRules, ctx.workspace, reader, io, deps.env);
    return {
      data,
      when: (zone) => whenFor(inputs, zone, now, 'period-end', warnWhen),
      notes: baseSide ? mappingNotes(inputs.mapping === '' ? undefined : inputs.mapping, baseSide.rules, headRules) : [],
    };
  };
  if (baseSide) {
    const reviewed = await reviewContractChange(
      { ...baseSide, display: `${file.basePath}@${pr.baseSha.slice(0, 7)}` },
      { ...headSide, display: `${path}@${pr.headSha.slice(0, 7)}` },
      await impact(),
    );
    section.diff = reviewed.report;
    if (reviewed.head) result.report = reviewed.head;
  } else {
    const measured = await impact();
    if (measured) {
      const report = await measure(headRules, { kind: 'data', data: measured.data }, 'streaming', measured.when(headRules.contract.timezone));
      section.complianceMarkdown = renderReport.markdown(report, { color: false, locale: headRules.contract.locale, recordUrl: result.recordUrl });
      result.report = report;
    }
  }
  io.info(`revpact: ${path}: ${head?.ok ? 'valid' : 'invalid'}${section.diff ? `, ${section.diff.changes.length} change(s)` : ''}`);
  return result;
}

function contractRelativeReader(github: GitHub, repo: Repo, contractPath: string, sha: string): ContractRelativeReader {
  return async (name) => {
    const path = posix.normalize(posix.join(posix.dirname(contractPath), name));
    // The contract comes from the pull request: what it names is read only from the repository.
    if (path === '..' || path.startsWith('../'))
      throw new UsageError(
        `${contractPath}: metadata.mapping ${quoteValue(name)} points outside the repository`,
        'keep the mapping file in the repository, beside the contract, or name it with the mapping input',
      );
    const bytes = await readAt(github, repo, path, sha);
    if (!bytes)
      throw new UsageError(
        `mapping ${path}: no such file at ${sha.slice(0, 7)}, and not a preset`,
        'name hubspot, salesforce, canonical or a mapping file in metadata.mapping or in the mapping input',
      );
    return { bytes, display: path };
  };
}

function approversOf(rules: RulesIR): Approvers[] {
  return (['marketing', 'sales'] as const).map((side) => ({
    side,
    owner: ownerOf(rules.owners[side].github),
    delegates: rules.approvers.filter((a) => a.for === side).map((a) => a.github.replace(/^@/, '')),
  }));
}

/** Neither side is a valid contract: nobody can be named, and nothing can be approved. */
function unknownApprovers(): Approvers[] {
  return (['marketing', 'sales'] as const).map((side) => ({ side, owner: { kind: 'user', login: '(the contract is invalid)' }, delegates: [] }));
}

interface ReviewedCard {
  section: CardSection;
  approvers: Approvers[];
}

/**
 * A changed grade file: scorecards/<period>.yaml beside a contract, or
 * scorecards/<contract name>/<period>.yaml from a folder that holds several contracts
 * (the layout `revpact scorecard` reads). Checked against that contract at the head,
 * with every other card of the folder for the trend.
 */
async function reviewCard(github: GitHub, repo: Repo, file: ChangedFile, pr: PullRequestInfo, inputs: ActionInputs, nowMs: number): Promise<ReviewedCard> {
  const section: CardSection = { path: file.path, contract: '?', diagnostics: [], approvals: [] };
  const found = await cardContract(github, repo, file.path, pr.headSha, inputs);
  if ('problem' in found) {
    section.diagnostics = [
      {
        code: 'unresolved-reference',
        severity: 'error',
        message: found.problem,
        file: file.path,
        pointer: '',
        line: 1,
        column: 1,
        suggest: 'keep grade files in scorecards/ beside their contract, or in scorecards/<contract name>/',
      },
    ];
    return { section, approvers: unknownApprovers() };
  }
  const { rules } = found.contract;
  section.contract = `${rules.contract.name} ${rules.contract.version}`;
  section.locale = rules.contract.locale;
  // As for a contract, the owners named on the base side approve (the pull request may change them).
  const contractFile = found.contract.checked.file;
  const baseBytes = await readAt(github, repo, contractFile, pr.baseSha);
  const base = baseBytes ? loadContract(contractFile, baseBytes) : undefined;
  const governing = base?.ok ? approversOf(base.value.rules) : baseBytes ? approversOfData(parseYaml(contractFile, baseBytes).value) : approversOf(rules);
  const folder = posix.dirname(file.path);
  const names = (await listFolder(github, repo, folder, pr.headSha)).filter((n) => /\.ya?ml$/i.test(n) && !posix.basename(n).startsWith('.'));
  const cards: GradeCard[] = [];
  let current: string | undefined;
  let allRead = true;
  for (const name of names.sort()) {
    const bytes = await readAt(github, repo, name, pr.headSha);
    if (!bytes) continue;
    // Today in the contract's zone: a card dated after it is a typo (as in validate and scorecard).
    const parsed = parseGradeFile(name, bytes, rules, DateTime.fromMillis(nowMs, { zone: rules.contract.timezone }).toISODate() ?? undefined);
    // Only the changed file's problems are this pull request's to fix.
    if (name === file.path) section.diagnostics.push(...parsed.diagnostics);
    if (parsed.ok) {
      cards.push(parsed.value);
      if (name === file.path) current = parsed.value.period.label;
    } else allRead = false;
  }
  // A period whose file could not be read is no period left ungraded: its own problems are said.
  section.diagnostics.push(...[...duplicatePeriods(cards), ...(allRead ? missingPeriods(cards) : [])].filter((d) => d.file === file.path));
  if (current !== undefined && !hasErrors(section.diagnostics)) {
    const report = buildScorecardReport(rules, cards, current);
    section.markdown = renderScorecard.md(report, { locale: rules.contract.locale, templates: loadTemplates() });
  }
  return { section, approvers: governing ?? unknownApprovers() };
}

function isGradeFile(path: string): boolean {
  const parts = path.split('/');
  return /\.ya?ml$/i.test(path) && (parts.at(-2) === 'scorecards' || parts.at(-3) === 'scorecards');
}

/** The contract a grade file belongs to: the contracts glob's files at the head, nearest first. */
async function cardContract(
  github: GitHub,
  repo: Repo,
  cardPath: string,
  sha: string,
  inputs: ActionInputs,
): Promise<{ contract: LoadedContract } | { problem: string }> {
  const parts = cardPath.split('/');
  const named = parts.at(-2) === 'scorecards' ? undefined : parts.at(-2);
  const scorecards = parts.slice(0, named ? -2 : -1).join('/');
  const root = posix.dirname(scorecards);
  const isContract = pathMatcher(inputs.contracts);
  const { data: tree } = await github.rest.git.getTree({ ...repo, tree_sha: sha, recursive: 'true' });
  const candidates = tree.tree
    .filter((e) => e.type === 'blob' && typeof e.path === 'string' && isContract(e.path) && (root === '.' || e.path.startsWith(`${root}/`)))
    .map((e) => e.path)
    .sort((a, b) => a.split('/').length - b.split('/').length || a.localeCompare(b));
  const matches: LoadedContract[] = [];
  for (const path of candidates) {
    const bytes = await readAt(github, repo, path, sha);
    const loaded = bytes ? loadContract(path, bytes) : undefined;
    if (!loaded?.ok || !loaded.value.checked.contract.scorecard) continue;
    if (named === undefined || loaded.value.rules.contract.name === named) matches.push(loaded.value);
  }
  if (matches.length === 1) return { contract: matches[0] as LoadedContract };
  if (matches.length === 0)
    return {
      problem: `no valid contract with a scorecard section${named ? ` named ${named}` : ''} matches ${inputs.contracts} under ${root === '.' ? 'the repository root' : root}/`,
    };
  return {
    problem: `several contracts could own this card (${matches.map((m) => m.checked.file).join(', ')}): keep each contract's cards in scorecards/<contract name>/`,
  };
}

async function listReviews(github: GitHub, repo: Repo, number: number): Promise<Review[]> {
  const reviews = await github.paginate(github.rest.pulls.listReviews, { ...repo, pull_number: number, per_page: 100 });
  return reviews
    .filter((r) => r.user)
    .map((r) => ({ login: r.user?.login ?? '', state: r.state, commitId: r.commit_id ?? null, submittedAt: r.submitted_at ?? null }));
}

async function verdicts(approvers: Approvers[], reviews: Review[], pr: PullRequestInfo, teams: TeamCache): Promise<SideVerdict[]> {
  const members: (TeamMembers | undefined)[] = [];
  for (const a of approvers) members.push(a.owner.kind === 'team' ? await teams.members(a.owner.org, a.owner.slug) : undefined);
  return decideSides(approvers, latestReviews(reviews), pr, members);
}

/** Team members, read once per run. The workflow token cannot read organisation teams: say which permission is missing. */
class TeamCache {
  private readonly cache = new Map<string, TeamMembers>();
  constructor(
    private readonly github: GitHub,
    private readonly io: ActionIO,
  ) {}

  async members(org: string, slug: string): Promise<TeamMembers> {
    const key = `${org}/${slug}`.toLowerCase();
    const known = this.cache.get(key);
    if (known) return known;
    let result: TeamMembers;
    try {
      const members = await this.github.paginate(this.github.rest.teams.listMembersInOrg, { org, team_slug: slug, per_page: 100 });
      result = { ok: true, logins: new Set(members.map((m) => m.login.toLowerCase())) };
    } catch (e) {
      const status = httpStatus(e);
      if (status !== 403 && status !== 404) throw e;
      const reason = `cannot read the members of ${ownerLabel({ kind: 'team', org, slug })} (HTTP ${status}): the token needs read access to the organization’s members (a GitHub App with "Members: read", or a token with read:org, passed as github-token); until then only delegates in metadata.approvers can approve for this side`;
      this.io.warning(`revpact: ${reason}`);
      result = { ok: false, reason, status };
    }
    this.cache.set(key, result);
    return result;
  }
}

/** A request's answer, or what `missing` does (throw a clearer error) when GitHub answers 404. */
async function notFound<T>(request: Promise<T>, missing: () => never): Promise<T> {
  try {
    return await request;
  } catch (e) {
    if (httpStatus(e) === 404) missing();
    throw e;
  }
}

async function setStatus(github: GitHub, repo: Repo, sha: string, state: 'success' | 'pending', description: string, targetUrl: string): Promise<void> {
  await github.rest.repos.createCommitStatus({ ...repo, sha, state, context: STATUS_CONTEXT, description, target_url: targetUrl });
}

function worstStatus(reports: readonly ComplianceReport[]): string {
  if (reports.length === 0) return '';
  if (reports.some((r) => r.status === 'fail')) return 'fail';
  if (reports.some((r) => r.status === 'no-data')) return 'no-data';
  return 'pass';
}
