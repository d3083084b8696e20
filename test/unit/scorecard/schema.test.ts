/**
 * schema/scorecard.schema.json: every property says what it means (editors show the
 * descriptions on hover), and the example history in scorecards/ is valid against it and
 * against its contract.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSchema } from '../../../src/contract/schema.js';
import { parse } from 'yaml';
import { parseGradeFile, SCORECARD_SCHEMA } from '../../../src/scorecard/index.js';
import { REPO_ROOT } from '../../helpers/paths.js';
import { rulesOf } from './fixtures.js';

type Schema = Record<string, unknown>;
const schema = JSON.parse(readFileSync(join(REPO_ROOT, 'schema', SCORECARD_SCHEMA), 'utf8')) as Schema;

describe('schema/scorecard.schema.json', () => {
  it('is JSON Schema 2020-12 and describes every property', () => {
    expect(schema['$schema']).toBe('https://json-schema.org/draft/2020-12/schema');
    const defs = schema['$defs'] as Record<string, Schema>;
    const resolve = (s: Schema): Schema => (typeof s['$ref'] === 'string' ? { ...(defs[s['$ref'].replace('#/$defs/', '')] ?? {}), ...s } : s);
    const missing: string[] = [];
    const walk = (node: unknown, path: string): void => {
      if (Array.isArray(node)) return node.forEach((n, i) => walk(n, `${path}/${i}`));
      if (node === null || typeof node !== 'object') return;
      const obj = node as Schema;
      for (const [name, prop] of Object.entries((obj['properties'] ?? {}) as Record<string, Schema>)) {
        if (typeof resolve(prop)['description'] !== 'string') missing.push(`${path}/properties/${name}`);
      }
      for (const [k, v] of Object.entries(obj)) walk(v, `${path}/${k}`);
    };
    walk(schema, '#');
    expect(missing).toEqual([]);
  });

  const dir = join(REPO_ROOT, 'scorecards', 'b2b-saas');
  const rules = rulesOf(join(REPO_ROOT, 'contracts', 'b2b-saas.yaml'));
  it.each(readdirSync(dir).filter((f) => f.endsWith('.yaml')))('scorecards/b2b-saas/%s is valid, with no warning', (name) => {
    const text = readFileSync(join(dir, name), 'utf8');
    expect(checkSchema(parse(text), SCORECARD_SCHEMA)).toEqual([]);
    expect(parseGradeFile(`scorecards/b2b-saas/${name}`, text, rules).diagnostics).toEqual([]);
  });
});
