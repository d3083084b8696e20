/**
 * Mappings that ship with revpact, written in the same form as a mapping file (and checked
 * against schema/mapping.schema.json by the tests). A mapping file can start from one with
 * `extends: hubspot` and change only what differs: a custom property label, the date
 * order of the exporting user's locale, the portal's time zone.
 *
 * Every column but the id is optional: exports hold the columns someone picked.
 */
import type { ColumnSpec, MappingSpec, PresetName } from './types.js';
import { NUMBER_FIELDS, PII_FIELDS, TEXT_FIELDS, TIMESTAMP_FIELDS } from '../lead.js';

const optional = (spec: ColumnSpec): ColumnSpec =>
  typeof spec === 'string' ? (spec === 'ignore' ? { ignore: true, optional: true } : { field: spec, optional: true }) : { ...spec, optional: true };

function allOptional(columns: Record<string, ColumnSpec>, required: string[]): Record<string, ColumnSpec> {
  return Object.fromEntries(Object.entries(columns).map(([label, spec]) => [label, required.includes(label) ? spec : optional(spec)]));
}

/**
 * HubSpot lifecycle stages, by internal value and by label, to the contract's stage kinds.
 * Subscribers and "other" have no stage kind; evangelists are customers.
 */
export const HUBSPOT_LIFECYCLE: Record<string, string | null> = {
  subscriber: null,
  lead: 'lead',
  marketingqualifiedlead: 'mql',
  'marketing qualified lead': 'mql',
  salesqualifiedlead: 'sql',
  'sales qualified lead': 'sql',
  opportunity: 'opportunity',
  customer: 'customer',
  evangelist: 'customer',
  other: null,
};

/** The "Date entered … (Lifecycle Stage Pipeline)" labels of newer HubSpot portals. */
const entered = (stage: string) => `Date entered "${stage} (Lifecycle Stage Pipeline)"`;

/**
 * HubSpot contacts export (Contacts → Export, CSV). Standard properties by their labels;
 * the SLA needs a few that HubSpot does not have, kept as custom contact properties with
 * these labels: "Sales Accepted Date", "Rejection Reason", "Rejected Date", "Feedback
 * Date", "Recycled Date", "Disqualified Date", "Closed Lost Date". Dates are the portal's
 * wall clock (`2026-10-05 14:03`, set `timeZone` to the portal's zone) or ISO 8601.
 */
const hubspot: MappingSpec = {
  apiVersion: 'revpact/v1',
  kind: 'mapping',
  name: 'hubspot',
  description: 'HubSpot contacts export',
  // The export is CSV; `revpact pull hubspot` writes the same columns as NDJSON (.ndjson, or a first "{").
  format: 'auto',
  dates: { format: ['yyyy-MM-dd HH:mm'] },
  numbers: { decimal: '.', thousands: ',' },
  csv: { delimiter: 'auto', headerRow: 1, footer: 'none' },
  unmapped: 'attribute',
  attributeNames: 'camelCase',
  columns: allOptional(
    {
      'Record ID': 'id',
      'First Name': 'name',
      'Last Name': 'name',
      Email: 'email',
      'Phone Number': 'phone',
      'Mobile Phone Number': 'phone',
      'Company Name': { attribute: 'company', type: 'text' },
      'Job Title': { attribute: 'jobTitle', type: 'text' },
      'Create Date': 'createdAt',
      'Lifecycle Stage': { field: 'stage', values: HUBSPOT_LIFECYCLE },
      'Lead Status': { attribute: 'leadStatus', type: 'text' },
      'Contact owner': 'owner',
      'Became a Lead Date': { attribute: 'becameLeadAt', type: 'date' },
      'Became a Marketing Qualified Lead Date': 'mqlAt',
      [entered('Marketing Qualified Lead')]: 'mqlAt',
      'Sales Accepted Date': 'salAt',
      'Became a Sales Qualified Lead Date': 'sqlAt',
      [entered('Sales Qualified Lead')]: 'sqlAt',
      'Became an Opportunity Date': 'opportunityAt',
      [entered('Opportunity')]: 'opportunityAt',
      'Became a Customer Date': 'wonAt',
      [entered('Customer')]: 'wonAt',
      'Closed Lost Date': 'lostAt',
      'Recycled Date': 'recycledAt',
      'Disqualified Date': 'disqualifiedAt',
      'First outreach date': 'firstTouchAt',
      'Date of first engagement': 'firstTouchAt',
      'Last Contacted': 'lastAttemptAt',
      'Number of times contacted': 'attempts',
      'Rejection Reason': 'rejectionReason',
      'Rejected Date': 'rejectedAt',
      'Feedback Date': 'feedbackAt',
      'Original Source': 'source',
      'Country/Region': { attribute: 'country', type: 'text' },
      // HubSpot's default contact property (numemployees) is a dropdown whose options are ranges
      // ("25-50", "1000+"); portals that made it a number write digits. `auto` keeps either: a
      // number where the cell is one, else the text, which a condition comparing it with a number
      // reports (not-a-number) instead of the whole lead being rejected as "unparseable number".
      'Number of Employees': { attribute: 'employees', type: 'auto' },
      Industry: { attribute: 'industry', type: 'text' },
      'HubSpot Score': 'score',
      'Total Revenue': 'dealAmount',
      'Became a Subscriber Date': 'ignore',
      'Became an Evangelist Date': 'ignore',
      'Became an Other Lifecycle Date': 'ignore',
    },
    ['Record ID'],
  ),
};

/**
 * The same contacts through the CRM API (leads/crm/hubspot): each default property the
 * preset reads, by its export label → its internal name. The custom properties the
 * preset names ("Sales Accepted Date", ...) have the names HubSpot derives from their
 * labels (sales_accepted_date).
 */
export const HUBSPOT_INTERNAL_NAMES: Readonly<Record<string, string>> = {
  'Record ID': 'hs_object_id',
  'First Name': 'firstname',
  'Last Name': 'lastname',
  Email: 'email',
  'Phone Number': 'phone',
  'Mobile Phone Number': 'mobilephone',
  'Company Name': 'company',
  'Job Title': 'jobtitle',
  'Create Date': 'createdate',
  'Lifecycle Stage': 'lifecyclestage',
  'Lead Status': 'hs_lead_status',
  'Contact owner': 'hubspot_owner_id',
  'Became a Lead Date': 'hs_lifecyclestage_lead_date',
  'Became a Marketing Qualified Lead Date': 'hs_lifecyclestage_marketingqualifiedlead_date',
  'Became a Sales Qualified Lead Date': 'hs_lifecyclestage_salesqualifiedlead_date',
  'Became an Opportunity Date': 'hs_lifecyclestage_opportunity_date',
  'Became a Customer Date': 'hs_lifecyclestage_customer_date',
  'Became a Subscriber Date': 'hs_lifecyclestage_subscriber_date',
  'Became an Evangelist Date': 'hs_lifecyclestage_evangelist_date',
  'Became an Other Lifecycle Date': 'hs_lifecyclestage_other_date',
  // The lifecycle pipeline's "Date entered" properties of newer portals.
  [entered('Marketing Qualified Lead')]: 'hs_v2_date_entered_marketingqualifiedlead',
  [entered('Sales Qualified Lead')]: 'hs_v2_date_entered_salesqualifiedlead',
  [entered('Opportunity')]: 'hs_v2_date_entered_opportunity',
  [entered('Customer')]: 'hs_v2_date_entered_customer',
  'First outreach date': 'hs_first_outreach_date',
  'Date of first engagement': 'hs_sa_first_engagement_date',
  'Last Contacted': 'notes_last_contacted',
  'Number of times contacted': 'num_contacted_notes',
  'Original Source': 'hs_analytics_source',
  'Country/Region': 'country',
  'Number of Employees': 'numemployees',
  Industry: 'industry',
  'HubSpot Score': 'hubspotscore',
  'Total Revenue': 'total_revenue',
};

/**
 * Salesforce lead report (Reports → Export → Details Only, CSV): every cell quoted, a
 * footer after a blank line ("Grand Totals (…)", the confidentiality and copyright
 * notices, "Generated By: …"), 15-character ids, dates in the exporting user's locale
 * without an offset. en_US by default (`10/5/2026 2:03 PM`); for day-first locales,
 * extend it with `dates: { format: [dd/MM/yyyy HH:mm, dd/MM/yyyy] }`. Custom lead fields
 * the SLA needs, by label: "MQL Date", "First Touch Date", "Accepted Date", "Number of
 * Attempts", "Rejection Reason", "Rejected Date", "Feedback Date", "Lead Score",
 * "Recycled Date", "Disqualified Date". "Converted Date" (a conversion is the SQL
 * hand-over) and "Last Activity" are date fields in Salesforce: read as date-only.
 */
const salesforce: MappingSpec = {
  apiVersion: 'revpact/v1',
  kind: 'mapping',
  name: 'salesforce',
  description: 'Salesforce lead report export',
  // The export is CSV; `revpact pull salesforce` writes the same columns as NDJSON (.ndjson, or a first "{").
  format: 'auto',
  dates: { format: ['M/d/yyyy h:mm a', 'M/d/yyyy'] },
  numbers: { decimal: '.', thousands: ',' },
  csv: { delimiter: 'auto', headerRow: 1, footer: 'auto' },
  unmapped: 'attribute',
  attributeNames: 'camelCase',
  columns: allOptional(
    {
      'Lead ID': 'id',
      'First Name': 'name',
      'Last Name': 'name',
      Email: 'email',
      Phone: 'phone',
      Mobile: 'phone',
      Title: { attribute: 'title', type: 'text' },
      'Company / Account': { attribute: 'company', type: 'text' },
      'Lead Source': 'source',
      'Lead Status': { attribute: 'leadStatus', type: 'text' },
      'Lead Owner': 'owner',
      Rating: { attribute: 'rating', type: 'text' },
      'Create Date': 'createdAt',
      'Created Date': 'createdAt',
      'MQL Date': 'mqlAt',
      'First Touch Date': 'firstTouchAt',
      'Accepted Date': 'salAt',
      'Converted Date': { field: 'sqlAt', dateOnly: true },
      'Last Activity': { field: 'lastAttemptAt', dateOnly: true },
      'Number of Attempts': 'attempts',
      'Rejection Reason': 'rejectionReason',
      'Rejected Date': 'rejectedAt',
      'Feedback Date': 'feedbackAt',
      'Recycled Date': 'recycledAt',
      'Disqualified Date': 'disqualifiedAt',
      'Lead Score': 'score',
      Country: { attribute: 'country', type: 'text' },
      Industry: { attribute: 'industry', type: 'text' },
      'No. of Employees': { attribute: 'employees', type: 'number' },
      'Annual Revenue': { attribute: 'annualRevenue', type: 'number' },
    },
    ['Lead ID'],
  ),
};

/**
 * Columns named exactly like the canonical lead's fields (id, createdAt, mqlAt, ...),
 * ISO 8601 dates, any delimiter; any other column is an attribute under its own name.
 * What revpact's own tools and the golden tests write.
 */
const canonical: MappingSpec = {
  apiVersion: 'revpact/v1',
  kind: 'mapping',
  name: 'canonical',
  description: 'Canonical lead columns',
  format: 'auto',
  numbers: { decimal: '.', thousands: '' },
  csv: { delimiter: 'auto', headerRow: 1, footer: 'none' },
  unmapped: 'attribute',
  attributeNames: 'label',
  columns: allOptional(
    // Every canonical field, named as itself, and in snake_case as databases and the
    // README's tables write it (mql_at, first_touch_at): the first non-empty one wins.
    Object.fromEntries(
      [...TEXT_FIELDS, ...NUMBER_FIELDS, ...TIMESTAMP_FIELDS, ...PII_FIELDS].flatMap((f) => {
        const snake = snakeCase(f);
        return snake === f
          ? [[f, f]]
          : [
              [f, f],
              [snake, f],
            ];
      }),
    ),
    ['id'],
  ),
};

/** mqlAt → mql_at. */
export function snakeCase(field: string): string {
  return field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

export const PRESETS: Readonly<Record<PresetName, MappingSpec>> = { hubspot, salesforce, canonical };
