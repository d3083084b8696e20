/**
 * What of each lead a report reads (LeadNeeds in lead.ts), from the rules: the attributes
 * and personal fields that `when` conditions, the handoff's required fields and `--by`
 * name, and the emails and names of the worst offenders with --show-pii. The rest of an
 * export (the name split in two columns, job titles, industries...) is never converted:
 * with contracts/b2b-saas.yaml, 6 of the HubSpot export's 29 columns are skipped and one
 * (a date) only checked.
 */
import type { RulesIR } from '../compiler/ir.js';
import { comparisons, reportConditions } from './condition.js';
import { NUMBER_FIELDS, PII_FIELDS, TEXT_FIELDS, TIMESTAMP_FIELDS, type LeadNeeds, type PiiField } from '../leads/lead.js';

const CANONICAL: ReadonlySet<string> = new Set<string>([...TIMESTAMP_FIELDS, ...NUMBER_FIELDS, ...TEXT_FIELDS]);
const PII: ReadonlySet<string> = new Set<string>(PII_FIELDS);

export function leadNeeds(rules: RulesIR, by: readonly string[], showPii: boolean): LeadNeeds {
  const pii = new Set<PiiField>(showPii ? ['email', 'name'] : []);
  const attributes = new Set<string>();
  for (const field of fieldsRead(rules, by)) {
    if (PII.has(field)) pii.add(field as PiiField);
    else if (!CANONICAL.has(field)) attributes.add(field);
  }
  const fields = new Set<string>();
  for (const field of [...fieldsRead(rules, by), ...clockFields(rules)]) if (CANONICAL.has(field)) fields.add(field);
  return { pii, attributes, fields };
}

/** The timestamps the rules measure: each SLA's start and stops, each commitment's stages. */
export function clockFields(rules: RulesIR): Set<string> {
  const fields = new Set<string>();
  for (const sla of rules.slas) {
    fields.add(sla.start.field);
    for (const stop of sla.stop) fields.add(stop.field);
  }
  for (const c of rules.commitments) {
    if (c.kind === 'conversion') fields.add(c.fromField).add(c.toField);
    else fields.add(c.field);
  }
  return fields;
}

/** Every field the rules read of a lead: in `when` conditions, the handoff's required fields, and `--by`. */
export function fieldsRead(rules: RulesIR, by: readonly string[]): Set<string> {
  const fields = new Set<string>();
  for (const when of reportConditions(rules)) for (const leaf of comparisons(when)) fields.add(leaf.field);
  for (const f of rules.handoff?.requiredFields ?? []) fields.add(f.field);
  for (const f of by) fields.add(f);
  return fields;
}
