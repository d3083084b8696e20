/**
 * Issue 15, item 4 in the Action: the pull-request comment's diff says each change's
 * summary in the head contract's locale (the comment's frame stays English), through the
 * same renderer as `revpact diff --format markdown`.
 */
import { describe, expect, it } from 'vitest';
import { renderReviewBody, type ContractSection } from '../../../src/action/body.js';
import { mdText } from '../../../src/render/escape.js';
import { diffRules } from '../../../src/review/diff.js';
import type { DiffReport } from '../../../src/review/types.js';
import { checkVersion } from '../../../src/review/version.js';
import { b2b, rulesOf } from '../review/helpers.js';
import { editEverySection } from '../review/every-section.js';

function body(locale: ContractSection['locale']): { text: string; diff: DiffReport } {
  const head = b2b();
  editEverySection(head);
  const changes = diffRules(rulesOf(b2b()), rulesOf(head));
  const diff: DiffReport = {
    base: { name: 'b2b-saas', version: '2.3.0', source: 'contracts/b2b-saas.yaml@base' },
    head: { name: 'b2b-saas', version: '3.0.0', source: 'contracts/b2b-saas.yaml@head' },
    changes,
    version: checkVersion(changes, '2.3.0', '3.0.0'),
    impact: null,
  };
  const section: ContractSection = {
    path: 'contracts/b2b-saas.yaml',
    basePath: 'contracts/b2b-saas.yaml',
    status: 'modified',
    diagnostics: [],
    diff,
    locale,
    approvals: [],
  };
  return { text: renderReviewBody({ contracts: [section], cards: [], headSha: 'abc1234', version: 'test' }), diff };
}

describe('the pull-request comment speaks the head contract’s language', () => {
  it.each([
    ['es', 'Umbral de MQL: puntuación 60 → 65 (más exigente para marketing; menos leads para ventas)'],
    ['pt', 'Pontuação mínima de MQL: 60 → 65 (mais exigente para marketing; menos leads para vendas)'],
    ['ca', 'Llindar per a MQL: puntuació 60 → 65 (més exigent per a màrqueting; menys leads per a vendes)'],
  ] as const)('%s: every change summary in that language, none left in English', (locale, line) => {
    const { text, diff } = body(locale);
    expect(text).toContain(line);
    const english = diff.changes.filter((c) => c.bump !== 'none' && text.includes(mdText(c.summary))).map((c) => c.summary);
    expect(english).toEqual([]);
  });

  it('en: the summaries as the JSON has them', () => {
    const { text, diff } = body('en');
    const shown = diff.changes.filter((c) => c.bump !== 'none');
    expect(shown.length).toBeGreaterThan(50);
    for (const c of shown) expect(text).toContain(mdText(c.summary));
  });
});
