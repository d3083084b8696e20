import { describe, expect, it } from 'vitest';
import { version, versionProblem } from '../../../../src/contract/checks/version.js';
import { checkContract } from '../../../../src/contract/index.js';
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
    ['1.0', 'it has 2 numbers where MAJOR.MINOR.PATCH has 3', 'write "1.0.0"'],
    ['v1.2', 'it starts with "v" and it has 2 numbers where MAJOR.MINOR.PATCH has 3', 'write "1.2.0"'],
    ['v1.2.3', 'it starts with "v"', 'write "1.2.3"'],
    ['=1.2.3', 'it starts with "="', 'write "1.2.3"'],
    ['2', 'it has 1 number where MAJOR.MINOR.PATCH has 3', 'write "2.0.0"'],
    ['1.2.0.0', 'it has 4 numbers where MAJOR.MINOR.PATCH has 3', 'write "1.2.0"'],
    ['1.2.0.1', 'it has 4 numbers where MAJOR.MINOR.PATCH has 3', 'write "1.2.1", the first version after 1.2.0'],
    ['01.2.0', '01 has a leading zero', 'write "1.2.0"'],
    ['v01.02.3', 'it starts with "v" and 01 and 02 have leading zeros', 'write "1.2.3"'],
    ['1.2.3-rc.01', '01 has a leading zero', 'write "1.2.3-rc.1"'],
    [' 1.2.3', 'it has spaces around it', 'write "1.2.3"'],
    ['V1.0.0+build.007', 'it starts with "V"', 'write "1.0.0+build.007"'],
  ])('reports %j with what is wrong and the exact version to write', (v, why, suggest) => {
    expect(version.run(withVersion(v))).toEqual([
      { code: 'invalid-version', pointer: '/metadata/version', message: `${JSON.stringify(v)} is not a semantic version: ${why}`, suggest },
    ]);
    expect(versionProblem(suggest.replace(/^write "([^"]+)".*$/, '$1'))).toBeUndefined();
  });

  it.each(['latest', '2026-01', '1.2.x', '1.2.3-', '99999999999999999999.0.0'])('reports %j with the form to write when no one version is meant', (v) => {
    expect(versionProblem(v)).toEqual({ message: `${JSON.stringify(v)} is not a semantic version`, suggest: 'write MAJOR.MINOR.PATCH, e.g. 1.0.0' });
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

  it.each([
    ['1.10', 'write it in quotes as a whole version: "1.10.0"'],
    ['1.2', 'write it in quotes as a whole version: "1.2.0"'],
    ['2', 'write it in quotes as a whole version: "2.0.0"'],
    ['1e3', 'write the version in quotes, e.g. "1.0.0"'],
  ])('a version YAML reads as a number (%s) is quoted and mended as written, not as the number', (written, suggest) => {
    // 1.10 is the number 1.1: the message quoted "1.1" and gave no version to write.
    const text = MINIMAL_YAML.replace('version: 1.0.0', `version: ${written}`);
    expect(checkContract('c.yaml', text).diagnostics).toMatchObject([
      { code: 'invalid-type', line: 6, column: 12, message: `${written} is read as a number, not as a version`, suggest },
    ]);
  });

  it('a version that is a list or a truth value is said to need text, not to be a number', () => {
    for (const written of ['[1]', 'true'])
      expect(checkContract('c.yaml', MINIMAL_YAML.replace('version: 1.0.0', `version: ${written}`)).diagnostics).toMatchObject([
        { code: 'invalid-type', line: 6, column: 12, message: `${written} must be a version written as text, such as "1.0.0"` },
      ]);
  });
});
