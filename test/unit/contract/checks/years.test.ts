import { describe, expect, it } from 'vitest';
import { years } from '../../../../src/contract/checks/years.js';
import { checkContract } from '../../../../src/contract/index.js';
import { MINIMAL_YAML, expectQuietOnValidContracts, minimalWith, shaped } from '../../../helpers/contracts.js';

describe('check: years', () => {
  it('stays quiet on the valid contracts', () => {
    expectQuietOnValidContracts(years);
    expect(years.run(shaped(MINIMAL_YAML))).toEqual([]);
  });

  it('refuses an effective date or a closed date outside 1970–2099 (0000-01-01 made documents dated 1900)', () => {
    for (const effective of ['0000-01-01', '0099-12-31', '1969-12-31', '2100-01-01']) {
      const result = checkContract('c.yaml', MINIMAL_YAML.replace(/effective: \S+/, `effective: ${effective}`));
      expect(result.ok, effective).toBe(false);
      expect(result.diagnostics.map((d) => [d.code, d.pointer, d.message])).toEqual([
        [
          'invalid-range',
          '/metadata/effective',
          `${effective} is in the year ${Number(effective.slice(0, 4))}, outside the years revpact measures (1970–2099)`,
        ],
      ]);
    }
    const closed = years.run(
      shaped(
        minimalWith(
          'calendars:\n  - { id: office, timezone: UTC, hours: { weekdays: ["09:00-18:00"] }, holidays: { dates: [2026-12-25, { date: 1066-10-14 }] } }',
        ),
      ),
    );
    expect(closed.map((f) => f.pointer)).toEqual(['/calendars/0/holidays/dates/1/date']);
    for (const effective of ['1970-01-01', '2099-12-31'])
      expect(checkContract('c.yaml', MINIMAL_YAML.replace(/effective: \S+/, `effective: ${effective}`)).ok, effective).toBe(true);
  });
});
