/**
 * JSON pointer → line:column in the YAML source. Checks only know pointers; this walks
 * the kept syntax tree as late as possible, in one place.
 */
import { isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap } from 'yaml';
import { splitPointer } from './diagnostics.js';
import type { YamlSource } from './source.js';

export interface Position {
  line: number;
  column: number;
}

/**
 * Where `pointer` is in the file. With `atKey`, the key of the last member rather than its
 * value. A pointer that goes past what exists (a missing field) lands on the deepest node
 * that does exist.
 */
export function locate(source: YamlSource | undefined, pointer: string, atKey = false): Position {
  if (!source) return { line: 1, column: 1 };
  const { node, keyNode } = walk(source, pointer);
  const target = atKey && keyNode ? keyNode : node;
  const offset = target?.range?.[0];
  if (offset === undefined) return { line: 1, column: 1 };
  return source.lines.position(offset);
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

/** The deepest node on the way to `pointer`, the key it stands under, and whether it is the pointer's own. */
function walk(source: YamlSource, pointer: string): { node: Node | null | undefined; keyNode: Node | null | undefined; reached: boolean } {
  let node: Node | null | undefined = source.doc.contents;
  let keyNode: Node | null | undefined;
  for (const seg of splitPointer(pointer)) {
    if (isMap(node)) {
      const pair = pairsByKey(node).get(seg);
      if (!pair) return { node, keyNode, reached: false };
      keyNode = pair.key as Node;
      node = (pair.value as Node | null) ?? keyNode;
    } else if (isSeq(node)) {
      const item = node.items[Number(seg)] as Node | undefined;
      if (!item) return { node, keyNode, reached: false };
      keyNode = item;
      node = item;
    } else {
      return { node, keyNode, reached: false };
    }
  }
  return { node, keyNode, reached: true };
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
