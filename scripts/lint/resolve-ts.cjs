// An import resolver for eslint-plugin-boundaries (the eslint-module-utils interface, v2):
// this project's TypeScript imports name the compiled file ('./x.js') as Node's ESM
// resolution wants, while the source is './x.ts'. Relative imports resolve to the .ts
// file; anything else (packages, node: built-ins) is left to the node resolver.
const { existsSync } = require('node:fs');
const { dirname, resolve } = require('node:path');

exports.interfaceVersion = 2;

exports.resolve = function resolveTs(source, file) {
  if (!source.startsWith('.')) return { found: false };
  const target = resolve(dirname(file), source);
  for (const candidate of [target.replace(/\.js$/, '.ts'), target, `${target}.ts`]) {
    if (existsSync(candidate)) return { found: true, path: candidate };
  }
  return { found: false };
};
