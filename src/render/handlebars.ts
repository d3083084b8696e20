/**
 * The private Handlebars instance the agreement templates run in (STYLE.md 9): strict,
 * so a missing field is a bug and not an empty cell, and known helpers only, so a
 * misspelt helper fails when the template compiles instead of reading a field of the
 * model. Partials are compiled with the same options.
 *
 * Helpers take data from the model (already `Safe`) or from `ir` (raw: escaped here).
 */
import Handlebars from 'handlebars';
import { UsageError } from '../shared/errors.js';
import type { RuleDuration } from '../shared/quantities.js';
import type { TemplateSet } from './templates.js';
import { Safe, type Param } from './safe.js';
import type { Text } from './text.js';
import { compileTeamTemplate, TagOrigins, TemplateMistake } from './team-template.js';
import type { NestingProblem, Tag } from './html-nesting.js';

type CompileOptions = NonNullable<Parameters<typeof Handlebars.compile>[1]>;
type Helper = (value: unknown, options: Handlebars.HelperOptions) => Safe;

const HELPERS = ['t', 'text', 'code', 'strong', 'number', 'points', 'money', 'percent', 'date', 'duration'] as const;

const COMPILE_OPTIONS: CompileOptions = {
  strict: true,
  knownHelpers: Object.fromEntries(HELPERS.map((h) => [h, true])),
  knownHelpersOnly: true,
};

/**
 * How deep partials may nest. The shipped documents nest three deep; a partial that
 * includes itself with nothing to stop it would otherwise run until the stack overflows.
 */
export const MAX_PARTIAL_DEPTH = 32;

/**
 * A template a team supplied with `--templates` that cannot be rendered: a syntax error, an
 * unknown helper, a missing partial, a partial that includes itself without end, a field
 * the model does not have, a value that is an object or a list. The team's to fix, so a
 * UsageError (exit 2) that names the file and line. The same failure in a shipped template
 * is a revpact bug: a plain Error.
 */
export class TemplateError extends UsageError {
  constructor(
    message: string,
    hint: string,
    readonly file: string,
    readonly line: number | null,
  ) {
    super(message, hint);
    this.name = 'TemplateError';
  }
}

/** A failure already tied to its template, passed up through the templates that included it. */
const located = new WeakSet<object>();

/**
 * A fresh instance per render, since the helpers close over the document's locale and
 * format. Returns the compiler for a document template by key ("docs/agreement.md.hbs").
 * Every template and partial runs inside a guard that ties a failure to its file and line.
 * With `origins`, a team's templates mark where their tags come from (checkHtmlNesting).
 */
export function createCompiler(templates: TemplateSet, text: Text, origins?: TagOrigins): (key: string) => Handlebars.TemplateDelegate {
  const hb = Handlebars.create();
  // Partials being rendered, outermost first: the recursion guard's count and its report.
  const stack: string[] = [];
  for (const [name, source] of Object.entries(templates.partials)) {
    const key = `partials/${name}.hbs`;
    const compiled = compileAt(hb, templates, key, source, origins);
    const run: Handlebars.TemplateDelegate = (context: unknown, options?: Handlebars.RuntimeOptions) => {
      if (stack.length >= MAX_PARTIAL_DEPTH) throw tooDeep(templates, stack, name);
      stack.push(name);
      try {
        return compiled(context, options);
      } finally {
        stack.pop();
      }
    };
    hb.registerPartial(name, guard(templates, key, source, run));
  }
  for (const [name, helper] of Object.entries(helpers(text))) hb.registerHelper(name, locatedHelper(name, helper));
  return (key) => {
    const source = templates.templates[key];
    if (source === undefined) throw new Error(`templates: ${key} is missing`);
    return guard(templates, key, source, compileAt(hb, templates, key, source, origins));
  };
}

/** A shipped template as Handlebars compiles it; a team's with the checks of team-template.ts. */
function compileAt(hb: typeof Handlebars, templates: TemplateSet, key: string, source: string, origins?: TagOrigins): Handlebars.TemplateDelegate {
  if (!Object.hasOwn(templates.overrides, key)) return hb.compile(source, COMPILE_OPTIONS);
  return compileTeamTemplate(hb, source, COMPILE_OPTIONS, origins && { key, origins });
}

/**
 * An HTML document rendered with a team's templates must nest as written (html-nesting.ts):
 * a tag left open or closed out of order is said at the place in the team's template where
 * it was written. `renderMarked` renders the same document again with `origins` (only when
 * there is a problem to place). Documents from the shipped templates alone are not checked:
 * a test holds those to it.
 */
export async function checkHtmlNesting(templates: TemplateSet, key: string, html: string, renderMarked: (origins: TagOrigins) => string): Promise<void> {
  const team = Object.keys(templates.overrides).filter((k) => k.endsWith('.hbs'));
  if (team.length === 0) return;
  // Loaded here: the Markdown paths, and so the GitHub Action, never read HTML.
  const { describeNesting, findNestingProblem } = await import('./html-nesting.js');
  const problem = findNestingProblem(html);
  if (problem === null) return;
  const origins = new TagOrigins();
  const marked = renderMarked(origins);
  const again = findNestingProblem(marked);
  // The same problem found again in the marked document, tag for tag: where each tag was written, if in a team's template.
  const markedTags = again?.kind === problem.kind ? tagsOf(again) : [];
  const origin = new Map(
    tagsOf(problem).map((tag, i) => {
      const other = markedTags[i];
      return [tag, other?.name === tag.name ? origins.at(marked, other.start) : undefined] as const;
    }),
  );
  const primary = tagsOf(problem).find((tag) => origin.get(tag));
  const at = primary && origin.get(primary);
  const place = (tag: Tag) => {
    if (tag === primary) return null;
    const from = origin.get(tag);
    if (!from) return `line ${html.slice(0, tag.start).split('\n').length} of the HTML`;
    return `${at && from.key === at.key ? '' : `${fileOf(templates, from.key).file}:`}${from.line}:${from.column}`;
  };
  const { message, hint } = describeNesting(problem, place);
  if (at) throw failure(templates, at.key, at.line, at.column, message, hint);
  // No tag of the problem was written by a team's template (a value printed with {{{ }}}?): where it is in the HTML.
  const first = tagsOf(problem)[0] as Tag;
  const { file } = fileOf(templates, key);
  throw new TemplateError(
    `${file}: at ${place(first) ?? ''}: ${message}`,
    `${hint}; it comes from one of your templates: ${team.map((k) => templates.overrides[k]).join(', ')}`,
    file,
    null,
  );
}

/** Runs a compiled template; whatever fails inside it and is not yet tied to a template is tied to this one. */
export function guard(
  templates: TemplateSet,
  key: string,
  source: string,
  run: Handlebars.TemplateDelegate,
  helperNames: readonly string[] = HELPERS,
): Handlebars.TemplateDelegate {
  return (context: unknown, options?: Handlebars.RuntimeOptions) => {
    try {
      return run(context, options);
    } catch (e) {
      throw locate(e, templates, key, source, helperNames);
    }
  };
}

/** Where a template lives, for messages: the team's file, or the shipped one. */
function fileOf(templates: TemplateSet, key: string): { file: string; user: boolean } {
  const own = templates.overrides[key];
  return own === undefined ? { file: `templates/${key}`, user: false } : { file: own, user: true };
}

function failure(templates: TemplateSet, key: string, line: number | null, column: number | null, what: string, hint: string): Error {
  const { file, user } = fileOf(templates, key);
  const where = `${file}${line === null ? '' : `:${line}${column === null ? '' : `:${column}`}`}`;
  const e = user ? new TemplateError(`${where}: ${what}`, hint, file, line) : new Error(`${where}: ${what}`);
  located.add(e);
  return e;
}

/** A Handlebars, helper or JavaScript failure inside template `key` → a message at its file:line:column. */
function locate(e: unknown, templates: TemplateSet, key: string, source: string, helperNames: readonly string[]): unknown {
  if (typeof e === 'object' && e !== null && located.has(e)) return e;
  if (!(e instanceof Error)) return e;
  const at = e as Error & { lineNumber?: unknown; column?: unknown };
  // Parse errors come from the grammar: "Parse error on line 3:\n<context>\n---^\nExpecting 'X', got 'EOF'".
  const parse = /^(?:Parse|Lexical) error on line (\d+)/.exec(e.message);
  if (parse) {
    const detail = e.message.split('\n').pop() ?? '';
    // A block left open is found at the end of the file: the last line, not the one after it.
    const lines = source.replace(/\n$/, '').split('\n').length;
    return failure(
      templates,
      key,
      Math.min(Number(parse[1]), lines),
      null,
      `Handlebars syntax error: ${detail.replace(/'EOF'/g, 'the end of the file')}`,
      'close every {{#block}} with its {{/block}} and every {{ with }}; see https://handlebarsjs.com/guide/',
    );
  }
  const missing = /^The partial (.+) could not be found$/.exec(e.message);
  if (missing) {
    const name = missing[1] ?? '';
    const loc = partialCall(source, name);
    return failure(
      templates,
      key,
      loc?.line ?? null,
      loc?.column ?? null,
      `no partial named "${name}"`,
      `partials are the files under partials/ (shipped or in --templates DIR/partials/): add partials/${name}.hbs or fix the name; shipped: ${Object.keys(templates.partials).join(', ')}`,
    );
  }
  if (e instanceof TemplateMistake) return failure(templates, key, e.at?.line ?? null, e.at?.column ?? null, e.message, e.hint);
  if (e instanceof RangeError && /call stack/i.test(e.message))
    return failure(templates, key, null, null, 'rendering never ends (a partial includes itself?)', RECURSION_HINT);
  const line = typeof at.lineNumber === 'number' ? at.lineNumber : null;
  const column = line !== null && typeof at.column === 'number' ? at.column + 1 : null;
  const message = e.message.replace(/ - \d+:\d+$/, '');
  const helper = /^You specified knownHelpersOnly, but used the unknown helper (.+)$/.exec(message);
  if (helper)
    return failure(
      templates,
      key,
      line,
      column,
      `unknown helper "${helper[1] ?? ''}"`,
      helperNames.length > 0 ? `the helpers are ${helperNames.join(', ')}` : 'this template has no helpers: write {{field}}',
    );
  const field = /^"(.+)" not defined in/.exec(message);
  if (field)
    return failure(
      templates,
      key,
      line,
      column,
      `"${field[1] ?? ''}" is not a field here`,
      'the template reads a field the document does not have at this place: compare with the shipped template of the same name',
    );
  return failure(templates, key, line, column, message.replace(/^templates: /, ''), 'compare with the shipped template of the same name');
}

/** The tags a nesting problem is about, the one it is first said at first. */
function tagsOf(problem: NestingProblem): Tag[] {
  switch (problem.kind) {
    case 'unclosed':
      return problem.before ? [problem.open, problem.before] : [problem.open];
    case 'in-paragraph':
      return [problem.open, problem.paragraph];
    case 'stray':
      return [problem.close];
    case 'self-closed':
      return [problem.open];
  }
}

const RECURSION_HINT = 'a partial that includes itself needs a condition that stops it ({{#if}} or {{#each}} over a shrinking list), or remove the inclusion';

/** Including `name` would nest partials deeper than MAX_PARTIAL_DEPTH: blame the innermost partial, at its inclusion of `name`. */
function tooDeep(templates: TemplateSet, stack: readonly string[], name: string): Error {
  const caller = stack[stack.length - 1] ?? name;
  const loc = partialCall(templates.partials[caller] ?? '', name);
  const from = stack.lastIndexOf(name);
  const cycle = from === -1 ? [caller, name] : [...stack.slice(from), name];
  return failure(
    templates,
    `partials/${caller}.hbs`,
    loc?.line ?? null,
    loc?.column ?? null,
    `partials nest more than ${MAX_PARTIAL_DEPTH} deep: ${cycle.map((n) => `"${n}"`).join(' → ')}`,
    RECURSION_HINT,
  );
}

interface HbNode {
  type?: string;
  name?: { type?: string; original?: unknown };
  loc?: { start: { line: number; column: number } };
  [child: string]: unknown;
}

/** Line and column (1-based) of the first `{{> name}}` in a template's source, when it can be parsed. */
function partialCall(source: string, name: string): { line: number; column: number } | null {
  let ast: unknown;
  try {
    ast = Handlebars.parse(source);
  } catch {
    return null;
  }
  let found: { line: number; column: number } | null = null;
  const visit = (node: unknown): void => {
    if (found || typeof node !== 'object' || node === null) return;
    if (Array.isArray(node)) return node.forEach(visit);
    const n = node as HbNode;
    if ((n.type === 'PartialStatement' || n.type === 'PartialBlockStatement') && n.name?.original === name && n.loc) {
      found = { line: n.loc.start.line, column: n.loc.start.column + 1 };
      return;
    }
    for (const [k, child] of Object.entries(n)) if (k !== 'loc' && k !== 'name') visit(child);
  };
  visit(ast);
  return found;
}

/**
 * A helper whose failures carry the line and column of its call, as Handlebars' own errors
 * do. Called without a value (`{{t}}`), Handlebars passes the options alone: that is said,
 * instead of a TypeError from reading the missing second argument.
 */
function locatedHelper(name: string, helper: Helper): (...args: unknown[]) => Safe {
  return (...args) => {
    const options = args[args.length - 1] as Handlebars.HelperOptions | undefined;
    const at = (e: unknown) => {
      const loc = (options as { loc?: { start: { line: number; column: number } } } | undefined)?.loc;
      if (e instanceof Error && loc) Object.assign(e, { lineNumber: loc.start.line, column: loc.start.column });
      return e;
    };
    if (args.length < 2) throw at(new Error(`templates: {{${name}}} needs a value, e.g. {{${name} ${name === 't' ? '"sections.slas"' : 'this.value'}}}`));
    try {
      return helper(args[0], options as Handlebars.HelperOptions);
    } catch (e) {
      throw at(e);
    }
  };
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
