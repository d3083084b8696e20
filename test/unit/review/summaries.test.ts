/**
 * The catalogue of change summaries and impact notes (src/review/summaries/, issue 15
 * item 4): every locale has every key, with the same placeholders and the same plural
 * shape; every message renders in every locale; English stays what the summaries said
 * before they were catalogued; a diff that changes every section reads in each locale.
 */
import { describe, expect, it } from 'vitest';
import { DOCUMENT_LOCALES } from '../../../src/render/locale.js';
import { diffRules } from '../../../src/review/diff.js';
import { say, type Arg, type Phrase } from '../../../src/review/phrase.js';
import { EN_SUMMARIES, type SummaryKey, type Template } from '../../../src/review/summaries/en.js';
import { renderPhrase, SUMMARY_CATALOGUES } from '../../../src/review/summaries/index.js';
import { SECTIONS } from '../../../src/review/types.js';
import { b2b, rulesOf } from './helpers.js';
import { editEverySection } from './every-section.js';

const KEYS = Object.keys(EN_SUMMARIES).sort() as SummaryKey[];
const OTHERS = DOCUMENT_LOCALES.filter((l) => l !== 'en');

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{([A-Za-z0-9]+)\}/g)].map((m) => m[1] as string).sort();
}

function forms(t: Template): Record<string, string> {
  return typeof t === 'string' ? { text: t } : { one: t.one, other: t.other };
}

describe('key parity', () => {
  it.each(OTHERS)('%s has exactly the English keys', (locale) => {
    expect(Object.keys(SUMMARY_CATALOGUES[locale]).sort()).toEqual(KEYS);
  });

  it.each(OTHERS)('%s: each message has the same placeholders and plural shape as the English', (locale) => {
    const mismatches: string[] = [];
    for (const key of KEYS) {
      const en = forms(EN_SUMMARIES[key]);
      const other = forms(SUMMARY_CATALOGUES[locale][key]);
      if (Object.keys(en).join() !== Object.keys(other).join()) mismatches.push(`${key}: forms ${Object.keys(other).join()} ≠ ${Object.keys(en).join()}`);
      for (const [form, text] of Object.entries(other)) {
        const want = placeholders(en[form] ?? en['other'] ?? '');
        if (placeholders(text).join() !== want.join()) mismatches.push(`${key} (${form}): {${placeholders(text).join('}, {')}} ≠ {${want.join('}, {')}}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('a message with plural forms has a {count}', () => {
    for (const key of KEYS) {
      const t = EN_SUMMARIES[key];
      if (typeof t !== 'string') expect(placeholders(t.other), key).toContain('count');
    }
  });

  it.each(DOCUMENT_LOCALES)('%s: every message renders with its placeholders filled (no placeholder left, none missing)', (locale) => {
    for (const key of KEYS) {
      const args: Record<string, Arg> = {};
      for (const name of placeholders(forms(EN_SUMMARIES[key]).other ?? forms(EN_SUMMARIES[key]).text ?? '')) args[name] = name === 'count' ? 2 : `⟨${name}⟩`;
      const out = renderPhrase(say(key, args), locale);
      expect(out, key).not.toMatch(/\{[A-Za-z0-9]+\}/);
      for (const name of Object.keys(args)) if (name !== 'count') expect(out, key).toContain(`⟨${name}⟩`);
    }
  });

  it('a placeholder the phrase does not give is a bug, said as one', () => {
    expect(() => renderPhrase(say('sla.removed'), 'es')).toThrow(/"sla.removed" uses \{name\}/);
  });
});

describe('formatting in the locale', () => {
  const goal = say('sla.added', { name: 'First touch', goal: { dur: { text: '1bh', clock: 'business' } }, target: { pct: 0.955 } });

  it('English: the words the summaries always had', () => {
    expect(renderPhrase(goal, 'en')).toBe('New SLA “First touch”: 1 business hour for 95.5% of leads');
    expect(
      renderPhrase(say('targets.revenue', { from: { money: 240000, currency: 'EUR' }, to: { money: 300000, currency: 'EUR' }, per: say('a.month') }), 'en'),
    ).toBe('Revenue target: 240,000 EUR → 300,000 EUR a month');
  });

  it('Spanish, Portuguese, Catalan: their plural forms, decimal commas and percent signs', () => {
    expect(renderPhrase(goal, 'es')).toBe('Nuevo SLA «First touch»: 1 hora laborable para el 95,5\u00a0% de los leads');
    expect(renderPhrase(goal, 'pt')).toBe('Novo SLA “First touch”: 1 hora útil para 95,5% dos leads');
    expect(renderPhrase(goal, 'ca')).toBe('SLA nou, «First touch»: 1 hora laborable per al 95,5\u00a0% dels leads');
    const minutes = (n: number) =>
      say('sla.goal', { name: 'x', from: { dur: { text: `${n}m`, clock: 'business' } }, to: { dur: { text: '2d', clock: 'business' } } });
    expect(renderPhrase(minutes(1), 'pt')).toBe('x: 1 minuto útil → 2 dias de tempo útil');
    expect(renderPhrase(minutes(30), 'ca')).toBe('x: 30 minuts laborables → 2 dies en temps laborable');
    expect(renderPhrase(say('targets.dealSize', { from: { money: 12000.5, currency: 'EUR' }, to: say('word.none') }), 'es')).toBe(
      'Importe medio por venta: 12.000,5 EUR → ninguno',
    );
  });

  it('conditions, lists and weeks in the locale’s words', () => {
    const when = {
      cond: { all: [{ field: 'country', op: 'in' as const, value: ['ES', 'PT'] }, { not: { field: 'email', op: 'exists' as const } }] },
    };
    expect(renderPhrase(say('qual.fit', { from: when, to: { cond: null } }), 'en')).toBe(
      'Qualification fit: country in ES, PT and not (email present) → every lead',
    );
    expect(renderPhrase(say('qual.fit', { from: when, to: { cond: null } }), 'es')).toBe(
      'Perfil para cualificar: country es uno de ES, PT y no (email informado) → todos los leads',
    );
    const list = say('recycling.added', { reasons: { list: ['a', 'b', 'c'], join: 'and' } });
    expect([renderPhrase(list, 'en'), renderPhrase(list, 'pt'), renderPhrase(list, 'ca')]).toEqual([
      'Rejection reasons added: a, b and c',
      'Passa a haver motivos de rejeição: a, b e c',
      "S'afegeixen motius de rebuig: a, b i c",
    ]);
    const hours: [number, number][] = [[540, 840]];
    const week = { week: { mon: hours, tue: hours, wed: hours, thu: hours, fri: hours, sat: [], sun: [] } };
    expect(renderPhrase(say('calendar.hours', { name: 'BCN', from: { week }, to: { week } }), 'ca')).toBe(
      'BCN, horari: dl.–dv. 09:00–14:00 → dl.–dv. 09:00–14:00',
    );
  });
});

describe('a diff that changes every section', () => {
  const head = b2b();
  editEverySection(head);
  const changes = diffRules(rulesOf(b2b()), rulesOf(head));

  it('has changes in every section, each with its phrase, whose English is its summary', () => {
    expect(new Set(changes.map((c) => c.section))).toEqual(new Set(SECTIONS));
    for (const c of changes) expect(renderPhrase(c.message as Phrase, 'en')).toBe(c.summary);
  });

  it.each(OTHERS)('reads differently in %s, every change', (locale) => {
    const same = changes.filter((c) => renderPhrase(c.message as Phrase, locale) === c.summary).map((c) => c.summary);
    expect(same).toEqual([]);
  });
});
