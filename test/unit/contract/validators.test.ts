/**
 * The schema validators are compiled ahead of time (src/contract/validators.generated.ts,
 * `npm run gen:validators`, issue 17). Two things could go wrong: the committed file could
 * lag behind schema/*.json, and ajv's standalone code could judge a document differently
 * from the run-time compile it replaced (the findings quote the failing schema, the data
 * and ajv-errors' inner errors, so all of that must survive). Both are checked here.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain JavaScript module shared with scripts/gen-validators.js
import * as lib from '../../../scripts/lib/validators.js';
import { explain, schemaValidator } from '../../../src/contract/schema.js';
import { mutate } from '../../helpers/mutations.js';
import { fixturePath, REPO_ROOT, validContractFiles, yamlFilesIn } from '../../helpers/paths.js';
import { mulberry32 } from '../../helpers/prng.js';

const { generateValidators, runtimeValidator, RUNTIME_SCHEMAS } = lib as {
  generateValidators: (root: string) => string;
  runtimeValidator: (root: string, name: string) => ValidateFunction;
  RUNTIME_SCHEMAS: Record<string, string>;
};

const GENERATED = join(REPO_ROOT, 'src', 'contract', 'validators.generated.ts');

describe('src/contract/validators.generated.ts', () => {
  it('matches a fresh generation from schema/ (run `npm run gen:validators` after changing a schema)', () => {
    const committed = readFileSync(GENERATED, 'utf8');
    const fresh = generateValidators(REPO_ROOT);
    if (committed === fresh) return;
    // Not toBe: the diff of two half-megabyte texts would bury the message.
    const freshLines = fresh.split('\n');
    const line = committed.split('\n').findIndex((text, i) => text !== freshLines[i]) + 1;
    expect.fail(`src/contract/validators.generated.ts is stale from line ${line}: run \`npm run gen:validators\``);
  });

  it('serves every schema the sources validate against', () => {
    expect(Object.keys(RUNTIME_SCHEMAS).sort()).toEqual(['contract.schema.json', 'mapping.schema.json', 'scorecard.schema.json']);
    for (const name of Object.keys(RUNTIME_SCHEMAS)) expect(typeof schemaValidator(name).validate).toBe('function');
    expect(() => schemaValidator('rules.schema.json')).toThrow(/no generated validator for schema\/rules\.schema\.json/);
  });
});

// ── the documents both validators judge ─────────────────────────────────────────────

const SEED = 0x17a0;
const MUTANTS_PER_SOURCE = 40;

/** A YAML text as the value the checker validates; undefined when it does not parse. */
function load(text: string): unknown {
  try {
    return parse(text, { uniqueKeys: false, maxAliasCount: 100, logLevel: 'silent' }) as unknown;
  } catch {
    return undefined;
  }
}

/** Each text itself and seeded random edits of it. */
function withMutants(texts: readonly string[], seed: number): unknown[] {
  const rng = mulberry32(seed);
  const out: unknown[] = [];
  for (const text of texts) {
    out.push(load(text));
    for (let i = 0; i < MUTANTS_PER_SOURCE; i++) out.push(load(mutate(text, rng).text));
  }
  return out.filter((doc) => doc !== undefined);
}

const read = (path: string) => readFileSync(path, 'utf8');
const minimal = read(fixturePath('valid', 'minimal.yaml'));
const mappingText = read(fixturePath('exports', 'acme.mapping.yaml'));
const cardText = read(fixturePath('scorecards', 'valid', '2026-H1.yaml'));
const cardDirs = readdirSync(fixturePath('scorecards', 'invalid')).map((d) => fixturePath('scorecards', 'invalid', d));

/** Edits aimed at keywords random edits rarely reach: discriminators, formats, lengths counted in characters. */
const CONTRACT_EDITS: string[] = [
  minimal.replace(/effective: .*/, 'effective: 2026-02-30'),
  minimal.replace(/effective: .*/, 'effective: 30/01/2026'),
  minimal.replace(/apiVersion: .*/, 'apiVersion: revpact/v2'),
  `${minimal}\ncommitments:\n  - { id: c1, team: marketing, metric: mqls, goal: 10, per: month }\n`,
  `${minimal}\ncommitments:\n  - { id: c1, kind: volume, team: marketing, goal: 10 }\n`,
  `${minimal}\ncommitments:\n  - { id: c1, kind: volumme, team: marketing }\n`,
  `${minimal}\ncommitments:\n  - 12\n`,
  minimal.replace(/name: .*/, `name: "${'\u{1f600}'.repeat(70)}"`),
  minimal.replace(/name: .*/, `name: "${'a'.repeat(300)}"`),
  `${minimal}\ntargets:\n  revenue: -5\n`,
];

const MAPPING_EDITS: string[] = [
  'apiVersion: revpact/v1\nkind: mapping\ncolumns:\n  Ref: id\nunmaped: ignore\n',
  'apiVersion: revpact/v1\nkind: mapping\ncolumns:\n  Ref: idd\n  Stage: { field: stagee }\n',
  'apiVersion: revpact/v1\nkind: mapping\ncolumns:\n  Ref: 12\n  Stage: { field: stage, values: [a, b] }\n',
  'apiVersion: revpact/v1\nkind: mapping\ncolumns:\n  Ref: id\n  Co: { attribute: "", type: texte }\n',
  'apiVersion: revpact/v2\nkind: mappin\n',
  'kind: mapping\ncolumns: []\ndates: { format: 12 }\n',
  'apiVersion: revpact/v1\nkind: mapping\ncolumns:\n  "": id\n',
];

const CARD_EDITS: string[] = [cardText.replace(/date: .*/, 'date: 2026-13-45'), cardText.replace(/date: .*/, 'date: yesterday'), `${cardText}\nextra: 1\n`];

const CORPUS: Record<string, unknown[]> = {
  'contract.schema.json': [
    ...withMutants([...validContractFiles().map(read), ...CONTRACT_EDITS], SEED),
    ...yamlFilesIn(fixturePath('invalid')).map((p) => load(read(p))),
    null,
    [],
    'text',
  ].filter((d) => d !== undefined),
  'mapping.schema.json': [...withMutants([mappingText, ...MAPPING_EDITS], SEED + 1), null, 42],
  'scorecard.schema.json': [...withMutants([cardText, ...CARD_EDITS, ...cardDirs.flatMap((d) => yamlFilesIn(d).map(read))], SEED + 2), {}],
};

/** The keywords the corpus must make each schema fail on, so that the comparison below covers them. */
const MUST_EXERCISE: Record<string, string[]> = {
  'contract.schema.json': [
    'additionalProperties',
    'required',
    'type',
    'enum',
    'const',
    'pattern',
    'format',
    'errorMessage',
    'discriminator',
    'anyOf',
    'minItems',
    'maxLength',
    'minimum',
  ],
  'mapping.schema.json': ['additionalProperties', 'required', 'type', 'enum', 'const', 'errorMessage', 'if', 'propertyNames', 'minLength'],
  'scorecard.schema.json': ['additionalProperties', 'required', 'type', 'errorMessage', 'pattern'],
};

function judge(validate: ValidateFunction, doc: unknown): { valid: boolean; errors: ErrorObject[] } {
  const valid = validate(doc);
  return { valid, errors: [...(validate.errors ?? [])] };
}

/** Every keyword among the errors, ajv-errors' inner ones included. */
function keywords(errors: readonly ErrorObject[], into: Set<string>): void {
  for (const e of errors) {
    into.add(e.keyword);
    const inner = (e.params as { errors?: ErrorObject[] }).errors;
    if (Array.isArray(inner)) keywords(inner, into);
  }
}

describe.each(Object.keys(CORPUS))('the generated validator of %s', (name) => {
  const generated = schemaValidator(name);
  const runtime = runtimeValidator(REPO_ROOT, name);
  const docs = CORPUS[name] ?? [];

  it('gives exactly the errors a run-time compile gives, schema, data and inner errors included, and the same findings', () => {
    const seen = new Set<string>();
    let invalid = 0;
    docs.forEach((doc, index) => {
      const ahead = judge(generated.validate, doc);
      const now = judge(runtime, doc);
      const where = `${name}, document ${index}: ${JSON.stringify(doc)?.slice(0, 400)}`;
      expect(ahead.valid, where).toBe(now.valid);
      // toStrictEqual: the same properties (verbose's schema, parentSchema, data; ajv-errors' params.errors) in the same order.
      expect(ahead.errors, where).toStrictEqual(now.errors);
      expect(explain(ahead.errors, generated.root), where).toEqual(explain(now.errors, generated.root));
      if (!now.valid) invalid++;
      keywords(now.errors, seen);
    });
    // The comparison means something only if the documents fail, and in many ways.
    expect(invalid).toBeGreaterThan(docs.length / 3);
    for (const keyword of MUST_EXERCISE[name] ?? []) expect([...seen], `${name}: no document fails on ${keyword}`).toContain(keyword);
  });
});
