/**
 * Compliance reports built by hand, as the engine would produce them, for the renderers:
 * a month that fails (breaches, a missed commitment, data-quality findings), one that
 * passes, one with no leads at all, one whose every data string is hostile, and the
 * failing one as run with --show-pii.
 */
import type { BreakdownRow, ComplianceReport, SlaResult } from '../../../src/engine/types.js';
import { emptyDistribution } from '../../../src/engine/metrics/distribution.js';

const FILE = 'exports/hubspot-contacts-2026-10.csv';

/** The elapsed-time buckets with these counts, in order (up to 25% of the goal … over 400%); the first four add up to the SLA's met; the median and p90 fall in the buckets that hold them. */
const buckets = (...counts: number[]) => emptyDistribution().map((b, i) => ({ ...b, count: counts[i] ?? 0 }));

const cell = (met: number, breached: number, pending: number) => ({ met, breached, pending, attainment: met + breached === 0 ? null : met / (met + breached) });

function row(
  key: string,
  leads: number,
  firstTouch: [number, number, number],
  accept: [number, number, number],
  ids = ['first-touch', 'accept-or-reject'],
): BreakdownRow {
  return {
    key,
    leads,
    slas: Object.fromEntries([
      [ids[0], cell(...firstTouch)],
      [ids[1], cell(...accept)],
    ]) as BreakdownRow['slas'],
  };
}

export function failingReport(): ComplianceReport {
  const firstTouch: SlaResult = {
    id: 'first-touch',
    name: 'First touch after MQL',
    owner: 'sales',
    met: 1412,
    breached: 310,
    pending: 18,
    excluded: 41,
    outsidePeriod: { before: 9800, after: 120 },
    attainment: 1412 / 1722,
    target: 0.95,
    status: 'fail',
    goalMinutes: 60,
    goal: '1bh',
    clock: 'business',
    elapsedMinutes: { median: 38.5, p90: 212.25 },
    elapsedDistribution: buckets(400, 300, 500, 212, 60, 50, 170, 23),
    open: { count: 25, medianAgeMinutes: 45, oldestAgeMinutes: 2710 },
    worst: [
      { leadId: '51234987001', elapsedMinutes: 2710, overdueMinutes: 2650, dueAt: '2026-10-02T10:15:00+02:00', owner: 'Marta Puig' },
      { leadId: '51234990412', elapsedMinutes: 1985.5, overdueMinutes: 1925.5, dueAt: '2026-10-14T16:40:00+02:00', owner: 'Jordi Vila' },
      { leadId: '51235002239', elapsedMinutes: 1240, overdueMinutes: 1180, dueAt: '2026-10-27T09:05:00+01:00', owner: null },
    ],
  };
  const accept: SlaResult = {
    id: 'accept-or-reject',
    name: 'Accept or reject',
    owner: 'sales',
    met: 1290,
    breached: 41,
    pending: 60,
    excluded: 0,
    outsidePeriod: { before: 9700, after: 110 },
    attainment: 1290 / 1331,
    target: 0.9,
    status: 'pass',
    goalMinutes: 1080,
    goal: '18h',
    clock: 'business',
    elapsedMinutes: { median: 312, p90: 1015 },
    elapsedDistribution: buckets(500, 400, 240, 150, 20, 12, 6, 3),
    open: { count: 60, medianAgeMinutes: 240, oldestAgeMinutes: 1020 },
    worst: [{ leadId: '51234995520', elapsedMinutes: 3300, overdueMinutes: 2220, dueAt: '2026-10-08T13:00:00+02:00', owner: 'Laia Serra' }],
  };
  const recycle: SlaResult = {
    id: 'recycle-to-nurture',
    name: null,
    owner: 'marketing',
    met: 0,
    breached: 0,
    pending: 4,
    excluded: 0,
    outsidePeriod: { before: 12, after: 0 },
    attainment: null,
    target: 0.9,
    status: 'no-data',
    goalMinutes: 4320,
    goal: '3d',
    clock: 'calendar',
    elapsedMinutes: { median: null, p90: null },
    elapsedDistribution: buckets(),
    open: { count: 4, medianAgeMinutes: 1440, oldestAgeMinutes: 2880 },
    worst: [],
  };
  return {
    reportVersion: 1,
    contract: { name: 'b2b-saas', version: '1.4.0', hash: 'sha256:9f2c4e0b7d1a', title: 'B2B SaaS marketing–sales agreement', currency: 'EUR' },
    period: {
      label: '2026-10',
      from: '2026-10-01T00:00:00+02:00',
      to: '2026-11-01T00:00:00+01:00',
      asOf: '2026-11-03T09:00:00+01:00',
      timezone: 'Europe/Madrid',
    },
    input: {
      files: [FILE],
      rows: 12480,
      evaluated: 12471,
      rejected: 9,
      leads: { inPeriod: 2100, before: 10234, after: 137, undated: 0 },
      rejections: [
        { file: FILE, row: 118, reason: 'unparseable date "31/09/2026" in "Create Date"' },
        { file: FILE, row: 2051, reason: 'duplicate id "51234988807" (first seen at row 2049)' },
        { file: FILE, row: 7730, reason: 'missing id' },
      ],
    },
    slas: [firstTouch, accept, recycle],
    commitments: [
      {
        id: 'mql-volume',
        owner: 'marketing',
        kind: 'volume',
        actual: 1763,
        goal: 2000,
        unit: 'leads',
        status: 'fail',
        goalScaling: { period: 'month', stated: 2000, factor: 1, method: 'same', note: 'monthly goal' },
      },
      {
        id: 'mql-to-sql',
        owner: 'marketing',
        kind: 'conversion',
        actual: 0.2648,
        goal: 0.25,
        unit: 'ratio',
        status: 'pass',
        base: 1331,
        goalScaling: { period: 'month', stated: 0.25, factor: 1, method: 'ratio', note: 'a rate: the same goal for any period' },
      },
      {
        id: 'pipeline',
        owner: 'sales',
        kind: 'pipeline',
        actual: 1240500,
        goal: 1200000,
        unit: 'money',
        status: 'pass',
        goalScaling: { period: 'month', stated: 1200000, factor: 1, method: 'same', note: 'monthly goal' },
      },
    ],
    funnel: [
      { from: 'mql', to: 'sal', entered: 1763, converted: 1331, exited: 210, open: 222, rate: 1331 / 1763, target: 0.8, status: 'fail' },
      { from: 'sal', to: 'sql', entered: 1331, converted: 352, exited: 610, open: 369, rate: 352 / 1331, target: 0.25, status: 'pass' },
      { from: 'sql', to: 'customer', entered: 352, converted: 41, exited: 96, open: 215, rate: 41 / 352, target: null, status: 'no-data' },
    ],
    followUp: {
      checked: 214,
      compliant: 171,
      violations: 43,
      rate: 171 / 214,
      minAttempts: 6,
      minSpanMinutes: 5400,
      minSpan: '10bd',
      worst: [
        { leadId: '51234979930', attempts: 2, spanMinutes: 95 },
        { leadId: '51234981177', attempts: null, spanMinutes: null },
      ],
    },
    handoff: {
      stage: 'mql',
      leads: 1763,
      complete: 1502,
      rate: 1502 / 1763,
      missing: [
        { field: 'phone', count: 188 },
        { field: 'assessment', count: 97 },
      ],
      notInExport: [],
    },
    dataQuality: [
      {
        code: 'missing-start',
        severity: 'warning',
        count: 41,
        message:
          '41 leads without mqlAt: excluded from the SLA although the clock was stopped or a later stage reached; fill the start date in the CRM or the mapping',
        examples: ['51234977001', '51234977090', '51234978113', '51234980002', '51234980745'],
        sla: 'first-touch',
        detail: 'mqlAt',
      },
      {
        code: 'rejected-rows',
        severity: 'warning',
        count: 9,
        message: '9 rows rejected: unparseable date "…" in "…"',
        examples: [`${FILE}:118`, `${FILE}:3304`, `${FILE}:9921`],
        detail: 'unparseable date "…" in "…"',
      },
      {
        code: 'stop-before-start',
        severity: 'warning',
        count: 12,
        message: '12 leads stopped the clock before it started (firstTouchAt before mqlAt): counted as met in 0 minutes; check the timestamps in the CRM',
        examples: ['51234983310', '51234984471'],
        sla: 'first-touch',
        detail: 'firstTouchAt before mqlAt',
      },
      {
        code: 'date-only',
        severity: 'info',
        count: 230,
        message: '230 leads with date-only timestamps (sqlAt): a date-only start is read as the start of its day, a date-only stop as the end of it',
        examples: ['51234990001'],
        detail: 'sqlAt',
      },
    ],
    breakdowns: {
      owner: [
        row('Marta Puig', 512, [401, 96, 5], [380, 12, 20]),
        row('Jordi Vila', 488, [420, 52, 6], [350, 9, 15]),
        row('Laia Serra', 455, [398, 40, 4], [330, 14, 18]),
        row('(no owner)', 308, [193, 122, 3], [230, 6, 7]),
      ],
      source: [
        row('Organic Search', 702, [590, 101, 6], [540, 15, 25]),
        row('Paid Social', 611, [470, 130, 8], [420, 18, 21]),
        row('Referrals', 450, [352, 79, 4], [330, 8, 14]),
      ],
      attributes: { country: [row('ES', 1210, [980, 210, 12], [900, 30, 40]), row('PT', 553, [432, 100, 6], [390, 11, 20])] },
    },
    status: 'fail',
  };
}

export function passingReport(): ComplianceReport {
  return {
    reportVersion: 1,
    contract: { name: 'golden-first-touch', version: '1.0.0', hash: 'sha256:1c0ffee', title: null, currency: 'EUR' },
    period: {
      label: '2026-Q3',
      from: '2026-07-01T00:00:00+02:00',
      to: '2026-10-01T00:00:00+02:00',
      asOf: '2026-10-02T08:00:00+02:00',
      timezone: 'Europe/Madrid',
    },
    input: { files: ['leads.csv'], rows: 1204, evaluated: 1204, rejected: 0, leads: { inPeriod: 1204, before: 0, after: 0, undated: 0 }, rejections: [] },
    slas: [
      {
        id: 'first-touch',
        name: 'First touch',
        owner: 'sales',
        met: 1150,
        breached: 31,
        pending: 0,
        excluded: 23,
        outsidePeriod: { before: 0, after: 0 },
        attainment: 1150 / 1181,
        target: 0.8,
        status: 'pass',
        goalMinutes: 60,
        goal: '1bh',
        clock: 'business',
        elapsedMinutes: { median: 21, p90: 55.5 },
        elapsedDistribution: buckets(300, 400, 300, 150, 20, 8, 3),
        open: { count: 0, medianAgeMinutes: null, oldestAgeMinutes: null },
        worst: [],
      },
    ],
    commitments: [
      {
        id: 'mql-volume',
        owner: 'marketing',
        kind: 'volume',
        actual: 1204,
        goal: 1050,
        unit: 'leads',
        status: 'pass',
        goalScaling: { period: 'month', stated: 350, factor: 3, method: 'multiple', note: 'monthly goal × 3 for a quarter' },
      },
    ],
    funnel: [],
    followUp: null,
    handoff: null,
    dataQuality: [],
    breakdowns: { owner: [], source: [], attributes: {} },
    status: 'pass',
  };
}

export function noDataReport(): ComplianceReport {
  return {
    reportVersion: 1,
    contract: { name: 'b2b-saas', version: '1.4.0', hash: 'sha256:9f2c4e0b7d1a', title: 'B2B SaaS marketing–sales agreement', currency: 'EUR' },
    period: {
      label: '2027-01',
      from: '2027-01-01T00:00:00+01:00',
      to: '2027-02-01T00:00:00+01:00',
      asOf: '2027-01-02T12:00:00+01:00',
      timezone: 'Europe/Madrid',
    },
    input: { files: ['exports/empty.csv'], rows: 0, evaluated: 0, rejected: 0, leads: { inPeriod: 0, before: 0, after: 0, undated: 0 }, rejections: [] },
    slas: [
      {
        id: 'first-touch',
        name: null,
        owner: 'sales',
        met: 0,
        breached: 0,
        pending: 0,
        excluded: 0,
        outsidePeriod: { before: 0, after: 0 },
        attainment: null,
        target: 0.95,
        status: 'no-data',
        goalMinutes: 60,
        goal: '1bh',
        clock: 'business',
        elapsedMinutes: { median: null, p90: null },
        elapsedDistribution: buckets(),
        open: { count: 0, medianAgeMinutes: null, oldestAgeMinutes: null },
        worst: [],
      },
    ],
    commitments: [{ id: 'mql-volume', owner: 'marketing', kind: 'volume', actual: null, goal: 2000, unit: 'leads', status: 'no-data' }],
    funnel: [],
    followUp: null,
    handoff: null,
    dataQuality: [],
    breakdowns: { owner: [], source: [], attributes: {} },
    status: 'no-data',
  };
}

/** Strings an export (or a contract in a pull request) could carry to break out of a format. */
export const HOSTILE = {
  script: '<script>alert("x")</script>',
  pipe: 'a|b',
  newline: 'line one\nline two\r\n| --- | --- |',
  everyone: '@everyone',
  formula: "=cmd|' /C calc'!A0",
  ansi: '\u001b[31mred\u001b]0;title\u0007',
  bidi: 'abc\u202Eevil\u202C',
  lone: 'broken\uD800surrogate',
  entity: '&lt;b&gt; &amp; ]]> "quoted" \'single\'',
  issue: 'see #1 and org/repo#42',
  email: 'jane.doe@example.com',
  markdown: '**bold** [link](https://evil.example) ![img](https://evil.example/x.png) `code` $x$ ~~s~~',
} as const;

export function hostileReport(): ComplianceReport {
  const h = HOSTILE;
  const report = failingReport();
  report.contract = { name: `evil${h.pipe}`, version: '1.0.0', hash: h.script, title: `${h.script} ${h.everyone}`, currency: 'EUR' };
  report.period.label = `2026-10${h.newline}`;
  report.input.files = [`${h.formula}.csv`];
  report.input.rejections = [{ file: h.pipe, row: 1, reason: `duplicate id "${h.email}"` }];
  const [first, second] = report.slas as [SlaResult, SlaResult, SlaResult];
  first.id = `first${h.pipe}${h.newline}`;
  first.worst = [
    { leadId: h.script, elapsedMinutes: 100, overdueMinutes: 40, dueAt: h.ansi, owner: h.everyone },
    { leadId: h.formula, elapsedMinutes: 90, overdueMinutes: 30, dueAt: '2026-10-02T10:15:00+02:00', owner: h.bidi },
    { leadId: h.email, elapsedMinutes: 80, overdueMinutes: 20, dueAt: '2026-10-02T10:15:00+02:00', owner: h.lone },
  ];
  second.id = h.everyone;
  report.commitments[0]!.id = h.markdown;
  report.dataQuality = [
    {
      code: 'rejected-rows',
      severity: 'warning',
      count: 1,
      message: `1 row rejected: ${h.newline} ${h.email} ${h.issue}`,
      examples: [h.script, h.formula, h.entity, h.email],
    },
    { code: h.markdown, severity: 'error', count: 2, message: h.everyone, examples: [h.ansi, h.bidi, h.lone], sla: h.pipe },
  ];
  const ids = [first.id, second.id];
  report.breakdowns = {
    owner: [row(h.everyone, 3, [1, 1, 1], [1, 0, 0], ids)],
    source: [row(h.email, 2, [1, 1, 0], [0, 0, 0], ids), row('__proto__', 1, [1, 0, 0], [0, 0, 0], ids)],
    attributes: { ['__proto__']: [row(h.script, 1, [1, 0, 0], [0, 0, 0], ids)], [h.pipe]: [row(h.entity, 1, [0, 1, 0], [0, 0, 0], ids)] },
  };
  return report;
}

/** The failing month, run with --show-pii: the engine adds emails and names to the worst offenders. */
export function piiReport(): ComplianceReport {
  const report = failingReport();
  const worst = report.slas[0]!.worst;
  worst[0] = { ...worst[0]!, email: 'anna.ferrer@client.example', name: 'Anna Ferrer' };
  worst[1] = { ...worst[1]!, email: 'pere.roca@client.example', name: 'Pere Roca' };
  return report;
}

export const FIXTURES = { failing: failingReport, passing: passingReport, 'no-data': noDataReport, hostile: hostileReport } as const;
