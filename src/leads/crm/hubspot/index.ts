/** HubSpot's CRM API as a source of leads (issue 14): the read path. */
export { DEFAULT_BASE_URL, HubSpotApi, HubSpotError, type HubSpotOptions } from './api.js';
export { HUBSPOT_INPUT, openHubSpotSource } from './source.js';
export { customName, internalName, propertyColumns } from './properties.js';
export { hubspotApiUrl, hubspotOptions, hubspotProvider, hubspotSession } from './provider.js';
