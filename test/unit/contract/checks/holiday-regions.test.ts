import { describe, expect, it } from 'vitest';
import { holidayRegions, regionProblem } from '../../../../src/contract/checks/holiday-regions.js';
import { checkContract } from '../../../../src/contract/index.js';
import { expectQuietOnValidContracts, minimalWith, shaped, where } from '../../../helpers/contracts.js';

const withRegions = (regions: string) =>
  shaped(
    minimalWith(`
calendars:
  - { id: office, timezone: Europe/Madrid, hours: { weekdays: ["09:00-18:00"] }, holidays: { regions: ${regions} } }`),
  );

describe('check: holiday-regions', () => {
  it('stays quiet on the valid contracts', () => {
    expectQuietOnValidContracts(holidayRegions);
  });

  it('stays quiet on countries, regions and subdivisions date-holidays knows', () => {
    expect(holidayRegions.run(withRegions('[ES-CT, PT, US-CA-LA, BR]'))).toEqual([]);
    expect(holidayRegions.run(withRegions('[ES, PT, US-CA]'))).toEqual([]);
  });

  describe('a country (or region) listed with a region inside it', () => {
    // minimal.yaml takes effect in 2026.
    it('says a country that adds nothing, at the country, wherever it stands in the list', () => {
      for (const [regions, at] of [
        ['[ES, ES-CT]', 0],
        ['[ES-CT, PT, ES]', 2],
      ] as const) {
        expect(holidayRegions.run(withRegions(regions)), regions).toEqual([
          {
            code: 'holiday-region-overlap',
            pointer: `/calendars/0/holidays/regions/${at}`,
            message:
              'holiday region "ES" is already in "ES-CT": a region closes on the public holidays of the country (or region) it lies in, so "ES" adds no day in 2026',
            suggest: 'remove "ES"',
          },
        ]);
      }
    });

    it('names the days a country closes that its region works', () => {
      expect(holidayRegions.run(withRegions('[CH, CH-LU]'))).toEqual([
        {
          code: 'holiday-region-overlap',
          pointer: '/calendars/0/holidays/regions/0',
          message:
            'holiday region "CH" holds "CH-LU", which already closes on its public holidays but 2026-04-06 (Easter Monday) and 2026-05-25 (Whit Monday): with "CH" listed too, the calendar closes on those days of 2026, which "CH-LU" works',
          suggest: 'remove "CH" if the calendar keeps the holidays of "CH-LU"; keep both if it closes on those days too',
        },
      ]);
      expect(holidayRegions.run(withRegions('[US, US-CA-LA]'))[0]?.message).toMatch(
        /but 2026-10-12 \(Columbus Day\): .* on that day of 2026, which "US-CA-LA" works$/,
      );
    });

    it('looks at every level and every region inside, and leaves unknown codes to their own finding', () => {
      expect(holidayRegions.run(withRegions('[ES-CT, ES-CT-B]')).map((f) => [f.pointer, f.message.slice(0, 48)])).toEqual([
        ['/calendars/0/holidays/regions/0', 'holiday region "ES-CT" is already in "ES-CT-B": '],
      ]);
      expect(holidayRegions.run(withRegions('[ES, ES-CT, ES-MD]')).map((f) => f.message.slice(0, 55))).toEqual([
        'holiday region "ES" is already in "ES-CT" and "ES-MD": ',
      ]);
      expect(holidayRegions.run(withRegions('[ES, ES-XX]')).map((f) => f.code)).toEqual(['unknown-holiday-region']);
    });

    it('is a warning at the line of the country: the contract stays valid', () => {
      const text = minimalWith(`
calendars:
  - id: office
    timezone: Europe/Madrid
    hours: { weekdays: ["09:00-18:00"] }
    holidays:
      regions:
        - ES-CT
        - ES`);
      const result = checkContract('c.yaml', text);
      expect(result.ok).toBe(true);
      const line = text.split('\n').findIndex((l) => l.trim() === '- ES') + 1;
      expect(result.diagnostics.map((d) => [d.severity, d.code, d.line, d.column])).toEqual([['warning', 'holiday-region-overlap', line, 11]]);
    });
  });

  it('warns of a holiday date listed twice, written either way', () => {
    const text = minimalWith(`
calendars:
  - { id: office, timezone: Europe/Madrid, hours: { weekdays: ["09:00-18:00"] }, holidays: { dates: [2026-12-24, { date: 2026-12-24, name: Christmas Eve }] } }`);
    expect(holidayRegions.run(shaped(text)).map((f) => [f.code, f.pointer, f.message])).toEqual([
      [
        'duplicate-entry',
        '/calendars/0/holidays/dates/1',
        'holiday 2026-12-24 is already listed at calendars[0].holidays.dates[0]; a repeat closes the calendar no more',
      ],
    ]);
    expect(checkContract('c.yaml', text).ok).toBe(true);
  });

  it('reports each unknown code at its place in the list', () => {
    const findings = holidayRegions.run(withRegions('[ES, ES-CTT, XQ]'));
    expect(where(findings)).toEqual([
      ['unknown-holiday-region', '/calendars/0/holidays/regions/1'],
      ['unknown-holiday-region', '/calendars/0/holidays/regions/2'],
    ]);
  });

  it('warns of a region listed twice, at the repeat, naming where it first stands', () => {
    expect(holidayRegions.run(withRegions('[ES-CT, PT, ES-CT]'))).toEqual([
      {
        code: 'duplicate-entry',
        pointer: '/calendars/0/holidays/regions/2',
        message: 'holiday region "ES-CT" is already listed at calendars[0].holidays.regions[0]; a repeat adds no holidays',
        suggest: 'remove this one, or write the region you meant',
      },
    ]);
  });

  it('reports an unknown region listed twice once as unknown and once as a repeat', () => {
    expect(where(holidayRegions.run(withRegions('[XQ, XQ]')))).toEqual([
      ['unknown-holiday-region', '/calendars/0/holidays/regions/0'],
      ['duplicate-entry', '/calendars/0/holidays/regions/1'],
    ]);
  });

  it('does not compare regions across calendars', () => {
    const two = shaped(
      minimalWith(`
calendars:
  - { id: a, timezone: Europe/Madrid, hours: { weekdays: ["09:00-18:00"] }, holidays: { regions: [ES-CT] } }
  - { id: b, timezone: Europe/Madrid, hours: { weekdays: ["09:00-18:00"] }, holidays: { regions: [ES-CT] } }`),
    );
    expect(holidayRegions.run(two)).toEqual([]);
  });

  it('the repeat is a warning: the whole contract stays valid', () => {
    const text = minimalWith(`
calendars:
  - { id: office, timezone: Europe/Madrid, hours: { weekdays: ["09:00-18:00"] }, holidays: { regions: [ES-CT, ES-CT] } }`);
    const result = checkContract('c.yaml', text);
    expect(result.ok).toBe(true);
    expect(result.diagnostics.map((d) => [d.severity, d.code, d.line])).toEqual([['warning', 'duplicate-entry', text.split('\n').length - 1]]);
  });

  it('an unknown region of a known country suggests the nearest region and lists them all', () => {
    const problem = regionProblem('ES-CTT');
    expect(problem?.message).toBe('"CTT" is not a region of ES; did you mean "ES-CT"?');
    expect(problem?.suggest).toMatch(/^regions of ES: AN, AR, .*, CT, .*, VC$/);
  });

  it('an unknown country names the code form to use', () => {
    expect(regionProblem('XQ')?.message).toMatch(/^"XQ" is not a country date-holidays knows/);
    expect(regionProblem('XQ')?.suggest).toBe('use an ISO 3166-1 alpha-2 code such as ES, PT, US, BR');
  });

  it('an unknown subdivision lists the known ones', () => {
    expect(regionProblem('US-CA-XX')).toEqual({ message: '"XX" is not a subdivision of US-CA', suggest: 'known: LA' });
  });
});
