/**
 * Export labels ↔ the CRM API's internal property names. The HubSpot preset maps a
 * contacts export by its column labels; the API answers the same properties by their
 * internal names (https://knowledge.hubspot.com/properties/hubspots-default-contact-properties).
 * Reading a record from the API as an object keyed by the export's labels lets the one
 * object converter (compileObjects) apply every rule of the mapping unchanged.
 */
import { HUBSPOT_INTERNAL_NAMES } from '../../mapping/presets.js';
import type { ColumnRule, Mapping } from '../../mapping/types.js';

export { HUBSPOT_INTERNAL_NAMES };

/** The property an export label stands for: a default property's name, else the custom property's, as HubSpot derives it from the label. */
export function internalName(label: string): string {
  return HUBSPOT_INTERNAL_NAMES[label] ?? customName(label);
}

/**
 * HubSpot names a custom property from its label: lower case, anything but letters and
 * digits an underscore ("Sales Accepted Date" → sales_accepted_date). A mapping file may
 * also name the property itself (`hs_lead_status: leadStatus`): that name is its own.
 */
export function customName(label: string): string {
  return label
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/** One mapping column read from the API: the label it is keyed by, the property that fills it. */
export interface PropertyColumn {
  label: string;
  property: string;
  /** The mapping requires it (not `optional`): a portal without the property is an error. */
  required: boolean;
  /** It holds the contact owner's id, to be resolved to the owner's name. */
  owner: boolean;
  /** The record's own id fills it (`Record ID`, and any column mapped to the id). */
  id: boolean;
  /** The portal's type for the property, when it is a date or an instant (set once the portal's properties are read). */
  dateType?: 'date' | 'datetime';
}

/**
 * The columns the mapping reads, as properties. `skip` leaves out columns nobody reads
 * (personal data not asked for): data minimization, they are never fetched.
 */
export function propertyColumns(mapping: Mapping, skip: (rule: ColumnRule) => boolean): PropertyColumn[] {
  const out: PropertyColumn[] = [];
  const seen = new Set<string>();
  for (const rule of mapping.columns) {
    if (rule.target.kind === 'ignore') continue;
    const field = rule.target.kind === 'field' ? rule.target.field : '';
    if (skip(rule)) continue;
    const label = rule.column;
    // A column named by its property already (a mapping file written for the API) keeps the name.
    const property = HUBSPOT_INTERNAL_NAMES[label] ?? (label === customName(label) ? label : customName(label));
    if (seen.has(label)) continue;
    seen.add(label);
    out.push({
      label,
      property,
      required: rule.optional !== true,
      owner: property === 'hubspot_owner_id',
      id: field === 'id',
    });
  }
  return out;
}
