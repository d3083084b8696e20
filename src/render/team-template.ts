/**
 * A team's own template (`--templates`) compiled with checks that revpact's shipped
 * templates do not need, since tests hold those to them: the source is parsed, its syntax
 * tree rewritten, and the tree compiled by the same private Handlebars instance.
 *
 *   printable  every {{expr}} and {{{expr}}} prints through a helper that refuses an
 *              object or a list, which Handlebars would print as "[object Object]" or as
 *              its items joined by commas
 *   tag marks  only when asked, to place an HTML nesting mistake (html-nesting.ts): every
 *              "<" that starts a tag in the template's text follows an invisible mark that
 *              names the file, line and column it comes from
 *
 * The shipped templates compile from their text as before: no rewriting, no extra helper
 * call per value.
 */
import Handlebars from 'handlebars';

type CompileOptions = NonNullable<Parameters<typeof Handlebars.compile>[1]>;

/** The helper every value of a team's template prints through. The space keeps it out of what a template can name. */
export const PRINT_HELPER = 'revpact print';

/** The helpers every Handlebars instance knows (its compiler's list), besides those it is given. */
const BUILT_IN_HELPERS = ['helperMissing', 'blockHelperMissing', 'each', 'if', 'unless', 'with', 'log', 'lookup'];

/**
 * A mistake in a template found while it renders: what is wrong, how to fix it, and the
 * line and column (1-based) of the mustache, which handlebars.ts turns into file:line:column.
 */
export class TemplateMistake extends Error {
  constructor(
    message: string,
    readonly hint: string,
    readonly at: Position | null,
  ) {
    super(message);
    this.name = 'TemplateMistake';
  }
}

interface Position {
  line: number;
  column: number;
}

interface Loc {
  start: Position;
  end: Position;
}

/** The parts of Handlebars' syntax tree this module reads or writes (the bundled typings misdescribe some of them). */
interface HbNode {
  type: string;
  loc?: Loc;
  [field: string]: unknown;
}

interface ProgramNode extends HbNode {
  body: HbNode[];
}

/**
 * Where each tag of a team's template comes from, for an HTML nesting mistake. A mark is one
 * code point of Unicode's private use plane 15, put before the tag's "<" in a second
 * rendering made only to find that place: it is text wherever it lands (in an attribute, a
 * comment, a <style>), so the document nests as it did without marks.
 */
export class TagOrigins {
  private readonly origins: { key: string; line: number; column: number }[] = [];

  /** The mark for a tag at `key`:line:column, or nothing once every mark is taken. */
  mark(key: string, line: number, column: number): string {
    if (this.origins.length >= MARK_COUNT) return '';
    this.origins.push({ key, line, column });
    return String.fromCodePoint(MARK_BASE + this.origins.length - 1);
  }

  /** Where the tag whose "<" is at `offset` of a document rendered with marks was written, if in a team's template. */
  at(html: string, offset: number): { key: string; line: number; column: number } | undefined {
    const cp = offset >= 2 ? html.codePointAt(offset - 2) : undefined;
    return cp !== undefined && cp >= MARK_BASE && cp < MARK_BASE + MARK_COUNT ? this.origins[cp - MARK_BASE] : undefined;
  }
}

const MARK_BASE = 0xf0000;
const MARK_COUNT = 0xfffe;

/**
 * A team's template, compiled on first use as Handlebars compiles any template (so a syntax
 * error surfaces where the caller's guard can place it), with `PRINT_HELPER` made known.
 * With `marks`, the tags in its text carry their origin under `marks.key` (TagOrigins).
 */
export function compileTeamTemplate(
  hb: typeof Handlebars,
  source: string,
  options: CompileOptions,
  marks?: { key: string; origins: TagOrigins },
): Handlebars.TemplateDelegate {
  if (!Object.hasOwn(hb.helpers, PRINT_HELPER)) hb.registerHelper(PRINT_HELPER, printable);
  const teamOptions: CompileOptions = { ...options, knownHelpers: { ...options.knownHelpers, [PRINT_HELPER]: true } };
  const helperNames = new Set([...BUILT_IN_HELPERS, ...Object.keys(options.knownHelpers ?? {})]);
  let compiled: Handlebars.TemplateDelegate | undefined;
  return (context: unknown, runtime?: Handlebars.RuntimeOptions) => {
    if (!compiled) {
      // Without processing: compile applies whitespace control itself, once, to the rewritten tree.
      const ast = Handlebars.parseWithoutProcessing(source) as unknown as ProgramNode;
      rewrite(ast, source.split('\n'), helperNames, marks);
      compiled = hb.compile(ast, teamOptions);
    }
    return compiled(context, runtime);
  };
}

function rewrite(program: ProgramNode, lines: readonly string[], helpers: ReadonlySet<string>, marks?: { key: string; origins: TagOrigins }): void {
  program.body = program.body.map((node) => {
    switch (node.type) {
      case 'MustacheStatement':
        return printedThroughCheck(node, lines, helpers);
      case 'ContentStatement':
        if (marks) markTags(node, marks.key, marks.origins);
        return node;
      case 'BlockStatement':
      case 'PartialBlockStatement':
      case 'DecoratorBlock':
        for (const branch of [node['program'], node['inverse']])
          if (typeof branch === 'object' && branch !== null) rewrite(branch as ProgramNode, lines, helpers, marks);
        return node;
      default:
        return node;
    }
  });
}

/**
 * `{{path params}}` → `{{PRINT_HELPER (path params) "{{path params}}" ""}}` when it calls a
 * helper, `{{field}}` → `{{PRINT_HELPER field "{{field}}" "field"}}` when it reads a field.
 * Either looks up, calls helpers and fails on a missing field as the mustache did, at the
 * same place (the field strictly, as Handlebars reads a printed field); the outer mustache
 * keeps its escaping and whitespace control.
 */
function printedThroughCheck(mustache: HbNode, lines: readonly string[], helpers: ReadonlySet<string>): HbNode {
  const { params, hash, loc } = mustache;
  const path = mustache['path'] as HbNode;
  const bare = (!Array.isArray(params) || params.length === 0) && !hash;
  const literal = (value: string): HbNode => ({ type: 'StringLiteral', value, original: value, loc });
  const read = bare && !callsHelper(path, helpers) ? fieldRead(path) : null;
  return {
    ...mustache,
    path: { type: 'PathExpression', data: false, depth: 0, parts: [PRINT_HELPER], original: PRINT_HELPER, loc },
    params: [
      read ?? { type: 'SubExpression', path, params, hash, loc },
      literal(loc ? sourceAt(lines, loc) : '{{…}}'),
      literal(read ? String(read['original']) : ''),
    ],
    hash: undefined,
  };
}

/** Whether Handlebars takes a mustache with nothing but `path` for a call of a known helper (`{{t}}`), as its compiler decides. */
function callsHelper(path: HbNode, helpers: ReadonlySet<string>): boolean {
  const parts = path['parts'];
  return (
    path.type === 'PathExpression' &&
    Array.isArray(parts) &&
    parts.length === 1 &&
    !path['depth'] &&
    !/^\.|this\b/.test(String(path['original'])) &&
    helpers.has(String(parts[0]))
  );
}

/**
 * The field a bare mustache prints, read strictly as Handlebars reads a printed one (a
 * parameter's last part may be missing; a printed field's may not). A literal (`{{"a b"}}`)
 * names a field, as Handlebars takes it.
 */
function fieldRead(path: HbNode): HbNode {
  if (path.type === 'PathExpression') return { ...path, strict: true };
  const name = String(path['value']);
  return { type: 'PathExpression', data: false, depth: 0, parts: [name], original: name, strict: true, loc: path.loc };
}

/** The text of a node in the template, on one line and shortened, for a message. */
function sourceAt(lines: readonly string[], loc: Loc): string {
  const { start, end } = loc;
  const text =
    start.line === end.line
      ? (lines[start.line - 1] ?? '').slice(start.column, end.column)
      : [(lines[start.line - 1] ?? '').slice(start.column), ...lines.slice(start.line, end.line - 1), (lines[end.line - 1] ?? '').slice(0, end.column)].join(
          ' ',
        );
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > 60 ? `${flat.slice(0, 57)}…}}` : flat;
}

/** Puts a mark before every "<" that starts a tag ("<div", "</div") in a stretch of the template's text. */
function markTags(content: HbNode, key: string, origins: TagOrigins): void {
  const text = String(content['value']);
  const start = content.loc?.start;
  if (!start) return;
  content['value'] = text.replace(/<(?=\/?[A-Za-z])/g, (lt: string, offset: number) => {
    const before = text.slice(0, offset);
    const newline = before.lastIndexOf('\n');
    const line = start.line + (before.match(/\n/g)?.length ?? 0);
    const column = newline === -1 ? start.column + offset + 1 : offset - newline;
    return origins.mark(key, line, column) + lt;
  });
}

/**
 * What every mustache of a team's template prints through: a value as it is, unless
 * Handlebars would print it as something nobody wrote, "[object Object]" for an object,
 * its items joined by commas for a list. `written` is the mustache as written and `path`
 * its path when it has nothing else ("" when it calls a helper), for the message.
 */
function printable(value: unknown, written: unknown, path: unknown, options: { loc?: Loc }): unknown {
  if (value === null || (typeof value !== 'object' && typeof value !== 'function')) return value;
  // Safe (and Handlebars' SafeString) is text already escaped for the format.
  if (typeof (value as { toHTML?: unknown }).toHTML === 'function') return value;
  const at = options.loc ? { line: options.loc.start.line, column: options.loc.start.column + 1 } : null;
  const what = String(written);
  const named = typeof path === 'string' && path !== '' ? path : null;
  if (Array.isArray(value))
    throw new TemplateMistake(
      `${what} is a list, not text (it would print its items joined by commas)`,
      named === null
        ? 'loop over it with {{#each}}…{{/each}} and print a field of each item'
        : `loop over it with {{#each ${named}}}…{{/each}} and print a field of each item, or print {{${field(named, 'length')}}}`,
      at,
    );
  const fields = Object.keys(value).filter((k) => /^[A-Za-z_$][\w$]*$/.test(k));
  const printed = fields.filter((k) => isText((value as Record<string, unknown>)[k]));
  const shown = (printed.length > 0 ? printed : fields).slice(0, 3);
  throw new TemplateMistake(
    `${what} is ${typeof value === 'function' ? 'a function' : 'an object'}, not text (it would print "${typeof value === 'function' ? 'its source code' : '[object Object]'}")`,
    shown.length === 0
      ? 'print a field of it, or leave it out'
      : named === null
        ? `print one of its fields: ${shown.join(', ')}`
        : `print one of its fields, such as ${shown.map((k) => `{{${field(named, k)}}}`).join(', ')}`,
    at,
  );
}

function isText(value: unknown): boolean {
  return typeof value === 'string' || typeof value === 'number' || (typeof value === 'object' && value !== null && 'toHTML' in value);
}

/** `path.name`, or `name` alone when the path is the current item (this, .). */
function field(path: string, name: string): string {
  return path === 'this' || path === '.' ? name : `${path}.${name}`;
}
