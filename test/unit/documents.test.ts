/**
 * The agreement as documents: what a reader sees (the worked example's arithmetic, one
 * sentence per SLA), what must never happen (broken tables, injected HTML, @mentions,
 * output that changes between runs), and the parts a team can replace (--templates).
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DOCUMENT_LOCALES, renderAgreement } from '../../src/compiler/documents.js';
import type { RulesIR } from '../../src/compiler/ir.js';
import { loadTemplates, TemplatesError, type Messages } from '../../src/render/templates.js';
import { TemplateError } from '../../src/render/handlebars.js';
import { UsageError } from '../../src/shared/errors.js';
import { CONTRACTS_DIR, exampleContracts, fixturePath, REPO_ROOT } from '../helpers/paths.js';
import { FULL_CONTRACT, rulesFrom } from './agreement-fixture.js';

const templates = loadTemplates();
const full = rulesFrom(FULL_CONTRACT);
const WORKED_EXAMPLE = join(CONTRACTS_DIR, 'worked-example.yaml');

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps) rmSync(dir, { recursive: true, force: true });
});

/* ─────────── locale files ─────────── */

/** Every leaf of a messages tree as "a.b.c" → text. */
function leaves(messages: Messages, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(messages)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out.set(path, value);
    else for (const [k, v] of leaves(value, path)) out.set(k, v);
  }
  return out;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const placeholders = (text: string) => [...text.matchAll(/\{([A-Za-z][A-Za-z0-9]*)\}/g)].map((m) => m[1]).sort();

describe('locale files', () => {
  const en = leaves(templates.locales['en'] ?? {});

  it('ships en, es, pt and ca', () => {
    expect(Object.keys(templates.locales)).toEqual(expect.arrayContaining([...DOCUMENT_LOCALES]));
    expect(en.size).toBeGreaterThan(100);
  });

  it.each(DOCUMENT_LOCALES.filter((l) => l !== 'en'))('%s has exactly the keys English has, recursively', (locale) => {
    const other = leaves(templates.locales[locale] ?? {});
    const missing = [...en.keys()].filter((k) => !other.has(k));
    const extra = [...other.keys()].filter((k) => !en.has(k));
    expect({ missing, extra }).toEqual({ missing: [], extra: [] });
  });

  it.each(DOCUMENT_LOCALES.filter((l) => l !== 'en'))('%s uses the same {placeholders} as English in every text, and translates it', (locale) => {
    const other = leaves(templates.locales[locale] ?? {});
    const mismatched = [...en].filter(([k, text]) => other.has(k) && placeholders(text).join() !== placeholders(other.get(k) ?? '').join()).map(([k]) => k);
    expect(mismatched).toEqual([]);
    // A real translation: sentences differ from English (short labels like "MQL" may not).
    const untranslated = [...en].filter(([k, text]) => text.length > 25 && other.get(k) === text).map(([k]) => k);
    expect(untranslated).toEqual([]);
  });

  it('templates hold no fixed text of their own: every word comes from a locale file', () => {
    const sources = { ...templates.templates, ...Object.fromEntries(Object.entries(templates.partials).map(([k, v]) => [`partials/${k}`, v])) };
    for (const [name, source] of Object.entries(sources)) {
      if (!/^(docs\/agreement|partials\/(md|html)-)/.test(name) || name === 'partials/html-style') continue;
      const bare = source
        .replace(/\{\{!--[\s\S]*?--\}\}/g, '')
        .replace(/\{\{[\s\S]*?\}\}/g, '')
        .replace(/<[^>]*>/g, '');
      expect({ name, words: bare.match(/\p{L}{2,}/gu) ?? [] }).toEqual({ name, words: [] });
    }
  });
});

/* ─────────── what a reader sees ─────────── */

describe('the worked example (100,000 ÷ 6,667 → 15 deals × 8 → 120 qualified leads)', () => {
  const sources: [string, RulesIR][] = [['the test fixture', full]];
  if (existsSync(WORKED_EXAMPLE)) sources.push(['contracts/worked-example.yaml', rulesFrom(readFileSync(WORKED_EXAMPLE, 'utf8'))]);

  describe.each(sources)('%s, in Spanish', (_name, rules) => {
    it('Markdown shows the arithmetic step by step with es number formatting, and the chart', () => {
      const md = renderAgreement(rules, templates, { format: 'md', locale: 'es' });
      expect(md).toContain('100.000 ÷ 6667 ≈ **15 ventas**');
      expect(md).toContain('15 × 8 = **120 leads cualificados**');
      const chart = /```mermaid\n([\s\S]*?)\n```/.exec(md)?.[1] ?? '';
      expect(chart).toMatch(/^flowchart TD/);
      expect(chart).toMatch(/<br\/>120"\]/);
      expect(chart).toMatch(/<br\/>15"\]/);
    });

    it('HTML shows the same steps and draws the funnel as an accessible SVG', async () => {
      const html = await renderAgreement(rules, templates, { format: 'html', locale: 'es' });
      expect(html).toContain('100.000 ÷ 6667 ≈ <strong>15 ventas</strong>');
      expect(html).toContain('15 × 8 = <strong>120 leads cualificados</strong>');
      const svg = /<svg[\s\S]*?<\/svg>/.exec(html)?.[0] ?? '';
      expect(svg).toContain('role="img"');
      expect(svg).toMatch(/<title id="funnel-title">[^<]+<\/title>/);
      // One bar per stage (Vega's marks, named "stages"), each with its count beside it.
      expect(svg).toContain('stages_marks');
      const texts = [...svg.matchAll(/<text\b[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]);
      expect(texts).toContain('120');
      expect(texts).toContain('15');
    });
  });

  it('English formats the same numbers the English way', () => {
    const md = renderAgreement(full, templates, { format: 'md', locale: 'en' });
    expect(md).toContain('100,000 ÷ 6,667 ≈ **15 deals**');
    expect(md).toContain('15 × 8 = **120 qualified leads**');
    expect(md).toContain('Revenue target: €100,000 per month.');
  });
});

const SLA_CONTRACT = `apiVersion: revpact/v1
metadata:
  name: sla-sentences
  version: 1.0.0
  effective: 2026-03-01
  status: draft
  owners:
    marketing: { name: Laia Puig, github: laiapuig }
    sales: { name: Jordi Vidal, github: jvidal }
stages:
  - { id: lead, owner: marketing }
  - { id: mql, owner: marketing }
  - { id: sal, owner: sales }
  - { id: sql, owner: sales }
  - { id: customer, owner: sales }
slas:
  - { id: first-touch, owner: sales, start: mql, stop: first-touch, goal: 1bh, target: 95% }
  - { id: accept, owner: sales, start: mql, stop: [sal, rejected], goal: 2bd, target: 90%, calendar: iberia, when: { field: country, op: in, value: [ES, PT] } }
  - { id: qualify, owner: sales, start: sal, stop: sql, goal: 3d, target: 80% }
  - { id: enterprise, owner: sales, start: mql, stop: first-touch, clock: business, goal: 30m, target: 90% }
calendars:
  - id: madrid
    timezone: Europe/Madrid
    hours: { weekdays: ["09:00-14:00", "15:00-18:00"] }
    holidays: { regions: [ES-MD] }
  - id: iberia
    timezone: Europe/Lisbon
    hours: { weekdays: ["09:00-18:00"], fri: ["09:00-15:00"] }
`;

describe('service levels, one plain sentence each', () => {
  const rules = rulesFrom(SLA_CONTRACT);
  const md = renderAgreement(rules, templates, { format: 'md', locale: 'en' });

  it('reads like the agreement a sales rep signs', () => {
    expect(md).toContain(
      'Sales contacts every MQL within 1 business hour, Monday–Friday 09:00–14:00 and 15:00–18:00 Europe/Madrid, holidays excluded; goal: 95% of leads.',
    );
  });

  it('joins several stop events, groups weekdays with the same hours and adds the segment', () => {
    expect(md).toContain(
      'Sales accepts or rejects every MQL within 2 business days, Monday–Thursday 09:00–18:00; Friday 09:00–15:00 Europe/Lisbon, for leads where `country` is one of ES, PT; goal: 90% of leads.',
    );
  });

  it('says "business minutes" when minutes are counted on a business clock', () => {
    expect(md).toContain('Sales contacts every MQL within 30 business minutes, Monday–Friday');
  });

  it('names the stage a lead moves to, on a calendar clock', () => {
    expect(md).toContain('Sales moves every SAL to SQL within 3 days, counting every hour of every day; goal: 80% of leads.');
  });

  it('in Spanish and Catalan, with the locale’s words for durations and days', () => {
    const es = renderAgreement(rules, templates, { format: 'md', locale: 'es' });
    expect(es).toContain(
      'El equipo de ventas contacta con cada MQL en un plazo máximo de 1 hora laborable, de lunes a viernes, de 09:00 a 14:00 y de 15:00 a 18:00 (Europe/Madrid), sin contar festivos; objetivo: el 95',
    );
    expect(es).toContain('acepta o rechaza cada MQL en un plazo máximo de 2 días laborables');
    const ca = renderAgreement(rules, templates, { format: 'md', locale: 'ca' });
    expect(ca).toContain(
      "L'equip de vendes contacta amb cada MQL en 1 hora laborable com a màxim, de dilluns a divendres, 09:00–14:00 i 15:00–18:00 (Europe/Madrid)",
    );
    const pt = renderAgreement(rules, templates, { format: 'md', locale: 'pt' });
    expect(pt).toContain('A área de vendas aborda cada MQL no prazo máximo de 1 hora útil, de segunda-feira a sexta-feira');
  });
});

describe('structure', () => {
  const headingLevels = (doc: string, format: 'md' | 'html') =>
    format === 'md'
      ? [...doc.replace(/```[\s\S]*?```/g, '').matchAll(/^(#{1,6}) /gm)].map((m) => (m[1] ?? '').length)
      : [...doc.matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]));

  it.each(['md', 'html'] as const)('%s: one h1, then h2 and h3 without skipping a level, sections in the agreed order', async (format) => {
    const doc = await renderAgreement(full, templates, { format, locale: 'en' });
    const levels = headingLevels(doc, format);
    expect(levels[0]).toBe(1);
    expect(levels.filter((l) => l === 1)).toHaveLength(1);
    levels.forEach((level, i) => {
      if (i > 0) expect(level).toBeLessThanOrEqual((levels[i - 1] ?? 1) + 1);
    });
    const order = [
      'Parties and roles',
      'Buyer personas',
      'Definitions',
      'Targets and the funnel',
      'Commitments',
      'Handoff to sales',
      'Service levels',
      'Follow-up cadence',
      'Rejected leads',
      'Shared metrics',
      'Meetings',
      'Scorecard',
      'Version 2.1.0, effective from January 1, 2026.',
    ];
    const positions = order.map((text) => doc.indexOf(text));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('groups commitments by team and lists the handoff checklist', () => {
    const md = renderAgreement(full, templates, { format: 'md', locale: 'en' });
    const marketing = md.indexOf('### What marketing commits to');
    const sales = md.indexOf('### What sales commits to');
    expect(marketing).toBeGreaterThan(0);
    expect(sales).toBeGreaterThan(marketing);
    expect(md.slice(marketing, sales)).toContain('Marketing brings at least 120 leads into Lead cualificado (MQL) every month.');
    expect(md).toContain('- [ ] Evaluación breve (`assessment`)');
  });

  it('skips every section the contract does not have, without empty headings or stray text', async () => {
    const minimal = rulesFrom(readFileSync(fixturePath('valid', 'minimal.yaml'), 'utf8'));
    for (const format of ['md', 'html'] as const) {
      const doc = await renderAgreement(minimal, templates, { format, locale: 'en' });
      for (const absent of [
        'Buyer personas',
        'Lead scoring',
        'Targets',
        'Commitments',
        'Handoff',
        'Service levels',
        'Follow-up',
        'Rejected leads',
        'Shared metrics',
        'Meetings',
        'Scorecard',
        'undefined',
        'null',
        '[object',
      ]) {
        expect(doc).not.toContain(absent);
      }
      expect(doc).toContain('Lifecycle stages');
    }
  });
});

/* ─────────── same input, same bytes ─────────── */

describe('determinism', () => {
  it.each(DOCUMENT_LOCALES)(
    '%s: rendering twice (even with freshly loaded templates) gives identical bytes, and leaves the rules untouched',
    async (locale) => {
      const before = JSON.stringify(full);
      for (const format of ['md', 'html'] as const) {
        const a = await renderAgreement(full, templates, { format, locale });
        const b = await renderAgreement(rulesFrom(FULL_CONTRACT), loadTemplates(), { format, locale });
        expect(b).toBe(a);
        expect(a.endsWith('\n')).toBe(true);
        expect(a).not.toMatch(/[ \t]+$/m);
      }
      expect(JSON.stringify(full)).toBe(before);
    },
  );
});

/* ─────────── hostile data ─────────── */

const HOSTILE = '<script>alert(1)</script> | @everyone';
const NASTY = 'x *y* _z_ [click](javascript:alert(1)) `code` &#64;here $a$ ~~s~~ <img src=x onerror=alert(1)>\n# heading\n| a | b |';

/** Every free-text field of the IR replaced by data that tries to break out of the document. */
function poisoned(rules: RulesIR): RulesIR {
  const ir = structuredClone(rules);
  const text = (s: string) => `${s} ${NASTY}`;
  ir.contract.title = text(ir.contract.title ?? '');
  ir.contract.description = text('');
  ir.owners.marketing = { name: HOSTILE, title: text('t'), github: 'evil|`@x`', email: null };
  ir.owners.sales.name = text('@sales-team');
  for (const a of ir.approvers) a.name = text('@delegate');
  for (const team of ['marketing', 'sales'] as const) {
    const role = ir.roles[team];
    if (role) ir.roles[team] = { summary: text(role.summary), responsibilities: role.responsibilities.map(text) };
  }
  ir.personas[0] = { id: 'evil', name: HOSTILE, description: text('d'), criteria: { field: 'country', op: 'in', value: ['@everyone', '<b>', 'a|b'] } };
  for (const s of ir.stages) Object.assign(s, { name: text(s.name ?? s.id), entry: text('e'), description: text('d') });
  for (const s of ir.slas) Object.assign(s, { name: text(s.id), description: text('d'), when: { field: 'x|y', op: 'eq', value: '@everyone' } });
  for (const c of ir.commitments) c.description = text('c');
  if (ir.qualification?.scoring) for (const r of ir.qualification.scoring.rules) r.description = text('r');
  if (ir.handoff) {
    ir.handoff.requiredFields = ir.handoff.requiredFields.map((f) => ({ field: `${f.field}|\``, label: text('l') }));
    if (ir.handoff.routing) ir.handoff.routing.rules = ir.handoff.routing.rules.map((r) => ({ ...r, to: text('to') }));
  }
  if (ir.followUp) ir.followUp.description = text('f');
  if (ir.recycling) ir.recycling.reasons = ir.recycling.reasons.map((r) => ({ ...r, label: text('l'), flow: text('f'), values: ['a|b', '@everyone'] }));
  ir.metrics = ir.metrics.map((m) => ({ ...m, name: text('m'), definition: text('d') }));
  ir.meetings = ir.meetings.map((m) => ({ ...m, name: text('m'), purpose: text('p'), agenda: [text('a')] }));
  if (ir.scorecard) {
    ir.scorecard.scale = ir.scorecard.scale.map((g) => ({ grade: `${g.grade}|`, meaning: text('m') }));
    ir.scorecard.needs.marketing = ir.scorecard.needs.marketing.map((n) => ({ ...n, need: text('n') }));
  }
  return ir;
}

/** Markdown with code spans removed (GitHub never mentions or links inside them). */
function outsideCode(md: string): string {
  return md.replace(/```[\s\S]*?```/g, '').replace(/(`+)(?:(?!\1)[\s\S])*?\1/g, '');
}

const unescapedPipes = (line: string) => (line.match(/(?<!\\)\|/g) ?? []).length;

describe('hostile data', () => {
  const evil = poisoned(full);

  it.each(DOCUMENT_LOCALES)('%s Markdown: no HTML, no link, no @mention, no broken table, no extra heading', (locale) => {
    const md = renderAgreement(evil, templates, { format: 'md', locale });
    expect(md).toContain('\\<script\\>alert(1)\\</script\\> \\| @\u200Deveryone');
    const prose = outsideCode(md);
    // The only raw HTML is what the templates put there.
    expect(prose).not.toMatch(/(?<!\\)<(?!br>|\/?sub>)/);
    expect(prose).not.toMatch(/(^|[^\w\\])@(?!\u200D)[\w-]/m);
    expect(prose).not.toMatch(/(?<!\\)\]\(/);
    expect(prose).not.toMatch(/(?<!\\)&#/);
    expect(prose).not.toMatch(/(?<!\\)\$[a-z]/);
    expect(md.match(/^# /gm)).toHaveLength(1);
    // Every row of a table has as many cell separators as its header.
    const lines = md.split('\n');
    lines.forEach((line, i) => {
      if (/^\| ?-{3}/.test(line) || /^\| -+:? \|/.test(line)) {
        const columns = unescapedPipes(line);
        for (let j = i - 1; j >= 0 && (lines[j] ?? '').startsWith('|'); j--) expect(unescapedPipes(lines[j] ?? '')).toBe(columns);
        for (let j = i + 1; j < lines.length && (lines[j] ?? '').startsWith('|'); j++) expect(unescapedPipes(lines[j] ?? '')).toBe(columns);
      }
    });
    // GitHub logins are code, whatever they contain.
    expect(md).toContain('`` evil\\|`@x` ``');
  });

  it.each(DOCUMENT_LOCALES)('%s HTML: every value entity-escaped, nothing executable', async (locale) => {
    const html = await renderAgreement(evil, templates, { format: 'html', locale });
    expect(html).not.toMatch(/<(script|img|b|a)[\s>]/i);
    expect(html).not.toMatch(/<[^>]*\s(on\w+|href|src)=/i);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt; | @everyone');
    expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
  });
});

/* ─────────── --templates ─────────── */

describe('--templates override directory', () => {
  function overrideDir(): string {
    const dir = mkdtempSync(join(tmpdir(), 'revpact-templates-'));
    temps.push(dir);
    mkdirSync(join(dir, 'partials'));
    mkdirSync(join(dir, 'locales'));
    writeFileSync(join(dir, 'partials', 'md-slas.hbs'), '## {{t "sections.slas"}} ({{slas.length}})\n\n{{#each slas}}\n* {{id}} → {{sentence}}\n{{/each}}\n');
    writeFileSync(join(dir, 'locales', 'es.json'), JSON.stringify({ sections: { personas: 'Clientes ideales' } }));
    return dir;
  }

  it('replaces one partial and one locale string, keeping everything else', async () => {
    const custom = loadTemplates(overrideDir());
    const md = renderAgreement(full, custom, { format: 'md', locale: 'es' });
    expect(md).toContain('## Niveles de servicio (4)');
    expect(md).toContain('* `first-touch` → El equipo de ventas contacta con cada Lead cualificado (MQL)');
    expect(md).toContain('## Clientes ideales');
    expect(md).not.toContain('## Buyer personas');
    // Untouched: the rest of es.json, the other locales, the HTML partials.
    expect(md).toContain('## Compromisos');
    expect(renderAgreement(full, custom, { format: 'md', locale: 'en' })).toContain('## Buyer personas');
    expect(await renderAgreement(full, custom, { format: 'html', locale: 'en' })).toBe(
      await renderAgreement(full, templates, { format: 'html', locale: 'en' }),
    );
    const html = await renderAgreement(full, custom, { format: 'html', locale: 'es' });
    expect(html).toContain('<h2>Clientes ideales</h2>');
    expect(html).not.toContain('→');
  });

  it('fails with a clear error for a folder that does not exist or a locale file that is not JSON', () => {
    expect(() => loadTemplates(join(tmpdir(), 'revpact-no-such-dir'))).toThrow(TemplatesError);
    const dir = overrideDir();
    writeFileSync(join(dir, 'locales', 'ca.json'), '{ "sections": ');
    expect(() => loadTemplates(dir)).toThrow(/ca\.json: not valid JSON/);
    writeFileSync(join(dir, 'locales', 'ca.json'), '{"__proto__": {"polluted": "yes"}}');
    expect(() => loadTemplates(dir)).toThrow(/__proto__/);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('checks a locale file against the texts revpact renders, before anything renders', () => {
    const locale = (name: string, messages: unknown) => {
      const dir = overrideDir();
      writeFileSync(join(dir, 'locales', `${name}.json`), JSON.stringify(messages));
      return dir;
    };
    // A locale revpact does not render was ignored.
    expect(() => loadTemplates(locale('fr', { sections: { slas: 'Niveaux' } }))).toThrow(
      /locales\/fr\.json: revpact renders no locale "fr" \(it renders ca, en, es, pt\)/,
    );
    // A misspelled key had no effect.
    expect(() => loadTemplates(locale('es', { sections: { slsa: 'Niveles' } }))).toThrow(
      /locales\/es\.json: "sections\.slsa" is a text no template reads; did you mean "sections\.slas"\?/,
    );
    // A placeholder the text is not given failed at render time, blamed on a shipped partial as an internal error.
    expect(() => loadTemplates(locale('es', { sections: { slas: 'Niveles {nonexistent}' } }))).toThrow(
      /"sections\.slas" uses \{nonexistent\}, which revpact does not give this text/,
    );
    // One string for a group of texts, and a plural form that is an object, failed at render time as an internal error.
    expect(() => loadTemplates(locale('en', { sections: 'Sections' }))).toThrow(/locales\/en\.json: "sections" is a group of texts in revpact, not one text/);
    expect(() => loadTemplates(locale('en', { funnel: { noun: { mql: { one: { text: 'MQL' }, other: 'MQLs' } } } }))).toThrow(
      /"funnel\.noun\.mql\.one" must be a text, not a group of texts/,
    );
    // A number where a text goes is said as a number, not as "an object".
    expect(() => loadTemplates(locale('en', { sections: { slas: 1 } }))).toThrow(
      /locales\/en\.json: "sections\.slas" must be a text \(in quotes\) or an object of texts, not the number 1/,
    );
    // A misspelled plural form was never picked.
    expect(() => loadTemplates(locale('es', { funnel: { noun: { mql: { on: 'MQL', other: 'MQLs' } } } }))).toThrow(
      /locales\/es\.json: "funnel\.noun\.mql\.on" is not a plural form; did you mean "funnel\.noun\.mql\.one"\?/,
    );
    // A single text for plural forms is one text for every count, as before.
    expect(renderAgreement(full, loadTemplates(locale('en', { funnel: { noun: { mql: 'MQL' } } })), { format: 'md', locale: 'en' })).toContain('MQL');
    // A key of the team's own, read by the team's own partial, is theirs to add.
    const own = locale('es', { brand: { tagline: 'Nuestro acuerdo' } });
    writeFileSync(join(own, 'partials', 'md-slas.hbs'), '{{t "brand.tagline"}}\n');
    expect(renderAgreement(full, loadTemplates(own), { format: 'md', locale: 'es' })).toContain('Nuestro acuerdo');
  });

  it('says where a helper is called without a value ({{t}} threw a TypeError with no place)', () => {
    const dir = overrideDir();
    writeFileSync(join(dir, 'partials', 'md-slas.hbs'), '## x\n\n  {{t}}\n');
    expect(() => renderAgreement(full, loadTemplates(dir), { format: 'md', locale: 'en' })).toThrow(/md-slas\.hbs:3:3: \{\{t\}\} needs a value/);
  });

  it('refuses a template that overrides nothing, such as one in a mistyped folder (it was silently unused)', () => {
    const dir = overrideDir();
    mkdirSync(join(dir, 'doc'));
    writeFileSync(join(dir, 'doc', 'agreement.md.hbs'), 'BRANDED');
    expect(() => loadTemplates(dir)).toThrow(
      `--templates ${dir}: doc/agreement.md.hbs overrides no template revpact renders; did you mean docs/agreement.md.hbs?`,
    );
  });

  it('refuses a value that is an object or a list, which printed as "[object Object]" or a comma-joined list', () => {
    const dir = overrideDir();
    const file = join(dir, 'partials', 'md-slas.hbs');
    const render = (partial: string) => {
      writeFileSync(file, partial);
      return () => renderAgreement(full, loadTemplates(dir), { format: 'md', locale: 'en' });
    };
    const hint = (partial: string) => {
      try {
        render(partial)();
      } catch (e) {
        return e instanceof UsageError ? e.hint : String(e);
      }
      return 'rendered';
    };
    expect(render('## x\n\n{{slas}}\n')).toThrow(`${file}:3:1: {{slas}} is a list, not text (it would print its items joined by commas)`);
    expect(hint('## x\n\n{{slas}}\n')).toBe('loop over it with {{#each slas}}…{{/each}} and print a field of each item, or print {{slas.length}}');
    // Triple-stashed too, and the hint names fields the object has.
    expect(render('## x\n  {{{document}}}\n')).toThrow(`${file}:2:3: {{{document}}} is an object, not text (it would print "[object Object]")`);
    expect(hint('## x\n  {{{document}}}\n')).toMatch(/^print one of its fields, such as \{\{document\.title\}\}/);
    // The item of a loop, and what a helper returns.
    expect(render('{{#each slas}}\n- {{this}}\n{{/each}}\n')).toThrow(`${file}:2:3: {{this}} is an object`);
    expect(hint('{{#each slas}}\n- {{this}}\n{{/each}}\n')).toBe('print one of its fields, such as {{id}}, {{name}}, {{sentence}}');
    expect(render('{{lookup slas 0}}\n')).toThrow(`${file}:1:1: {{lookup slas 0}} is an object`);
    // What printed before prints the same: text, numbers, the loop index, helpers; and a missing field is still said.
    expect(render('{{document.title}} {{slas.length}} {{#each slas}}{{@index}}{{id}} {{/each}}{{{t "sections.slas"}}}\n')()).toContain(
      'Acuerdo de nivel de servicio entre Marketing y Ventas 4 0`first-touch` 1`accept` 2`feedback` 3`recycle` Service levels',
    );
    expect(render('{{document.nosuch}}\n')).toThrow(/md-slas\.hbs:1:3: "nosuch" is not a field here/);
  });
  it('refuses a template or locale file that is not UTF-8 text, at the line and byte offset of the first bad byte (it was read with U+FFFD in its place)', () => {
    const dir = overrideDir();
    const partial = join(dir, 'partials', 'md-slas.hbs');
    const locale = join(dir, 'locales', 'es.json');
    // "Café olé" saved as Windows-1252: é is the single byte 0xE9.
    writeFileSync(partial, Buffer.concat([Buffer.from('## {{t "sections.slas"}}\n\nCaf'), Buffer.from([0xe9]), Buffer.from(' ol\n')]));
    expect(() => loadTemplates(dir)).toThrow(
      `${partial}:3:4: the file is not valid UTF-8 text (the byte at offset 29, 0xE9, is not part of a UTF-8 character)`,
    );
    expect(() => loadTemplates(dir)).toThrow(TemplatesError);
    writeFileSync(partial, '## {{t "sections.slas"}}\n');
    writeFileSync(locale, Buffer.concat([Buffer.from('{"sections": {"personas": "Clientes '), Buffer.from([0xf1]), Buffer.from('"}}')]));
    expect(() => loadTemplates(dir)).toThrow(`${locale}:1:37: the file is not valid UTF-8 text (the byte at offset 36, 0xF1,`);
    // Notepad's "Unicode", and a binary file.
    writeFileSync(locale, Buffer.from('\uFEFF{}', 'utf16le'));
    expect(() => loadTemplates(dir)).toThrow(`${locale}:1:1: the file is UTF-16 text, not UTF-8`);
    writeFileSync(locale, '{}');
    writeFileSync(partial, 'ok\nab\u0000');
    expect(() => loadTemplates(dir)).toThrow(`${partial}:2:3: the file is binary, not text (a NUL byte at offset 5)`);
    // UTF-8 with a byte order mark, CRLF line ends and a real U+FFFD is text.
    writeFileSync(partial, '\uFEFF## {{t "sections.slas"}} \uFFFD\r\n');
    expect(renderAgreement(full, loadTemplates(dir), { format: 'md', locale: 'en' })).toContain('## Service levels \uFFFD\n');
  });
  it('refuses HTML that does not nest as written, at the tag in the team’s template (a browser repaired it silently)', async () => {
    const dir = overrideDir();
    const file = (name: string) => join(dir, 'partials', `${name}.hbs`);
    const html = async (partials: Record<string, string>, rules: RulesIR = full) => {
      for (const [name, source] of Object.entries(partials)) writeFileSync(file(name), source);
      return renderAgreement(rules, loadTemplates(dir), { format: 'html', locale: 'en' });
    };
    // Closed out of order, in the team's text and inside a loop.
    await expect(html({ 'html-slas': '<h2>SLAs</h2>\n\n<ul><li>one</ul>\n' })).rejects.toThrow(
      `${file('html-slas')}:3:5: <li> is not closed before </ul> (3:12)`,
    );
    await expect(html({ 'html-slas': '<ul>\n{{#each slas}}\n  <li>{{name}}\n{{/each}}\n</ul>\n' })).rejects.toThrow(
      `${file('html-slas')}:3:3: <li> is not closed before </ul> (5:1)`,
    );
    // Left open: closed by an end tag of the shipped template, which is only in the HTML.
    await expect(html({ 'html-slas': '<section id="slas">\n<p>SLAs</p>\n</section>\n<div class="brand">\n' })).rejects.toThrow(
      new RegExp(`^${escapeRegExp(file('html-slas'))}:4:1: <div> is not closed before </main> \\(line \\d+ of the HTML\\)$`),
    );
    await expect(html({ 'html-slas': '<section id="slas">\n<p>SLAs</p>\n</section>\n<div class="brand">\n' })).rejects.toThrow(TemplateError);
    // An end tag too many, a <div/>, a list inside a paragraph.
    await expect(html({ 'html-slas': '<p>SLAs</p>\n</div>\n' })).rejects.toThrow(`${file('html-slas')}:2:1: </div> closes no open <div>`);
    await expect(html({ 'html-slas': '<div class="sep"/>\n' })).rejects.toThrow(`${file('html-slas')}:1:1: <div/> leaves the <div> open`);
    await expect(html({ 'html-slas': '<p>{{t "slas.intro"}}\n<ul><li>x</li></ul>\n</p>\n' })).rejects.toThrow(
      `${file('html-slas')}:2:1: <ul> cannot be inside the <p> opened at 1:1: a browser ends the paragraph before it`,
    );
    // Across two of the team's files: the other is named in full.
    writeFileSync(file('html-slas'), '<section id="slas"></section>\n');
    mkdirSync(join(dir, 'docs'));
    writeFileSync(
      join(dir, 'docs', 'agreement.html.hbs'),
      '<!doctype html>\n<html lang="{{lang}}">\n<body>\n<main>\n{{> html-slas}}\n{{> html-footer}}\n</main>\n</body>\n</html>\n',
    );
    await expect(html({ 'html-footer': '<footer>\n  <div class="legal">{{footer.line}}\n</footer>\n' })).rejects.toThrow(
      `${file('html-footer')}:2:3: <div> is not closed before </footer> (3:1)`,
    );
    await expect(html({ 'html-footer': '<footer>\n<div>\n' })).rejects.toThrow(
      `${file('html-footer')}:2:1: <div> is not closed before </main> (${join(dir, 'docs', 'agreement.html.hbs')}:7:1)`,
    );
    // A tag from a raw value (printed with {{{ }}}) is placed in the HTML; at the team's own tag when one is part of it,
    const bold = structuredClone(full);
    bold.contract.title = 'Acme <b>bold';
    await expect(html({ 'html-footer': '<footer>{{{ir.contract.title}}}</footer>\n' }, bold)).rejects.toThrow(
      new RegExp(`^${escapeRegExp(file('html-footer'))}:1:32: </footer> ends its element while <b> \\(line \\d+ of the HTML\\) is still open inside it$`),
    );
    // else in the document, with the team's files named.
    const other = overrideDir();
    writeFileSync(join(other, 'partials', 'html-slas.hbs'), '{{{ir.contract.title}}}\n');
    const raw = renderAgreement(bold, loadTemplates(other), { format: 'html', locale: 'en' });
    await expect(raw).rejects.toThrow(
      /^templates\/docs\/agreement\.html\.hbs: at line \d+ of the HTML: <b> is not closed before <\/main> \(line \d+ of the HTML\)$/,
    );
    const error: unknown = await raw.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TemplateError);
    expect((error as TemplateError).hint).toMatch(
      new RegExp(
        `; it comes from one of your templates: ${escapeRegExp(join(other, 'partials', 'html-slas.hbs'))}, ${escapeRegExp(join(other, 'partials', 'md-slas.hbs'))}$`,
      ),
    );
    // Well nested, it renders.
    expect(await html({ 'html-footer': '<footer><p>{{footer.line}}</p><br></footer>\n' })).toContain('<footer><p>');
  });
});

describe('the shipped templates, checked as a team’s own are', () => {
  // Every shipped file laid over itself: each is then the "team's", so every check made on
  // a team's template runs on it (no object printed, HTML that nests as written). The
  // output must not change by a byte.
  const asTeam = loadTemplates(join(REPO_ROOT, 'templates'));
  const contracts: [string, RulesIR][] = [
    ['the test fixture', full],
    ['the test fixture with hostile data', poisoned(full)],
    ['a minimal contract', rulesFrom(readFileSync(fixturePath('valid', 'minimal.yaml'), 'utf8'))],
    ...exampleContracts().map((file): [string, RulesIR] => [file.slice(CONTRACTS_DIR.length + 1), rulesFrom(readFileSync(file, 'utf8'))]),
  ];

  it.each(contracts)('%s: every locale and format renders as it does unchecked', async (_name, rules) => {
    expect(Object.keys(asTeam.overrides)).toContain('partials/html-slas.hbs');
    for (const locale of DOCUMENT_LOCALES)
      for (const format of ['md', 'html'] as const)
        expect(await renderAgreement(rules, asTeam, { format, locale }), `${locale} ${format}`).toBe(
          await renderAgreement(rules, templates, { format, locale }),
        );
  });
});
