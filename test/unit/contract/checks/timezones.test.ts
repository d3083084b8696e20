import { describe, expect, it } from 'vitest';
import { timezones } from '../../../../src/contract/checks/timezones.js';
import { MINIMAL_YAML, expectQuietOnValidContracts, minimalWith, shaped, where } from '../../../helpers/contracts.js';

const zones = (metadataZone: string, calendarZone: string) =>
  shaped(
    minimalWith(`calendars:\n  - { id: office, timezone: ${calendarZone}, hours: { weekdays: ["09:00-18:00"] } }`).replace(
      'status: draft',
      `status: draft\n  timezone: ${metadataZone}`,
    ),
  );

describe('check: timezones', () => {
  it('stays quiet on the valid contracts', () => {
    expectQuietOnValidContracts(timezones);
    expect(timezones.run(shaped(MINIMAL_YAML))).toEqual([]);
  });

  it('stays quiet on IANA zones, links and aliases included', () => {
    expect(timezones.run(zones('UTC', 'America/New_York'))).toEqual([]);
    expect(timezones.run(zones('Europe/Madrid', 'America/Sao_Paulo'))).toEqual([]);
    expect(timezones.run(zones('Etc/UTC', 'US/Eastern'))).toEqual([]);
  });

  it('asks for the IANA spelling of a zone written in another case (it was copied as written into rules.json and the SQL)', () => {
    const findings = timezones.run(zones('europe/madrid', 'AMERICA/NEW_YORK'));
    expect(findings.map((f) => [f.pointer, f.message, f.suggest])).toEqual([
      ['/metadata/timezone', '"europe/madrid" is spelled "Europe/Madrid" in the IANA database', 'write "Europe/Madrid"'],
      ['/calendars/0/timezone', '"AMERICA/NEW_YORK" is spelled "America/New_York" in the IANA database', 'write "America/New_York"'],
    ]);
    expect(timezones.run(zones('utc', 'etc/utc')).map((f) => f.suggest)).toEqual(['write "UTC"', 'write "Etc/UTC"']);
  });

  it('reports unknown zones in metadata and calendars, with a "did you mean" when one is near', () => {
    const findings = timezones.run(zones('Europe/Madird', 'Mars/Olympus_Mons'));
    expect(where(findings)).toEqual([
      ['unknown-timezone', '/metadata/timezone'],
      ['unknown-timezone', '/calendars/0/timezone'],
    ]);
    expect(findings[0]).toMatchObject({ message: '"Europe/Madird" is not an IANA time zone; did you mean "Europe/Madrid"?', suggest: undefined });
    expect(findings[1]).toMatchObject({
      message: '"Mars/Olympus_Mons" is not an IANA time zone',
      suggest: 'write Area/City, e.g. Europe/Madrid or America/New_York',
    });
  });
});
