/**
 * The review comment's parts that the end-to-end tests meet only now and then — a base
 * that is not a valid contract, a report card with problems, a removed contract, a fork
 * without secrets — in each language: no English left but the data and the checker's
 * messages (English by design: docs/diagnostics.md), and the marker unchanged.
 */
import { describe, expect, it } from 'vitest';
import { decideSide, ownerOf } from '../../../src/action/approvals.js';
import { renderReviewBody, type CardSection, type ContractSection } from '../../../src/action/body.js';
import { COMMENT_MARKER } from '../../../src/action/comment.js';
import { frameText } from '../../../src/action/messages.js';
import type { Diagnostic } from '../../../src/contract/diagnostics.js';
import { englishIn, LOCALES, unmarkdown, withoutData } from '../../helpers/english-scan.js';

const HEAD = 'a1b2c3d'.padEnd(40, '0');
const problem: Diagnostic = {
  code: 'invalid-percentage',
  severity: 'error',
  message: 'target must be a percentage between 0% and 100%',
  file: 'scorecards/b2b-saas/2026-H1.yaml',
  pointer: '/grades/0',
  line: 4,
  column: 9,
  suggest: 'write it as 95%',
};
const warning: Diagnostic = { ...problem, severity: 'warning', code: 'unknown-field', message: 'unknown field zz', suggest: 'remove it' };

function sections(locale: (typeof LOCALES)[number]) {
  const pr = { headSha: HEAD, author: 'laiaferrer' };
  const approvals = [
    decideSide({ side: 'marketing', owner: ownerOf('laiaferrer'), delegates: ['nuriacasas'] }, new Map(), pr),
    decideSide({ side: 'sales', owner: ownerOf('@planfold/sales-leads'), delegates: [] }, new Map(), pr, { ok: false, reason: 'x', status: 403 }),
  ];
  const contracts: ContractSection[] = [
    { path: 'contracts/b2b-saas.yaml', basePath: 'contracts/old.yaml', status: 'renamed', diagnostics: [], baseInvalidAt: 'f00ba12', locale, approvals },
    { path: 'contracts/gone.yaml', basePath: 'contracts/gone.yaml', status: 'removed', diagnostics: [], locale, approvals: [] },
  ];
  const cards: CardSection[] = [{ path: problem.file, contract: 'b2b-saas 2.3.0', locale, diagnostics: [problem, warning], approvals }];
  return { contracts, cards };
}

/** The data: paths, commits, logins, the version, the card's contract, a permission's name, and the checker's own words. */
const DATA = [
  'contracts/b2b-saas.yaml',
  'contracts/old.yaml',
  'contracts/gone.yaml',
  'scorecards/b2b-saas/2026-H1.yaml',
  'f00ba12',
  'a1b2c3d',
  '0.1.0',
  'b2b-saas 2.3.0',
  'laiaferrer',
  'nuriacasas',
  'planfold/sales-leads',
  'HUBSPOT_TOKEN',
  'HubSpot',
  // GitHub's names of the permission and the scope, as its settings show them.
  'Members: read',
  'read:org',
  ...[problem, warning].flatMap((d) => [`${d.code}: ${d.message}`, d.suggest ?? '']),
];

describe.each(LOCALES)('the review comment in %s', (locale) => {
  const t = frameText(locale);
  const body = renderReviewBody({ ...sections(locale), headSha: HEAD, version: '0.1.0', noLeads: { kind: 'fork', secret: 'HUBSPOT_TOKEN', crm: 'HubSpot' } });

  it('keeps the marker first, and says each part in the language', () => {
    expect(body.startsWith(`${COMMENT_MARKER}\n### ${t.heading(t.changed(2, 1))}\n`)).toBe(true);
    expect(body).toContain(`❌ ${t.withErrors(1)} · ⏳ ${t.waiting}`);
    expect(body).toContain(`*${t.baseInvalid('contracts/old.yaml', 'f00ba12')}*`);
    expect(body).toContain(`#### \`contracts/gone.yaml\` (${t.fileStatus.removed})`);
    expect(body).toContain(`#### ${t.card.title('`scorecards/b2b-saas/2026-H1.yaml`', 'b2b-saas 2.3.0')}`);
    expect(body).toContain(`❌ ${t.problems.head(1, 1)}`);
    expect(body).toContain(`| 4:9 | ${t.problems.severity['warning']} unknown-field: unknown field zz | remove it |`);
    expect(body).toContain(t.approvals.delegateApproves('laiaferrer', t.approvals.side['marketing'] ?? '', 'nuriacasas'));
    expect(body).toContain(t.approvals.teamUnreadable('planfold/sales-leads', 403));
    expect(body).toContain(`*${t.leads.fork('HUBSPOT\\_TOKEN', 'HubSpot')}*`);
    expect(body).toContain(`<sub>${t.footer('0.1.0', '`a1b2c3d`')}</sub>`);
  });

  it('has no English left but the data and the checker’s messages', () => {
    expect(englishIn(withoutData(unmarkdown(body), DATA), locale)).toEqual([]);
  });
});

it('the same comment in English is caught by the scan (it has teeth)', () => {
  const body = renderReviewBody({ ...sections('es'), contracts: [], headSha: HEAD, version: '0.1.0', noLeads: { kind: 'no-export' } });
  const english = renderReviewBody({
    contracts: sections('es').contracts.map((c) => ({ ...c, locale: 'en' as const })),
    cards: sections('es').cards.map((c) => ({ ...c, locale: 'en' as const })),
    headSha: HEAD,
    version: '0.1.0',
    noLeads: { kind: 'no-export' },
  });
  expect(englishIn(withoutData(unmarkdown(body), DATA), 'es')).toEqual([]);
  expect(englishIn(withoutData(unmarkdown(english), DATA), 'es').length).toBeGreaterThan(10);
});
