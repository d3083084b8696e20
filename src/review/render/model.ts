/**
 * What the text and Markdown renderers of a diff both show, as plain strings in one
 * locale's words (messages.ts; numbers and verdicts from the report's catalogue of the
 * same locale): the headline, the version verdict, one row per change, and the impact
 * tables. Escaping is each renderer's job (clean() for the terminal, mdText() for Markdown).
 */
import type { Status } from '../../engine/types.js';
import { createFormatter, type Formatter } from '../../render/format.js';
import type { DocumentLocale } from '../../render/locale.js';
import { reportText, type ReportText } from '../../report/render/messages.js';
import { say } from '../phrase.js';
import { phraseRenderer, type PhraseRenderer } from '../summaries/index.js';
import { suggestedVersion } from '../version.js';
import type { Change, ChangeValue, CommitmentSide, DiffReport, Impact, ShareSide, VersionCheck } from '../types.js';
import { diffText, type DiffText } from './messages.js';

/** The words of one locale: the diff's own, the report's (statuses, instants), and its number formatter. */
export interface DiffWords {
  t: DiffText;
  report: ReportText;
  f: Formatter;
  /** Change summaries and impact notes (review/summaries) in this locale. */
  phrase: PhraseRenderer;
}

export function diffWords(locale: DocumentLocale = 'en'): DiffWords {
  const report = reportText(locale);
  return { t: diffText(locale), report, f: createFormatter(report), phrase: phraseRenderer(locale) };
}

export function headline(r: DiffReport, w: DiffWords): string {
  const subject =
    r.base.name === r.head.name
      ? `${r.head.name} ${r.base.version} → ${r.head.version}`
      : `${r.base.name} ${r.base.version} → ${r.head.name} ${r.head.version}`;
  const meaningful = r.changes.filter((c) => c.bump !== 'none');
  if (meaningful.length === 0) return w.t.noChange(subject);
  return w.t.headline(subject, w.f.count(meaningful.length), meaningful.length, tally(meaningful, w), versionShort(r.version, w.t));
}

function tally(changes: readonly Change[], { t, f }: DiffWords): string {
  const count = (d: Change['direction']) => changes.filter((c) => c.direction === d && !c.unclear).length;
  const unclear = changes.filter((c) => c.unclear).length;
  const part = (n: number, say: (n: string, count: number) => string) => (n > 0 ? say(f.count(n), n) : '');
  const parts = [
    part(count('tightened'), t.tally.tightened),
    part(count('loosened'), t.tally.loosened),
    part(unclear, t.tally.unclear),
    part(count('neutral'), t.tally.neutral),
  ];
  return parts.filter(Boolean).join(', ');
}

export function versionShort(v: VersionCheck, t: DiffText): string {
  const s = t.versionShort;
  if (v.actual === 'downgrade') return s.down(v.from, v.to);
  if (v.ok) return v.required === 'none' ? s.notNeeded : s.enough(t.bump[v.actual]);
  return s.needs(t.bump[v.required], v.actual === 'none' ? null : t.bump[v.actual]);
}

/** One sentence: what is needed, what was done, whether it is enough. */
export function versionSentence(v: VersionCheck, t: DiffText): string {
  const s = t.versionSentence;
  const next = suggestedVersion(v.from, v.required);
  if (v.actual === 'downgrade') return s.down(v.from, v.to, v.required === 'none' ? null : t.bump[v.required], next);
  if (v.required === 'none') return v.actual === 'none' ? s.canStay : s.noMeaning(v.from, v.to, t.bump[v.actual]);
  const made = v.actual === 'none' ? s.stays(v.to) : s.bumped(v.from, v.to, t.bump[v.actual]);
  return v.ok ? s.enough(t.bump[v.required], made) : s.notEnough(t.bump[v.required], next, made);
}

/** A change's one line in the reader's locale (its English `summary` when it has no phrase). */
export function summaryText(c: Change, w: DiffWords): string {
  return c.message ? w.phrase(c.message) : c.summary;
}

/** The impact's notes in the reader's locale. */
export function notesText(i: Impact, w: DiffWords): string[] {
  return i.notes.map((note, k) => {
    const m = i.noteMessages?.[k];
    return m ? w.phrase(m) : note;
  });
}

/** A change's before or after: in the locale's words where the change has them (conditions, durations), else its value. */
export function sideText(c: Change, which: 'before' | 'after', w: DiffWords): string {
  const shown = c.shown?.[which];
  if (shown !== undefined) return w.phrase(say('join.two', { p0: shown, p1: '' }));
  const value = c[which];
  return typeof value === 'boolean' ? w.phrase(say(value ? 'bool.true' : 'bool.false')) : valueText(value, w);
}

export function valueText(v: ChangeValue, w: DiffWords): string {
  if (v === null) return w.report.none;
  if (Array.isArray(v)) return v.length === 0 ? w.t.noneValue : v.join(w.report.listSeparator);
  return String(v);
}

/** The warnings the change brings, one row each: where in the head file, the warning, its fix (the checker's English catalogue, as `validate` says them). */
export interface WarningRow {
  where: string;
  warning: string;
  fix: string;
}

export function newWarningRows(r: DiffReport): WarningRow[] {
  return (r.newWarnings ?? []).map((d) => ({ where: `${d.file}:${d.line}:${d.column}`, warning: `${d.code}: ${d.message}`, fix: d.suggest ?? '' }));
}

/** The direction as a key (for icons): tightened, loosened, neutral, or unclear. */
export function directionKey(c: Change): keyof DiffText['direction'] {
  return c.unclear ? 'unclear' : c.direction;
}

export function directionWord(c: Change, t: DiffText): string {
  return t.direction[directionKey(c)];
}

/* ───────────────────────── impact ───────────────────────── */

export interface ImpactRow {
  name: string;
  owner: string;
  before: string;
  after: string;
  status: string;
  statusTones: [Status | null, Status | null];
  changed: string;
}

export function impactFacts(i: Impact, { t, report, f }: DiffWords): string {
  return t.impactFacts({
    label: i.period.label,
    from: report.instant(i.period.from),
    to: report.instant(i.period.to),
    timezone: i.period.timezone,
    asOf: report.instant(i.period.asOf),
    rows: f.count(i.input.rows),
    rowCount: i.input.rows,
    files: i.input.files.join(report.listSeparator),
    mapping: i.mapping,
    evaluated: f.count(i.input.evaluated),
    rejected: f.count(i.input.rejected),
  });
}

function teamWord(team: string, report: ReportText): string {
  return Object.hasOwn(report.team, team) ? (report.team[team] as string) : team;
}

function statusPair(base: { status: Status } | null, head: { status: Status } | null, report: ReportText): string {
  return `${base ? report.status[base.status] : report.none} → ${head ? report.status[head.status] : report.none}`;
}

export function slaRows(i: Impact, w: DiffWords): ImpactRow[] {
  const { t, report, f } = w;
  return i.slas.map((s) => ({
    name: s.renamedFrom === undefined ? (s.name ?? s.id) : t.renamedFrom(s.name, s.renamedFrom, s.id),
    owner: teamWord(s.owner, report),
    before: s.base ? t.ofGoal(f.measured(s.base.attainment), f.stated(s.base.target)) : t.notInBase,
    after: s.head ? t.ofGoal(f.measured(s.head.attainment), f.stated(s.head.target)) : t.notInHead,
    status: statusPair(s.base, s.head, report),
    statusTones: [s.base?.status ?? null, s.head?.status ?? null],
    changed: s.leadsChanged === null ? report.none : f.count(s.leadsChanged),
  }));
}

export function commitmentRows(i: Impact, w: DiffWords): ImpactRow[] {
  const { t, report, f } = w;
  const value = (c: CommitmentSide, v: number | null, as: 'measured' | 'stated') =>
    v === null
      ? f.measured(null)
      : c.unit === 'ratio'
        ? as === 'measured'
          ? f.measured(v)
          : f.stated(v)
        : c.unit === 'leads' && Number.isInteger(v)
          ? f.count(v)
          : f.amount(v);
  const words = (c: CommitmentSide | null, missing: string) => (c ? t.ofGoal(value(c, c.actual, 'measured'), value(c, c.goal, 'stated')) : missing);
  return i.commitments.map((c) => ({
    name: c.id,
    owner: teamWord(c.owner, report),
    before: words(c.base, t.notInBase),
    after: words(c.head, t.notInHead),
    status: statusPair(c.base, c.head, report),
    statusTones: [c.base?.status ?? null, c.head?.status ?? null],
    changed: '',
  }));
}

/** Handoff completeness and the follow-up cadence, when either side has them. */
export function otherRows(i: Impact, w: DiffWords): ImpactRow[] {
  const { t, report, f } = w;
  const words = (s: ShareSide | null, of: 'mqls' | 'leads', missing: string) => (s ? t.shareOf(f.measured(s.rate), f.count(s.leads), s.leads, of) : missing);
  const rows: ImpactRow[] = [];
  const add = (name: string, owner: string, pair: { base: ShareSide | null; head: ShareSide | null }, of: 'mqls' | 'leads') => {
    if (!pair.base && !pair.head) return;
    rows.push({
      name,
      owner: teamWord(owner, report),
      before: words(pair.base, of, t.notInBase),
      after: words(pair.head, of, t.notInHead),
      status: '',
      statusTones: [null, null],
      changed: '',
    });
  };
  add(t.measures.handoff, 'marketing', i.handoff, 'mqls');
  add(t.measures.followUp, 'sales', i.followUp, 'leads');
  return rows;
}

export function leadsChangedSentence(i: Impact, { t, f }: DiffWords): string {
  if (i.leadsChanged === null) return i.slas.some((s) => s.base && s.head) ? t.leadsChanged.unavailable : t.leadsChanged.noCommonSla;
  const per = i.slas.filter((s) => (s.leadsChanged ?? 0) > 0).map((s) => `${s.name ?? s.id} ${f.count(s.leadsChanged ?? 0)}`);
  return t.leadsChanged.counted(f.count(i.leadsChanged), f.count(i.leadsCompared), per);
}

export function transitionsText(s: Impact['slas'][number], { t, f }: DiffWords): string {
  return s.transitions.map((x) => `${t.verdict[x.from]} → ${t.verdict[x.to]}: ${f.count(x.leads)}`).join('; ');
}
