/**
 * The schema is the single source of truth for the contract language: the generated
 * TypeScript types must match it, and every property must say what it means (editors show
 * the descriptions on hover; the documents and error hints quote them).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain JavaScript module shared with scripts/gen-types.js
import { generateContractTypes } from '../../../scripts/lib/types.js';
import { REPO_ROOT } from '../../helpers/paths.js';

type Schema = Record<string, unknown>;
const schema = JSON.parse(readFileSync(join(REPO_ROOT, 'schema', 'contract.schema.json'), 'utf8')) as Schema;

describe('schema/contract.schema.json', () => {
  it('matches the committed generated types (run `npm run gen:types` after changing the schema)', async () => {
    const generated = await (generateContractTypes as (root: string) => Promise<string>)(REPO_ROOT);
    expect(readFileSync(join(REPO_ROOT, 'src', 'contract', 'types.generated.ts'), 'utf8')).toBe(generated);
  });

  it('describes every property', () => {
    const missing: string[] = [];
    const resolve = (s: Schema): Schema => {
      const ref = s['$ref'];
      if (typeof ref !== 'string') return s;
      const target = ref.replace('#/$defs/', '');
      return { ...((schema['$defs'] as Record<string, Schema>)[target] ?? {}), ...s };
    };
    const walk = (node: unknown, path: string): void => {
      if (Array.isArray(node)) return node.forEach((n, i) => walk(n, `${path}/${i}`));
      if (node === null || typeof node !== 'object') return;
      const obj = node as Schema;
      const props = obj['properties'] as Record<string, Schema> | undefined;
      if (props) {
        for (const [name, prop] of Object.entries(props)) {
          const described = typeof prop['description'] === 'string' || typeof resolve(prop)['description'] === 'string';
          if (!described) missing.push(`${path}/properties/${name}`);
        }
      }
      for (const [k, v] of Object.entries(obj)) if (k !== 'properties') walk(v, `${path}/${k}`);
      if (props) for (const [name, prop] of Object.entries(props)) walk(prop, `${path}/properties/${name}`);
    };
    walk(schema, '#');
    expect(missing).toEqual([]);
  });
});
