/**
 * The meeting calendar (`compile --format ics`, src/compiler/ics.ts): every example
 * contract's meetings parsed back by an independent iCalendar parser (ical.js, Mozilla's,
 * with the file's own VTIMEZONE and no zone data of its own), one recurring event per
 * meeting with the right rule, zone and first instants; folding and escaping of a long
 * agenda full of commas and semicolons; byte-identical output; UIDs that survive a
 * rename. The command-line half runs once compile offers the format.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ICAL from 'ical.js';
import { DateTime } from 'luxon';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compile } from '../../src/cli/commands/compile.js';
import { checkContract } from '../../src/contract/index.js';
import type { RulesIR } from '../../src/compiler/ir.js';
import { normalize } from '../../src/compiler/normalize.js';
import { emitIcs } from '../../src/compiler/ics.js';
import { ensureBuilt, runCli } from '../helpers/cli.js';
import { exampleContracts, REPO_ROOT } from '../helpers/paths.js';

function rulesOf(path: string): RulesIR {
  const checked = checkContract(path, readFileSync(path));
  if (!checked.ok) throw new Error(`${path} is invalid`);
  return normalize(checked.value.contract, { compilerVersion: '0.0.0-test' });
}

interface Parsed {
  events: ICAL.Event[];
  zones: Map<string, ICAL.Timezone>;
  components: ICAL.Component[];
}

function parse(text: string): Parsed {
  const cal = new ICAL.Component(ICAL.parse(text) as unknown[]);
  const zones = new Map(
    cal.getAllSubcomponents('vtimezone').map((c) => {
      const tz = new ICAL.Timezone(c);
      return [tz.tzid, tz] as const;
    }),
  );
  const components = cal.getAllSubcomponents('vevent');
  return { events: components.map((c) => new ICAL.Event(c)), zones, components };
}

/** The first `n` occurrences as UTC ISO instants, resolved through the file's own VTIMEZONE. */
function firstInstants(event: ICAL.Event, zone: ICAL.Timezone, n: number): string[] {
  const out: string[] = [];
  const it = event.iterator();
  for (let next = it.next(); next && out.length < n; next = it.next()) {
    const t = ICAL.Time.fromData({ year: next.year, month: next.month, day: next.day, hour: next.hour, minute: next.minute, second: 0 }, zone);
    out.push(new Date(t.toUnixTime() * 1000).toISOString().replace('.000', ''));
  }
  return out;
}

const B2B = join(REPO_ROOT, 'contracts', 'b2b-saas.yaml');

describe('every example contract’s calendar', () => {
  it.each(exampleContracts().map((f) => [f.slice(REPO_ROOT.length + 1), f]))('%s parses: one recurring event per meeting, in its zone', (_name, file) => {
    const rules = rulesOf(file);
    const text = emitIcs(rules);
    const { events, zones, components } = parse(text);
    expect(events).toHaveLength(rules.meetings.length);
    rules.meetings.forEach((m, i) => {
      const e = events[i]!;
      expect(e.uid).toBe(`${rules.contract.name}-${m.id}@revpact`);
      expect(e.summary).toBe(m.name);
      expect(e.isRecurring()).toBe(true);
      expect(components[i]!.getAllProperties('rrule')).toHaveLength(1);
      if (m.time !== null) {
        expect(components[i]!.getFirstProperty('dtstart')!.getParameter('tzid')).toBe(m.timezone);
        expect(zones.has(m.timezone)).toBe(true);
        expect(e.startDate.toString().slice(11, 16)).toBe(m.time);
      }
      if (m.durationMinutes !== null) expect(e.duration.toSeconds()).toBe(m.durationMinutes * 60);
      // The examples give no e-mail: nobody is invited, the owners are named.
      expect(e.attendees).toEqual([]);
      expect(components[i]!.getAllProperties('contact').length).toBeGreaterThan(0);
    });
    // RFC 5545 §3.1: CRLF line ends and at most 75 octets a line.
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line), line).toBeLessThanOrEqual(75);
  });
});

describe('contracts/b2b-saas.yaml (effective 2026-04-01, Europe/Madrid)', () => {
  const rules = rulesOf(B2B);
  const text = emitIcs(rules);
  const { events, zones, components } = parse(text);
  const madrid = zones.get('Europe/Madrid')!;

  it('has the rule each cadence calls for', () => {
    expect(components.map((c) => String(c.getFirstPropertyValue('rrule')))).toEqual([
      'FREQ=WEEKLY;BYDAY=MO',
      'FREQ=MONTHLY;BYDAY=1TU',
      'FREQ=MONTHLY;INTERVAL=3;BYDAY=-1TH',
      'FREQ=MONTHLY;INTERVAL=6;BYDAY=2WE',
    ]);
  });

  it('starts each on its first occurrence on or after the effective date and keeps local time across daylight saving', () => {
    // Summer time (UTC+2) until 25 October 2026 and from 28 March 2027; UTC+1 between.
    expect(firstInstants(events[0]!, madrid, 1)).toEqual(['2026-04-06T07:30:00Z']);
    expect(firstInstants(events[0]!, madrid, 30).slice(28)).toEqual(['2026-10-19T07:30:00Z', '2026-10-26T08:30:00Z']);
    expect(firstInstants(events[1]!, madrid, 8)).toEqual([
      '2026-04-07T08:00:00Z',
      '2026-05-05T08:00:00Z',
      '2026-06-02T08:00:00Z',
      '2026-07-07T08:00:00Z',
      '2026-08-04T08:00:00Z',
      '2026-09-01T08:00:00Z',
      '2026-10-06T08:00:00Z',
      '2026-11-03T09:00:00Z',
    ]);
    expect(firstInstants(events[2]!, madrid, 4)).toEqual(['2026-06-25T15:00:00Z', '2026-09-24T15:00:00Z', '2026-12-31T16:00:00Z', '2027-03-25T16:00:00Z']);
    expect(firstInstants(events[3]!, madrid, 3)).toEqual(['2026-07-08T08:00:00Z', '2027-01-13T09:00:00Z', '2027-07-14T08:00:00Z']);
  });

  it('carries the purpose and the agenda, and names the owners without inviting anyone when the contract gives no e-mail', () => {
    expect(events[1]!.description).toBe(
      "Compare the month's revenue with the target and agree joint actions.\n\n" +
        '1. Revenue, pipeline and funnel rates against the targets\n2. Commitments kept and missed on each side\n3. Changes to the scoring model or to this agreement',
    );
    // Issue 13 item 32: GitHub pages as attendee addresses invited nobody; no address, no ATTENDEE.
    expect(events[1]!.organizer).toBeNull();
    expect(events[1]!.attendees).toEqual([]);
    expect(components[1]!.getAllProperties('contact').map((p) => p.getFirstValue())).toEqual(['Laia Ferrer (VP Marketing)', 'Marc Soler (VP Sales)']);
    expect(text).not.toMatch(/github\.com|mailto:/i);
  });

  it('invites the owners who have an e-mail address, the first of them as organizer', () => {
    const invited = structuredClone(rules);
    invited.owners.sales.email = 'marc.soler@planfold.example';
    const one = parse(emitIcs(invited));
    expect(one.events[1]!.organizer).toBe('mailto:marc.soler@planfold.example');
    expect(one.events[1]!.attendees.map((a) => [a.getParameter('cn'), a.getFirstValue()])).toEqual([['Marc Soler', 'mailto:marc.soler@planfold.example']]);
    expect(one.components[1]!.getAllProperties('contact').map((p) => p.getFirstValue())).toEqual(['Laia Ferrer (VP Marketing)']);
    invited.owners.marketing.email = 'laia@planfold.example';
    const both = parse(emitIcs(invited));
    expect(both.events[1]!.organizer).toBe('mailto:laia@planfold.example');
    expect(both.events[1]!.attendees.map((a) => a.getFirstValue())).toEqual(['mailto:laia@planfold.example', 'mailto:marc.soler@planfold.example']);
    expect(both.components[1]!.getAllProperties('contact')).toEqual([]);
  });

  it('reads the e-mail from the contract, and refuses one that is not an address', () => {
    const source = readFileSync(B2B, 'utf8');
    const withEmail = source.replace('      github: laiaferrer\n', '      github: laiaferrer\n      email: laia@planfold.example\n');
    expect(withEmail).not.toBe(source);
    const checked = checkContract('b2b-saas.yaml', withEmail);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    const ir = normalize(checked.value.contract, { compilerVersion: '0.0.0-test' });
    expect(ir.owners.marketing.email).toBe('laia@planfold.example');
    expect(ir.owners.sales.email).toBeNull();
    expect(emitIcs(ir)).toContain('ATTENDEE;ROLE=REQ-PARTICIPANT;CN=Laia Ferrer:mailto:laia@planfold.example');
    const bad = checkContract('b2b-saas.yaml', withEmail.replace('laia@planfold.example', 'https://github.com/laiaferrer'));
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    const line = withEmail.split('\n').findIndex((l) => l.includes('email: laia@')) + 1;
    expect(bad.diagnostics.map((d) => [d.line, d.message])).toContainEqual([
      line,
      expect.stringMatching(/must be an e-mail address such as "laia@example.com"/),
    ]);
  });

  it('stamps from the effective date, not the clock, and is byte-identical on a second run', () => {
    expect(components.map((c) => c.getFirstPropertyValue('dtstamp')!.toString())).toEqual(Array(4).fill('2026-04-01T00:00:00Z'));
    expect(emitIcs(rulesOf(B2B))).toBe(text);
  });

  it('keeps the UID when a meeting is renamed, so a re-import updates it', () => {
    const renamed = structuredClone(rules);
    renamed.meetings[1]!.name = 'Revenue review (monthly)';
    const after = parse(emitIcs(renamed));
    expect(after.events.map((e) => e.uid)).toEqual(events.map((e) => e.uid));
    expect(after.events[1]!.summary).toBe('Revenue review (monthly)');
  });

  it('raises SEQUENCE with the contract version and follows its status', () => {
    const next = structuredClone(rules);
    next.contract.version = '2.4.0';
    next.contract.status = 'draft';
    const after = parse(emitIcs(next));
    expect(Number(after.components[0]!.getFirstPropertyValue('sequence'))).toBeGreaterThan(Number(components[0]!.getFirstPropertyValue('sequence')));
    expect(components[0]!.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(after.components[0]!.getFirstPropertyValue('status')).toBe('TENTATIVE');
  });
});

describe('a long agenda full of commas and semicolons', () => {
  const rules = structuredClone(rulesOf(B2B));
  const agenda = [
    'Pipeline, by stage; by owner; by source — and the deals stuck for more than 30 days, with their next step',
    'Revisió de l’embut: objectius, riscos; accions (màrqueting i vendes) 🤝',
    'Path C:\\exports\\leads.csv, row counts; rejected rows',
    'Two lines\nin one item, then "quotes"',
  ];
  rules.meetings = [{ ...rules.meetings[1]!, name: 'Review; revenue, pipeline', purpose: 'Agree actions, together; no blame.', agenda }];
  rules.owners.sales = { ...rules.owners.sales, name: 'Soler, Marc "MS"', email: 'marc@planfold.example' };
  const text = emitIcs(rules);

  it('folds every line at 75 octets without splitting a character and escapes TEXT', () => {
    for (const line of text.split('\r\n')) expect(Buffer.byteLength(line), line).toBeLessThanOrEqual(75);
    expect(text).toContain('SUMMARY:Review\\; revenue\\, pipeline');
    const description = text.slice(text.indexOf('DESCRIPTION:'), text.indexOf('\r\nSTATUS:'));
    expect(description.split('\r\n').length).toBeGreaterThan(4);
    // Unfolded, the escapes are whole: \\ for a backslash, \, and \; for the separators, \n for a newline.
    const unfolded = description.replace(/\r\n /g, '');
    expect(unfolded).toContain('3. Path C:\\\\exports\\\\leads.csv\\, row counts\\; rejected rows\\n4. Two lines\\nin one item\\, then "quotes"');
    expect(text).toContain('ATTENDEE;ROLE=REQ-PARTICIPANT;CN="Soler, Marc ^\'MS^\'":');
  });

  it('reads back exactly through ical.js', () => {
    const { events } = parse(text);
    expect(events[0]!.summary).toBe('Review; revenue, pipeline');
    expect(events[0]!.description).toBe(`Agree actions, together; no blame.\n\n${agenda.map((a, i) => `${i + 1}. ${a}`).join('\n')}`);
    expect(events[0]!.attendees[0]!.getParameter('cn')).toBe('Soler, Marc "MS"');
  });
});

describe('zones whose changes follow no yearly weekday rule', () => {
  // Santiago changes on the first Sunday on or after 2 April and 2 September, Casablanca
  // around Ramadan: their VTIMEZONE lists the changes one by one (RDATE). Each weekly
  // occurrence, read back by ical.js through the file's own VTIMEZONE, must be the instant
  // the tz database gives for 09:00 that day.
  it.each(['America/Santiago', 'Africa/Casablanca', 'Europe/Madrid'])('%s: every occurrence for three years at 09:00 local', (zone) => {
    const rules = structuredClone(rulesOf(B2B));
    rules.meetings = [{ ...rules.meetings[0]!, timezone: zone, time: '09:00' }];
    const { events, zones } = parse(emitIcs(rules));
    const instants = firstInstants(events[0]!, zones.get(zone)!, 156);
    const expected = instants.map((iso) => {
      const day = DateTime.fromISO(iso, { zone }).toISODate()!;
      return DateTime.fromISO(`${day}T09:00`, { zone }).toUTC().toISO({ suppressMilliseconds: true })!;
    });
    expect(instants).toEqual(expected);
  });
});

describe('meetings the contract leaves open', () => {
  it('a meeting without a time is an all-day event; none without meetings', () => {
    const rules = structuredClone(rulesOf(B2B));
    rules.meetings = [{ ...rules.meetings[0]!, time: null, durationMinutes: null }];
    const { events, zones } = parse(emitIcs(rules));
    expect(events[0]!.startDate.isDate).toBe(true);
    expect(events[0]!.startDate.toString()).toBe('2026-04-06');
    expect(zones.size).toBe(0);
    rules.meetings = [];
    expect(parse(emitIcs(rules)).events).toEqual([]);
  });
});

const wired = compile.usage.includes('ics');

describe.runIf(wired)('revpact compile --format ics', () => {
  const dirs: string[] = [];
  beforeAll(() => ensureBuilt());
  afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

  it('writes <name>.ics, byte-identical on a second run, that ical.js parses', () => {
    const [a, b] = [mkdtempSync(join(tmpdir(), 'revpact-ics-')), mkdtempSync(join(tmpdir(), 'revpact-ics-'))];
    dirs.push(a, b);
    for (const out of [a, b]) expect(runCli(['compile', 'contracts/b2b-saas.yaml', '--format', 'ics', '--out', out]).status).toBe(0);
    const first = readFileSync(join(a, 'b2b-saas.ics'));
    expect(readFileSync(join(b, 'b2b-saas.ics'))).toEqual(first);
    expect(parse(first.toString('utf8')).events).toHaveLength(4);
  });
});
