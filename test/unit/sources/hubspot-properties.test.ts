/**
 * Which HubSpot properties a mapping reads (issue 14): the preset's export labels become
 * the API's internal names, custom properties the names HubSpot derives from their labels.
 */
import { describe, expect, it } from 'vitest';
import { customName, propertyColumns } from '../../../src/leads/crm/hubspot/index.js';
import { parseMapping, presetMapping } from '../../../src/leads/mapping/index.js';

const byLabel = (columns: ReturnType<typeof propertyColumns>) => Object.fromEntries(columns.map((c) => [c.label, c.property]));

describe('HubSpot properties of a mapping', () => {
  it('names the preset’s columns by their internal names', () => {
    const columns = propertyColumns(presetMapping('hubspot'), () => false);
    const names = byLabel(columns);
    expect(names['Create Date']).toBe('createdate');
    expect(names['Became a Marketing Qualified Lead Date']).toBe('hs_lifecyclestage_marketingqualifiedlead_date');
    expect(names['Date entered "Marketing Qualified Lead (Lifecycle Stage Pipeline)"']).toBe('hs_v2_date_entered_marketingqualifiedlead');
    expect(names['Lifecycle Stage']).toBe('lifecyclestage');
    expect(names['Lead Status']).toBe('hs_lead_status');
    expect(names['First outreach date']).toBe('hs_first_outreach_date');
    expect(names['Sales Accepted Date']).toBe('sales_accepted_date');
    expect(columns.find((c) => c.label === 'Contact owner')).toMatchObject({ property: 'hubspot_owner_id', owner: true });
    expect(columns.find((c) => c.label === 'Record ID')).toMatchObject({ id: true, required: true });
    // Ignored columns are never fetched.
    expect(names['Became a Subscriber Date']).toBeUndefined();
  });

  it('leaves out what the caller does not read', () => {
    const names = byLabel(propertyColumns(presetMapping('hubspot'), (rule) => rule.target.kind === 'field' && rule.target.field === 'email'));
    expect(names['Email']).toBeUndefined();
    expect(names['Create Date']).toBe('createdate');
  });

  it('takes a mapping file’s column as the property it names, or derives it from a label', () => {
    const parsed = parseMapping(
      'api.mapping.yaml',
      'apiVersion: revpact/v1\nkind: mapping\ncolumns:\n  hs_object_id: id\n  hs_v2_date_entered_lead: createdAt\n  MQL Score (v2): score\n',
    );
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.diagnostics));
    const columns = propertyColumns(parsed.value, () => false);
    expect(byLabel(columns)).toEqual({ hs_object_id: 'hs_object_id', hs_v2_date_entered_lead: 'hs_v2_date_entered_lead', 'MQL Score (v2)': 'mql_score_v2' });
    expect(columns.every((c) => c.required)).toBe(true);
    expect(customName('  Rejected Date ')).toBe('rejected_date');
  });
});
