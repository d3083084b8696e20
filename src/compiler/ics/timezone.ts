/**
 * A VTIMEZONE component (RFC 5545 §3.6.5) for an IANA zone, generated from the zone's
 * own transitions as luxon (Intl, i.e. the tz database Node ships) reports them, so that
 * a calendar which does not know the TZID still places every occurrence at the right
 * instant.
 *
 * Transitions are found by sampling the offset once a day over the window and bisecting
 * each change to the minute. Transitions of one kind (same offsets before and after)
 * that fall every year on the same weekday rule ("the last Sunday of March at 02:00")
 * up to the end of the window become one observance with a yearly RRULE, as hand-written
 * VTIMEZONEs have; anything irregular is listed with RDATEs, one a line. A zone without transitions
 * gets one STANDARD observance.
 */
import { DateTime, IANAZone } from 'luxon';

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
const ICAL_DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

interface Transition {
  /** First instant of the new offset, epoch ms. */
  at: number;
  from: number;
  to: number;
  daylight: boolean;
}

/** The zone's offset changes in [fromYear-01-01, toYear+1-01-01), UTC bounds. */
export function transitions(zoneName: string, fromYear: number, toYear: number): Transition[] {
  const zone = IANAZone.create(zoneName);
  if (!zone.isValid) throw new Error(`ics: unknown time zone ${zoneName}`);
  const start = Date.UTC(fromYear, 0, 1);
  const end = Date.UTC(toYear + 1, 0, 1);
  const out: Transition[] = [];
  let t = start;
  let offset = zone.offset(t);
  while (t < end) {
    const next = Math.min(t + DAY_MS, end);
    const nextOffset = zone.offset(next);
    if (nextOffset !== offset) {
      // Bisect to the first minute of the new offset.
      let lo = t;
      let hi = next;
      while (hi - lo > MINUTE_MS) {
        const mid = lo + Math.floor((hi - lo) / 2 / MINUTE_MS) * MINUTE_MS;
        if (zone.offset(mid) === offset) lo = mid;
        else hi = mid;
      }
      out.push({ at: hi, from: offset, to: nextOffset, daylight: DateTime.fromMillis(hi, { zone }).isInDST });
    }
    t = next;
    offset = nextOffset;
  }
  return out;
}

/** The VTIMEZONE lines (unfolded) for `zoneName`, covering fromYear to toYear and, where the rule is regular, beyond. */
export function vtimezone(zoneName: string, fromYear: number, toYear: number): string[] {
  const list = transitions(zoneName, fromYear, toYear);
  const lines = ['BEGIN:VTIMEZONE', `TZID:${zoneName}`];
  if (list.length === 0) {
    const offset = IANAZone.create(zoneName).offset(Date.UTC(fromYear, 0, 1));
    lines.push(
      'BEGIN:STANDARD',
      'DTSTART:19700101T000000',
      `TZOFFSETFROM:${utcOffset(offset)}`,
      `TZOFFSETTO:${utcOffset(offset)}`,
      'END:STANDARD',
      'END:VTIMEZONE',
    );
    return lines;
  }

  // Group by kind and offsets, in order of first appearance.
  const groups = new Map<string, Transition[]>();
  for (const tr of list) {
    const key = `${tr.daylight}|${tr.from}|${tr.to}`;
    groups.set(key, [...(groups.get(key) ?? []), tr]);
  }
  for (const group of groups.values()) {
    const first = group[0] as Transition;
    const kind = first.daylight ? 'DAYLIGHT' : 'STANDARD';
    // Onsets are written in local time before the transition, i.e. in the old offset.
    const onsets = group.map((tr) => DateTime.fromMillis(tr.at + tr.from * MINUTE_MS, { zone: 'utc' }));
    lines.push(`BEGIN:${kind}`, `DTSTART:${localStamp(onsets[0] as DateTime)}`);
    const rule = yearlyRule(onsets, toYear);
    if (rule) lines.push(`RRULE:${rule}`);
    // One RDATE line per onset, not one line of comma-separated dates: RFC 5545 allows both,
    // but ical.js (Mozilla's parser, the one the tests read with) takes only the first date of
    // a line, and put a meeting in Santiago or Casablanca an hour off for months at a time.
    else for (const onset of onsets.slice(1)) lines.push(`RDATE:${localStamp(onset)}`);
    lines.push(`TZOFFSETFROM:${utcOffset(first.from)}`, `TZOFFSETTO:${utcOffset(first.to)}`, `END:${kind}`);
  }
  lines.push('END:VTIMEZONE');
  return lines;
}

/**
 * "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU" when every onset is the same weekday of the same
 * month at the same local time, the same week of the month (or the last), one a year
 * without gaps, up to the window's last year (so the rule is still in force).
 */
function yearlyRule(onsets: readonly DateTime[], toYear: number): string | undefined {
  const first = onsets[0];
  const last = onsets.at(-1);
  if (!first || !last || onsets.length < 2 || last.year !== toYear) return undefined;
  const same = (f: (d: DateTime) => number | string) => onsets.every((d) => f(d) === f(first));
  const time = (d: DateTime) => d.toFormat('HHmmss');
  if (!same((d) => d.month) || !same((d) => d.weekday) || !same(time)) return undefined;
  if (!onsets.every((d, i) => d.year === first.year + i)) return undefined;
  const nth = (d: DateTime) => Math.ceil(d.day / 7);
  const lastOfMonth = (d: DateTime) => d.day + 7 > (d.daysInMonth ?? 31);
  const day = ICAL_DAYS[first.weekday - 1] as string;
  if (onsets.every(lastOfMonth)) return `FREQ=YEARLY;BYMONTH=${first.month};BYDAY=-1${day}`;
  if (same(nth)) return `FREQ=YEARLY;BYMONTH=${first.month};BYDAY=${nth(first)}${day}`;
  return undefined;
}

function localStamp(d: DateTime): string {
  return d.toFormat("yyyyMMdd'T'HHmmss");
}

/** Minutes east of UTC → "+0100", "-0330". */
export function utcOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
}
