/**
 * The CRMs revpact pulls from and pushes to, by name. A provider is added here; a name in
 * CRM_NAMES without one is "not available yet".
 */
import { hubspotProvider } from './hubspot/provider.js';
import type { CrmProvider } from './provider.js';
import { salesforceProvider } from './salesforce/provider.js';

export * from './provider.js';
export const CRM_PROVIDERS: readonly CrmProvider[] = [hubspotProvider, salesforceProvider];
