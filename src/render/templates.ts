/**
 * The file-system edge of the documents: reads the Handlebars templates, partials and
 * locale files shipped in templates/ and, with `--templates DIR`, lays a team's own
 * files over them by the same relative path (a team brands its documents by overriding
 * one partial or one sentence, not by forking the lot). Rendering itself is pure and
 * lives in documents.ts.
 *
 *   templates/docs/*.hbs        documents, keyed "docs/agreement.md.hbs"
 *   templates/partials/*.hbs    partials, keyed by file name without .hbs ("md-slas")
 *   templates/locales/*.json    fixed text per locale; an override file is merged key by
 *                               key over the shipped one, so it may hold a single string
 */
import { isUtf8 } from 'node:buffer';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { didYouMean } from '../shared/suggest.js';
import { lookup } from './messages.js';
import { assetPath, embeddedAssets } from '../shared/assets.js';
import { firstInvalidUtf8, positionOfByte } from '../shared/utf8.js';

/** Locale messages: nested objects whose leaves are strings with `{name}` placeholders. */
export interface Messages {
  [key: string]: string | Messages;
}

export interface TemplateSet {
  /** Template sources outside partials/ and locales/, by path relative to templates/ ("docs/agreement.md.hbs"). */
  templates: Record<string, string>;
  /** Partial sources by name: the path under partials/ without ".hbs" ("md-slas"). */
  partials: Record<string, string>;
  /** Messages by locale code ("en", "es", ...), overrides merged in. */
  locales: Record<string, Messages>;
  /**
   * The files a team's `--templates` folder supplied, by key ("docs/agreement.md.hbs",
   * "partials/md-slas.hbs", "locales/es.json") → their path: a mistake in one of them is
   * the team's to fix and is reported at that path, not as a revpact bug.
   */
  overrides: Record<string, string>;
}

/** A template folder that cannot be used; the CLI reports it as a usage error. */
export class TemplatesError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
  ) {
    super(message);
    this.name = 'TemplatesError';
  }
}

let shipped: TemplateSet | undefined;

/** The shipped templates (read once per process, frozen), with `overrideDir` (if any) laid over them. */
export function loadTemplates(overrideDir?: string): TemplateSet {
  const set = (shipped ??= freeze(readShipped()));
  if (overrideDir === undefined) return set;
  if (!existsSync(overrideDir) || !statSync(overrideDir).isDirectory()) {
    throw new TemplatesError(
      `--templates ${overrideDir}: not a directory`,
      'point --templates at a folder laid out like templates/ (docs/, partials/, locales/)',
    );
  }
  const override = readTemplateDir(overrideDir);
  // A template revpact has no use for overrides nothing: a mistyped folder (doc/ for docs/) was silently ignored.
  const stray = Object.keys(override.templates).find((rel) => !Object.hasOwn(set.templates, rel));
  if (stray !== undefined) {
    const name = stray.slice(stray.lastIndexOf('/') + 1);
    const meant = Object.keys(set.templates).find((rel) => rel.slice(rel.lastIndexOf('/') + 1) === name);
    throw new TemplatesError(
      `--templates ${overrideDir}: ${stray} overrides no template revpact renders${meant ? `; did you mean ${meant}?` : ''}`,
      `lay the folder out like templates/: ${Object.keys(set.templates).slice(0, 6).join(', ')}${Object.keys(set.templates).length > 6 ? ', …' : ''} (partials/ and locales/ may add new ones)`,
    );
  }
  checkLocaleOverrides(set, override);
  return {
    templates: sortKeys({ ...set.templates, ...override.templates }),
    partials: sortKeys({ ...set.partials, ...override.partials }),
    locales: sortKeys(mergeLocales(set.locales, override.locales)),
    overrides: override.overrides,
  };
}

/**
 * A team's locale file changes texts revpact renders, so it must name them as revpact does.
 * Said before anything renders: a locale revpact does not render (locales/fr.json was
 * ignored), a key no template reads (a typo such as statusValue.actve had no effect), a
 * placeholder the text is not given (which failed as "internal error" in a shipped
 * partial), a plural where revpact has one text. A key that the team's own templates read
 * is theirs to add.
 */
function checkLocaleOverrides(set: TemplateSet, override: TemplateSet): void {
  const own = [...Object.values(override.templates), ...Object.values(override.partials)].join('\n');
  for (const [locale, messages] of Object.entries(override.locales)) {
    const file = override.overrides[`locales/${locale}.json`] ?? `locales/${locale}.json`;
    const base = set.locales[locale];
    if (!base)
      throw new TemplatesError(
        `${file}: revpact renders no locale "${locale}" (it renders ${Object.keys(set.locales).join(', ')})`,
        `name the file after the locale whose texts it changes, e.g. locales/es.json`,
      );
    const walk = (node: Messages, path: string[]) => {
      for (const [key, value] of Object.entries(node)) {
        const at = [...path, key];
        const dotted = at.join('.');
        const shippedNode = lookup(base, dotted) ?? lookup(set.locales['en'], dotted);
        if (shippedNode === undefined) {
          if (typeof value === 'object') walk(value, at);
          else if (!own.includes(`"${dotted}"`) && !own.includes(`'${dotted}'`)) {
            const parent = path.length === 0 ? base : lookup(base, path.join('.'));
            const guess = didYouMean(key, typeof parent === 'object' ? Object.keys(parent) : []);
            throw new TemplatesError(
              `${file}: "${dotted}" is a text no template reads${guess ? `; did you mean "${[...path, guess].join('.')}"?` : ''}`,
              'use the keys of the shipped templates/locales files; a key of your own must be read by one of your templates ({{t "key"}})',
            );
          }
          continue;
        }
        if (typeof value === 'object') {
          if (typeof shippedNode === 'string')
            throw new TemplatesError(`${file}: "${dotted}" is one text in revpact, not a set of plural forms`, `write "${dotted}" as a single string`);
          if (!isPlural(shippedNode)) {
            walk(value, at);
            continue;
          }
          // A form that is no plural category was never picked ("on" for "one"); a form that is not a string failed at render time as an internal error.
          for (const [form, text] of Object.entries(value)) {
            const guess = PLURAL_FORMS.has(form) ? undefined : didYouMean(form, [...PLURAL_FORMS]);
            if (!PLURAL_FORMS.has(form))
              throw new TemplatesError(
                `${file}: "${dotted}.${form}" is not a plural form${guess ? `; did you mean "${dotted}.${guess}"?` : ''}`,
                `the forms of "${dotted}" are ${Object.keys(shippedNode).join(', ')} (CLDR plural categories: ${[...PLURAL_FORMS].join(', ')})`,
              );
            if (typeof text !== 'string')
              throw new TemplatesError(`${file}: "${dotted}.${form}" must be a text, not a group of texts`, `write "${dotted}.${form}" as a single string`);
          }
        } else if (typeof shippedNode === 'object' && !isPlural(shippedNode)) {
          // One string for a group of texts took every text under it away: each one failed at render time as an internal error.
          throw new TemplatesError(
            `${file}: "${dotted}" is a group of texts in revpact, not one text`,
            `write the texts under it one by one, e.g. {"${key}": {"${Object.keys(shippedNode)[0] ?? ''}": "…"}}`,
          );
        }
        const allowed = new Set(placeholders(shippedNode));
        for (const name of placeholders(value))
          if (!allowed.has(name))
            throw new TemplatesError(
              `${file}: "${dotted}" uses {${name}}, which revpact does not give this text`,
              allowed.size === 0 ? 'this text takes no placeholders' : `it may use ${[...allowed].map((a) => `{${a}}`).join(', ')}`,
            );
      }
    };
    walk(messages, []);
  }
}

const PLURAL_FORMS = new Set(['zero', 'one', 'two', 'few', 'many', 'other']);

function isPlural(node: Messages): boolean {
  const keys = Object.keys(node);
  return keys.length > 0 && keys.every((k) => PLURAL_FORMS.has(k));
}

function placeholders(node: string | Messages): string[] {
  const texts = typeof node === 'string' ? [node] : Object.values(node).filter((v): v is string => typeof v === 'string');
  return texts.flatMap((t) => [...t.matchAll(/\{([A-Za-z][A-Za-z0-9]*)\}/g)].map((m) => m[1] as string));
}

function readShipped(): TemplateSet {
  const embedded = embeddedAssets('templates');
  // Shipped files are no team's to fix: no overrides.
  return { ...(embedded ? templateSet(embedded, 'templates') : readTemplateDir(assetPath('templates'))), overrides: {} };
}

function freeze(set: TemplateSet): TemplateSet {
  Object.freeze(set.templates);
  Object.freeze(set.partials);
  Object.freeze(set.locales);
  Object.freeze(set.overrides);
  return Object.freeze(set);
}

/** Reads one folder laid out like templates/. Pure apart from reading files; keys sorted so output never depends on directory order. */
export function readTemplateDir(root: string): TemplateSet {
  const files = new Map<string, string>();
  for (const file of listFiles(root)) {
    const rel = relative(root, file).split(sep).join('/');
    if (rel.endsWith('.hbs') || rel.endsWith('.json')) files.set(rel, readText(file));
  }
  return templateSet(files, root);
}

/** Files laid out like templates/ (text by relative path) → the set; `root` names them in errors. */
function templateSet(files: ReadonlyMap<string, string>, root: string): TemplateSet {
  const templates: Record<string, string> = {};
  const partials: Record<string, string> = {};
  const locales: Record<string, Messages> = {};
  const overrides: Record<string, string> = {};
  for (const [rel, text] of files) {
    if (rel.startsWith('locales/')) {
      const name = rel.slice('locales/'.length);
      if (!name.endsWith('.json') || name.includes('/')) continue;
      locales[name.slice(0, -'.json'.length)] = parseMessages(text, join(root, rel));
    } else if (rel.startsWith('partials/')) {
      if (!rel.endsWith('.hbs')) continue;
      partials[rel.slice('partials/'.length, -'.hbs'.length)] = text;
    } else if (rel.endsWith('.hbs')) {
      templates[rel] = text;
    } else {
      continue;
    }
    overrides[rel] = join(root, rel);
  }
  return { templates: sortKeys(templates), partials: sortKeys(partials), locales: sortKeys(locales), overrides: sortKeys(overrides) };
}

/** Parses a locale file: an object of strings and nested objects, nothing else. */
export function parseMessages(text: string, file: string): Messages {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new TemplatesError(
      `${file}: not valid JSON (${(e as Error).message})`,
      'a locale file is a JSON object of strings, e.g. {"sections": {"slas": "Service levels"}}',
    );
  }
  return checkMessages(value, file, '');
}

function checkMessages(value: unknown, file: string, path: string): Messages {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new TemplatesError(
      `${file}: ${path || 'the file'} must be an object of texts`,
      'a locale file is a JSON object of strings, e.g. {"sections": {"slas": "Service levels"}}',
    );
  }
  const out: Messages = {};
  for (const [key, child] of Object.entries(value)) {
    const at = path ? `${path}.${key}` : key;
    // Keys become property names when files are merged: keep the prototype out of reach.
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') throw new TemplatesError(`${file}: "${at}" is not allowed as a key`);
    if (typeof child === 'string') out[key] = child;
    else if (typeof child !== 'object' || child === null || Array.isArray(child))
      // A number, true/false, null or a list where a text goes: said as what it is, not as "an object".
      throw new TemplatesError(
        `${file}: "${at}" must be a text (in quotes) or an object of texts, not ${child === null ? 'null' : Array.isArray(child) ? 'a list' : `the ${typeof child} ${JSON.stringify(child)}`}`,
        'a locale file is a JSON object of strings, e.g. {"sections": {"slas": "Service levels"}}',
      );
    else out[key] = checkMessages(child, file, at);
  }
  return out;
}

/** Deep merge: an override replaces single strings and adds keys; it never removes any. */
export function mergeMessages(base: Messages, override: Messages): Messages {
  const out: Messages = { ...base };
  for (const [key, value] of Object.entries(override)) {
    const current = out[key];
    out[key] = typeof value === 'object' && typeof current === 'object' ? mergeMessages(current, value) : value;
  }
  return out;
}

function mergeLocales(base: Record<string, Messages>, override: Record<string, Messages>): Record<string, Messages> {
  const out = { ...base };
  for (const [locale, messages] of Object.entries(override)) {
    const current = out[locale];
    out[locale] = current ? mergeMessages(current, messages) : messages;
  }
  return out;
}

function listFiles(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (e) {
    throw new TemplatesError(`${dir}: cannot read this directory (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    if (entry.name.startsWith('.')) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...listFiles(path));
    else if (entry.isFile()) files.push(path);
  }
  return files;
}

function readText(file: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    throw new TemplatesError(`${file}: cannot read this file (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  checkText(bytes, file);
  return bytes
    .toString('utf8')
    .replace(/^\uFEFF/, '')
    .replace(/\r\n/g, '\n');
}

/**
 * A template or locale file must be UTF-8 text, as a contract must (`binary-file`): read as
 * it was, a byte of another encoding (é saved as Windows-1252) became U+FFFD in the
 * documents, and a NUL byte went into them as it was, without a word.
 */
function checkText(bytes: Buffer, file: string): void {
  const nul = bytes.indexOf(0);
  const invalid = isUtf8(bytes) ? -1 : firstInvalidUtf8(bytes);
  if (nul === -1 && invalid === -1) return;
  const at = invalid === -1 || (nul !== -1 && nul < invalid) ? nul : invalid;
  const { line, column } = positionOfByte(bytes, at);
  const where = `${file}:${line}:${column}`;
  if (at === nul)
    throw new TemplatesError(
      `${where}: the file is binary, not text (a NUL byte at offset ${at})`,
      'templates (.hbs) and locale files (.json) are text files saved as UTF-8',
    );
  if (at === 0 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)))
    throw new TemplatesError(
      `${where}: the file is UTF-16 text, not UTF-8 (it starts with a UTF-16 byte order mark)`,
      'save it as UTF-8 (what some Windows editors call "Unicode" is UTF-16)',
    );
  const byte = `0x${(bytes[at] as number).toString(16).toUpperCase().padStart(2, '0')}`;
  throw new TemplatesError(
    `${where}: the file is not valid UTF-8 text (the byte at offset ${at}, ${byte}, is not part of a UTF-8 character)`,
    'save the file as UTF-8 (é saved as Windows-1252 or Latin-1 is a single byte that UTF-8 does not allow)',
  );
}

function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  const out: Record<string, T> = {};
  for (const key of Object.keys(record).sort()) out[key] = record[key] as T;
  return out;
}
