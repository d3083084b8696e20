import { readJsonAsset } from './assets.js';

let cached: string | undefined;

/** revpact's own version, from its package.json. */
export function version(): string {
  cached ??= (readJsonAsset('package.json') as { version: string }).version;
  return cached;
}
