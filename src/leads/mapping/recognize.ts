/**
 * Which CRM an export comes from, by its header: for the hint when a file is read with a
 * mapping that does not fit it ("looks like a HubSpot export: use --mapping hubspot").
 * A CRM's preset is recognised by its id column and at least two more of its labels; the
 * canonical layout by `id` and one more canonical field (its files are revpact's own, or
 * written by hand, often narrow).
 */
import { PRESETS } from './presets.js';
import type { Mapping, PresetName } from './types.js';

const NAMES: Record<PresetName, string> = { hubspot: 'a HubSpot export', salesforce: 'a Salesforce export', canonical: 'the canonical layout' };
const MIN_LABELS: Record<PresetName, number> = { hubspot: 3, salesforce: 3, canonical: 2 };

const loose = (label: string) => label.trim().replace(/\s+/g, ' ').toLowerCase();

/** The hint for a header that a preset other than `mapping` reads, or undefined. */
export function presetHint(header: readonly string[], mapping: Mapping): string | undefined {
  const labels = new Set(header.map(loose));
  const mine = new Set(mapping.columns.map((c) => loose(c.column)));
  let best: { name: PresetName; score: number } | undefined;
  for (const name of ['hubspot', 'salesforce', 'canonical'] as const) {
    const columns = Object.entries(PRESETS[name].columns ?? {});
    const id = columns.find(([, spec]) => spec === 'id' || (typeof spec === 'object' && spec.field === 'id'))?.[0];
    // The mapping reads the preset's id column already (it is the preset, or extends it).
    if (id === undefined || !labels.has(loose(id)) || mine.has(loose(id))) continue;
    const score = columns.filter(([label]) => labels.has(loose(label))).length;
    if (score >= MIN_LABELS[name] && (best === undefined || score > best.score)) best = { name, score };
  }
  return best && `looks like ${NAMES[best.name]}: use --mapping ${best.name}`;
}
