/**
 * The catalogue of diagnostic codes. Every code revpact can print is here, with its
 * default severity and a one-line explanation; docs and tests are generated from it.
 */
export const CODES = {
  // Reading the file
  'file-too-large': { severity: 'error', about: 'The file is larger than revpact reads (1 MiB for a contract).' },
  'binary-file': { severity: 'error', about: 'The file is not UTF-8 text.' },
  'empty-file': { severity: 'error', about: 'The file has no content.' },
  'yaml-syntax': { severity: 'error', about: 'The file is not valid YAML 1.2.' },
  'duplicate-key': { severity: 'error', about: 'A mapping repeats a key; YAML keeps only one, so revpact refuses both.' },
  'alias-limit': { severity: 'error', about: 'Too many YAML aliases (a "billion laughs" expansion).' },
  'recursive-alias': { severity: 'error', about: 'A YAML alias inside the value of its own anchor (x-a: &a [*a]): a value without end.' },
  'input-limit': { severity: 'error', about: 'The file holds more than 20,000 keys and values or nests deeper than 64 levels.' },
  'multiple-documents': { severity: 'error', about: 'The file holds more than one YAML document.' },
  // Shape (JSON Schema)
  'unknown-field': { severity: 'error', about: 'A key the contract language does not define (x- keys are allowed).' },
  'missing-field': { severity: 'error', about: 'A required key is absent.' },
  'invalid-type': { severity: 'error', about: 'A value has the wrong type.' },
  'invalid-value': { severity: 'error', about: 'A value is not one of the allowed words.' },
  'invalid-format': { severity: 'error', about: 'A value does not have the required form (duration, date, id...).' },
  'invalid-range': { severity: 'error', about: 'A number or list is outside its allowed range or size.' },
  // Meaning
  'duplicate-id': { severity: 'error', about: 'Two items of one section share an id.' },
  'unresolved-reference': { severity: 'error', about: 'A reference to a stage, calendar, reason, persona, SLA, need or manager that does not exist.' },
  'invalid-duration': { severity: 'error', about: 'A duration that cannot be used where it stands.' },
  'invalid-percentage': { severity: 'error', about: 'A percentage above 100%.' },
  'invalid-condition': { severity: 'error', about: 'A condition that mixes forms or lacks its operands.' },
  'stop-is-start': { severity: 'error', about: 'An SLA whose clock stops on the event that starts it: it would measure nothing.' },
  'unknown-timezone': { severity: 'error', about: 'A time zone that is not in the IANA database.' },
  'unknown-currency': { severity: 'error', about: 'A currency code that ISO 4217 does not list (the schema asks only for three capitals).' },
  'unknown-holiday-region': { severity: 'error', about: 'A holiday country or region unknown to date-holidays.' },
  'invalid-calendar': { severity: 'error', about: 'A calendar with overlapping or empty working hours.' },
  'invalid-version': { severity: 'error', about: 'metadata.version is not a semantic version.' },
  'owners-not-distinct': {
    severity: 'error',
    about:
      'The marketing and the sales owner are the same person or team, or one login would approve for both sides (an owner who is a delegate of the other side, a delegate of both).',
  },
  'team-delegate': { severity: 'error', about: 'A team (`@org/team`) in metadata.approvers: a delegate is one person; a team can be a side’s owner instead.' },
  'invalid-stage': { severity: 'error', about: 'A stage whose kind cannot be told or repeats another stage.' },
  'duplicate-person': { severity: 'error', about: 'Two members of people: share a name (compared without regard to case and spaces) or an e-mail address.' },
  'manager-cycle': { severity: 'error', about: 'Managers in people: lead round in a circle (A manages B, B manages A), so escalation would never end.' },
  'meeting-incomplete': {
    severity: 'warning',
    about: 'A meeting with no day, or a monthly or longer one with no week: the calendar file (.ics) has to pick one, and the warning says which.',
  },
  'meeting-time-skipped': {
    severity: 'warning',
    about:
      'A meeting at a time the clocks skip on some of its days (02:30 on the day Europe/Madrid goes from 02:00 to 03:00): calendar programs show it at 03:30 (RFC 5545) or 01:30 (ical.js) those days; the warning names the first such day and the span.',
  },
  'duplicate-name': {
    severity: 'warning',
    about:
      'Two items of one section (SLAs, stages, personas, calendars, metrics, meetings) share a name, compared without regard to case and spaces: where the name is shown alone they read as one.',
  },
  'duplicate-entry': {
    severity: 'warning',
    about:
      'A list names the same entry twice (a holiday region or date), or a meeting sets a week: its weekly cadence ignores: it changes nothing, and is often a slip for another entry.',
  },
  'implausible-target': {
    severity: 'warning',
    about:
      'An SLA target under 1% written with a percent sign ("0.95%"): a ratio with a % after it, which asks for fewer than one lead in a hundred in time; the warning says the 95% it likely meant.',
  },
  'holiday-region-overlap': {
    severity: 'warning',
    about:
      'A calendar lists a country (or region) and a region inside it ([ES, ES-CT]): the region already closes on its country’s public holidays, so the country adds nothing, or closes days the region works (the warning names them).',
  },
  'funnel-inconsistent': { severity: 'warning', about: 'A commitment cannot reach the revenue target under the stated rates.' },
  'funnel-incomplete': { severity: 'warning', about: 'The funnel rates do not lead from a commitment stage to won deals.' },
  'period-not-graded': {
    severity: 'warning',
    about:
      'The report-card history has no card for a period between two graded ones: each need’s trend on the later card is read against the card before the gap.',
  },
  'funnel-out-of-range': {
    severity: 'error',
    about:
      'A revenue target above 10^18, targets that would need more than 10^12 deals or leads in a period, or a conversion rate of 0% on the way back from the target: a slip of digits, not a plan.',
  },
} as const satisfies Record<string, { severity: 'error' | 'warning'; about: string }>;

export type Code = keyof typeof CODES;
