/**
 * Text → YAML syntax tree, with the guards a file from a pull request needs: a size bound,
 * binary detection, duplicate keys as errors, and a bounded number of alias expansions.
 * The tree is kept so that JSON pointers can be turned into line:column later.
 */
import { isAlias, isMap, isScalar, parseAllDocuments, visit, type Document } from 'yaml';
import { type Finding } from './diagnostics.js';

export interface YamlSource {
  file: string;
  text: string;
  doc: Document.Parsed;
  lines: LineIndex;
}

/**
 * Offset → 1-based line:column, from the text itself. (yaml's LineCounter misses the
 * newlines inside some multi-line tokens, which puts columns past the end of a line.)
 */
export class LineIndex {
  private readonly starts: number[] = [0];
  constructor(text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }
  position(offset: number): { line: number; column: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (this.starts[lo] ?? 0) + 1 };
  }
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
}

export const CONTRACT_LIMITS: ParseLimits = { maxBytes: 1024 * 1024, maxAliasCount: 100 };

const utf8 = new TextDecoder('utf-8', { fatal: true });

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
    if (input.includes(0)) return fail('binary-file', 'the file is binary, not YAML text', 'point revpact at the .yaml file of the contract');
    try {
      text = utf8.decode(input);
    } catch {
      return fail('binary-file', 'the file is not valid UTF-8 text', 'save the file as UTF-8');
    }
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);

  const lines = new LineIndex(text);
  // resolveKnownTags: false keeps !!binary, !!set, !!timestamp from turning into
  // JavaScript values (the tag itself is reported below); logLevel keeps yaml from
  // printing its own warnings to the process's stderr.
  const docs = parseAllDocuments(text, { version: '1.2', uniqueKeys: true, prettyErrors: false, logLevel: 'error', resolveKnownTags: false });
  const list = Array.isArray(docs) ? docs : [];
  const first = list[0];
  if (!first || (first.contents === null && first.errors.length === 0 && list.length <= 1)) {
    return /\S/.test(text)
      ? fail('empty-file', 'the file has only comments', 'write the contract below the comments')
      : fail('empty-file', 'the file is empty', 'start from `revpact init`, or write the contract in it');
  }
  const findings: PositionedFinding[] = [];
  for (const doc of list) {
    const duplicates = duplicateKeys(doc, lines);
    findings.push(...duplicates);
    // After the first syntax error the parser's later complaints are mostly echoes of it.
    const syntax = doc.errors.find((e) => e.code !== 'DUPLICATE_KEY');
    if (syntax) findings.push({ code: 'yaml-syntax', pointer: '', ...explainSyntax(syntax.message), at: lines.position(syntax.pos[0]) });
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
    findings.push(...keyAndTagProblems(doc, lines));
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

  // An alias whose anchor is not defined before it is a syntax error with a place.
  // Resolving each alias walks the document, so count them first: a file of thousands of
  // aliases is refused before that walk becomes quadratic.
  if (countAliases(first) > limits.maxAliasCount * 10) return aliasBomb(source, limits);
  const unresolved = findUnresolvedAlias(first);
  if (unresolved) {
    return {
      source,
      findings: [
        {
          code: 'yaml-syntax',
          pointer: '',
          message: `the alias *${unresolved.name} refers to no anchor defined before it`,
          suggest: `define &${unresolved.name} earlier in the file, or write the value out`,
          at: lines.position(unresolved.offset),
        },
      ],
    };
  }
  try {
    const value: unknown = first.toJS({ maxAliasCount: limits.maxAliasCount });
    return { source, value, findings };
  } catch (e) {
    if (e instanceof ReferenceError && /excessive alias count/i.test(e.message)) return aliasBomb(source, limits);
    throw e;
  }
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

function countAliases(doc: Document.Parsed): number {
  let n = 0;
  visit(doc, { Alias: () => void n++ });
  return n;
}

function findUnresolvedAlias(doc: Document.Parsed): { name: string; offset: number } | undefined {
  let found: { name: string; offset: number } | undefined;
  visit(doc, {
    Alias(_key, node) {
      if (isAlias(node) && node.resolve(doc) === undefined) {
        found = { name: node.source, offset: node.range?.[0] ?? 0 };
        return visit.BREAK;
      }
      return undefined;
    },
  });
  return found;
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

/** Keys must be plain text, and YAML tags (!!binary, !custom) have no place in a contract. */
function keyAndTagProblems(doc: Document.Parsed, lines: LineIndex): PositionedFinding[] {
  const out: PositionedFinding[] = [];
  visit(doc, {
    Pair(_key, pair) {
      if (pair.key !== null && !isScalar(pair.key)) {
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
