/**
 * The private Handlebars instance the agreement templates run in (STYLE.md 9): strict,
 * so a missing field is a bug and not an empty cell, and known helpers only, so a
 * misspelt helper fails when the template compiles instead of reading a field of the
 * model. Partials are compiled with the same options.
 *
 * Helpers take data from the model (already `Safe`) or from `ir` (raw: escaped here).
 */
import Handlebars from 'handlebars';
import type { RuleDuration } from '../shared/quantities.js';
import type { TemplateSet } from './templates.js';
import { Safe, type Param } from './safe.js';
import type { Text } from './text.js';

type CompileOptions = NonNullable<Parameters<typeof Handlebars.compile>[1]>;
type Helper = (value: unknown, options: Handlebars.HelperOptions) => Safe;

const HELPERS = ['t', 'text', 'code', 'strong', 'number', 'points', 'money', 'percent', 'date', 'duration'] as const;

const COMPILE_OPTIONS: CompileOptions = {
  strict: true,
  knownHelpers: Object.fromEntries(HELPERS.map((h) => [h, true])),
  knownHelpersOnly: true,
};

/**
 * A fresh instance per render, since the helpers close over the document's locale and
 * format. Returns the compiler for the document template.
 */
export function createCompiler(templates: TemplateSet, text: Text): (source: string) => Handlebars.TemplateDelegate {
  const hb = Handlebars.create();
  for (const [name, source] of Object.entries(templates.partials)) hb.registerPartial(name, hb.compile(source, COMPILE_OPTIONS));
  for (const [name, helper] of Object.entries(helpers(text))) hb.registerHelper(name, helper);
  return (source) => hb.compile(source, COMPILE_OPTIONS);
}

/** The helpers by name; the type keeps them and the `knownHelpers` list the same. */
function helpers(text: Text): Record<(typeof HELPERS)[number], Helper> {
  const escaped = (value: unknown): Safe => text.value(param(value, 'text'));
  return {
    t(key, options) {
      const params: Record<string, Param> = {};
      for (const [name, value] of Object.entries(options.hash as Record<string, unknown>)) params[name] = param(value, 't');
      return text.t(str(key, 't'), params);
    },
    text: escaped,
    code: (value) => (value instanceof Safe ? value : text.code(str(value, 'code'))),
    strong: (value) => text.strong(escaped(value)),
    number: (value) => text.number(num(value, 'number')),
    points: (value) => text.points(num(value, 'points')),
    money: (value) => text.money(num(value, 'money')),
    percent: (value) => text.percent(num(value, 'percent')),
    date: (value) => text.date(str(value, 'date')),
    duration(value) {
      if (typeof value === 'string') return text.duration(value);
      if (typeof value === 'object' && value !== null && 'text' in value && 'minutes' in value) return text.duration(value as RuleDuration);
      throw new Error('templates: {{duration}} needs a duration');
    },
  };
}

/** A value as a message parameter: Safe and numbers as they are, anything else as text. */
function param(value: unknown, helper: string): Param {
  return value instanceof Safe || typeof value === 'number' ? value : str(value, helper);
}

function str(value: unknown, helper: string): string {
  if (value instanceof Safe) return value.value;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw new Error(`templates: {{${helper}}} needs a text, got ${kind(value)}`);
}

function num(value: unknown, helper: string): number {
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  throw new Error(`templates: {{${helper}}} needs a number, got ${kind(value)}`);
}

function kind(value: unknown): string {
  return value === null ? 'null' : typeof value;
}

/** Same bytes whatever the template whitespace: no trailing spaces, no runs of blank lines, one final newline. Also the report card's. */
export function tidy(output: string): string {
  return (
    output
      .replace(/[ \t]+$/gm, '')
      .replace(/\n{3,}/g, '\n\n')
      .trim() + '\n'
  );
}
