/**
 * One invalid fixture per class of error, each with the code and the line:column a user
 * should see. The positions were worked out by reading the fixtures, not by running the
 * checker: every fixture starts with a one-line comment, so the minimal contract's lines
 * are shifted by one (apiVersion on line 2, metadata on 3, name on 4, version on 5,
 * effective on 6, status on 7, owners on 8, stages on 11, the two stages on 12 and 13).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { CODES, type Code } from '../../../src/contract/codes.js';
import { checkContract } from '../../../src/contract/index.js';
import { FULL_YAML, MINIMAL_YAML, checkFile, minimalWith } from '../../helpers/contracts.js';
import { fixturePath, validContractFiles } from '../../helpers/paths.js';

interface Expectation {
  file: string;
  code: Code;
  line: number;
  column: number;
  /** Words the message must contain (a suggestion, the arithmetic...). */
  message?: RegExp;
  /** How many diagnostics in all; 1 unless said otherwise (one problem, one report). */
  count?: number;
}

const EXPECTED: Expectation[] = [
  // revenue: lots — "  revenue: " is 11 characters, so the value starts at column 12.
  { file: 'schema-type.yaml', code: 'invalid-type', line: 16, column: 12, message: /expected a number, found the text "lots"/ },
  // "  status: " is 10 characters.
  { file: 'enum-suggestion.yaml', code: 'invalid-value', line: 7, column: 11, message: /did you mean "active"\?/ },
  // Unknown keys point at the key itself.
  { file: 'unknown-key-suggestion.yaml', code: 'unknown-field', line: 5, column: 3, message: /"titel" is not allowed here; did you mean "title"\?/ },
  // A missing key points at the key of the mapping that lacks it.
  { file: 'missing-required.yaml', code: 'missing-field', line: 3, column: 1, message: /"status" is required in metadata/ },
  // At the top level: the first key of the document, after the comment.
  { file: 'missing-required-top.yaml', code: 'missing-field', line: 2, column: 1, message: /"stages" is required at the top level/ },
  // handoff on 14, "  stage: " is 9 characters.
  { file: 'unresolved-reference.yaml', code: 'unresolved-reference', line: 15, column: 10, message: /no stage has the id "mqll"; did you mean "mql"\?/ },
  // The second persona, line 16; "  - { id: " is 10 characters.
  { file: 'duplicate-id.yaml', code: 'duplicate-id', line: 16, column: 11, message: /persona id "cfo" is already used/ },
  // slas on 14, goal on 20; "    goal: " is 10 characters.
  { file: 'bad-duration.yaml', code: 'invalid-format', line: 20, column: 11, message: /"4 hours" must be a duration/ },
  { file: 'invalid-duration.yaml', code: 'invalid-duration', line: 20, column: 11, message: /business units but the SLA runs on the calendar clock/ },
  // calendars on 14, timezone on 16; "    timezone: " is 14 characters.
  { file: 'bad-zone.yaml', code: 'unknown-timezone', line: 16, column: 15, message: /did you mean "Europe\/Madrid"\?/ },
  // "      github: " is 14 characters; the @ is at column 15.
  { file: 'yaml-syntax.yaml', code: 'yaml-syntax', line: 12, column: 15, message: /@/ },
  // The second "name" key, line 8, indented by two.
  { file: 'duplicate-key.yaml', code: 'duplicate-key', line: 8, column: 3 },
  // "      regions: [ES, " is 20 characters; ES-CTT starts at column 21.
  { file: 'unknown-holiday-region.yaml', code: 'unknown-holiday-region', line: 20, column: 21, message: /did you mean "ES-CT"\?/ },
  // "  version: " is 11 characters; the quoted value starts at column 12.
  { file: 'invalid-version.yaml', code: 'invalid-version', line: 5, column: 12, message: /"1\.0" is not a semantic version: it has 2 numbers/ },
  // The sales owner's github, line 12, column 15.
  { file: 'owners-not-distinct.yaml', code: 'owners-not-distinct', line: 12, column: 15 },
  // goal: 120 on line 28; the warning shows every step of the arithmetic.
  {
    file: 'funnel-inconsistent.yaml',
    code: 'funnel-inconsistent',
    line: 28,
    column: 11,
    message: /promises 120 mql per month, but the revenue target needs 160: 100,000 ÷ 5,000 = 20 → 20 deals; 20 × 4 = 80 sql; 80 ÷ 50% = 160 → 160 mql/,
  },
  // "  - { id: leads, owner: marketing, kind: volume, stage: " is 56 characters.
  { file: 'funnel-incomplete.yaml', code: 'funnel-incomplete', line: 22, column: 57, message: /no conversion rate leads from "lead"/ },
  // The condition is the mapping under fit: it starts at "field" on line 16, column 5.
  { file: 'invalid-condition.yaml', code: 'invalid-condition', line: 16, column: 5, message: /"in" compares with a list/ },
  // '      weekdays: ["09:00-14:00", ' is 32 characters; the second interval is at column 33.
  { file: 'invalid-calendar.yaml', code: 'invalid-calendar', line: 18, column: 33, message: /"13:00-18:00" overlaps "09:00-14:00"/ },
  // The second stage's id, line 13, column 11.
  { file: 'invalid-stage.yaml', code: 'invalid-stage', line: 13, column: 11, message: /stage "prospect" is not a standard stage/ },
  // The second document begins at its "---" on line 14.
  { file: 'multiple-documents.yaml', code: 'multiple-documents', line: 14, column: 1 },
  // slas on 14, target on 21; "    target: " is 12 characters.
  { file: 'invalid-percentage.yaml', code: 'invalid-percentage', line: 21, column: 13, message: /"150%" is more than 100%/ },
  // The list of stages starts at its first item, line 12, column 3.
  { file: 'too-few-stages.yaml', code: 'invalid-range', line: 12, column: 3, message: /at least 2 items/ },
  // "  - { id: mqls, owner: marketing, kind: " is 40 characters.
  { file: 'commitment-kind.yaml', code: 'invalid-value', line: 15, column: 41, message: /"volum" is not one of .*; did you mean "volume"\?/ },
  // An alias without its anchor is a YAML error at the alias ("  name: " is 8 characters),
  // not a "billion laughs".
  { file: 'undefined-alias.yaml', code: 'yaml-syntax', line: 4, column: 9, message: /contract-name/ },
  // Findings about the whole file sit at 1:1.
  { file: 'alias-bomb.yaml', code: 'alias-limit', line: 1, column: 1, message: /billion laughs/ },
  { file: 'empty.yaml', code: 'empty-file', line: 1, column: 1 },
  { file: 'comments-only.yaml', code: 'empty-file', line: 1, column: 1 },
];

describe('invalid fixtures', () => {
  it.each(EXPECTED)('$file → $code at $line:$column', ({ file, code, line, column, message, count = 1 }) => {
    const result = checkFile(fixturePath('invalid', file));
    const found = result.diagnostics.filter((d) => d.code === code);
    expect(found, JSON.stringify(result.diagnostics, null, 2)).toHaveLength(1);
    const d = found[0]!;
    expect({ line: d.line, column: d.column }).toEqual({ line, column });
    expect(d.severity).toBe(CODES[code].severity);
    expect(d.file).toBe(`test/fixtures/invalid/${file}`);
    if (message) expect(d.message).toMatch(message);
    expect(result.diagnostics).toHaveLength(count);
    // A warning alone leaves the contract valid; an error never does.
    expect(result.ok).toBe(CODES[code].severity === 'warning');
  });

  it('a "did you mean" replaces the list of allowed keys; without a likely typo the list is the hint', () => {
    const typo = checkFile(fixturePath('invalid', 'unknown-key-suggestion.yaml')).diagnostics[0];
    expect(typo?.suggest).toBeUndefined();
    const [far] = checkContract('c.yaml', MINIMAL_YAML.replace('status: draft', 'status: draft\n  zzzzzz: 1')).diagnostics;
    expect(far?.code).toBe('unknown-field');
    expect(far?.message).not.toMatch(/did you mean/);
    expect(far?.suggest).toMatch(/allowed here: name, title, .*extensions start with "x-"/);
  });

  it('x- keys are extensions, allowed at the top level and in metadata', () => {
    const result = checkContract('c.yaml', minimalWith('x-team: revops').replace('status: draft', 'status: draft\n  x-slack: "#revops"'));
    expect(result.diagnostics).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('an x- key elsewhere is said to belong at the top level or in metadata (the hint said "extensions start with x-" to a key that did)', () => {
    const [d, ...rest] = checkContract(
      'c.yaml',
      MINIMAL_YAML.replace('- { id: lead, owner: marketing }', '- { id: lead, owner: marketing, x-note: 1 }'),
    ).diagnostics;
    expect(rest).toEqual([]);
    expect(d).toMatchObject({
      code: 'unknown-field',
      message: '"x-note" is not allowed here: extensions (keys starting with "x-") are kept at the top level and in metadata only',
      suggest: 'move it to the top level or under metadata',
    });
  });

  it('a YAML merge key (<<) is said to be one, instead of a did-you-mean', () => {
    const text = 'x-base: &base { owner: marketing }\n' + MINIMAL_YAML.replace('- { id: lead, owner: marketing }', '- { id: lead, <<: *base }');
    const found = checkContract('c.yaml', text).diagnostics.find((d) => d.code === 'unknown-field');
    expect(found?.message).toBe('YAML merge keys (<<) are not read: the keys they would bring in are missing here');
    expect(found?.suggest).toMatch(/^write the keys out in full/);
  });
});

describe('file guards', () => {
  it('binary input (a NUL byte) is binary-file at 1:1, not a YAML error', () => {
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]);
    const result = checkContract('logo.png.yaml', bytes);
    expect(result.ok).toBe(false);
    expect(result.diagnostics).toMatchObject([{ code: 'binary-file', line: 1, column: 1, file: 'logo.png.yaml' }]);
  });

  it('text that is not UTF-8 (Latin-1 "é") is binary-file too, at the line and column of its first bad byte', () => {
    const latin1 = Buffer.concat([Buffer.from(MINIMAL_YAML + '# Reñé '), Buffer.from([0xe9, 0x0a])]);
    const line = MINIMAL_YAML.split('\n').length;
    expect(checkContract('c.yaml', latin1).diagnostics).toMatchObject([
      {
        code: 'binary-file',
        line,
        column: 8,
        message: 'the file is not valid UTF-8 text: the byte 0xE9 here is not part of a UTF-8 character',
        suggest: expect.stringMatching(/^save the file as UTF-8: Excel and older editors save an "é" as one Windows-1252 or Latin-1 byte/) as unknown,
      },
    ]);
  });

  it('UTF-16 text (Notepad\'s "Unicode") is said as UTF-16, not as binary', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(MINIMAL_YAML, 'utf16le')]);
    expect(checkContract('c.yaml', utf16).diagnostics).toMatchObject([
      { code: 'binary-file', line: 1, column: 1, message: 'the file is UTF-16 text, not UTF-8 (it starts with a UTF-16 byte order mark)' },
    ]);
  });

  it('a file over 1 MiB is file-too-large, as bytes and as a string', () => {
    const big = MINIMAL_YAML + '#' + 'x'.repeat(1024 * 1024) + '\n';
    for (const input of [big, Buffer.from(big)]) {
      const result = checkContract('big.yaml', input);
      expect(result.diagnostics).toMatchObject([{ code: 'file-too-large', line: 1, column: 1 }]);
      expect(result.diagnostics[0]?.message).toMatch(/at most 1048576/);
    }
  });

  it('exactly 1 MiB is still read', () => {
    const text = MINIMAL_YAML + '#' + 'x'.repeat(1024 * 1024 - Buffer.byteLength(MINIMAL_YAML) - 2) + '\n';
    expect(Buffer.byteLength(text)).toBe(1024 * 1024);
    expect(checkContract('c.yaml', text).ok).toBe(true);
  });

  it('a UTF-8 byte order mark is accepted and does not shift columns', () => {
    const withBom = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(MINIMAL_YAML.replace('status: draft', 'status: drafty'))]);
    const [d] = checkContract('c.yaml', withBom).diagnostics;
    expect(d).toMatchObject({ code: 'invalid-value', line: 8, column: 11 });
  });

  it('CRLF line endings give the same positions as LF', () => {
    const lf = MINIMAL_YAML.replace('status: draft', 'status: drafty');
    const crlf = lf.replace(/\n/g, '\r\n');
    const at = (text: string) => checkContract('c.yaml', text).diagnostics.map((d) => [d.code, d.line, d.column]);
    expect(at(crlf)).toEqual(at(lf));
    expect(at(lf)).toEqual([['invalid-value', 8, 11]]);
  });

  it('a collection used as a key is reported at that key', () => {
    // minimal.yaml has 14 lines; "? [a, b]" is line 15, its key at column 3.
    const diagnostics = checkContract('c.yaml', MINIMAL_YAML + '? [a, b]\n: c\n').diagnostics;
    expect(diagnostics).toMatchObject([{ code: 'yaml-syntax', line: 15, column: 3, message: 'a key must be plain text, not a list or a mapping' }]);
  });

  // Inside metadata, after "status: draft" (line 8): the schema used to report the key as
  // "" at line 4, the key of metadata, however far below the mistake stood.
  it.each([
    ['  : value', 3, 'a key with no name: nothing stands before the ":"'],
    ['  ? ', 3, 'a key with no name: nothing follows the "?"'],
    ['  ?\n  : value', 3, 'a key with no name: nothing follows the "?"'],
    ['  null: value', 3, "the key null is YAML's null: a key with no name"],
    ['  ~: value', 3, "the key ~ is YAML's null: a key with no name"],
    ['  x-notes: { : value }', 14, 'a key with no name: nothing stands before the ":"'],
  ])('a key YAML reads as null (%j) is reported on its own line', (line, column, message) => {
    const text = MINIMAL_YAML.replace('  status: draft\n', `  status: draft\n${line}\n`);
    expect(text).not.toBe(MINIMAL_YAML);
    expect(checkContract('c.yaml', text).diagnostics).toMatchObject([{ code: 'yaml-syntax', line: 9, column, message }]);
  });

  it('two null keys in one mapping are two findings, not a repeated key "null"', () => {
    const text = MINIMAL_YAML.replace('  status: draft\n', '  status: draft\n  : a\n  null: b\n');
    expect(checkContract('c.yaml', text).diagnostics.map((d) => [d.code, d.line, d.column])).toEqual([
      ['yaml-syntax', 9, 3],
      ['yaml-syntax', 10, 3],
    ]);
  });

  it('an empty key in quotes is an unknown field at that key, with no guess at a name', () => {
    // In a stage, where "" was "did you mean id?"; '  - { id: mql, owner: marketing, ' is 33 characters.
    const text = MINIMAL_YAML.replace('  - { id: mql, owner: marketing }', '  - { id: mql, owner: marketing, "": x }');
    expect(checkContract('c.yaml', text).diagnostics).toMatchObject([{ code: 'unknown-field', line: 14, column: 34, message: '"" is not allowed here' }]);
  });

  it('a collection used as a key causes no Node.js process warning', () => {
    // yaml's toJS() stringifies such keys and says so through process.emitWarning, which
    // the CLI prints as "(node:1234) Warning: ..." unless the parse sets logLevel: 'error'.
    const emitWarning = vi.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    try {
      checkContract('c.yaml', MINIMAL_YAML + '? [a, b]\n: c\n');
      expect(emitWarning).not.toHaveBeenCalled();
    } finally {
      emitWarning.mockRestore();
    }
  });

  it('a !!binary value is one finding at the value, not one unknown field per byte', () => {
    // yaml resolves !!binary to a Uint8Array even under the 1.2 core schema; the schema then
    // saw an object with keys "0", "1", ... (over a hundred diagnostics for 8 bytes). Tags
    // are not part of the contract language: one syntax finding. Like every tagged value,
    // it is located at the scalar after the tag: "    sales: !!binary " is 20 characters.
    const text = MINIMAL_YAML.replace('sales: { name: Sales Lead, github: sales-lead }', 'sales: !!binary aGVsbG8gd29ybGQ=');
    const { diagnostics } = checkContract('c.yaml', text);
    expect(diagnostics.filter((d) => /^"\d+" is not allowed here/.test(d.message))).toEqual([]);
    expect(diagnostics).toMatchObject([{ code: 'yaml-syntax', line: 11, column: 21, message: 'the YAML tag !!binary is not part of the contract language' }]);
  });

  it('a few aliases, well under the limit, are fine', () => {
    const text = minimalWith(`
x-segments:
  iberia: &iberia { field: country, op: in, value: [ES, PT] }
slas:
  - { id: a, owner: sales, start: mql, stop: first-touch, clock: calendar, goal: 4h, target: 90%, when: *iberia }
  - { id: b, owner: sales, start: mql, stop: feedback, clock: calendar, goal: 2d, target: 90%, when: *iberia }
`);
    const result = checkContract('c.yaml', text);
    expect(result.diagnostics).toEqual([]);
    expect(result.ok && result.value.contract.slas?.[1]?.when).toEqual({ field: 'country', op: 'in', value: ['ES', 'PT'] });
  });
});

describe('valid contracts', () => {
  it.each(validContractFiles().map((f) => [f.replace(/^.*\/(contracts|test)\//, '$1/'), f]))('%s validates without errors', (_name, path) => {
    const result = checkFile(path);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('the fixtures have no warnings either', () => {
    for (const text of [MINIMAL_YAML, FULL_YAML]) expect(checkContract('c.yaml', text).diagnostics).toEqual([]);
  });

  it('full.yaml uses every top-level section of the language', () => {
    const schema = JSON.parse(readFileSync(new URL('../../../schema/contract.schema.json', import.meta.url), 'utf8')) as {
      properties: Record<string, unknown>;
    };
    const result = checkContract('full.yaml', FULL_YAML);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(
      Object.keys(result.value.contract)
        .filter((k) => !k.startsWith('x-'))
        .sort(),
    ).toEqual(Object.keys(schema.properties).sort());
  });
});
