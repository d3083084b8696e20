// Shared by scripts/gen-types.js and the drift test.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compile } from 'json-schema-to-typescript';

/**
 * The schema carries things for editors and error messages that would make the
 * TypeScript worse: descriptions beside a $ref (one named type per use instead of one
 * shared type) and the `x-` extension pattern (an index signature that swallows every
 * typo). They are stripped for type generation only.
 */
function forTypes(node) {
  if (Array.isArray(node)) return node.map(forTypes);
  if (node === null || typeof node !== 'object') return node;
  if (typeof node.$ref === 'string') return { $ref: node.$ref };
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'patternProperties' || key === 'errorMessage' || key === 'discriminator') continue;
    out[key] = forTypes(value);
  }
  return out;
}

/** @param {string} root the package root */
export async function generateContractTypes(root) {
  const schema = JSON.parse(readFileSync(join(root, 'schema/contract.schema.json'), 'utf8'));
  return compile(forTypes(schema), 'Contract', {
    bannerComment: '/* Generated from schema/contract.schema.json by scripts/gen-types.js. Do not edit: run `npm run gen:types`. */',
    additionalProperties: false,
    unreachableDefinitions: false,
    strictIndexSignatures: true,
    format: true,
    style: { singleQuote: true, printWidth: 120 },
    cwd: join(root, 'schema'),
  });
}
