/**
 * The diff's three formats: the JSON shape of issue 5, and Markdown that contract text
 * cannot break (no HTML, no @mentions, no extra table cells).
 */
import { describe, expect, it } from 'vitest';
import { diffRules } from '../../../src/review/diff.js';
import { renderDiff } from '../../../src/review/render/index.js';
import type { DiffReport } from '../../../src/review/types.js';
import { checkVersion } from '../../../src/review/version.js';
import { at, b2b, rulesOf } from './helpers.js';
import type { RevpactContract } from '../../../src/contract/types.generated.js';

const HOSTILE = 'Touch | <img src=x onerror=alert(1)> @laiaferrer #12 `code` [link](http://x) **bold**';

function report(edit: (c: RevpactContract) => void, version: string): DiffReport {
  const base = b2b();
  const head = structuredClone(base);
  edit(head);
  head.metadata.version = version;
  const changes = diffRules(rulesOf(base), rulesOf(head));
  return {
    base: { name: 'b2b-saas', version: base.metadata.version, source: 'git:main:contracts/b2b-saas.yaml' },
    head: { name: 'b2b-saas', version: head.metadata.version, source: 'contracts/b2b-saas.yaml' },
    changes,
    version: checkVersion(changes, base.metadata.version, head.metadata.version),
    impact: null,
  };
}

const REALISTIC = (c: RevpactContract) => {
  at(c.slas, 'first-touch').goal = '2bh';
  at(c.qualification?.thresholds, 'mql-threshold').score = 65;
  c.handoff?.requiredFields.push({ field: 'budget', label: 'Budget range' });
};

/** Pipes that separate cells (not escaped with a backslash). */
const cells = (line: string) => line.split(/(?<!\\)\|/).length - 2;

describe('json', () => {
  it('has the shape of issue 5, keys in a fixed order', () => {
    const json = JSON.parse(renderDiff.json(report(REALISTIC, '2.4.0'))) as Record<string, unknown>;
    expect(Object.keys(json)).toEqual(['base', 'head', 'changes', 'version', 'impact']);
    expect(json['base']).toEqual({ name: 'b2b-saas', version: '2.3.0', source: 'git:main:contracts/b2b-saas.yaml' });
    expect(json['version']).toEqual({ required: 'major', actual: 'minor', ok: false, from: '2.3.0', to: '2.4.0' });
    const changes = json['changes'] as Record<string, unknown>[];
    expect(Object.keys(changes[0] ?? {})).toEqual(['pointer', 'kind', 'before', 'after', 'direction', 'affects', 'summary', 'bump', 'section', 'side']);
    expect(changes.map((c) => c['summary'])).toEqual([
      'Version 2.3.0 → 2.4.0',
      'MQL threshold: score 60 → 65 (tighter for marketing; fewer leads for sales)',
      'Handoff: new required field “Budget range” (budget) (tighter for marketing)',
      'First touch: 1 business hour → 2 business hours (looser for sales)',
    ]);
    expect(json['impact']).toBeNull();
  });
});

describe('text', () => {
  it('a headline, one row per change, and the version verdict', () => {
    const text = renderDiff.text(report(REALISTIC, '2.4.0'));
    const lines = text.split('\n');
    expect(lines[0]).toBe('revpact diff · b2b-saas 2.3.0 → 2.4.0: 3 changes (2 tighter, 1 looser); needs a major version bump, got a minor');
    expect(text).toMatch(/^ {2}looser {5}sales {6}minor {2}First touch: 1 business hour → 2 business hours \(looser for sales\)/m);
    expect(text).toContain('Version: The changes need a major bump (3.0.0 or later); 2.3.0 → 2.4.0 is a minor bump: not enough.');
  });

  it('no change in meaning', () => {
    expect(renderDiff.text(report(() => undefined, '2.3.0'))).toBe(
      'revpact diff · b2b-saas 2.3.0 → 2.3.0: no change in meaning\n\nVersion: No change in meaning: the version can stay.\n',
    );
  });
});

describe('an SLA renamed and changed in the same edit', () => {
  const RENAMED = (c: RevpactContract) => {
    const sla = at(c.slas, 'accept-or-reject');
    sla.id = 'accept-reject';
    sla.goal = '2bd';
  };

  it('text: the rename, then what changed, one row after the other', () => {
    const lines = renderDiff.text(report(RENAMED, '2.4.0')).split('\n');
    const k = lines.findIndex((l) => l.includes('SLA id accept-or-reject → accept-reject'));
    expect(lines[k]).toMatch(
      /^ {2}neutral +sales +minor +SLA id accept-or-reject → accept-reject \(same owner, start and stop events: the same SLA, changed as follows\) +contracts\/b2b-saas\.yaml#\/slas\/1\/id$/,
    );
    expect(lines[k + 1]).toMatch(/^ {2}looser +sales +minor +Accept or reject: 1 business day → 2 business days \(looser for sales\) /);
  });

  it.each([
    ['en', 'SLA id accept-or-reject → accept-reject (same owner, start and stop events: the same SLA, changed as follows)'],
    ['es', 'Id. del SLA accept-or-reject → accept-reject (mismo responsable y mismos eventos de inicio y fin: el mismo SLA, con estos cambios)'],
    ['pt', 'Identificador do SLA accept-or-reject → accept-reject (mesmo responsável e mesmos eventos de início e fim: o mesmo SLA, com estas alterações)'],
    [
      'ca',
      "Identificador de l'SLA accept-or-reject → accept-reject (mateix responsable i mateixos esdeveniments d'inici i de fi: el mateix SLA, amb aquests canvis)",
    ],
  ] as const)('markdown in %s says the rename next to the change', (locale, said) => {
    const md = renderDiff.markdown(report(RENAMED, '2.4.0'), { locale });
    const rows = md.split('\n').filter((l) => l.includes('accept-reject') || l.includes('accept-or-reject') || /Accept or reject/.test(l));
    expect(rows[0]).toContain(`| ${said} |`);
    expect(rows[1]).toMatch(/\| Accept or reject: /);
  });
});

describe('markdown', () => {
  it('a one-line headline, a table of changes and folded details', () => {
    const md = renderDiff.markdown(report(REALISTIC, '2.4.0'));
    const lines = md.split('\n');
    expect(lines[0]).toMatch(/^❌ \*\*revpact diff\*\* · b2b-saas 2\.3\.0 → 2\.4\.0: 3 changes/);
    expect(lines[1]).toBe('');
    expect(md).toContain('| 🔻 looser | First touch: 1 business hour → 2 business hours (looser for sales) | sales | minor |');
    expect(md).toContain('<details>\n<summary>Details</summary>\n\n');
    expect(md.trimEnd().endsWith('</details>')).toBe(true);
  });

  it('contract text cannot inject HTML, mention anyone or break a table', () => {
    const md = renderDiff.markdown(
      report((c) => {
        c.slas?.push({ id: 'x', name: HOSTILE, owner: 'sales', start: 'mql', stop: 'first-touch', goal: '1bh', target: '50%' });
        c.handoff?.requiredFields.push({ field: 'budget', label: HOSTILE });
      }, '3.0.0'),
    );
    expect(md).not.toMatch(/<img/);
    expect(md).not.toMatch(/@laiaferrer/);
    expect(md).toContain('@\u200Dlaiaferrer');
    expect(md).toContain('#\u200D12');
    // Every table row has as many cells as its header.
    let width = -1;
    for (const line of md.split('\n')) {
      if (!line.startsWith('|')) {
        width = -1;
        continue;
      }
      if (width < 0) width = cells(line);
      else expect(cells(line), line).toBe(width);
    }
  });
});
