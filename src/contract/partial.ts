/**
 * The checks beyond the schema, run on a contract that failed it, so that one run reports
 * every mistake that can be found (issue 13, item 19). A check expects the schema's shape;
 * here each one runs guarded, and what it says about a part the schema already refused is
 * left out: that part's schema error is the finding that matters, the rest would be echoes.
 */
import type { Check } from './checks/types.js';
import { splitPointer, type Finding } from './diagnostics.js';
import type { RevpactContract } from './types.generated.js';

/**
 * Checks whose findings need the whole contract sound: the funnel arithmetic reads stages,
 * targets and commitments together, and a warning computed from refused numbers misleads.
 */
const WHOLE_CONTRACT = new Set(['funnel']);

export function checksOnBrokenShape(value: unknown, shape: readonly Finding[], checks: readonly Check[]): Finding[] {
  const broken = shape.map((f) => brokenRegion(value, f));
  const regions = broken.map((b) => b.region).filter((r): r is string[] => r !== undefined);
  // An item without a usable id, or a whole section refused, makes references to it look
  // unresolved when they are not.
  const referencesUnsure = broken.some((b) => b.hidesIds);
  const out: Finding[] = [];
  for (const check of checks) {
    if (WHOLE_CONTRACT.has(check.id)) continue;
    let findings: Finding[];
    try {
      findings = check.run(value as RevpactContract);
    } catch {
      // The check met a shape the schema refused; the schema's findings say what it is.
      continue;
    }
    for (const f of findings) {
      if (referencesUnsure && f.code === 'unresolved-reference') continue;
      const at = splitPointer(f.pointer);
      if (regions.some((r) => r.every((seg, i) => at[i] === seg))) continue;
      out.push(f);
    }
  }
  return out;
}

/** The lists whose items have the ids references point to. */
const ID_LISTS =
  /^(?:personas|stages|commitments|slas|calendars|recycling\/reasons|reporting\/(?:metrics|meetings)|qualification\/(?:scoring\/rules|thresholds)|scorecard\/needs\/[^/]+)$/;

/**
 * The part of the contract a schema error spoils: the list item it lies in (a stage, an
 * SLA: a unit the checks read whole), else the refused value itself. A missing key spoils
 * no value, but a missing or refused section hides the ids that references point to.
 */
function brokenRegion(value: unknown, f: Finding): { region?: string[]; hidesIds: boolean } {
  const segments = splitPointer(f.pointer);
  let node: unknown = value;
  let item: { depth: number; node: unknown } | undefined;
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i] ?? '';
    if (Array.isArray(node)) {
      node = node[Number(seg)];
      item = { depth: i + 1, node };
    } else if (node !== null && typeof node === 'object') {
      node = Object.hasOwn(node, seg) ? (node as Record<string, unknown>)[seg] : undefined;
    } else {
      break;
    }
  }
  if (item) {
    const id = item.node !== null && typeof item.node === 'object' ? (item.node as Record<string, unknown>)['id'] : undefined;
    const list = segments.slice(0, item.depth - 1).join('/');
    return { region: segments.slice(0, item.depth), hidesIds: ID_LISTS.test(list) && (typeof id !== 'string' || f.pointer.endsWith('/id')) };
  }
  // A key missing at the top level may be a whole section (stages); one missing inside a
  // section is a field of it.
  if (f.code === 'missing-field') return { hidesIds: segments.length === 0 };
  return { region: segments, hidesIds: segments.length <= 1 && f.code !== 'unknown-field' };
}
