/**
 * What the text and Markdown renderers of a diff both show, as plain strings: the
 * headline, the version verdict, one row per change, and the impact tables. Escaping is
 * each renderer's job (clean() for the terminal, mdText() for Markdown).
 */
import type { Status } from '../../engine/types.js';
import { createFormatter } from '../../render/format.js';
import { EN } from '../../report/render/messages.js';
import { suggestedVersion } from '../version.js';
import type { Change, ChangeValue, CommitmentSide, DiffReport, Impact, ShareSide, VersionCheck } from '../types.js';
import { num, plural } from '../words.js';

export const f = createFormatter(EN);

export function headline(r: DiffReport): string {
  const subject =
    r.base.name === r.head.name
      ? `${r.head.name} ${r.base.version} → ${r.head.version}`
      : `${r.base.name} ${r.base.version} → ${r.head.name} ${r.head.version}`;
  const meaningful = r.changes.filter((c) => c.bump !== 'none');
  if (meaningful.length === 0) return `${subject}: no change in meaning`;
  return `${subject}: ${plural(meaningful.length, 'change')} (${tally(meaningful)}); ${versionShort(r.version)}`;
}

function tally(changes: readonly Change[]): string {
  const count = (d: Change['direction']) => changes.filter((c) => c.direction === d && !c.unclear).length;
  const unclear = changes.filter((c) => c.unclear).length;
  const parts = [
    count('tightened') > 0 ? `${num(count('tightened'))} tighter` : '',
    count('loosened') > 0 ? `${num(count('loosened'))} looser` : '',
    unclear > 0 ? `${num(unclear)} to review` : '',
    count('neutral') > 0 ? `${num(count('neutral'))} neutral` : '',
  ];
  return parts.filter(Boolean).join(', ');
}

export function versionShort(v: VersionCheck): string {
  if (v.actual === 'downgrade') return `version goes down (${v.from} → ${v.to})`;
  if (v.ok) return v.required === 'none' ? 'no version bump needed' : `${v.actual} version bump: enough`;
  return `needs a ${v.required} version bump, got ${v.actual === 'none' ? 'none' : `a ${v.actual}`}`;
}

/** One sentence: what is needed, what was done, whether it is enough. */
export function versionSentence(v: VersionCheck): string {
  const next = suggestedVersion(v.from, v.required);
  if (v.actual === 'downgrade')
    return `The version goes down from ${v.from} to ${v.to}; a change needs a higher version${v.required === 'none' ? '' : ` (${v.required}: ${next ?? '?'} or later)`}.`;
  if (v.required === 'none')
    return v.actual === 'none' ? 'No change in meaning: the version can stay.' : `No change in meaning; ${v.from} → ${v.to} is a ${v.actual} bump.`;
  const made = v.actual === 'none' ? `the version stays ${v.to}` : `${v.from} → ${v.to} is a ${v.actual} bump`;
  return v.ok
    ? `The changes need a ${v.required} bump; ${made}: enough.`
    : `The changes need a ${v.required} bump (${next ?? '?'} or later); ${made}: not enough.`;
}

export function valueText(v: ChangeValue): string {
  if (v === null) return '–';
  if (Array.isArray(v)) return v.length === 0 ? '(none)' : v.join(', ');
  return String(v);
}

export function directionWord(c: Change): string {
  if (c.unclear) return 'review';
  return c.direction === 'tightened' ? 'tighter' : c.direction === 'loosened' ? 'looser' : 'neutral';
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

export function impactFacts(i: Impact): string {
  const files = i.input.files.join(', ');
  return `${i.period.label} (${i.period.from} to ${i.period.to}, ${i.period.timezone}), as of ${i.period.asOf}; ${f.count(i.input.rows)} rows from ${files} (mapping ${i.mapping}): ${f.count(i.input.evaluated)} evaluated, ${f.count(i.input.rejected)} rejected`;
}

export function slaRows(i: Impact): ImpactRow[] {
  return i.slas.map((s) => ({
    name: s.name ?? s.id,
    owner: s.owner,
    before: s.base ? `${f.measured(s.base.attainment)} of ${f.stated(s.base.target)}` : 'not in base',
    after: s.head ? `${f.measured(s.head.attainment)} of ${f.stated(s.head.target)}` : 'not in head',
    status: `${s.base ? EN.status[s.base.status] : '–'} → ${s.head ? EN.status[s.head.status] : '–'}`,
    statusTones: [s.base?.status ?? null, s.head?.status ?? null],
    changed: s.leadsChanged === null ? '–' : f.count(s.leadsChanged),
  }));
}

export function commitmentRows(i: Impact): ImpactRow[] {
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
  const words = (c: CommitmentSide | null, missing: string) => (c ? `${value(c, c.actual, 'measured')} of ${value(c, c.goal, 'stated')}` : missing);
  return i.commitments.map((c) => ({
    name: c.id,
    owner: c.owner,
    before: words(c.base, 'not in base'),
    after: words(c.head, 'not in head'),
    status: `${c.base ? EN.status[c.base.status] : '–'} → ${c.head ? EN.status[c.head.status] : '–'}`,
    statusTones: [c.base?.status ?? null, c.head?.status ?? null],
    changed: '',
  }));
}

/** Handoff completeness and the follow-up cadence, when either side has them. */
export function otherRows(i: Impact): ImpactRow[] {
  const words = (s: ShareSide | null, of: string, missing: string) => (s ? `${f.measured(s.rate)} of ${f.count(s.leads)} ${of}` : missing);
  const rows: ImpactRow[] = [];
  const add = (name: string, owner: string, pair: { base: ShareSide | null; head: ShareSide | null }, of: string) => {
    if (!pair.base && !pair.head) return;
    rows.push({
      name,
      owner,
      before: words(pair.base, of, 'not in base'),
      after: words(pair.head, of, 'not in head'),
      status: '',
      statusTones: [null, null],
      changed: '',
    });
  };
  add('Complete handoff', 'marketing', i.handoff, 'MQLs');
  add('Full follow-up before giving up', 'sales', i.followUp, 'leads');
  return rows;
}

export function leadsChangedSentence(i: Impact): string {
  if (i.leadsChanged === null)
    return i.slas.some((s) => s.base && s.head) ? 'Leads with another verdict: not available.' : 'No SLA is in both contracts: no verdicts to compare.';
  const per = i.slas.filter((s) => (s.leadsChanged ?? 0) > 0).map((s) => `${s.name ?? s.id} ${f.count(s.leadsChanged ?? 0)}`);
  return (
    `Leads with another verdict: ${f.count(i.leadsChanged)} of ${f.count(i.leadsCompared)} measured` + (per.length > 0 ? ` (${per.join(', ')})` : '') + '.'
  );
}

export function transitionsText(s: Impact['slas'][number]): string {
  return s.transitions.map((t) => `${t.from} → ${t.to}: ${f.count(t.leads)}`).join('; ');
}
