/**
 * Issue 13 item 29: "holidays excluded" named no holiday, and rules.json kept
 * `holidayRegions: ["ES-CT"]` unresolved. The rules now carry the effective year's closed
 * days, the documents list them in every locale, and both agree with the engine's clock.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContract } from '../../../src/contract/index.js';
import { normalize } from '../../../src/compiler/normalize.js';
import type { RulesIR } from '../../../src/compiler/ir.js';
import { renderAgreement } from '../../../src/compiler/documents/render.js';
import { createBusinessClock } from '../../../src/engine/calendar.js';
import { resolveCalendar } from '../../../src/engine/metrics/context.js';
import { loadTemplates } from '../../../src/render/templates.js';
import { DOCUMENT_LOCALES } from '../../../src/render/locale.js';
import { REPO_ROOT } from '../../helpers/paths.js';

function rulesOf(name: string): RulesIR {
  const path = join(REPO_ROOT, 'contracts', name);
  const checked = checkContract(path, readFileSync(path));
  if (!checked.ok) throw new Error(`${name} is invalid`);
  return normalize(checked.value.contract, { compilerVersion: '0.0.0-test' });
}

describe('holidays resolved for the effective year', () => {
  const rules = rulesOf('b2b-saas.yaml'); // effective 2026-04-01, ES-CT and two Barcelona dates
  const office = rules.calendars[0]!;

  it('lists the regions’ public holidays and the contract’s own dates in rules.json, keeping the regions', () => {
    expect(office.holidayRegions).toEqual(['ES-CT']);
    expect(office.holidays.year).toBe(2026);
    const byDate = new Map(office.holidays.dates.map((d) => [d.date, d]));
    // Sant Joan and La Diada are Catalan public holidays; La Mercè is the contract's own.
    expect(byDate.get('2026-06-24')).toMatchObject({ source: 'ES-CT' });
    expect(byDate.get('2026-09-11')).toMatchObject({ source: 'ES-CT' });
    expect(byDate.get('2026-12-25')).toEqual({ date: '2026-12-25', name: 'Christmas Day', source: 'ES-CT' });
    expect(byDate.get('2026-09-24')).toEqual({ date: '2026-09-24', name: 'La Mercè (Barcelona local holiday)', source: 'contract' });
    const dates = office.holidays.dates.map((d) => d.date);
    expect(dates).toEqual([...dates].sort());
    expect(dates.every((d) => d.startsWith('2026-'))).toBe(true);
  });

  it('closes exactly the days the engine’s clock closes', () => {
    const clock = createBusinessClock(resolveCalendar(office));
    for (const d of office.holidays.dates) expect(clock.isHoliday(d.date), d.date).toBe(true);
    // And no other day of the year is a holiday for the engine.
    const listed = new Set(office.holidays.dates.map((d) => d.date));
    for (let t = Date.UTC(2026, 0, 1); t < Date.UTC(2027, 0, 1); t += 86_400_000) {
      const day = new Date(t).toISOString().slice(0, 10);
      expect(clock.isHoliday(day), day).toBe(listed.has(day));
    }
  });

  it.each(DOCUMENT_LOCALES)('the %s agreement lists the dates under a heading of their own', async (locale) => {
    const templates = loadTemplates();
    const md = renderAgreement(rules, templates, { format: 'md', locale });
    const heading = { en: '### Holidays', es: '### Festivos', pt: '### Feriados', ca: '### Festius' }[locale];
    expect(md).toContain(`\n${heading}\n`);
    const start = md.indexOf(heading);
    const section = md.slice(start, md.indexOf('\n## ', start));
    const christmas = {
      en: 'December 25, 2026: Christmas Day',
      es: '25 de diciembre de 2026: Navidad',
      pt: '25 de dezembro de 2026: Natal',
      ca: '25 de desembre del 2026: Nadal',
    }[locale];
    expect(section).toContain(`- ${christmas}\n`);
    expect(section).toContain('La Mercè (Barcelona local holiday)');
    expect(section.match(/^- /gm)?.length).toBe(new Set(office.holidays.dates.map((d) => d.date)).size);
    const html = await renderAgreement(rules, templates, { format: 'html', locale });
    expect(html).toContain('<section id="holidays">');
  });
});
