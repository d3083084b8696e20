// Shared by scripts/gen-validators.js and the tests (issue 17, start-up speed).
//
// revpact checks contracts, mappings and report-card files against schema/*.json with
// ajv. Compiling those schemas took about 140 ms of every command's start, so they are
// compiled here, ahead of time, into one module of plain functions (ajv's "standalone
// code"), src/contract/validators.generated.ts, which is committed. At run time nothing is
// compiled and ajv itself is not loaded: the generated code needs only ajv's tiny
// ucs2length helper and the date check of ajv-formats. ajv-errors is used only here, so
// it is a development dependency.
//
// The options below are the ones src/contract/schema.ts used to compile with at run time;
// `runtimeValidator` compiles the same way, so a test can hold the generated functions to
// exactly the errors a run-time compile gives.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const { Ajv2020 } = require('ajv/dist/2020.js');
const { _ } = require('ajv');
const standaloneCode = require('ajv/dist/standalone').default;
const addFormats = require('ajv-formats');
const ajvErrors = require('ajv-errors');

/** The schemas read at run time, and the name each validator is exported under. */
export const RUNTIME_SCHEMAS = {
  'contract.schema.json': 'contract',
  'mapping.schema.json': 'mapping',
  'scorecard.schema.json': 'scorecard',
};

const TARGET = 'src/contract/validators.generated.ts';

/**
 * An Ajv set up as revpact validates: every error (allErrors), each carrying the schema
 * and the data it is about (verbose: the findings quote both), ajv-errors' friendly
 * messages, OpenAPI-style discriminators, and four formats.
 * @param {boolean} standalone keep each function's source, as an ES module
 */
function newAjv(standalone) {
  const ajv = new Ajv2020({
    allErrors: true,
    verbose: true,
    strict: true,
    strictRequired: false,
    discriminator: true,
    allowUnionTypes: true,
    // The generated module imports `fullFormats` from ajv-formats, so a format that is a
    // function (date) is referred to, not inlined; formats that are regular expressions
    // are written out as literals. One statement a line keeps the file's diffs readable.
    ...(standalone ? { code: { source: true, esm: true, lines: true, formats: _`fullFormats` } } : {}),
  });
  addFormats(ajv, ['date', 'date-time', 'uri', 'email']);
  ajvErrors(ajv);
  return ajv;
}

function readSchema(root, name) {
  return JSON.parse(readFileSync(join(root, 'schema', name), 'utf8'));
}

/**
 * A validator compiled now, as revpact did before the generated module: for tests that
 * compare the two.
 * @param {string} root the package root
 * @param {string} name a file of schema/
 */
export function runtimeValidator(root, name) {
  return newAjv(false).compile(readSchema(root, name));
}

/**
 * ajv writes its run-time helpers as CommonJS `require("ajv/dist/runtime/x").default`,
 * even for an ES module. Each becomes an import; Node hands an ES module a CommonJS
 * module's `module.exports` as the default, while a bundler may hand it `exports.default`
 * (the function itself), so the generated code accepts either.
 */
function importsForRequires(code) {
  const imports = [];
  const locals = new Map();
  const body = code.replace(/require\("ajv\/dist\/runtime\/([a-z0-9_]+)"\)\.default/g, (_match, name) => {
    let local = locals.get(name);
    if (!local) {
      local = `ajvRuntime_${name}`;
      locals.set(name, local);
      imports.push(`import ${local}Module from 'ajv/dist/runtime/${name}.js';`);
      imports.push(`const ${local} = typeof ${local}Module === 'function' ? ${local}Module : ${local}Module.default;`);
    }
    return local;
  });
  const left = body.match(/require\([^)]*\)/);
  if (left)
    throw new Error(`ajv's standalone code requires ${left[0]}, which ${TARGET} cannot import yet: add it to importsForRequires in scripts/lib/validators.js`);
  return { imports, body };
}

/**
 * The text of src/contract/validators.generated.ts.
 * @param {string} root the package root
 */
export function generateValidators(root) {
  const ajv = newAjv(true);
  const refs = {};
  for (const [file, exportName] of Object.entries(RUNTIME_SCHEMAS)) {
    const schema = readSchema(root, file);
    ajv.addSchema(schema);
    refs[exportName] = schema.$id;
  }
  const code = standaloneCode(ajv, refs).replace(/^"use strict";/, '');
  const { imports, body } = importsForRequires(code);
  const table = Object.entries(RUNTIME_SCHEMAS)
    .map(([file, exportName]) => `  '${file}': ${exportName},`)
    .join('\n');
  return [
    '// @ts-nocheck -- ajv writes plain JavaScript; the table at the end gives it its type.',
    `/* Generated from schema/{${Object.keys(RUNTIME_SCHEMAS).join(',')}} by scripts/gen-validators.js (ajv standalone code). Do not edit: run \`npm run gen:validators\`. */`,
    "import type { ValidateFunction } from 'ajv';",
    "import { fullFormats } from 'ajv-formats/dist/formats.js';",
    ...imports,
    body,
    '',
    '/** The compiled validator of each schema file of schema/ read at run time. */',
    'export const VALIDATORS: Readonly<Record<string, ValidateFunction>> = {',
    table,
    '};',
    '',
  ].join('\n');
}
