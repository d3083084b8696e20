/**
 * The fixed words of a document: messages from templates/locales/<locale>.json, looked
 * up by dotted key ("sla.verb.accept"), English where the locale has no text for a key.
 * A message may have plural forms keyed by CLDR category ("one", "other", ...), chosen
 * by the `count` parameter, and `{name}` placeholders filled from the parameters.
 */
import type { Messages, TemplateSet } from './templates.js';
import { intlTag } from './intl.js';
import type { DocumentLocale } from './locale.js';
import { Safe, type Param } from './safe.js';

export type Translate = (key: string, params?: Record<string, Param>) => Safe;

interface TranslatorParts {
  /** Escapes the message text around the placeholders. */
  literal: (s: string) => string;
  /** Escapes or formats one placeholder value. */
  param: (value: Param) => string;
}

/** Throws on a key or placeholder that does not exist: a bug in a template or a locale file. */
export function createTranslator(templates: TemplateSet, locale: DocumentLocale, { literal, param }: TranslatorParts): Translate {
  const messages = templates.locales[locale];
  if (!messages) throw new Error(`templates: locales/${locale}.json is missing`);
  const fallback = templates.locales['en'];
  const plural = new Intl.PluralRules(intlTag(locale));

  function message(key: string, count: number | undefined): string {
    const found = lookup(messages, key) ?? lookup(fallback, key);
    if (typeof found === 'string') return found;
    if (found !== undefined && count !== undefined) {
      const form = found[plural.select(count)] ?? found['other'];
      if (typeof form === 'string') return form;
    }
    throw new Error(`locale ${locale}: no text for "${key}"${found !== undefined ? ' (plural forms need a count)' : ''}`);
  }

  return function t(key, params = {}) {
    const count = params['count'];
    const template = message(key, typeof count === 'number' ? count : undefined);
    let out = '';
    let last = 0;
    for (const m of template.matchAll(/\{([A-Za-z][A-Za-z0-9]*)\}/g)) {
      const name = m[1] as string;
      if (!Object.hasOwn(params, name)) throw new Error(`locale ${locale}: "${key}" uses {${name}}, which is not given`);
      out += literal(template.slice(last, m.index)) + param(params[name] as Param);
      last = m.index + m[0].length;
    }
    return new Safe(out + literal(template.slice(last)));
  };
}

/** The node at a dotted key; own properties only, so "constructor" or "__proto__" never resolve. */
export function lookup(root: Messages | undefined, key: string): string | Messages | undefined {
  let node: string | Messages | undefined = root;
  for (const part of key.split('.')) {
    if (node === undefined || typeof node === 'string' || !Object.hasOwn(node, part)) return undefined;
    node = node[part];
  }
  return node;
}
