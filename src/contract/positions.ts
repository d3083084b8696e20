/**
 * JSON pointer → line:column in the YAML source. Checks only know pointers; this walks
 * the kept syntax tree as late as possible, in one place.
 */
import { isAlias, isMap, isScalar, isSeq, visit, type Document, type Node, type Pair, type YAMLMap } from 'yaml';
import { splitPointer } from './diagnostics.js';
import type { YamlSource } from './source.js';

export interface Position {
  line: number;
  column: number;
  /**
   * The alias the pointer went through, when the position is inside an anchor's value
   * written elsewhere (`owner: *base` reaching `x-base: &base {...}`): where it is used.
   */
  via?: { alias: string; line: number; column: number };
}

/**
 * Where `pointer` is in the file. With `atKey`, the key of the last member rather than its
 * value. A pointer that goes past what exists (a missing field) lands on the deepest node
 * that does exist.
 */
export function locate(source: YamlSource | undefined, pointer: string, atKey = false): Position {
  if (!source) return { line: 1, column: 1 };
  const { node, keyNode, via } = walk(source, pointer);
  const target = atKey && keyNode ? keyNode : node;
  const offset = target?.range?.[0];
  if (offset === undefined) return { line: 1, column: 1 };
  const at = source.lines.position(offset);
  // Only when the position is inside the anchor's value: a key before the alias (`owner: *x`) is where it reads.
  const inside = via && via.target.range && via.target.range[0] <= offset && offset < via.target.range[1];
  return inside && via.alias.range ? { ...at, via: { alias: via.alias.source, ...source.lines.position(via.alias.range[0]) } } : at;
}

/**
 * The text of the plain value at `pointer` as it stands in the file, when it is there:
 * what a message quotes when the parsed value lost it (`version: 1.10` is the number 1.1).
 */
export function writtenAt(source: YamlSource | undefined, pointer: string): string | undefined {
  if (!source) return undefined;
  const { node, reached } = walk(source, pointer);
  if (!reached || !isScalar(node) || !node.range) return undefined;
  return source.text.slice(node.range[0], node.range[1]);
}

/**
 * The deepest node on the way to `pointer`, the key it stands under, and whether it is the
 * pointer's own. An alias on the way is followed to its anchor's value, where what the
 * finding is about is written (the data has the value there too); `via` is the first one.
 */
function walk(
  source: YamlSource,
  pointer: string,
): { node: Node | null | undefined; keyNode: Node | null | undefined; reached: boolean; via?: { alias: Alias; target: Node } } {
  let node: Node | null | undefined = source.doc.contents;
  let keyNode: Node | null | undefined;
  let via: { alias: Alias; target: Node } | undefined;
  const follow = () => {
    if (!isAlias(node)) return;
    const target = anchored(source.doc, node);
    if (!target) return;
    via ??= { alias: node, target };
    node = target;
  };
  const result = (reached: boolean) => ({ node, keyNode, reached, ...(via ? { via } : {}) });
  for (const seg of splitPointer(pointer)) {
    follow();
    if (isMap(node)) {
      const pair = pairsByKey(node).get(seg);
      if (!pair) return result(false);
      keyNode = pair.key as Node;
      node = (pair.value as Node | null) ?? keyNode;
    } else if (isSeq(node)) {
      const item = node.items[Number(seg)] as Node | undefined;
      if (!item) return result(false);
      keyNode = item;
      node = item;
    } else {
      return result(false);
    }
  }
  follow();
  return result(true);
}

type Alias = Node & { source: string };

/** Each document's anchors in order, for aliases: built once, on the first alias a finding goes through. */
const anchorIndexes = new WeakMap<Document.Parsed, Map<string, Node[]>>();

/** The value an alias stands for: the last anchor of its name before it, as YAML reads it. */
function anchored(doc: Document.Parsed, alias: Alias): Node | undefined {
  let index = anchorIndexes.get(doc);
  if (!index) {
    const built = new Map<string, Node[]>();
    visit(doc, {
      Node(_key, n) {
        if (!isAlias(n) && n.anchor) built.set(n.anchor, [...(built.get(n.anchor) ?? []), n]);
      },
    });
    anchorIndexes.set(doc, built);
    index = built;
  }
  const at = alias.range?.[0] ?? 0;
  let found: Node | undefined;
  for (const n of index.get(alias.source) ?? []) if ((n.range?.[0] ?? Infinity) < at) found = n;
  return found;
}

/**
 * Each mapping's members by key, built once: a search per diagnostic made a file with
 * thousands of unknown keys quadratic (20,000 took 8.7 s). The first of repeated keys wins,
 * as the search did.
 */
const indexes = new WeakMap<YAMLMap, Map<string, Pair<unknown, unknown>>>();

function pairsByKey(map: YAMLMap): Map<string, Pair<unknown, unknown>> {
  let index = indexes.get(map);
  if (!index) {
    index = new Map();
    for (const p of map.items) {
      if (!isScalar(p.key)) continue;
      const name = String(p.key.value);
      if (!index.has(name)) index.set(name, p);
    }
    indexes.set(map, index);
  }
  return index;
}
