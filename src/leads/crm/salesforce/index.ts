/** Salesforce's REST and Bulk API 2.0 as a source of leads, the pull export and the write-back (issue 14). */
export { COLLECTION_SIZE, DEFAULT_API_VERSION, QUERY_PAGE_SIZE, SalesforceApi, SalesforceError, type SalesforceOptions } from './api.js';
export { BULK_THRESHOLD, SALESFORCE_INPUT, openSalesforceSource, type SalesforceRead, type SalesforceSourceOptions } from './source.js';
export { SALESFORCE_API_NAMES, customFieldName, resolveField } from './fields.js';
export { MODIFIED_KEY, pullLeads, writeBack, type FieldValue, type LeadPull, type WriteBackResult } from './sync.js';
export { salesforceOptions } from './env.js';
