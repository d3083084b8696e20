/**
 * The warnings a change brings: those `validate` gives the head and not the base (a lower
 * commitment that breaks the funnel arithmetic, an implausible target). A reviewer sees
 * them next to the change that raises them; warnings the base had already are not repeated.
 *
 * A head warning is the base's when the base has one with the same code and either the
 * same message or the same place. A place is its pointer with each list index written as
 * the id of the item there (`/slas/0/target` → `/slas/first-touch/target`), so a warning
 * that only moved (lines added above it, its SLA listed in another order) is not new.
 */
import type { Diagnostic } from '../contract/diagnostics.js';
import { splitPointer } from '../contract/diagnostics.js';

export interface WarningSide {
  /** The contract as data, to name list items by id. */
  contract: unknown;
  diagnostics: readonly Diagnostic[];
}

/** The head's warnings the base does not have, in the head's order. */
export function newWarnings(base: WarningSide, head: WarningSide): Diagnostic[] {
  const known = new Set<string>();
  for (const d of base.diagnostics) {
    if (d.severity !== 'warning') continue;
    known.add(key(d.code, 'message', d.message));
    known.add(key(d.code, 'place', place(base.contract, d.pointer)));
  }
  return head.diagnostics.filter(
    (d) => d.severity === 'warning' && !known.has(key(d.code, 'message', d.message)) && !known.has(key(d.code, 'place', place(head.contract, d.pointer))),
  );
}

function key(code: string, kind: 'message' | 'place', value: string): string {
  return JSON.stringify([code, kind, value]);
}

/** The pointer with list indices replaced by the ids of the items they point at, where those have one. */
function place(contract: unknown, pointer: string): string {
  let node: unknown = contract;
  const out: string[] = [];
  for (const seg of splitPointer(pointer)) {
    if (Array.isArray(node)) {
      const item: unknown = node[Number(seg)];
      const id = isRecord(item) && typeof item['id'] === 'string' ? item['id'] : undefined;
      out.push(id === undefined ? seg : `id:${id}`);
      node = item;
    } else {
      out.push(seg);
      node = isRecord(node) && Object.hasOwn(node, seg) ? node[seg] : undefined;
    }
  }
  return JSON.stringify(out);
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
