/**
 * What a CRM source leaves out when it asks the API for fields: the columns nobody reads.
 * Shared by the HubSpot and Salesforce read paths so both minimize the same way.
 */
import type { LeadNeeds } from '../lead.js';
import type { ColumnRule } from '../mapping/types.js';

/** Personal data and text attributes nobody reads are not fetched; cells that can reject a row (dates, numbers) always are. */
export function unreadColumn(rule: ColumnRule, needs: LeadNeeds | undefined): boolean {
  if (needs === undefined) return false;
  const t = rule.target;
  if (t.kind === 'field') return (t.field === 'email' || t.field === 'name' || t.field === 'phone') && !needs.pii.has(t.field);
  if (t.kind === 'attribute') return (t.type === 'text' || t.type === 'auto') && rule.values === undefined && !needs.attributes.has(t.name);
  return true;
}
