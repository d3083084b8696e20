/**
 * Text → YAML syntax tree, with the guards a file from a pull request needs: a size bound,
 * binary detection, duplicate keys as errors, and a bounded number of alias expansions.
 * The tree is kept so that JSON pointers can be turned into line:column later.
 */
import { CST, Composer, Lexer, Parser, isAlias, isMap, isScalar, visit, type Document } from 'yaml';
import { type Finding } from './diagnostics.js';
import { firstInvalidUtf8, positionOfByte } from '../shared/utf8.js';

export interface YamlSource {
  file: string;
  text: string;
  doc: Document.Parsed;
  lines: LineIndex;
}

/**
 * Offset → 1-based line:column, from the text itself. (yaml's LineCounter misses the
 * newlines inside some multi-line tokens, which puts columns past the end of a line.)
 * Columns count characters, as editors show them and as template errors do: an emoji
 * before the mistake is one column, not the two UTF-16 units JavaScript strings hold.
 */
export class LineIndex {
  private readonly starts: number[] = [0];
  /** Offsets of the second halves of surrogate pairs, in order: few, and none in most files. */
  private readonly pairEnds: number[] = [];
  constructor(text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
    for (const m of text.matchAll(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g)) this.pairEnds.push(m.index + 1);
  }
  position(offset: number): { line: number; column: number } {
    const line = lastAtOrBefore(this.starts, offset);
    const start = this.starts[line] ?? 0;
    // A pair that ends before `offset` and after the line's start is one character, not two.
    const pairs = lastAtOrBefore(this.pairEnds, offset - 1) - lastAtOrBefore(this.pairEnds, start);
    return { line: line + 1, column: offset - start - pairs + 1 };
  }
}

/** Index of the last element of the sorted `list` that is <= `value`; -1 when there is none. */
function lastAtOrBefore(list: readonly number[], value: number): number {
  let lo = -1;
  let hi = list.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((list[mid] ?? 0) <= value) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

export interface ParsedYaml {
  source?: YamlSource;
  /** The plain data, when the file parsed; undefined otherwise. */
  value?: unknown;
  /** Findings with a line:column already known (syntax errors) carry `at`. */
  findings: PositionedFinding[];
}

export interface PositionedFinding extends Finding {
  at?: { line: number; column: number };
}

export interface ParseLimits {
  maxBytes: number;
  /** Alias expansions allowed when turning the tree into data (yaml's maxAliasCount). */
  maxAliasCount: number;
  /**
   * Keys and values (YAML nodes) in the file. The largest example contract has about 1,500;
   * the bound keeps every later pass (schema, checks, positions) fast on a file of 1 MiB.
   */
  maxNodes: number;
  /**
   * Levels of nesting. A contract needs about 15 (conditions inside conditions); yaml
   * composes recursively and overflows the stack at a few hundred levels.
   */
  maxDepth: number;
}

export const CONTRACT_LIMITS: ParseLimits = { maxBytes: 1024 * 1024, maxAliasCount: 100, maxNodes: 20_000, maxDepth: 64 };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The kind a revpact YAML file declares at its top level (`kind: mapping`, `kind:
 * scorecard`), read from the text without parsing it, so that `validate` can check each
 * file against its own schema. Contracts declare none.
 */
export function declaredKind(input: Uint8Array | string): string | undefined {
  const text = typeof input === 'string' ? input : Buffer.from(input.buffer, input.byteOffset, input.byteLength).toString('utf8');
  return /^kind:[ \t]*(["']?)([A-Za-z][\w-]*)\1[ \t]*(?:#.*)?\r?$/m.exec(text)?.[2];
}

/** Accepts bytes so that binary input is caught before it is misread as text. */
export function parseYaml(file: string, input: Uint8Array | string, limits: ParseLimits = CONTRACT_LIMITS): ParsedYaml {
  const size = typeof input === 'string' ? Buffer.byteLength(input) : input.byteLength;
  if (size > limits.maxBytes) {
    return fail(
      'file-too-large',
      `the file is ${size} bytes; revpact reads at most ${limits.maxBytes}`,
      'split it, or remove what is not part of the agreement',
    );
  }
  let text: string;
  if (typeof input === 'string') {
    text = input;
  } else {
    // UTF-16 (what Notepad and Excel call "Unicode") holds NUL bytes: said as the encoding it is, not as binary.
    if ((input[0] === 0xff && input[1] === 0xfe) || (input[0] === 0xfe && input[1] === 0xff))
      return fail(
        'binary-file',
        'the file is UTF-16 text, not UTF-8 (it starts with a UTF-16 byte order mark)',
        'save it as UTF-8 (what some Windows editors call "Unicode" is UTF-16)',
      );
    if (input.includes(0)) return fail('binary-file', 'the file is binary, not YAML text', 'point revpact at the .yaml file of the contract');
    try {
      text = utf8.decode(input);
    } catch {
      // At the byte itself: a Latin-1 "é" on line 40 was said at 1:1, and the author had to hunt for it.
      const at = firstInvalidUtf8(input);
      const byte = `0x${(input[at] ?? 0).toString(16).toUpperCase().padStart(2, '0')}`;
      return {
        findings: [
          {
            code: 'binary-file',
            pointer: '',
            message: `the file is not valid UTF-8 text: the byte ${byte} here is not part of a UTF-8 character`,
            suggest: 'save the file as UTF-8: Excel and older editors save an "é" as one Windows-1252 or Latin-1 byte, which UTF-8 does not allow',
            at: positionOfByte(input, at),
          },
        ],
      };
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);

  const lines = new LineIndex(text);
  // resolveKnownTags: false keeps !!binary, !!set, !!timestamp from turning into
  // JavaScript values (the tag itself is reported below); logLevel keeps yaml from
  // printing its own warnings to the process's stderr.
  //
  // uniqueKeys: false because yaml compares each key with every earlier key of its mapping
  // (quadratic: 86,000 keys took 42 s); duplicateKeys() below finds them with a hash map.
  //
  // schema: 'core' because a "%YAML 1.1" directive would otherwise switch yaml to YAML
  // 1.1's types, in silence: a country list [MX, NO] compiled to [MX, false] and a date
  // became a timestamp. The directive itself is reported below.
  const tokens = readTokens(text, limits);
  if ('limit' in tokens) return limitExceeded(tokens.limit, lines);
  const composer = new Composer({ version: '1.2', schema: 'core', uniqueKeys: false, logLevel: 'error', resolveKnownTags: false });
  const list = Array.from(composer.compose(tokens.tokens));
  const first = list[0];
  if (!first || (first.contents === null && first.errors.length === 0 && list.length <= 1)) {
    return /\S/.test(text)
      ? fail('empty-file', 'the file has only comments', 'write the contract below the comments')
      : fail('empty-file', 'the file is empty', 'start from `revpact init`, or write the contract in it');
  }
  const findings: PositionedFinding[] = versionDirectives(tokens.tokens, lines);
  for (const doc of list) {
    const duplicates = duplicateKeys(doc, lines);
    findings.push(...duplicates);
    // After the first syntax error the parser's later complaints are mostly echoes of it.
    const syntax = doc.errors.find((e) => e.code !== 'DUPLICATE_KEY');
    if (syntax) {
      // yaml notices a missing "}" or "]" only on the next line, and calls it indentation.
      // When the line yaml stopped at holds the closing bracket, the bracket is there and the
      // indentation is what is wrong.
      let unclosed = unclosedFlow(tokens.tokens, syntax.pos[0]);
      const lineEnd = text.indexOf('\n', syntax.pos[0]);
      const stoppedAt = text.slice(syntax.pos[0], lineEnd === -1 ? undefined : lineEnd);
      if (unclosed && stoppedAt.includes(unclosed.start.source === '{' ? '}' : ']')) unclosed = undefined;
      findings.push(
        unclosed ? unclosedFinding(unclosed, lines) : { code: 'yaml-syntax', pointer: '', ...explainSyntax(syntax.message), at: lines.position(syntax.pos[0]) },
      );
    }
    if (!syntax && duplicates.length === 0) {
      for (const e of doc.errors)
        findings.push({
          code: 'duplicate-key',
          pointer: '',
          message: 'a key appears twice in the same mapping',
          suggest: 'keep one of the two',
          at: lines.position(e.pos[0]),
        });
    }
    findings.push(...keyAndTagProblems(doc, text, lines));
  }
  if (list.length > 1) {
    const second = list[1];
    const at = lines.position(second?.range[0] ?? 0);
    findings.push({
      code: 'multiple-documents',
      pointer: '',
      message: 'the file holds more than one YAML document',
      suggest: 'keep one contract per file and remove the "---" separator',
      at,
    });
  }
  const source: YamlSource = { file, text, doc: first, lines };
  if (findings.length > 0) return { source, findings };

  // An alias whose anchor is not defined before it, or that stands inside the value of its
  // own anchor (`x-a: &a [*a]`, which toJS turns into a cyclic object that overflows the
  // stack of every later pass), is an error at the alias. One walk finds both; a file of
  // thousands of aliases is refused before anything expands them.
  const aliases = aliasProblems(first);
  if (aliases.count > limits.maxAliasCount * 10) return aliasBomb(source, limits);
  const bad = aliases.problem;
  if (bad?.kind === 'unresolved') {
    return {
      source,
      findings: [
        {
          code: 'yaml-syntax',
          pointer: '',
          message: `the alias *${bad.name} refers to no anchor defined before it`,
          suggest: `define &${bad.name} earlier in the file, or write the value out`,
          at: lines.position(bad.offset),
        },
      ],
    };
  }
  if (bad?.kind === 'recursive') {
    return {
      source,
      findings: [
        {
          code: 'recursive-alias',
          pointer: '',
          message: `the alias *${bad.name} stands inside the value it refers to (&${bad.name}, from line ${lines.position(bad.anchorOffset).line}), so that value would repeat forever`,
          suggest: `move *${bad.name} out of the value it refers to, or write the value out`,
          at: lines.position(bad.offset),
        },
      ],
    };
  }
  try {
    const value: unknown = withoutNegativeZero(first.toJS({ maxAliasCount: limits.maxAliasCount }));
    return { source, value, findings };
  } catch (e) {
    if (e instanceof ReferenceError && /excessive alias count/i.test(e.message)) return aliasBomb(source, limits);
    throw e;
  }
}

/**
 * -0 read as 0: documents worked back "-0 deals" from `revenue: -0`. (yaml's reviver cannot
 * do it: it keeps a value the reviver returns only when it is !== the old one, and 0 === -0.)
 */
function withoutNegativeZero(value: unknown): unknown {
  if (Object.is(value, -0)) return 0;
  if (value !== null && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      // defineProperty: a key named __proto__ is an own property here, which assignment would not reach.
      if (Object.is(v, -0)) Object.defineProperty(value, k, { value: 0, writable: true, enumerable: true, configurable: true });
      else withoutNegativeZero(v);
    }
  return value;
}

interface LimitHit {
  what: 'nodes' | 'depth';
  limit: number;
  offset: number;
}

/**
 * Text → yaml's concrete syntax tree, counting keys and values and watching the depth as
 * the parser goes, so that a file past a limit is refused where it crosses it, before
 * anything builds a tree of it. (This is what parseAllDocuments does, one lexeme at a time.)
 */
function readTokens(text: string, limits: ParseLimits): { tokens: CST.Token[] } | { limit: LimitHit } {
  const parser = new Parser();
  const tokens: CST.Token[] = [];
  let nodes = 0;
  let scalarSource = false;
  for (const lexeme of new Lexer().lex(text)) {
    const offset = parser.offset;
    if (scalarSource) {
      scalarSource = false; // the text of a plain scalar, counted at its marker
    } else {
      const type = CST.tokenType(lexeme);
      if (type === 'scalar') scalarSource = true;
      // A node starts at a scalar, an alias, a flow collection or a list item.
      if (type !== null && NODE_STARTS.has(type) && ++nodes > limits.maxNodes) return { limit: { what: 'nodes', limit: limits.maxNodes, offset } };
    }
    for (const token of parser.next(lexeme)) tokens.push(token);
    // The parser's stack holds the document and each open collection and item.
    if (parser.stack.length > limits.maxDepth + 1) return { limit: { what: 'depth', limit: limits.maxDepth, offset } };
  }
  for (const token of parser.end()) tokens.push(token);
  return { tokens };
}

const NODE_STARTS: ReadonlySet<string> = new Set([
  'scalar',
  'alias',
  'single-quoted-scalar',
  'double-quoted-scalar',
  'flow-map-start',
  'flow-seq-start',
  'seq-item-ind',
]);

function limitExceeded(hit: LimitHit, lines: LineIndex): ParsedYaml {
  const finding: PositionedFinding =
    hit.what === 'nodes'
      ? {
          code: 'input-limit',
          pointer: '',
          message: `the file holds more than ${hit.limit.toLocaleString('en-US')} keys and values (the limit is reached here); revpact reads at most ${hit.limit.toLocaleString('en-US')}`,
          suggest: 'the largest example contract holds about 1,500: keep bulk data, x- keys included, in another file',
          at: lines.position(hit.offset),
        }
      : {
          code: 'input-limit',
          pointer: '',
          message: `the nesting here is deeper than ${hit.limit} levels; revpact reads at most ${hit.limit}`,
          suggest: 'a contract needs about 15 levels: flatten the structure, or close the brackets left open',
          at: lines.position(hit.offset),
        };
  return { findings: [finding] };
}

/** The first flow collection ({ } or [ ]) opened before `before` and never closed, if any. */
function unclosedFlow(tokens: readonly CST.Token[], before: number): CST.FlowCollection | undefined {
  const stack: (CST.Token | null | undefined)[] = [...tokens].reverse();
  while (stack.length > 0) {
    const t = stack.pop();
    if (!t || t.offset > before) continue;
    if (t.type === 'flow-collection' && !t.end.some((e) => e.type === 'flow-map-end' || e.type === 'flow-seq-end')) return t;
    const children: (CST.Token | null | undefined)[] = [];
    if (t.type === 'document') children.push(t.value);
    if (t.type === 'block-map' || t.type === 'block-seq' || t.type === 'flow-collection') for (const item of t.items) children.push(item.key, item.value);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  return undefined;
}

/**
 * A "%YAML" directive for any version but 1.2. The file is read as YAML 1.2 all the same,
 * so what its author meant by 1.1 (yes and no as booleans, unquoted dates as timestamps,
 * 0777 as octal) may not be what revpact reads: the author has to remove the line.
 */
function versionDirectives(tokens: readonly CST.Token[], lines: LineIndex): PositionedFinding[] {
  const out: PositionedFinding[] = [];
  for (const t of tokens) {
    if (t.type !== 'directive') continue;
    const version = /^%YAML[ \t]+(\S+)/.exec(t.source)?.[1];
    if (version === undefined || version === '1.2') continue;
    out.push({
      code: 'yaml-syntax',
      pointer: '',
      message:
        version === '1.1'
          ? 'the file declares %YAML 1.1, but revpact reads YAML 1.2 only, where yes, no, on and off are words, not true or false, and an unquoted date is text'
          : `the file declares %YAML ${version}, but revpact reads YAML 1.2 only`,
      suggest: version === '1.1' ? 'remove the %YAML line, and write true or false where you meant yes or no' : 'remove the %YAML line',
      at: lines.position(t.offset),
    });
  }
  return out;
}

/** Where the last thing written inside a token ends: the place a missing bracket belongs. */
function contentEnd(t: CST.Token | null | undefined): number {
  if (!t) return -1;
  switch (t.type) {
    case 'flow-collection':
    case 'block-map':
    case 'block-seq': {
      let end = t.type === 'flow-collection' ? t.start.offset + t.start.source.length : t.offset;
      for (const item of t.items) {
        for (const sep of [...item.start, ...(item.sep ?? [])])
          if (sep.type === 'comma' || sep.type === 'map-value-ind') end = Math.max(end, sep.offset + sep.source.length);
        end = Math.max(end, contentEnd(item.key), contentEnd(item.value));
      }
      return end;
    }
    case 'scalar':
    case 'alias':
    case 'single-quoted-scalar':
    case 'double-quoted-scalar':
    case 'block-scalar':
      return t.offset + t.source.length;
    default:
      return -1;
  }
}

function unclosedFinding(flow: CST.FlowCollection, lines: LineIndex): PositionedFinding {
  const open = flow.start.source;
  const close = open === '{' ? '}' : ']';
  const missing = lines.position(contentEnd(flow));
  return {
    code: 'yaml-syntax',
    pointer: '',
    message: `the "${open}" opened here is never closed`,
    suggest: `add "${close}" at line ${missing.line}, column ${missing.column}, after the last ${open === '{' ? 'value' : 'item'}`,
    at: lines.position(flow.start.offset),
  };
}

function aliasBomb(source: YamlSource, limits: ParseLimits): ParsedYaml {
  return {
    source,
    findings: [
      {
        code: 'alias-limit',
        pointer: '',
        message: `the YAML aliases expand beyond ${limits.maxAliasCount} nodes (a "billion laughs" pattern)`,
        suggest: 'write the repeated parts out instead of nesting aliases',
        at: { line: 1, column: 1 },
      },
    ],
  };
}

type AliasProblem = { kind: 'unresolved'; name: string; offset: number } | { kind: 'recursive'; name: string; offset: number; anchorOffset: number };

/**
 * Counts the aliases and finds the first one that is unresolved or recursive, in one walk
 * in document order. yaml's own Alias.resolve walks the whole document for each alias;
 * here the last anchor of each name seen so far is the one an alias refers to, which is
 * the rule yaml applies ("the last instance of the anchor before this node").
 */
function aliasProblems(doc: Document.Parsed): { count: number; problem?: AliasProblem } {
  const anchors = new Map<string, { range?: [number, number, number] | null }>();
  let count = 0;
  let problem: AliasProblem | undefined;
  visit(doc, {
    Node(_key, node) {
      if (!isAlias(node)) {
        if (node.anchor) anchors.set(node.anchor, node);
        return undefined;
      }
      count++;
      if (problem) return undefined;
      const offset = node.range?.[0] ?? 0;
      const target = anchors.get(node.source);
      if (!target) problem = { kind: 'unresolved', name: node.source, offset };
      else if (target.range && target.range[0] <= offset && offset < target.range[1])
        // Anchors come before their aliases, so every cycle has an alias inside its target.
        problem = { kind: 'recursive', name: node.source, offset, anchorOffset: target.range[0] };
      return undefined;
    },
  });
  return problem ? { count, problem } : { count };
}

/** Every repeated key of every mapping, at the repeat, naming the key and where it first stood. */
function duplicateKeys(doc: Document.Parsed, lines: LineIndex): PositionedFinding[] {
  const out: PositionedFinding[] = [];
  visit(doc, {
    Map(_key, map) {
      const seen = new Map<string, number>();
      for (const pair of map.items) {
        if (!isScalar(pair.key)) continue;
        const name = String(pair.key.value);
        // A null key is said on its own (keyAndTagProblems); two of them are not "null" twice.
        if (pair.key.value === null) continue;
        const offset = pair.key.range?.[0] ?? 0;
        const firstAt = seen.get(name);
        if (firstAt === undefined) {
          seen.set(name, offset);
          continue;
        }
        out.push({
          code: 'duplicate-key',
          pointer: '',
          message: `"${name}" appears twice in this mapping (first on line ${lines.position(firstAt).line})`,
          suggest: 'keep one of the two, merging their content',
          at: lines.position(offset),
        });
      }
    },
  });
  return out;
}

/**
 * Keys must be plain text, and YAML tags (!!binary, !custom) have no place in a contract.
 * A key YAML reads as null (`: value`, a `? ` with nothing after it, `null:`, `~:`) names
 * nothing: the data turned it into "", which the schema then reported at the mapping's
 * own key, lines above the mistake, and an x- extension kept without a word.
 */
function keyAndTagProblems(doc: Document.Parsed, text: string, lines: LineIndex): PositionedFinding[] {
  const out: PositionedFinding[] = [];
  visit(doc, {
    Pair(_key, pair) {
      if (pair.key === null || (isScalar(pair.key) && pair.key.value === null)) {
        out.push(nullKey(pair.key, text, lines));
        return;
      }
      if (!isScalar(pair.key)) {
        const offset = (pair.key as { range?: [number, number, number] }).range?.[0] ?? 0;
        out.push({
          code: 'yaml-syntax',
          pointer: '',
          message: 'a key must be plain text, not a list or a mapping',
          suggest: 'write the key as a word, e.g. name:',
          at: lines.position(offset),
        });
      }
    },
    Node(_key, node) {
      if (node.tag !== undefined && (isScalar(node) || isMap(node) || node.tag.startsWith('!'))) {
        out.push({
          code: 'yaml-syntax',
          pointer: '',
          message: `the YAML tag ${node.tag.replace(/^tag:yaml.org,2002:/, '!!')} is not part of the contract language`,
          suggest: 'remove the tag and write the value plainly',
          at: lines.position(node.range?.[0] ?? 0),
        });
      }
    },
  });
  return out;
}

/**
 * The finding for a key YAML reads as null, on the line that holds it. An empty key's
 * range starts at the blanks before its ":" or at the line end after its "?": the
 * finding points at that ":" or "?" instead.
 */
function nullKey(key: unknown, text: string, lines: LineIndex): PositionedFinding {
  const range = isScalar(key) ? key.range : undefined;
  let offset = range?.[0] ?? 0;
  const written = range ? text.slice(range[0], range[1]) : '';
  const blank = (at: number) => text.charAt(at) === ' ' || text.charAt(at) === '\t';
  // At a line's end: back to its start. Then past the blanks, to the ":" or the "?".
  if (/^[\r\n]?$/.test(text.charAt(offset))) offset = text.lastIndexOf('\n', offset - 1) + 1;
  while (blank(offset)) offset++;
  if (written === '') {
    const mark = text.charAt(offset) === '?' ? 'nothing follows the "?"' : 'nothing stands before the ":"';
    return {
      code: 'yaml-syntax',
      pointer: '',
      message: `a key with no name: ${mark}`,
      suggest: 'write the key, e.g. name: value, or remove the line',
      at: lines.position(offset),
    };
  }
  return {
    code: 'yaml-syntax',
    pointer: '',
    message: `the key ${written} is YAML's null: a key with no name`,
    suggest: `write the key meant, or put it in quotes ("${written}":) for the word itself`,
    at: lines.position(offset),
  };
}

/** yaml's messages, said the way a person editing a contract needs them. */
function explainSyntax(message: string): { message: string; suggest?: string } {
  const reserved = /reserved character (\S)/.exec(message);
  if (reserved)
    return {
      message: `a value cannot start with ${reserved[1]} unless it is quoted`,
      suggest: `put it in quotes, e.g. github: "${reserved[1]}acme/sales-leads"`,
    };
  if (/nested mappings are not allowed in compact mappings/i.test(message))
    return { message: 'a second ":" on this line starts a mapping inside a value', suggest: 'put the value in quotes' };
  if (/implicit keys need to be on a single line|bad indentation|indent|at node end/i.test(message))
    return { message: lowerFirst(message), suggest: 'check the indentation of this line against the lines above' };
  return { message: lowerFirst(message) };
}

function fail(code: Finding['code'], message: string, suggest: string): ParsedYaml {
  return { findings: [{ code, pointer: '', message, suggest, at: { line: 1, column: 1 } }] };
}

function lowerFirst(s: string): string {
  return s.charAt(0).toLowerCase() + s.slice(1);
}
