import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { formatDiagnostic } from '../../../src/contract/diagnostics.js';
import { schemaValidator } from '../../../src/contract/schema.js';
import { MAPPING_SCHEMA, PRESETS, PRESET_NAMES, parseMapping, presetMapping, withDefaultTimeZone, type Mapping } from '../../../src/leads/mapping/index.js';

import { file, readAll } from './helpers.js';

const HEAD = 'apiVersion: revpact/v1\nkind: mapping\n';

function problems(text: string, file = 'acme.mapping.yaml'): string[] {
  const r = parseMapping(file, text);
  expect(r.ok).toBe(false);
  return r.diagnostics.map(formatDiagnostic);
}

function ok(text: string): Mapping {
  const r = parseMapping('m.yaml', text);
  if (!r.ok) throw new Error(r.diagnostics.map(formatDiagnostic).join('\n'));
  return r.value;
}

describe('parseMapping', () => {
  it('reads the fixture mapping', () => {
    const m = ok(readFileSync(new URL('../../fixtures/exports/acme.mapping.yaml', import.meta.url), 'utf8'));
    expect(m).toMatchObject({
      name: 'acme-crm',
      timeZone: 'Europe/Madrid',
      numbers: { decimal: ',', thousands: '.' },
      dates: { formats: ['dd/MM/yyyy HH:mm', 'dd/MM/yyyy'] },
    });
    expect(m.joins[0]).toMatchObject({ name: 'deals', key: 'Lead', unmatched: 'reject', numbers: { decimal: ',' } });
    expect(m.joins[0]?.aggregate.map((a) => [a.op, a.type])).toEqual([
      ['sum', 'number'],
      ['min', 'date'],
      ['count', 'number'],
      ['last', 'text'],
    ]);
  });

  it('names file:line:column of an unknown key, with a "did you mean"', () => {
    expect(problems(`${HEAD}colums:\n  Ref: id\n`)).toEqual([
      'acme.mapping.yaml:3:1 error unknown-field: "colums" is not allowed here; did you mean "columns"?',
    ]);
    expect(problems(`${HEAD}columns:\n  Ref: id\n  Alta: { field: createdAt, fromat: dd/MM/yyyy }\n`)).toEqual([
      'acme.mapping.yaml:5:29 error unknown-field: "fromat" is not allowed here; did you mean "format"?',
    ]);
    expect(problems(`${HEAD}csv:\n  delimter: ";"\ncolumns: { Ref: id }\n`)).toEqual([
      'acme.mapping.yaml:4:3 error unknown-field: "delimter" is not allowed here; did you mean "delimiter"?',
    ]);
  });

  it('suggests the field a misspelt short form meant', () => {
    expect(problems(`${HEAD}columns:\n  Ref: id\n  MQL: mqlat\n`)[0]).toMatch(
      /^acme\.mapping\.yaml:5:8 error invalid-value: "mqlat" is not one of .*; did you mean "mqlAt"\?$/,
    );
  });

  it('checks time zones, date formats and the id', () => {
    expect(problems(`${HEAD}timeZone: Europe/Madird\ncolumns: { Ref: id }\n`)).toEqual([
      'acme.mapping.yaml:3:11 error unknown-timezone: "Europe/Madird" is not an IANA time zone; did you mean "Europe/Madrid"?',
    ]);
    expect(problems(`${HEAD}dates: { format: [dd/MM HH:mm] }\ncolumns: { Ref: id }\n`)).toEqual([
      'acme.mapping.yaml:3:19 error invalid-format: "dd/MM HH:mm": a date format needs the year (yyyy) (write it in luxon tokens, e.g. dd/MM/yyyy HH:mm)',
    ]);
    // A format luxon would read by trying every split of a run of digits (issue 13, item 4).
    expect(problems(`${HEAD}dates: { format: "d MMM yyyy Hms" }\ncolumns: { Ref: id }\n`)).toEqual([
      'acme.mapping.yaml:3:18 error invalid-format: "d MMM yyyy Hms": "H" and "m" are numbers of variable width with nothing between them: a run of digits could be split many ways (and trying them all takes seconds a cell); write them with two letters (dd, HH, mm) or put a separator between them (write it in luxon tokens, e.g. dd/MM/yyyy HH:mm)',
    ]);
    // Both orders of day and month in one list: 03/08 was read as the first, 13/08 and 08/13 hid it.
    expect(
      problems(
        `${HEAD}dates: { format: [dd/MM/yyyy HH:mm, M/d/yyyy h:mm a, MM/dd/yyyy HH:mm] }\ncolumns:\n  Ref: id\n  Alta: { field: createdAt, format: [d/M/yyyy, yyyy-MM-dd, M/d/yyyy] }\n`,
      ),
    ).toEqual([
      'acme.mapping.yaml:3:54 error invalid-format: "MM/dd/yyyy HH:mm" reads day and month the other way round from "dd/MM/yyyy HH:mm": a date whose day is 12 or less (03/08) fits both and is read by the first, right or wrong, without a word (an export writes its dates one way: keep the format it uses and remove the other)',
      'acme.mapping.yaml:6:60 error invalid-format: "M/d/yyyy" reads day and month the other way round from "d/M/yyyy": a date whose day is 12 or less (03/08) fits both and is read by the first, right or wrong, without a word (an export writes its dates one way: keep the format it uses and remove the other)',
    ]);
    // Formats that differ otherwise, or name the month, are no such pair.
    expect(
      parseMapping(
        'acme.mapping.yaml',
        `${HEAD}dates: { format: [dd/MM/yyyy HH:mm, dd/MM/yyyy, dd MMM yyyy, MMM dd yyyy, yyyy-MM-dd] }\ncolumns: { Ref: id }\n`,
      ).ok,
    ).toBe(true);
    expect(problems(`${HEAD}columns:\n  Alta: createdAt\n`)).toEqual([
      'acme.mapping.yaml:3:1 error missing-field: no column is mapped to the lead id (name the column that identifies each lead, e.g. columns: { "Lead ID": id })',
    ]);
  });

  // Before: a missing "kind" and one unknown-field error for each of the contract's sections.
  it('says a contract given as the mapping is one, in one line', () => {
    const contract = parseMapping('b2b-saas.yaml', readFileSync('contracts/b2b-saas.yaml', 'utf8'));
    expect(contract.ok).toBe(false);
    expect(contract.diagnostics.map(formatDiagnostic)).toEqual([
      expect.stringMatching(
        /^b2b-saas\.yaml:\d+:1 error missing-field: this file is a contract \(it has metadata and stages\), not a mapping: a mapping file says "kind: mapping" \(name the contract first and a mapping file or a preset \(hubspot, salesforce, canonical\) after --mapping\)$/,
      ),
    ]);
    // A mapping that only lacks its kind keeps the usual diagnostics.
    expect(problems('apiVersion: revpact/v1\ncolumns: { Ref: id }\n').some((p) => p.includes('"kind" is required'))).toBe(true);
  });

  it('refuses value-map keys that are one ignoring case and spaces but map to different values', () => {
    // A cell "NUEVO" matched neither exactly and took the first loose key's value, lead, without a word.
    expect(problems(`${HEAD}columns:\n  Ref: id\n  Estado:\n    field: stage\n    values: { Nuevo: lead, "nuevo ": mql, MQL: mql, mql: mql }\n`)).toEqual([
      'acme.mapping.yaml:7:28 error invalid-value: the values "Nuevo" and "nuevo " are one ignoring case and spaces, but map to lead and mql: a cell written another way ("NUEVO") would take the first without a word (keep one of them, or map both to the same value)',
    ]);
  });

  it('checks that options fit the column they are on', () => {
    const out = problems(
      `${HEAD}columns:\n  Ref: id\n  Score: { field: score, format: dd/MM/yyyy }\n  Both: { field: owner, attribute: owner }\n  Odd: { attribute: x, otherwise: keep }\n`,
    );
    expect(out).toEqual([
      'acme.mapping.yaml:5:26 error invalid-value: "format" applies to date columns; "Score" holds the number field score (remove "format")',
      'acme.mapping.yaml:6:3 error invalid-value: column "Both" has more than one of "field", "attribute" and "ignore" (keep one of them)',
      'acme.mapping.yaml:7:24 error missing-field: "otherwise" says what to do with values missing from "values", which is not there (add values: { exported value: value to use })',
    ]);
  });

  it('checks joins: targets, operations and the column they match', () => {
    const out = problems(
      `${HEAD}columns: { Ref: id }\njoin:\n  - key: Lead\n    on: Reff\n    aggregate:\n      - { field: wonAt, op: sum, column: Date }\n      - { attribute: n, op: count, column: X }\n      - { field: dealAmount, op: max }\n`,
    );
    expect(out).toEqual([
      'acme.mapping.yaml:6:9 error unresolved-reference: "Reff" is not a column of the leads file named in "columns"; did you mean "Ref"?',
      'acme.mapping.yaml:8:29 error invalid-value: "sum" cannot make a date (wonAt); it works on a number',
      'acme.mapping.yaml:9:36 error invalid-value: "count" counts rows and takes no column (remove "column", or use "where" to count only some rows)',
      'acme.mapping.yaml:10:9 error missing-field: "max" needs the "column" its values come from',
    ]);
  });

  it('reports YAML errors and empty files in mapping words', () => {
    expect(problems('')[0]).toMatch(/empty-file: the file is empty \(write the mapping in it/);
    expect(problems(`${HEAD}columns: { Ref: id, Ref: name }\n`)[0]).toMatch(/^acme\.mapping\.yaml:3:\d+ error duplicate-key/);
    expect(problems('apiVersion: revpact/v1\nkind: contract\ncolumns: { Ref: id }\n')).toEqual([
      'acme.mapping.yaml:2:7 error invalid-format: "contract" must be "mapping" (this file should be a lead mapping)',
    ]);
  });

  it('extends a preset: options replace, columns merge by label', () => {
    const m = ok(
      `${HEAD}extends: salesforce\ntimeZone: Europe/London\ndates: { format: [dd/MM/yyyy HH:mm, dd/MM/yyyy] }\ncolumns:\n  MQL Date: { field: mqlAt, optional: true }\n  Lead Status: { field: stage, values: { Open - Not Contacted: mql } }\n`,
    );
    expect(m).toMatchObject({ name: 'm', timeZone: 'Europe/London', csv: { footer: 'auto' }, dates: { formats: ['dd/MM/yyyy HH:mm', 'dd/MM/yyyy'] } });
    const byLabel = new Map(m.columns.map((c) => [c.column, c]));
    expect(byLabel.get('Lead ID')).toMatchObject({ target: { kind: 'field', field: 'id' }, formats: ['dd/MM/yyyy HH:mm', 'dd/MM/yyyy'] });
    expect(byLabel.get('Lead Status')?.target).toEqual({ kind: 'field', field: 'stage' });
    expect(byLabel.get('Converted Date')).toMatchObject({ dateOnly: true, formats: ['dd/MM/yyyy HH:mm', 'dd/MM/yyyy'] });
  });

  it("gives a field the file maps a column of its own to that column alone: the preset's columns for it are ignored", async () => {
    const m = ok(`${HEAD}extends: hubspot\ncolumns:\n  Fecha MQL: mqlAt\n  Nombre completo: name\n  Became a Lead Date: ignore\n`);
    const target = (label: string) => m.columns.find((c) => c.column === label)?.target;
    expect(target('Fecha MQL')).toEqual({ kind: 'field', field: 'mqlAt' });
    expect(target('Became a Marketing Qualified Lead Date')).toEqual({ kind: 'ignore' });
    expect(target('Date entered "Marketing Qualified Lead (Lifecycle Stage Pipeline)"')).toEqual({ kind: 'ignore' });
    expect(target('First Name')).toEqual({ kind: 'ignore' });
    expect(target('Nombre completo')).toEqual({ kind: 'field', field: 'name' });
    // Fields the file does not map stay the preset's; its "ignore" takes nothing else away.
    expect(target('Create Date')).toEqual({ kind: 'field', field: 'createdAt' });
    expect(target('Record ID')).toEqual({ kind: 'field', field: 'id' });
    expect(m.columns.find((c) => c.column === 'Became a Marketing Qualified Lead Date')?.optional).toBe(true);

    // Read: the file's column gives the MQL date whatever the header's order, and the preset's is no attribute either.
    const csv = file(
      'override.csv',
      [
        'Record ID,Became a Marketing Qualified Lead Date,First Name,Fecha MQL,Nombre completo,Became a Lead Date',
        '1,2026-10-01 09:00,Ana,2026-10-05 10:00,Ana Puig,not a date',
        '2,2026-10-01 09:00,Bo,,Bo Li,',
        '',
      ].join('\n'),
    );
    const r = await readAll([csv], withDefaultTimeZone(m, 'UTC'));
    expect(r.leads.map((l) => [l.id, l.mqlAt === undefined ? undefined : new Date(l.mqlAt).toISOString(), l.name, l.attributes])).toEqual([
      ['1', '2026-10-05T10:00:00.000Z', 'Ana Puig', {}],
      ['2', undefined, 'Bo Li', {}],
    ]);
  });

  it('derives the thousands separator from the decimal one given', () => {
    expect(ok(`${HEAD}extends: hubspot\nnumbers: { decimal: "," }\n`).numbers).toEqual({ decimal: ',', thousands: '.' });
    expect(ok(`${HEAD}extends: hubspot\n`).numbers).toEqual({ decimal: '.', thousands: ',' });
    expect(problems(`${HEAD}numbers: { decimal: ",", thousands: "," }\ncolumns: { Ref: id }\n`)[0]).toMatch(/cannot also be the decimal separator/);
  });
});

describe('presets', () => {
  it('are valid mapping files themselves', () => {
    const { validate } = schemaValidator(MAPPING_SCHEMA);
    for (const name of PRESET_NAMES) expect(validate(PRESETS[name]) ? [] : validate.errors).toEqual([]);
  });

  it('take the contract zone only when they name none', () => {
    expect(withDefaultTimeZone(presetMapping('hubspot'), 'Europe/Madrid').timeZone).toBe('Europe/Madrid');
    const own = ok(`${HEAD}extends: hubspot\ntimeZone: America/New_York\n`);
    expect(withDefaultTimeZone(own, 'Europe/Madrid').timeZone).toBe('America/New_York');
  });

  it('map HubSpot lifecycle values to stage kinds', () => {
    const stage = presetMapping('hubspot').columns.find((c) => c.column === 'Lifecycle Stage');
    expect(stage?.values).toMatchObject({
      marketingqualifiedlead: 'mql',
      salesqualifiedlead: 'sql',
      customer: 'customer',
      evangelist: 'customer',
      subscriber: null,
      other: null,
    });
  });
});
