/**
 * Calendars are the business clock of SLAs and of the follow-up span. More working hours
 * make the clock run during more of the week, so a goal in business time falls due
 * sooner: tighter for the teams whose clauses run on that calendar. A holiday stops the
 * clock: looser. A calendar no clause uses changes nobody's obligation.
 */
import type { RuleCalendar, RulesIR, Weekday } from '../../compiler/ir.js';
import { fieldChanges, makeChange, type FieldChange } from '../change.js';
import { matchByKey, setDiff } from '../match.js';
import type { Affects, Change, Direction } from '../types.js';
import { say, week, type Arg } from '../phrase.js';
import { addsDrops } from './qualification.js';
import { defined, wording, type DiffContext } from './context.js';

const DAYS: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const DAY_NAMES: Record<Weekday, string> = { mon: 'Mon', tue: 'Tue', wed: 'Wed', thu: 'Thu', fri: 'Fri', sat: 'Sat', sun: 'Sun' };

export function diffCalendars(ctx: DiffContext): Change[] {
  const m = matchByKey(ctx.base.calendars, ctx.head.calendars, (c) => c.id);
  const out: (Change | undefined)[] = [];
  for (const { item, index } of m.removed) {
    out.push(
      makeChange({
        section: 'calendars',
        pointer: `/calendars/${index}`,
        kind: 'removed',
        before: item.id,
        after: null,
        direction: 'neutral',
        affects: users(ctx.base, item.id) ?? 'both',
        clause: true,
        summary: say('calendar.removed', { name: item.name ?? item.id }),
      }),
    );
  }
  for (const r of m.renamed)
    out.push(
      makeChange({
        section: 'calendars',
        pointer: `/calendars/${r.headIndex}/id`,
        kind: 'renamed',
        before: r.base.id,
        after: r.head.id,
        direction: 'neutral',
        affects: users(ctx.head, r.head.id) ?? 'both',
        summary: say('renamed.calendar', { from: r.base.id, to: r.head.id }),
      }),
    );
  for (const p of m.pairs) out.push(...diffCalendar(ctx, p.base, p.head, `/calendars/${p.headIndex}`));
  for (const { item, index } of m.added) {
    out.push(
      makeChange({
        section: 'calendars',
        pointer: `/calendars/${index}`,
        kind: 'added',
        before: null,
        after: item.id,
        direction: 'neutral',
        affects: users(ctx.head, item.id) ?? 'both',
        summary: say('calendar.added', { name: item.name ?? item.id, timezone: item.timezone, week: week(item) }),
      }),
    );
  }
  return defined(out);
}

/** The teams whose SLAs or follow-up run on the calendar; undefined when none does. */
function users(rules: RulesIR, id: string): Affects | undefined {
  const teams = new Set<'marketing' | 'sales'>();
  for (const s of rules.slas) if (s.clock === 'business' && s.calendar === id) teams.add(s.owner);
  if (rules.followUp?.calendar === id) teams.add('sales');
  if (teams.size === 0) return undefined;
  return teams.size === 2 ? 'both' : [...teams][0];
}

function diffCalendar(ctx: DiffContext, b: RuleCalendar, h: RuleCalendar, at: string): (Change | undefined)[] {
  const used = users(ctx.head, h.id) ?? users(ctx.base, b.id);
  const affects = used ?? 'both';
  const name = h.name ?? h.id;
  // Unused calendars (meetings only) change no obligation: neutral, and not unclear.
  const field = fieldChanges('calendars', at, affects);
  const changed: FieldChange = (pointer, before, after, direction, summary, unclear = false, shown) =>
    field(pointer, before, after, used ? direction : 'neutral', summary, used !== undefined && unclear, shown);
  const out: (Change | undefined)[] = [];

  if (b.timezone !== h.timezone)
    out.push(changed('/timezone', b.timezone, h.timezone, 'neutral', say('calendar.timezone', { name, from: b.timezone, to: h.timezone }), true));
  const hours = compareWeeks(b, h);
  if (hours !== 'same') {
    const d: Direction = hours === 'more' ? 'tightened' : hours === 'fewer' ? 'loosened' : 'neutral';
    out.push(
      changed('/hours', weekWords(b), weekWords(h), d, say('calendar.hours', { name, from: week(b), to: week(h) }), hours === 'other', {
        before: week(b),
        after: week(h),
      }),
    );
  }

  // Holidays, by date and by region: one change for each list.
  const dates = setDiff(
    b.holidayDates.map((x) => x.date),
    h.holidayDates.map((x) => x.date),
  );
  const regions = setDiff(b.holidayRegions, h.holidayRegions);
  const region = (r: string) => say('calendar.region', { region: r });
  const added: Arg[] = [...dates.added, ...regions.added.map(region)];
  const removed: Arg[] = [...dates.removed, ...regions.removed.map(region)];
  if (added.length > 0 || removed.length > 0) {
    const d: Direction = removed.length === 0 ? 'loosened' : added.length === 0 ? 'tightened' : 'neutral';
    const words = (c: RuleCalendar) => [...c.holidayRegions, ...c.holidayDates.map((x) => x.date)];
    out.push(
      changed(
        '/holidays',
        words(b),
        words(h),
        d,
        say('calendar.holidays', { name, change: addsDrops({ added, removed }, 'change.addsDropsSemi') }),
        d === 'neutral',
      ),
    );
  }
  out.push(wording('calendars', `${at}/name`, say('subject.calendarName', { id: h.id }), b.name, h.name, affects));
  // Names of holidays are words too.
  const names = (c: RuleCalendar) => c.holidayDates.map((x) => `${x.date} ${x.name ?? ''}`).join('|');
  if (dates.added.length === 0 && dates.removed.length === 0 && names(b) !== names(h)) {
    out.push(
      makeChange({
        section: 'calendars',
        pointer: `${at}/holidays/dates`,
        kind: 'changed',
        before: null,
        after: null,
        direction: 'neutral',
        affects,
        wording: true,
        summary: say('calendar.holidayNames', { name }),
      }),
    );
  }
  return out;
}

type WeekChange = 'same' | 'more' | 'fewer' | 'other';

/** `more` when every working minute of the base is still one in the head and there are new ones. */
function compareWeeks(b: RuleCalendar, h: RuleCalendar): WeekChange {
  let grows = false;
  let shrinks = false;
  for (const day of DAYS) {
    const bm = minutesOf(b.week[day]);
    const hm = minutesOf(h.week[day]);
    for (const x of bm) if (!hm.has(x)) shrinks = true;
    for (const x of hm) if (!bm.has(x)) grows = true;
  }
  if (!grows && !shrinks) return 'same';
  return grows && shrinks ? 'other' : grows ? 'more' : 'fewer';
}

function minutesOf(intervals: readonly [number, number][]): Set<number> {
  const set = new Set<number>();
  for (const [s, e] of intervals) for (let m = s; m < e; m++) set.add(m);
  return set;
}

/** "Mon–Fri 09:00–14:00, 15:00–18:00": consecutive days with the same hours grouped. */
export function weekWords(c: RuleCalendar): string {
  const groups: { from: Weekday; to: Weekday; hours: string }[] = [];
  for (const day of DAYS) {
    const hours = c.week[day].map(([s, e]) => `${hhmm(s)}–${hhmm(e)}`).join(', ');
    const last = groups[groups.length - 1];
    if (last && last.hours === hours && DAYS.indexOf(last.to) === DAYS.indexOf(day) - 1) last.to = day;
    else groups.push({ from: day, to: day, hours });
  }
  const open = groups.filter((g) => g.hours !== '');
  if (open.length === 0) return 'closed every day';
  return open.map((g) => `${DAY_NAMES[g.from]}${g.from === g.to ? '' : `–${DAY_NAMES[g.to]}`} ${g.hours}`).join('; ');
}

function hhmm(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
