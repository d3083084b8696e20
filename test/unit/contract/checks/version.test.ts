import { describe, expect, it } from 'vitest';
import { version } from '../../../../src/contract/checks/version.js';
import { MINIMAL_YAML, expectQuietOnValidContracts, shaped } from '../../../helpers/contracts.js';

const withVersion = (v: string) => shaped(MINIMAL_YAML.replace('version: 1.0.0', `version: "${v}"`));

describe('check: version', () => {
  it('stays quiet on the valid contracts', () => {
    expectQuietOnValidContracts(version);
  });

  it.each(['0.1.0', '2.10.3', '1.0.0-rc.1', '1.0.0+build.7'])('stays quiet on %s', (v) => {
    expect(version.run(withVersion(v))).toEqual([]);
  });

  it.each([
    ['1.0', '"1.0" is not a semantic version; did you mean "1.0.0"?'],
    ['v1.2.3', '"v1.2.3" is not a semantic version; did you mean "1.2.3"?'],
    ['2026-01', '"2026-01" is not a semantic version; did you mean "2026.0.0"?'],
  ])('reports %s with the coerced version as a suggestion', (v, message) => {
    expect(version.run(withVersion(v))).toEqual([{ code: 'invalid-version', pointer: '/metadata/version', message, suggest: undefined }]);
  });

  it('leaves a missing or non-text version to the schema check, which reports it once', () => {
    // As the checks see a contract the schema refused (they run on what parsed): version absent, or a number.
    const missing = shaped(MINIMAL_YAML);
    delete (missing.metadata as { version?: string }).version;
    expect(version.run(missing)).toEqual([]);
    const number = shaped(MINIMAL_YAML);
    (number.metadata as { version: unknown }).version = 3;
    expect(version.run(number)).toEqual([]);
  });

  it('reports a version with no digits with the form to write', () => {
    expect(version.run(withVersion('latest'))).toEqual([
      { code: 'invalid-version', pointer: '/metadata/version', message: '"latest" is not a semantic version', suggest: 'write MAJOR.MINOR.PATCH, e.g. 1.0.0' },
    ]);
  });
});
