/**
 * A change that brings a warning `validate` would give (a lower commitment that breaks the
 * funnel arithmetic, an implausible target) says so in the review, at the head file's
 * line:column with the fix; a warning the base already had is not repeated, even when it
 * moved (lines added above it, its SLA listed in another order).
 */
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { renderReviewBody } from '../../../src/action/body.js';
import { loadContract } from '../../../src/app/contract.js';
import type { RevpactContract } from '../../../src/contract/types.generated.js';
import { renderDiff } from '../../../src/review/render/index.js';
import { reviewChange, type ReviewSide } from '../../../src/review/review.js';
import type { DiffReport } from '../../../src/review/types.js';
import { at, b2b } from './helpers.js';

function side(file: string, text: string): ReviewSide {
  const loaded = loadContract(file, text);
  if (!loaded.ok) throw new Error(`invalid test contract: ${loaded.diagnostics.map((d) => d.message).join('; ')}`);
  return { ...loaded.value, display: file };
}

const yaml = (c: RevpactContract) => stringify(c);

function review(edit: (c: RevpactContract) => void, base: RevpactContract = b2b(), headText?: (text: string) => string): DiffReport {
  const head = structuredClone(base);
  edit(head);
  const text = yaml(head);
  return reviewChange(side('base.yaml', yaml(base)), side('head.yaml', headText ? headText(text) : text));
}

/** The mql-volume goal below the 200 MQLs the revenue target needs (b2b-saas promises 220). */
const LOWER_COMMITMENT = (c: RevpactContract) => {
  at(c.commitments, 'mql-volume').goal = 180;
};

const headLineOf = (text: string, needle: string) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('warnings a change brings', () => {
  it('a lower commitment that breaks the funnel arithmetic: the warning, at its head line:column, with the fix', () => {
    const head = b2b();
    LOWER_COMMITMENT(head);
    const r = review(LOWER_COMMITMENT);
    expect(r.newWarnings).toHaveLength(1);
    const w = r.newWarnings?.[0];
    expect(w).toMatchObject({ file: 'head.yaml', code: 'funnel-inconsistent', severity: 'warning', pointer: '/commitments/0/goal' });
    expect(w?.line).toBe(headLineOf(yaml(head), 'goal: 180'));
    expect(w?.suggest).toBe('raise the goal to 200, or revise the target or the rates');
  });

  it('a warning the base already has is not repeated, though lines were added above it and its SLA moved', () => {
    const base = b2b();
    at(base.slas, 'first-touch').target = '0.95%';
    const r = review(
      (c) => {
        c.slas?.reverse();
        LOWER_COMMITMENT(c);
      },
      base,
      (text) => `# a comment\n# and another\n${text}`,
    );
    expect(r.newWarnings?.map((d) => d.code)).toEqual(['funnel-inconsistent']);
  });

  it('a warning the base has at the same place is not new, though the change moved its numbers', () => {
    const base = b2b();
    at(base.commitments, 'mql-volume').goal = 190;
    expect(review(LOWER_COMMITMENT, base).newWarnings).toEqual([]);
  });

  it('a change that brings none lists none', () => {
    expect(review((c) => void (at(c.slas, 'first-touch').goal = '2bh')).newWarnings).toEqual([]);
  });
});

describe('said in every format', () => {
  const r = () => review(LOWER_COMMITMENT);

  it('text: under its heading, file:line:column, the code, the message and the fix', () => {
    const report = r();
    const w = report.newWarnings?.[0];
    const text = renderDiff.text(report);
    expect(text).toContain('New warning (1), which the base did not have\n');
    expect(text).toContain(`  head.yaml:${w?.line}:${w?.column}  funnel-inconsistent: commitment "mql-volume" promises 180 mql per month`);
    expect(text).toContain('(raise the goal to 200, or revise the target or the rates)');
  });

  it('markdown: a table in the reader’s language', () => {
    const md = renderDiff.markdown(r(), { locale: 'es' });
    expect(md).toContain('⚠️ **Aviso nuevo (1), que la versión base no tenía**');
    expect(md).toContain('| Dónde | Aviso | Cómo corregirlo |');
    expect(md).toMatch(/\| head\.yaml:\d+:11 \| funnel-inconsistent: .* \| raise the goal to 200, or revise the target or the rates \|/);
  });

  it('json: newWarnings after impact, in validate’s diagnostic shape; a report without the sides’ warnings has no key', () => {
    const report = r();
    const json = JSON.parse(renderDiff.json(report)) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['base', 'head', 'changes', 'version', 'impact', 'newWarnings']);
    const [w] = json['newWarnings'] as Record<string, unknown>[];
    expect(Object.keys(w ?? {})).toEqual(['file', 'line', 'column', 'severity', 'code', 'message', 'pointer', 'suggest']);
    const { newWarnings: _, ...without } = report;
    expect(Object.keys(JSON.parse(renderDiff.json(without)) as object)).toEqual(['base', 'head', 'changes', 'version', 'impact']);
  });

  it('the Action’s comment marks the new warning in its problems table and does not list it twice', () => {
    const report = r();
    const diagnostics = report.newWarnings ?? [];
    const text = renderReviewBody({
      contracts: [{ path: 'head.yaml', basePath: 'head.yaml', status: 'modified', diagnostics, diff: report, locale: 'en', approvals: [] }],
      cards: [],
      headSha: 'abc1234',
      version: 'test',
    });
    expect(text).toContain('| new warning funnel-inconsistent: commitment "mql-volume"');
    expect(text.split('funnel-inconsistent').length - 1).toBe(1);
  });
});
