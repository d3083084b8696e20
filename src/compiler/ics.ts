/**
 * The meeting calendar (issue 8): `reporting.meetings` as an iCalendar file (RFC 5545),
 * one recurring VEVENT per meeting, for `revpact compile --format ics`. Pure: no clock,
 * no randomness, so identical rules give byte-identical files.
 *
 * Choices, each for re-imports and for calendars that know less than we do:
 *   - Local times with TZID and a VTIMEZONE generated from the tz database (ics/timezone.ts),
 *     so "Mondays at 09:30" stays 09:30 across daylight-saving changes.
 *   - UID `<contract>-<meeting id>@revpact`: stable across renames and versions, so a
 *     re-import updates the event instead of adding a second one. SEQUENCE grows with the
 *     contract's version, a release above its release candidates (sequence() below), so
 *     the newer contract's event wins.
 *   - DTSTAMP is the effective date at 00:00 UTC: the day this version of the meetings
 *     took effect, not the time of the build.
 *   - No METHOD: this is a calendar to import or subscribe to, not an iTIP scheduling
 *     message (RFC 5546 would forbid ATTENDEE in a PUBLISH).
 *   - Owners with an `email` in the contract are invited: ATTENDEE with their name (CN)
 *     and mailto: address, the first of them as ORGANIZER (RFC 5545 wants one whenever
 *     there are attendees). An owner without one is named in a CONTACT line and invited
 *     nobody: a GitHub page as the address (what this file used to write) is a URI no
 *     calendar can send an invitation to (issue 13 item 32), and an invented address
 *     would invite a stranger.
 *   - STATUS follows the contract: draft → TENTATIVE, active → CONFIRMED, retired → CANCELLED.
 */
import { CALENDAR_YEARS } from '../contract/meeting-dates.js';
import type { RulesIR, TeamId } from './ir.js';
import { recurrence } from './ics/recurrence.js';
import { escapeText, paramValue, serialize } from './ics/text.js';
import { vtimezone } from './ics/timezone.js';

type Meeting = RulesIR['meetings'][number];

/** Years of explicit time-zone transitions after the effective year (regular rules also hold beyond). */
const ZONE_YEARS = CALENDAR_YEARS;

const STATUS: Record<RulesIR['contract']['status'], string> = { draft: 'TENTATIVE', active: 'CONFIRMED', retired: 'CANCELLED' };

/**
 * The calendar file, CRLF line ends, folded at 75 octets. With no meetings the calendar
 * has no component, which RFC 5545 does not allow: the caller skips writing it.
 */
export function emitIcs(rules: RulesIR): string {
  const c = rules.contract;
  const calendarName = escapeText(c.title ?? c.name);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//revpact//revpact ${escapeText(rules.compiler.version)}//EN`,
    'CALSCALE:GREGORIAN',
    `NAME:${calendarName}`,
    `X-WR-CALNAME:${calendarName}`,
  ];
  const year = Number(c.effective.slice(0, 4));
  const zones = [...new Set(rules.meetings.filter((m) => m.time !== null).map((m) => m.timezone))].sort();
  for (const zone of zones) lines.push(...vtimezone(zone, year - 1, year + ZONE_YEARS));
  for (const m of rules.meetings) lines.push(...vevent(m, rules));
  lines.push('END:VCALENDAR');
  return serialize(lines);
}

function vevent(m: Meeting, rules: RulesIR): string[] {
  const c = rules.contract;
  const { firstDate, rule } = recurrence(m, c.effective);
  const date = firstDate.replace(/-/g, '');
  const lines = ['BEGIN:VEVENT', `UID:${c.name}-${m.id}@revpact`, `DTSTAMP:${c.effective.replace(/-/g, '')}T000000Z`, `SEQUENCE:${sequence(c.version)}`];
  if (m.time !== null) {
    lines.push(`DTSTART;TZID=${paramValue(m.timezone)}:${date}T${m.time.replace(':', '')}00`);
    if (m.durationMinutes !== null && m.durationMinutes > 0) lines.push(`DURATION:${duration(m.durationMinutes)}`);
  } else {
    // No time of day: an all-day event on the meeting's day.
    lines.push(`DTSTART;VALUE=DATE:${date}`, 'DURATION:P1D');
  }
  lines.push(`RRULE:${rule}`, `SUMMARY:${escapeText(m.name)}`);
  const description = describe(m);
  if (description !== '') lines.push(`DESCRIPTION:${escapeText(description)}`);
  lines.push(`STATUS:${STATUS[c.status]}`);

  const owners = attendingTeams(m).map((team) => rules.owners[team]);
  const organizer = owners.find((o) => o.email !== null);
  if (organizer?.email) lines.push(`ORGANIZER;CN=${paramValue(organizer.name)}:${mailto(organizer.email)}`);
  for (const owner of owners) {
    if (owner.email !== null) lines.push(`ATTENDEE;ROLE=REQ-PARTICIPANT;CN=${paramValue(owner.name)}:${mailto(owner.email)}`);
    else lines.push(`CONTACT:${escapeText(owner.title ? `${owner.name} (${owner.title})` : owner.name)}`);
  }
  lines.push('END:VEVENT');
  return lines;
}

/** The purpose, then the agenda as a numbered list. */
function describe(m: Meeting): string {
  const parts: string[] = [];
  if (m.purpose !== null && m.purpose.trim() !== '') parts.push(m.purpose.trim());
  if (m.agenda.length > 0) parts.push(m.agenda.map((item, i) => `${i + 1}. ${item.trim()}`).join('\n'));
  return parts.join('\n\n');
}

/** Marketing first, as everywhere in the documents; "both" is both. */
function attendingTeams(m: Meeting): TeamId[] {
  const teams = new Set<TeamId>();
  for (const a of m.attendees) {
    if (a === 'both' || a === 'marketing') teams.add('marketing');
    if (a === 'both' || a === 'sales') teams.add('sales');
  }
  return (['marketing', 'sales'] as const).filter((t) => teams.has(t));
}

/**
 * An address as a mailto: URI (RFC 6068, RFC 3986): the schema checked its form; any
 * character a URI may not carry as it is (`%`, `#`, `?`, `{`, `|` in the local part) is
 * percent-encoded.
 */
export function mailto(email: string): string {
  return `mailto:${email.replace(/[^A-Za-z0-9!$'*+\-.@_~]/gu, (c) => encodeURIComponent(c))}`;
}

/** Minutes as an iCalendar duration: 45 → PT45M, 90 → PT1H30M, 120 → PT2H. */
export function duration(minutes: number): string {
  const days = Math.floor(minutes / 1440);
  const hours = Math.floor((minutes % 1440) / 60);
  const mins = Math.round(minutes % 60);
  const time = (hours > 0 ? `${hours}H` : '') + (mins > 0 ? `${mins}M` : '');
  return `P${days > 0 ? `${days}D` : ''}${time ? `T${time}` : ''}`;
}

/**
 * SEQUENCE from the contract's semantic version, so that a calendar holding an older copy
 * of an event takes the newer one (it ignores a copy whose SEQUENCE is not higher):
 *
 *   major·10⁷ + minor·10⁴ + patch·10 + 9 for a release, + n (at most 8) for a prerelease
 *   whose last part is the number n (2.0.0-rc.2), + 0 for any other prerelease.
 *
 * So 1.0.0-rc.1 < 1.0.0-rc.2 < 1.0.0 < 1.0.1, where the earlier major·10⁶ + minor·10³ +
 * patch gave a prerelease and its release one number, and a calendar kept the release
 * candidate's event. Every version's number is at least ten times what that formula gave,
 * so files compiled before still give way to the ones compiled now. RFC 5545 makes
 * SEQUENCE a 32-bit integer: the major stops at 213 and minor and patch at 999, a part past
 * its cap making the rest the highest (the earlier formula went past 2³¹ − 1 from 2147.484.0
 * on); prereleases are told apart by their last number only (beta.3 comes out above rc.1).
 */
const SEQUENCE_CAPS = [213, 999, 999, 9];
const SEQUENCE_WEIGHTS = [10_000_000, 10_000, 10, 1];

export function sequence(version: string): number {
  const m = /^(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?/.exec(version);
  if (!m) return 0;
  const pre = m[4];
  const last = pre === undefined ? undefined : /(?:^|\.)(\d+)$/.exec(pre)?.[1];
  const digits = [Number(m[1]), Number(m[2]), Number(m[3]), pre === undefined ? 9 : Math.min(8, Number(last ?? 0))];
  // A part past its cap takes the highest number there is from that part on: 1.1000.0 stays above 1.999.5.
  const over = digits.findIndex((d, i) => d > (SEQUENCE_CAPS[i] ?? 0));
  const parts = over === -1 ? digits : [...digits.slice(0, over), ...SEQUENCE_CAPS.slice(over)];
  return parts.reduce((sum, d, i) => sum + d * (SEQUENCE_WEIGHTS[i] ?? 0), 0);
}
