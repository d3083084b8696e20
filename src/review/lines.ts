/** Changes speak in pointers; here they get the line of the side's file they point into. */
import { locate } from '../contract/positions.js';
import type { YamlSource } from '../contract/source.js';
import type { Change } from './types.js';

/** A side without a source (a previous version not shown) leaves its changes without a line. */
export function withLines(changes: readonly Change[], sources: { base?: YamlSource; head?: YamlSource }): Change[] {
  return changes.map((c) => {
    const source = c.side === 'base' ? sources.base : sources.head;
    return source ? { ...c, line: locate(source, c.pointer).line } : c;
  });
}
