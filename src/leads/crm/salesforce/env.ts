/**
 * The org's address and the access token from the environment (SF_INSTANCE_URL,
 * SF_ACCESS_TOKEN, SF_API_VERSION), for `--leads salesforce:`, `pull` and `push` alike: a
 * missing or malformed one is exit 2 naming it, before any call.
 */
import { quoteValue } from '../../../contract/suggest.js';
import { UsageError } from '../../../shared/errors.js';
import type { SalesforceOptions } from './api.js';

export function salesforceOptions(
  env: Record<string, string | undefined>,
  what: string,
  clock: { sleep?: (ms: number) => Promise<void> } = {},
): SalesforceOptions {
  const instanceUrl = env['SF_INSTANCE_URL']?.trim();
  const token = env['SF_ACCESS_TOKEN']?.trim();
  const how = 'see README, Salesforce: `sf org display --target-org <alias>` prints both, or use a connected app';
  if (!instanceUrl) throw new UsageError(`SF_INSTANCE_URL is not set: ${what} needs the org’s URL (https://<your domain>.my.salesforce.com)`, how);
  if (!/^https?:\/\/[^\s/]+/i.test(instanceUrl))
    throw new UsageError(
      `SF_INSTANCE_URL ${quoteValue(instanceUrl)} is not a URL`,
      'set it to the org’s My Domain URL, https://<your domain>.my.salesforce.com',
    );
  if (!token) throw new UsageError(`SF_ACCESS_TOKEN is not set: ${what} reads the leads with an access token`, how);
  const version = env['SF_API_VERSION']?.trim();
  if (version && !/^v?\d{2,3}\.0$/.test(version))
    throw new UsageError(`SF_API_VERSION ${quoteValue(version)} is not an API version`, 'set it like 62.0, or leave it unset');
  return { instanceUrl, token, ...(version ? { version } : {}), ...(clock.sleep ? { sleep: clock.sleep } : {}) };
}
