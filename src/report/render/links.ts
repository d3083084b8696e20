/**
 * Lead ids linked to their record in the CRM (issue 15, item 5), from the contract's
 * `metadata.crm`: a HubSpot account, a Salesforce org, or a URL with `{id}`. The id is
 * data from an export: it is percent-encoded (encodeURIComponent) before it goes into
 * the URL, so it can add no path segment, query or fragment, and the URL keeps the
 * https scheme the schema requires. Each renderer still escapes the URL for its own
 * syntax (an HTML attribute, a Markdown link destination).
 *
 * URL shapes: HubSpot's contact record page is
 * https://app.hubspot.com/contacts/<account id>/record/0-1/<contact id> (0-1 is the
 * contacts object type); Salesforce Lightning's record page is
 * <instance>/lightning/r/Lead/<record id>/view. An account hosted elsewhere (HubSpot's
 * EU data centre, app-eu1.hubspot.com) uses the `url` form.
 */
import type { Metadata } from '../../contract/types.generated.js';
import { EMAIL_MASK } from './privacy.js';

export type CrmLinks = NonNullable<Metadata['crm']>;

/** A lead id → the URL of its record, or null when it has none (a masked id, an empty one). */
export type RecordUrl = (leadId: string) => string | null;

export function recordUrl(crm: CrmLinks | undefined): RecordUrl | undefined {
  if (!crm) return undefined;
  const template = crm.hubspot
    ? `https://app.hubspot.com/contacts/${encodeURIComponent(String(crm.hubspot.portal))}/record/0-1/{id}`
    : crm.salesforce
      ? `${crm.salesforce.instance.replace(/\/+$/, '')}/lightning/r/Lead/{id}/view`
      : crm.url;
  if (template === undefined || !template.startsWith('https://')) return undefined;
  return (leadId) => {
    // A masked e-mail address is no id: a link would point at no record (and hint at the address).
    if (leadId.trim() === '' || leadId.includes(EMAIL_MASK)) return null;
    return template.split('{id}').join(encodeURIComponent(leadId));
  };
}
