/**
 * Issue 15, item 4: the report, diff (and log), due-list and Action-frame catalogues in every locale. TypeScript
 * already holds each to English's keys and function types; this test holds what types
 * cannot: every key says something in every locale, every function returns a non-empty
 * line for sample arguments (counts 0, 1, 2 and 5 where the wording depends on a count),
 * a translation is not English left in place, and plurals follow the count.
 *
 * A key added in English without sample arguments here fails the test: add them to
 * SAMPLES (and the key to every locale).
 */
import { describe, expect, it } from 'vitest';
import { FRAME_TEXT } from '../../../src/action/messages.js';
import { message, SEVERITY } from '../../../src/engine/metrics/data-quality.js';
import { DOCUMENT_LOCALES } from '../../../src/render/locale.js';
import { DUE_TEXT } from '../../../src/report/render/due-messages.js';
import { REPORT_TEXT } from '../../../src/report/render/messages.js';
import { DIFF_TEXT } from '../../../src/review/render/messages.js';

type Args = readonly unknown[];
const COUNTS = [0, 1, 2, 5];
/** Each count as raw and as the formatted text the renderers pass next to it. */
const counted = (make: (n: number) => Args): Args[] => COUNTS.map(make);
const FINDING_CODES = Object.keys(SEVERITY);
const DETAILS: Record<string, string> = {
  'missing-start': 'mqlAt',
  'stop-before-start': 'firstTouchAt before mqlAt',
  'start-after-as-of': 'mqlAt',
  'date-only': 'mqlAt, sqlAt',
  'unknown-rejection-reason': '"budget"',
  'missing-rejection-reason': '',
  'stage-order': 'sqlAt before mqlAt',
  'unknown-stage': '"12345678"; "Marketing Engaged"',
  'missing-deal-amount': 'customer (commitment revenue)',
  'rejected-rows': 'unparseable date "2026-13-45" in column "MQL date" (expected ISO 8601)',
  'no-leads-in-period': '2026-12|2026-10-02 to 2026-10-05',
  'before-effective': '2026-10|2026-11-01',
  'handoff-fields-not-in-export': 'mql|phone, linkedin',
  'sla-stop-not-in-export': 'accept-or-reject|salAt/rejectedAt',
  'not-a-number': 'employees "51-200"; employees "many"',
  'effective-in-period': '2026-10|2026-10-15',
  'condition-field-not-in-export': 'enterprise-first-touch|employes',
  'segment-matches-none': 'enterprise-first-touch',
  'all-pending': 'first-touch',
  'stage-not-in-export': 'opportunityAt|opportunity|pipeline,revenue|sql → opportunity',
  'period-in-progress': '2026-12|20|2026-12-31|mql-volume,pipeline',
};

/** Sample arguments per function, by dotted path, for each catalogue. */
const SAMPLES: Record<'report' | 'diff' | 'due' | 'frame', Record<string, Args[]>> = {
  report: {
    otherRow: [...counted((n) => ['(other)', String(n), n, null]), ['(other)', '12', 12, '50']],
    periodRange: [['2026-10', '2026-10-01T00:00:00+02:00', '2026-11-01T00:00:00+01:00', 'Europe/Madrid']],
    inputCounts: counted((n) => [String(n), String(n), '0', n]),
    'verdict.fail': [[['1 of 3 SLAs']], [['1 of 3 SLAs', '2 of 2 commitments']]],
    'verdict.pass': [[['all 3 SLAs']], [['the SLA', 'both commitments']]],
    'verdict.failedOf': [...counted((n) => [Math.min(1, n), n, 'sla']), ...counted((n) => [Math.min(1, n), n, 'commitment'])],
    'verdict.all': [...counted((n) => [n, 'sla']), ...counted((n) => [n, 'commitment'])],
    'verdict.withoutData': counted((n) => [n]),
    goalOnClock: [
      ['18h', 'business'],
      ['3d', 'calendar'],
    ],
    written: [...counted((n) => [n, 'bd']), ...counted((n) => [n, 'bh']), [1.5, 'bd'], [4, 'h'], [90, 'm']],
    'goalBasis.multiple': [['2,000', 'month', '3']],
    'goalBasis.proratedDays': [['2,000', 'month', '0.2258']],
    ratioOfBase: [['23.5%', '412']],
    attainmentOf: [['82.0%', '41', '50']],
    followUpRule: [['6', '10 business days']],
    'sectionSummary.dataQuality': counted((n) => [n]),
    'sectionSummary.breakdowns': counted((n) => [n]),
    'tables.byAttribute': [['country']],
    funnelStep: [['mql', 'sal']],
    'findings.slaTitle': [['first-touch']],
    'findings.commitmentTitle': [['mql-volume']],
    'findings.dataTitle': [['rejected-rows']],
    'findings.slaFail': [['first-touch', '81.9%', '95%']],
    'findings.slaNoData': [['first-touch']],
    'findings.commitmentFail': [['mql-volume', '1,763', '2,000']],
    'findings.commitmentNoData': [['mql-volume']],
    'findings.slaCounts': [['1', '2', '0', '5']],
    'findings.goal': [['2,000']],
    'findings.when': [['2026-10', '2026-11-03T09:00:00+01:00']],
    'findings.leadsUnit': counted((n) => [String(n), n]),
    openAges: [['3', '7h 30m', '14h 30m']],
    openAgesDetail: [['3', '7h 30m', '14h 30m']],
    stoppedElapsed: [['39m', '3h 32m']],
    leadsByDate: [...counted((n) => ['2,100', '10', '3', String(n), n])],
    outsideCounts: [['9,800', '120']],
    handoffNotMeasured: [['phone'], ['phone, linkedin']],
    instant: [['2026-10-01T09:05:00+02:00'], ['2026-11-03T09:00:30Z']],
    findingMessage: FINDING_CODES.flatMap((code) => counted((n) => [code, n, DETAILS[code] ?? ''])),
    'series.summary': [['12 months']],
    'series.partial': [['2026-W40']],
    'series.soFar': [['2026-11'], ['2026-W40 (part)']],
    'series.pendingOnly': counted((n) => [String(n), n]),
    'series.attainmentColumn': [['first-touch']],
    'series.commitmentColumn': [['mql-volume']],
    'series.actualOfGoal': [['1,763', '2,000']],
    'charts.elapsed.description': counted((n) => [n]),
    'charts.commitments.description': counted((n) => [n]),
    'charts.commitments.valueOf': [['412', '500']],
    'charts.funnel.description': counted((n) => [n]),
    'charts.funnel.rateWithTarget': [['23.5%', '25%']],
    'charts.attainment.title': [['first-touch']],
    'charts.attainment.description': counted((n) => ['first-touch', n]),
    'trend.title': [['12']],
    'trend.slaColumn': [['first-touch', '95%']],
    'trend.monthWithout': [['2026-04', 'before the data starts']],
    'trend.sinceSummary': [['2026-09', '2026-10']],
    'trend.slaChange': [['first-touch', '91.2%', '94.0%', '+2.8 pts']],
    'trend.commitmentChange': [['mql-volume', '1,850', '2,100', '+250']],
    'trend.points': [['+2.8'], ['-0.4'], ['±0.0']],
    'trend.statusChange': [['FAIL', 'pass']],
    'trend.notComparable': [['2026-09', 'before the data starts']],
    'charts.stepWithTarget': [['mql → sal', '80%']],
    'charts.distribution.title': [['first-touch']],
    'charts.distribution.description': [['first-touch', '1,715', '1 business hour', '1,412']],
    'charts.distribution.x': [['1 business hour']],
    'charts.distribution.goal': [['1 business hour']],
    'charts.distribution.mermaidX': [['1 business hour', '100%']],
    'series.count': [...counted((n) => [String(n), 'week', n]), ...counted((n) => [String(n), 'month', n]), ...counted((n) => [String(n), 'quarter', n])],
  },
  diff: {
    noChange: [['b2b-saas 1.4.0 → 1.4.1']],
    headline: counted((n) => ['b2b-saas 1.4.0 → 1.5.0', String(n), n, '1 tighter', 'no version bump needed']),
    'tally.tightened': counted((n) => [String(n), n]),
    'tally.loosened': counted((n) => [String(n), n]),
    'tally.unclear': counted((n) => [String(n), n]),
    'tally.neutral': counted((n) => [String(n), n]),
    newWarnings: counted((n) => [String(n), n]),
    'versionShort.down': [['2.0.0', '1.9.0']],
    'versionShort.enough': [['minor']],
    'versionShort.needs': [
      ['major', null],
      ['major', 'minor'],
    ],
    'versionSentence.down': [
      ['2.0.0', '1.9.0', null, null],
      ['2.0.0', '1.9.0', 'major', '3.0.0'],
    ],
    'versionSentence.noMeaning': [['1.4.0', '1.4.1', 'patch']],
    'versionSentence.stays': [['1.4.0']],
    'versionSentence.bumped': [['1.4.0', '1.5.0', 'minor']],
    'versionSentence.enough': [['minor', '1.4.0 → 1.5.0 is a minor bump']],
    'versionSentence.notEnough': [
      ['major', '2.0.0', 'the version stays 1.4.0'],
      ['major', null, 'the version stays 1.4.0'],
    ],
    note: [['the contracts cut periods in different zones']],
    impactOn: [['2026-10']],
    impactFacts: counted((n) => [
      {
        label: '2026-10',
        from: '2026-10-01T00:00:00+02:00',
        to: '2026-11-01T00:00:00+01:00',
        timezone: 'Europe/Madrid',
        asOf: '2026-11-03T09:00:00+01:00',
        rows: String(n),
        rowCount: n,
        files: 'leads.csv',
        mapping: 'hubspot',
        evaluated: String(n),
        rejected: '0',
      },
    ]),
    ofGoal: [['81.9%', '95%']],
    renamedFrom: [
      ['First touch', 'first-touch', 'first-contact'],
      [null, 'accept', 'accept-or-reject'],
    ],
    shareOf: [...counted((n) => ['85.1%', String(n), n, 'mqls']), ...counted((n) => ['85.1%', String(n), n, 'leads'])],
    'leadsChanged.counted': [
      ['3', '40', []],
      ['3', '40', ['First touch 3']],
    ],
    'log.historyOf': counted((n) => ['contracts/b2b-saas.yaml', String(n), n]),
    'log.changelog': [['contracts/b2b-saas.yaml']],
    'log.invalid': counted((n) => [String(n), n]),
    'log.movedFrom': [['contracts/old.yaml']],
    'log.day': [['2026-10-03']],
  },
  // The Action's frame (src/action/messages.ts).
  frame: {
    heading: [['1 contract']],
    changed: [
      [1, 0],
      [2, 0],
      [0, 1],
      [0, 3],
      [1, 1],
      [3, 2],
    ],
    withErrors: counted((n) => [n]),
    baseInvalid: [['contracts/b2b-saas.yaml', 'abc1234']],
    'card.title': [['`scorecards/b2b-saas/2026-H1.yaml`', 'b2b-saas 2.3.0']],
    'problems.head': [
      [0, 1],
      [1, 0],
      [2, 5],
    ],
    'approvals.team': [['planfold/sales-leads']],
    'approvals.delegateApproves': [['laiaferrer', 'marketing', 'NuriaCasas, jordi']],
    'approvals.noDelegate': [['laiaferrer', 'sales']],
    'approvals.teamUnreadable': [['planfold/sales-leads', 403]],
    'approvals.oneSideOnly': [['laiaferrer', 'marketing', 'sales']],
    'leads.fork': [['HUBSPOT_TOKEN', 'HubSpot']],
    footer: [['0.1.0', '`abc1234`']],
    compiled: [['b2b-saas.md', 'contracts/b2b-saas.yaml']],
    'cut.rest': [['65,536', 'the [job summary](https://github.com/o/r/actions/runs/1)']],
    'cut.jobSummary': [['https://github.com/o/r/actions/runs/1']],
    'commitStatus.waiting': [['marketing (laiaferrer)']],
    'commitStatus.changesRequested': [['sales (team planfold/sales-leads)']],
    'commitStatus.who': [['marketing', 'laiaferrer']],
    'monthly.title': [['2026-10']],
    'monthly.closedUpdated': [['[#100](https://github.com/o/r/issues/100)']],
    'monthly.unlabelledFound': [['[#100](https://github.com/o/r/issues/100)', '`revpact`']],
    'monthly.periodsDiffer': [['2026-10', '`contracts/us.yaml` (2026-09)']],
  },
  due: {
    head: counted((n) => [String(n), n, '2bh', '2026-11-03T09:00:00+01:00']),
    overdue: [...counted((n) => [String(n), n, false]), ...counted((n) => [String(n), n, true])],
    overdueSince: [['2026-11-02T18:00:00+01:00']],
    left: [
      [0, false],
      [45, true],
      [60, false],
      [85, true],
    ],
    more: counted((n) => [String(n), n]),
    unread: [['12 rows rejected, such as: missing id (column "Record ID" is empty) (export.csv:7)']],
    unmeasured: [
      [
        'SLA first-touch is not measured: no lead of the export has firstTouchAt, the event that stops its clock, so its 3 leads would all look late or open; map the column that holds it (--mapping) or add it to the export',
      ],
    ],
    undated: counted((n) => [String(n), n]),
    outside: counted((n) => [String(n), n, '2026-01-31', '2026-10-01 to 2026-10-02']),
    count: [[0], [1], [12480]],
  },
};

/**
 * Values a locale may share with English: codes, symbols, acronyms, and words the
 * languages borrow (the agreement documents use "lead" and "marketing" too).
 */
const SAME_AS_ENGLISH: Record<'report' | 'diff' | 'due' | 'frame', string[]> = {
  report: [
    'none',
    'listSeparator',
    'units.d',
    'units.h',
    'team.marketing',
    'sections.slas',
    'junit.slas',
    'junit.failureType',
    'columns.sla',
    'columns.lead',
    'columns.leads',
    'funnelStep',
    'goalOnClock', // "18h" + the clock's word, which is translated
    'findings.leadsUnit', // "lead", "leads": the agreement's own word
    'charts.elapsed.y', // "SLA"
    'series.attainmentColumn', // the SLA's id
    'series.commitmentColumn', // the commitment's id
    'series.actualOfGoal', // "1.763 / 2.000"
    'trend.monthWithout', // "2026-04: " + the reason, which is translated
    'trend.sinceSummary', // "2026-09 → 2026-10"
    'trend.statusChange', // the status words, which are translated, around an arrow
    'attainmentOf',
    'outsideCounts',
    'breakdownKeys',
    'findings.slaTitle',
    'severity.error',
    'kind.volume',
  ],
  diff: ['title', 'affects.marketing', 'columns.sla', 'bump.major'],
  due: ['columns.lead', 'count'],
  frame: [
    'problems.severity.error', // "error" in Spanish and Catalan too
    'approvals.side.marketing',
    'commitStatus.who', // "marketing (laiaferrer)": the side's word, which is translated, and a login
  ],
};

type Node = string | ((...a: never[]) => unknown) | { [k: string]: Node };

/** Every leaf of a catalogue with its dotted path: strings and functions. */
function leaves(node: Node, path = ''): [string, Node][] {
  if (typeof node === 'string' || typeof node === 'function') return [[path, node]];
  return Object.entries(node).flatMap(([k, v]) => leaves(v, path ? `${path}.${k}` : k));
}

/** The tree's shape: which paths hold a string, a function or an object. */
function shape(node: Node, path = ''): string[] {
  if (typeof node === 'string') return [`${path}: string`];
  if (typeof node === 'function') return [`${path}: function`];
  return [`${path}: object`, ...Object.entries(node).flatMap(([k, v]) => shape(v, path ? `${path}.${k}` : k))];
}

const CATALOGUES = {
  report: REPORT_TEXT as unknown as Record<string, Node>,
  diff: DIFF_TEXT as unknown as Record<string, Node>,
  due: DUE_TEXT as unknown as Record<string, Node>,
  frame: FRAME_TEXT as unknown as Record<string, Node>,
};

function call(fn: Node, args: Args): unknown {
  return (fn as (...a: unknown[]) => unknown)(...args);
}

describe.each(Object.keys(CATALOGUES) as (keyof typeof CATALOGUES)[])('the %s catalogue', (family) => {
  const catalogue = CATALOGUES[family];
  const en = catalogue['en'] as Node;
  const english = new Map(leaves(en));

  it('has a sample for every function English has (add one to SAMPLES for a new key)', () => {
    const functions = leaves(en)
      .filter(([, v]) => typeof v === 'function')
      .map(([p]) => p);
    expect(functions.filter((p) => !(p in SAMPLES[family]))).toEqual([]);
  });

  it.each(DOCUMENT_LOCALES.filter((l) => l !== 'en'))('%s has exactly the keys of English, each a string or function where English has one', (locale) => {
    expect(shape(catalogue[locale] as Node).sort()).toEqual(shape(en).sort());
  });

  it.each([...DOCUMENT_LOCALES])('%s says something for every key and every sample', (locale) => {
    for (const [path, value] of leaves(catalogue[locale] as Node)) {
      if (typeof value === 'string') {
        expect(value.trim(), `${locale} ${path}`).not.toBe('');
        continue;
      }
      for (const args of SAMPLES[family][path] ?? []) {
        const out = call(value, args);
        // English leaves the data-quality message to the engine (null); every other locale says it.
        if (family === 'report' && path === 'findingMessage' && locale === 'en') {
          expect(out, `${path}(${JSON.stringify(args)})`).toBeNull();
          continue;
        }
        expect(typeof out, `${locale} ${path}(${JSON.stringify(args)})`).toBe('string');
        expect((out as string).trim(), `${locale} ${path}(${JSON.stringify(args)})`).not.toBe('');
        expect(out as string, `${locale} ${path}(${JSON.stringify(args)}): a placeholder left`).not.toMatch(/undefined|\[object |NaN|\$\{/);
      }
    }
  });

  it.each(DOCUMENT_LOCALES.filter((l) => l !== 'en'))(
    '%s translates: nothing is left as the English says it, but codes, symbols and borrowed words',
    (locale) => {
      const same: string[] = [];
      for (const [path, value] of leaves(catalogue[locale] as Node)) {
        if (SAME_AS_ENGLISH[family].some((p) => path === p || path.startsWith(`${p}.`))) continue;
        const theirs = english.get(path) as Node;
        if (typeof value === 'string') {
          if (value === theirs) same.push(path);
          continue;
        }
        const samples = SAMPLES[family][path] ?? [];
        // A function is left in English when every sample reads as English reads it.
        if (samples.length > 0 && samples.every((args) => call(value, args) === call(theirs, args))) same.push(path);
      }
      expect(same).toEqual([]);
    },
  );
});

describe('plurals and grammar that follow the count', () => {
  const r = (l: (typeof DOCUMENT_LOCALES)[number]) => REPORT_TEXT[l];

  it.each([
    ['es', 'fila', 'filas', 'incidencia', 'incidencias', 'compromiso', 'compromisos'],
    ['ca', 'fila', 'files', 'incidència', 'incidències', 'compromís', 'compromisos'],
    ['pt', 'linha', 'linhas', 'ocorrência', 'ocorrências', 'compromisso', 'compromissos'],
  ] as const)('%s: one and many', (locale, row, rows, finding, findings, commitment, commitments) => {
    const t = r(locale);
    expect(t.inputCounts('1', '1', '0', 1)).toContain(`1 ${row}:`);
    expect(t.inputCounts('2', '2', '0', 2)).toContain(`2 ${rows}:`);
    expect(t.inputCounts('5', '5', '0', 5)).toContain(`5 ${rows}:`);
    expect(t.sectionSummary.dataQuality(1)).toBe(`1 ${finding}`);
    expect(t.sectionSummary.dataQuality(2)).toBe(`2 ${findings}`);
    expect(t.sectionSummary.dataQuality(5)).toBe(`5 ${findings}`);
    // No findings is a phrase of its own, not "0 findings".
    expect(t.sectionSummary.dataQuality(0)).not.toMatch(/\d/);
    expect(t.verdict.failedOf(1, 1, 'commitment')).toBe(`1 de 1 ${commitment}`);
    expect(t.verdict.failedOf(1, 2, 'commitment')).toBe(`1 de 2 ${commitments}`);
    expect(t.verdict.failedOf(0, 5, 'commitment')).toBe(`0 de 5 ${commitments}`);
  });

  it('Portuguese counts 0 as singular, as CLDR and the agreement documents do; Spanish and Catalan do not', () => {
    expect(r('pt').inputCounts('0', '0', '0', 0)).toContain('0 linha:');
    expect(r('es').inputCounts('0', '0', '0', 0)).toContain('0 filas:');
    expect(r('ca').inputCounts('0', '0', '0', 0)).toContain('0 files:');
  });

  it.each(['es', 'pt', 'ca'] as const)('%s: the words of the contract’s own units, one and many', (locale) => {
    const t = r(locale);
    expect(t.written(1, 'bd')).not.toBe(t.written(2, 'bd').replace('2', '1'));
    expect(t.written(1, 'bh')).not.toBe(t.written(5, 'bh').replace('5', '1'));
    // Decimals in the locale's own way.
    expect(t.written(1.5, 'bd')).toMatch(/^1,5 /);
  });

  it.each(['es', 'pt', 'ca'] as const)('%s: the data-quality messages agree with their count', (locale) => {
    const t = r(locale);
    for (const code of FINDING_CODES) {
      const one = t.findingMessage(code, 1, DETAILS[code] ?? '');
      const many = t.findingMessage(code, 5, DETAILS[code] ?? '');
      expect(one, code).not.toBe(many?.replace(/\b5\b/, '1'));
    }
  });

  it.each(['en', 'es', 'pt', 'ca'] as const)('%s: no lead read at all points to the rejected rows, not to --period', (locale) => {
    const detail = DETAILS['no-leads-in-period'] ?? '';
    const none = locale === 'en' ? message('no-leads-in-period', 0, detail) : r(locale).findingMessage('no-leads-in-period', 0, detail);
    const some = locale === 'en' ? message('no-leads-in-period', 2, detail) : r(locale).findingMessage('no-leads-in-period', 2, detail);
    expect(none).toContain('rejected-rows');
    expect(none).toContain('--mapping');
    expect(none).not.toContain('--period');
    expect(some).toContain('--period');
  });

  it.each(['es', 'pt', 'ca'] as const)('%s: the diff tally and due head agree with their count', (locale) => {
    const d = DIFF_TEXT[locale];
    expect(d.tally.tightened('1', 1)).not.toBe(d.tally.tightened('2', 2).replace('2', '1'));
    const due = DUE_TEXT[locale];
    expect(due.head('1', 1, '2bh', 'x')).not.toBe(due.head('2', 2, '2bh', 'x').replace('2 ', '1 '));
  });

  it.each(['es', 'pt', 'ca'] as const)('%s: the Action frame’s counts agree with them', (locale) => {
    const f = FRAME_TEXT[locale];
    expect(f.withErrors(1)).not.toBe(f.withErrors(2).replace('2', '1'));
    expect(f.changed(1, 0)).not.toBe(f.changed(2, 0).replace('2', '1'));
    expect(f.changed(0, 1)).not.toBe(f.changed(0, 2).replace('2', '1'));
    expect(f.problems.head(1, 1)).not.toBe(f.problems.head(2, 2).replace(/2/g, '1'));
    // Both parts, joined by the language's "and".
    expect(f.changed(1, 1)).toContain(f.commitStatus.and);
  });

  it('numbers, shares and instants in the locale’s way (es-ES, pt-BR, ca-ES), English unchanged', () => {
    expect(r('en').instant('2026-10-01T09:05:00+02:00')).toBe('2026-10-01T09:05:00+02:00');
    expect(r('es').instant('2026-10-01T09:05:00+02:00')).toBe('1 oct 2026, 9:05 (UTC+02:00)');
    expect(r('pt').instant('2026-10-01T09:05:00+02:00')).toBe('1 de out. de 2026, 09:05 (UTC+02:00)');
    expect(r('ca').instant('2026-10-01T09:05:00+02:00')).toBe('1 d’oct. 2026, 9:05 (UTC+02:00)');
    expect(r('es').instant('2026-11-03T09:00:30Z')).toBe('3 nov 2026, 9:00:30 (UTC)');
    // Not an instant: left as it is.
    expect(r('es').instant('2026-10')).toBe('2026-10');
  });
});
