/**
 * Shape checks against schema/contract.schema.json (and the mapping and report-card
 * schemas). ajv's raw errors are turned into findings a person can act on: one per
 * problem, at the right pointer, with a "did you mean" where a typo is likely.
 *
 * The validators are compiled ahead of time (validators.generated.ts, written by
 * `npm run gen:validators` from schema/*.json; a test fails when it is stale): compiling
 * them at start-up cost every command about 140 ms (issue 17), and ajv itself is not
 * loaded at run time.
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import { readJsonAsset } from '../shared/assets.js';
import { type Finding } from './diagnostics.js';
import { didYouMean, quoteList, quoteValue } from './suggest.js';
import { VALIDATORS } from './validators.generated.js';

type JsonSchema = Record<string, unknown>;

const validators = new Map<string, { validate: ValidateFunction; root: JsonSchema }>();

/** The validator of a schema from schema/ and the schema itself (explain resolves its $refs). */
export function schemaValidator(name: string): { validate: ValidateFunction; root: JsonSchema } {
  let entry = validators.get(name);
  if (!entry) {
    const validate = VALIDATORS[name];
    // A programming error: every schema read at run time is listed in scripts/lib/validators.js.
    if (!validate) throw new Error(`revpact: no generated validator for schema/${name}; add it to RUNTIME_SCHEMAS in scripts/lib/validators.js`);
    entry = { validate, root: readJsonAsset('schema', name) as JsonSchema };
    validators.set(name, entry);
  }
  return entry;
}

export function checkSchema(value: unknown, schemaName = 'contract.schema.json'): Finding[] {
  const { validate, root } = schemaValidator(schemaName);
  if (validate(value)) return [];
  return explain(validate.errors ?? [], root);
}

/** Turns ajv's errors into findings: combinator noise removed, duplicates merged. */
export function explain(errors: readonly ErrorObject[], root: JsonSchema): Finding[] {
  const kept = pruneCombinators(errors);
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const e of kept) {
    const f = toFinding(e, root);
    if (!f) continue;
    const key = `${f.code}\u0000${f.pointer}\u0000${f.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(f);
  }
  return out;
}

/**
 * For `anyOf` (e.g. a stop event that may be one id or a list), ajv reports every failed
 * branch before the combinator's own error. When the data reached inside one branch
 * (errors deeper than the combinator), those deeper errors say what is wrong; otherwise
 * a format error beats a type error; otherwise one error names the accepted forms.
 */
function pruneCombinators(errors: readonly ErrorObject[]): ErrorObject[] {
  const drop = new Set<ErrorObject>();
  const claimed = new Set<ErrorObject>();
  errors.forEach((c, index) => {
    if (c.keyword !== 'anyOf' && c.keyword !== 'oneOf') return;
    const inside = errors
      .slice(0, index)
      .filter((e) => !claimed.has(e) && (e.instancePath === c.instancePath || e.instancePath.startsWith(c.instancePath + '/')));
    for (const e of inside) claimed.add(e);
    const deeper = inside.filter((e) => e.instancePath !== c.instancePath);
    const shaped = inside.filter((e) => e.keyword !== 'type');
    const keep = deeper.length > 0 ? deeper : shaped;
    if (keep.length === 0) return; // only type misses: the combinator's own error stays
    for (const e of inside) if (!keep.includes(e)) drop.add(e);
    drop.add(c);
  });
  return errors.filter((e) => !drop.has(e));
}

function toFinding(e: ErrorObject, root: JsonSchema): Finding | undefined {
  const at = e.instancePath;
  const params = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'additionalProperties': {
      const prop = String(params['additionalProperty']);
      const allowed = Object.keys(propertiesOf(e.parentSchema, root));
      const pointer = `${at}/${escape(prop)}`;
      // Only where the schema keeps them (the top level, metadata) may a key start with "x-".
      const extensible = Object.hasOwn(resolve(e.parentSchema, root)['patternProperties'] ?? {}, '^x-');
      if (prop.startsWith('x-') && !extensible)
        return {
          code: 'unknown-field',
          pointer,
          atKey: true,
          message: `"${prop}" is not allowed here: extensions (keys starting with "x-") are kept at the top level and in metadata only`,
          suggest: 'move it to the top level or under metadata',
        };
      if (prop === '<<')
        return {
          code: 'unknown-field',
          pointer,
          atKey: true,
          message: 'YAML merge keys (<<) are not read: the keys they would bring in are missing here',
          suggest: 'write the keys out in full; an alias of a whole value (*name) does work',
        };
      // An empty key ("": in quotes) is near every short word; no guess is a good one.
      const guess = prop === '' ? undefined : didYouMean(prop, allowed);
      return {
        code: 'unknown-field',
        pointer,
        atKey: true,
        message: `"${prop}" is not allowed here` + (guess ? `; did you mean "${guess}"?` : ''),
        suggest: guess ? undefined : allowed.length > 0 ? `allowed here: ${allowed.join(', ')}${extensible ? '; extensions start with "x-"' : ''}` : undefined,
      };
    }
    case 'required': {
      const prop = String(params['missingProperty']);
      const propSchema = resolve(propertiesOf(e.parentSchema, root)[prop], root);
      const allowed = Array.isArray(propSchema['enum']) ? (propSchema['enum'] as unknown[]).map(String) : undefined;
      const desc = typeof propSchema['description'] === 'string' ? propSchema['description'] : undefined;
      return {
        code: 'missing-field',
        pointer: at,
        atKey: true,
        message: `"${prop}" is required ${at === '' ? 'at the top level' : `in ${where(at)}`}`,
        suggest: allowed ? `add ${prop}: one of ${allowed.join(', ')}` : desc ? `add ${prop} (${desc.replace(/\.$/, '')})` : `add ${prop}`,
      };
    }
    case 'type': {
      const expected = String(params['type']).split(',').map(article).join(' or ');
      // 1e400 or .inf: YAML reads them as infinity, which is a number to YAML and none to the schema.
      if (typeof e.data === 'number' && !Number.isFinite(e.data))
        return {
          code: 'invalid-type',
          pointer: at,
          message: Number.isNaN(e.data)
            ? 'expected a number, found .nan (not a number)'
            : `expected ${expected}, found a number too large to be read (${e.data > 0 ? '' : '-'}infinity)`,
          suggest: 'write the amount in plain digits, e.g. 1200000',
        };
      // The whole file is no mapping (a list, a number, null): say what the file should be.
      if (at === '') return { code: 'invalid-type', pointer: at, message: `expected ${expected}, found ${kindOf(e.data)}`, suggest: topLevelHint(root) };
      // An owner id 12345, a code 0034 or `no`: YAML read the plain value as a number or true/false.
      if (expected === 'text' && (typeof e.data === 'number' || typeof e.data === 'boolean'))
        return {
          code: 'invalid-type',
          pointer: at,
          message: `expected ${expected}, found ${kindOf(e.data)}`,
          suggest: `put the value in quotes as it should read, e.g. "${String(e.data)}": without them YAML reads it as a ${typeof e.data === 'number' ? 'number' : 'true/false value'}`,
        };
      return { code: 'invalid-type', pointer: at, message: `expected ${expected}, found ${kindOf(e.data)}` };
    }
    case 'enum': {
      const allowed = (params['allowedValues'] as unknown[]) ?? [];
      const guess = typeof e.data === 'string' ? didYouMean(e.data, allowed.map(String)) : undefined;
      return {
        code: 'invalid-value',
        pointer: at,
        message: `${quoteValue(e.data)} is not one of ${quoteList(allowed)}` + (guess ? `; did you mean "${guess}"?` : ''),
      };
    }
    case 'const':
      return { code: 'invalid-value', pointer: at, message: `must be ${JSON.stringify(params['allowedValue'])}` };
    case 'discriminator': {
      const tag = String(params['tag']);
      const kinds = discriminatorValues(e.parentSchema);
      const value = (e.data as Record<string, unknown> | null)?.[tag];
      if (value === undefined) {
        return {
          code: 'missing-field',
          pointer: at,
          atKey: true,
          message: `"${tag}" is required in ${where(at)}`,
          suggest: `add ${tag}: one of ${kinds.join(', ')}`,
        };
      }
      const guess = typeof value === 'string' ? didYouMean(value, kinds) : undefined;
      return {
        code: 'invalid-value',
        pointer: `${at}/${tag}`,
        message: `${quoteValue(value)} is not one of ${quoteList(kinds)}` + (guess ? `; did you mean "${guess}"?` : ''),
      };
    }
    case 'errorMessage': {
      const inner = (params['errors'] as ErrorObject[] | undefined) ?? [];
      const keywords = new Set(inner.map((i) => i.keyword));
      const code = keywords.has('type') && !keywords.has('pattern') && !keywords.has('format') && !keywords.has('anyOf') ? 'invalid-type' : 'invalid-format';
      // "2026-02-30" has the form of a date; say what is really wrong with it.
      if (keywords.has('format') && typeof e.data === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(e.data)) {
        return { code, pointer: at, message: `"${e.data}" is not a calendar date`, suggest: 'check the day and the month' };
      }
      // A text of spaces only ($defs/text): it would print as nothing, and a name of spaces matches no owner.
      if (typeof e.data === 'string' && e.data.trim() === '' && keywords.has('pattern'))
        return { code, pointer: at, message: `${quoteValue(e.data)} ${e.message ?? 'is invalid'}`, suggest: 'write the text, or remove the key' };
      return { code, pointer: at, message: `${quoteValue(e.data)} ${e.message ?? 'is invalid'}` };
    }
    case 'pattern':
    case 'format':
      return { code: 'invalid-format', pointer: at, message: `${quoteValue(e.data)} ${e.message ?? 'has the wrong form'}` };
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
    case 'minItems':
    case 'maxItems':
    case 'minLength':
    case 'maxLength':
    case 'minProperties':
      return { code: 'invalid-range', pointer: at, message: rangeMessage(e), ...rangeHint(e) };
    case 'anyOf':
    case 'oneOf':
      return { code: 'invalid-type', pointer: at, message: `expected ${branchTypes(e.parentSchema, root)}, found ${kindOf(e.data)}` };
    default:
      return { code: 'invalid-value', pointer: at, message: e.message ?? 'is invalid' };
  }
}

function rangeMessage(e: ErrorObject): string {
  const p = e.params as Record<string, unknown>;
  const limit = String(p['limit']);
  switch (e.keyword) {
    case 'minimum':
      return `must be at least ${limit}`;
    case 'maximum':
      return `must be at most ${limit}`;
    case 'exclusiveMinimum':
      return `must be greater than ${limit}`;
    case 'exclusiveMaximum':
      return `must be less than ${limit}`;
    case 'minItems':
      return `needs at least ${limit} item${limit === '1' ? '' : 's'}`;
    case 'maxItems':
      return `allows at most ${limit} items`;
    case 'minLength':
      return limit === '1' ? 'must not be empty' : `must be at least ${limit} characters long`;
    case 'maxLength':
      return `must be at most ${limit} characters long`;
    default:
      return `needs at least ${limit} entr${limit === '1' ? 'y' : 'ies'}`;
  }
}

/** What a file of this schema is, for one that is a list, a scalar or null: its first keys, as in the README's examples. */
function topLevelHint(root: JsonSchema): string {
  const props = (root['properties'] ?? {}) as Record<string, JsonSchema>;
  const api = props['apiVersion']?.['const'];
  const kind = props['kind']?.['const'];
  const first = [typeof api === 'string' ? `apiVersion: ${api}` : '', typeof kind === 'string' ? `kind: ${kind}` : ''].filter((x) => x !== '');
  const what = typeof root['title'] === 'string' ? root['title'].replace(/^revpact /, 'a ') : 'this file';
  const start = kind === undefined && api === 'revpact/v1' ? '; `revpact init` writes one to start from' : '';
  return `${what} is a mapping of keys${first.length > 0 ? ` that starts with ${first.map((f) => `"${f}"`).join(' and ')}` : ''}${start}`;
}

/** How to bring a value within its bounds. */
function rangeHint(e: ErrorObject): { suggest?: string } {
  const limit = Number((e.params as Record<string, unknown>)['limit']);
  const parent = (e.parentSchema ?? {}) as JsonSchema;
  const bound = (k: string) => (typeof parent[k] === 'number' ? parent[k] : undefined);
  switch (e.keyword) {
    case 'maxLength': {
      const has = typeof e.data === 'string' ? `: it has ${[...e.data].length}` : '';
      return {
        suggest: `shorten it to ${limit} characters or fewer${has}${limit >= 1000 ? '; a longer text can live in a document the contract links to' : ''}`,
      };
    }
    case 'minLength':
      return { suggest: limit === 1 ? 'write the text, or remove the key' : `write at least ${limit} characters` };
    case 'minimum':
    case 'maximum': {
      const [lo, hi] = [bound('minimum'), bound('maximum')];
      return {
        suggest:
          lo !== undefined && hi !== undefined ? `use a number from ${lo} to ${hi}` : lo !== undefined ? `use ${lo} or more` : `use ${hi ?? limit} or less`,
      };
    }
    case 'minItems':
      return { suggest: `list at least ${limit}` };
    case 'maxItems':
      return { suggest: `keep ${limit} at most` };
    default:
      return {};
  }
}

function resolve(schema: unknown, root: JsonSchema): JsonSchema {
  let s = (schema ?? {}) as JsonSchema;
  for (let i = 0; i < 8 && typeof s['$ref'] === 'string'; i++) {
    const ref = s['$ref'];
    const path = ref.replace(/^#\//, '').split('/');
    let next: unknown = root;
    for (const p of path) next = (next as JsonSchema | undefined)?.[p];
    s = { ...((next ?? {}) as JsonSchema), ...Object.fromEntries(Object.entries(s).filter(([k]) => k !== '$ref')) };
  }
  return s;
}

function propertiesOf(schema: unknown, root: JsonSchema): Record<string, unknown> {
  const s = resolve(schema, root);
  return (s['properties'] ?? {}) as Record<string, unknown>;
}

function branchTypes(schema: unknown, root: JsonSchema): string {
  const s = resolve(schema, root);
  const branches = ((s['anyOf'] ?? s['oneOf']) as unknown[] | undefined) ?? [];
  const types = new Set<string>();
  for (const b of branches) {
    const t = resolve(b, root)['type'];
    for (const one of Array.isArray(t) ? t : [t]) if (typeof one === 'string') types.add(article(one));
  }
  return types.size > 0 ? [...types].join(' or ') : 'another form';
}

function discriminatorValues(schema: unknown): string[] {
  const s = (schema ?? {}) as JsonSchema;
  const tag = ((s['discriminator'] as JsonSchema | undefined)?.['propertyName'] as string | undefined) ?? 'kind';
  const branches = (s['oneOf'] as JsonSchema[] | undefined) ?? [];
  return branches
    .map((b) => ((b['properties'] as JsonSchema | undefined)?.[tag] as JsonSchema | undefined)?.['const'])
    .filter((v): v is string => typeof v === 'string');
}

function kindOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'a list';
  switch (typeof v) {
    case 'string':
      return `the text ${quoteValue(v)}`;
    case 'number':
      return `the number ${v}`;
    case 'boolean':
      return `${v}`;
    case 'object':
      return 'a mapping';
    default:
      return typeof v;
  }
}

function article(type: string): string {
  switch (type) {
    case 'object':
      return 'a mapping';
    case 'array':
      return 'a list';
    case 'string':
      return 'text';
    case 'integer':
      return 'a whole number';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'true or false';
    default:
      return type;
  }
}

/** A pointer as a reader writes a path: /commitments/1/goal → commitments[1].goal. */
export function where(pointer: string): string {
  return (
    pointer
      .slice(1)
      .split('/')
      .reduce((acc, seg) => (/^\d+$/.test(seg) ? `${acc}[${seg}]` : acc ? `${acc}.${seg}` : seg), '') || 'the document'
  );
}

function escape(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}
