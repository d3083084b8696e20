// Realistic CRM lead exports for tests, the demo and the benchmark (issue 4, part 5).
// Plain ESM with no build step: rows are produced one at a time from a seeded PRNG, so a
// million-row file never needs the rows in memory and the same seed gives the same bytes.
//
// Time is handled in "local milliseconds": the wall clock of the portal's time zone
// written as if it were UTC. Working hours and weekdays are decided on that clock; the
// zone's offset is only needed for the few cells written as ISO 8601 with an offset.
import { IANAZone } from 'luxon';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export const FORMATS = ['hubspot', 'salesforce'];

// ── randomness ──────────────────────────────────────────────────────────────────────

function hashSeed(seed) {
  // FNV-1a over the seed's text, so "42" and 42 give the same stream.
  let h = 0x811c9dc5;
  for (const ch of String(seed)) {
    h ^= ch.codePointAt(0);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** mulberry32: small, fast, good enough for sample data, identical on every platform. */
export function random(seed) {
  let a = hashSeed(seed);
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const r = {
    next,
    chance: (p) => next() < p,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (list) => list[Math.floor(next() * list.length)],
    /** Weighted pick from [[value, weight], ...]. */
    weighted: (pairs) => {
      let total = 0;
      for (const [, w] of pairs) total += w;
      let x = next() * total;
      for (const [v, w] of pairs) if ((x -= w) < 0) return v;
      return pairs[pairs.length - 1][0];
    },
    /** Log-normal with the given median; sigma in natural-log units. */
    lognormal: (median, sigma) => {
      const u = Math.max(next(), 1e-12);
      const v = next();
      const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
      return median * Math.exp(sigma * z);
    },
  };
  return r;
}

// ── realistic values ────────────────────────────────────────────────────────────────

const FIRST = [
  'Ana',
  'Bruno',
  'Carla',
  'David',
  'Elena',
  'Farid',
  'Grace',
  'Hugo',
  'Irene',
  'Jordi',
  'Laia',
  'Marta',
  'Nuno',
  'Olga',
  'Pau',
  'Queralt',
  'Rafael',
  'Sofía',
  'Tomás',
  'Úrsula',
  'Victor',
  'Wen',
  'Xavier',
  'Yara',
  'Zoe',
  'José',
  'Łukasz',
  'Jürgen',
  'Amélie',
  'Siobhán',
  'Mike',
  'Priya',
  'Kenji',
  'Fatima',
  'Liam',
];
const LAST = [
  'Puig',
  'Vidal',
  'Souza',
  'Costa',
  'Ruiz',
  'Chen',
  'Petrova',
  'Haddad',
  'García',
  'Müller',
  "O'Brien",
  'Kowalski',
  'Dubois',
  'Rossi',
  'Nakamura',
  'Okafor',
  'Smith',
  'Johnson',
  'Fernández',
  'Silva',
  'Novak',
  'Larsen',
  'Ivanova',
  'Santos',
  'Martí',
];
const NICKNAMES = ['"Chip"', '"Bea"', '"The Closer"'];
const COMPANIES = [
  'Acme, Inc.',
  'Globex Corporation',
  'Initech',
  'Umbrella Holdings',
  'Smith, Jones & Partners',
  'Stark Industries',
  'Wayne Enterprises',
  'Hooli',
  'Pied Piper',
  'Vandelay Industries',
  'Bits "n" Bytes GmbH',
  'Soylent Corp.',
  'Tyrell Corporation',
  'Cyberdyne Systems',
  'Massive Dynamic',
  'Nakatomi Trading',
  'Oscorp',
  'Aperture Science',
  'Black Mesa',
  'Dunder Mifflin',
  'Los Pollos Hermanos, S.L.',
  'Café Niño',
  'Grupo Núñez',
  'Wonka Industries',
  'Gringotts',
];
const DOMAIN_OF = (company) =>
  company
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '')
    .slice(0, 18) + '.example';
const TITLES = [
  'CEO',
  'CTO',
  'VP Sales',
  'Head of Marketing',
  'Marketing Manager',
  'Operations Director',
  'IT Manager',
  'Procurement Lead',
  'Founder',
  'Software Engineer',
  'CFO',
  'Office Manager',
];
const INDUSTRIES = ['Software', 'Financial Services', 'Manufacturing', 'Retail', 'Healthcare', 'Education', 'Logistics', 'Media', 'Real Estate', 'Energy'];
const COUNTRIES = [
  ['Spain', 30],
  ['United States', 20],
  ['United Kingdom', 10],
  ['Germany', 10],
  ['France', 8],
  ['Portugal', 8],
  ['Mexico', 6],
  ['Brazil', 5],
  ['Italy', 3],
];
const OWNERS = ['Ana Souza', 'Bruno Costa', 'Carla Ruiz', 'David Chen', 'Elena Petrova', 'Farid Haddad'];
const HS_SOURCES = [
  ['Organic Search', 25],
  ['Paid Search', 18],
  ['Direct Traffic', 12],
  ['Referrals', 8],
  ['Social Media', 8],
  ['Email Marketing', 10],
  ['Paid Social', 9],
  ['Offline Sources', 6],
  ['Other Campaigns', 4],
];
const SF_SOURCES = [
  ['Web', 35],
  ['Advertisement', 12],
  ['Webinar', 12],
  ['Partner Referral', 8],
  ['Employee Referral', 5],
  ['Trade Show', 10],
  ['Phone Inquiry', 6],
  ['Purchased List', 7],
  ['Other', 5],
];
export const REJECTION_REASONS = ['no-budget', 'no-response', 'bad-fit', 'not-decision-maker', 'timing', 'competitor'];
const HS_BAD_DATES = ['2026-02-30 10:00', '31/02/2026', '2026-13-45 09:00', 'yesterday', '2026-10-05 25:61', '0000-00-00 00:00'];
const SF_BAD_DATES_US = ['2/30/2026 9:15 AM', '14/14/2026 9:00 AM', '10/5/2026 13:75 PM', '#Error!'];
const SF_BAD_DATES_GB = ['30/02/2026 09:15', '45/13/2026 10:00', '05/10/2026 25:10', '#Error!'];

// ── clocks ──────────────────────────────────────────────────────────────────────────

const pad2 = (n) => (n < 10 ? '0' + n : String(n));
const pad3 = (n) => (n < 10 ? '00' + n : n < 100 ? '0' + n : String(n));

function parts(localMs) {
  const d = new Date(localMs);
  return {
    y: d.getUTCFullYear(),
    mo: d.getUTCMonth() + 1,
    d: d.getUTCDate(),
    h: d.getUTCHours(),
    mi: d.getUTCMinutes(),
    s: d.getUTCSeconds(),
    ms: d.getUTCMilliseconds(),
  };
}

/** Offsets of a zone, cached per hour: one Intl call per hour of data instead of per cell. */
function zoneClock(name) {
  const zone = IANAZone.create(name);
  if (!zone.isValid) throw new Error(`unknown time zone "${name}"`);
  const cache = new Map();
  const offsetAt = (utcMs) => {
    const key = Math.floor(utcMs / HOUR);
    let o = cache.get(key);
    if (o === undefined) {
      o = zone.offset(key * HOUR);
      cache.set(key, o);
    }
    return o;
  };
  /** Local wall clock → instant (the same two-step fix luxon uses). */
  const toUtc = (localMs) => {
    const o1 = offsetAt(localMs);
    const guess = localMs - o1 * MINUTE;
    const o2 = offsetAt(guess);
    return o1 === o2 ? guess : localMs - o2 * MINUTE;
  };
  return { offsetAt, toUtc };
}

const isWeekend = (localMs) => {
  const dow = new Date(localMs).getUTCDay();
  return dow === 0 || dow === 6;
};
const startOfDay = (localMs) => Math.floor(localMs / DAY) * DAY;
const hourOf = (localMs) => new Date(localMs).getUTCHours();

/** Moves an instant into weekday working hours (09:00–18:00), keeping it after `notBefore`. */
function intoWorkingHours(r, localMs, notBefore) {
  let t = localMs;
  const h = hourOf(t);
  if (h < 9) t = startOfDay(t) + 9 * HOUR + r.int(0, 90) * MINUTE;
  else if (h >= 18) t = startOfDay(t) + DAY + 9 * HOUR + r.int(0, 120) * MINUTE;
  while (isWeekend(t)) t += DAY;
  return Math.max(t, notBefore);
}

// ── one lead's story ────────────────────────────────────────────────────────────────

/**
 * The facts of one lead as local instants (or undefined). Funnel shares: about 60% of
 * leads become MQLs, three in four MQLs get touched (8% of those before the MQL date),
 * 60% of touched leads are accepted and 30% rejected with a reason, and so on down to won
 * deals with an amount.
 */
function story(r, from, days) {
  const L = {};
  // Created: mostly weekdays in working hours (forms, events), some at any time.
  let created = from + r.int(0, days - 1) * DAY;
  if (r.chance(0.75)) {
    while (isWeekend(created)) created += DAY;
    created += r.int(8 * 60, 19 * 60) * MINUTE;
  } else {
    created += r.int(0, 24 * 60 - 1) * MINUTE;
  }
  L.created = created;
  L.isLead = r.chance(0.85); // the rest stay subscribers
  if (L.isLead && r.chance(0.6)) {
    let mql = created + (r.chance(0.35) ? r.int(0, 5) * MINUTE : r.lognormal(2 * DAY, 1.2));
    if (r.chance(0.85)) mql = intoWorkingHours(r, mql, created);
    L.mql = Math.round(mql / MINUTE) * MINUTE;
  }
  if (L.mql !== undefined && r.chance(0.75)) {
    let touch;
    if (r.chance(0.08)) {
      touch = Math.max(created, L.mql - r.int(30, 3 * 24 * 60) * MINUTE); // touched before it became an MQL
    } else {
      touch = L.mql + r.lognormal(90 * MINUTE, 1.6);
      if (r.chance(0.7)) touch = intoWorkingHours(r, touch, L.mql);
    }
    L.touch = Math.round(touch / MINUTE) * MINUTE;
    L.attempts = r.int(1, 8);
    L.lastAttempt = L.touch + (L.attempts - 1) * r.int(6 * 60, 2 * 24 * 60) * MINUTE;
    const fate = r.next();
    if (fate < 0.6) {
      L.sal = intoWorkingHours(r, L.touch + r.lognormal(4 * HOUR, 1), L.touch);
      if (r.chance(0.55)) {
        L.sql = L.sal + Math.round(r.lognormal(5 * DAY, 0.8) / MINUTE) * MINUTE;
        if (r.chance(0.7)) {
          L.opp = L.sql + Math.round(r.lognormal(2 * DAY, 0.8) / MINUTE) * MINUTE;
          if (r.chance(0.35)) {
            L.won = L.opp + Math.round(r.lognormal(20 * DAY, 0.6) / MINUTE) * MINUTE;
            L.amount = Math.round(r.lognormal(15000, 0.7) * 100) / 100;
          }
        }
      }
    } else if (fate < 0.9) {
      L.rejected = intoWorkingHours(r, L.touch + r.lognormal(DAY, 1), L.touch);
      L.reason = r.chance(0.95) ? r.pick(REJECTION_REASONS) : undefined; // a few rejected without a reason
      if (r.chance(0.85)) L.feedback = Math.round((L.rejected + r.lognormal(DAY, 1.2)) / MINUTE) * MINUTE;
    }
  } else if (L.mql !== undefined && r.chance(0.5)) {
    L.attempts = 0;
  }
  // Who and what.
  L.first = r.pick(FIRST);
  if (r.chance(0.01)) L.first += ' ' + r.pick(NICKNAMES);
  L.last = r.pick(LAST);
  L.company = r.pick(COMPANIES);
  L.email = r.chance(0.97) ? `${ascii(L.first)}.${ascii(L.last)}@${DOMAIN_OF(L.company)}` : '';
  L.phone = r.chance(0.6) ? `+34 6${r.int(10, 99)} ${r.int(100, 999)} ${r.int(100, 999)}` : '';
  L.title = r.chance(0.85) ? r.pick(TITLES) : '';
  if (r.chance(0.002)) L.title = 'Head of Sales\nEMEA'; // a line break inside a quoted cell
  L.owner = L.mql !== undefined || r.chance(0.3) ? r.pick(OWNERS) : '';
  L.country = r.chance(0.92) ? r.weighted(COUNTRIES) : '';
  L.industry = r.chance(0.8) ? r.pick(INDUSTRIES) : '';
  L.employees = r.chance(0.75) ? Math.round(r.lognormal(120, 1.3)) + 1 : undefined;
  L.score = L.isLead ? r.int(L.mql !== undefined ? 40 : 0, 100) : r.int(0, 30);
  return L;
}

function ascii(s) {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/ł/g, 'l')
    .replace(/Ł/g, 'L')
    .replace(/[^A-Za-z]+/g, '')
    .toLowerCase();
}

// ── layouts ─────────────────────────────────────────────────────────────────────────

/** CSV cell: quoted only when it must be (RFC 4180), or always. */
function cell(v, always) {
  const s = v === undefined || v === null ? '' : String(v);
  if (always || /[",\r\n]/.test(s)) return '"' + s.replace(/"/g, '""') + '"';
  return s;
}

export const HUBSPOT_COLUMNS = [
  'Record ID',
  'First Name',
  'Last Name',
  'Email',
  'Phone Number',
  'Company Name',
  'Job Title',
  'Create Date',
  'Lifecycle Stage',
  'Lead Status',
  'Contact owner',
  'Became a Lead Date',
  'Became a Marketing Qualified Lead Date',
  'Sales Accepted Date',
  'Became a Sales Qualified Lead Date',
  'Became an Opportunity Date',
  'Became a Customer Date',
  'First outreach date',
  'Last Contacted',
  'Number of times contacted',
  'Rejection Reason',
  'Rejected Date',
  'Feedback Date',
  'Original Source',
  'Country/Region',
  'Number of Employees',
  'Industry',
  'HubSpot Score',
  'Total Revenue',
];

export const SALESFORCE_COLUMNS = [
  'Lead ID',
  'First Name',
  'Last Name',
  'Title',
  'Company / Account',
  'Email',
  'Phone',
  'Lead Source',
  'Lead Status',
  'Lead Owner',
  'Rating',
  'Create Date',
  'MQL Date',
  'First Touch Date',
  'Accepted Date',
  'Converted Date',
  'Last Activity',
  'Number of Attempts',
  'Rejection Reason',
  'Rejected Date',
  'Feedback Date',
  'Lead Score',
  'Country',
  'Industry',
  'No. of Employees',
  'Annual Revenue',
];

/** HubSpot date cells: the portal's wall clock without an offset, and the mess around it. */
function hubspotDate(r, clock, t) {
  if (t === undefined) return '';
  const x = r.next();
  const p = parts(t);
  const date = `${p.y}-${pad2(p.mo)}-${pad2(p.d)}`;
  if (x < 0.93) return `${date} ${pad2(p.h)}:${pad2(p.mi)}`;
  if (x < 0.955) {
    const u = parts(clock.toUtc(t)); // an API-written value, in UTC
    return `${u.y}-${pad2(u.mo)}-${pad2(u.d)}T${pad2(u.h)}:${pad2(u.mi)}:${pad2(u.s)}.${pad3(u.ms)}Z`;
  }
  if (x < 0.98) {
    const off = clock.offsetAt(clock.toUtc(t));
    const sign = off < 0 ? '-' : '+';
    const a = Math.abs(off);
    return `${date}T${pad2(p.h)}:${pad2(p.mi)}:00${sign}${pad2(Math.floor(a / 60))}:${pad2(a % 60)}`;
  }
  return date; // date-only: an imported value
}

function salesforceDate(t, dayFirst, dateOnly) {
  if (t === undefined) return '';
  const p = parts(t);
  if (dayFirst) {
    const date = `${pad2(p.d)}/${pad2(p.mo)}/${p.y}`;
    return dateOnly ? date : `${date} ${pad2(p.h)}:${pad2(p.mi)}`;
  }
  const date = `${p.mo}/${p.d}/${p.y}`;
  if (dateOnly) return date;
  const h12 = p.h % 12 === 0 ? 12 : p.h % 12;
  return `${date} ${h12}:${pad2(p.mi)} ${p.h < 12 ? 'AM' : 'PM'}`;
}

const HS_LIFECYCLE = (L, r) => {
  if (L.won !== undefined) return r.chance(0.03) ? 'evangelist' : 'customer';
  if (L.opp !== undefined) return 'opportunity';
  if (L.sql !== undefined) return 'salesqualifiedlead';
  if (L.mql !== undefined) return 'marketingqualifiedlead';
  if (!L.isLead) return 'subscriber';
  return r.chance(0.01) ? 'other' : 'lead';
};

const HS_STATUS = (L) => {
  if (L.opp !== undefined) return 'Open Deal';
  if (L.rejected !== undefined) return L.reason === 'timing' ? 'Bad Timing' : 'Unqualified';
  if (L.sal !== undefined) return 'In Progress';
  if (L.touch !== undefined) return L.attempts > 2 ? 'Connected' : 'Attempted to contact';
  if (L.mql !== undefined) return 'New';
  return '';
};

const SF_STATUS = (L) => {
  if (L.sql !== undefined) return 'Closed - Converted';
  if (L.rejected !== undefined) return 'Closed - Not Converted';
  if (L.touch !== undefined) return 'Working - Contacted';
  return 'Open - Not Contacted';
};

/**
 * A row writer for one layout. `next()` returns one data row (without the line end) and
 * what is wrong with it, if anything: the generator's ground truth for the tests.
 */
export function layout(format, options) {
  const { seed, from, days, timeZone, dayFirst } = options;
  const r = random(seed);
  const clock = zoneClock(timeZone);
  const hubspot = format === 'hubspot';
  const recentIds = []; // a ring of good ids, for duplicates: constant memory
  let index = 0;

  const idOf = (i) => {
    if (hubspot) return String(51_000_000_000 + i * 13 + r.int(0, 12));
    // 15-character Salesforce ids: key prefix 00Q, pod, then a bijection of i in base 62.
    const B62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
    let n = (i * 1_000_003 + 12_345) % 62 ** 6;
    let tail = '';
    for (let k = 0; k < 6; k++) {
      tail = B62[n % 62] + tail;
      n = Math.floor(n / 62);
    }
    return '00Q5g0000' + tail;
  };

  const next = () => {
    const i = index++;
    const L = story(r, from, days);
    let id = idOf(i);
    // At most one defect per bad row, so that the expected reason is known.
    const defect = r.weighted([
      [null, 991],
      ['missingId', 3],
      ['badDate', 3],
      ['duplicateId', recentIds.length > 0 ? 3 : 0],
    ]);
    if (defect === 'missingId') id = '';
    if (defect === 'duplicateId') id = r.pick(recentIds);
    if (defect === null) {
      if (recentIds.length < 1000) recentIds.push(id);
      else recentIds[r.int(0, 999)] = id;
    }
    const row = hubspot ? hubspotRow(r, clock, L, id) : salesforceRow(r, L, id, dayFirst);
    if (defect === 'badDate') {
      const dateColumns = hubspot ? HS_DATE_INDEXES : SF_DATE_INDEXES;
      const filled = dateColumns.filter((c) => row[c] !== '');
      const at = r.pick(filled);
      row[at] = r.pick(hubspot ? HS_BAD_DATES : dayFirst ? SF_BAD_DATES_GB : SF_BAD_DATES_US);
    }
    const line = row.map((v) => cell(v, !hubspot)).join(',');
    return { line, defect };
  };
  return { next, header: (hubspot ? HUBSPOT_COLUMNS : SALESFORCE_COLUMNS).map((c) => cell(c, !hubspot)).join(',') };
}

const HS_DATE_INDEXES = HUBSPOT_COLUMNS.map((c, i) => (/Date$|Last Contacted/.test(c) ? i : -1)).filter((i) => i >= 0);
const SF_DATE_INDEXES = SALESFORCE_COLUMNS.map((c, i) => (/Date$|Last Activity/.test(c) ? i : -1)).filter((i) => i >= 0);

function hubspotRow(r, clock, L, id) {
  const d = (t) => hubspotDate(r, clock, t);
  return [
    id,
    L.first,
    L.last,
    L.email,
    L.phone,
    L.company,
    L.title,
    d(L.created),
    HS_LIFECYCLE(L, r),
    HS_STATUS(L),
    L.owner,
    L.isLead ? d(L.created) : '',
    d(L.mql),
    d(L.sal),
    d(L.sql),
    d(L.opp),
    d(L.won),
    d(L.touch),
    d(L.lastAttempt),
    L.attempts ?? '',
    L.reason ?? '',
    d(L.rejected),
    d(L.feedback),
    r.weighted(HS_SOURCES),
    L.country,
    L.employees ?? '',
    L.industry,
    L.score,
    L.amount !== undefined ? L.amount.toFixed(2) : '',
  ];
}

function salesforceRow(r, L, id, dayFirst) {
  const d = (t) => salesforceDate(t, dayFirst, false);
  const revenue = L.employees !== undefined && r.chance(0.6) ? (L.employees * r.int(80, 250) * 1000).toLocaleString('en-US') : '';
  return [
    id,
    L.first,
    L.last,
    L.title,
    L.company,
    L.email,
    L.phone,
    r.weighted(SF_SOURCES),
    SF_STATUS(L),
    L.owner || r.pick(OWNERS),
    L.mql === undefined ? '' : r.pick(['Hot', 'Warm', 'Warm', 'Cold']),
    d(L.created),
    d(L.mql),
    d(L.touch),
    d(L.sal),
    salesforceDate(L.sql, dayFirst, true), // Converted Date and Last Activity are date fields
    salesforceDate(L.lastAttempt, dayFirst, true),
    L.attempts ?? '',
    L.reason ?? '',
    d(L.rejected),
    d(L.feedback),
    L.score,
    L.country,
    L.industry,
    L.employees ?? '',
    revenue,
  ];
}

/** The report footer Salesforce appends after the data (separated by a blank line). */
export function salesforceFooter(rows, dayFirst) {
  const generated = dayFirst ? '31/10/2026 17:02' : '10/31/2026 5:02 PM';
  return [
    '',
    `"Grand Totals (${rows.toLocaleString('en-US')} records)"`,
    '',
    '"Confidential Information - Do Not Distribute"',
    '"Copyright (c) 2000-2026 salesforce.com, inc. All rights reserved."',
    '',
    `"Generated By: Jane Doe  ${generated}"`,
    '"Acme Corp"',
  ];
}
